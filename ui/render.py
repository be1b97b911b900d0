"""What the page shows, as HTML and chat messages: the resume preview, the chat, progress, the panel, the report.

Everything that came from a user or a model is escaped here; nothing in this module decides anything about the
interview.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from agent.combined import WEIGHTS, combine_report
from agent.engine import PendingQuestion, Progress
from agent.interview_types import TYPES, answer_time, timing_note
from agent.sessions import SessionRow
from agent.state import PRACTICE_NOTICE, Aside, CombinedScore, Report, Topic, Turn
from tools.resume_parser import Resume
from tools.speech.delivery import DeliveryMetrics, speech_reminders
from ui.charts import bars_html, score_color
from ui.coach import Coaching
from ui.countdown import countdown_html

Message = dict[str, Any]

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Interview report", "overall": "Overall", "answered": "answered", "ended_early": "ended early",
        "behavior": "Behaviour", "answers": "Answers", "topic": "Topic", "question": "Question",
        "answer": "Your answer", "score": "Score", "feedback": "Feedback", "reference": "A reference answer",
        "by_topic": "By topic",
        "questions": "questions", "one_question": "question", "strengths": "Strengths",
        "improvements": "To improve", "reminders": "Reminders seen most", "times": "times", "none": "None yet.",
        "no_coach": "None: the camera was off and no answer was spoken, so there was nothing to coach on.",
        "follow_up": "follow-up", "q_of": "question {n} of {total}", "counter": "counter-question",
        "asked_first": "Asked first",
        "scoring": "Scoring your answer", "next": "Preparing the next question",
        "seconds": "{n} s to answer", "time": "Time", "over_time": "over time",
        "behavior_interview": "Recorded during your answers.",
        "behavior_live": "Mean of {n} live estimates in this browser.", "notice": PRACTICE_NOTICE,
        "nothing": "No answer was scored.", "session": "Session", "language": "Language",
        "composure": "Composure", "body_language": "Body language", "focus": "Focus", "overall_b": "Overall",
        "delivery": "Delivery (spoken answers)",
        "delivery_note": "Pooled over {n} spoken answers, against the usual comfortable ranges.",
    },
    "zh": {
        "title": "面试报告", "overall": "总分", "answered": "已回答", "ended_early": "提前结束",
        "behavior": "行为表现", "answers": "逐题回顾", "topic": "话题", "question": "问题",
        "answer": "你的回答", "score": "得分", "feedback": "反馈", "reference": "参考答案",
        "by_topic": "按话题",
        "questions": "题", "one_question": "题", "strengths": "优势",
        "improvements": "待改进", "reminders": "最常出现的提醒", "times": "次", "none": "暂无。",
        "no_coach": "暂无：摄像头未开启，也没有语音回答，因此没有可提示的内容。",
        "follow_up": "追问", "q_of": "第 {n} 题，共 {total} 题", "asked_first": "先问了",
        "scoring": "正在为你的回答评分", "next": "正在准备下一个问题", "counter": "反问",
        "seconds": "限时 {n} 秒", "time": "用时", "over_time": "超时",
        "behavior_interview": "回答过程中记录。",
        "behavior_live": "本浏览器中 {n} 次实时评估的平均值。",
        "notice": "这是一个练习工具。分数来自小型语言模型和规则，仅供参考，不得用于任何招聘决定。",
        "nothing": "没有已评分的回答。", "session": "会话", "language": "语言表达",
        "composure": "沉着", "body_language": "肢体语言", "focus": "专注", "overall_b": "总体",
        "delivery": "表达（语音回答）", "delivery_note": "合并 {n} 个语音回答，对照常见的舒适范围。",
    },
}


LABEL_NAMES_ZH = {"excellent": "优秀", "good": "良好", "fair": "一般", "weak": "较弱", "poor": "差"}


def label_name(label: str | None, language: str) -> str:
    """The answer's band label in the report's language."""
    return LABEL_NAMES_ZH.get(label or "", label or "") if language == "zh" else label or ""


def labels(language: str) -> dict[str, str]:
    return LABELS["zh" if language == "zh" else "en"]


def score_names(language: str) -> dict[str, str]:
    lab = labels(language)
    return {"language": lab["language"], "composure": lab["composure"], "body_language": lab["body_language"],
            "focus": lab["focus"], "overall": lab["overall_b"]}


def question_count(n: int, language: str) -> str:
    lab = labels(language)
    return f"{n} {lab['one_question'] if n == 1 else lab['questions']}"


def short_date(iso: str) -> str:
    """'2026-11-24T02:47:22+00:00' -> '2026-11-24 02:47 UTC'."""
    return f"{iso[:10]} {iso[11:16]} UTC" if len(iso) >= 16 else iso


# --- start ---------------------------------------------------------------------------------------------------------

KIND_NAMES = {"skill": "skill", "project": "project", "experience": "experience", "education": "education",
              "behavioral": "behavioural", "role": "role"}


def resume_preview_html(resume: Resume | None, topics: Sequence[Topic]) -> str:
    """The parsed resume and the topic plan, so the candidate sees what the questions will build on."""
    parts = ['<div class="mi-card">']
    if resume is None:
        parts.append('<h3>No resume</h3><p class="mi-muted">Questions will be on the role and on behavioural '
                     "topics. Upload or paste a resume for personalised questions.</p>")
    else:
        lang = "中文" if resume.language == "zh" else "English"
        parts.append(f"<h3>{escape(resume.name or 'Unnamed candidate')}</h3>"
                     f'<p class="mi-muted">Resume read as {lang}.</p>')
        if resume.skills:
            parts.append("<h4>Skills</h4><ul>" + "".join(
                f"<li><b>{escape(group)}:</b> {escape(', '.join(names))}</li>" for group, names in resume.skills.items()
            ) + "</ul>")
        if resume.languages:
            parts.append(f"<p><b>Languages:</b> {escape(', '.join(resume.languages))}</p>")
        if resume.certifications:
            parts.append("<h4>Certifications</h4><ul>" + "".join(
                f"<li>{escape(c)}</li>" for c in resume.certifications) + "</ul>")
        if resume.experience:
            parts.append("<h4>Experience</h4><ul>" + "".join(
                f"<li><b>{escape(e.title)}</b>{', ' + escape(e.organization) if e.organization else ''}"
                f"{' (' + escape(e.period) + ')' if e.period else ''}</li>" for e in resume.experience) + "</ul>")
        if resume.projects:
            parts.append("<h4>Projects</h4><ul>" + "".join(
                f"<li><b>{escape(p.name)}</b>{': ' + escape(_clip(p.description, 160)) if p.description else ''}</li>"
                for p in resume.projects) + "</ul>")
        if resume.education:
            parts.append("<h4>Education</h4><ul>" + "".join(
                f"<li>{escape(e.institution)}{', ' + escape(e.degree) if e.degree else ''}</li>"
                for e in resume.education) + "</ul>")
    parts.append("</div>")
    parts.append('<div class="mi-card"><h3>Topic plan</h3><ol class="mi-topics">' + "".join(
        f'<li><span class="mi-kind mi-kind-{t.kind}">{KIND_NAMES[t.kind]}</span> {escape(t.name)}</li>'
        for t in topics) + "</ol></div>")
    return "".join(parts)


# --- interview -----------------------------------------------------------------------------------------------------

def question_header(pending: PendingQuestion, language: str) -> str:
    lab = labels(language)
    where = lab["q_of"].format(n=pending.number, total=pending.total)
    kind = f" · {lab['counter']}" if pending.counter else f" · {lab['follow_up']}" if pending.follow_up else ""
    limit = f" · {lab['seconds'].format(n=pending.time_limit)}" if pending.time_limit else ""
    return f"**{escape(pending.topic)}**{kind} · {where}{limit}"


def question_message(pending: PendingQuestion, language: str) -> Message:
    return {"role": "assistant", "content": f"{question_header(pending, language)}\n\n{escape(pending.text)}"}


def score_message(turn: Turn, language: str) -> Message:
    assert turn.score is not None
    s = turn.score
    badge = f'<span class="mi-chat-score" style="background:{score_color(s.score)}">{s.score:.0f}/100 · ' \
        f"{label_name(s.label, language)}</span>"
    content = f"{badge} {escape(s.feedback)}"
    if (took := answer_time(turn, language)) is not None:
        over = ' class="mi-over"' if turn.over_time else ""
        content += f"\n\n<span{over}>{escape(took)}</span>"
    if turn.question.reference:
        content += f"\n\n*{labels(language)['reference']} ({escape(turn.question.bank or '')}):* " \
            f"{escape(turn.question.reference)}"
    return {"role": "assistant", "content": content}


def aside_messages(asides: Sequence[Aside], pending: PendingQuestion, language: str) -> list[Message]:
    """What the candidate said instead of an answer (a request to clarify the question) and the interviewer's reply,
    which asks the question again: under the question's header, so that it is read aloud like a question."""
    header = question_header(pending, language)
    return [m for a in asides
            for m in (answer_message(a.said), {"role": "assistant", "content": f"{header}\n\n{escape(a.reply)}"})]


def working_message(text: str) -> Message:
    """A placeholder while the model works: animated dots, so a long wait does not look like a hang."""
    return {"role": "assistant", "content": f'<span class="mi-working">{escape(text)}</span>'}


def draft_message(text: str) -> Message:
    """The next question while the model is still writing it (replaced by the checked question when it is done)."""
    return {"role": "assistant", "content": f'<span class="mi-draft">{escape(text.strip())}</span>'}


def answer_message(text: str) -> Message:
    """The candidate's answer, escaped: typed HTML (an <img>) is shown as text, never rendered."""
    return {"role": "user", "content": escape(text)}


def chat_from(turns: Sequence[Turn], progress: Progress, language: str, total: int) -> list[Message]:
    """The whole conversation of a saved session, as it was shown live."""
    chat: list[Message] = []
    for turn in turns:
        asked = PendingQuestion(text=turn.question.text, topic=turn.topic.name, number=turn.index + 1, total=total,
                                follow_up=turn.follow_up, importance=turn.question.importance,
                                time_limit=turn.time_limit,
                                counter=turn.decision is not None and turn.decision.counter)
        chat.append(question_message(asked, language))
        chat += aside_messages(turn.asides, asked, language)
        chat.append(answer_message(turn.answer))
        if turn.score is not None:
            chat.append(score_message(turn, language))
    if progress.pending is not None:
        chat.append(question_message(progress.pending, language))
        chat += aside_messages(progress.pending.asides, progress.pending, language)
    elif progress.report is not None:
        chat.append(finished_message(progress.report))
    return chat


def finished_message(report: Report) -> Message:
    if report.overall is None:
        text = "The interview is finished. No answer was scored."
    else:
        text = (f"The interview is finished: **{report.overall:.0f}/100 ({report.label})** over {report.answered} "
                "answers. Your report is in the **Report** tab.")
    return {"role": "assistant", "content": text}


def progress_html(pending: PendingQuestion | None, answered: int, total: int, finished: bool,
                  session_id: str | None, *, starting: bool = False, language: str = "en") -> str:
    """Topic and question n of N above the chat, with a bar of the answers scored so far, and in a timed interview
    the answer's countdown (ui/countdown.py)."""
    if starting:
        head, sub = "Preparing the interview", "The first question is on its way."
    elif session_id is None:
        head, sub = "No interview yet", "Start one in the Start tab, or continue one from Sessions."
    elif finished:
        head, sub = "Interview finished", f"{answered} answers scored. The report is in the Report tab."
    elif pending is None:
        head, sub = "Paused", "The last step did not finish: press Retry."
    else:
        lab = labels(language)
        pill = lab["counter"] if pending.counter else lab["follow_up"] if pending.follow_up else ""
        head = escape(pending.topic) + (f' <span class="mi-pill">{pill}</span>' if pill else "")
        sub = lab["q_of"].format(n=pending.number, total=pending.total)
        sub = sub[:1].upper() + sub[1:]
        if pending.time_limit and session_id:
            sub += " · " + countdown_html(f"{session_id}:{pending.number}", pending.time_limit, language)
    share = 100 * answered / total if total else 0
    session = f'<span class="mi-progress-session">session {escape(session_id)}</span>' if session_id else ""
    return (f'<div class="mi-progress"><div class="mi-progress-text"><span class="mi-progress-topic">{head}</span>'
            f'<span class="mi-progress-count">{sub}{session}</span></div><div class="mi-progress-track">'
            f'<div class="mi-progress-fill" style="width:{share:.0f}%"></div></div></div>')


# --- live panel ----------------------------------------------------------------------------------------------------

PRIVACY = ("Video and audio are analysed live on this machine and never kept: video frames never touch the disk, "
           "and each microphone chunk is deleted as soon as it is read.")


def panel_html(coaching: Coaching, language: str, now: float) -> str:
    status = coaching.status(now)
    notes = {
        "not_installed": ("Live coaching is not available here: it is switched off or not installed.",
                          "The interview works without it: answer by typing."),
        "off": ("Camera off.", "Live coaching is paused; the interview goes on."),
        "waiting": ("Waiting for the camera.", "Click the camera box, then Record, to start live coaching."),
        "paused": ("Camera paused.", "Press Record on the camera to resume live coaching."),
    }
    body = ""
    if status in notes:
        title, sub = notes[status]
        body = f'<p class="mi-panel-note"><b>{title}</b> {sub}</p>'
    if status in ("live", "paused") and coaching.latest is not None:
        body += bars_html(coaching.latest.scores, score_names(language))
        items = "".join(
            f'<li class="mi-rem mi-rem-{escape(r.group or "general")}">{escape(r.text(language))}</li>'
            for r in coaching.reminders(now)
        )
        body += f'<ul class="mi-reminders">{items}</ul>' if items else ""
    elif status == "live":
        body += '<p class="mi-panel-note">Reading the first seconds…</p>'
    if coaching.listening:
        body += speech_html(coaching.speech, language)
    if coaching.error and status != "not_installed":
        body += f'<p class="mi-panel-error">Live coaching hit a problem: {escape(coaching.error)}</p>'
    badge = {"live": "live", "paused": "paused", "off": "off", "waiting": "idle", "not_installed": "unavailable"}
    updates = f'<span class="mi-updates">update {coaching.updates}</span>' if coaching.updates else ""
    footer = "" if status == "not_installed" else f'<div class="mi-panel-foot"><span>{PRIVACY}</span>{updates}</div>'
    return (f'<div class="mi-panel" data-status="{status}"><div class="mi-panel-head"><span>Live coaching</span>'
            f'<span class="mi-badge mi-badge-{status}">{badge[status]}</span></div>{body}{footer}</div>')


def speech_html(so_far: DeliveryMetrics | None, language: str) -> str:
    """Pace and fillers of the answer being spoken, as far as it is transcribed."""
    if so_far is None:
        text = "正在聆听…" if language == "zh" else "Listening…"
    elif language == "zh":
        unit = "字/分钟" if so_far.rate_unit == "cpm" else "词/分钟"
        text = f"语速 {so_far.rate:.0f} {unit} · 填充词 {so_far.fillers} 个"
    else:
        unit = "characters/min" if so_far.rate_unit == "cpm" else "words/min"
        text = f"Pace {so_far.rate:.0f} {unit} · {so_far.fillers} filler{'s' if so_far.fillers != 1 else ''}"
    return f'<p class="mi-panel-speech">{escape(text)}</p>'


# --- sessions ------------------------------------------------------------------------------------------------------

SESSION_HEADERS = ["Candidate", "Role", "Type", "Started", "Progress", "Status", "Score"]


def session_rows(rows: Sequence[SessionRow]) -> list[list[str]]:
    return [[r.candidate, r.target_role or "—", TYPES[r.interview_type].label, short_date(r.started),
             f"{r.answered} of {r.max_questions}", "finished" if r.finished else "in progress",
             f"{r.overall:.0f}" if r.overall is not None else "—"]
            for r in rows]


def session_choice(r: SessionRow) -> tuple[str, str]:
    role = f" · {r.target_role}" if r.target_role else ""
    state = "finished" if r.finished else f"{r.answered}/{r.max_questions} answered"
    kind = TYPES[r.interview_type].label.lower()
    return f"{r.candidate}{role} · {kind} · {short_date(r.started)} · {state} · {r.id}", r.id


# --- report --------------------------------------------------------------------------------------------------------

@dataclass
class ReportView:
    """Everything the report page and the PDF show about one finished session."""

    report: Report
    session_id: str
    candidate: str
    target_role: str
    language: str
    started: str
    behavior: dict[str, float] | None
    behavior_live_estimates: int  # 0: the scores were recorded by the engine during the answers
    reminders: list[tuple[str, int]]

    @property
    def scored(self) -> list[Turn]:
        return [t for t in self.report.turns if t.score is not None]

    @property
    def combined(self) -> CombinedScore | None:
        """The report's combined score, over the behaviour this view shows: the browser's live estimates stand in
        when the engine recorded none (computed here too for reports saved before the combined score existed)."""
        if self.report.combined is not None and self.behavior == self.report.behavior:
            return self.report.combined
        return combine_report(self.report, self.behavior, behavior_live=bool(self.behavior_live_estimates))


COMBINED_LABELS = {
    "en": {
        "title": "Combined score", "part": "Part", "score": "Score", "weight": "Weight", "points": "Points",
        "text": "Answers (text quality)", "delivery": "Delivery (pace, fillers, pauses)",
        "behavior": "Behaviour (camera and voice)", "not_measured": "not measured",
        "weights": "Weights {text:.0%} answers, {delivery:.0%} delivery, {behavior:.0%} behaviour; a part that was not "
                   "measured drops out and the others are scaled up to sum to 100%.",
        "no_delivery": "Delivery was not measured (no spoken answers): its weight went to the other parts.",
        "no_behavior": "Behaviour was not measured (camera off or not installed): its weight went to the other "
                       "parts.",
        "some_spoken": "Delivery is measured on the {n} spoken answers of {total}.",
        "rule": "The behaviour part is rule-derived: its model learnt from labels generated by rules, not by people. "
                "Treat it as a rough signal.",
        "live": "Behaviour here is the mean of the live estimates in this browser.",
    },
    "zh": {
        "title": "综合得分", "part": "部分", "score": "得分", "weight": "权重", "points": "贡献",
        "text": "回答（内容质量）", "delivery": "表达（语速、填充词、停顿）", "behavior": "行为（摄像头与声音）",
        "not_measured": "未测量",
        "weights": "权重：回答 {text:.0%}，表达 {delivery:.0%}，行为 {behavior:.0%}；"
                   "未测量的部分不计入，其余部分按比例放大，合计 100%。",
        "no_delivery": "未测量表达（没有语音回答）：其权重分给了其他部分。",
        "no_behavior": "未测量行为（摄像头关闭或未安装）：其权重分给了其他部分。",
        "some_spoken": "表达仅根据 {total} 个回答中的 {n} 个语音回答测量。",
        "rule": "行为部分源自规则：其模型学习的是规则生成的标签，而非人工标注。请仅作粗略参考。",
        "live": "此处的行为分数是本浏览器中实时评估的平均值。",
    },
}


def combined_notes(c: CombinedScore, language: str) -> list[str]:
    """How the combined score came about: the weights, what was missing, and that the behaviour part is rules."""
    lab = COMBINED_LABELS["zh" if language == "zh" else "en"]
    notes = [lab["weights"].format(**WEIGHTS)]
    if "delivery" in c.missing:
        notes.append(lab["no_delivery"])
    elif c.spoken < c.answered:
        notes.append(lab["some_spoken"].format(n=c.spoken, total=c.answered))
    if "behavior" in c.missing:
        notes.append(lab["no_behavior"])
    else:
        notes.append(lab["rule"])
        if c.behavior_live:
            notes.append(lab["live"])
    return notes


def combined_rows(c: CombinedScore, language: str) -> list[tuple[str, str, str, str]]:
    """(part, score, weight, points) per part: the weight it had here, after its documented one if they differ."""
    lab = COMBINED_LABELS["zh" if language == "zh" else "en"]
    rows = []
    for p in c.parts:
        weight = f"{p.effective_weight:.0%}" + (f" ({p.weight:.0%})" if abs(p.effective_weight - p.weight) > 1e-3
                                                else "")
        score = f"{p.score:.0f}" if p.score is not None else lab["not_measured"]
        rows.append((lab[p.part], score, weight, f"{p.contribution:.1f}" if p.score is not None else "—"))
    return rows


def combined_html(c: CombinedScore, language: str) -> str:
    lab = COMBINED_LABELS["zh" if language == "zh" else "en"]
    rows = "".join(f"<tr><td>{escape(a)}</td><td>{escape(b)}</td><td>{escape(w)}</td><td><b>{escape(p)}</b></td></tr>"
                   for a, b, w, p in combined_rows(c, language))
    notes = "".join(f"<li>{escape(n)}</li>" for n in combined_notes(c, language))
    return (f'<div class="mi-card mi-combined" id="combined-score"><h3>{lab["title"]}</h3>'
            '<div class="mi-combined-body">'
            f'<div class="mi-overall"><div class="mi-overall-num" style="color:{score_color(c.score)}">{c.score:.0f}'
            f'<small>/100</small></div><div class="mi-overall-label">{label_name(c.label, language)}</div></div>'
            f'<table class="mi-table"><thead><tr><th>{lab["part"]}</th><th>{lab["score"]}</th><th>{lab["weight"]}</th>'
            f'<th>{lab["points"]}</th></tr></thead><tbody>{rows}</tbody></table></div>'
            f'<ul class="mi-muted">{notes}</ul></div>')


def no_reminders(view: ReportView) -> str:
    """What the reminders list says when it is empty: why, where the camera was off and nothing was spoken."""
    lab = labels(view.language)
    return lab["none"] if view.behavior or view.report.delivery is not None else lab["no_coach"]


TYPE_NAMES_ZH = {"mixed": "综合面试", "technical": "技术面试", "behavioural": "行为面试", "pressure": "压力面试"}


def report_html(view: ReportView) -> str:
    lab = labels(view.language)
    r = view.report
    kind = TYPE_NAMES_ZH[r.interview_type] if view.language == "zh" else f"{TYPES[r.interview_type].label} interview"
    meta = " · ".join(escape(x) for x in (view.candidate, view.target_role, kind, short_date(view.started)) if x)
    if r.overall is None:
        score_block = f'<div class="mi-overall"><span class="mi-overall-note">{lab["nothing"]}</span></div>'
    else:
        score_block = (
            f'<div class="mi-overall"><div class="mi-overall-num" style="color:{score_color(r.overall)}">'
            f'{r.overall:.0f}<small>/100</small></div>'
            f'<div class="mi-overall-label">{label_name(r.label, view.language)}</div>'
            f'<div class="mi-overall-note">{r.answered} {lab["answered"]}'
            f'{" · " + lab["ended_early"] if r.ended_early else ""}</div></div>')
    parts = [f'<div class="mi-report"><div class="mi-report-head"><div><h2>{lab["title"]}</h2>'
             f'<p class="mi-muted">{meta}</p></div>{score_block}</div>',
             f'<div class="mi-notice">{escape(lab["notice"])}</div>']
    if (combined := view.combined) is not None:
        parts.append(combined_html(combined, view.language))
    if (timing := timing_note(r, view.language)) is not None:
        parts.append(f'<div class="mi-card mi-timing"><h3>{lab["time"]}</h3><p>{escape(timing)}</p></div>')
    if view.behavior:
        source = (lab["behavior_live"].format(n=view.behavior_live_estimates) if view.behavior_live_estimates
                  else lab["behavior_interview"])
        parts.append(f'<div class="mi-card"><h3>{lab["behavior"]}</h3>'
                     f'{bars_html(view.behavior, score_names(view.language))}<p class="mi-muted">{source}</p></div>')
    rows = "".join(
        f'<tr><td>{t.index + 1}</td><td>{escape(t.topic.name)}{" · " + lab["follow_up"] if t.follow_up else ""}</td>'
        f"<td>{escape(t.question.text)}</td><td class=\"mi-answer\">{_asked_first(t, view.language)}"
        f"{escape(_clip(t.answer, 400))}</td>"
        f'<td class="mi-score" style="color:{score_color(t.score.score)}">{t.score.score:.0f}'
        f'<small>{label_name(t.score.label, view.language)}</small>'
        f'{"<small class=mi-over>" + lab["over_time"] + "</small>" if t.over_time else ""}</td>'
        f'<td>{escape(t.score.feedback)}</td></tr>'
        for t in view.scored if t.score is not None
    )
    if rows:
        parts.append(f'<div class="mi-card"><h3>{lab["answers"]}</h3><table class="mi-table"><thead><tr><th>#</th>'
                     f'<th>{lab["topic"]}</th><th>{lab["question"]}</th><th>{lab["answer"]}</th>'
                     f'<th>{lab["score"]}</th><th>{lab["feedback"]}</th></tr></thead><tbody>{rows}</tbody>'
                     "</table></div>")
    if r.per_topic:
        topics = "".join(
            f'<li><span>{escape(t.topic)}</span><span style="color:{score_color(t.mean_score)}">'
            f'<b>{t.mean_score:.0f}</b></span>'
            f'<span class="mi-muted">{question_count(t.questions, view.language)}</span></li>'
            for t in r.per_topic)
        parts.append(f'<div class="mi-card"><h3>{lab["by_topic"]}</h3><ul class="mi-by-topic">{topics}</ul></div>')
    parts.append('<div class="mi-two">' + _list_card(lab["strengths"], r.strengths, lab["none"], "good")
                 + _list_card(lab["improvements"], r.improvements, lab["none"], "improve") + "</div>")
    if r.delivery is not None:
        spoken = sum(t.delivery is not None for t in view.scored)
        parts.append(_list_card(lab["delivery"], delivery_lines(r.delivery, view.language), lab["none"], "delivery")
                     .replace("</h3>", f'</h3><p class="mi-muted">{lab["delivery_note"].format(n=spoken)}</p>', 1))
    reminders = [f"{text} — {n} {lab['times']}" for text, n in view.reminders]
    parts.append(_list_card(lab["reminders"], reminders, no_reminders(view), "reminders"))
    parts.append("</div>")
    return "".join(parts)


def asked_first(turn: Turn, language: str) -> str | None:
    """What the candidate asked before answering (agent/asides.py), for the report: 'Asked first: "..."'."""
    if not turn.asides:
        return None
    return f"{labels(language)['asked_first']}: " + "; ".join(f'"{_clip(a.said, 120)}"' for a in turn.asides)


def _asked_first(turn: Turn, language: str) -> str:
    said = asked_first(turn, language)
    return f'<small class="mi-muted">{escape(said)}</small><br>' if said else ""


POSITION = {"en": {"below": "below", "within": "within", "above": "above"},
            "zh": {"below": "低于", "within": "处于", "above": "高于"}}


def delivery_lines(m: DeliveryMetrics, language: str) -> list[str]:
    """Pace, fillers, pauses and speaking time of the spoken answers, each against its comfortable range, then the
    speech reminders they raise."""
    where = {a.metric: a for a in m.assessments}
    pos = POSITION["zh" if language == "zh" else "en"]
    rate, fill, pause, share = (where[k] for k in (m.rate_unit, "fillers_per_100", "long_pauses_per_min",
                                                     "speaking_share"))
    words = ", ".join(f"{w} x{n}" for w, n in sorted(m.filler_words.items(), key=lambda kv: -kv[1]))
    if language == "zh":
        unit = "字/分钟" if m.rate_unit == "cpm" else "词/分钟"
        lines = [
            f"语速：{m.rate:.0f} {unit}（{pos[rate.position]}舒适范围 {rate.low:.0f}-{rate.high:.0f}）",
            f"填充词：{m.fillers} 个，每百词 {m.fillers_per_100:.1f}（{pos[fill.position]}舒适范围 ≤ {fill.high:g}）"
            + (f"：{words}" if words else ""),
            f"长停顿（≥ 1.5 秒）：{len(m.long_pauses)} 次，最长 {m.longest_pause_s:.1f} 秒"
            f"（每分钟 {m.long_pauses_per_min:.1f}，{pos[pause.position]}舒适范围 ≤ {pause.high:g}）",
            f"说话时间占比：{m.speaking_share:.0%}（{pos[share.position]}舒适范围 ≥ {share.low:.0%}）",
        ]
    else:
        unit = "characters/min" if m.rate_unit == "cpm" else "words/min"
        lines = [
            f"Pace: {m.rate:.0f} {unit} ({pos[rate.position]} the comfortable {rate.low:.0f}-{rate.high:.0f})",
            f"Filler words: {m.fillers}, {m.fillers_per_100:.1f} per 100 words ({pos[fill.position]} the comfortable "
            f"0-{fill.high:g})" + (f": {words}" if words else ""),
            f"Long pauses (1.5 s or more): {len(m.long_pauses)}, longest {m.longest_pause_s:.1f} s "
            f"({m.long_pauses_per_min:.1f} per minute, {pos[pause.position]} the comfortable 0-{pause.high:g})",
            f"Speaking time: {m.speaking_share:.0%} of the answer time ({pos[share.position]} the comfortable "
            f"{share.low:.0%}-100%)",
        ]
    return lines + [r.zh if language == "zh" else r.en for r in speech_reminders(m)]


def _list_card(title: str, items: Sequence[str], empty: str, kind: str) -> str:
    body = ("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>") if items else \
        f'<p class="mi-muted">{empty}</p>'
    return f'<div class="mi-card mi-list-{kind}"><h3>{escape(title)}</h3>{body}</div>'


def _clip(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word where there is one ("data storage using…", not "using Fi")."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
