"""Questions read aloud: piper's CC0 voice when installed, espeak-ng otherwise and for Chinese."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from tools.speech.tts import Speaker, SpeechUnavailable

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")


@needs_espeak
def test_espeak_speaks_english_and_chinese() -> None:
    speaker = Speaker("espeak-ng")
    en = speaker.say("Tell me about a project you are proud of?")
    zh = speaker.say("请介绍一个你最自豪的项目。", language="zh")
    for s in (en, zh):
        assert s.backend == "espeak-ng" and s.samples.dtype == np.float32 and 1.0 < s.seconds < 10.0
        assert 0.05 < np.abs(s.samples).max() <= 1.0
    assert speaker.say("Hello there.", rate=1.5).seconds < speaker.say("Hello there.", rate=0.7).seconds


@needs_espeak
def test_bad_requests_are_refused() -> None:
    speaker = Speaker("espeak-ng")
    with pytest.raises(ValueError, match="empty"):
        speaker.say("  ")
    with pytest.raises(ValueError, match="rate"):
        speaker.say("hi", rate=5)
    with pytest.raises(SpeechUnavailable, match="'fr'"):
        speaker.say("bonjour", language="fr")


@pytest.mark.slow
def test_piper_speaks_english_and_hands_chinese_to_espeak() -> None:
    pytest.importorskip("piper")
    speaker = Speaker()
    s = speaker.say("Tell me about a project you are proud of?")
    assert s.backend == "piper" and s.sample_rate == 22050 and 1.0 < s.seconds < 6.0
    assert speaker.backend("zh") == "espeak-ng"
