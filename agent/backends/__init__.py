"""Every backend of the roles, behind the one :class:`agent.roles.RoleModel` interface, and the switch between them.

- ``llama_cpp``: a GGUF base in-process on llama.cpp (Q4 as shipped, prefix cache, streamed tokens): the default
  for the tiers that PyPI packages ship (adapters/base_model.py) and any local ``.gguf`` file.
- ``transformers_local``: the base in-process on transformers + peft (LoRA adapters switched per call): training,
  hub models (4-bit on CUDA), and GGUF bases where llama.cpp is not installed or MOCKINTERVIEW_ENGINE says so.
- ``openai``: an OpenAI-compatible server (vLLM with one LoRA per role, or llama-cpp-python's server) for scale-out.
"""

from __future__ import annotations

import importlib.util
import logging
from typing import Any

from agent.config import Settings
from agent.roles import RoleModel

log = logging.getLogger(__name__)


def llama_cpp_installed() -> bool:
    return importlib.util.find_spec("llama_cpp") is not None


def load_role_model(settings: Settings) -> RoleModel:
    """The configured backend with the configured base loaded (the one model a process holds)."""
    if settings.backend == "openai":
        from agent.backends.openai import OpenAIRoleModel

        return OpenAIRoleModel.from_settings(settings)
    return load_local(settings)


def load_local(settings: Settings) -> Any:
    """The base in-process: on llama.cpp when it is a GGUF and the engine allows, else on transformers."""
    from adapters.base_model import TIERS, model_gguf, tier_name

    gguf = model_gguf(settings) if settings.engine != "transformers" else None
    tier = tier_name(settings.model)
    if gguf is not None and settings.engine == "auto" and not llama_cpp_installed():
        log.warning("llama.cpp is not installed (`pip install -e '.[llamacpp]'`): %s runs on transformers in fp32, "
                    "several times slower", gguf[1])
        gguf = None
    if gguf is not None and settings.engine == "auto" and tier is not None and TIERS[tier].adapters_trained:
        gguf = None  # the shipped LoRA adapters were trained and measured on transformers (safetensors)
    if gguf is None:
        from agent.backends.transformers_local import load_role_model as load_transformers

        return load_transformers(settings)
    from agent.backends.llama_cpp import load_llama_role_model
    from agent.backends.transformers_local import discover_adapters

    path, name = gguf
    adapters = discover_adapters(settings, name)
    if adapters:
        from adapters.to_gguf import convert_adapters

        adapters = convert_adapters(settings, settings.home / "llamacpp", adapters)
    return load_llama_role_model(settings, path, name, adapters)
