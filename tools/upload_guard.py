"""Read a resume upload in a worker process with limits on time, memory and what it may unpack to.

The parser (tools/resume_parser.py) is pure Python over hostile bytes: a 28 KB PDF that draws 1.7 M characters on
one line took 228 CPU seconds and 8 GB, and a DOCX whose zip headers lie inflated to 2.2 GB before any check saw
it. So the app never parses in its own process: a child reads the bytes under ``RLIMIT_AS`` and ``RLIMIT_CPU``,
checks the real (streamed, not declared) size of every zip member first, and is killed at the wall-clock limit.
Each upload is parsed once (preview and start share the result, errors included) and only ``parse_workers``
uploads are read at the same time.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import resource
import stat
import struct
import subprocess
import sys
import threading
import zipfile
import zlib
from collections import OrderedDict
from io import BytesIO
from pathlib import Path
from typing import Protocol

from tools.resume_parser import MAX_RESUME_BYTES, MAX_UNPACKED_BYTES, Resume, ResumeError

REPO = Path(__file__).resolve().parents[1]
CACHED = 64  # parsed uploads kept (a Resume is a few KB)
STARTUP_SECONDS = 1.0  # of the time limit, kept for starting the worker and killing it: the whole read stays within


class UploadRefusedError(ResumeError):
    """The upload is over a limit (time, memory, unpacked size) or cannot be read safely; the message says why."""


class ParseLimits(Protocol):
    """The upload limits of the app's settings (agent.config.Settings), named here so that tools/ does not
    import agent/."""

    @property
    def parse_seconds(self) -> float: ...
    @property
    def parse_memory_mb(self) -> int: ...
    @property
    def parse_workers(self) -> int: ...


class UploadGuard:
    """Parses uploads in workers, at most ``workers`` at a time, each once."""

    def __init__(self, *, seconds: float = 15.0, memory_mb: int = 1024, workers: int = 2,
                 queue_seconds: float | None = None):
        self.seconds = seconds
        self.queue_seconds = seconds if queue_seconds is None else queue_seconds  # waiting for a free worker
        self.memory_mb = memory_mb
        self._slots = threading.BoundedSemaphore(workers)
        self._cache: OrderedDict[str, Resume | str] = OrderedDict()
        self._cache_lock = threading.Lock()

    def parse_file(self, path: str | Path, *, filename: str | None = None) -> Resume:
        """A resume file: refused if it is a symbolic link, not a regular file, or over the size limit."""
        return self.parse_bytes(read_upload(Path(path), filename or Path(path).name), filename or Path(path).name)

    def parse_text(self, text: str) -> Resume:
        return self._parse(text.encode("utf-8", "surrogatepass"), "", "text")

    def parse_bytes(self, data: bytes, filename: str) -> Resume:
        return self._parse(data, filename, "bytes")

    def _parse(self, data: bytes, filename: str, kind: str) -> Resume:
        key = hashlib.sha256(b"%s\0%s\0" % (kind.encode(), filename.encode()) + data).hexdigest()
        with self._cache_lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
        if cached is None:
            cached = self._run(data, filename, kind)
            with self._cache_lock:
                self._cache[key] = cached
                while len(self._cache) > CACHED:
                    self._cache.popitem(last=False)
        if isinstance(cached, str):
            raise UploadRefusedError(cached)
        return cached.model_copy(deep=True)

    def _run(self, data: bytes, filename: str, kind: str) -> Resume | str:
        """The Resume, or the message that refuses the upload."""
        name = filename or "The pasted resume"
        if not self._slots.acquire(timeout=self.queue_seconds):
            raise UploadRefusedError("Too many resumes are being read right now. Try again in a minute.")
        try:
            child = subprocess.Popen(
                [sys.executable, "-m", "tools.upload_guard", kind, filename, str(self.memory_mb),
                 str(math.ceil(self.seconds - STARTUP_SECONDS))],
                cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            )
            try:
                out, _ = child.communicate(data, timeout=max(1.0, self.seconds - STARTUP_SECONDS))
            except subprocess.TimeoutExpired:
                child.kill()
                child.communicate()
                return (f"{name} took longer than {self.seconds:.0f} s to read, so it was not used. Export it again "
                        "as a plain text PDF or DOCX, or paste the text of your resume.")
        finally:
            self._slots.release()
        try:
            reply = json.loads(out)
        except ValueError:  # killed for CPU (SIGXCPU) or memory, or it crashed
            return (f"{name} needs more time or memory to read than an upload may use, so it was not used. Export "
                    "it again as a plain text PDF or DOCX, or paste the text of your resume.")
        if "error" in reply:
            return str(reply["error"])
        return Resume.model_validate(reply["resume"])


def guard_for(settings: ParseLimits) -> UploadGuard:
    return UploadGuard(seconds=settings.parse_seconds, memory_mb=settings.parse_memory_mb,
                       workers=settings.parse_workers)


def read_upload(path: Path, name: str) -> bytes:
    """The bytes of a resume file, refusing a symbolic link (a resume path must not make the app read another
    file: ~/.ssh/id_rsa linked as cv.txt), anything but a regular file, and a file over the size limit."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        if path.is_symlink():
            raise UploadRefusedError(f"{name} is a symbolic link; give the resume file itself.") from exc
        raise UploadRefusedError(f"Cannot open {name}: {exc.strerror or exc}. Check the path, or paste the text "
                                 "of your resume.") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UploadRefusedError(f"{name} is not a regular file. Give the resume file itself.")
        if info.st_size > MAX_RESUME_BYTES:
            raise UploadRefusedError(f"{name} is {info.st_size / 2**20:.1f} MB, over the {MAX_RESUME_BYTES // 2**20} "
                                     "MB limit. Upload a smaller export, or paste the text.")
        chunks: list[bytes] = []
        while (chunk := os.read(fd, 1 << 20)) and sum(map(len, chunks)) <= MAX_RESUME_BYTES:
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def check_unpacked_size(data: bytes, name: str, limit: int = MAX_UNPACKED_BYTES) -> None:
    """Inflate every member of a zip (a DOCX) in chunks and count what really comes out: the sizes in the zip
    headers are the uploader's claim."""
    if not data.startswith(b"PK"):
        return
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        return  # the parser says what is wrong with it
    total = 0
    for info in archive.infolist():
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            continue
        header = data[info.header_offset:info.header_offset + 30]  # the local header: its own name and extra sizes
        if len(header) < 30:
            return
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        raw_start = info.header_offset + 30 + name_length + extra_length
        raw = data[raw_start:raw_start + info.compress_size] if info.compress_size else data[raw_start:]
        inflater = zlib.decompressobj(-zlib.MAX_WBITS) if info.compress_type == zipfile.ZIP_DEFLATED else None
        chunk = raw
        while chunk:
            piece = inflater.decompress(chunk, 1 << 20) if inflater is not None else chunk[:1 << 20]
            total += len(piece)
            if total > limit:
                raise UploadRefusedError(f"{name} unpacks to more than {limit // 2**20} MB, far more than a resume "
                                         "needs, so it was not used. Save it again from your editor, or paste the "
                                         "text of your resume.")
            chunk = inflater.unconsumed_tail if inflater is not None else chunk[1 << 20:]
            if inflater is not None and not piece:
                break


def _worker(kind: str, filename: str, memory_mb: int, seconds: int) -> dict[str, object]:
    """In the child: limits first, then the parser."""
    memory = memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    data = sys.stdin.buffer.read()
    from tools.resume_parser import parse_resume

    try:
        if kind == "text":
            resume = parse_resume(data.decode("utf-8", "surrogatepass"))
        else:
            check_unpacked_size(data, filename or "The uploaded file")
            resume = parse_resume(data, filename=filename or None)
    except ResumeError as exc:
        return {"error": str(exc)}
    except (MemoryError, RecursionError):
        return {"error": f"{filename or 'The resume'} needs more memory to read than an upload may use, so it was "
                         "not used. Export it again as a plain text PDF or DOCX, or paste the text of your resume."}
    return {"resume": json.loads(resume.model_dump_json())}


if __name__ == "__main__":
    print(json.dumps(_worker(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
