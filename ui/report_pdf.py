"""The report as a PDF (reportlab). Chinese text uses the built-in CID font STSong-Light, which needs no font file."""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from agent.interview_types import answer_time, timing_note
from ui.charts import bars_drawing, score_color
from ui.render import (
    COMBINED_LABELS,
    ReportView,
    asked_first,
    combined_notes,
    combined_rows,
    delivery_lines,
    label_name,
    labels,
    no_reminders,
    question_count,
    score_names,
    short_date,
)

CJK_FONT = "STSong-Light"
_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
INK, MUTED, RULE = colors.HexColor("#111827"), colors.HexColor("#6b7280"), colors.HexColor("#e5e7eb")
NOTICE_BG, NOTICE_INK = colors.HexColor("#fef3c7"), colors.HexColor("#92400e")
ACCENT = colors.HexColor("#4f46e5")
MARGIN = 16 * mm


def _register() -> None:
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))


class _Styles:
    """Paragraph styles in a Latin and a CJK variant; ``p`` picks by the text, so Latin text keeps Helvetica."""

    def __init__(self) -> None:
        base = {
            "title": dict(fontSize=20, leading=24, textColor=INK, bold=True),
            "meta": dict(fontSize=9.5, leading=13, textColor=MUTED),
            "h2": dict(fontSize=13, leading=17, textColor=INK, bold=True, spaceBefore=10, spaceAfter=5),
            "body": dict(fontSize=9.5, leading=13.5, textColor=INK),
            "muted": dict(fontSize=9, leading=12.5, textColor=MUTED),
            "strong": dict(fontSize=10, leading=14, textColor=INK, bold=True),
            "notice": dict(fontSize=9, leading=12.5, textColor=NOTICE_INK),
            "big": dict(fontSize=30, leading=34, textColor=INK, bold=True, alignment=TA_CENTER),
            "center": dict(fontSize=9.5, leading=13, textColor=MUTED, alignment=TA_CENTER),
            "cell": dict(fontSize=9, leading=12, textColor=INK),
        }
        self.latin: dict[str, ParagraphStyle] = {}
        self.cjk: dict[str, ParagraphStyle] = {}
        for name, spec in base.items():
            spec = dict(spec)
            bold = bool(spec.pop("bold", False))
            self.latin[name] = ParagraphStyle(name, fontName="Helvetica-Bold" if bold else "Helvetica", **spec)
            self.cjk[name] = ParagraphStyle(name + "-cjk", fontName=CJK_FONT, wordWrap="CJK", **spec)

    def font(self, text: str) -> str:
        return CJK_FONT if _CJK.search(text) else "Helvetica"

    def p(self, text: str, style: str = "body", markup: str = "") -> Paragraph:
        """A paragraph of untrusted text (escaped); ``markup`` is trusted reportlab markup put before it."""
        cjk = bool(_CJK.search(text))
        return Paragraph(markup + escape(text), (self.cjk if cjk else self.latin)[style])


def build_pdf(view: ReportView) -> bytes:
    """Render the report; the same content as the report page, laid out for A4."""
    _register()
    st = _Styles()
    lab = labels(view.language)
    report = view.report
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = []

    meta = " · ".join(x for x in (view.candidate, view.target_role, short_date(view.started),
                                  f"{lab['session']} {view.session_id}") if x)
    story += [st.p(lab["title"], "title"), Spacer(1, 3), st.p(meta, "meta"), Spacer(1, 8)]

    if report.overall is None:
        score_cell: list[Flowable] = [st.p(lab["nothing"], "center")]
    else:
        number = Paragraph(f'<font color="{score_color(report.overall)}">{report.overall:.0f}</font>'
                           f'<font size="12" color="#6b7280">/100</font>', st.latin["big"])
        note = f"{label_name(report.label, view.language)} · {report.answered} {lab['answered']}" + \
            (f" · {lab['ended_early']}" if report.ended_early else "")
        score_cell = [st.p(lab["overall"], "center"), Spacer(1, 4), number, Spacer(1, 2), st.p(note, "center")]
    side: list[Flowable]
    if view.behavior:
        source = (lab["behavior_live"].format(n=view.behavior_live_estimates) if view.behavior_live_estimates
                  else lab["behavior_interview"])
        side = [st.p(lab["behavior"], "strong"), Spacer(1, 4),
                bars_drawing(view.behavior, score_names(view.language), width=width * 0.62 - 16,
                             font=st.font(lab["behavior"])),
                Spacer(1, 3), st.p(source, "muted")]
    else:
        side = [st.p(lab["by_topic"], "strong"), Spacer(1, 4)] + [
            st.p(f"{t.topic}: {t.mean_score:.0f} ({question_count(t.questions, view.language)})", "body")
            for t in report.per_topic]
    summary = Table([[score_cell, side]], colWidths=[width * 0.38, width * 0.62])
    summary.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEAFTER", (0, 0), (0, 0), 0.6, RULE), ("TOPPADDING", (0, 0), (-1, -1), 10),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10), ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    story += [summary, Spacer(1, 8)]

    notice = Table([[st.p(lab["notice"], "notice")]], colWidths=[width])
    notice.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NOTICE_BG), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [notice]

    if (combined := view.combined) is not None:
        clab = COMBINED_LABELS["zh" if view.language == "zh" else "en"]
        head = Paragraph(f'{escape(clab["title"])}: <font color="{score_color(combined.score)}">'
                         f'{combined.score:.0f}</font>/100 · {escape(label_name(combined.label, view.language))}',
                         (st.cjk if view.language == "zh" else st.latin)["h2"])
        rows = [[st.p(x, "strong") for x in (clab["part"], clab["score"], clab["weight"], clab["points"])]]
        rows += [[st.p(x, "cell") for x in row] for row in combined_rows(combined, view.language)]
        table = Table(rows, colWidths=[width * 0.46, width * 0.18, width * 0.18, width * 0.18])
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [head, table, Spacer(1, 3), *[st.p(n, "muted") for n in combined_notes(combined, view.language)]]

    if (timing := timing_note(report, view.language)) is not None:
        story += [st.p(lab["time"], "h2"), st.p(timing, "body")]

    if view.scored:
        story.append(st.p(lab["answers"], "h2"))
    for turn in view.scored:
        assert turn.score is not None
        s = turn.score
        head = f"{turn.index + 1}. {turn.topic.name}" + (f" · {lab['follow_up']}" if turn.follow_up else "") + \
            (f" · {answer_time(turn, view.language)}" if turn.seconds is not None and turn.time_limit else "")
        answer = turn.answer if len(turn.answer) <= 700 else turn.answer[:699] + "…"
        badge = Paragraph(f'<font color="{score_color(s.score)}"><b>{s.score:.0f}</b></font>', st.latin["strong"])
        first = asked_first(turn, view.language)
        block = Table([
            [st.p(head, "muted"), ""],
            [st.p(turn.question.text, "strong"), ""],
            *([[st.p(first, "muted"), ""]] if first else []),
            [st.p(answer, "body", f'<font color="#6b7280">{escape(lab["answer"])}: </font>'), ""],
            [[badge, st.p(label_name(s.label, view.language), "muted")], st.p(s.feedback, "body")],
        ], colWidths=[22 * mm, width - 22 * mm])
        block.setStyle(TableStyle([
            *(("SPAN", (0, k), (1, k)) for k in range(4 if first else 3)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
            ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 9)]))
        story += [KeepTogether([block]), Spacer(1, 6)]

    if view.behavior and report.per_topic:
        story.append(st.p(lab["by_topic"], "h2"))
        rows = [[st.p(t.topic, "cell"), st.p(f"{t.mean_score:.0f}", "cell"),
                 st.p(question_count(t.questions, view.language), "cell")] for t in report.per_topic]
        table = Table(rows, colWidths=[width * 0.6, width * 0.15, width * 0.25])
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)

    delivery = delivery_lines(report.delivery, view.language) if report.delivery is not None else []
    for title, items, empty in (
            (lab["strengths"], report.strengths, lab["none"]), (lab["improvements"], report.improvements, lab["none"]),
            *([(lab["delivery"], delivery, lab["none"])] if delivery else []),
            (lab["reminders"], [f"{text} — {n} {lab['times']}" for text, n in view.reminders], no_reminders(view))):
        story.append(st.p(title, "h2"))
        if items:
            story.append(ListFlowable([ListItem(st.p(item)) for item in items], bulletType="bullet", start="•",
                                      leftIndent=12, bulletFontSize=8))
        else:
            story.append(st.p(empty, "muted"))

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, 12 * mm, A4[0] - MARGIN, 12 * mm)
        text = f"mockinterview · {lab['notice'].split('.')[0].split('。')[0]}"
        canvas.setFont(st.font(text), 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 8 * mm, text)
        canvas.drawRightString(A4[0] - MARGIN, 8 * mm, str(doc.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=18 * mm, title=f"{lab['title']} — {view.candidate}", author="mockinterview",
                            subject=lab["notice"])
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
