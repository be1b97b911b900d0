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
