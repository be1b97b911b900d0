"""Performance of the behaviour tool on real media: ``mockinterview bench behavior``.

Per-extractor milliseconds per frame (median) at 640x480 on Megamind.avi (the astronaut photo with motion when the
clip is absent), voice milliseconds per second of espeak-ng speech, end-to-end frames per second of the realtime
aggregator with all four modalities on their schedule plus audio and a model estimate every second, model
milliseconds per window, a live run at 30 FPS on the worker thread (frames dropped, estimates per second), and the
process's peak RSS. The load average is recorded: the machines are shared and timings move with it.
"""

from __future__ import annotations

import os
import resource
import time
from pathlib import Path
from typing import Any

import numpy as np


def _frames(limit: int, log: Any) -> tuple[list[np.ndarray], str]:
    from tools.behavior.data import move, place
    from tools.behavior.media import MediaUnavailable, astronaut, megamind_path, read_video

    try:
        frames, _ = read_video(megamind_path(), (640, 480), limit=limit)
        return frames, "Megamind.avi (opencv-doc), 640x480"
    except MediaUnavailable as err:
        log(f"{err}\nusing the astronaut photo with motion instead")
        base = place(astronaut())
        rng = np.random.default_rng(0)
        frames = [move(base, rng.uniform(-8, 8), rng.uniform(-8, 8), rng.uniform(-2, 2)) for _ in range(limit)]
        return frames, "astronaut with motion, 640x480"


def _speech(seconds: float) -> tuple[np.ndarray, int]:
    from tools.behavior.data import TRAIN_TEXTS
    from tools.behavior.media import espeak, espeak_available
    from tools.behavior.voice import to_mono_16k

    if not espeak_available():
        rng = np.random.default_rng(0)
        return (0.1 * rng.standard_normal(int(seconds * 16_000))).astype(np.float32), 16_000
    one = to_mono_16k(*espeak(" ".join(TRAIN_TEXTS[:3])))  # synthesised once, repeated to length
    n = int(seconds * 16_000)
    return np.tile(one, -(-n // len(one)))[:n], 16_000


def _median(values: Any) -> float:
    values = list(values)
    return round(float(np.median(values)), 2) if values else float("nan")


def bench_behavior(seconds: float = 20.0, fps: float = 30.0, checkpoint: Path | str | None = None,
                   live_seconds: float = 4.0, log: Any = None) -> dict[str, Any]:
    """Measure; returns a dict for ``format_behavior_bench``. Takes about ``seconds`` + 30 s on 2 cores."""
    import psutil
    import torch

    from tools.behavior.extract import FrameAnalyzer
    from tools.behavior.realtime import RealtimeAggregator
    from tools.behavior.schema import Window
    from tools.behavior.tool import SHIPPED_CHECKPOINT, BehaviorTool
    from tools.behavior.voice import VoiceExtractor

    say = log or (lambda _m: None)
    torch.set_num_threads(1)
    load_before = os.getloadavg()
    rss_start = psutil.Process().memory_info().rss / 2**20
    frames, source = _frames(60, say)  # cycled: 2 s of video, 55 MB
    audio, sr = _speech(10.0)
    out: dict[str, Any] = {"media": source, "cpu_count": os.cpu_count(), "torch_threads": 1}

    # 1. Each extractor on every frame (video mode), after a warm-up.
    analyzer = FrameAnalyzer(static=False)
    for frame in frames[:5]:
        analyzer(frame)
    analyzer.timings.clear()
    for frame in frames + frames[:30]:
        analyzer(frame)
    out["extractor_ms_per_frame"] = {name: _median(v) for name, v in analyzer.timings.items()}
    voice = VoiceExtractor()
    voice.frames(audio[:8000])  # warm-up
    hop = 8000
    times = []
    for i in range(0, len(audio) - hop + 1, hop):
        start = time.perf_counter()
        voice.frames(audio[i:i + hop])
        times.append((time.perf_counter() - start) * 1000 / (hop / sr))
    out["voice_ms_per_audio_second"] = _median(times)

    # 2. Model per window.
    tool = BehaviorTool(checkpoint if checkpoint is not None else SHIPPED_CHECKPOINT)
    model = tool._load_model()
    if model is not None:
        from tools.behavior.train import to_batch

        batch = to_batch([Window.empty()])
        with torch.inference_mode():
            for _ in range(10):
                model(batch)
            ms = []
            for _ in range(200):
                start = time.perf_counter()
                model(batch)
                ms.append((time.perf_counter() - start) * 1000)
        out["model_ms_per_window"] = _median(ms)
        out["model_params"] = model.num_params()
    else:
        out["model_ms_per_window"] = None

    # 3. End to end: the aggregator over `seconds` of 640x480 video at `fps`, with audio, as fast as it can go.
    agg = RealtimeAggregator(tool, live=False, threads=1, analyzer=analyzer)  # one set of MediaPipe graphs
    chunk = int(sr / fps)
    warm = int(fps)  # the first second builds MediaPipe's graphs: not timed
    for i in range(warm):
        agg.push_frame(frames[i % len(frames)], i / fps)
    for counter in ("frames", "analysed", "estimates"):
        agg.stats[counter] = 0
    agg.stats["runs"] = dict.fromkeys(agg.stats["runs"], 0)
    n = int(seconds * fps)
    lat = []
    start = time.perf_counter()
    for i in range(warm, warm + n):
        t = i / fps
        f0 = time.perf_counter()
        a = (i * chunk) % (len(audio) - chunk)
        agg.push_audio(audio[a:a + chunk], sr, t)
        agg.push_frame(frames[i % len(frames)], t)
        lat.append((time.perf_counter() - f0) * 1000)
    wall = time.perf_counter() - start
    out["end_to_end"] = {
        "frames": n, "stream_seconds": seconds, "wall_seconds": round(wall, 2), "fps": round(n / wall, 1),
        "frame_ms_median": _median(lat), "frame_ms_p95": round(float(np.percentile(lat, 95)), 2),
        "frame_ms_max": round(float(np.max(lat)), 2), "estimates": agg.stats["estimates"],
        "runs_per_second": {m: round(runs / seconds, 1) for m, runs in agg.stats["runs"].items()},
    }

    # 4. Live: 30 FPS in real time on the worker thread; frames that cannot be taken in time are dropped.
    live = RealtimeAggregator(tool, live=True, threads=1, analyzer=analyzer)
    with live:
        start = time.perf_counter()
        i = 0
        while time.perf_counter() - start < live_seconds:
            live.submit_frame(frames[i % len(frames)])
            live.submit_audio(audio[(i * chunk) % (len(audio) - chunk):][:chunk], sr)
            i += 1
            time.sleep(max(0.0, start + i / fps - time.perf_counter()))
    out["live"] = {"seconds": live_seconds, "submitted": i, "dropped": live.stats["dropped"],
                   "analysed": live.stats["analysed"], "estimates": live.stats["estimates"],
                   "estimates_per_second": round(live.stats["estimates"] / live_seconds, 2)}
    analyzer.close()
    out["rss_at_start_mb"] = round(rss_start, 1)  # what the process held before the tool (torch, the CLI, ...)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["load_average"] = {"before": [round(x, 2) for x in load_before],
                           "after": [round(x, 2) for x in os.getloadavg()]}
    return out


def format_behavior_bench(d: dict[str, Any]) -> str:
    e2e, live = d.get("end_to_end", {}), d.get("live", {})
    lines = [f"behaviour tool on {d.get('media')} ({d.get('cpu_count')} CPUs, torch threads {d.get('torch_threads')})",
             "", "extractor            ms/frame (median, every frame)"]
    for name, ms in d.get("extractor_ms_per_frame", {}).items():
        lines.append(f"  {name:18s} {ms:8.2f}")
    lines += [
        f"  {'voice':18s} {d.get('voice_ms_per_audio_second')} ms per second of audio",
        f"model                {d.get('model_ms_per_window')} ms per window ({d.get('model_params')} parameters)",
        f"end to end           {e2e.get('fps')} FPS at 640x480 ({e2e.get('frames')} frames, all four modalities on "
        f"their schedule + audio + an estimate every second); per frame median {e2e.get('frame_ms_median')} ms, "
        f"p95 {e2e.get('frame_ms_p95')} ms, max {e2e.get('frame_ms_max')} ms",
        f"schedule             runs per second: {e2e.get('runs_per_second')}",
        f"live 30 FPS          {live.get('submitted')} frames in {live.get('seconds')} s: {live.get('analysed')} "
        f"analysed, {live.get('dropped')} dropped, {live.get('estimates_per_second')} estimates/s",
        f"peak RSS             {d.get('peak_rss_mb')} MB for the whole process ({d.get('rss_at_start_mb')} MB "
        "before the tool started; includes 55 MB of test frames)",
        f"load average         before {d.get('load_average', {}).get('before')}, "
        f"after {d.get('load_average', {}).get('after')}",
    ]
    return "\n".join(lines)
