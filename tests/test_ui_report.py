"""The report as the page and the PDF show it: content, escaping, Chinese text, and the chat rebuilt after a reload."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from agent.config import Settings
from agent.state import Report
from tests.conftest import ScriptedRoleModel, make_engine
from tools.resume_parser import Resume
from ui.render import ReportView, chat_from, question_count, report_html
from ui.report_pdf import build_pdf

BEHAVIOR = {"language": 72.0, "composure": 64.0, "body_language": 81.0, "focus": 45.0, "overall": 66.0}


def finished_report(settings: Settings, resume: Resume | None, answers: list[str], language: str = "en",
                    feedback: list[str] | None = None) -> Report:
    engine = make_engine(settings, ScriptedRoleModel(texts={"scorer": feedback or []}))
    progress = engine.start(resume=resume, target_role="Backend Engineer", language=language,  # type: ignore[arg-type]
                            max_questions=len(answers))
    for text in answers:
        progress = engine.answer(progress.session_id, text)
    assert progress.report is not None
    return progress.report


def view_of(report: Report, language: str = "en", behavior: dict[str, float] | None = None,
            reminders: list[tuple[str, int]] | None = None) -> ReportView:
    return ReportView(report=report, session_id="abc123", candidate="Ada Example", target_role="Backend Engineer",
                      language=language, started="2026-11-24T02:47:22+00:00", behavior=behavior,
                      behavior_live_estimates=0, reminders=reminders or [])


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is missing: apt-get install poppler-utils")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_pdf_holds_the_whole_report(settings: Settings, sample_resume: Resume, tmp_path: Path) -> None:
    report = finished_report(settings, sample_resume, ["I built the payments API with idempotency keys.",
                                                       "Moved hot reads to Redis.", "I would measure first."])
    pdf = build_pdf(view_of(report, behavior=BEHAVIOR, reminders=[("Look at the camera.", 7)]))
    assert pdf.startswith(b"%PDF")
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for expected in ("Interview report", "Ada Example", "Backend Engineer", "Session abc123", "Overall",
                     "I built the payments API with idempotency keys.", report.turns[0].question.text,
                     "Body language", "Look at the camera. — 7 times", "must not be used to make hiring decisions"):
        assert expected in text, expected
    assert f"{report.overall:.0f}" in text


def test_pdf_renders_chinese(settings: Settings, tmp_path: Path) -> None:
    answers = ["我用 Python 和 PostgreSQL 设计了支付接口，幂等键保证重试安全。",
               "把热点读取移到 Redis，延迟降低了 40%。"]
    feedback = ["回答给出了具体的例子和可衡量的结果，结构清晰。", "回答切题，但缺少数据支撑。"]
    report = finished_report(settings, None, answers, language="zh", feedback=feedback)
    pdf = build_pdf(view_of(report, language="zh", behavior=BEHAVIOR, reminders=[("请看向镜头。", 3)]))
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for expected in ("面试报告", "逐题回顾", "你的回答", answers[0], "回答给出了具体的例子和可衡量的结果", "肢体语言",
                     "请看向镜头。", "不得用于任何招聘决定", "Ada Example"):
        assert expected in text, expected
    assert "综合面试" in report_html(view_of(report, language="zh")) and "Mixed" not in report_html(
        view_of(report, language="zh"))  # the interview's type in Chinese too (it read "Mixed")


def test_pdf_of_an_interview_ended_before_any_answer(settings: Settings, tmp_path: Path) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    report = engine.end(engine.start().session_id).report
    assert report is not None and report.overall is None
    text = pdf_text(build_pdf(view_of(report)), tmp_path)
    assert "No answer was scored." in text and "the camera was off and no answer was spoken" in text
    # with the camera off and nothing spoken, the reminders say why there are none (they said "None yet.")
    assert "the camera was off and no answer was spoken" in report_html(view_of(report))


def test_report_page_escapes_what_users_and_models_wrote(settings: Settings) -> None:
    report = finished_report(settings, None, ["<script>alert(1)</script> & <b>bold</b>", "A plain answer."])
    html = report_html(view_of(report))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;" in html
    answers = html.split("<h3>Answers</h3>")[1].split("</table>")[0]
    assert "hiring decisions" in html and answers.count("<tr>") == 1 + 2  # header and one row per answer
    assert "<h3>Behaviour</h3>" not in html and "Reminders seen most" in html
    with_behavior = report_html(view_of(report, behavior=BEHAVIOR, reminders=[("Slow down.", 4)]))
    assert "Body language" in with_behavior and "Slow down. — 4 times" in with_behavior
    assert question_count(1, "en") == "1 question" and question_count(2, "en") == "2 questions"


def test_chat_is_rebuilt_from_the_saved_turns(settings: Settings, sample_resume: Resume) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    progress = engine.start(resume=sample_resume, max_questions=3)
    first = "My first answer, with enough words to be scored."
    progress = engine.answer(progress.session_id, first)
    progress = engine.answer(progress.session_id, "My second answer, with enough words to be scored.")
    chat = chat_from(engine.turns(progress.session_id), progress, "en", total=3)
    assert [m["role"] for m in chat] == ["assistant", "user", "assistant"] * 2 + ["assistant"]
    assert "question 1 of 3" in chat[0]["content"] and chat[1]["content"] == first
    assert "/100 · fair" in chat[2]["content"] and "question 3 of 3" in chat[-1]["content"]
    finished = engine.answer(progress.session_id, "My third answer, with enough words to be scored.")
    chat = chat_from(engine.turns(progress.session_id), finished, "en", total=3)
    assert "The interview is finished" in chat[-1]["content"] and len(chat) == 10


def test_report_labels_exist_in_both_languages() -> None:
    from ui.render import LABELS

    assert LABELS["en"].keys() == LABELS["zh"].keys()


def test_report_shows_the_delivery_of_spoken_answers(settings: Settings, tmp_path: Path) -> None:
    from tools.speech.delivery import combine_delivery, measure_delivery
    from tools.speech.schema import Word

    words = [Word(text=w, start=0.25 * i, end=0.25 * i + 0.2) for i, w in enumerate(("um uh " * 10).split())]
    report = finished_report(settings, None, ["An answer."]).model_copy(
        update={"delivery": combine_delivery([measure_delivery(words, 6.0)])})
    html = report_html(view_of(report))
    assert "Delivery (spoken answers)" in html and "Filler words: 20" in html and "above the comfortable" in html
    assert "Fewer drawn-out" in html  # the behaviour tool's speech reminder that the fillers raise
    text = " ".join(pdf_text(build_pdf(view_of(report)), tmp_path).split())
    assert "Delivery (spoken answers)" in text and "words/min (above the comfortable 100-165)" in text


def test_a_voice_answer_brings_its_delivery_only_while_it_is_still_the_transcript() -> None:
    from tools.speech.delivery import measure_delivery
    from tools.speech.schema import Word
    from ui.screen import Tab

    delivery = measure_delivery([Word(text="I", start=0.0, end=0.2), Word(text="built", start=0.3, end=0.6)], 1.0)
    tab = Tab(spoken="I built the payments API with idempotency keys", delivery=delivery)
    assert tab.take_delivery("I built the payments API with idempotency keys, retried safely.") == delivery
    assert tab.delivery is None and tab.spoken == ""  # taken once
    tab = Tab(spoken="I built the payments API with idempotency keys", delivery=delivery)
    assert tab.take_delivery("Something I typed instead.") is None


def test_report_and_pdf_show_the_combined_score_and_its_parts(settings: Settings, tmp_path: Path) -> None:
    report = finished_report(settings, None, ["I built the payments API with idempotency keys.", "A typed answer."])
    html = report_html(view_of(report, behavior=BEHAVIOR))
    assert report.combined is not None and report.combined.missing == ["delivery", "behavior"]
    assert "Combined score" in html and "Answers (text quality)" in html and "not measured" in html
    assert "Delivery was not measured (no spoken answers)" in html and "rule-derived" in html
    text = " ".join(pdf_text(build_pdf(view_of(report, behavior=BEHAVIOR)), tmp_path).split())
    assert "Combined score" in text and "Behaviour (camera and voice)" in text and "rule-derived" in text
    assert "75% (60%)" in text  # the text part's weight after renormalising, after its documented weight


def test_a_long_project_description_is_cut_at_a_word() -> None:
    """The resume preview showed "...data storage using Fi"."""
    from tools.resume_parser import Project
    from ui.render import resume_preview_html

    resume = Resume(text="", projects=[Project(name="Tracker", description="storage " * 30)])
    html = resume_preview_html(resume, [])
    assert "storage…" in html and "stor…" not in html


def test_the_preview_shows_licences_and_certificates() -> None:
    """A nurse's "Licensure & Certifications" (browser interview, 2026-12-06) were not shown anywhere."""
    from ui.render import resume_preview_html

    html = resume_preview_html(Resume(text="", certifications=["ACLS <renewed 2025>"]), [])
    assert "<h4>Certifications</h4><ul><li>ACLS &lt;renewed 2025&gt;</li></ul>" in html
