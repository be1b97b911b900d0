"""In-process llama.cpp runtime: a GGUF base run as shipped (Q4), one cached sequence per role, tokens streamed.

One llama.cpp context holds the base, with one KV-cache sequence per role (and per adapter state). A call re-uses
the longest token prefix that its role's sequence already holds (the system prompt and worked examples, the resume,
the question being scored) and encodes only the rest, so roles taking turns never evict each other's prompts.
Closed choices read the next-token log-probabilities where the options diverge, after the prompt and the field's
prefix: a distribution over exactly the allowed options, what the heads and the eval use (grammar-constrained
decoding of one option would return only its argmax). Role adapters, where this base has them as GGUF LoRA, are
attached to the one model and switched per call with ``llama_set_adapters_lora``; each role's sequence is only ever
computed under its own adapter, so a switch invalidates nothing.

Untrusted text never becomes a special token: the chat template's own markup is tokenized with special tokens on,
every message's content with them off, so "<|im_end|>" typed in an answer stays plain text.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from agent.config import Settings
from agent.roles import REPETITION_PENALTY, ROLES, ChatMessage, Preempted, RoleName

log = logging.getLogger(__name__)

_SLOT = "\x00{}\x00"  # stands for a message's content while the chat template is rendered


class LlamaCppRoleModel:
    """A :class:`agent.roles.RoleModel` on llama.cpp; thread-safe (one call at a time)."""

    def __init__(self, gguf: Path, name: str, *, threads: int, decode_threads: int, n_ctx: int,
                 adapters: Mapping[str, Path] | None = None):
        try:
            import llama_cpp
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter
        except ImportError as exc:  # pragma: no cover - the message is the point
            raise ImportError("llama.cpp is not installed: `pip install -e '.[llamacpp]'` (make install does it), "
                              "or set MOCKINTERVIEW_ENGINE=transformers.") from exc
        self._lib = llama_cpp
        start = time.perf_counter()
        # The Llama object loads the weights and serves tokenizer and metadata; its own small context is unused.
        self.llm = llama_cpp.Llama(model_path=str(gguf), n_ctx=256, n_batch=32, n_threads=decode_threads,
                                   n_threads_batch=threads, verbose=False)
        self.name = name
        self.gguf = gguf
        self._lock = threading.RLock()
        self._waiting = 0  # foreground calls waiting for the lock: a background call gives way to them
        self._waiting_lock = threading.Lock()
        self._background = threading.local()
        self._stopping = False  # set when the program is closing: background calls give way for good
        self.n_vocab = self.llm.n_vocab()
        self._n_batch = 512
        self._threads = (decode_threads, threads)
        n_seqs = len(ROLES) * (2 if adapters else 1)  # a sequence per role, and per role on the bare base
        params = llama_cpp.llama_context_default_params()
        params.n_ctx = n_ctx
        params.n_batch = params.n_ubatch = self._n_batch
        params.n_seq_max = n_seqs
        params.kv_unified = True  # the sequences share the n_ctx cells: the prompts of all roles fit together
        params.n_threads, params.n_threads_batch = decode_threads, threads
        ctx = llama_cpp.llama_init_from_model(self.llm.model, params)
        if ctx is None:
            raise RuntimeError(f"llama.cpp could not create a context for {name}")
        self._ctx = ctx
        self._memory = llama_cpp.llama_get_memory(ctx)
        self._batch = llama_cpp.llama_batch_init(self._n_batch, 0, 1)
        self._held: list[list[int]] = [[] for _ in range(n_seqs)]  # the tokens each sequence holds
        self.load_seconds = time.perf_counter() - start
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
        self.prompt_tokens = 0  # encoded prompt tokens, and those re-used from a sequence (the benchmark)
        self.reused_tokens = 0

    def close(self) -> None:
        if self._ctx is not None:
            self._lib.llama_batch_free(self._batch)
            self._lib.llama_free(self._ctx)
            self._ctx = None

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    @contextlib.contextmanager
    def background(self) -> Iterator[None]:
        """Calls made in this thread inside the block give way (raise :class:`Preempted`) as soon as another
        thread waits for the model: work done on speculation never delays a candidate."""
        self._background.on = True
        try:
            yield
        finally:
            self._background.on = False

    @contextlib.contextmanager
    def _turn(self) -> Iterator[None]:
        if getattr(self._background, "on", False):
            with self._lock:
                self._give_way()
                yield
            return
        with self._waiting_lock:
            self._waiting += 1
        try:
            self._lock.acquire()
        finally:
            with self._waiting_lock:
                self._waiting -= 1
        try:
            yield
        finally:
            self._lock.release()

    def stop_background(self) -> None:
        """Make every call in a :meth:`background` block give way at its next token, now and from now on: the
        program is closing, and a thread still decoding when the interpreter exits aborts the process."""
        self._stopping = True

    def _give_way(self) -> None:
        if getattr(self._background, "on", False) and (self._waiting or self._stopping):
            raise Preempted("a foreground call is waiting for the model, or the program is closing")

    # ------------------------------------------------------------------------------------------- prompts

    def encode(self, messages: Sequence[ChatMessage], prefix: str = "") -> list[int]:
        """The chat prompt opening the assistant turn, then ``prefix``; contents tokenized as plain text."""
        slotted = [{"role": m["role"], "content": _SLOT.format(i)} for i, m in enumerate(messages)]
        rendered = self._template(messages=slotted).prompt  # type: ignore[arg-type]
        tokens: list[int] = []
        for i, piece in enumerate(rendered.split("\x00")):
            if i % 2 == 0:  # the template's own text: its special tokens are real
                tokens += self._tokenize(piece, special=True)
            else:
                tokens += self._tokenize(messages[int(piece)]["content"], special=False)
        return tokens + self._tokenize(prefix, special=False)

    def _tokenize(self, text: str, *, special: bool) -> list[int]:
        return self.llm.tokenize(text.encode(), add_bos=False, special=special) if text else []

    def render(self, messages: Sequence[ChatMessage]) -> str:
        """The prompt as text (for reading)."""
        return str(self._template(messages=list(messages)).prompt)  # type: ignore[arg-type]

    # -------------------------------------------------------------------------------------------- adapters

    def _use(self, role: RoleName) -> int:
        """Attach the role's adapter (or none) and return the role's sequence."""
        want = role if self.use_adapters and role in self._adapters else None
        if want != self._active:
            handles = [self._adapters[want]] if want is not None else []
            array = (self._lib.llama_adapter_lora_p_ctypes * len(handles))(*handles)
            scales = (ctypes.c_float * len(handles))(*([1.0] * len(handles)))
            if self._lib.llama_set_adapters_lora(self._ctx, array, len(handles), scales):
                raise RuntimeError(f"llama.cpp refused to switch to the {role} adapter")
            self._active = want
        bare = bool(self._adapters) and want is None
        return ROLES.index(role) + (len(ROLES) if bare else 0)

    def without_adapters(self) -> LlamaCppRoleModel:
        """A view on the same model with every adapter off: the 'bare base' baseline."""
        view = object.__new__(LlamaCppRoleModel)
        view.__dict__.update(self.__dict__)
        view.use_adapters = False
        return view

    # -------------------------------------------------------------------------------------------- decoding

    def _decode(self, seq: int, tokens: Sequence[int], start: int,
                each: Callable[[int, np.ndarray], None] | None = None) -> None:
        """Append ``tokens`` at positions ``start``... of sequence ``seq``; logits for the last one only, or, with
        ``each``, for every token: ``each(i, logits)`` for the i-th token as soon as its chunk is decoded."""
        batch = self._batch
        for i in range(0, len(tokens), self._n_batch):
            chunk = tokens[i : i + self._n_batch]
            batch.n_tokens = len(chunk)
            for k, token in enumerate(chunk):
                batch.token[k] = token
                batch.pos[k] = start + i + k
                batch.seq_id[k][0] = seq
                batch.n_seq_id[k] = 1
                batch.logits[k] = each is not None
            batch.logits[len(chunk) - 1] = True
            if self._lib.llama_decode(self._ctx, batch) != 0:
                raise RuntimeError("llama.cpp could not decode the prompt (context full?)")
            if each is None:
                continue
            for k in range(len(chunk)):
                self._give_way()
                each(i + k, np.ctypeslib.as_array(self._lib.llama_get_logits_ith(self._ctx, k),
                                                  shape=(self.n_vocab,)).astype(np.float64))  # (V,)

    def _logits(self) -> np.ndarray:
        """The next token's logits after the last decoded token, copied out of llama.cpp's buffer."""
        return np.ctypeslib.as_array(self._lib.llama_get_logits_ith(self._ctx, -1),
                                     shape=(self.n_vocab,)).astype(np.float64)  # (V,)

    def _prefill(self, seq: int, tokens: list[int]) -> np.ndarray:
        """Bring sequence ``seq`` to ``tokens``, re-using its longest common prefix; the next token's logits."""
        held = self._held[seq]
        common = 0
        for a, b in zip(held, tokens, strict=False):
            if a != b:
                break
            common += 1
        common = min(common, len(tokens) - 1)  # decode at least one token, so that fresh logits exist
        if not self._lib.llama_memory_seq_rm(self._memory, seq, common, -1):
            self._lib.llama_memory_seq_rm(self._memory, seq, 0, -1)
            common = 0
        self._held[seq] = list(tokens)
        self.reused_tokens += common
        self.prompt_tokens += len(tokens) - common
        try:
            self._decode(seq, tokens[common:], common)
        except RuntimeError:
            self._held[seq] = []
            raise
        return self._logits()

    @staticmethod
    def _next_token(logits: np.ndarray, recent: Sequence[int], temperature: float, rng: np.random.Generator) -> int:
        """Greedy or nucleus sampling after the repetition penalty (transformers' rule) over the last 64 tokens."""
        seen = np.unique(np.asarray(recent[-64:], dtype=np.int64))
        if seen.size:
            hit = logits[seen]
            logits[seen] = np.where(hit > 0, hit / REPETITION_PENALTY, hit * REPETITION_PENALTY)
        if temperature <= 0:
            return int(np.argmax(logits))
        top = np.argpartition(logits, -40)[-40:]  # top-k 40, then top-p 0.95
        scaled = logits[top] / temperature
        probs = np.exp(scaled - scaled.max())
        probs /= probs.sum()
        order = np.argsort(-probs)
        keep = order[: int(np.searchsorted(np.cumsum(probs[order]), 0.95)) + 1]
        return int(top[keep][rng.choice(len(keep), p=probs[keep] / probs[keep].sum())])

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
        rng = np.random.default_rng(seed)
        with self._turn():
            seq = self._use(role)
            tokens = self.encode(messages, prefix)
            logits = self._prefill(seq, tokens)
            out: list[int] = []
            text = ""
            for _ in range(max_new_tokens):
                self._give_way()
                token = self._next_token(logits, tokens + out, temperature, rng)
                if self._lib.llama_vocab_is_eog(self._vocab, token):
                    break
                out.append(token)
                text = self.llm.detokenize(out).decode("utf-8", "ignore")
                if "\n" in text:
                    break
                if on_text is not None and text.strip():
                    on_text(text)
                self._held[seq].append(token)
                self._decode(seq, [token], len(self._held[seq]) - 1)
                logits = self._logits()
            return text.split("\n", 1)[0]

    def choose(
        self, role: RoleName, messages: Sequence[ChatMessage], *, prefix: str, options: Sequence[str]
    ) -> dict[str, float]:
        with self._turn():
            seq = self._use(role)
            # Each option tokenized together with the prefix, as the model would write it after the prefix ("Grade: "
            # + "5" is segmented as the model saw it in training); read where the options' tokens diverge.
            full = [self.encode(messages, prefix + opt) for opt in options]
            n = 0
            while all(len(s) > n for s in full) and len({s[n] for s in full}) == 1:
                n += 1
            assert all(len(s) > n for s in full), f"one of {options} is a token prefix of another"
            if len({s[n] for s in full}) == len(options):  # one pass: the logits where the options diverge
                logp = _log_softmax(self._prefill(seq, full[0][:n]))
                scores = np.array([logp[s[n]] for s in full])  # (K,)
            else:  # options share first tokens: sum each continuation's log-probabilities, one option at a time
                scores = np.array([sum(float(_log_softmax(self._prefill(seq, s[:i]))[s[i]]) for i in range(n, len(s)))
                                   for s in full])  # (K,)
        probs = np.exp(scores - scores.max())
        probs /= probs.sum()
        return {opt: float(p) for opt, p in zip(options, probs, strict=True)}

    def reply_logprobs(self, role: RoleName, messages: Sequence[ChatMessage], reply: str) -> list[float]:
        """The log-probability of each token of ``reply`` written as the assistant's turn after ``messages``."""
        said = self._tokenize(reply, special=False)
        if not said:
            return []
        with self._turn():
            seq = self._use(role)
            prompt = self.encode(messages)
            # decoded whole, not after whatever prefix the sequence held: cached prefixes change the log-probabilities
            # by float rounding (0.2 nats over an answer), and the same answer should get the same evidence
            self._held[seq] = []
            logp = [float(_log_softmax(self._prefill(seq, prompt))[said[0]])]

            def read(i: int, logits: np.ndarray) -> None:  # the i-th token's logits give the next one's probability
                logp.append(float(_log_softmax(logits)[said[i + 1]]))

            try:
                self._decode(seq, said[:-1], len(prompt), each=read)
            except Exception:  # undecodable, or preempted part way: what the sequence holds is unknown
                self._held[seq] = []
                raise
            self._held[seq] += said[:-1]
        return logp


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - float(logits.max())  # (V,)
    return shifted - math.log(float(np.exp(shifted).sum()))  # (V,)


def load_llama_role_model(settings: Settings, gguf: Path, name: str,
                          adapters: Mapping[str, Path] | None = None) -> LlamaCppRoleModel:
    model = LlamaCppRoleModel(gguf, name, threads=settings.threads, decode_threads=settings.decode_threads,
                              n_ctx=settings.n_ctx, adapters=adapters)
    log.info("llama.cpp base %s (%s) in %.1f s; adapters: %s", name, gguf.name, model.load_seconds,
             sorted(adapters or {}) or "none")
    return model
