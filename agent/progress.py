"""A candidate's progress across interviews: the trend of their scores and the areas that stay weakest.

Local and account-free: a candidate is the name on the session index (the resume's person, or the name given at the
start), matched without regard to case or spacing. Only finished interviews with a saved report count; everything
here is read from the index and the reports (no model call), so the web app and the terminal show the same.
"""

from __future__ import annotations

from collections import defaultdict

from pydantic import BaseModel, Field

from agent.combined import combine_report, delivery_score
from agent.sessions import SessionIndex, SessionRow
from agent.state import Report, Topic

WEAKEST = 3  # areas shown, and practised by "Practise this"
EVIDENCE = 2  # answers shown per weak area, the lowest-scored first


class SessionPoint(BaseModel):
    """One finished interview on the trend."""

    session_id: str
    started: str
    target_role: str
    overall: float | None = Field(description="The answers' importance-weighted mean score.")
    combined: float | None = Field(description="Text, delivery and behaviour together (agent/combined.py).")
    skills: dict[str, float] = Field(description="Mean answer score per topic asked in this interview.")
    delivery: float | None = Field(description="Delivery score of the spoken answers; None when all were typed.")
    behavior: dict[str, float] | None = Field(description="The five behaviour scores; None with the camera off.")


class Evidence(BaseModel):
    """An answer that shows a weakness."""

    session_id: str
    started: str
    question: str
    answer: str
    score: float
    feedback: str


class Weakness(BaseModel):
    topic: Topic = Field(description="The area as it was last asked.")
    mean_score: float
    answers: int
    evidence: list[Evidence]


class CandidateProgress(BaseModel):
    candidate: str
    sessions: list[SessionPoint] = Field(description="Oldest first.")
    weakest: list[Weakness] = Field(description="The lowest mean scores first, at most three.")


def same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def candidate_names(index: SessionIndex, owner: str | None = None) -> list[str]:
    """The names with at least one finished interview, most recent first."""
    names: list[str] = []
    for row in index.list(owner):
        if row.finished and not any(same_name(row.candidate, n) for n in names):
            names.append(row.candidate)
    return names


def candidate_progress(index: SessionIndex, candidate: str, owner: str | None = None) -> CandidateProgress:
    rows = [r for r in index.list(owner) if r.finished and same_name(r.candidate, candidate)]
    finished: list[tuple[SessionRow, Report]] = []
    for row in sorted(rows, key=lambda r: (r.started, r.updated)):
        report = index.report(row.id)
        if report is not None:
            finished.append((row, report))
    return CandidateProgress(candidate=candidate, sessions=[_point(row, report) for row, report in finished],
                             weakest=_weakest(finished))


def practice_topics(progress: CandidateProgress) -> list[Topic]:
    """A focused plan on the weakest areas: each topic carries what its weakest earlier answer lacked."""
    topics = []
    for rank, w in enumerate(progress.weakest):
        worst = w.evidence[0] if w.evidence else None
        detail = f"Practice: earlier answers here scored {w.mean_score:.0f} on average." + (
            f" The weakest one: {worst.feedback}" if worst else "")
        topics.append(w.topic.model_copy(update={"detail": detail[:600],
                                                 "priority": float(len(progress.weakest) - rank)}))
    return topics


def _point(row: SessionRow, report: Report) -> SessionPoint:
    by_topic: dict[str, list[float]] = defaultdict(list)
    for t in report.turns:
        if t.score is not None:
            by_topic[t.topic.name].append(t.score.score)
    combined = report.combined or combine_report(report)
    return SessionPoint(session_id=row.id, started=row.started, target_role=row.target_role, overall=report.overall,
                        combined=combined.score if combined else None,
                        skills={k: round(sum(v) / len(v), 1) for k, v in by_topic.items()},
                        delivery=delivery_score(report.delivery) if report.delivery else None,
                        behavior=report.behavior)


def _weakest(finished: list[tuple[SessionRow, Report]]) -> list[Weakness]:
    """Areas (topics, matched by name across interviews) by their mean answer score, lowest first."""
    areas: dict[str, list[tuple[float, Evidence, Topic]]] = defaultdict(list)
    for row, report in finished:
        for t in report.turns:
            if t.score is None:
                continue
            key = " ".join(t.topic.name.split()).casefold()
            evidence = Evidence(session_id=row.id, started=row.started, question=t.question.text,
                                answer=t.answer[:600], score=t.score.score, feedback=t.score.feedback)
            areas[key].append((t.score.score, evidence, t.topic))

    def mean(items: list[tuple[float, Evidence, Topic]]) -> float:
        return sum(s for s, _, _ in items) / len(items)

    out = []
    for _, items in sorted(areas.items(), key=lambda kv: (mean(kv[1]), kv[0]))[:WEAKEST]:
        lowest = sorted(items, key=lambda x: x[0])
        out.append(Weakness(topic=items[-1][2], mean_score=round(mean(items), 1), answers=len(items),
                            evidence=[e for _, e, _ in lowest[:EVIDENCE]]))
    return out


def progress_text(view: CandidateProgress) -> str:
    """The candidate view for the terminal (``mockinterview sessions --candidate NAME``): the same as the app's."""
    if not view.sessions:
        return f"No finished interview of {view.candidate} yet."

    def num(x: float | None) -> str:
        return f"{x:.0f}" if x is not None else "-"

    lines = [f"{view.candidate}: {len(view.sessions)} finished interview{'s' if len(view.sessions) != 1 else ''}",
             f"{'started':<11} {'role':<24} {'overall':>7} {'combined':>8} {'delivery':>8} {'behaviour':>9}"]
    for p in view.sessions:
        lines.append(f"{p.started[:10]:<11} {p.target_role[:24]:<24} {num(p.overall):>7} {num(p.combined):>8} "
                     f"{num(p.delivery):>8} {num((p.behavior or {}).get('overall')):>9}")
    skills: dict[str, list[str]] = {}
    for i, p in enumerate(view.sessions):
        for name, score in p.skills.items():
            skills.setdefault(name, ["-"] * len(view.sessions))[i] = num(score)
    lines += ["", "By skill, interview by interview (oldest first):"]
    lines += [f"  {name}: {' → '.join(scores)}" for name, scores in skills.items()]
    lines += ["", "Weakest areas:"]
    for n, w in enumerate(view.weakest, start=1):
        plural = "s" if w.answers != 1 else ""
        lines.append(f"  {n}. {w.topic.name}: mean {w.mean_score:.0f} over {w.answers} answer{plural}")
        for e in w.evidence:
            lines += [f"     Q: {e.question}", f"     A ({e.score:.0f}, {e.started[:10]}): {e.answer}",
                      f"     Feedback: {e.feedback}"]
    return "\n".join(lines)
