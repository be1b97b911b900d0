"""Voice: 80-bin log-Mel and prosody (pitch, level, pace, pauses, clipping, hesitation) from any audio.

Audio is first normalised to 16 kHz mono float (any rate, int or float samples, stereo in either layout, NaN). The
work is split in two so that the realtime path is incremental: ``frames`` turns a chunk into per-10-ms frames (the
costly part, a few ms per second of audio), ``summarize`` turns the frames of a 10-second window into the window's
features (cheap). The mel filter bank and the pitch tracker are librosa's (Slaney mel; ``librosa.yin``, not pyin,
which is 30x slower) re-written in numpy: importing librosa pulls numba, which alone adds ~175 MB to the process
and a 30-s first compile. ``tests/test_behavior_extractors.py`` checks both against librosa.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import gcd
from typing import Any

import numpy as np

from tools.behavior.schema import N_MELS, PROSODY

SR = 16_000
HOP = 160  # 10 ms
N_FFT = 512  # 32 ms
YIN_FRAME = 1024
FMIN, FMAX = 70.0, 400.0
SILENCE_FLOOR_DB = -70.0  # frames quieter than this are never speech
RELATIVE_SILENCE_DB = 25.0  # ... nor frames this far below the loud end of the window
MIN_DYNAMICS_DB = 12.0  # a window whose loud and quiet ends differ less is steady noise (or silence), not speech
LONG_PAUSE_S = 1.5
HELD_MIN_S = 0.4  # a stretch of sound this long whose spectrum barely changes reads as a held "uhhh" / "ummm"
HELD_MAX_FLUX_DB = 2.5
CLIP_LEVEL = 0.99


def to_mono_16k(audio: Any, sample_rate: float) -> np.ndarray:
    """Any samples (int/float, mono, (n, ch) or (ch, n), NaN) at any rate -> finite float32 mono at 16 kHz.

    An empty or unusable input (no samples, a rate that is not a positive number) gives an empty array.
    """
    try:
        x = np.asarray(audio)
        rate = float(sample_rate)
    except (TypeError, ValueError):
        return np.zeros(0, np.float32)
    if x.size == 0 or not np.isfinite(rate) or rate < 1000 or x.dtype.kind not in "iufb":
        return np.zeros(0, np.float32)
    if x.dtype.kind in "iu":
        info = np.iinfo(x.dtype)
        x = (x.astype(np.float64) - (info.max + 1 + info.min) / 2) / (info.max + 1 - (info.max + 1 + info.min) / 2)
    x = x.astype(np.float64)
    if x.ndim == 2:
        x = x.mean(axis=0) if x.shape[0] < x.shape[1] and x.shape[0] <= 8 else x.mean(axis=1)
    x = np.nan_to_num(x.reshape(-1), nan=0.0, posinf=1.0, neginf=-1.0)
    rate_i = int(round(rate))
    if rate_i != SR:
        from scipy.signal import resample_poly

        g = gcd(SR, rate_i)
        clipped = np.abs(x) >= CLIP_LEVEL
        x = resample_poly(x, SR // g, rate_i // g)
        if clipped.mean() > 0:  # keep clipping visible: resampling rings around the flat tops
            x = np.clip(x, -1.0, 1.0)
    return x.astype(np.float32)


@dataclass
class VoiceFrames:
    """Per-10-ms frames of one stretch of audio."""

    mel_db: np.ndarray = field(default_factory=lambda: np.zeros((0, N_MELS), np.float32))  # (n, 80) dBFS
    rms_db: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))  # (n,)
    f0: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))  # (n,) Hz
    band_db: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))  # (n,) 300-3000 Hz energy, dB
    flux: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))  # (n,) mean |change| of mel_db, dB
    clipped: int = 0
    samples: int = 0

    def __len__(self) -> int:
        return len(self.rms_db)

    @staticmethod
    def concat(parts: list[VoiceFrames]) -> VoiceFrames:
        if not parts:
            return VoiceFrames()
        return VoiceFrames(
            np.concatenate([p.mel_db for p in parts]), np.concatenate([p.rms_db for p in parts]),
            np.concatenate([p.f0 for p in parts]), np.concatenate([p.band_db for p in parts]),
            np.concatenate([p.flux for p in parts]),
            sum(p.clipped for p in parts), sum(p.samples for p in parts))


class VoiceExtractor:
    """16 kHz mono audio -> frames -> (log-Mel 80, prosody 11) for a window."""

    def __init__(self) -> None:
        self._mel_basis = mel_basis()  # (80, 257)
        centres = mel_frequencies(N_MELS + 2)[1:-1]
        self._band = (centres > 300) & (centres < 3000)  # where syllable nuclei carry their energy
        self._window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)  # periodic Hann

    def frames(self, x: np.ndarray) -> VoiceFrames:
        """Frames of a 16 kHz mono float chunk (``to_mono_16k`` output); one frame per 160 samples."""
        x = np.asarray(x, np.float32).reshape(-1)
        n = len(x) // HOP
        if n == 0:
            return VoiceFrames(clipped=int((np.abs(x) >= CLIP_LEVEL).sum()), samples=len(x))
        # Pad so that frame i covers samples [i*HOP, i*HOP + N_FFT) and there are exactly n frames.
        padded = np.concatenate([x, np.zeros(YIN_FRAME, np.float32)])
        frames = _frame(padded[: (n - 1) * HOP + N_FFT], N_FFT)  # (n, 512)
        spec = np.abs(np.fft.rfft(frames * self._window, axis=1)) ** 2  # (n, 257)
        mel = spec @ self._mel_basis.T  # (n, 80)
        mel_db = 10.0 * np.log10(mel / (N_FFT / 2) ** 2 * 4 + 1e-10)  # 0 dB ~ a full-scale sine
        rms_db = 20.0 * np.log10(np.sqrt((frames.astype(np.float64) ** 2).mean(axis=1)) * np.sqrt(2) + 1e-10)
        f0 = yin(padded[: (n - 1) * HOP + YIN_FRAME], FMIN, FMAX)[:n]
        band = 10.0 * np.log10(mel[:, self._band].mean(axis=1) / (N_FFT / 2) ** 2 * 4 + 1e-10)
        flux = np.abs(np.diff(mel_db, axis=0, prepend=mel_db[:1])).mean(axis=1)
        return VoiceFrames(mel_db.astype(np.float32), rms_db.astype(np.float32), f0.astype(np.float32),
                           band.astype(np.float32), flux.astype(np.float32), int((np.abs(x) >= CLIP_LEVEL).sum()),
                           len(x))

    def summarize(self, fr: VoiceFrames, expected_s: float = 10.0) -> tuple[np.ndarray, np.ndarray]:
        """(80,) mean log-Mel dBFS and (11,) prosody in ``PROSODY`` order; all NaN when there is no audio."""
        if len(fr) < 10:
            return np.full(N_MELS, np.nan, np.float32), np.full(len(PROSODY), np.nan, np.float32)
        rms = np.clip(fr.rms_db, -120.0, 6.0)
        loud, quiet = float(np.percentile(rms, 95)), float(np.percentile(rms, 10))
        active = rms > max(SILENCE_FLOOR_DB, loud - RELATIVE_SILENCE_DB)
        if loud - quiet < MIN_DYNAMICS_DB:
            active[:] = False
        level = float(np.percentile(rms[active], 90)) if active.any() else float(np.percentile(rms, 90))
        semis = 12.0 * np.log2(np.maximum(fr.f0, 1.0) / 100.0)
        steady = np.zeros(len(fr), bool)  # yin always answers; a voiced frame's pitch agrees with a neighbour's
        steady[1:] |= np.abs(np.diff(semis)) < 1.0
        steady[:-1] |= np.abs(np.diff(semis)) < 1.0
        voiced = active & (fr.f0 > FMIN * 1.05) & (fr.f0 < FMAX * 0.95) & steady
        enough = voiced.sum() >= 10
        active_s = max(active.sum() * HOP / SR, 1.0)
        prosody = np.array([
            float(np.median(fr.f0[voiced])) if enough else 0.0,
            float(np.std(semis[voiced])) if enough else 0.0,
            max(level, -100.0),
            _syllables(fr.band_db, active) / active_s,
            1.0 - active.mean(),
            _runs(~active, int(LONG_PAUSE_S * SR / HOP)).mean(),
            voiced.mean(),
            fr.clipped / max(fr.samples, 1),
            _held(fr.flux, active).mean(),
            float(np.median(fr.flux[active])) if active.any() else 0.0,
            min(fr.samples / SR / expected_s, 1.0),
        ], np.float32)
        return fr.mel_db.mean(axis=0).astype(np.float32), prosody

    def __call__(self, audio: Any, sample_rate: float, expected_s: float = 10.0) -> tuple[np.ndarray, np.ndarray]:
        return self.summarize(self.frames(to_mono_16k(audio, sample_rate)), expected_s)


def _frame(x: np.ndarray, length: int) -> np.ndarray:
    """(n, length) overlapping frames HOP apart (a view)."""
    return np.lib.stride_tricks.sliding_window_view(x, length)[::HOP]


def _hz_to_mel(f: np.ndarray) -> np.ndarray:
    """Slaney's mel scale (librosa's default): linear to 1 kHz, logarithmic above."""
    f = np.asarray(f, np.float64)
    mel = f / (200.0 / 3)
    log = f >= 1000.0
    return np.where(log, 15.0 + np.log(np.maximum(f, 1e-10) / 1000.0) / (np.log(6.4) / 27.0), mel)


def _mel_to_hz(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, np.float64)
    return np.where(m >= 15.0, 1000.0 * np.exp(np.log(6.4) / 27.0 * (m - 15.0)), m * (200.0 / 3))


def mel_frequencies(n: int) -> np.ndarray:
    """``n`` mel-spaced frequencies from 0 Hz to Nyquist (as ``librosa.mel_frequencies``)."""
    return _mel_to_hz(np.linspace(_hz_to_mel(np.array(0.0)), _hz_to_mel(np.array(SR / 2)), n))


def mel_basis() -> np.ndarray:
    """(80, 257) Slaney-normalised triangular filters, the same matrix as ``librosa.filters.mel(sr=16000,
    n_fft=512, n_mels=80)`` (a test checks it), without importing librosa (numba alone adds ~175 MB of RSS)."""
    fft_freqs = np.fft.rfftfreq(N_FFT, 1.0 / SR)
    mel_f = mel_frequencies(N_MELS + 2)
    fdiff = np.diff(mel_f)
    ramps = np.subtract.outer(mel_f, fft_freqs)
    lower = -ramps[:-2] / fdiff[:-1, None]
    upper = ramps[2:] / fdiff[1:, None]
    weights = np.maximum(0.0, np.minimum(lower, upper)) * (2.0 / (mel_f[2:] - mel_f[:-2]))[:, None]
    return weights.astype(np.float32)


def yin(x: np.ndarray, fmin: float, fmax: float) -> np.ndarray:
    """f0 (Hz) per frame of YIN_FRAME samples, HOP apart, as ``librosa.yin(..., center=False)`` computes it
    (cumulative mean normalised difference, absolute threshold 0.1, parabolic refinement), in numpy."""
    from scipy.fft import irfft, next_fast_len, rfft

    frames = _frame(np.asarray(x, np.float64), YIN_FRAME).T  # (YIN_FRAME, n)
    min_period = int(np.floor(SR / fmax))
    max_period = min(int(np.ceil(SR / fmin)), YIN_FRAME - 1)
    n_pad = next_fast_len(2 * YIN_FRAME - 1, real=True)
    acf = irfft(np.abs(rfft(frames, n=n_pad, axis=0)) ** 2, n=n_pad, axis=0)[: max_period + 1]
    energy = np.cumsum(frames**2, axis=0)
    diff = np.zeros((max_period + 1, frames.shape[1]))
    diff[1:] = 2 * (acf[:1] - acf[1:]) - energy[:max_period]
    numerator = diff[min_period:]
    cumulative = np.cumsum(diff[1:], axis=0) / np.arange(1, max_period + 1)[:, None]
    d = numerator / (cumulative[min_period - 1:] + np.finfo(np.float64).tiny)  # (periods, n)
    # parabolic shifts (0 at the edges and where the optimum would move by more than a bin)
    a = d[2:] + d[:-2] - 2 * d[1:-1]
    b = (d[2:] - d[:-2]) / 2
    shifts = np.zeros_like(d)
    with np.errstate(divide="ignore", invalid="ignore"):
        shifts[1:-1] = np.where(np.abs(b) >= np.abs(a), 0.0, -b / a)
    trough = np.zeros_like(d, dtype=bool)
    trough[1:-1] = (d[1:-1] < d[:-2]) & (d[1:-1] <= d[2:])
    trough[-1] = d[-1] < d[-2]
    trough[0] = d[0] < d[1]
    below = trough & (d < 0.1)
    period = np.where(below.any(axis=0), np.argmax(below, axis=0), np.argmin(d, axis=0))
    refined = min_period + period + np.take_along_axis(shifts, period[None], axis=0)[0]
    return np.asarray(SR / refined)


def _syllables(band_db: np.ndarray, active: np.ndarray) -> int:
    """Syllable nuclei: peaks of the smoothed 300-3000 Hz energy, >= 3 dB prominent, >= 60 ms apart, in speech.

    On espeak-ng English this reads 3.7/s at 90 wpm, 6.0/s at 170 wpm, 8.7/s at 300 wpm and 10.2/s at 400 wpm.
    """
    from scipy.signal import find_peaks

    if len(band_db) < 3:
        return 0
    peaks, _ = find_peaks(np.convolve(band_db, np.ones(3) / 3, "same"), prominence=3.0, distance=6)
    return int(active[peaks].sum())


def _runs(mask: np.ndarray, min_len: int) -> np.ndarray:
    """The frames of ``mask`` that belong to runs of at least ``min_len`` frames."""
    out = np.zeros(len(mask), bool)
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    for start, stop in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1), strict=True):
        if stop - start >= min_len:
            out[start:stop] = True
    return out


def _held(flux: np.ndarray, active: np.ndarray) -> np.ndarray:
    """Frames inside >= HELD_MIN_S stretches of sound whose spectrum barely changes: drawn-out "uhhh"/"ummm".

    Normal speech changes its spectrum every few frames (median flux 3-6 dB/frame at 130-400 wpm on espeak-ng);
    a held filler or a drawn-out vowel stays under HELD_MAX_FLUX_DB.
    """
    n = int(HELD_MIN_S * SR / HOP)
    out = np.zeros(len(flux), bool)
    if len(flux) < n:
        return out
    smooth = np.convolve(flux, np.ones(5) / 5, "same")
    calm = np.lib.stride_tricks.sliding_window_view(smooth, n).mean(axis=1) < HELD_MAX_FLUX_DB
    sound = np.lib.stride_tricks.sliding_window_view(active, n).all(axis=1)
    for start in np.flatnonzero(calm & sound):
        out[start:start + n] = True
    return out
