"""Live coaching state per browser tab, the microphone chunks, and how the app is put together."""

from __future__ import annotations

import copy
import os
import wave
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import gradio as gr
import numpy as np

from agent.config import Settings
from tests.conftest import ScriptedRoleModel, make_engine
from ui.app import create_app
from ui.coach import SCORE_KEYS, ChunkSweeper, Coaching, Estimate, read_chunk
from ui.render import panel_html
from ui.report_tab import report_view

FRAME = np.full((48, 64, 3), 60, np.uint8)  # its mean, 60, becomes every score but focus


class CountingCoach:
    """Gives an estimate on every second push; fails on demand."""

    def __init__(self) -> None:
        self.pushes = 0
        self.fail = False

    def push_frame(self, frame: np.ndarray, t: float) -> Mapping[str, Any] | None:
        return self._push(float(frame.mean()))

    def push_audio(self, samples: np.ndarray, sample_rate: float, t: float) -> Mapping[str, Any] | None:
        return self._push(50.0)

    def window(self) -> Mapping[str, Any] | None:
        return {"pushes": self.pushes}

    def _push(self, value: float) -> Mapping[str, Any] | None:
        if self.fail:
            raise RuntimeError("camera model crashed")
        self.pushes += 1
        if self.pushes % 2:
            return None
        return {"scores": {**dict.fromkeys(SCORE_KEYS, value), "focus": 140.0},
                "reminders": [{"key": "slouching", "en": "Sit up straight.", "zh": "坐直一些。", "group": "body",
                               "probability": 0.9},
                              {"key": "too_fast", "en": "Slow down.", "probability": 0.2}]}


def test_estimates_are_clipped_and_unlikely_reminders_dropped() -> None:
    estimate = Estimate.parse({"scores": {"language": -5, "focus": 140, "junk": 3},
                               "reminders": [{"key": "a", "en": "A.", "probability": 0.9},
                                             {"key": "b", "en": "B.", "probability": 0.1}, {"probability": 1.0}]})
    assert estimate.scores == {"language": 0.0, "focus": 100.0}
    assert [r.key for r in estimate.reminders] == ["a"] and estimate.reminders[0].text("zh") == "A."


def test_coaching_follows_the_frames_and_counts_reminders() -> None:
    coaching = Coaching(CountingCoach)
    assert coaching.status(0.0) == "waiting"
    for i in range(6):
        coaching.on_frame(FRAME, 100.0 + i * 0.2)
    assert coaching.updates == 3 and coaching.status(101.5) == "live" and coaching.status(110.0) == "paused"
    assert coaching.latest is not None and coaching.latest.scores["focus"] == 100.0
    assert coaching.seen_most("zh") == [("坐直一些。", 3)]
    assert coaching.mean_scores() == {**dict.fromkeys(SCORE_KEYS, 60.0), "focus": 100.0}
    html = panel_html(coaching, "en", 101.5)
    assert "Sit up straight." in html and "Slow down." not in html and "update 3" in html
    assert "video frames never touch the disk" in html


def test_camera_off_ignores_frames_and_says_so() -> None:
    coaching = Coaching(CountingCoach)
    coaching.set_camera(False)
    coaching.on_frame(FRAME, 1.0)
    coaching.on_audio((48_000, np.zeros(100, np.int16)), 1.0)
    assert coaching.frames == 0 and coaching.coach is None and coaching.status(1.0) == "off"
    assert "Camera off" in panel_html(coaching, "en", 1.0)


def test_a_failing_coach_is_reported_in_the_panel_not_raised() -> None:
    coaching = Coaching(CountingCoach)
    coaching.on_frame(FRAME, 1.0)
    assert coaching.coach is not None
    coaching.coach.fail = True  # type: ignore[attr-defined]
    coaching.on_frame(FRAME, 2.0)
    assert coaching.error == "RuntimeError: camera model crashed"
    assert "camera model crashed" in panel_html(coaching, "en", 2.0)


def test_windows_are_recorded_every_ten_seconds_and_taken_with_the_answer() -> None:
    coaching = Coaching(CountingCoach)
    coaching.new_question(0.0)
    for t in np.arange(0.0, 25.0, 0.5):
        coaching.on_frame(FRAME, float(t))
    windows = coaching.take_windows(25.0)
    assert len(windows) == 3 and all("pushes" in w for w in windows)  # at 10 s, 20 s, and the partial last one
    assert coaching.take_windows(25.5) == []


def test_each_tab_gets_its_own_coaching() -> None:
    template = Coaching(CountingCoach)
    template.on_frame(FRAME, 1.0)
    first, second = copy.deepcopy(template), copy.deepcopy(template)
    first.on_frame(FRAME, 2.0)
    assert first is not second and second.frames == 0 and second.coach is None
    assert Coaching(None).status(0.0) == "not_installed"
    assert "switched off or not installed" in panel_html(Coaching(None), "en", 0.0)


def test_microphone_chunks_are_read_then_deleted(tmp_path: Path) -> None:
    path = tmp_path / "audio.wav"
    samples = (np.sin(np.arange(4800) / 10) * 8000).astype(np.int16)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(48_000)
        w.writeframes(samples.tobytes())
    data = path.read_bytes()
    streamed = data[:40] + (2**31 - 1).to_bytes(4, "little") + data[44:]  # a browser's never-ending header
    path.write_bytes(streamed)
    chunk = read_chunk(str(path))
    assert chunk is not None and chunk[0] == 48_000 and np.array_equal(chunk[1], samples)
    assert not path.exists()
    path.write_bytes(b"not a wav")
    assert read_chunk(str(path)) is None and not path.exists()


def test_chunks_no_stream_read_are_swept_after_a_few_seconds(tmp_path: Path) -> None:
    old, fresh, resume = tmp_path / "a" / "audio.wav", tmp_path / "b" / "audio.wav", tmp_path / "c" / "cv.pdf"
    for path in (old, fresh, resume):
        path.parent.mkdir()
        path.write_bytes(b"x")
    os.utime(old, (1000.0, 1000.0))
    os.utime(resume, (1000.0, 1000.0))
    cached = tmp_path / "d" / "audio.wav"  # the microphone block's copy of a chunk whose event was cancelled
    cached.parent.mkdir()
    cached.write_bytes(b"x")
    os.utime(cached, (1000.0, 1000.0))
    uploads = {str(old), str(fresh), str(resume), str(tmp_path / "gone.wav")}
    block_files = {str(cached)}
    sweep = ChunkSweeper((uploads, block_files), older_than=5.0, forget_after=60.0)
    now = fresh.stat().st_mtime + 1
    sweep(now)
    assert not old.exists() and not cached.exists() and fresh.exists() and resume.exists()
    assert uploads == {str(old), str(fresh), str(resume), str(tmp_path / "gone.wav")}  # names kept for a while
    sweep(now + 61)  # the fresh chunk is old now; a name missing for a minute is forgotten
    assert not fresh.exists() and resume.exists() and str(tmp_path / "gone.wav") not in uploads
    for later in (now + 122, now + 183):
        sweep(later)
    assert uploads == {str(resume)} and block_files == set()


def test_a_chunk_moved_into_place_after_a_sweep_is_still_swept(tmp_path: Path) -> None:
    # Gradio records an upload's name, then a background task moves the file there; chunks are named by content.
    late = tmp_path / "e" / "audio.wav"
    uploads = {str(late)}
    sweep = ChunkSweeper((uploads,), older_than=5.0, forget_after=60.0)
    sweep(2000.0)  # not there yet: the name is kept
    late.parent.mkdir()
    late.write_bytes(b"x")
    os.utime(late, (2001.0, 2001.0))
    sweep(2010.0)
    assert not late.exists()
    late.write_bytes(b"x")  # the next identical chunk fills the same name again
    os.utime(late, (2011.0, 2011.0))
    sweep(2020.0)
    assert not late.exists()


def streaming_images(app: gr.Blocks) -> list[gr.Image]:
    return [b for b in app.blocks.values() if isinstance(b, gr.Image) and b.streaming]


def test_camera_is_only_wired_when_coaching_is_installed(settings: Settings) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    assert streaming_images(create_app(engine)) == []
    cameras = streaming_images(create_app(engine, behavior=CountingCoach))
    assert len(cameras) == 1 and cameras[0].webcam_options.mirror is False


def test_report_falls_back_to_the_live_mean_when_the_engine_recorded_no_behaviour(settings: Settings) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    sid = engine.start(max_questions=1).session_id
    engine.answer(sid, "An answer.")
    coaching = Coaching(CountingCoach)
    for i in range(4):
        coaching.on_frame(FRAME, float(i))
    view = report_view(engine, sid, coaching)
    assert view is not None and view.behavior == coaching.mean_scores() and view.behavior_live_estimates == 2
    assert view.reminders == [("Sit up straight.", 2)]
    assert report_view(engine, sid, Coaching(None)).behavior is None  # type: ignore[union-attr]


class SilentMicCoach(CountingCoach):
    """Always says it cannot hear the microphone, as the behaviour model does while its audio window is empty."""

    def _push(self, value: float) -> Mapping[str, Any] | None:
        self.pushes += 1
        return {"scores": dict.fromkeys(SCORE_KEYS, value),
                "reminders": [{"key": "microphone_check", "en": "We can't hear any audio; check your microphone.",
                               "group": "general", "probability": 0.9}]}


def test_no_reminder_says_the_candidate_is_unheard_while_the_transcriber_hears_them() -> None:
    from tools.speech.delivery import measure_delivery
    from tools.speech.schema import Word

    coaching = Coaching(SilentMicCoach)
    coaching.set_listening(True)
    assert "Listening" in panel_html(coaching, "en", 0.0)
    so_far = measure_delivery([Word(text=w, start=0.4 * i, end=0.4 * i + 0.3)
                               for i, w in enumerate(["so", "um", "I", "built", "the", "payments", "API"])], 3.0)
    coaching.on_speech(True, so_far, 10.0)
    coaching.on_frame(FRAME, 10.5)
    html = panel_html(coaching, "en", 10.5)
    assert "check your microphone" not in html and coaching.seen_most("en") == []
    assert "Pace 156 words/min · 1 filler" in html  # 7 words in 2.7 s; "um" is a filler
    coaching.on_frame(FRAME, 21.0)  # nothing heard for 11 s: the reminder may be right again
    assert "check your microphone" in panel_html(coaching, "en", 21.0)
    coaching.set_listening(False)
    assert "Pace" not in panel_html(coaching, "en", 21.0)


def test_with_voice_answers_there_is_one_microphone(settings: Settings) -> None:
    from ui.voice import VoiceService

    engine = make_engine(settings, ScriptedRoleModel())
    for voice, expected in ((None, ["microphone"]), (VoiceService(settings), ["voice-answer"])):
        app = create_app(engine, behavior=CountingCoach, voice=voice)
        microphones = [b.elem_id for b in app.blocks.values() if isinstance(b, gr.Audio) and b.streaming]
        assert microphones == expected


def test_with_the_voice_answer_as_the_capture_typing_raises_no_microphone_reminder() -> None:
    coaching = copy.deepcopy(Coaching(SilentMicCoach, voice_capture=True))
    coaching.on_frame(FRAME, 1.0)  # not recording: the candidate types, the microphone is closed on purpose
    assert "check your microphone" not in panel_html(coaching, "en", 1.0) and coaching.seen_most("en") == []
    coaching.set_listening(True)
    coaching.on_frame(FRAME, 2.0)  # recording, nothing heard yet: the reminder may be right
    assert "check your microphone" in panel_html(coaching, "en", 2.0)
