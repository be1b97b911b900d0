"""``mockinterview bench speech``: real-time factor, end-of-answer latency and WER on the project's test speech.

Test speech is composed from known sentences (``testspeech.py``) at 10, 30 and 60 s. Per length and repeat:
- offline: the whole clip transcribed at once; real-time factor = transcription time / audio length;
- streaming: the clip fed in ``chunk_s`` chunks at real-time pace (sleeping between chunks, as a microphone would
  deliver them); end-of-answer latency = time from the last chunk (the end of the audio, 0.3 s after the end of
  speech) to the final transcript.
WER is measured on both transcripts against the known text. Medians over the repeats; the load average is reported
because the machine may be shared.
"""

from __future__ import annotations

import os
import statistics
import time
from typing import Any

import numpy as np

from tools.speech.audio import SAMPLE_RATE
from tools.speech.stream import StreamingTranscriber, VadSettings
from tools.speech.stt import Transcriber
from tools.speech.testspeech import compose, silence, wer
from tools.speech.tts import Speaker


def stream_in_real_time(stream: StreamingTranscriber, audio: np.ndarray, chunk_s: float) -> tuple[str, float]:
    """Feed ``audio`` paced like a microphone; return (final transcript, seconds from the last chunk to it)."""
    step = int(chunk_s * SAMPLE_RATE)
    t0 = time.perf_counter()
    for i in range(0, len(audio), step):
        due = t0 + (i + step) / SAMPLE_RATE  # a chunk arrives once it has been recorded
        wait = due - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        stream.feed(audio[i:i + step], SAMPLE_RATE)
    t_end = time.perf_counter()
    answer = stream.finish()
    return answer.transcript.text, time.perf_counter() - t_end


def bench_speech(*, model: str = "tiny.en", lengths: tuple[float, ...] = (10.0, 30.0, 60.0), repeats: int = 3,
                 chunk_s: float = 0.5, threads: int = 2, beam_size: int = 5,
                 vad: VadSettings | None = None) -> dict[str, Any]:
    speaker = Speaker()
    t0 = time.perf_counter()
    transcriber = Transcriber(model, threads=threads, beam_size=beam_size)
    load_s = time.perf_counter() - t0
    stream = StreamingTranscriber(transcriber, vad=None, settings=vad)
    rows = []
    try:
        for length in lengths:
            speech, reference = compose(speaker, length)
            audio = np.concatenate([silence(0.5), speech, silence(0.3)])
            rtf, latency, wer_offline, wer_stream = [], [], [], []
            for _ in range(repeats):
                t = time.perf_counter()
                text = transcriber.transcribe(audio, SAMPLE_RATE).text
                rtf.append((time.perf_counter() - t) / (len(audio) / SAMPLE_RATE))
                wer_offline.append(wer(reference, text))
                text, seconds = stream_in_real_time(stream, audio, chunk_s)
                latency.append(seconds)
                wer_stream.append(wer(reference, text))
            rows.append({"target_s": length, "audio_s": round(len(audio) / SAMPLE_RATE, 1),
                         "words": len(reference.split()), "rtf": statistics.median(rtf),
                         "latency_s": statistics.median(latency), "latency_max_s": max(latency),
                         "wer_offline": statistics.median(wer_offline), "wer_stream": statistics.median(wer_stream)})
    finally:
        stream.close()
    return {"model": model, "threads": threads, "beam_size": beam_size, "repeats": repeats, "chunk_s": chunk_s,
            "load_s": load_s, "tts": speaker.backend("en"), "cpus": os.cpu_count(), "load_avg": os.getloadavg(),
            "rows": rows}


def format_speech_bench(r: dict[str, Any]) -> str:
    lines = [
        f"Whisper {r['model']} int8, {r['threads']} threads, beam {r['beam_size']}; test speech by {r['tts']}; "
        f"model loaded in {r['load_s']:.1f} s; medians of {r['repeats']}; chunks of {r['chunk_s']} s in real time",
        f"{'audio s':>8}{'words':>7}{'RTF':>7}{'latency s':>11}{'max s':>7}{'WER offline':>13}{'WER stream':>12}",
    ]
    for row in r["rows"]:
        lines.append(f"{row['audio_s']:>8.1f}{row['words']:>7}{row['rtf']:>7.3f}{row['latency_s']:>11.2f}"
                     f"{row['latency_max_s']:>7.2f}{row['wer_offline']:>13.1%}{row['wer_stream']:>12.1%}")
    la = r["load_avg"]
    lines.append(f"machine: {r['cpus']} CPUs, load average {la[0]:.2f} / {la[1]:.2f} / {la[2]:.2f} (1/5/15 min) "
                 "at the end")
    return "\n".join(lines)
