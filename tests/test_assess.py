"""The reference-free assessment: its features, its fit, and a Scorer and Decision that act on it (scripted model,
bag-of-words embedder, a head fitted here on a synthetic followQG-style file)."""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

from adapters.assess_head import train_assess_head
from agent.assess import (
    EVIDENCE_BASELINE,
    EVIDENCE_JOB_DISCOUNT,
    EVIDENCE_MIN,
    EVIDENCE_SYSTEM,
    FEATURES,
    FILLER_CAP,
    FILLER_POINTS,
    FLOOR,
    FLOOR_RELEVANCE,
    FOLLOW_UP_SCORE,
    INTRODUCES_SELF,
    NEAR_HERE,
    OFF_TOPIC_CAP,
    ON_TOPIC_RANK,
    SELF_INTRODUCTION,
    STORY_CAPS,
    SUBSTANCE_CAPS,
    THEME_CUES,
    AssessHead,
    clearly_on_topic,
    develops,
    develops_zh,
    fit_assess_head,
    follow_up_question,
    is_rule_follow_up,
    load_assess_head,
    names_other,
    names_topic,
    new_specifics,
    non_answer,
    non_answer_zh,
    says_nothing_specific,
    shared_subject_actions,
    specifics_zh,
    star_parts,
    tells_another_part,
    template_of,
)
from agent.config import Settings
from agent.feedback import assessed_feedback
from agent.interview_types import is_counter_question
from agent.nodes.plan_topics import topic_parts
from agent.nodes.report import strengths_and_improvements
from agent.nodes.score import score as score_turn
from agent.nodes.score import score_input
from agent.roles import ChatMessage, DecisionInput, Exchange, RoleName, Roles, ScoreInput
from agent.state import Assessment, Missing, Question, Score, Topic, Turn, label_for
from tests.conftest import BagOfWords, ScriptedRoleModel, reported_strengths

TOPICS = {
    "How did you scale the Kafka ingestion pipeline?": "kafka ingestion pipeline partitions consumers lag brokers",
    "Tell me about a time you resolved a conflict in your team?": "conflict team colleague disagreement meeting",
    "How do you monitor production services as an SRE?": "monitoring production services alerts dashboards",
    "What motivates you to learn new programming languages?": "learning programming languages curiosity rust",
    "Describe a time your deployment failed and how you recovered?": "deployment failed rollback recovered release",
    "Why do you want to work in healthcare software?": "healthcare software patients hospitals records",
    "How do you prioritise bugs against new features?": "prioritise bugs features backlog severity",
    "Tell me about a project you led from start to finish?": "project led start finish milestones launch",
    "How do you review code written by junior engineers?": "review code junior engineers feedback pairing",
    "What is your approach to writing database migrations?": "database migrations schema postgres backwards",
    "How did you reduce the cost of your cloud infrastructure?": "cloud infrastructure cost instances savings",
    "Tell me about a time you missed a deadline?": "missed deadline estimate scope stakeholders",
}
FILLER = re.findall(r"\S+", "and then I worked on it carefully with the rest of the people involved over several weeks")


def synthetic_followqg(path: Path, seed: int = 0) -> Path:
    """Six answers per question, each using some of its topic words among filler, 25-60 words long."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["question", "answer", "followUp"])
        for question, words in TOPICS.items():
            for _ in range(6):
                text = [rng.choice(words.split()) if rng.random() < 0.4 else rng.choice(FILLER)
                        for _ in range(rng.randint(25, 60))]
                writer.writerow([question, "I " + " ".join(text) + ".", "What was the result?"])
    return path


@pytest.fixture(scope="module")
def head(tmp_path_factory: pytest.TempPathFactory) -> AssessHead:
    folder = tmp_path_factory.mktemp("assess")
    return train_assess_head(folder, BagOfWords(), source=synthetic_followqg(folder / "followqg.csv"))


@pytest.mark.parametrize(("answer", "expected"), [
    ("I don't know.", True),
    ("Hmm, I'd rather skip this one if that's ok.", True),
    ("No idea, sorry. Can we move on?", True),
    ("I have never done that.", True),
    ("I don't remember the exact figure, but I cut the Docker build time from 40 to 12 minutes by caching layers "
     "and splitting the test stage.", False),
    ("We used Kafka with 12 partitions.", False),
    # A request to go on was judged off-topic ("it talks about something else"): seen in a terminal interview.
    ("Next one, please.", True),
    ("skip", True),
    ("idk", True),
    ("Can you ask me something else?", True),
    ("Honestly, I never did that.", True),
    ("Next I moved the nightly jobs to Kafka.", False),
    ("No, we used Redis for that.", False),
    ("Nothing broke after the migration.", False),
    ("The next one was harder: I rewrote the parser.", False),
    # asking to skip, or having no example, with a reason (a nurse's terminal interview scored them 27 and 18)
    ("Honestly I'd rather skip this one, uni feels like a long time ago now.", True),
    ("Sorry, I don't have one for uni.", True),
    ("I'd rather skip this one, but at Acme I cut the build time by 40 percent.", False),
    ("I don't have one from uni, but at work I rebuilt the onboarding flow and cut drop-off by a third.", False),
    # a blank mind (the fresh graded file's development half: told "it talks about something else")
    ("Hmm, a specific example... I'm blanking right now. Could we come back to it?", True),
    ("Sorry, my mind has gone blank.", True),
    ("I drew a blank at first, then I checked the logs and found the leak in the connection pool.", False),
    # declining or sending the question elsewhere, with a reason that tells nothing (the second fresh graded file's
    # development half: scored 36-45 "weak" where a deflection scores 10 "poor")
    ("Honestly that number was the claims manager's doing, not mine, so I can't really speak to it.", True),
    # the same with more after it, in a browser interview: "so I the details" was read as an action of the candidate's
    ("Honestly most of that was the clinical director's call, so I can't really speak to the details of it.", True),
    ("That pilot is still under internal review, so I'm not supposed to go into the triage rules, sorry.", True),
    ("The registration side was really my event executive's area. You'd be better asking her about it.", True),
    ("I've always been the one in charge, so that's never really come up for me.", True),
    ("I mostly work on my own, so there isn't really a team story I can give you.", True),
    ("Apprentice work is pretty basic stuff. I'd rather tell you about the commercial side.", True),
    ("It really depends on the policy and the situation. Every file is different, so there's no one answer.", True),
    ("I couldn't tell you how relieved I was: I led the cutover of 40 sites and we finished two days early.", False),
    ("I'd rather talk about my current job, where I moved 40 stores to the new tills in six weeks.", False),
    ("There is no single answer: I start with the policy wording, then I check the loss date against the "
     "endorsements and call the insured the same day.", False),
])
def test_non_answers_and_deflections(answer: str, expected: bool) -> None:
    assert non_answer(answer) is expected


def test_star_parts_of_a_story() -> None:
    story = ("During my last internship our team had flaky deployments. I wrote a canary check and I added a "
             "rollback step. As a result failed releases dropped from 6 to 1 a month.")
    assert star_parts(story) == ["situation", "action", "result"]
    assert star_parts("We usually discuss things and move forward together.") == []


def test_pairwise_fit_ranks_real_above_twin_and_drops_a_feature_with_the_wrong_sign() -> None:
    rng = np.random.default_rng(0)
    x_twin = rng.normal(size=(200, len(FEATURES)))
    x_real = x_twin + rng.normal(size=x_twin.shape)
    x_real[:, FEATURES.index("log_words")] += 2.0  # real answers are longer, and name fewer things: a quirk
    x_real[:, FEATURES.index("specifics")] -= 1.0
    fitted = fit_assess_head(x_real, x_twin)
    assert "specifics" not in fitted.features and "log_words" in fitted.features
    assert "lm_grade" not in fitted.features  # only with use_lm
    assert np.mean(fitted.score_rows(x_real) > fitted.score_rows(x_twin)) > 0.9
    assert 0 < fitted.score_rows(x_twin).mean() < 50 < fitted.score_rows(x_real).mean() < 100
    with pytest.raises(ValueError, match="lm_grade"):
        fit_assess_head(np.full((4, len(FEATURES)), np.nan), np.zeros((4, len(FEATURES))), use_lm=True)


QUESTION = "How did you scale the Kafka ingestion pipeline?"
STRONG = ("I led the move of our Kafka ingestion pipeline from 6 to 24 partitions. I added consumers per partition, "
          "I set alerts on consumer lag, and I rebalanced the brokers; lag dropped from 9 minutes to 20 seconds and "
          "the pipeline now ingests 40,000 events a second.")
VAGUE = "I scaled the Kafka ingestion pipeline, it went well."
OFF_TOPIC = ("Last summer I rebuilt the carburettor of my motorcycle, cleaned the jets and replaced the float "
             "valve, and it has started first time ever since, even on cold mornings in the garage.")


def test_scores_order_strong_vague_off_topic_non_answer_and_labels_agree(head: AssessHead) -> None:
    model = ScriptedRoleModel()
    roles = Roles(model, assess_head=head)
    scores = [roles.score(ScoreInput(question=QUESTION, answer=a)) for a in (STRONG, VAGUE, OFF_TOPIC,
                                                                             "I don't know.")]
    values = [s.score for s in scores]
    assert values[0] >= 60 > values[2] and values[3] == min(values)  # the vague one: with the real embedder below
    assert all(s.label == label_for(s.score) for s in scores)
    assert not model.calls  # no language model unless the head combines its rubric grade
    strong, vague, off, idk = scores
    assert strong.assessment and "I led" in strong.assessment.own_actions and "Kafka" in strong.assessment.specifics
    assert "Good: it says what you did (I led" in strong.feedback
    assert off.assessment and off.assessment.missing == ["relevance"] and "does not answer" in off.feedback
    assert idk.assessment and idk.assessment.missing == ["attempt"] and idk.score <= 10
    assert "not an attempt" in idk.feedback and "no_attempt" in idk.flags
    assert vague.assessment is not None


@pytest.mark.slow
def test_with_the_shipped_head_and_embedder_strong_beats_vague_beats_off_topic_beats_not_knowing() -> None:
    head = load_assess_head(Settings())
    assert head is not None
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    vague = "I am good with Kafka and pipelines."
    scores = [roles.score(ScoreInput(question=QUESTION, answer=a)) for a in (STRONG, vague, OFF_TOPIC,
                                                                             "I don't know.")]
    assert [s.score for s in scores] == sorted((s.score for s in scores), reverse=True)
    # The pairwise head (3c1cb22) puts a one-line claim at "fair" (54): below the strong answer, and followed up
    # for its missing substance (the assertion below); off-topic and not knowing stay weak or poor.
    assert scores[0].label in ("good", "excellent") and scores[1].label in ("fair", "weak", "poor")
    assert all(s.label in ("weak", "poor") for s in scores[2:])
    assert [s.assessment.missing[:1] for s in scores if s.assessment] == [[], ["substance"], ["relevance"],
                                                                          ["attempt"]]


def test_an_answer_that_says_nothing_specific_is_vague_not_about_something_else() -> None:
    asked = [QUESTION]
    assert says_nothing_specific("Yeah, we did a lot of things there and the team handled it pretty well.", asked)
    assert says_nothing_specific("I worked on the pipeline, it was a good experience and I learned a lot.", asked)
    assert not says_nothing_specific(OFF_TOPIC, asked)  # carburettor, motorcycle, jets: a subject of its own
    assert not says_nothing_specific("We used Flink for it.", asked)  # a name
    # claims about oneself, not a subject (a terminal interview on richard_hendriks.docx was told this "talks about
    # something else" on a teamwork question)
    team = ["How did you work with senior management on large projects as well as multiple internal teams?"]
    assert says_nothing_specific("I think communication is very important and I always try to keep everyone "
                                 "informed.", team)
    assert says_nothing_specific("I'm flexible and I always try to contribute positively to the team spirit.", team)
    # the clichés of a job told in general (a terminal interview on an account executive's resume asked this for "the
    # result in the end", as if it had told an example, instead of for one)
    job = ["What was your experience at Fieldstone Software, and how did you contribute to its success?"]
    assert says_nothing_specific("It was a great experience. I worked with a lot of customers and I always tried to "
                                 "go above and beyond, and I think I contributed a lot to the team's success overall.",
                                 job)


@pytest.mark.slow
def test_a_vague_answer_far_from_the_question_is_asked_for_an_example_not_the_question_again() -> None:
    """Far from the question in meaning, so scored as low as an off-topic answer, but the follow-up and the feedback
    say what it lacks: something specific (seen in a browser interview on moderncv_oldstyle.pdf, where "I worked on
    that with the team and it went pretty well" was told it "talks about something else")."""
    head = load_assess_head(Settings())
    assert head is not None
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    vague = roles.score(ScoreInput(question=QUESTION, answer="Yeah, we did a lot of things there and it went fine, "
                                                               "everyone helped and it was a good experience."))
    off = roles.score(ScoreInput(question=QUESTION, answer=OFF_TOPIC))
    assert vague.assessment and vague.assessment.missing == ["substance"] and vague.score <= 25
    assert "something else" not in vague.feedback and "substance" in vague.feedback
    assert off.assessment and off.assessment.missing == ["relevance"] and "something else" in off.feedback


def test_decisions_follow_the_gaps_and_name_them(head: AssessHead) -> None:
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    topic = Topic(name="Kafka", kind="skill")

    def decide(answer: str, depth: int = 0, earlier: Exchange | None = None) -> tuple[str, str]:
        s = roles.score(ScoreInput(question=QUESTION, answer=answer))
        now = Exchange(question=QUESTION, answer=answer, score=s.score, assessment=s.assessment)
        d = roles.decide(DecisionInput(topic=topic, depth=depth, max_depth=2, history=[*([earlier] if earlier
                                                                                         else []), now]))
        return d.action, d.guidance

    assert decide(STRONG)[0] == "SWITCH"
    action, question = decide("I don't know.")
    assert action == "FOLLOW_UP" and "related experience" in question
    action, question = decide(OFF_TOPIC)
    assert action == "FOLLOW_UP" and question.startswith("Let's come back to the question") and "Kafka" in question
    action, question = decide(VAGUE)
    assert action == "FOLLOW_UP" and "specific example" in question
    assert question.startswith('You mentioned "I scaled the Kafka ingestion pipeline". ')  # what it builds on
    vague = roles.score(ScoreInput(question=QUESTION, answer=VAGUE))
    again = Exchange(question=QUESTION, answer=VAGUE, score=vague.score, assessment=vague.assessment)
    assert decide(VAGUE, depth=1, earlier=again)[0] == "SWITCH"  # asked for once, still missing: move on


def test_a_follow_up_answer_may_address_the_question_that_opened_the_topic(head: AssessHead) -> None:
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    generic = "Is there a related experience you can tell me about instead?"
    alone = roles.score(ScoreInput(question=generic, answer=STRONG))
    framed = roles.score(ScoreInput(question=generic, answer=STRONG, opening=QUESTION))
    assert alone.assessment and framed.assessment
    assert framed.assessment.relevance > alone.assessment.relevance and framed.score >= alone.score


def test_follow_up_questions_name_what_a_story_lacks() -> None:
    assert "result" in follow_up_question(["result"], "Tell me about a time you failed?")
    assert "yourself" in follow_up_question(["own_actions"], "Tell me about a time you failed?")
    both = follow_up_question(["own_actions", "result"], "Tell me about a time you failed?")
    assert "yourself" in both and "result" in both and both.endswith("?")


@pytest.mark.parametrize(("missing", "answer", "quoted"), [
    # a story without its result: the candidate's last own action, up to its "and" after six words
    (["result"], "Our deploys kept failing on Fridays. I rewrote the release pipeline in GitHub Actions and added "
     "a canary stage.", "I rewrote the release pipeline in GitHub Actions"),
    # without the candidate's own part: what "we" did, up to the comma
    (["own_actions"], "During my final year, we built a mobile app for the library, and it won a prize.",
     "we built a mobile app for the library"),
    # a vague answer: its first statement about the candidate, typed in lower case
    (["substance"], "well, i try to minimise wastage and maximise usage of resources which needs creativity.",
     "I try to minimise wastage and maximise usage of resources"),
    # "while" after an article is a noun, not a joining word (it quoted "I worked on it for a")
    (["substance"], "It was a side project about transit data, I worked on it for a while and it was useful for some "
     "people.", "I worked on it for a while"),
    # an "and" that opens a clause of its own ends the first: it quoted "I love working with data and I think data
    # science is the…" (a browser interview, 2026-12-06)
    (["substance"], "I love working with data and I think data science is the future. I'm a quick learner.",
     "I love working with data"),
    # a long clause is cut at twelve words
    (["substance"], "My approach to every single project is to plan each of the small steps in great detail first.",
     "My approach to every single project is to plan each of the…"),
])
def test_a_follow_up_quotes_the_clause_of_the_answer_it_builds_on(missing: list[Missing], answer: str,
                                                                  quoted: str) -> None:
    """followQG's human follow-ups build on what the candidate said ("How exactly did being depressed help you?");
    the rule's follow-up quotes it, then asks its question."""
    question = follow_up_question(missing, "Tell me about a time you improved something?", "en", answer)
    assert question.startswith(f'You mentioned "{quoted}". ') and question.endswith("?")
    assert is_rule_follow_up(question) and template_of(question) == follow_up_question(missing, "Q?")


@pytest.mark.parametrize(("missing", "answer"), [
    (["attempt"], "I don't know, I never did that."),  # nothing to build on
    (["relevance"], "I rebuilt the carburettor of my motorcycle."),  # brought back to the question instead
    (["substance"], "The last project I did was fine."),  # "I" inside a clause, not opening one
    (["substance"], "After my graduation, things went well."),  # "my" after a preposition
    (["result"], "I at a few times took up extra work."),  # "I at" is no action
    (["substance"], "I did."),  # too short to quote
])
def test_a_follow_up_quotes_nothing_where_nothing_opens_a_clause(missing: list[Missing], answer: str) -> None:
    question = follow_up_question(missing, "Tell me about a time you improved something?", "en", answer)
    assert "You mentioned" not in question and is_rule_follow_up(question)


def test_a_quoted_clause_stays_short() -> None:
    url = "I pasted https://example.com/" + "a" * 300 + " into the ticket."
    question = follow_up_question(["substance"], "Q?", "en", url)
    assert question.startswith('You mentioned "I pasted https://example.com/aaa') and "…" in question
    assert len(question) < 300 and is_rule_follow_up(question)


@pytest.mark.parametrize(("missing", "answer", "quoted"), [
    (["substance"], "去年在明湖，我负责订单服务的重构，效果不错。", "我负责订单服务的重构"),
    (["result"], "我先开了慢查询日志，然后我把索引改成 (account_id, created_at)，再压测。", "我把索引改成"),
    (["own_actions"], "那次上线我们用 binlog 同步数据，后来顺利切换了。", "我们用 binlog 同步数据"),
])
def test_a_chinese_follow_up_quotes_the_clause_it_builds_on(missing: list[Missing], answer: str, quoted: str) -> None:
    question = follow_up_question(missing, "你是怎么优化订单服务的？", "zh", answer)
    assert question.startswith(f"你刚才说“{quoted}”。") and question.endswith("？")
    assert is_rule_follow_up(question) and not is_counter_question(question)
    assert template_of(question) == follow_up_question(missing, "Q?", "zh")
    # "我学到的是" leads up to what was learned; a non-answer is asked again, not quoted
    assert "你刚才说" not in follow_up_question(["result"], "Q?", "zh", "我学到的是：监控要先行。")
    assert "你刚才说" not in follow_up_question(["attempt"], "Q?", "zh", "我不知道。")


def test_an_answer_to_a_quoting_follow_up_is_judged_by_the_question_that_opened_the_topic(head: AssessHead) -> None:
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    ask = follow_up_question(["substance"], QUESTION, "en", VAGUE)
    assert ask.startswith('You mentioned "I scaled the Kafka ingestion pipeline". ')
    plain = roles.score(ScoreInput(question=follow_up_question(["substance"], QUESTION), opening=QUESTION,
                                   answer=STRONG))
    quoting = roles.score(ScoreInput(question=ask, opening=QUESTION, answer=STRONG))
    assert quoting.score == plain.score and quoting.assessment == plain.assessment


def test_the_shipped_head_loads_and_can_be_turned_off() -> None:
    shipped = load_assess_head(Settings())
    assert shipped is not None and shipped.trained_on.startswith("followQG") and shipped.n > 500
    assert load_assess_head(Settings(assess_head=False)) is None


def test_report_strengths_come_from_the_best_answers_and_improvements_from_the_worst(head: AssessHead) -> None:
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    turns = []
    for i, (name, answer) in enumerate(zip(("Kafka", "Redis", "Docker", "Go", "Kafka Streams"),
                                           (STRONG, VAGUE, OFF_TOPIC, "I don't know.", STRONG), strict=True)):
        s = roles.score(ScoreInput(question=QUESTION, answer=answer))
        turns.append(Turn(index=i, topic=Topic(name=name, kind="skill"), follow_up=False, answer=answer, score=s,
                          question=Question(text=QUESTION, importance=3)))
    strengths, improvements = strengths_and_improvements(turns)
    assert all(": it says what you did (I led" in s for s in strengths[:2])
    assert len(improvements) == 3
    # the answer's own number and score, not the topic's ("By topic" averages a topic's answers)
    assert improvements[0].startswith("Go, question 4 (0/100): practise having one real example ready")
    assert improvements[-1].startswith("Practise next: ") and "of 5 answers" in improvements[-1]
    # One answer's gap that an improvement already names is not said again as the skill to practise next (a terminal
    # interview's report on uk_cv.docx said "answering with one concrete example" twice, "missing in 1 of 8 answers")
    once = strengths_and_improvements([t for t in turns if t.answer in (OFF_TOPIC, "I don't know.")])[1]
    assert len(once) == 2 and not any(line.startswith("Practise next") for line in once)
    # A topic's follow-ups are not more strengths or weaknesses: one line per topic (a report listed
    # "Product Manager at Google (0/100)" and "Product Manager at Google (11/100)"), unless another of its answers
    # lacked something else: an answer about something else, on the topic of a vague answer and "I don't know", was
    # in no line of a terminal interview's report (2026-12-07)
    same = [t.model_copy(update={"topic": Topic(name="Kafka", kind="skill")}) for t in turns]
    strengths, improvements = strengths_and_improvements(same)
    assert len(strengths) == 1 and improvements[0].startswith("Kafka, question 4 (0/100)") and len(improvements) == 3
    assert improvements[1].startswith("Kafka, question 3")
    assert "answering the question that was asked" in improvements[1]
    twice = strengths_and_improvements([t for t in same if t.answer == "I don't know."] * 2)[1]
    assert sum(line.startswith("Kafka") for line in twice) == 1  # the same gap on one topic is one line
    # A Chinese interview's report says what to practise in Chinese (it was English beside Chinese feedback).
    _, chinese = strengths_and_improvements(turns, "zh")
    assert chinese[0].startswith("Go，第 4 题（0/100）：练习为每个话题") and chinese[-1].startswith("下一步练习：")
    assert not any(re.search(r"[A-Za-z]{4,}", line.split("：", 1)[1]) for line in chinese)


def test_an_off_topic_answer_to_a_rule_follow_up_is_brought_back_to_the_topics_question(head: AssessHead) -> None:
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    topic = Topic(name="Kafka", kind="skill")
    attempt = "That's fine. Is there a related experience you can tell me about instead, even a small one, and " \
              "what did you do in it?"
    history = []
    for question, answer in ((QUESTION, "I don't know."), (attempt, OFF_TOPIC)):
        s = roles.score(ScoreInput(question=question, answer=answer))
        history.append(Exchange(question=question, answer=answer, score=s.score, assessment=s.assessment))
    decision = roles.decide(DecisionInput(topic=topic, depth=1, max_depth=3, history=history))
    assert decision.action == "FOLLOW_UP" and decision.guidance.startswith("Let's come back to the question I asked")
    assert "That's fine" not in decision.guidance and QUESTION.rstrip("?") in decision.guidance


def test_an_answer_that_fits_its_question_better_than_nearly_any_other_is_not_off_topic(head: AssessHead) -> None:
    """A low cosine alone does not make an answer off-topic when the answer is closer to its own question than to
    all but 2 % of the banks' other questions (ON_TOPIC_RANK); that rank also counts as clear evidence for a floor."""
    near = Assessment(relevance=0.18, relevance_rank=0.013, question_rank=0.013, attempt=True, words=70)
    assert not head.off_topic(near) and clearly_on_topic(near)
    elsewhere = near.model_copy(update={"question_rank": 0.05})
    assert head.off_topic(elsewhere) and not clearly_on_topic(elsewhere)
    # near the topic's resume facts only (relevance_rank counts them), not the question asked
    assert head.off_topic(near.model_copy(update={"relevance_rank": 0.0, "question_rank": 0.4}))


@pytest.mark.slow
def test_an_answer_to_another_interview_question_about_a_resume_topic_talks_about_something_else() -> None:
    """Seen on the graded answers of six more professions (2026-12-07): "My biggest strength is probably that I stay
    calm ..." to a question about insulation testing, "Where I want to go next is an executive chef role" to one about
    a cookery diploma (64 "fair", not followed up). Answers written for this test."""
    head = load_assess_head(Settings())
    assert head is not None
    question = "How do you calibrate the pipettes in your lab before a qPCR run?"
    context = "qPCR. Skills: qPCR, ELISA, CRISPR, cell culture."
    for answer in ("My greatest strength is that I stay organised under pressure: I keep a shared calendar for the "
                   "whole lab and everyone knows where things stand, which my manager mentioned in my last review.",
                   "In five years I'd like to be managing people, ideally at a larger company, and to have moved "
                   "closer to my family in Lisbon."):
        score, a = head.assess(question, answer, context=context, expects="specifics")
        assert head.off_topic(a) and score <= OFF_TOPIC_CAP and "relevance" in a.missing, answer
    strong = ("Every quarter I check each pipette gravimetrically: ten dispenses of water at three volumes on the "
              "Mettler balance, and anything outside 1 percent goes to the service company. Before a run I also do a "
              "quick dye test on the multichannel, which caught a leaking channel last month.")
    score, a = head.assess(question, strong, context=context, expects="specifics")
    assert not head.off_topic(a) and score >= FOLLOW_UP_SCORE
    # a plan that names the topic's own work is near it: left to the other judges
    _, a = head.assess(question, "In five years I'd like to be leading a small assay development group, ideally at "
                       "a company with several programmes.", context=context, expects="specifics")
    assert not head.off_topic(a)


@pytest.mark.slow
def test_a_strong_story_far_from_its_question_in_cosine_is_not_sent_back_to_it() -> None:
    """Seen in a terminal interview on alfred_pennyworth_pm.pdf: this answer to "Is there a related experience?"
    on the topic "Product Manager at Google" scored 25, "it talks about something else" (all-MiniLM-L6-v2's cosine
    0.18 to the topic's question, yet closer to it than to 98.7 % of the banks' other questions; all-mpnet-base-v2's
    0.21)."""
    head = load_assess_head(Settings())
    assert head is not None
    answer = ("Yes. At Google I led the launch of a new checkout flow with design, engineering and legal. Legal "
              "wanted an extra consent screen that our research showed would cost conversions, so I set up a two-week "
              "test with two variants and a shared dashboard. The lighter variant passed the legal review and kept "
              "conversion flat instead of the 6 percent drop we had feared, and we shipped it to all markets in "
              "March.")
    score, a = head.assess(follow_up_question(["attempt"], QUESTION), answer,
                           opening="What was your role at Google during the time you led cross-functional teams?",
                           context="Product Manager at Google (2017 – Present). Leading cross-functional teams to "
                                   "design, develop, and launch innovative products.", expects="specifics")
    # not sent back, nor followed up; all-MiniLM-L6-v2's rank of it (0.013) also lifted it to the floor, 70, where
    # all-mpnet-base-v2's (0.029) is outside ON_TOPIC_RANK: about 63, "fair"
    assert a.relevance < FLOOR_RELEVANCE and a.missing == [] and score >= FOLLOW_UP_SCORE


def test_a_self_introduction_is_on_topic_for_tell_me_about_yourself(head: AssessHead) -> None:
    """"Tell me about yourself" names no subject for an embedding to match: an introduction in the first person
    answers it, however far its words are from the question's; an answer that introduces nobody is judged as before."""
    for asked in ("Tell me about yourself.", "So, can you tell me a little bit more about yourself?",
                  "Walk me through your resume.", "Tell me more about your background."):
        assert SELF_INTRODUCTION.search(asked), asked
    for other in ("If you could change one thing about yourself, what would it be?", "What motivates you?"):
        assert not SELF_INTRODUCTION.search(other), other
    for intro in ("My name is Ana and I build data pipelines.", "I'm currently a junior studying chemistry.",
                  "I studied physics in Porto", "I've been working as a nurse for six years."):
        assert INTRODUCES_SELF.search(intro), intro
    for story in ("I led the migration to Kafka.", "We shipped it in March and I learned a lot."):
        assert not INTRODUCES_SELF.search(story), story
    intro = ("I'm a backend developer from Lisbon. I studied informatics at the University of Porto, then I worked "
             "at a logistics startup for three years, mostly on route planning, and now I'm looking for a team "
             "where I can grow into architecture.")
    _, a = head.assess("Tell me about yourself.", intro)
    assert a.relevance >= FLOOR_RELEVANCE and a.relevance_rank == 0.0 and a.question_rank == 0.0
    assert "relevance" not in a.missing
    _, same = head.assess("How did you scale the Kafka ingestion pipeline?", intro)
    assert same.relevance < FLOOR_RELEVANCE  # only a self-introduction question takes an introduction as its answer


@pytest.mark.slow
def test_with_the_shipped_head_a_self_introduction_is_a_good_answer_to_tell_me_about_yourself() -> None:
    """Five MIT interviews' opening answers ("I'm currently a junior at MIT. I'm studying biology ...") were at cosine
    0.05-0.12 from "Tell me about yourself" and scored 21-25, "talks about something else". This introduction was
    written for the test."""
    head = load_assess_head(Settings())
    assert head is not None
    intro = ("Sure. I'm a backend developer from Lisbon. I studied informatics at the University of Porto, then I "
             "worked at a logistics startup for three years, mostly on route planning, where I rewrote the scheduler "
             "in Go. Now I'm looking for a team where I can grow into architecture.")
    score, a = head.assess("Good. So, tell me about yourself.", intro)
    assert score >= FOLLOW_UP_SCORE and a.missing == []
    score, a = head.assess("Good. So, tell me about yourself.", "The partitions were rebalanced every night, the "
                           "consumers lagged behind and the brokers ran out of disk on the weekend.")
    assert "relevance" in a.missing


def test_filler_words_beyond_three_in_a_hundred_cost_points_but_ask_for_nothing(head: AssessHead) -> None:
    """A spoken answer heavy with "um" and ", like," loses FILLER_POINTS for each filler per 100 words beyond 3, and
    its feedback says so; the gaps are named before, so fillers alone never send it back for substance."""
    question = "How did you scale the Kafka ingestion pipeline?"
    clean = ("I split the Kafka ingestion pipeline into more partitions, I added consumers and lag alerts on the "
             "brokers, and the lag fell from 40 minutes to 2 minutes for the billing team.")
    spoken = ("Um, I split the Kafka ingestion pipeline into, like, more partitions, I added consumers and lag "
              "alerts on the brokers, um, and the lag fell from 40 minutes to 2 minutes for the billing team.")
    plain, a = head.assess(question, clean)
    assert a.fillers_per_100 == 0.0 and a.filler_points == 0.0
    score, b = head.assess(question, spoken)
    rate = 100 * 3 / len(spoken.split())
    assert b.fillers_per_100 == round(rate, 1)
    assert b.filler_points == round(min(FILLER_CAP, FILLER_POINTS * (rate - 3)), 1) > 0
    assert b.missing == a.missing and score < plain
    feedback = assessed_feedback(question, spoken, score, b)
    assert f"Filler words cost it {b.filler_points:.0f} points" in feedback and '"um" 2x' in feedback
    assert "Filler" not in assessed_feedback(question, clean, plain, a)
    # an off-topic answer or a non-answer is judged for that alone
    assert head.assess(question, "Um, I, uh, don't know, um.")[1].filler_points == 0.0


def test_an_answer_names_its_topic_by_the_skill_the_project_or_the_employer() -> None:
    assert names_topic("I ran git bisect over forty commits.", "Git")
    assert names_topic("At Brightline I split the batch into DAGs.", "Senior Data Engineer at Brightline")
    assert not names_topic("I rebuilt the frame of a road bike.", "Git")
    assert not names_topic("I wrote a digital twin of the plant.", "Go") and not names_topic("Anything.", None)


@pytest.mark.slow
def test_a_told_story_that_names_its_skill_is_good_however_far_its_words_are_from_the_question() -> None:
    """Seen in a terminal interview on a browser-printed resume (2026-12-04): this answer to a follow-up on Git was at
    cosine 0.23 from "How do you use Git in your development workflow?", so no floor applied, and with four tools
    and figures of its own it scored 42 and was told it lacked "the tools, systems and figures"."""
    head = load_assess_head(Settings())
    assert head is not None
    answer = ("Last year I caught a bad dbt macro change by running git bisect over forty commits; I found the commit "
              "that broke the incremental filter in about ten minutes, reverted it and added a CI test so it can't "
              "regress.")
    score, a = head.assess(follow_up_question(["substance"], "How do you use Git in your development workflow?",
                                              "en", "I use git every day, branches and pull requests."), answer,
                           opening="How do you use Git in your development workflow?", context="Git",
                           expects="specifics", topic="Git")
    assert a.relevance < FLOOR_RELEVANCE and score >= FLOOR and head.gaps(a, score) == []


@pytest.mark.slow
def test_a_story_near_the_resume_facts_but_not_the_question_stays_off_topic() -> None:
    """Seen in a browser interview on john_doe.pdf: a story about a shared validation schema, given to "What are the
    building blocks of HTML5?", was closer to the HTML5 topic's resume facts ("Skills: HTML5, CSS3, J2EE, ...") than
    to any bank question, and that rank lifted it to the floor (70, "good"); against the question it ranked 0.40
    (all-MiniLM-L6-v2; all-mpnet-base-v2 ranks it 0.06 against the facts and 0.11 against the question)."""
    head = load_assess_head(Settings())
    assert head is not None
    asked = "Consider HTML5 as an open web platform. What are the building blocks of HTML5?"
    answer = ("In my sprint team at ABC, the front-end developer and I disagreed on who should validate the order "
              "form. I suggested we put the rules in one shared JSON schema that both the Angular form and the Spring "
              "service read, paired with her for a day to set it up, and validation bugs in our backlog went from "
              "eleven to two over the next release.")
    facts = ("HTML5. Skills: HTML5, CSS3, J2EE, Spring MVC, Hibernate, Angular (versions 2+), JavaScript, TypeScript, "
             "Bootstrap, RESTful APIs, Scrum, Docker")
    score, a = head.assess(f"Let's come back to the question I asked: {asked}", answer, opening=asked, context=facts,
                           expects="specifics")
    assert a.relevance_rank < a.question_rank and a.question_rank > ON_TOPIC_RANK
    assert score < 60 and a.missing[:1] in (["relevance"], ["substance"])


def test_on_a_resume_topic_restating_the_question_is_vague_and_naming_what_was_done_is_good(
        head: AssessHead) -> None:
    topic = Topic(name="Kafka", kind="skill", detail="Kafka ingestion pipeline at Acme")
    turn = Turn.model_construct(index=0, topic=topic, follow_up=False, question=Question(text=QUESTION, importance=3),
                                answer="")
    roles = Roles(ScriptedRoleModel(), assess_head=head)

    def scored(answer: str) -> Score:
        return roles.score(score_input(turn.model_copy(update={"answer": answer}), "en"))

    restated = scored("I scaled the Kafka ingestion pipeline at Acme with Kafka, and the Kafka pipeline scaled well, "
                      "it was a good experience for the team and for me overall.")
    strong = scored(STRONG)
    assert new_specifics("We scaled the Kafka ingestion pipeline.", [QUESTION]) == []
    # a figure is new unless its number and unit stand together in what was asked: "40 patients" beside "by 40%" and
    # "200 patients a day" (browser interview on a nurse's resume); "200 patients" is not
    facts = ["Incident reports dropped by 40%; about 200 patients a day."]
    assert new_specifics("We had 40 patients waiting, of the 200 patients a day.", facts) == ["40 patients"]
    assert restated.assessment and restated.score <= SUBSTANCE_CAPS[0] and "substance" in restated.assessment.missing
    assert strong.score >= FLOOR and strong.assessment and not strong.assessment.missing
    assert set(strong.assessment.specifics) >= {"24 partitions", "9 minutes"}  # what the question did not name
    assert "Kafka" not in strong.assessment.specifics


def test_a_theme_story_in_the_themes_words_is_on_topic_and_a_trait_is_not_a_story(head: AssessHead) -> None:
    theme = Topic(name="handling a conflict or disagreement", kind="behavioral")
    question = Question(text="How do you handle disagreements with other team members?", importance=3)
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    inp = score_input(Turn.model_construct(index=0, topic=theme, follow_up=False, question=question, answer=""), "en")
    assert inp.expects == "story" and inp.context == theme.name
    story = ("A colleague and I disagreed about rewriting our ETL jobs in Spark. I suggested we each write a "
             "one-page proposal, I benchmarked the worst day's data, and we agreed on Spark; the migration "
             "finished two weeks early.")
    trait = "I am a calm person: I always try to avoid conflict, I listen and I communicate well with everyone."
    told, claimed = (roles.score(inp.model_copy(update={"answer": a})) for a in (story, trait))
    assert told.assessment and told.assessment.on_theme and told.assessment.star == ["situation", "action", "result"]
    assert told.score >= FLOOR and not told.assessment.missing
    assert claimed.assessment and "action" not in claimed.assessment.star  # traits are not actions
    assert claimed.score <= STORY_CAPS[2] and {"own_actions", "result"} <= set(claimed.assessment.missing)


def test_a_soft_skill_is_answered_with_a_story_from_any_job(head: AssessHead) -> None:
    """A product manager's leadership story was told it "talks about something else" (cosine 0.15 from "What skills
    do you have in leadership?", browser interview on alfred_pennyworth_pm.pdf): a soft skill is asked like a theme."""
    skill = Topic(name="Leadership", kind="skill", detail="Skills: Leadership, Product management, Communication")
    job = Topic(name="Software Development Engineer III at Amazon", kind="experience", detail="checkout payments")
    question = Question(text="What skills do you have in leadership?", importance=3)
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    turn = Turn.model_construct(index=0, topic=skill, follow_up=False, question=question, answer="")
    inp = score_input(turn, "en", None, [skill, job])
    assert inp.expects == "story"
    story = ("At Amazon I was an SDE III on the checkout team. I led the redesign of the payment retry service in "
             "Java on DynamoDB, wrote the design doc, mentored two engineers, and failed payments dropped by 22 "
             "percent in the first quarter.")
    off = ("On weekends I restore old motorcycles; last month I rebuilt a carburettor on a 1978 Honda and tuned the "
           "idle until it ran smoothly.")
    told, elsewhere = (roles.score(inp.model_copy(update={"answer": a})) for a in (story, off))
    assert told.assessment and told.assessment.on_theme and told.score >= FLOOR and not told.assessment.missing
    assert elsewhere.assessment and elsewhere.assessment.missing == ["relevance"]
    assert score_input(turn.model_copy(update={"topic": Topic(name="Docker", kind="skill")}), "en").expects == \
        "specifics"  # a tool is still asked for specifics


def test_an_answer_about_another_project_of_the_resume_is_off_topic(head: AssessHead) -> None:
    billing = Topic(name="Billing pipeline", kind="project", detail="billing invoices pipeline redis queue")
    search = Topic(name="Search service", kind="project", detail="search service elasticsearch index ranking")
    skill = Topic(name="Elasticsearch", kind="skill")
    question = Question(text="How did you build the billing pipeline?", importance=3)
    answer = ("On the search service I tuned the Elasticsearch index ranking: I added synonyms, I rebuilt the index "
              "nightly and search ranking improved by 12 percent.")
    turn = Turn.model_construct(index=0, topic=billing, follow_up=False, question=question, answer=answer)
    inp = score_input(turn, "en", None, [billing, search, skill])
    assert inp.elsewhere == ["Search service. search service elasticsearch index ranking"]  # projects and jobs only
    assert score_input(turn, "en", "How did you build it?", [billing, search]).elsewhere == []  # a follow-up may
    # ask for another story ("Is there a related experience you can tell me about instead?")
    result = Roles(ScriptedRoleModel(), assess_head=head).score(inp)
    assert result.assessment and result.assessment.missing == ["relevance"] and result.score <= 25
    alone = Roles(ScriptedRoleModel(), assess_head=head).score(inp.model_copy(update={"elsewhere": []}))
    assert alone.assessment and alone.assessment.relevance_rank < 1.0


def test_an_off_topic_answer_to_a_counter_question_is_brought_back_to_the_topics_question(head: AssessHead) -> None:
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    counter = 'You said: "lag dropped from 9 minutes to 20 seconds". How exactly did you measure that, and what ' \
              'else could explain the number?'
    assert is_counter_question(counter) and not is_counter_question(QUESTION)
    off = Assessment(relevance=0.05, attempt=True, words=30, missing=["relevance"])
    history = [Exchange(question=QUESTION, answer=STRONG, score=90.0,
                        assessment=Assessment(relevance=0.6, attempt=True, words=45)),
               Exchange(question=counter, answer=OFF_TOPIC, score=10.0, assessment=off)]
    decision = roles.decide(DecisionInput(topic=Topic(name="Kafka", kind="skill"), depth=1, max_depth=3,
                                          history=history))
    assert decision.guidance.startswith("Let's come back to the question I asked") and "You said" not in \
        decision.guidance


@pytest.mark.parametrize(("answer", "expected"), [
    ("不知道。", True),
    ("嗯，这个问题我答不上来，可以跳过吗？", True),
    ("Kafka 我没用过。", True),
    ("这个我不太记得了。", True),  # seen in a Chinese terminal interview: it was scored as too short, not followed up
    ("我忘了。", True),
    ("我不太记得具体数字了，但我当时把订单表按用户ID分成16个库，P99降到了180毫秒。", False),
    ("我没用过 Kafka，但在上一家公司我用 RabbitMQ 搭建了订单消息队列，每天处理两百万条消息，我负责重试和幂等。", False),
])
def test_chinese_non_answers(answer: str, expected: bool) -> None:
    assert non_answer_zh(answer) is expected


def test_a_chinese_non_answer_scores_nothing_and_is_asked_again_in_chinese(head: AssessHead) -> None:
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    question = "你在订单服务里是如何保证数据一致性的？"
    s = roles.score(ScoreInput(question=question, answer="这个我真的记不清了，不好意思。", language="zh"))
    assert s.score == 0 and s.assessment and s.assessment.missing == ["attempt"] and "no_attempt" in s.flags
    decision = roles.decide(DecisionInput(topic=Topic(name="订单服务", kind="project"), depth=0, max_depth=2,
                                          language="zh", history=[Exchange(question=question, answer="…",
                                                                           score=s.score, assessment=s.assessment)]))
    assert decision.action == "FOLLOW_UP" and decision.guidance.startswith("没关系")


def test_a_chinese_answer_on_a_resume_topic_that_names_nothing_new_is_capped_and_followed_up() -> None:
    roles = Roles(ScriptedRoleModel(chooser=lambda role, options: {o: float(o == "5") for o in options}))
    question = "你在 Docker 上做了哪些工作？"
    inp = ScoreInput(question=question, topic="Docker", context="Docker", expects="specifics", language="zh",
                     answer="我平时一直在用 Docker，觉得挺好用的，部署也很方便，团队里大家都很喜欢。")
    vague = roles.score(inp, feedback=False)
    assert vague.score == SUBSTANCE_CAPS[0] and vague.assessment and vague.assessment.missing == ["substance"]
    decision = roles.decide(DecisionInput(topic=Topic(name="Docker", kind="skill"), depth=0, max_depth=2,
                                          language="zh", history=[Exchange(question=question, answer=inp.answer,
                                                                           score=vague.score,
                                                                           assessment=vague.assessment)]))
    assert decision.action == "FOLLOW_UP" and decision.guidance == ("你刚才说“我平时一直在用 Docker”。"
                                                                   "能举一个具体的例子吗？你自己做了什么，用了哪些工具，结果如何？")
    strong = roles.score(inp.model_copy(update={"answer": "我把 30 个服务迁到 Kubernetes，用 Helm 管理镜像发布，"
                                                          "发布时间从 2 小时降到 15 分钟。"}), feedback=False)
    assert strong.score == 100 and strong.assessment is None  # the model's grade stands
    assert specifics_zh("用 Helm 把发布从 2 小时降到 15 分钟", [question]) == ["Helm", "2 小时", "15 分钟"]


def test_a_chinese_story_that_develops_the_resumes_own_facts_has_substance_and_restating_them_has_none() -> None:
    """The Chinese side of the resume-facts rule (:func:`develops_zh`): a story told from the topic's own facts is not
    capped as naming nothing new; the same facts restated are."""
    roles = Roles(ScriptedRoleModel(chooser=lambda role, options: {o: float(o == "5") for o in options}))
    inp = ScoreInput(question="你在星河数据科技做数据工程师时主要做了什么？",
                     topic="数据工程师 at 星河数据科技有限公司",
                     context="数据工程师 at 星河数据科技有限公司. 用 Kafka 和 Flink 搭建实时数仓，日均处理 3 亿条事件",
                     expects="specifics", language="zh", answer="")
    story = ("当时报表每天要等到中午才出。我先把埋点接进 Kafka，然后我用 Flink 重写了聚合任务，"
             "最后报表延迟从半天缩短到五分钟，每天 3 亿条事件都能实时算完。")
    restated = "我在星河数据科技做过实时数仓，用了 Kafka 和 Flink，日均 3 亿条事件，收获很大。"
    assert develops_zh(story) and not develops_zh(restated)
    assert roles.score(inp.model_copy(update={"answer": story}), feedback=False).score == 100
    capped = roles.score(inp.model_copy(update={"answer": restated}), feedback=False)
    assert capped.score == SUBSTANCE_CAPS[0] and capped.assessment and capped.assessment.missing == ["substance"]


def test_feedback_on_an_answer_to_a_rule_follow_up_names_what_the_topic_asked(head: AssessHead) -> None:
    """"Can you give me one specific example...?" names no subject: feedback told the answer missed "people and
    tools" (seen in a browser interview); it names the subject of the question that opened the topic."""
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    ask = follow_up_question(["substance"], QUESTION)
    off = roles.score(ScoreInput(question=ask, opening=QUESTION, answer=OFF_TOPIC))
    assert off.assessment and off.assessment.missing == ["relevance"]
    assert "people" not in off.feedback and "tools" not in off.feedback
    assert "Kafka" in off.feedback or "ingestion" in off.feedback or "pipeline" in off.feedback


def test_a_weak_answer_that_names_nothing_is_not_credited_for_saying_i() -> None:
    weak = Assessment(relevance=0.5, attempt=True, words=20, own_actions=["I worked"], missing=["substance"])
    assert "says what you did" not in assessed_feedback(QUESTION, "I worked on that and it went well.", 20.0, weak)
    good = weak.model_copy(update={"specifics": ["Kafka"], "missing": []})
    assert "says what you did (I worked)" in assessed_feedback(QUESTION, "I worked on Kafka.", 75.0, good)



def test_a_thin_answer_that_says_what_was_done_is_asked_for_detail_not_for_its_own_part() -> None:
    """A browser test's report: "I wrote the idempotency layer myself: the key and the result are stored in one
    PostgreSQL transaction." at 45 was told it lacked "one concrete example with your own part in it"."""
    answer = "I wrote the idempotency layer myself: the key and the result are stored in one PostgreSQL transaction."
    thin = Assessment(relevance=0.5, attempt=True, words=18, own_actions=["I wrote"], missing=["substance"])
    feedback = assessed_feedback(QUESTION, answer, 45.0, thin)
    assert "your own part" not in feedback and "more detail" in feedback
    vague = thin.model_copy(update={"own_actions": ["I worked"]})
    assert "your own part" in assessed_feedback(QUESTION, "I worked on that and it went well.", 45.0, vague)


def test_why_this_role_is_not_asked_for_a_reason_for_an_approach() -> None:
    """Seen in a terminal interview: a strong "why this role" answer was told it should "say why you chose that
    approach over another"."""
    asked = "Why are you interested in the Senior Data Engineer role, and what would you bring to it?"
    strong = Assessment(relevance=0.6, attempt=True, words=70, own_actions=["I rebuilt", "I added"],
                        specifics=["Airflow", "six hours"])
    wants = assessed_feedback(asked, "I rebuilt the claims pipeline on Airflow, cutting six hours to seventy minutes. "
                                     "I want a senior role where I own the platform.", 96.0, strong)
    assert "approach" not in wants and "Nothing essential is missing" in wants
    only_past = assessed_feedback(asked, "I rebuilt the claims pipeline on Airflow, cutting six hours to seventy "
                                         "minutes.", 90.0, strong)
    assert "what draws you to this role" in only_past
    # what draws the candidate, said as people say it (a terminal interview, 2026-12-07)
    for drawn in ("The part I enjoy most is the reliability work.", "A senior role lets me do that on both platforms."):
        said = assessed_feedback(asked, "I rebuilt the claims pipeline on Airflow, cutting six hours to seventy "
                                        f"minutes. {drawn}", 96.0, strong)
        assert "what draws you to this role" not in said, drawn


def test_a_story_without_own_actions_is_told_what_to_change_in_its_own_terms() -> None:
    """Seen in a terminal interview: "I try to listen first ... I give feedback often" was told to "say I, not only
    we"; it had said "I" throughout, about habits rather than one real situation."""
    lacking = Assessment(relevance=0.5, attempt=True, words=40, behavioural=True, star=[],
                         missing=["substance", "own_actions"])
    habits = assessed_feedback(QUESTION, "I try to listen first and I give feedback often.", 45.0, lacking)
    assert "not only" not in habits and "not what you did in one real situation" in habits
    assert "not only \"we\"" in assessed_feedback(QUESTION, "We listened first and shipped it.", 45.0, lacking)
    assert "what you yourself did." in assessed_feedback(QUESTION, "The team listened and shipped it.", 45.0, lacking)
    # Seen in a browser interview on richard_hendriks.docx: a habit in "I" with a "we" after it was told to say "I".
    mixed = assessed_feedback(QUESTION, "I usually just talk it through with them and we find a middle ground.", 45.0,
                              lacking)
    assert "not only" not in mixed and "not what you did in one real situation" in mixed


def test_an_answer_typed_in_lower_case_keeps_its_names_actions_and_score(head: AssessHead) -> None:
    topic = Topic(name="Kafka", kind="skill", detail="Kafka ingestion pipeline at Acme")
    turn = Turn.model_construct(index=0, topic=topic, follow_up=False, question=Question(text=QUESTION, importance=3),
                                answer="")
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    typed = ("I moved the consumers to Kubernetes, I set alerts in Grafana on consumer lag, and I rebalanced the "
             "brokers with Cruise Control.")
    scores = [roles.score(score_input(turn.model_copy(update={"answer": a}), "en")) for a in (typed, typed.lower())]
    cased, lower = (s.assessment for s in scores)
    assert cased and lower and len(lower.own_actions) == len(cased.own_actions) == 3
    assert {"Kubernetes", "Grafana"} <= set(lower.specifics)
    assert "substance" not in lower.missing and abs(scores[0].score - scores[1].score) <= 10


def test_a_strength_from_feedback_against_a_reference_is_its_credit_not_what_it_misses() -> None:
    feedback = ("It covers plot and thresholds, and names ROC. Compared with the expected answer it misses y-axis, "
                "x-axis and probability.")
    strengths = reported_strengths(Topic(name="Scikit-learn", kind="skill"), feedback, 78.0)
    assert strengths == ["Scikit-learn: It covers plot and thresholds, and names ROC."]


def test_a_strength_naming_a_doctor_is_not_cut_at_the_title() -> None:
    """The report's strength read "...: it says what you did (I run, I moved), names Dr." (browser interview on a
    nurse's resume, 2026-12-06)."""
    feedback = ("A strong answer. Good: it says what you did (I run, I moved), names Dr. Byrne and gives figures "
                "(0.71, two nurses). A strong answer would also say what you would do differently next time.")
    strengths = reported_strengths(Topic(name="Staff Nurse", kind="experience"), feedback, 96.0)
    assert strengths == ["Staff Nurse: it says what you did (I run, I moved), names Dr. Byrne and gives figures "
                         "(0.71, two nurses)."]


def test_a_strength_told_as_a_related_experience_says_so() -> None:
    """Credited under its topic alone, a related experience read "Bike-share rebalancing (open source): ... names
    Ribera Telecom" (a browser interview, 2026-12-06)."""
    feedback = "A strong answer. Good: it says what you did (I trained) and names Ribera Telecom. A strong answer ..."
    turn = Turn(index=4, topic=Topic(name="Bike-share rebalancing", kind="project"), follow_up=True, answer="...",
                question=Question(text=follow_up_question(["attempt"], "How did you predict demand?"), importance=3),
                score=Score(score=99.0, label=label_for(99.0), feedback=feedback, source="rule"))
    assert strengths_and_improvements([turn])[0] == [
        "Bike-share rebalancing, a related experience: it says what you did (I trained) and names Ribera Telecom."]
    assert strengths_and_improvements([turn], "zh")[0][0].startswith("Bike-share rebalancing（相关经历）: ")


@pytest.mark.slow
def test_the_target_role_is_answered_from_the_candidates_own_projects_and_jobs() -> None:
    """"Why are you interested in the Machine Learning Engineer role, and what would you bring to it?": a strong answer
    about the candidate's own evaluation work was at cosine 0.28 from the question, a claim of passion at 0.47, so the
    strong one scored 56 and was followed up (terminal interview on harvey_dent_mle.pdf). The resume's projects and
    jobs now count for its relevance, and for its substance (an answer citing its own resume's figures was capped at
    55 as naming "nothing new" in a browser interview); an answer about something else stays capped."""
    head = load_assess_head(Settings())
    assert head is not None
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    role = Topic(name="Machine Learning Engineer", kind="role")
    plan = [role,
            Topic(name="Machine Learning Engineer at OpenAI", kind="experience",
                  detail="Built the offline evaluation pipeline for ranking models in PyTorch; Deep Learning"),
            Topic(name="Predictive Stock Trading Model", kind="project", detail="Deep Learning, PyTorch, Docker")]
    question = Question(text="Why are you interested in the Machine Learning Engineer role, and what would you bring "
                             "to it?", importance=3)

    def scored(answer: str) -> Score:
        turn = Turn.model_construct(index=0, topic=role, follow_up=False, question=question, answer=answer)
        return roles.score(score_input(turn, "en", None, plan))

    strong = scored("I like turning models into products people use. At OpenAI I own the offline evaluation pipeline "
                    "in PyTorch; I built a held-out set of 20,000 queries and cut checkpoint comparisons from two "
                    "days to four hours, so I would bring rigorous evaluation and fast iteration.")
    vague = scored("I am really passionate about this field and I think I would be a great fit because I learn fast "
                   "and work hard.")
    off = scored("On weekends I restore old motorcycles; last month I rebuilt a carburettor on a 1978 Honda and "
                 "tuned the idle until it ran smoothly.")
    assert strong.score >= 70 and strong.assessment and not strong.assessment.missing
    assert vague.score < 60 and vague.assessment and vague.assessment.missing == ["substance"]
    assert off.score <= 25 and off.assessment and off.assessment.missing == ["relevance"]


def test_the_follow_up_to_a_non_answer_draws_on_the_candidates_other_projects_and_jobs() -> None:
    """"Is there a related experience you can tell me about instead?" invites a story from elsewhere in the resume:
    the other projects and jobs count for its relevance, as for the target role; no other follow-up's does."""
    project = Topic(name="BinDay", kind="project", detail="Kotlin app for bin collection days")
    job = Topic(name="Android Developer at FieldForm", kind="experience", detail="Photo uploads over flaky 3G")
    skill = Topic(name="Kotlin", kind="skill")
    opening = "Can you walk me through BinDay: what was your own part, and what was the result?"

    def draws_on(question: str, asked_before: str | None) -> list[str]:
        turn = Turn.model_construct(index=1, topic=project, follow_up=asked_before is not None,
                                    question=Question(text=question, importance=3), answer="At FieldForm I ...")
        return score_input(turn, "en", asked_before, [project, job, skill]).draws_on

    assert draws_on(follow_up_question(["attempt"], opening), opening) == [
        "Android Developer at FieldForm. Photo uploads over flaky 3G"]
    assert draws_on(follow_up_question(["substance"], opening, "en", "I did it."), opening) == []
    assert draws_on(opening, None) == []


def test_why_this_role_says_nothing_essential_is_missing_only_when_nothing_is() -> None:
    """Seen in a browser interview: "What is missing is more detail ..." and "Nothing essential is missing" in one
    feedback."""
    asked = "Why are you interested in the Android Developer role, and what would you bring to it?"
    answer = "I build Android apps and I want a senior role where I own the architecture."
    thin = Assessment(relevance=0.5, attempt=True, words=14, own_actions=["I build"], missing=["substance"])
    feedback = assessed_feedback(asked, answer, 55.0, thin)
    assert "What is missing" in feedback and "Nothing essential" not in feedback
    whole = thin.model_copy(update={"missing": []})
    assert "Nothing essential is missing" in assessed_feedback(asked, answer, 80.0, whole)


@pytest.mark.slow
def test_a_related_experience_from_another_job_of_the_resume_answers_the_follow_up_to_a_non_answer() -> None:
    """Seen in a browser interview (a resume written for it, 2026-12-04): after "I don't know" about a project, a
    story from another job of the resume was judged against the project's question alone and scored 43 before its
    fillers, "weak"; a hobby story stays below the follow-up line."""
    head = load_assess_head(Settings())
    assert head is not None
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    project = Topic(name="BinDay (open source)", kind="project",
                    detail="Kotlin Multiplatform app that reminds Dublin households of bin collection days")
    job = Topic(name="Android Developer at FieldForm Ltd", kind="experience",
                detail="Shipped an inspection app used by 600 surveyors; photo uploads retried with exponential "
                       "backoff over flaky 3G")
    opening = "Can you walk me through BinDay (open source): what was your own part, and what was the result?"

    def scored(answer: str) -> Score:
        turn = Turn.model_construct(index=2, topic=project, follow_up=True, answer=answer,
                                    question=Question(text=follow_up_question(["attempt"], opening), importance=3))
        return roles.score(score_input(turn, "en", opening, [project, job]))

    related = scored("At FieldForm I built the photo upload for the inspection app. Surveyors were on flaky 3G, so "
                     "I wrote a WorkManager job that retried uploads with exponential backoff and I kept the photos "
                     "in Room until they went through. Lost photos dropped from about forty a week to almost zero.")
    hobby = scored("Last summer I restored an old road bike with my brother and rode it from Dublin to Galway.")
    assert related.score >= FLOOR and related.assessment and related.assessment.missing == []
    assert hobby.score < FOLLOW_UP_SCORE


def test_an_example_told_step_by_step_without_its_outcome_is_asked_for_the_result(head: AssessHead) -> None:
    """Seen in a terminal interview on richard_hendriks.docx: a story of what the candidate did, scored below the
    follow-up line, was told "What is missing is substance: one concrete example with your own part in it" and
    asked for "one specific example", which it had given. What it lacks is the result, and a claim still lacks
    substance."""
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    topic = Topic(name="Kafka", kind="skill")
    story = ("When the Kafka ingestion pipeline fell behind, I traced the lag to a slow consumer with two colleagues "
             "and I rewrote its batching together with the Kafka team.")  # a count ("two colleagues") is no result
    told = roles.score(ScoreInput(question=QUESTION, answer=story, expects="specifics"))
    assert told.assessment and told.score < FOLLOW_UP_SCORE and told.assessment.missing == ["result"]
    assert "how it ended" in told.feedback and "one concrete example" not in told.feedback
    now = Exchange(question=QUESTION, answer=story, score=told.score, assessment=told.assessment)
    decision = roles.decide(DecisionInput(topic=topic, depth=0, max_depth=2, history=[now]))
    assert decision.guidance == ('You mentioned "I rewrote its batching together with the Kafka team". What was the '
                                 "result in the end, and how did you know it had worked?")
    claim = roles.score(ScoreInput(question=QUESTION, answer="I scaled the Kafka ingestion pipeline with Kafka, it "
                                   "was a good experience for the team and for me overall.", expects="specifics"))
    assert claim.assessment and claim.assessment.missing == ["substance"]


def test_feedback_credited_for_own_actions_asks_for_detail_not_for_an_own_part() -> None:
    """Seen in a browser interview on john_doe.pdf: "Good: it says what you did (I added, I wrote)" next to "What is
    missing is substance: one concrete example with your own part in it"."""
    answer = ("I added a shared validation layer and I wrote the rules once for the forms and the services, which "
              "made the releases calmer.")
    fair = Assessment(relevance=0.4, relevance_rank=0.05, attempt=True, words=len(answer.split()),
                      own_actions=["I added", "I wrote"], specifics=[], star=["action", "result"],
                      missing=["substance"])
    text = assessed_feedback("How do you validate input?", answer, 55.0, fair)
    assert "says what you did (I added, I wrote)" in text and "detail" in text and "your own part" not in text
    thin = fair.model_copy(update={"own_actions": [], "words": 6})
    assert "one concrete example with your own part in it" in assessed_feedback("How do you validate input?",
                                                                              "Validation matters a lot.", 30, thin)


def test_the_answer_to_a_follow_up_goes_on_with_the_story_so_far(head: AssessHead) -> None:
    """Seen in a browser interview on modern-two-column.pdf: asked 'You mentioned "I wrote a replay tool". What was
    the result in the end...?', "After that, month-end closes finished on time..." was told it talks about something
    else than the topic's question. The story so far counts for relevance; an off-topic answer is not part of it."""
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    ask = follow_up_question(["result"], QUESTION, "en", STRONG)
    result = "After that the consumer lag alerts stayed quiet and the brokers never paged anyone for six months."
    alone = roles.score(ScoreInput(question=ask, opening=QUESTION, answer=result))
    going_on = roles.score(ScoreInput(question=ask, opening=QUESTION, answer=result, earlier=[STRONG]))
    assert alone.assessment and going_on.assessment
    assert going_on.assessment.relevance > alone.assessment.relevance and going_on.score >= alone.score
    assert "relevance" not in going_on.assessment.missing
    # ... and it gives what the follow-up asked for, so the story is told whole: at least "good", nothing missing
    assert going_on.score >= FLOOR and going_on.assessment.missing == []
    vague = roles.score(ScoreInput(question=ask, opening=QUESTION, answer="It went fine I think.", earlier=[STRONG]))
    assert vague.score < FOLLOW_UP_SCORE and vague.assessment and vague.assessment.missing

    topic = Topic(name="Kafka", kind="skill")

    def turn(index: int, answer: str, follow_up: bool) -> Turn:
        asked = Question(text=ask if follow_up else QUESTION, importance=3, source="rule" if follow_up else "bank")
        scored = roles.score(ScoreInput(question=asked.text, answer=answer))
        return Turn(index=index, topic=topic, follow_up=follow_up, question=asked, answer=answer, score=scored)

    told, off = turn(0, STRONG, False), turn(0, OFF_TOPIC, False)
    assert off.score and off.score.assessment and off.score.assessment.missing == ["relevance"]
    follow = turn(1, result, True)
    assert score_input(follow, "en", QUESTION, earlier=[told]).earlier == [STRONG]
    assert score_input(follow, "en", QUESTION, earlier=[off]).earlier == []  # a second sailing story stays off
    thin = turn(0, "It went well, we did a lot of good work on it with the team.", False)  # near anything
    assert thin.score and thin.score.assessment and "substance" in thin.score.assessment.missing
    assert score_input(follow, "en", QUESTION, earlier=[thin, told]).earlier == [STRONG]
    # the graph's score node passes the topic's earlier turns for a follow-up
    node = score_turn({"turns": [told, follow.model_copy(update={"score": None})], "language": "en"},
                      roles=roles)["turns"][-1]
    assert node.score and node.score.assessment and going_on.assessment
    assert node.score.assessment.relevance == going_on.assessment.relevance


@pytest.mark.slow
def test_with_the_shipped_head_a_result_asked_for_completes_the_story_and_a_climbing_trip_does_not() -> None:
    """The browser interview on modern-two-column.pdf, with the shipped head and all-MiniLM-L6-v2."""
    head = load_assess_head(Settings())
    assert head is not None
    opening = ("In your senior software engineer position at Stripe, how did you design and implement real-time fraud "
               "detection pipeline processing?")
    context = ("Senior Software Engineer at Stripe. Designed and implemented real-time fraud detection pipeline "
               "processing 50K+ transactions per second using Kafka and Go")
    story = ("When the reconciliation jobs kept failing at month end, I traced the failures to duplicate events from "
             "our Kafka consumers, I added idempotency keys to every ledger write and I wrote a replay tool so the "
             "finance team could rerun a single day.")
    ask = follow_up_question(["result"], opening, "en", story)
    assert ask.startswith('You mentioned "I wrote a replay tool". What was the result')

    def judged(answer: str) -> tuple[float, Assessment]:
        return head.assess(ask, answer, opening=opening, context=context, expects="specifics", earlier=[story])

    result, told = judged("After that, month-end closes finished on time for the next six months, and the finance "
                          "team stopped filing tickets about missing payouts.")
    assert result >= FLOOR and told.missing == []
    climbing, off = judged("I spend most weekends climbing; last month I finished my first multi-pitch route in "
                           "Yosemite with two friends.")
    assert climbing < FOLLOW_UP_SCORE and off.missing == ["relevance"]


def test_a_story_told_as_we_is_asked_for_the_candidates_own_part_not_for_an_example(head: AssessHead) -> None:
    """Seen in a terminal interview on harvey_dent_mle.pdf: "We split the work, we retrained the model on fresh data
    and we shipped it on time" was asked for "one specific example", which it was."""
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    story = ("Last year the Kafka ingestion pipeline fell behind, so we traced the lag to a slow consumer and we "
             "rewrote its batching with the platform team.")
    told = roles.score(ScoreInput(question=QUESTION, answer=story, expects="story", topic="Kafka"))
    assert told.assessment and told.assessment.missing == ["own_actions", "result"]
    decision = roles.decide(DecisionInput(topic=Topic(name="Kafka", kind="skill"), depth=0, max_depth=2, history=[
        Exchange(question=QUESTION, answer=story, score=told.score, assessment=told.assessment)]))
    assert decision.guidance == ('You mentioned "we traced the lag to a slow consumer". What did you yourself do '
                                 "there, and what was the result in the end?")
    own_part = "I profiled the consumer and I doubled its batch size, and the lag dropped from 9 minutes to 20 seconds."
    whole = roles.score(ScoreInput(question=decision.guidance, opening=QUESTION, answer=own_part, expects="story",
                                   topic="Kafka", earlier=[story]))
    assert whole.assessment and whole.score >= FLOOR and whole.assessment.missing == []
    assert whole.assessment.star == ["situation", "action", "result"]  # the whole story's: told before and now
    # a scene set in words of its own ("When the depot moved to ...") is the situation the follow-up asks about
    scene = "When the Kafka cluster moved to the new data centre, we re-partitioned the topics with the platform team."
    asked = follow_up_question(["own_actions"], QUESTION, "en", scene)
    assert asked.endswith("What did you yourself do in that situation, step by step?")
    mine = roles.score(ScoreInput(question=asked, opening=QUESTION, expects="story", topic="Kafka", earlier=[scene],
                                  answer="I mapped the consumer groups, I rewrote the offsets script and consumer lag "
                                  "fell from 9 minutes to 20 seconds."))
    assert mine.assessment and mine.assessment.star == ["situation", "action", "result"]
    assert "situation" not in mine.feedback
    assert "would add" not in whole.feedback
    claim = roles.score(ScoreInput(question=QUESTION, answer="We worked on it together as a team and it went well.",
                                   expects="story", topic="Kafka"))
    assert claim.assessment and claim.assessment.missing[0] == "substance"


def test_a_redirect_to_an_instruction_ends_as_one_question() -> None:
    """followQG's "Give an example of your creativity." was brought back as "...creativity.?"."""
    assert follow_up_question(["relevance"], "Give an example of your creativity.") == (
        "Let's come back to the question I asked: Give an example of your creativity?")
    assert follow_up_question(["relevance"], "讲一个你解决冲突的例子。", "zh") == (
        "我们回到刚才的问题：讲一个你解决冲突的例子？")


def test_the_assessment_bench_times_each_embedder_against_the_baseline(monkeypatch: pytest.MonkeyPatch) -> None:
    """`mockinterview bench assess`: the shipped head with its own embedder, then with the baseline's, on the same
    answers (bag-of-words stands in for both sentence embedders here)."""
    import agent.assess
    from agent.bench import bench_assess, format_assess_bench

    shipped = load_assess_head(Settings())
    assert shipped is not None
    monkeypatch.setattr(agent.assess, "load_assess_head", lambda settings: shipped.use_embedder(BagOfWords))
    runs = bench_assess(Settings(), answers=4, embedders=[("bag-of-words baseline", BagOfWords)])
    assert [r.embedder for r in runs] == ["all-mpnet-base-v2", "bag-of-words baseline"]
    assert all(r.answers == 4 and r.per_answer["n"] == 4 and r.per_answer["median_s"] > 0 for r in runs)
    table = format_assess_bench(runs)
    assert "x baseline" in table and " 1.00 " in table.splitlines()[2]


GOTHAM = Topic(name="Gotham Event Planner", kind="project",
               detail="Created a full-featured web application to plan and organize events in Gotham city.\nUsed MERN "
                      "stack for development and Docker for deployment.\nThe application allows users to create, "
                      "manage, and share events, and integrates with Google Maps API to display event locations. "
                      "Technologies: MERN, Docker, Google Maps API")
JOBS = [Topic(name="Full Stack Developer at Uber", kind="experience",
              detail="Developed and maintained scalable web applications using MERN stack. Ensured the performance, "
                     "quality, and responsiveness of applications. Successfully deployed solutions using Docker and "
                     "Kubernetes. Collaborated with a team of engineers, product managers, and UX designers. Led a "
                     "team of junior developers, conducted code reviews, and ensured adherence to best coding "
                     "practices."),
        Topic(name="Software Developer at Facebook", kind="experience",
              detail="Developed features for the Facebook web application using React. Ensured the performance of "
                     "the MongoDB databases. Utilized RESTful APIs for communication between different parts of the "
                     "application.")]


def test_another_employer_is_named_by_its_first_two_words_too() -> None:
    """"At Golden Crate the hardest thing I did was close the Fruitvale store", asked about the job at Bayline, scored
    86.7 (evals/data/resume_answers_nontech.dev.jsonl): the other job is "HR Generalist at Golden Crate Markets"."""
    crate = "HR Generalist at Golden Crate Markets. Managed a store closure and redeployed 46 employees."
    asked = ["At Bayline you brought first-year turnover down from 48% to 31%. How did you do that?"]
    assert names_other("At Golden Crate the hardest thing I did was close the Fruitvale store.", crate, asked)
    assert names_other("At Golden Crate Markets I closed a store.", crate, asked)
    assert not names_other("At Golden I closed a store.", crate, asked)  # one word is no name of it
    assert not names_other("At Golden Crate I closed a store.", crate, ["How did Golden Crate compare?"])
    # a title is not shortened: "Senior Product" says nothing of which job
    assert not names_other("As a Senior Product lead I ...", "Senior Product Designer at Moneta Bank. Built.", asked)


@pytest.mark.slow
def test_another_jobs_story_to_a_rule_follow_up_is_about_that_job_unless_it_was_asked_for() -> None:
    """Seen in a terminal interview on bruce_wayne_fullstack.pdf: asked for "one specific example" on the Gotham Event
    Planner, a dashboard story from Uber scored 70, "good": the interview's other projects and jobs were left out of
    every follow-up, though only the follow-up to a non-answer asks for another one's story."""
    roles = Roles(ScriptedRoleModel(), assess_head=load_assess_head(Settings()))
    vague = "I used it a lot and it worked well, the team was happy with it."
    opening = "How did you integrate Google Maps API into your web application?"
    first = Turn.model_construct(index=0, topic=GOTHAM, follow_up=False, question=Question(text=opening, importance=3),
                                 answer=vague)
    first = first.model_copy(update={"score": roles.score(score_input(first, "en", others=JOBS))})
    uber = ("At Uber I moved the rider-feedback dashboard from server-rendered pages to React with a Node and Express "
            "API. I added Redis caching for the heaviest MongoDB aggregation and indexed the trips collection by city "
            "and date, and p95 page load went from 4.1 seconds to 1.3 seconds.")

    def scored(missing: list[Missing]) -> Score:
        asked = Question(text=follow_up_question(missing, opening, answer=vague), importance=3)
        turn = Turn.model_construct(index=1, topic=GOTHAM, follow_up=True, question=asked, answer=uber)
        return roles.score(score_input(turn, "en", opening, others=JOBS, earlier=[first]))

    example = scored(["substance"])
    assert example.assessment is not None and example.assessment.missing == ["relevance"] and example.score <= 25
    related = scored(["attempt"])
    assert related.assessment is not None and "relevance" not in related.assessment.missing


def test_the_banks_questions_are_embedded_once_and_kept_across_starts(tmp_path: Path) -> None:
    """A start reads the embedded bank questions an earlier start kept (12.5 s of all-mpnet-base-v2 otherwise); other
    texts, another model or a damaged file are embedded afresh, and a folder that cannot be written keeps nothing."""
    from agent.embeddings import encode_kept

    class Counting(BagOfWords):
        calls = 0

        def encode(self, texts: Sequence[str]) -> np.ndarray:
            Counting.calls += 1
            return super().encode(texts)

    texts = ["What is a cache?", "Tell me about a conflict."]
    first = encode_kept(Counting(), texts, tmp_path)
    again = encode_kept(Counting(), texts, tmp_path)
    assert Counting.calls == 1 and np.array_equal(first, again) and first.shape == (2, 64)
    encode_kept(Counting(), [*texts, "Why this job?"], tmp_path)
    assert Counting.calls == 2  # the bank changed

    class Other(Counting):
        name = "another model"

    encode_kept(Other(), texts, tmp_path)
    assert Counting.calls == 3
    for kept in tmp_path.glob("bag-of-words-*.npy"):
        kept.write_bytes(b"not an array")
    assert np.array_equal(encode_kept(Counting(), texts, tmp_path), first) and Counting.calls == 4
    blocked = tmp_path / "a file"
    blocked.write_text("")
    assert np.array_equal(encode_kept(Counting(), texts, blocked / "vectors"), first) and Counting.calls == 5


def test_a_story_set_in_our_project_has_its_situation_and_each_of_us_is_a_team() -> None:
    """A browser interview (a data analyst's resume written for the check): a whole team story, "At Brno Mobility our
    parking-zone project had three analysts and two city planners ...", scored 63 and was told to "add the situation
    in a sentence"; its team was "each of us", not the word "team"."""
    story = ("At Brno Mobility our parking-zone project had three analysts and two city planners, and the planners "
             "kept getting numbers they could not compare. I proposed one shared trip table in SQL and a Monday review "
             "where each of us showed one chart. We placed the 120 zones two weeks early.")
    assert star_parts(story) == ["situation", "action", "result"]
    assert THEME_CUES["working in a team"].search(story)
    # stories of a theme told without its name (resume_answers_varied.dev, 2026-12-07)
    assert THEME_CUES["a failure and what you learned from it"].search("That first Friday the grill section collapsed")
    assert THEME_CUES["handling a conflict or disagreement"].search("She wanted to report a result I didn't trust.")
    # a team of stakeholders who agreed (a behavioural terminal interview, 2026-12-07), but not "everyone" (a pottery
    # story: "everyone in the family got a slightly wonky mug")
    assert THEME_CUES["working in a team"].search("The safety lead wanted six more policies and we agreed to cut them.")
    assert not THEME_CUES["working in a team"].search("Last Christmas everyone in the family got a wonky mug.")
    # the people named without a team word (a browser session, 2026-12-07: 25, "talks about something else")
    assert THEME_CUES["working in a team"].search("I worked with the two other physios and the receptionist")
    assert THEME_CUES["working in a team"].search("I wrote the templates and trained the others at lunch")
    assert not THEME_CUES["working in a team"].search("I worked on the gearbox over three weekends")
    # meeting and agreeing with people (a browser session on a speech-language pathologist's resume, 2026-12-07: an
    # IDDSI roll-out with dietetics, nursing and the kitchen scored 25, "talks about something else")
    assert THEME_CUES["working in a team"].search("I set up a weekly meeting with the catering manager")
    assert THEME_CUES["working in a team"].search("When the lab fell behind, I agreed with them to start with one ward")
    assert "situation" not in star_parts("I proposed one shared table in SQL, and we placed the zones early.")


def test_figures_the_resume_already_named_still_answer_the_call_for_a_measurable_result() -> None:
    # a terminal interview on a quality engineer's resume: the answer cited the resume's own "14 to 3 per quarter" and
    # "31%", which are not new specifics, and was told a strong answer "would add a measurable result"
    answer = ("I led the 8D team and I added SPC on the leak tests. Complaints dropped from 14 to 3 per quarter and "
              "scrap went down 31%.")
    strong = Assessment(relevance=0.8, attempt=True, words=25, own_actions=["I led", "I added"],
                        specifics=["SPC"], missing=[])
    feedback = assessed_feedback(QUESTION, answer, 95.0, strong)
    assert "measurable result" not in feedback and "gives figures" not in feedback
    assert "measurable result" in assessed_feedback(QUESTION, "I led the 8D team and I added SPC.", 95.0, strong)


def test_a_story_that_develops_the_resumes_own_facts_has_substance_and_restating_them_has_none() -> None:
    """A strong 8D story citing the resume's own figures was capped at 55 as naming one new thing ("two quarters"),
    seen in a browser interview on a quality engineer's resume: the resume's facts are the candidate's own, and a
    story that develops them (own actions in the past, what came of it) is no restatement."""
    head = load_assess_head(Settings())
    assert head is not None
    topic = Topic(name="Senior Quality Engineer at Veldhoven Precision Parts B.V", kind="experience",
                  detail="Led 8D investigations on customer complaints for brake-caliper housings: complaints down "
                         "from 14 to 3 per quarter. Introduced SPC with Minitab on two CNC lines: scrap down 31%.")
    question = ("In your senior quality engineer position at Veldhoven Precision Parts B.V., what did you do to "
                "improve customer complaints and reduce scrap rates?")
    turn = Turn.model_construct(index=0, topic=topic, follow_up=False, question=Question(text=question, importance=3),
                                answer="")
    roles = Roles(ScriptedRoleModel(), assess_head=head)

    def scored(answer: str) -> Score:
        return roles.score(score_input(turn.model_copy(update={"answer": answer}), "en"))

    story = ("The brake-caliper housings were our biggest complaint source, 14 complaints a quarter, mostly porosity "
             "leaks. I led the 8D team, I ran a fishbone with the casting supplier, we traced the leaks to die "
             "temperature drift, and I added a thermocouple check to their control plan. Complaints fell to 3 per "
             "quarter within two quarters.")
    restated = ("At Veldhoven Precision Parts I worked a lot with 8D and Minitab on customer complaints and scrap, it "
                "was a great experience and I learned a lot about quality.")
    assert develops(story) and not develops(restated)  # "worked" and "learned" say nothing of what was done
    strong, vague = scored(story), scored(restated)
    assert strong.score >= FLOOR and strong.assessment and not strong.assessment.missing
    assert strong.assessment and "14 complaints" in strong.assessment.specifics
    assert vague.score <= SUBSTANCE_CAPS[0] and vague.assessment and "substance" in vague.assessment.missing


def test_a_story_whose_i_is_said_once_develops_the_resumes_facts() -> None:
    """"I mapped all 190 elements myself, wrote the test scripts, and we ran three parallel payrolls" told one action
    (a browser interview on a payroll specialist's resume, 2026-12-07: 55, "What is missing is more detail")."""
    story = ("The biggest risk was the pay element mapping, so I mapped all 190 elements myself, wrote the test "
             "scripts, and we ran three parallel payrolls. We had four payslip errors on the first live run.")
    assert shared_subject_actions(story) == ["I wrote"]
    assert develops(story)
    assert shared_subject_actions("I joined the team, and we shipped it, and the users loved it.") == []
    assert not develops("I worked there two years and learned a lot.")


def test_the_call_for_a_specific_example_is_met_on_the_topics_question_not_on_the_vague_answer_before_it() -> None:
    """In a terminal interview, after the vague "I rebuilt the weekly S&OP forecast for the 420 SKUs in SAP IBP. It was
    a big project and it went well", a Vespa story ("last month I rebuilt a 1978 engine") to "Can you give me one
    specific example ...?" was near enough to that answer to pass as on topic (27, "Good: it says what you did")."""
    head = load_assess_head(Settings())
    assert head is not None
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    topic = Topic(name="Senior Demand Planner at Northsea Foods B.V.", kind="experience",
                  detail="Rebuilt the weekly S&OP forecast for 420 SKUs in SAP IBP; forecast accuracy (MAPE) improved "
                         "from 38% to 24%. Introduced safety-stock rules by ABC/XYZ class.")
    opening = ("In the Senior Demand Planner at Northsea Foods B.V., how did you rebuild the weekly S&OP forecast for "
               "420 SKUs in SAP IBP?")
    vague = ("I rebuilt the weekly S&OP forecast for the 420 SKUs in SAP IBP. It was a big project and it went well, "
             "the business was happy with it.")
    first = Turn(index=0, topic=topic, follow_up=False, question=Question(text=opening, importance=3), answer=vague)
    first = first.model_copy(update={"score": roles.score(score_input(first, "en"))})

    def scored(missing: list[Missing], answer: str) -> Score:
        ask = Question(text=follow_up_question(missing, opening, "en", vague), importance=3, source="rule")
        turn = Turn(index=1, topic=topic, follow_up=True, question=ask, answer=answer)
        return roles.score(score_input(turn, "en", opening, earlier=[first]))

    vespa = scored(["substance"], "On weekends I restore old Vespa scooters; last month I rebuilt a 1978 engine with "
                                  "my neighbour and it runs again.")
    assert vespa.assessment and vespa.assessment.missing == ["relevance"] and vespa.score <= 25
    example = scored(["substance"], "For the promo SKUs I split the history into promo and base weeks, I re-fitted the "
                                    "baseline in SAP IBP with outlier correction and I added a Python uplift model; "
                                    "MAPE fell from 38% to 24%.")
    assert example.assessment and example.assessment.missing == [] and example.score >= FLOOR
    # a follow-up asking for the result goes on with the story so far, which still counts for relevance
    ask = follow_up_question(["result"], opening, "en", vague)
    turn = Turn(index=1, topic=topic, follow_up=True, question=Question(text=ask, importance=3, source="rule"),
                answer="Forecast accuracy went up.")
    assert score_input(turn, "en", opening, earlier=[first]).earlier == [vague]


def test_a_knowledge_question_without_a_reference_is_answered_with_an_explanation_not_named_tools() -> None:
    """The front-end bank's questions come without reference answers; judged as a resume skill, a correct explanation
    of == and === was capped at 55 and asked for "the tools, systems and figures"."""
    from agent.nodes.score import expects

    head = load_assess_head(Settings())
    assert head is not None
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    topic = Topic(name="JavaScript", kind="skill", detail="Languages: JavaScript, TypeScript")
    bank = Question(text="What is the difference between == and === in JavaScript?", importance=3, source="bank",
                    bank="h5bp (MIT)")
    assert expects(topic, "en", bank) == "knowledge"
    assert expects(topic, "en", bank.model_copy(update={"reference": "=== compares without coercion."})) == "specifics"
    assert expects(topic, "en", bank.model_copy(update={"source": "model"})) == "specifics"

    def scored(answer: str) -> Score:
        return roles.score(score_input(Turn(index=0, topic=topic, follow_up=False, question=bank, answer=answer), "en"))

    right = scored("== compares after type coercion, so the string '1' == 1 is true, while === compares type and value "
                   "without any coercion, so '1' === 1 is false. I use === by default to avoid surprises with null and "
                   "undefined.")
    claim = scored("They are both comparison operators and they are used a lot, it depends on the situation which one "
                   "is better.")
    assert right.score >= FLOOR and right.assessment and right.assessment.missing == []
    assert claim.score <= 45 and claim.assessment and "substance" in claim.assessment.missing
    # the thin answer is asked for the explanation, and the answer to that is judged as one
    decision = roles.decide(DecisionInput(topic=topic, depth=0, max_depth=2, history=[
        Exchange(question=bank.text, answer="They are both comparison operators.",
                 score=claim.score, assessment=claim.assessment)]))
    assert decision.action == "FOLLOW_UP" and decision.guidance == (
        "Can you explain how it works in your own words, and give one example of where you used it?")
    ask = Question(text=decision.guidance, importance=3, source="rule")
    assert expects(topic, "en", ask) == "knowledge"
    explained = roles.score(score_input(Turn(index=1, topic=topic, follow_up=True, question=ask, answer=(
        "== converts both sides to the same type before comparing, so 0 == '' is true, while === checks type and value "
        "as they are. In our checkout form a quantity field came in as a string, and switching to === caught it.")),
        "en", bank.text))
    assert explained.score >= FLOOR and explained.assessment and explained.assessment.terms
    thin = scored("You can compare values in JavaScript in a few ways, it depends on what you need.")
    assert thin.assessment and "JavaScript" not in thin.assessment.specifics and "names" not in thin.feedback
    # "give an example of" in a knowledge question asks for code, not a story (browser, 2026-12-06: a right answer
    # on currying scored 65, "says how you work in general, not what you did in one real situation")
    curry = bank.model_copy(update={"text": "Can you give an example of a curry function and why this syntax offers "
                                            "an advantage?"})
    curried = roles.score(score_input(Turn(index=0, topic=topic, follow_up=False, question=curry, answer=(
        "A curried function takes its arguments one at a time and returns a new function for each, for example "
        "const add = (a) => (b) => a + b, so add(2) gives you a function that adds two. The advantage is partial "
        "application: I could build withinKm(5) once and pass it to Array.filter.")), "en"))
    assert curried.assessment and not curried.assessment.behavioural and curried.assessment.terms
    assert curried.score >= FLOOR and "one real situation" not in curried.feedback


def test_with_the_shipped_head_non_engineers_answers_are_judged_by_what_they_say_not_by_named_tools() -> None:
    """Answers of people whose trades name few tools (evals/data/resume_answers_nontech.dev.jsonl was read for
    these rules; the answers here are written for the test, for two other trades): a claim told as a story or as
    what a degree gave is vague, a step-by-step way of working is substance, a thin account in the trade's own words
    is fair, not vague, and deflections are non-answers."""
    from agent.assess import non_answer

    head = load_assess_head(Settings())
    assert head is not None

    def judged(question: str, answer: str, expects: str, context: str) -> tuple[float, Assessment]:
        return head.assess(question, answer, context=context, expects=expects)  # type: ignore[arg-type]

    deadline = "Tell me about a time you had to finish a job against a very tight deadline."
    claim, vague = judged(deadline, "I'm good under pressure. When time is short I plan ahead, keep calm and make "
                                    "sure the work is finished on time.", "story", "working under a tight deadline")
    assert claim <= 45 and "substance" in vague.missing
    degree = "You trained at Harrowgate College. What from the course do you use most on site?"
    course = "Harrowgate College. Level 3 Diploma in Electrical Installation"
    said, _ = judged(degree, "The course gave me a really good foundation and taught me a lot of useful things.",
                     "studies", course)
    taught, studied = judged(degree, "The inspection and testing module, mostly: insulation resistance, earth loop "
                                     "impedance and RCD trip times. I still fill in the schedule of test results the "
                                     "way our tutor drilled it into us.", "studies", course)
    assert said <= 45 < taught and studied.studies
    skill = "Fault finding is on your resume. How do you track down an intermittent fault?"
    steps, _ = judged(skill, "first i ask the customer exactly when it trips and what was running, then i isolate "
                             "circuits one at a time and leave the suspect one off overnight. i test insulation "
                             "between each conductor and earth, check every accessory box for loose neutrals or "
                             "water, and i log readings so the next visit starts where i stopped.", "specifics",
                      "fault finding")
    thin, _ = judged(skill, "I isolate the circuits one by one and test insulation on each, then check the sockets "
                            "and junction boxes for loose terminals or damp until the readings come back clean.",
                     "specifics", "fault finding")
    nothing, _ = judged(skill, "Fault finding is something I'm really good at, I'm always thorough and patient.",
                        "specifics", "fault finding")
    assert steps >= FLOOR and 45 < thin <= 55 and nothing <= 45
    for answer in ("I'd prefer not to talk about that practice, I didn't leave on good terms.",
                   "That was years ago, I'm not sure I remember enough to answer.",
                   "Dentrix? I mean... I just use it. Nothing much to say."):
        assert non_answer(answer), answer
    assert not non_answer("I'm not sure I remember the exact figure, but I cut no-shows from 14% to 6% by texting "
                          "every patient two days before and calling anyone who had missed before.")


CYCLING = ("I really enjoy cycling; last summer I rode from Lisbon to Porto over four days and planned the whole route "
           "myself with a paper map.")
RUNBOOKS = "How did you migrate an on-call runbook generator from Elasticsearch to Git and TypeScript?"
ATLAS = ("Atlas Route Planner. Migrated an on-call runbook generator using Elasticsearch, reducing cloud spend by 18% "
         "Technologies: Elasticsearch, Git, TypeScript")  # the topic's resume facts, as the plan gives them
MARATHON = ("Discipline for me comes from running. I trained for the Oakland Marathon last year, four runs a week "
            "before work, and finished in three hours fifty-two, which was my goal.")
DISCIPLINE = ("You list progressive discipline as a skill. How do you guide a manager through a discipline case so "
              "that it's fair and will stand up if it's challenged?")


JOB = "Platform Engineer at Atlas Mobility"


def test_an_answer_the_question_lends_no_evidence_to_talks_about_something_else() -> None:
    """A fluent answer about something else (cycling, 70 to a question on the Atlas Route Planner project, in
    evals/data/resume_answers.dev.jsonl) is off-topic where the language model finds it no likelier after the question
    than after "Tell me something about yourself"; an answer it finds likelier is judged as before. The model is not
    asked where the answer names its topic or the embedder finds it near the question, for a story, or where the
    answer may draw on the whole resume."""
    head = load_assess_head(Settings())
    assert head is not None
    asked: list[Sequence[str]] = []

    def lends(nats: float, facts: float | None = None, job: float | None = None) -> Callable[[Sequence[str]], float]:
        """The evidence of the best prompt: ``facts`` after the topic's resume facts, ``job`` after a job's title and
        employer (by default as the facts), ``nats`` after anything else."""
        def evidence(prompts: Sequence[str]) -> float:
            asked.append(list(prompts))
            by_prompt = {ATLAS: facts, JOB: facts if job is None else job}
            return max(nats if by_prompt.get(p) is None else by_prompt[p] for p in prompts)  # type: ignore[type-var]
        return evidence

    kwargs = {"context": ATLAS, "expects": "specifics", "topic": "Atlas Route Planner"}
    before, _ = head.assess(RUNBOOKS, CYCLING, **kwargs)  # type: ignore[arg-type]
    lent, kept = head.assess(RUNBOOKS, CYCLING, evidence=lends(EVIDENCE_MIN + 8), **kwargs)  # type: ignore[arg-type]
    assert lent == before > OFF_TOPIC_CAP and kept.evidence == EVIDENCE_MIN + 8 and "relevance" not in kept.missing
    score, a = head.assess(RUNBOOKS, CYCLING, evidence=lends(EVIDENCE_MIN - 1), **kwargs)  # type: ignore[arg-type]
    assert score <= OFF_TOPIC_CAP and a.missing == ["relevance"] and a.evidence == EVIDENCE_MIN - 1
    assert asked == [[RUNBOOKS], [ATLAS]] * 2  # what was asked, and the topic's resume facts
    # an answer that echoes the question's words gains from it, but not from what the topic is
    echoed = head.assess(RUNBOOKS, CYCLING, evidence=lends(EVIDENCE_MIN + 15, facts=EVIDENCE_MIN - 2), **kwargs)[1]
    assert echoed.missing == ["relevance"] and echoed.evidence == EVIDENCE_MIN - 2
    # a story of a job that its resume lines do not tell gains from its title and employer ("I rewrote the card form
    # in React ...", 1.0 nats after a job's lines that tell a deployment tool, 8.6 after "Full Stack Developer at
    # Tidewater Payments": a strong answer in the lead's development file was told it talked about something else)
    asked.clear()
    untold = head.assess(RUNBOOKS, CYCLING, evidence=lends(EVIDENCE_MIN + 15, facts=EVIDENCE_MIN - 1,
                                                           job=EVIDENCE_MIN + EVIDENCE_JOB_DISCOUNT + 2), job=JOB,
                         **kwargs)[1]  # type: ignore[arg-type]
    assert "relevance" not in untold.missing and untold.evidence == EVIDENCE_MIN + 2
    assert asked == [[RUNBOOKS], [ATLAS], [JOB]]
    # ... but any story of work gains a little from a job's name (a time trial told to a claims adjuster's "cycle
    # times": 4.5 nats)
    ridden = head.assess(RUNBOOKS, CYCLING, evidence=lends(EVIDENCE_MIN + 15, facts=EVIDENCE_MIN - 1,
                                                           job=EVIDENCE_MIN + EVIDENCE_JOB_DISCOUNT - 1), job=JOB,
                         **kwargs)[1]  # type: ignore[arg-type]
    assert ridden.missing == ["relevance"] and ridden.evidence == EVIDENCE_MIN - 1
    asked.clear()
    named = "On the Atlas Route Planner I moved the runbooks into Git and rewrote the generator in TypeScript."
    assert head.assess(RUNBOOKS, named, evidence=lends(-5.0), **kwargs)[1].evidence is None  # type: ignore[arg-type]
    # a claim that tells nothing is vague, not about something else ("I think supervision is really about
    # communication and being there for people", -2.0 nats, was told it talked about something else; browser)
    claim = ("I think runbook generators are really about good communication. I try to be supportive and make sure "
             "everyone on call feels heard.")
    vague = head.assess(RUNBOOKS, claim, evidence=lends(-5.0), **kwargs)  # type: ignore[arg-type]
    assert vague[1].evidence is None and vague[0] <= SUBSTANCE_CAPS[0]
    near = head.assess(DISCIPLINE, MARATHON, evidence=lends(-5.0), context="progressive discipline",
                       expects="specifics", topic="progressive discipline")[1]
    assert near.relevance >= NEAR_HERE and near.evidence is None  # the shared word: the embedder has its say
    head.assess("Tell me about a time you missed a deadline.", CYCLING, evidence=lends(-5.0), expects="story",
                topic="working under a tight deadline")
    head.assess("Why this role?", CYCLING, evidence=lends(-5.0), expects="specifics", draws_on=["Payments at Acme"])
    assert asked == []


class Likelihoods(ScriptedRoleModel):
    """A scripted model that also scores replies: a reply's tokens are its words, each likelier after a question
    that shares it."""

    def reply_logprobs(self, role: RoleName, messages: Sequence[ChatMessage], reply: str) -> list[float]:
        self.calls.append(("reply_logprobs", role, self._prompt(messages)))
        asked = set(re.findall(r"\w+", messages[-1]["content"].lower()))
        return [-1.0 if w in asked else -3.0 for w in re.findall(r"\w+", reply.lower())]


def test_the_scorer_asks_a_model_that_scores_replies_for_the_evidence_and_one_that_cannot_for_nothing() -> None:
    head = load_assess_head(Settings())
    assert head is not None
    inp = ScoreInput(question=RUNBOOKS, answer=CYCLING, context=ATLAS, expects="specifics",
                     topic="Atlas Route Planner")
    model = Likelihoods()
    judged = Roles(model, assess_head=head).score(inp)

    def shared(question: str) -> int:
        return sum(w in set(re.findall(r"\w+", question.lower())) for w in re.findall(r"\w+", CYCLING.lower()))

    # each shared word 2 nats likelier; the smaller gain of the question's and the topic's resume facts'
    expected = 2.0 * (min(shared(RUNBOOKS), shared(ATLAS)) - shared(EVIDENCE_BASELINE))
    assert judged.assessment is not None and judged.assessment.evidence == pytest.approx(expected)
    assert ("relevance" in judged.assessment.missing) == (expected < EVIDENCE_MIN)
    assert [c[0] for c in model.calls].count("reply_logprobs") == 3  # the baseline once
    prompts = [c[2] for c in model.calls if c[0] == "reply_logprobs"]
    assert all(p.startswith(EVIDENCE_SYSTEM) for p in prompts) and sum(EVIDENCE_BASELINE in p for p in prompts) == 1
    plain = Roles(ScriptedRoleModel(), assess_head=head).score(inp)
    assert plain.assessment is not None and plain.assessment.evidence is None


TILLPOINT = Topic(name="Backend Engineer at Tillpoint", kind="experience", detail=(
    "Rebuilt webhook delivery with Celery retries and a dead-letter queue. Built a nightly reconciliation job for card "
    "transactions against bank settlement files. Reduced AWS spend by rightsizing EC2 instances and moving cold logs "
    "to Glacier. Technologies: Python, Celery, AWS"))
WEBHOOKS = ("I rebuilt webhook delivery: Celery retries with backoff and a dead-letter queue, and delivery rose to "
            "99.8%.")
AWS_BILL = ("I reduced AWS spend: I rightsized EC2 instances and moved cold logs to Glacier, and spend fell by 28%, "
            "about 14K a month.")


def test_a_topic_s_parts_are_its_facts_one_by_one() -> None:
    """plan_topics.as_sentences joined the bullets; a labelled list of tools is no fact of its own, and a dot inside
    a name ends none."""
    assert topic_parts(TILLPOINT) == [
        "Rebuilt webhook delivery with Celery retries and a dead-letter queue.",
        "Built a nightly reconciliation job for card transactions against bank settlement files.",
        "Reduced AWS spend by rightsizing EC2 instances and moving cold logs to Glacier."]
    assert topic_parts(Topic(name="Site", kind="project", detail="Moved the UI to Node.js v2.1 and React.")) == [
        "Moved the UI to Node.js v2.1 and React."]


@pytest.mark.parametrize(("question", "answer", "other"), [
    ("How did you rebuild webhook delivery with Celery retries and a dead-letter queue?", AWS_BILL, True),
    ("How did you rebuild webhook delivery with Celery retries and a dead-letter queue?", WEBHOOKS, False),
    # a question about the whole job has no focus: any of its facts answers it
    ("What did you do at Tillpoint?", AWS_BILL, False),
    # nor does one whose nearest fact only shares the job's name
    ("What was your biggest achievement as Backend Engineer at Tillpoint?", AWS_BILL, False),
])
def test_an_answer_that_tells_another_achievement_of_the_job(question: str, answer: str, other: bool) -> None:
    """Asked how the internal deployment tool was automated, "At Bluefin I also redesigned the Kafka workers ..."
    scored 90 (graded kinds test file): it is near the job's facts as a whole."""
    told = tells_another_part(BagOfWords(), question, answer, topic_parts(TILLPOINT), [question], TILLPOINT.name)
    assert told is other


def test_a_question_that_names_part_of_a_long_job_title_has_no_focus() -> None:
    """qwen-0.5b asked "What experience do you have with Senior Veterinary Nurse at Penylan Veterinary Hospital?" of
    "Senior Veterinary Nurse, Theatre Lead at Penylan Veterinary Hospital" (a terminal interview, 2026-12-07): with
    the title's words left in, the question was about the student veterinary nurses coached, and a story about the
    theatre checklist scored 25, "talks about something else"."""
    lead = Topic(name="Senior Veterinary Nurse, Theatre Lead at Penylan Veterinary Hospital", kind="experience",
                 detail=("Introduced a surgical safety checklist in all 3 theatres. Clinical coach to every senior "
                         "veterinary nurse and student. Cut the surgical site infection rate in routine neuters."))
    question = "What experience do you have with Senior Veterinary Nurse at Penylan Veterinary Hospital?"
    answer = "I introduced a surgical safety checklist in all three theatres and audited it every quarter."
    assert not tells_another_part(BagOfWords(), question, answer, topic_parts(lead), [question], lead.name)


def test_the_score_node_judges_an_answer_about_another_achievement_off_topic(head: AssessHead) -> None:
    question = Question(text="How did you rebuild webhook delivery with Celery retries and a dead-letter queue?",
                        importance=3)
    turn = Turn.model_construct(index=0, topic=TILLPOINT, follow_up=False, question=question, answer=AWS_BILL)
    inp = score_input(turn, "en", None, [TILLPOINT])
    assert inp.parts == topic_parts(TILLPOINT)
    assert inp.job == TILLPOINT.name  # the evidence is asked with a job's title and employer too; not a skill's name
    assert score_input(turn.model_copy(update={"topic": Topic(name="Celery", kind="skill")}), "en").job is None
    roles = Roles(ScriptedRoleModel(), assess_head=head)
    dodged, answered = roles.score(inp), roles.score(inp.model_copy(update={"answer": WEBHOOKS}))
    assert dodged.assessment and dodged.assessment.missing == ["relevance"] and dodged.score <= OFF_TOPIC_CAP
    assert answered.assessment and "relevance" not in answered.assessment.missing
    # a follow-up the model wrote goes on with the story, wherever it leads: no focus of the opening question holds
    assert score_input(turn.model_copy(update={"follow_up": True}), "en", question.text, [TILLPOINT]).parts == []


def test_a_story_opening_on_what_happened_sets_its_situation_and_agreeing_terms_with_others_is_teamwork() -> None:
    """Seen in a browser session on a production planner's page (2026-12-07): a whole team story, "When a retailer
    moved their promotion forward two weeks, I pulled sales, procurement and the site director into an extra S&OP call
    ... I agreed revised film and tray deliveries with our two packaging suppliers ... 98 percent ... on time", scored
    46 "weak", told to add the situation (sentences written for the test)."""
    story = ("When the hospital brought its audit forward a month, I split the ward checklist with the charge nurses "
             "and I negotiated extra agency cover with the two night managers. We passed with no finding.")
    assert star_parts(story) == ["situation", "action", "result"]
    assert THEME_CUES["working in a team"].search(story)
    assert "situation" not in star_parts("When I joined, I rewrote the rota and cut overtime by 20 percent.")
    assert not THEME_CUES["working in a team"].search("I agreed to take the night shift with no fuss at all.")
