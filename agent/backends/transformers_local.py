"""In-process role runtime: one base model in memory, one LoRA adapter per role, switched per call.

Switching role is ``set_adapter`` (milliseconds), never a second model. A role with no trained adapter runs on
the bare base (``disable_adapter``). Closed choices are scored in one forward pass from the logits of the token
where the options diverge, using the tokenizer's own segmentation of ``prefix + option`` so that the context the
model sees is exactly what it would have seen in training.
"""

from __future__ import annotations

import functools
import json
import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import torch
from transformers import DynamicCache

from adapters.base_model import LoadedBase, load_base
from agent.config import Settings
from agent.roles import REPETITION_PENALTY, ROLES, ChatMessage, RoleName, render_prompt

log = logging.getLogger(__name__)


def discover_adapters(settings: Settings, base_name: str) -> dict[str, Path]:
    """Role -> adapter folder for every role that has one trained for this base."""
    if not settings.use_adapters:
        return {}
    root = settings.adapters_root
    found: dict[str, Path] = {}
    for role in ROLES:
        config = root / role / "adapter_config.json"
        if not config.is_file():
            continue
        trained_on = str(json.loads(config.read_text()).get("base_model_name_or_path", ""))
        if base_name.lower() not in trained_on.lower() and Path(trained_on).name.lower() != base_name.lower():
            # expected for the tiers no adapter was trained on (their roles are prompted), so not a warning
            log.info("adapter %s was trained on %r, not %r: the role runs on the bare base", role, trained_on,
                     base_name)
            continue
        found[role] = config.parent
    return found


class LocalRoleModel:
    """A :class:`agent.roles.RoleModel` backed by transformers (+ peft when adapters exist)."""

    def __init__(self, base: LoadedBase, adapters: Mapping[str, Path]):
        self.base = base
        self.tokenizer = base.tokenizer
        self.model: Any = base.model
        self.adapters = dict(adapters)
        self.use_adapters = True
        self._lock = threading.RLock()
        if self.adapters:
            from peft import PeftModel

            (first, path), *rest = self.adapters.items()
            self.model = PeftModel.from_pretrained(self.model, str(path), adapter_name=first)
            for name, p in rest:
                self.model.load_adapter(str(p), adapter_name=name)
            self.model.eval()

    @functools.cached_property
    def _line_end_ids(self) -> list[int]:
        """Generation stops at the first token that contains a line break: every role field is one line. Cheaper
        than ``stop_strings``, which rebuilds a vocabulary-wide matcher on every call; found on the first
        ``generate`` (a vocabulary scan that ``choose`` alone never needs)."""
        return [i for i in range(len(self.tokenizer)) if "\n" in self.tokenizer.decode([i])] + [
            self.tokenizer.eos_token_id]

    def without_adapters(self) -> LocalRoleModel:
        """A view on the same base in memory with every adapter off: the 'bare base' baseline."""
        view = object.__new__(LocalRoleModel)
        view.__dict__.update(self.__dict__)
        view.use_adapters = False
        return view

    @contextmanager
    def _role(self, role: RoleName) -> Iterator[None]:
        if not self.adapters:
            yield
        elif self.use_adapters and role in self.adapters:
            self.model.set_adapter(role)
            yield
        else:
            with self.model.disable_adapter():
                yield

    def _encode(self, text: str) -> list[int]:
        return list(self.tokenizer(text, add_special_tokens=False).input_ids)

    def _prompt(self, messages: Sequence[ChatMessage]) -> str:
        return render_prompt(self.tokenizer, messages)

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
        """Continue after ``prefix`` to the end of the line; ``on_text`` gets the whole line once (no streaming)."""
        ids = torch.tensor([self._encode(self._prompt(messages) + prefix)], device=self.base.device)  # (1, T)
        kwargs: dict[str, Any] = {"do_sample": temperature > 0}
        if temperature > 0:
            kwargs.update(temperature=temperature, top_p=0.95)
        with self._lock, self._role(role), torch.inference_mode():
            if temperature > 0:
                torch.manual_seed(seed)
            # The prompt is encoded with every thread (one large matmul per layer), the answer token by token in one
            # thread: a decoding step of a small model is too short to split, and with two threads it waits on the
            # slower one whenever the other core is busy (camera, speech, the browser): 429 vs 50 ms per token on
            # this 2-core machine at load 4. The output is identical (greedy), the cache holding tokens 0..T-2.
            cache = DynamicCache()
            if ids.shape[1] > 1:
                self.model(input_ids=ids[:, :-1], past_key_values=cache, use_cache=True)
            with single_thread():
                out = self.model.generate(
                    input_ids=ids,
                    attention_mask=torch.ones_like(ids),
                    past_key_values=cache,
                    max_new_tokens=max_new_tokens,
                    eos_token_id=self._line_end_ids,
                    pad_token_id=self.tokenizer.pad_token_id,
                    repetition_penalty=REPETITION_PENALTY,
                    **kwargs,
                )  # (1, T + N)
        text = str(self.tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True)).split("\n", 1)[0]
        if on_text is not None and text.strip():
            on_text(text)
        return text

    def choose(
        self, role: RoleName, messages: Sequence[ChatMessage], *, prefix: str, options: Sequence[str]
    ) -> dict[str, float]:
        prompt = self._prompt(messages) + prefix
        seqs = [self._encode(prompt + opt) for opt in options]
        n = 0  # length of the token prefix shared by every option's sequence
        while all(len(s) > n for s in seqs) and len({s[n] for s in seqs}) == 1:
            n += 1
        assert all(len(s) > n for s in seqs), f"one of {options} is a token prefix of another"
        nexts = [s[n] for s in seqs]
        with self._lock, self._role(role), torch.inference_mode():
            if len(set(nexts)) == len(options):  # the usual case: one forward pass, one logit per option
                ids = torch.tensor([seqs[0][:n]], device=self.base.device)  # (1, n)
                logits = self.model(input_ids=ids).logits[0, -1]  # (V,)
                scores = torch.log_softmax(logits.float(), dim=-1)[nexts]  # (K,)
            else:  # options share their first tokens: sum each continuation's log-probabilities, batched
                scores = self._continuation_logprobs(seqs, n)
        probs = torch.softmax(scores, dim=-1)  # (K,) normalised over the options
        return {opt: float(p) for opt, p in zip(options, probs, strict=True)}

    def reply_logprobs(self, role: RoleName, messages: Sequence[ChatMessage], reply: str) -> list[float]:
        """The log-probability of each token of ``reply`` written as the assistant's turn after ``messages``."""
        prompt = self._encode(self._prompt(messages))
        said = self._encode(reply)
        if not said:
            return []
        ids = torch.tensor([prompt + said], device=self.base.device)  # (1, T)
        with self._lock, self._role(role), torch.inference_mode():
            logits = self.model(input_ids=ids).logits[0, len(prompt) - 1 : -1].float()  # (S, V)
        logp = torch.log_softmax(logits, dim=-1).gather(-1, ids[0, len(prompt):, None])[:, 0]  # (S,)
        return [float(v) for v in logp]

    def _continuation_logprobs(self, seqs: list[list[int]], n: int) -> torch.Tensor:
        T = max(len(s) for s in seqs)
        pad = self.tokenizer.pad_token_id or 0
        ids = torch.tensor([s + [pad] * (T - len(s)) for s in seqs], device=self.base.device)  # (K, T)
        mask = torch.tensor([[1] * len(s) + [0] * (T - len(s)) for s in seqs], device=self.base.device)  # (K, T)
        logp = torch.log_softmax(self.model(input_ids=ids, attention_mask=mask).logits.float(), dim=-1)  # (K, T, V)
        token_lp = logp[:, :-1].gather(-1, ids[:, 1:, None])[..., 0]  # (K, T-1): log p(token t+1 | ..t)
        keep = mask[:, 1:].clone()
        keep[:, : n - 1] = 0  # only the tokens after the shared prefix
        return (token_lp * keep).sum(dim=-1)  # (K,)


@contextmanager
def single_thread() -> Iterator[None]:
    """torch on one intra-op thread for the duration (a process-wide setting, restored after)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def load_role_model(settings: Settings) -> LocalRoleModel:
    """Load the base once and attach every shipped role adapter that matches it."""
    base = load_base(settings)
    adapters = discover_adapters(settings, base.name)
    log.info("base %s on %s; adapters: %s", base.name, base.device, sorted(adapters) or "none (bare base)")
    return LocalRoleModel(base, adapters)
