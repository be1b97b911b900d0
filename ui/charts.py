"""The five behaviour scores as horizontal bars: HTML for the page, a vector drawing for the PDF."""

from __future__ import annotations

from html import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

GOOD, FAIR, LOW = "#16a34a", "#d97706", "#dc2626"
TRACK = "#e5e7eb"


def score_color(score: float) -> str:
    """Green from 70, amber from 50, red below: the bands of the answer labels good and fair."""
    return GOOD if score >= 70 else FAIR if score >= 50 else LOW


def bars_html(scores: dict[str, float], names: dict[str, str]) -> str:
    rows = []
    for key, name in names.items():
        if key not in scores:
            continue
        value = scores[key]
        rows.append(
            f'<div class="mi-bar"><span class="mi-bar-name">{escape(name)}</span>'
            f'<span class="mi-bar-track"><span class="mi-bar-fill" style="width:{value:.0f}%;'
            f'background:{score_color(value)}"></span></span><span class="mi-bar-value">{value:.0f}</span></div>'
        )
    return f'<div class="mi-bars">{"".join(rows)}</div>'


def bars_drawing(scores: dict[str, float], names: dict[str, str], *, width: float, font: str,
                 row: float = 20.0) -> Drawing:
    """A crisp vector chart: one labelled bar per score, 0-100, its value at the end."""
    keys = [k for k in names if k in scores]
    label_w, value_w = 110.0, 34.0
    track_w = width - label_w - value_w
    drawing = Drawing(width, row * len(keys))
    for i, key in enumerate(keys):
        y = row * (len(keys) - 1 - i)
        value = scores[key]
        bold = key == "overall"
        drawing.add(String(0, y + 6, names[key], fontName=font, fontSize=9.5 if bold else 9,
                           fillColor=colors.HexColor("#111827")))
        drawing.add(Rect(label_w, y + 4, track_w, 10, rx=5, ry=5, fillColor=colors.HexColor(TRACK),
                         strokeColor=None))
        drawing.add(Rect(label_w, y + 4, max(track_w * value / 100, 10), 10, rx=5, ry=5,
                         fillColor=colors.HexColor(score_color(value)), strokeColor=None))
        drawing.add(String(width, y + 6, f"{value:.0f}", fontName="Helvetica-Bold", fontSize=9.5,
                           textAnchor="end", fillColor=colors.HexColor("#111827")))
    return drawing


TREND_COLORS = ("#4f46e5", "#16a34a", "#d97706", "#0891b2", "#db2777", "#6b7280")


def trend_svg(labels: list[str], series: dict[str, list[float | None]], *, width: int = 640, height: int = 220) -> str:
    """Scores (0-100) across interviews as lines, one per series, a point per interview (a gap where one was not
    measured); ``labels`` name the interviews on the x axis."""
    left, right, top, bottom = 34, 12, 12, 26
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(labels)

    def x(i: int) -> float:
        return left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    def y(v: float) -> float:
        return top + plot_h * (1 - v / 100)

    parts = [f'<svg class="mi-trend" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="Scores across interviews">']
    for v in (0, 50, 70, 100):
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="{TRACK}"/>'
                     f'<text x="{left - 6}" y="{y(v) + 4:.1f}" font-size="11" text-anchor="end" fill="#6b7280">{v}'
                     "</text>")
    for i, label in enumerate(labels):
        anchor = "start" if i == 0 and n > 1 else "end" if i == n - 1 and n > 1 else "middle"
        parts.append(f'<text x="{x(i):.1f}" y="{height - 8}" font-size="11" text-anchor="{anchor}" fill="#6b7280">'
                     f"{escape(label)}</text>")
    legend = []
    for (name, values), color in zip(series.items(), TREND_COLORS, strict=False):
        points = [(x(i), y(v)) for i, v in enumerate(values) if v is not None]
        if not points:
            continue
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2.5"/>')
        parts += [f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4" fill="{color}"/>' for px, py in points]
        legend.append(f'<span class="mi-legend"><i style="background:{color}"></i>{escape(name)}</span>')
    parts.append("</svg>")
    return f'<div class="mi-trend-legend">{"".join(legend)}</div>{"".join(parts)}'
