"""The roles served by an OpenAI-compatible server: vLLM with ``--enable-lora``, or llama-cpp-python's server.

Each role is a ``/v1/completions`` request whose ``model`` names the role's adapter (``decision``, ``question``,
``scorer``), so one server holds one base and switches adapters per request. The prompt is rendered here with the
base model's own chat template, exactly as the in-process runtime and the adapters' training data render it, and
the server continues the assistant turn after the field's prefix. Closed fields use the server's structured output
(vLLM's ``choice``, llama.cpp's GBNF ``grammar``) so the sampled text is always an allowed option, and the
distribution over the options is read from the first token's top log-probabilities, as the in-process runtime reads
it from the logits. Requests time out, are retried a bounded number of times, and a server that is down becomes a
readable :class:`BackendUnavailableError`.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

import httpx
from pydantic import BaseModel

from agent.config import Settings
from agent.errors import EngineError
from agent.roles import REPETITION_PENALTY, ChatMessage, RoleName, render_prompt

ServerKind = Literal["vllm", "llama_cpp"]
TOP_LOGPROBS = 20  # vLLM's default ceiling
CHOICE_TOKENS = 3  # enough to get past the whitespace before an option's first token


class BackendError(EngineError):
    """The server refused a request (bad model name, bad parameter); the message quotes it."""


class BackendUnavailableError(BackendError):
    """The server did not answer after the retries; the interview is saved and continues once it is back."""


class CompletionChoice(BaseModel):
    text: str
    logprobs: dict[str, Any] | None = None


class Completion(BaseModel):
    choices: list[CompletionChoice]


def _gbnf_literal(text: str) -> str:
    return json.dumps(text)  # a JSON string literal is a valid GBNF terminal for these option texts


class OpenAIRoleModel:
    """A :class:`agent.roles.RoleModel` that sends each role's calls to the role's adapter on a server."""

    def __init__(
        self,
        client: httpx.Client,
        render: Callable[[Sequence[ChatMessage]], str],
        *,
        server: ServerKind = "vllm",
        retries: int = 2,
        backoff_s: float = 0.5,
    ):
        self.client = client
        self.render = render
        self.server = server
        self.retries = retries
        self.backoff_s = backoff_s

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAIRoleModel:
        headers = {"Authorization": f"Bearer {settings.openai_api_key}"} if settings.openai_api_key else {}
        timeout = httpx.Timeout(settings.openai_timeout, connect=min(5.0, settings.openai_timeout))
        client = httpx.Client(base_url=settings.openai_base_url.rstrip("/"), headers=headers, timeout=timeout)
        return cls(client, ChatTemplate.for_settings(settings), server=settings.openai_server,
                   retries=settings.openai_retries)

    def _complete(self, role: RoleName, body: dict[str, Any]) -> CompletionChoice:
        body = {"model": role, **body}  # the server serves each role's adapter under the role's name
        problem = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff_s * 2 ** (attempt - 1))
            try:
                response = self.client.post("/completions", json=body)
            except httpx.TransportError as exc:  # refused, reset, timed out
                problem = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                continue
            if response.status_code >= 500:
                problem = f"HTTP {response.status_code}: {response.text[:200]}"
                continue
            if response.status_code >= 400:
                raise BackendError(
                    f"The role model server refused the {role} request for model {body['model']!r} "
                    f"(HTTP {response.status_code}): {response.text[:300]}"
                )
            return Completion.model_validate(response.json()).choices[0]
        raise BackendUnavailableError(
            f"The role model server at {self.client.base_url} did not answer the {role} request after "
            f"{self.retries + 1} tries ({problem}). Start it (deploy/README.md) or set MOCKINTERVIEW_BACKEND=local; "
            "the interview is saved and continues where it stopped."
        )

    def _penalty(self) -> dict[str, float]:
        return {"repetition_penalty" if self.server == "vllm" else "repeat_penalty": REPETITION_PENALTY}

    def generate(
        self,
        role: RoleName,
        messages: Sequence[ChatMessage],
        *,
        prefix: str,
        max_new_tokens: int,
        temperature: float = 0.0,
        seed: int = 0,
        on_text: Callable[[str], None] | None = None,
    ) -> str:
        """One completion request; ``on_text`` gets the whole line once (requests are not streamed)."""
        body: dict[str, Any] = {"prompt": self.render(messages) + prefix, "max_tokens": max_new_tokens,
                                "temperature": temperature, "seed": seed, "stop": ["\n"], **self._penalty()}
        if temperature > 0:
            body["top_p"] = 0.95
        text = self._complete(role, body).text.split("\n", 1)[0]
        if on_text is not None and text.strip():
            on_text(text)
        return text

    def choose(
        self, role: RoleName, messages: Sequence[ChatMessage], *, prefix: str, options: Sequence[str]
    ) -> dict[str, float]:
        # The prefix's trailing space is generated, so the tokenizer segments it with the option as in training.
        stem = prefix.rstrip(" ")
        targets = [prefix[len(stem):] + opt for opt in options]
        body: dict[str, Any] = {"prompt": self.render(messages) + stem, "max_tokens": CHOICE_TOKENS,
                                "temperature": 0.0, "logprobs": TOP_LOGPROBS}
        if self.server == "vllm":
            body["structured_outputs"] = {"choice": targets}
        else:
            body["grammar"] = "root ::= " + " | ".join(_gbnf_literal(t) for t in targets)
        choice = self._complete(role, body)
        probs = option_distribution(first_word_logprobs(choice.logprobs), options)
        if probs is not None:
            return probs
        picked = [opt for opt, t in zip(options, targets, strict=True) if choice.text and t.startswith(choice.text)]
        if len(picked) != 1:
            raise BackendError(f"The server gave neither log-probabilities nor one of {list(options)} for the "
                               f"{role} role (it returned {choice.text!r}): does it support structured output?")
        return {opt: float(opt == picked[0]) for opt in options}


def first_word_logprobs(logprobs: Mapping[str, Any] | None) -> dict[str, float]:
    """The top log-probabilities where the option starts: after any whitespace-only tokens.

    Tokenizers differ: SmolLM2 writes "Grade: 5" as "Grade", ":", " ", "5" but "Decision: SWITCH" as ..., ":", " SW",
    .... The in-process runtime reads the logits where the options diverge; this is the same position.
    """
    if not logprobs:
        return {}
    for token, top in zip(logprobs.get("tokens") or [], logprobs.get("top_logprobs") or [], strict=False):
        if token.strip():
            return dict(top or {})
    return {}


def option_distribution(top: Mapping[str, float], options: Sequence[str]) -> dict[str, float] | None:
    """Normalised probability of each option from the first token's top log-probabilities, or None if none shows.

    A token counts for an option when, stripped of spaces, it starts that option and no other.
    """
    mass = dict.fromkeys(options, 0.0)
    for token, logprob in top.items():
        piece = token.strip()
        owners = [opt for opt in options if piece and opt.startswith(piece)]
        if len(owners) == 1:
            mass[owners[0]] += math.exp(logprob)
    total = sum(mass.values())
    return {opt: m / total for opt, m in mass.items()} if total > 0 else None


class ChatTemplate:
    """Renders messages as the base model's chat prompt, with the generation prompt for the assistant turn."""

    def __init__(self, tokenizer: Any):
        self.tokenizer = tokenizer

    @classmethod
    def for_settings(cls, settings: Settings) -> ChatTemplate:
        from transformers import AutoTokenizer

        from adapters.base_model import model_gguf

        gguf = model_gguf(settings)
        if gguf is not None:  # the tokenizer and its chat template are in the GGUF's metadata
            return cls(AutoTokenizer.from_pretrained(gguf[0].parent, gguf_file=gguf[0].name))
        return cls(AutoTokenizer.from_pretrained(settings.model))

    def __call__(self, messages: Sequence[ChatMessage]) -> str:
        return render_prompt(self.tokenizer, messages)
