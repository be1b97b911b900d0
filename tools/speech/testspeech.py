"""The project's English test speech: known interview-answer sentences spoken by piper (or espeak-ng), and WER.

Generated on demand, never committed: the text is the reference, so the word error rate needs no annotation. The
sentences avoid digits and names whose spelling Whisper may legitimately vary.
"""

from __future__ import annotations

import re
import wave
from pathlib import Path

import numpy as np

from tools.speech.audio import SAMPLE_RATE, to_16k
from tools.speech.delivery import sound_filler
from tools.speech.tts import Speaker

SENTENCES = (
    "In my last role I led the migration of our billing service from a single server to a cluster of containers.",
    "The hardest part was moving the data without stopping the payments that customers made every minute.",
    "We wrote a small tool that copied each table twice and compared the results before we switched over.",
    "When the numbers did not match, the tool stopped and sent a message to the person on call.",
    "I learned that careful testing saves more time than it costs, even when the deadline is close.",
    "Our team also cut the time it took to release new code from two days to less than an hour.",
    "I worked closely with the product manager to decide which features could wait until the next quarter.",
    "If I did the project again, I would write the plan down earlier and share it with the whole company.",
    "Another thing I am proud of is the way we helped new engineers learn the system in their first week.",
    "We paired each new person with a mentor and gave them a real but safe task on their first day.",
    "Most of them shipped a change to production before the end of that week, which built their confidence.",
    "Looking back, the most valuable skill I practised was explaining technical risks in plain language.",
)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), np.float32)


def save_microphone_wav(path: Path, audio16k: np.ndarray, rate: int = 48000) -> Path:
    """16 kHz float audio as the 16-bit WAV at a browser microphone's rate that Chromium's fake microphone plays."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.repeat(audio16k, rate // SAMPLE_RATE) * 32767).astype("<i2").tobytes())
    return path


def compose(speaker: Speaker, seconds: float, *, gap_s: float = 0.3, rate: float = 0.8) -> tuple[np.ndarray, str]:
    """Sentences spoken one after another (cycling) until ``seconds`` is reached -> (16 kHz audio, its text).

    ``rate`` 0.8 slows piper's joe voice to about 175 words per minute (pauses included).
    """
    parts: list[np.ndarray] = []
    texts: list[str] = []
    total, i = 0.0, 0
    while total < seconds:
        sentence = SENTENCES[i % len(SENTENCES)]
        speech = speaker.say(sentence, rate=rate)
        audio = to_16k(speech.samples, speech.sample_rate)
        parts += [audio, silence(gap_s)]
        texts.append(sentence)
        total += (len(audio) / SAMPLE_RATE) + gap_s
        i += 1
    return np.concatenate(parts), " ".join(texts)


def normalize(text: str) -> list[str]:
    """Lower case, no punctuation, hyphens split, filler sounds dropped (the reference has none)."""
    words = re.sub(r"[^\w' ]+", " ", text.lower().replace("-", " ")).split()
    return [w for w in words if not sound_filler(w)]


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate: (substitutions + deletions + insertions) / reference words, by edit distance."""
    ref, hyp = normalize(reference), normalize(hypothesis)
    if not ref:
        raise ValueError("the reference has no words")
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1] / len(ref)
