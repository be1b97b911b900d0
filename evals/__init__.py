"""Offline evaluation of the agent's roles against gold transcripts (``docs/gold-transcripts.md``).

Data the repository does not carry (the research-only gold files, the question banks) is read at run time from
the shared data folder beside it, never copied in; ``MOCKINTERVIEW_SHARED_DATA`` points elsewhere.
"""

import os
from pathlib import Path

SHARED_DATA = Path(
    os.environ.get("MOCKINTERVIEW_SHARED_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data"
)
