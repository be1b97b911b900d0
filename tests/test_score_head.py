"""The Scorer's overlap head: features, fitting with its leave-one-group-out estimate, and where Roles uses it."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from agent.config import Settings
from agent.roles import Roles, ScoreInput
from agent.score_head import (
    FEATURES,
    OVERLAP_FEATURES,
    TOKEN_FEATURES,
    GradedAnswer,
    fit_score_head,
    load_score_head,
    overlap_features,
    token_alignment,
)
from tests.conftest import BagOfWords, ScriptedRoleModel

QUESTION = "What is the role of a prototype program in problem solving?"
REFERENCE = "To simulate the behaviour of portions of the desired software product."


def test_features_credit_reference_words_beyond_the_question() -> None:
    full = overlap_features(QUESTION, "It simulates portions of the desired software product.", REFERENCE)
    echo = overlap_features(QUESTION, "A prototype program has a role in problem solving.", REFERENCE)
    assert len(full) == len(OVERLAP_FEATURES) == len(FEATURES) - 1 - len(TOKEN_FEATURES)  # cosine, token alignment
    recall, jaccard, _, new_recall, _ = full
    assert 0.5 < recall <= 1 and 0 < jaccard <= recall and new_recall == pytest.approx(recall)
    assert echo[0] == echo[3] == 0  # repeating the question earns nothing
    assert overlap_features(QUESTION, "", REFERENCE)[:2] == [0.0, 0.0]


def test_token_alignment_is_recall_of_the_references_content_tokens_and_precision_of_the_answers() -> None:
    answers = ["It simulates portions of the desired software product.", "Portions.", "", "It compiles quickly."]
    x = token_alignment(BagOfWords(), answers, [REFERENCE] * len(answers))  # (4, 2)
    assert x.shape == (4, len(TOKEN_FEATURES))
    recall, precision = x.T
    assert recall[1] < recall[0] < 1 and precision[1] == 1.0  # "portions" is all the reference's: precise, not full
    assert recall[2] == precision[2] == 0.0  # nothing said
    assert recall[3] < recall[0] and precision[3] < precision[0]


def test_token_recall_does_not_credit_the_questions_own_words() -> None:
    """Mohler et al. 2011's question demoting on token embeddings: a reference word the question already says is not
    an idea the answer must find (leave-one-assignment-out Pearson on Mohler 1-4: 0.601 -> 0.618)."""
    question, reference = "What does a stack store?", "A stack stores items last in first out."
    echo, idea = "A stack stores things.", "Items, last in first out."
    recall = token_alignment(BagOfWords(), [echo, idea], [reference] * 2, [question] * 2)[:, 0]
    assert recall[1] > recall[0]
    undemoted = token_alignment(BagOfWords(), [echo, idea], [reference] * 2)[:, 0]
    assert undemoted[0] > recall[0]  # without the question, "stack" and "stores" counted as found


@pytest.mark.slow
def test_token_alignment_credits_the_reference_said_in_other_words() -> None:
    """On all-MiniLM-L6-v2's token embeddings a paraphrase covers more of the reference than an answer about
    something else, though it shares almost none of its words."""
    from agent.embeddings import MiniLM

    answers = ["It imitates how parts of the planned program will behave.", "It makes the code run faster."]
    recall = token_alignment(MiniLM(), answers, [REFERENCE] * 2)[:, 0]
    assert recall[0] > recall[1]


def graded(n: int, seed: int = 0) -> list[GradedAnswer]:
    """Answers that use k of the reference's six content words, graded 5k/6 with noise, in four groups."""
    rng = random.Random(seed)
    words = ["simulate", "behaviour", "portions", "desired", "software", "product"]
    rows = []
    for i in range(n):
        k = rng.randint(0, 6)
        answer = " ".join(rng.sample(words, k) + ["it", "helps"] * rng.randint(1, 4))
        grade = min(5.0, max(0.0, 5 * k / 6 + rng.gauss(0, 0.4)))
        rows.append(GradedAnswer(question=QUESTION, answer=answer, reference=REFERENCE, grade=grade,
                                 group=f"g{i % 4}"))
    return rows


def test_fitted_head_ranks_answers_by_coverage_and_reports_its_cross_validation() -> None:
    head = fit_score_head(graded(200), BagOfWords(), trained_on="synthetic")
    assert head.metrics["leave_one_group_out_pearson"] > 0.8 and head.metrics["groups"] == 4
    covers = head.grade(QUESTION, "It lets us simulate the behaviour of portions of the desired product.", REFERENCE)
    misses = head.grade(QUESTION, "It helps.", REFERENCE)
    assert 0 <= misses < 1.5 and 3.5 < covers <= 5  # five of the six words; ridge shrinks a little
    with pytest.raises(ValueError, match="at least 10"):
        fit_score_head(graded(5), BagOfWords())


def test_roles_score_against_a_reference_with_the_head_and_without_one_from_the_logits() -> None:
    head = fit_score_head(graded(200), BagOfWords())
    model = ScriptedRoleModel(chooser=lambda role, opts: {o: (1.0 if o == "1" else 0.0) for o in opts})
    roles = Roles(model, score_head=head)

    s = roles.score(ScoreInput(question=QUESTION, answer="We simulate the behaviour of portions of the desired "
                               "software product.", reference=REFERENCE))
    assert s.score >= 80 and "scored_against_reference" in s.flags
    assert not [c for c in model.calls if c[0] == "choose"]  # the grade is the head's...
    assert not [c for c in model.calls if c[0] == "generate"] and s.source == "rule"  # ...the feedback the rules'
    assert s.feedback.startswith("It covers simulate, behaviour and portions")

    plain = "It simulates the parts of the product that we are not yet sure about."
    assert roles.score(ScoreInput(question=QUESTION, answer=plain)).score == 20.0  # no reference: the logits
    zh = roles.score(ScoreInput(question="原型程序的作用是什么？", answer="模拟软件的一部分。",
                                reference="模拟软件产品的一部分行为。", language="zh"))
    assert zh.score == 20.0 and "scored_against_reference" not in zh.flags  # fitted on English only


@pytest.mark.parametrize(("answer", "no_attempt"), [
    ("I am not sure, I have never worked with this.", True),
    ("I don't know.", True),
    ("No idea what a prototype program is.", True),  # the question's own words earn nothing
    ("I'm not sure, but it may simulate portions of the software.", False),  # an attempt: graded by the head
    ("It shows the customer the interface early on.", False),  # wrong, but an attempt
])
def test_saying_you_do_not_know_is_graded_by_rule_not_by_the_head(answer: str, no_attempt: bool) -> None:
    """The head was fitted on attempts only; it put 'I am not sure, I have not worked with this' at 66/100."""
    roles = Roles(ScriptedRoleModel(), score_head=fit_score_head(graded(200), BagOfWords()))
    s = roles.score(ScoreInput(question=QUESTION, answer=answer, reference=REFERENCE))
    assert ("no_attempt" in s.flags) is no_attempt
    if no_attempt:
        assert s.score == 10.0 and s.source == "rule" and "the key point is" in s.feedback
    else:
        assert "scored_against_reference" in s.flags


def test_head_is_off_when_asked_and_refuses_other_features(tmp_path: Path) -> None:
    (tmp_path / "scorer").mkdir()
    path = tmp_path / "scorer" / "score_head.json"
    fit_score_head(graded(40), BagOfWords()).save(path)
    assert load_score_head(Settings(home=tmp_path, adapters_dir=tmp_path, score_head=False)) is None
    assert load_score_head(Settings(home=tmp_path, adapters_dir=tmp_path, use_adapters=False)) is None
    assert load_score_head(Settings(home=tmp_path, adapters_dir=tmp_path / "none")) is None
    with pytest.raises(ValueError, match="fitted on bag-of-words embeddings"):  # the app embeds with MiniLM
        load_score_head(Settings(home=tmp_path, adapters_dir=tmp_path))
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, "features": ["something_else", *data["features"][1:]]}))
    with pytest.raises(ValueError, match="fitted on features"):
        load_score_head(Settings(home=tmp_path, adapters_dir=tmp_path))


def test_the_shipped_head_loads_and_carries_its_provenance() -> None:
    head = load_score_head(Settings())
    assert head is not None and "Mohler" in head.trained_on and head.n > 100
    assert {"leave_one_group_out_pearson", "val_pearson", "val_n"} <= set(head.metrics)


def test_train_command_fits_the_head_on_assignments_1_to_4_and_validates_on_5(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from agent.cli import main

    rows = [{"question_id": f"{a}.1", "question": QUESTION, "reference_answer": REFERENCE, "answer": r.answer,
             "score_avg": r.grade} for a in (1, 2, 3, 4, 5) for r in graded(12, seed=a)]
    (tmp_path / "data" / "mohler_dev").mkdir(parents=True)
    (tmp_path / "data" / "mohler_dev" / "mohler_dev.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    assert main(["train", "adapters", "--role", "score_head", "--data", str(tmp_path / "data"),
                 "--out", str(tmp_path / "out")]) == 0
    assert "score_head" in capsys.readouterr().out
    head = load_score_head(Settings(home=tmp_path, adapters_dir=tmp_path / "out"))
    assert head is not None and head.n == 48 and head.metrics["groups"] == 4 and head.metrics["val_n"] == 12
    assert head.metrics["val_pearson"] > 0.6


@pytest.mark.slow
def test_loading_the_embedder_writes_nothing_into_a_terminal_interview(capfd: pytest.CaptureFixture[str]) -> None:
    """The embedder loads in the background while the candidate reads the first question; a progress bar there
    once wrote into the interview's own line ("Loading weights: 0%|...Session: 2a0d97d38b66")."""
    from agent.embeddings import MiniLM

    MiniLM()
    out, err = capfd.readouterr()
    assert "Loading weights" not in out + err
