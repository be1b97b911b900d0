"""Offline evaluation of the agent's roles against gold transcripts (``docs/gold-transcripts.md``).

Research-only data (the gold files, the question banks at evaluation time) is read from the shared data folder
beside the repository, never copied in; ``MOCKINTERVIEW_SHARED_DATA`` points elsewhere.
"""

import os
from pathlib import Path

SHARED_DATA = Path(
    os.environ.get("MOCKINTERVIEW_SHARED_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data"
)
