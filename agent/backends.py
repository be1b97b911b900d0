"""Which role model a process uses: the in-process base with LoRA adapters, or an OpenAI-compatible server."""

from __future__ import annotations

from agent.config import Settings
from agent.roles import RoleModel


def load_role_model(settings: Settings) -> RoleModel:
    if settings.backend == "openai":
        from agent.openai_roles import OpenAIRoleModel

        return OpenAIRoleModel.from_settings(settings)
    from adapters.runtime import load_role_model as load_local

    return load_local(settings)
