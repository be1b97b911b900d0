"""Plan the topic queue from the resume: projects, experience and skills, interleaved with behavioural topics.

The candidate may correct the plan before the interview starts (remove, edit, add, reorder); the graph then plans
from what the candidate confirmed. No topic is ever only a place, a date or punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from agent.feedback import YEAR
from agent.state import InterviewState, Language, Topic, job_topic_name
from tools.resume_parser import Resume, is_noise, latest_year

BEHAVIORAL: dict[Language, tuple[str, ...]] = {
    "en": (
        "working in a team",
        "handling a conflict or disagreement",
        "a failure and what you learned from it",
        "leading without authority",
        "working under a tight deadline",
    ),
    "zh": ("团队合作", "处理冲突或分歧", "一次失败及其教训", "在没有职权的情况下发挥领导力", "在紧迫的期限下工作"),
}


def _mentions(text: str, term: str) -> int:
    return len(re.findall(r"(?<![\w+#])" + re.escape(term.lower()) + r"(?![\w+#])", text.lower()))


# A job held now ("2017 – Present") is what an interviewer asks about first, and so is one with the target role's title.
CURRENT = re.compile(r"\b(?:present|now|current|today|ongoing)\b|至今|现在", re.IGNORECASE)
CURRENT_BONUS = 1.0
ROLE_MATCH_BONUS = 4.0  # more than any difference in highlights (at most 4 count)


# A resume's bullets seldom end in a full stop. Joined bare they read as one sentence, and qwen-0.5b asked "how did
# you match riders by route overlap using PostGIS Reduced no-shows by 30% with push reminders ...?" (seen in a
# browser interview on a new graduate's one-page resume).
_SENTENCE_END = re.compile(r"[.!?;:。！？；：]$")
_CJK_END = re.compile(r"[\u3400-\u9fff]$")


# A line that goes on with the one before it: a PDF's wrapped line ("... topics for email," / "SMS and push ...",
# "Built with" / "FastAPI, Kotlin"), not a bullet of its own. Lower case only: "Delivered Plan A" ends a bullet.
_GOES_ON = re.compile(r"(?:[,(/&+-]|\b(?:and|or|with|the|of|to|for|in|on|at|a|an|by|using|from|via|into))$")


def as_sentences(lines: Iterable[str]) -> str:
    """A resume's bullet lines as one text of sentences, each closed with a full stop where it has no end of its own;
    a wrapped line goes on with the line before it."""
    out: list[str] = []
    for line in lines:
        line = " ".join(line.split())
        if not line:
            continue
        if out and (_GOES_ON.search(out[-1]) or line[0].islower() or out[-1].count("(") > out[-1].count(")")):
            out[-1] += " " + line
        else:
            out.append(line)
    return " ".join(line if _SENTENCE_END.search(line) else line.rstrip(",") + ("。" if _CJK_END.search(line) else ".")
                    for line in out)


# A sentence of those facts ends where a capital or a digit follows a full stop ("Node.js" and "v2.1" do not end one); a
# labelled list ("Technologies: FastAPI, Kafka") is the tools of every fact, no fact of its own.
_FACT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
_LABELLED_LIST = re.compile(r"^[A-Z][\w /&-]{0,30}:\s")


def topic_parts(topic: Topic) -> list[str]:
    """The resume facts of a project or a job one by one, back from the text :func:`as_sentences` made of them."""
    return [fact for fact in _FACT_END.split(topic.detail) if fact and not _LABELLED_LIST.match(fact)]


# The figures that tell a fact apart: a number of two digits or more, or with a decimal point ("61% to 78%", "$1.9M",
# "140 components"), not a year ("in 2021") nor a small count ("6 squads", "two engineers"), which any story has.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _figures(text: str) -> set[str]:
    numbers = {n.replace(",", "") for n in _NUMBER.findall(text)}
    return {n for n in numbers if not YEAR.fullmatch(n) and (len(n) >= 2 or "." in n)}


def told_in(fact: str, answers: Sequence[str]) -> bool:
    """Whether one of ``answers`` already told ``fact``: it gives every figure of the fact, which has one."""
    figures = _figures(fact)
    return bool(figures) and any(figures <= _figures(answer) for answer in answers)


def untold(topic: Topic, answers: Sequence[str]) -> Topic:
    """``topic`` without the resume facts that an earlier answer of the interview told, while one is left: a question
    that opens a project or a job asks about what the candidate has not told yet. (Asked why the role, a product
    designer told the onboarding redesign, "61 to 78 percent", and the next question, on the job, was "how did you
    bring identity-check completion from 61% to 78%?": a browser interview, 2026-12-06.)"""
    if topic.kind not in ("project", "experience"):
        return topic
    pieces = _FACT_END.split(topic.detail)
    kept = [p for p in pieces if _LABELLED_LIST.match(p) or not told_in(p, answers)]
    if len(kept) == len(pieces) or all(_LABELLED_LIST.match(p) for p in kept):
        return topic
    return topic.model_copy(update={"detail": " ".join(kept)})


def _shares_role_words(title: str, target_role: str) -> bool:
    """More than half the role's words in the job title: "Backend Engineer" for "Senior Backend Engineer", not "Data
    Engineer" for "Machine Learning Engineer"."""
    words = {w for w in re.findall(r"\w+", target_role.lower()) if len(w) > 2}
    return 2 * len(words & set(re.findall(r"\w+", title.lower()))) > len(words)


def _candidate_topics(resume: Resume, target_role: str = "") -> dict[str, list[Topic]]:
    """Topics by kind, each list sorted by priority (how much of the resume the topic draws on; for a job, also
    whether it is held now and has the target role's title)."""
    text = resume.text
    projects = [
        Topic(
            name=p.name[:120],
            kind="project",
            detail=(as_sentences(p.description.splitlines())
                    + (" Technologies: " + ", ".join(p.technologies) if p.technologies else ""))[:600],
            priority=2.0 + len(p.technologies) + min(len(p.description) / 200, 2.0),
        )
        for p in resume.projects
        if p.name.strip()
    ]
    experience = [
        Topic(
            name=job_topic_name(e.title, e.organization)[:120],
            kind="experience",
            detail=as_sentences(e.highlights)[:600],
            priority=2.0 + min(len(e.highlights), 4) + CURRENT_BONUS * bool(CURRENT.search(e.period))
            + ROLE_MATCH_BONUS * _shares_role_words(e.title, target_role),
        )
        for e in resume.experience
        if (e.title or e.organization).strip()
    ]
    covered = " ".join(t.detail + " " + t.name for t in projects + experience)
    # Skills that projects or experience already cover are asked about there. The rest form one topic per skill
    # group, named after its most-mentioned skill, with the others in the detail for the Question role to use.
    skills = []
    for group, names in resume.skills.items():
        rest = sorted((s for s in names if s.strip() and _mentions(covered, s) == 0), key=lambda s: -_mentions(text, s))
        if rest:
            skills.append(Topic(name=rest[0][:120], kind="skill", detail=f"{group}: {', '.join(rest)}"[:600],
                                priority=float(sum(_mentions(text, s) for s in rest))))
    # the latest studies first (a resume written oldest first put a 2019 degree before a PGCert in progress)
    education = [
        Topic(name=e.institution[:120], kind="education", detail=e.degree[:600], priority=latest_year(e.period))
        for e in resume.education
        if e.institution.strip()
    ]
    return {
        kind: sorted(topics, key=lambda t: -t.priority)
        for kind, topics in (("project", projects), ("experience", experience), ("skill", skills),
                             ("education", education))
    }


def _interleave(groups: Sequence[Iterable[Topic]], limit: int) -> list[Topic]:
    iters = [iter(g) for g in groups]
    out: list[Topic] = []
    while iters and len(out) < limit:
        for it in list(iters):
            topic = next(it, None)
            if topic is None:
                iters.remove(it)
            elif all(topic.name.lower() != t.name.lower() for t in out):
                out.append(topic)
            if len(out) >= limit:
                break
    return out


def build_topic_queue(resume: Resume | None, *, language: Language, target_role: str, limit: int) -> list[Topic]:
    """Resume topics first by kind in rotation, with a behavioural topic after every two resume topics."""
    behavioral = [Topic(name=name, kind="behavioral", priority=1.0) for name in BEHAVIORAL[language]]
    resume_topics: list[Topic] = []
    if resume is not None:
        by_kind = _candidate_topics(resume, target_role)
        resume_topics = _interleave([by_kind["project"], by_kind["experience"], by_kind["skill"]], limit)
        resume_topics += by_kind["education"][:1]
    queue: list[Topic] = []
    if target_role.strip():
        queue.append(Topic(name=target_role.strip()[:120], kind="role", priority=5.0))
    b = iter(behavioral)
    for i, topic in enumerate(resume_topics, 1):
        queue.append(topic)
        if i % 2 == 0:
            queue.extend(t for t in [next(b, None)] if t is not None)
    queue.extend(b)
    return [t for t in queue if not is_noise(t.name)][:limit]


def confirmed_topics(names: Sequence[str], planned: Sequence[Topic], *, limit: int) -> list[Topic]:
    """The candidate's topics in the candidate's order: a planned topic keeps its kind and resume facts, an edited
    or added one is a topic of its own. Blank, duplicate and place/date/punctuation-only names are dropped."""
    by_name = {t.name.strip().lower(): t for t in planned}
    out: list[Topic] = []
    for name in names:
        name = " ".join(name.split())[:120]
        if is_noise(name) or any(t.name.lower() == name.lower() for t in out):
            continue
        known = by_name.get(name.lower())
        topic = known or Topic(name=name, kind="skill", detail="Chosen by the candidate.")
        out.append(topic.model_copy(update={"priority": float(limit - len(out))}))
    return out[:limit]


def skill_coverage(resume: Resume, topics: Sequence[Topic]) -> float:
    """Share of the resume's skills that some planned topic names or builds on."""
    skills = resume.all_skills()
    if not skills:
        return 1.0
    text = " ".join(f"{t.name} {t.detail}" for t in topics)
    return sum(_mentions(text, s) > 0 for s in skills) / len(skills)


def plan_topics(state: InterviewState, *, max_topics: int) -> InterviewState:
    """The topics the candidate confirmed when there are any, else the plan built from the resume."""
    confirmed = [t for t in state.get("topics") or [] if not is_noise(t.name)]
    topics = confirmed[:max_topics] or build_topic_queue(
        state.get("resume"),
        language=state.get("language", "en"),
        target_role=state.get("target_role", ""),
        limit=max_topics,
    )
    return {"topics": topics, "current_topic": None, "depth": 0, "turns": [], "asked": 0, "decision": None}
