"""The behaviour tool: windows of an answer -> five scores, the top reminders and per-modality summaries.

``BehaviorTool`` implements the graph's ``BehaviorAnalyzer`` protocol (``analyze`` -> five scores) and gives the
richer result through ``analyze_detailed``; ``analyze_behavior`` is the same as a LangChain tool. A window is either
features (``schema.Window`` keys: emotion, pose, gaze, scene, voice, prosody) or raw media (``frames`` with optional
``frame_times`` and ``bgr``, ``audio`` with ``sample_rate``), which the extractors turn into features. Nothing is
loaded until the first call; without a checkpoint the rule engine answers (``source: "rules"``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tools.behavior.labeller import SCORES, Labels, label
from tools.behavior.schema import Window
from tools.behavior.taxonomy import REMINDERS

log = logging.getLogger(__name__)
SHIPPED_CHECKPOINT = Path(__file__).resolve().parent / "checkpoint"
RAW_KEYS = ("frames", "audio")


class BehaviorTool:
    """Five behaviour scores (0-100) and coaching reminders from the windows recorded during an answer."""

    def __init__(self, checkpoint: Path | str | None = SHIPPED_CHECKPOINT, emotion_backend: str = "fer",
                 top_k: int = 3):
        """``checkpoint``: a folder with behavior.safetensors + config.json (default: the shipped one); None
        means rules only. ``emotion_backend``: 'fer' (offline) or 'deepface' (needs its weights), for raw frames."""
        self.checkpoint = Path(checkpoint) if checkpoint is not None else None
        self.emotion_backend = emotion_backend
        self.top_k = top_k
        self._model: Any = None
        self._model_failed = False
        self._analyzer: Any = None
        self._voice: Any = None
        self._lock = threading.Lock()

    # --- the graph's protocol ------------------------------------------------------------------------------------

    def analyze(self, windows: Sequence[Mapping[str, Any]]) -> dict[str, float]:
        """Five scores 0-100 (language, composure, body_language, focus, overall) over the answer's windows."""
        return dict(self.analyze_detailed(windows)["scores"])

    # --- the richer result ---------------------------------------------------------------------------------------

    def analyze_detailed(self, windows: Sequence[Mapping[str, Any] | Window] | Mapping[str, Any]) -> dict[str, Any]:
        """Scores, top reminders (English and Chinese) with probabilities, per-modality summaries, and the rule
        engine's own scores beside the model's. Bad or empty input gives a defined result, never an exception."""
        items: list[Any] = [windows] if isinstance(windows, Mapping) else list(windows or [])
        ws = [self.window(item) for item in items] or [Window.empty()]
        labels = [label(w) for w in ws]
        scores, probs, source = self.predict(ws, labels)
        mean_scores = scores.mean(axis=0)
        mean_probs = probs.mean(axis=0)
        order = np.argsort(-mean_probs, kind="stable")[: self.top_k]
        return {
            "scores": {k: round(float(v), 1) for k, v in zip(SCORES, mean_scores, strict=True)},
            "reminders": [{"key": REMINDERS[i].key, "group": REMINDERS[i].group, "probability": round(float(
                mean_probs[i]), 3), "en": REMINDERS[i].en, "zh": REMINDERS[i].zh} for i in order],
            "modalities": _merge([lab.summary.by_modality() for lab in labels]),
            "rule_scores": {k: round(float(np.mean([lab.scores[k] for lab in labels])), 1) for k in SCORES},
            "rule_reminders": [REMINDERS[labels[0].primary].key] if len(labels) == 1 else sorted(
                {REMINDERS[lab.primary].key for lab in labels}),
            "windows": len(items),
            "source": source,
        }

    def predict(self, windows: Sequence[Window], labels: Sequence[Labels] | None = None) -> tuple[
            np.ndarray, np.ndarray, str]:
        """(N, 5) scores, (N, 30) reminder probabilities, and whether they came from the 'model' or the 'rules'."""
        model = self._load_model()
        if model is not None:
            from tools.behavior.train import predict

            scores, probs = predict(model, list(windows))
            return scores, probs, "model"
        labels = labels or [label(w) for w in windows]
        return (np.array([[lab.scores[k] for k in SCORES] for lab in labels], np.float32),
                np.array([lab.target() for lab in labels], np.float32), "rules")

    def window(self, item: Mapping[str, Any] | Window | Any) -> Window:
        """Features or raw media -> a sanitised Window (anything unusable becomes 'not observed')."""
        if isinstance(item, Window):
            return item
        if not isinstance(item, Mapping):
            return Window.empty()
        if not any(k in item for k in RAW_KEYS):
            return Window.from_mapping(item)
        from tools.behavior.extract import FrameAnalyzer, window_from_media
        from tools.behavior.voice import VoiceExtractor

        with self._lock:
            if self._analyzer is None:
                self._analyzer, self._voice = FrameAnalyzer(self.emotion_backend, static=True), VoiceExtractor()
            frames = item.get("frames")
            frames = list(frames) if isinstance(frames, list | tuple | np.ndarray) else None
            try:
                rate = float(item.get("sample_rate", 16_000))
            except (TypeError, ValueError):
                rate = 0.0
            times = item.get("frame_times")
            raw = window_from_media(frames, item.get("audio"), rate, times if isinstance(times, list | tuple) else None,
                                    self._analyzer, self._voice, bool(item.get("bgr", False)))
        features = {k: v for k, v in item.items() if k not in (*RAW_KEYS, "frame_times", "sample_rate", "bgr")}
        return Window.from_mapping({**raw.stack(), **features}) if features else raw

    def _load_model(self) -> Any:
        if self._model is not None or self._model_failed or self.checkpoint is None:
            return self._model
        with self._lock:
            if self._model is None and not self._model_failed:
                from tools.behavior.model import load_checkpoint

                try:
                    self._model = load_checkpoint(self.checkpoint)
                except (OSError, ValueError, KeyError, RuntimeError) as err:
                    self._model_failed = True
                    log.warning("behaviour checkpoint %s unusable (%s): using the rule engine", self.checkpoint, err)
        return self._model


def _merge(summaries: list[dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Per-modality summaries of several windows: numbers averaged (ignoring missing), flags any-of."""
    def combine(values: list[Any]) -> Any:
        present = [v for v in values if v is not None]
        if not present:
            return None
        if isinstance(present[0], bool):
            return any(present)
        if isinstance(present[0], int | float):
            return round(float(np.mean(present)), 4)
        if isinstance(present[0], dict):
            return {k: combine([p.get(k) for p in present]) for k in present[0]}
        return present[0]

    return {g: {k: combine([s[g][k] for s in summaries]) for k in summaries[0][g]} for g in summaries[0]}


_default_tool: BehaviorTool | None = None


def default_tool() -> BehaviorTool:
    """The process-wide tool with the shipped checkpoint (created on first use)."""
    global _default_tool
    if _default_tool is None:
        _default_tool = BehaviorTool()
    return _default_tool


def make_analyze_behavior_tool(behavior: BehaviorTool | None = None) -> Any:
    """The LangChain tool ``analyze_behavior`` bound to ``behavior`` (default: the shipped model)."""
    from langchain_core.tools import StructuredTool

    def analyze_behavior(windows: list[dict[str, Any]]) -> dict[str, Any]:
        """Analyse the candidate's behaviour over the 10-second windows recorded during one answer.

        Each window holds features (emotion 5x7, pose 5x99, gaze 5x5, scene 5x3, voice log-Mel 80, prosody 11) or raw
        media (frames, audio, sample_rate). Returns five scores 0-100 (language, composure, body_language, focus,
        overall), the top coaching reminders with probabilities in English and Chinese, and per-modality summaries.
        """
        return (behavior or default_tool()).analyze_detailed(windows)

    return StructuredTool.from_function(analyze_behavior)


analyze_behavior = make_analyze_behavior_tool()
