"""In-process llama.cpp runtime: a GGUF base run as shipped (Q4), its KV cache reused across calls, tokens streamed.

One ``Llama`` context holds the base. Every call re-uses the longest token prefix that the context already holds
(the system prompt, the resume, the question being scored), so only the new suffix is encoded. Closed choices
read the next-token log-probabilities where the options diverge, after the prompt and the field's prefix: a
distribution over exactly the allowed options, what the heads and the eval use (grammar-constrained decoding of
one option would return only its argmax). Role adapters, where this base has them as GGUF LoRA, are attached to
the one model and switched per call with ``llama_set_adapters_lora`` (the cache is dropped on a switch, because
the cached keys and values were computed under the other adapter).

Untrusted text never becomes a special token: the chat template's own markup is tokenized with special tokens on,
every message's content with them off, so "<|im_end|>" typed in an answer stays six plain tokens.
"""

from __future__ import annotations

import ctypes
import logging
import math
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from agent.config import Settings
from agent.roles import REPETITION_PENALTY, ChatMessage, RoleName

log = logging.getLogger(__name__)

_SLOT = "\x00{}\x00"  # stands for a message's content while the chat template is rendered


class LlamaCppRoleModel:
    """A :class:`agent.roles.RoleModel` on llama-cpp-python; thread-safe (one call at a time)."""

    def __init__(self, gguf: Path, name: str, *, threads: int, decode_threads: int, n_ctx: int,
                 adapters: Mapping[str, Path] | None = None):
        try:
            import llama_cpp
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter
        except ImportError as exc:  # pragma: no cover - the message is the point
            raise ImportError("llama.cpp is not installed: `pip install -e '.[llamacpp]'` (make install does it), "
                              "or set MOCKINTERVIEW_ENGINE=transformers.") from exc
        self._llama_cpp = llama_cpp
        start = time.perf_counter()
        self.llm = llama_cpp.Llama(model_path=str(gguf), n_ctx=n_ctx, n_batch=512, n_threads=decode_threads,
                                   n_threads_batch=threads, logits_all=False, verbose=False)
        self.load_seconds = time.perf_counter() - start
        self.name = name
        self.gguf = gguf
        self._lock = threading.RLock()
        self.n_vocab = self.llm.n_vocab()
        template = self.llm.metadata.get("tokenizer.chat_template")
        if not template:
            raise ValueError(f"{gguf.name} has no chat template in its metadata: it is not an instruct model.")
        eos = self.llm.detokenize([self.llm.token_eos()], special=True).decode("utf-8", "ignore")
        bos_id = self.llm.token_bos()
        bos = self.llm.detokenize([bos_id], special=True).decode("utf-8", "ignore") if bos_id >= 0 else ""
        self._template = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)
        self._vocab = llama_cpp.llama_model_get_vocab(self.llm.model)
        self._adapters: dict[str, Any] = {}
        for role, path in (adapters or {}).items():
            handle = llama_cpp.llama_adapter_lora_init(self.llm.model, str(path).encode())
            if handle is None:
                raise ValueError(f"could not load the {role} adapter {path} on {name}")
            self._adapters[role] = handle
        self._active: str | None = None
        self.use_adapters = True
        self.prompt_tokens = 0  # encoded (not re-used) prompt tokens, for the benchmark
        self.reused_tokens = 0

    # ------------------------------------------------------------------------------------------- prompts

    def encode(self, messages: Sequence[ChatMessage], prefix: str = "") -> list[int]:
        """The chat prompt opening the assistant turn, then ``prefix``; contents tokenized as plain text."""
        slotted = [{"role": m["role"], "content": _SLOT.format(i)} for i, m in enumerate(messages)]
        rendered = self._template(messages=slotted).prompt  # type: ignore[arg-type]
        tokens: list[int] = []
        for i, piece in enumerate(rendered.split("\x00")):
            if i % 2 == 0:  # the template's own text: its special tokens are real
                tokens += self.llm.tokenize(piece.encode(), add_bos=False, special=True) if piece else []
            else:
                content = messages[int(piece)]["content"]
                tokens += self.llm.tokenize(content.encode(), add_bos=False, special=False) if content else []
        if prefix:
            tokens += self.llm.tokenize(prefix.encode(), add_bos=False, special=False)
        return tokens

    def render(self, messages: Sequence[ChatMessage]) -> str:
        """The prompt as text (for the OpenAI-compatible backend and for reading)."""
        return str(self._template(messages=list(messages)).prompt)  # type: ignore[arg-type]

    # -------------------------------------------------------------------------------------------- adapters

    def _use(self, role: RoleName) -> None:
        want = role if self.use_adapters and role in self._adapters else None
        if want == self._active:
            return
        if want is None:
            array = (self._llama_cpp.llama_adapter_lora_p_ctypes * 0)()
            scales = (ctypes.c_float * 0)()
            n = 0
        else:
            array = (self._llama_cpp.llama_adapter_lora_p_ctypes * 1)(self._adapters[want])
            scales = (ctypes.c_float * 1)(1.0)
            n = 1
        if self._llama_cpp.llama_set_adapters_lora(self.llm.ctx, array, n, scales):
            raise RuntimeError(f"llama.cpp refused to switch to the {role} adapter")
        self.llm.reset()  # the cached keys and values belong to the other adapter
        self._active = want

    def without_adapters(self) -> LlamaCppRoleModel:
        """A view on the same model with every adapter off: the 'bare base' baseline."""
        view = object.__new__(LlamaCppRoleModel)
        view.__dict__.update(self.__dict__)
        view.use_adapters = False
        return view

    # -------------------------------------------------------------------------------------------- decoding

    def _prefill(self, tokens: list[int]) -> np.ndarray:
        """Bring the context to ``tokens`` re-using its longest common prefix; the next-token log-probabilities."""
        llm = self.llm
        held = llm.input_ids[: llm.n_tokens].tolist()
        common = 0
        for a, b in zip(held, tokens, strict=False):
            if a != b:
                break
            common += 1
        common = min(common, len(tokens) - 1)  # at least one token is decoded, so fresh logits exist
        llm.n_tokens = common
        llm._ctx.kv_cache_seq_rm(-1, common, -1)
        self.reused_tokens += common
        self.prompt_tokens += len(tokens) - common
        llm.eval(tokens[common:])
        logits = np.ctypeslib.as_array(llm._ctx.get_logits_ith(-1), shape=(self.n_vocab,))  # (V,)
        shifted = logits.astype(np.float64) - logits.max()
        return shifted - math.log(float(np.exp(shifted).sum()))  # (V,) log-probabilities

    def _is_end(self, token: int) -> bool:
        return bool(self._llama_cpp.llama_vocab_is_eog(self._vocab, token))

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
        """Continue after ``prefix`` to the end of the line; ``on_text`` gets the line so far after each token."""
        with self._lock:
            self._use(role)
            tokens = self.encode(messages, prefix)
            self._prefill(tokens[:-1] if len(tokens) > 1 else tokens)
            self.llm.set_seed(seed)
            out: list[int] = []
            text = ""
            for token in self.llm.generate(tokens, temp=temperature, top_p=0.95, top_k=40, min_p=0.0,
                                           repeat_penalty=REPETITION_PENALTY, reset=True):
                if self._is_end(token):
                    break
                out.append(token)
                text = self.llm.detokenize(out).decode("utf-8", "ignore")
                if "\n" in text or len(out) >= max_new_tokens:
                    break
                if on_text is not None and text.strip():
                    on_text(text)
            return text.split("\n", 1)[0]

    def choose(
        self, role: RoleName, messages: Sequence[ChatMessage], *, prefix: str, options: Sequence[str]
    ) -> dict[str, float]:
        with self._lock:
            self._use(role)
            # The options' own first tokens, as the model would write them right after the prefix (a space in
            # the prefix is part of it, so "Grade: " + "5" is tokenized as the model saw it in training).
            full = [self.encode(messages, prefix + opt) for opt in options]
            n = 0
            while all(len(s) > n for s in full) and len({s[n] for s in full}) == 1:
                n += 1
            assert all(len(s) > n for s in full), f"one of {options} is a token prefix of another"
            if len({s[n] for s in full}) == len(options):  # one pass: the logits where the options diverge
                logp = self._prefill(full[0][:n])
                scores = np.array([logp[s[n]] for s in full])  # (K,)
            else:  # options share first tokens: sum each continuation's log-probabilities, one option at a time
                scores = np.array([self._continuation(s, n) for s in full])
        probs = np.exp(scores - scores.max())
        probs /= probs.sum()
        return {opt: float(p) for opt, p in zip(options, probs, strict=True)}

    def _continuation(self, seq: list[int], n: int) -> float:
        total = 0.0
        for i in range(n, len(seq)):
            total += float(self._prefill(seq[:i])[seq[i]])
        return total


def load_llama_role_model(settings: Settings, gguf: Path, name: str,
                          adapters: Mapping[str, Path] | None = None) -> LlamaCppRoleModel:
    model = LlamaCppRoleModel(gguf, name, threads=settings.threads, decode_threads=settings.decode_threads,
                              n_ctx=settings.n_ctx, adapters=adapters)
    log.info("llama.cpp base %s (%s) in %.1f s; adapters: %s", name, gguf.name, model.load_seconds,
             sorted(adapters or {}) or "none")
    return model
