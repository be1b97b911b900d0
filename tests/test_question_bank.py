"""The open question banks: what is asked from them, and that a bank answer is graded against its reference."""

from __future__ import annotations

import json

from agent.config import Settings
from agent.engine import InterviewEngine, connect
from agent.nodes.plan_topics import BEHAVIORAL
from agent.roles import Roles
from agent.score_head import load_score_head
from agent.state import Question
from tests.conftest import ScriptedRoleModel
from tools.question_bank import BANK_DIR, MAX_REFERENCE_WORDS, QuestionBank
from tools.resume_parser import Resume
from ui.render import score_message

BANK = QuestionBank.load()
ML_RESUME = Resume(name="Sam Data", language="en", skills={"Machine learning": ["scikit-learn", "XGBoost"]},
                   text="Skills\nMachine learning: scikit-learn, XGBoost")


def test_every_bank_question_can_be_asked_and_answered_in_a_chat() -> None:
    assert len(BANK.questions) > 250
    for q in BANK.questions:
        assert q.question.endswith("?") and len(q.question.split()) >= 4, q.question
        assert "`" not in q.question and "<img" not in (q.reference or "")
        Question(text=q.question, importance=3, source="bank", reference=q.reference)  # every one can be asked
        assert q.license in {"CC-BY-4.0", "MIT", "Apache-2.0"}
    assert sum(q.reference is not None for q in BANK.questions) >= 60
    for licence in ("dsi_LICENSE", "tih_LICENSE", "h5bp_LICENSE.md", "README.md"):
        assert (BANK_DIR / licence).is_file()


def test_every_planned_theme_has_several_questions_and_the_relevance_rank_keeps_the_open_banks() -> None:
    """Every candidate was asked the open bank's one "working in a team" question ("... with senior management on large
    projects as well as multiple internal teams?"), and "leading without authority" had none. The project's own
    questions are asked too, but an answer's relevance rank is still taken against the 313 open-bank questions the
    assessment head was fitted with."""
    from agent.assess import other_questions

    for theme in BEHAVIORAL["en"]:
        assert len(BANK.candidates("behavioral", theme)) >= 3, theme
    picks = {BANK.pick("behavioral", "working in a team", key=f"resume {i}").question for i in range(20)}
    assert len(picks) >= 3
    # written as questions: "... Give an example from a team you were part of." was asked ending in "part of?"
    own = (BANK_DIR / "mockinterview_behavioral.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["question"].endswith("?") for line in own)
    others = set(other_questions())
    assert len(others) == 313 and not any(q.id.startswith("mi-") and q.question in others for q in BANK.questions)


def test_a_data_science_skill_gets_a_question_with_a_reference_answer() -> None:
    q = BANK.pick("skill", "XGBoost", key="resume")
    assert q is not None and q.topic == "Gradient boosting" and q.reference
    assert BANK.pick("skill", "XGBoost", key="resume") == q  # stable for one resume
    again = BANK.pick("skill", "XGBoost", key="resume", asked=[q.question])
    assert again is not None and again.question != q.question


def test_a_topic_whose_only_question_has_a_long_reference_is_asked_it_with_the_whole_reference() -> None:
    """"Supervised machine learning" had one bank question, with an 80-word reference, and it was left out: the model
    wrote "What was your supervisor's role in supervising me with machine learning?" instead (a terminal interview)."""
    q = BANK.pick("skill", "Supervised machine learning", key="resume")
    assert q is not None and q.question == "What is supervised machine learning?"
    assert q.reference is not None and len(q.reference.split()) > MAX_REFERENCE_WORDS
    rows = (BANK_DIR / "data_science_interviews.jsonl").read_text(encoding="utf-8").splitlines()
    raw = next(json.loads(r) for r in rows if json.loads(r)["id"] == q.id)["reference_answer"]
    assert q.reference.split()[-3:] == raw.split()[-3:]  # whole, not cut
    # where a topic has questions with short references, those are still the ones asked
    regression = [BANK.pick("skill", "Linear regression", key=f"resume {i}") for i in range(20)]
    assert all(r is not None and r.reference and len(r.reference.split()) <= MAX_REFERENCE_WORDS for r in regression)
    assert any(len((c.reference or "").split()) > MAX_REFERENCE_WORDS
               for c in BANK.candidates("skill", "Linear regression"))


def test_a_javascript_framework_gets_a_javascript_question() -> None:
    """"Next.js" matched no bank topic, and the model asked "What framework do you use for your next.js project?"."""
    for skill in ("Next.js", "Nuxt", "Svelte", "jQuery", "Redux"):
        q = BANK.pick("skill", skill, key="resume")
        assert q is not None and q.topic == "front-end/javascript", skill


def test_topics_no_bank_covers_are_left_to_the_question_role() -> None:
    assert BANK.pick("skill", "Kubernetes") is None
    assert BANK.pick("skill", "Leadership") is None  # not what the rest of its skill group is about
    assert BANK.pick("project", "Payments API") is None
    assert BANK.pick("experience", "Data Scientist at Acme") is None


def test_behavioural_topics_get_general_questions_on_their_own_theme() -> None:
    found = {name: BANK.candidates("behavioral", name) for name in BEHAVIORAL["en"]}
    assert sum(bool(qs) for qs in found.values()) >= 4
    questions = [q.question for qs in found.values() for q in qs]
    assert len(questions) == len(set(questions)), "two themes never share a question"
    assert not any("Airbnb" in q or " X " in q for q in questions)
    conflict = BANK.pick("behavioral", "handling a conflict or disagreement")
    assert conflict is not None and any(w in conflict.question.lower() for w in ("conflict", "disagree", "opinion"))


def test_an_interview_asks_the_bank_question_and_grades_against_its_reference(settings: Settings) -> None:
    head = load_score_head(Settings())
    assert head is not None, "the shipped score head"
    model = ScriptedRoleModel()
    engine = InterviewEngine(roles=Roles(model, score_head=head), conn=connect(":memory:"), settings=settings,
                             bank=BANK)
    progress = engine.start(resume=ML_RESUME)
    assert progress.pending is not None and progress.pending.topic == "scikit-learn"
    asked = progress.pending.text
    expected = BANK.pick("skill", "scikit-learn", key=ML_RESUME.text)
    assert expected is not None and asked == expected.question
    assert not any(c[1] == "question" and c[0] == "generate" for c in model.calls)  # no generation for it

    progress = engine.answer(progress.session_id, expected.reference or "")
    turn = progress.last_turn
    assert turn is not None and turn.score is not None
    assert turn.question.source == "bank" and turn.question.reference == expected.reference
    assert "scored_against_reference" in turn.score.flags and turn.score.score >= 70  # the reference itself
    shown = score_message(turn, "en")["content"]
    assert "A reference answer" in shown and expected.id in shown and "CC-BY-4.0" in shown

    again = engine.start(resume=ML_RESUME)  # the same resume opens with the same question
    assert again.pending is not None and again.pending.text == asked
    unsure = engine.answer(again.session_id, "I am not sure, I have never used it.").last_turn
    assert unsure is not None and unsure.score is not None
    assert unsure.score.score == 10.0 and "no_attempt" in unsure.score.flags


def test_chinese_interviews_and_a_switched_off_bank_write_every_question(settings: Settings) -> None:
    model = ScriptedRoleModel()
    engine = InterviewEngine(roles=Roles(model), conn=connect(":memory:"), settings=settings, bank=BANK)
    progress = engine.start(resume=ML_RESUME, language="zh")
    assert progress.pending is not None
    assert any(c[1] == "question" and c[0] == "generate" for c in model.calls)
    engine = InterviewEngine(roles=Roles(ScriptedRoleModel()), conn=connect(":memory:"), settings=settings)
    pending = engine.start(resume=ML_RESUME).pending
    assert pending is not None and pending.text == "What did you learn from scikit-learn in case 1?"
