"""The role adapters as GGUF LoRA files and a llama-cpp-python server config that serves one alias per role.

``python -m adapters.to_gguf`` (after ``pip install -e '.[llamacpp]'``) takes ``convert_lora_to_gguf.py`` and its
helpers from llama-cpp-python's own sdist (``vendor/llama.cpp``, the same version as the installed server, from
pip's cache after the first build), converts every shipped adapter into
``<home>/llamacpp/<role>-<sha256 of its weights>.gguf`` and writes ``<home>/llamacpp/server.json``. Then
``python -m llama_cpp.server --config_file <home>/llamacpp/server.json`` is
an OpenAI-compatible server where each role is a ``model`` alias: the 135M base GGUF with that role's LoRA
(a role without an adapter runs on the bare base, as in-process). llama-cpp-python keeps one model loaded and
reloads it when a request names another alias (0.4-1 s on the 135M base); vLLM keeps every adapter resident.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Mapping
from pathlib import Path

from adapters.base_model import TIERS, resolve_model_dir, tier_gguf
from agent.backends.transformers_local import discover_adapters
from agent.config import Settings
from agent.roles import ROLES

LLAMA_CPP_PYTHON = "llama-cpp-python==0.3.36"
ADAPTER_BASE = "smollm2-135m"  # the base the shipped adapters were trained on
CONVERTER_PARTS = ("convert_lora_to_gguf.py", "convert_hf_to_gguf.py", "conversion", "gguf-py")


def fetch_converter(target: Path) -> Path:
    """llama.cpp's LoRA converter from the llama-cpp-python sdist; returns the folder holding the script."""
    if (target / CONVERTER_PARTS[0]).is_file():
        return target
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                        "-d", tmp, LLAMA_CPP_PYTHON], check=True)
        [sdist] = Path(tmp).glob("llama_cpp_python-*.tar.gz")
        with tarfile.open(sdist) as tar:
            root = tar.getnames()[0].split("/")[0]
            prefix = f"{root}/vendor/llama.cpp/"
            members = [m for m in tar.getmembers() if m.name.startswith(prefix)
                       and m.name[len(prefix):].split("/")[0] in CONVERTER_PARTS]
            tar.extractall(tmp, members=members, filter="data")
        partial = target.with_name(target.name + ".tmp")
        shutil.rmtree(partial, ignore_errors=True)
        shutil.copytree(Path(tmp) / prefix, partial)
        partial.rename(target)
    return target


def convert_adapters(settings: Settings, out: Path, adapters: Mapping[str, Path]) -> dict[str, Path]:
    """Role -> GGUF LoRA for each of ``adapters`` (role -> adapter folder, as ``discover_adapters`` found them for
    the configured base); converts only what is missing."""
    base_dir, _ = resolve_model_dir(settings)
    out.mkdir(parents=True, exist_ok=True)
    converter = fetch_converter(out / "llama.cpp")
    converted: dict[str, Path] = {}
    for role, folder in adapters.items():
        # named by the adapter's weights: an adapter retrained, or trained for another base, is converted afresh
        digest = hashlib.sha256((folder / "adapter_model.safetensors").read_bytes()).hexdigest()[:12]
        gguf = out / f"{role}-{digest}.gguf"
        if not gguf.is_file():
            subprocess.run([sys.executable, str(converter / CONVERTER_PARTS[0]), "--base", base_dir,
                            "--outtype", "f16", "--outfile", str(gguf), str(folder)], check=True,
                           stdout=subprocess.DEVNULL)
        converted[role] = gguf
    return converted


def write_server_config(settings: Settings, out: Path, adapters: dict[str, Path], *, port: int = 8000) -> Path:
    """One alias per role on the 135M base; logits_all so that completions return log-probabilities."""
    models = []
    for role in ROLES:
        model = {"model": str(tier_gguf(settings, ADAPTER_BASE)), "model_alias": role, "n_ctx": 2048,
                 "n_threads": settings.threads, "n_threads_batch": settings.threads, "logits_all": True,
                 "verbose": False}
        if role in adapters:
            model["lora_path"] = str(adapters[role])
        models.append(model)
    config = out / "server.json"
    config.write_text(json.dumps({"host": "127.0.0.1", "port": port, "models": models}, indent=2))
    return config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--home", type=Path, help="data dir (env MOCKINTERVIEW_HOME)")
    parser.add_argument("--port", type=int, default=8000, help="the port written into server.json")
    args = parser.parse_args(argv)
    settings = Settings.from_env(home=args.home, model=ADAPTER_BASE)
    out = settings.home / "llamacpp"
    out.mkdir(parents=True, exist_ok=True)
    adapters = convert_adapters(settings, out, discover_adapters(settings, TIERS[ADAPTER_BASE].display))
    print(write_server_config(settings, out, adapters, port=args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
