"""Bounded parsing (issue 17): hostile uploads are refused with a message inside the limits, each upload is read
once, and only so many are read at the same time. The limits are settings in agent/config.py;
the hostile files come from tests/hostile_files.py."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.hostile_files import inflating_pdf, long_line_pdf, lying_docx
from tools import upload_guard
from tools.upload_guard import UploadGuard, UploadRefusedError

RESUMES = Path(__file__).resolve().parent / "data" / "resumes"


@pytest.fixture
def guard() -> UploadGuard:
    return UploadGuard(seconds=6, memory_mb=768, workers=2)


@pytest.mark.parametrize(("make", "message"), [
    (long_line_pdf, "longer than|more time or memory"),
    (lambda: inflating_pdf(300), "longer than|more time or memory|more memory"),
    (lambda: lying_docx(120), "unpacks to more than 50 MB"),
], ids=["long-line-pdf", "inflating-pdf", "lying-docx"])
def test_hostile_uploads_are_refused_with_a_message(guard: UploadGuard, tmp_path: Path, make, message) -> None:
    path = tmp_path / "cv.bin"
    path.write_bytes(make())
    with pytest.raises(UploadRefusedError, match=message):
        guard.parse_file(path, filename="cv.pdf")


def test_a_real_resume_is_parsed_and_each_upload_only_once(guard: UploadGuard, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[list[str]] = []
    real = subprocess.Popen

    def counting(args, **kwargs):
        started.append(args)
        return real(args, **kwargs)

    monkeypatch.setattr(upload_guard.subprocess, "Popen", counting)
    first = guard.parse_file(RESUMES / "libreoffice.docx")
    again = guard.parse_file(RESUMES / "libreoffice.docx")  # preview, then start: one worker
    assert first == again and first.name and len(started) == 1
    with pytest.raises(UploadRefusedError):
        guard.parse_text("   ")
    with pytest.raises(UploadRefusedError):
        guard.parse_text("   ")
    assert len(started) == 2  # a refusal is remembered too


def test_a_symlinked_resume_is_refused(guard: UploadGuard, tmp_path: Path) -> None:
    secret = tmp_path / "id_rsa"
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n")
    link = tmp_path / "cv.txt"
    link.symlink_to(secret)
    with pytest.raises(UploadRefusedError, match="symbolic link"):
        guard.parse_file(link)
    with pytest.raises(UploadRefusedError, match="not a regular file"):
        guard.parse_file(tmp_path)


def test_parses_beyond_the_limit_wait_then_are_refused() -> None:
    guard = UploadGuard(seconds=30, workers=1, queue_seconds=1)
    assert guard._slots.acquire(timeout=1)  # one upload being read
    try:
        with pytest.raises(UploadRefusedError, match="Too many resumes"):
            guard.parse_text("Ada Example\nPython developer with five years of backend work.")
    finally:
        guard._slots.release()
    assert guard.parse_text("Ada Example\nPython developer with five years of backend work.").text
