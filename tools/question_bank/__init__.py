"""Open interview question banks: real questions for skill and behavioural topics, with reference answers where the
bank has them, so that those answers are graded against a reference (``agent/score_head.py``) instead of by the
small Scorer adapter's guess.

Why: without a reference the 135M Scorer's grade tracks human grades at Pearson 0.14 on unseen questions, against
0.48 for the score head, which grades against a reference (Mohler assignment 5, ``adapters/README.md``); and the
135M Question role writes behavioural questions such as "Can you explain your decision to work for a company that
has no ethics standards?". A bank question fixes both where a bank covers the topic. Resume topics (projects,
experience) and follow-ups stay with the Question role: they are what makes the interview personal.

The banks (``README.md`` beside this file has sources and licences):

- ``data_science_interviews.jsonl``: 207 data-science questions by topic, 193 with community reference answers
  (CC BY 4.0). A question whose reference has at most :data:`MAX_REFERENCE_WORDS` words is preferred: the score head
  was fitted on references of up to 31 words. A longer one is asked, with its whole reference, where a topic has no
  other ("What is supervised machine learning?", 80 words): the head still grades against such references better
  than cosine does (SAF's unseen questions, references of 66-288 words: Pearson 0.515 against 0.340), and cut to
  their first 60 words they grade worse (0.441); without it a model-written question took the topic ("What was your
  supervisor's role in supervising me with machine learning?", a terminal interview).
- ``tih_behavioral_and_h5bp_frontend_questions.jsonl``: 117 behavioural questions (tech-interview-handbook) and 145
  front-end questions (h5bp), without reference answers (MIT).
- ``mockinterview_behavioral.jsonl``: 15 behavioural questions written for this project (Apache-2.0), two to four for
  each planned theme. The open bank has one question on "working in a team" ("How did you work with senior
  management on large projects as well as multiple internal teams?"), which every candidate was asked, a student too.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel

BANK_DIR = Path(__file__).resolve().parent
OPEN_BANK_FILES = ("data_science_interviews.jsonl", "tih_behavioral_and_h5bp_frontend_questions.jsonl")
# Asked beside the open banks' questions; not among the questions an answer's relevance rank is taken against
# (agent/assess.other_questions), which the assessment head was fitted with.
OWN_FILES = ("mockinterview_behavioral.jsonl",)
MAX_REFERENCE_WORDS = 60
MAX_REFERENCE_CHARS = 1200  # what an interview question carries and shows (agent/state.Question.reference)

# Which bank topic a resume skill belongs to: patterns matched on the skill topic's name.
SKILL_PATTERNS: dict[str, str] = {
    "SQL": r"sql|postgres(?:ql)?|mysql|sqlite|oracle|bigquery|snowflake",
    "Coding (Python)": r"python|pandas|numpy",
    "Classification": r"classification|classifiers?|logistic regression|scikit-learn|sklearn",
    "Regularization": r"regularization|ridge|lasso",
    "Linear regression": r"linear regression|regression analysis|statistics|statsmodels",
    "Supervised machine learning": r"machine learning|supervised learning",
    "Validation": r"cross-validation|model validation|a/b testing",
    "Feature selection": r"feature engineering|feature selection",
    "Decision trees": r"decision trees?",
    "Random forest": r"random forests?",
    "Gradient boosting": r"gradient boosting|xgboost|lightgbm|catboost",
    "Parameter tuning": r"hyperparameter(?: tuning| optimization)?|optuna",
    "Neural networks": r"neural networks?|deep learning|pytorch|tensorflow|keras|jax",
    "Optimization in neural networks": r"deep learning|pytorch|tensorflow|keras",
    "Neural networks for computer vision": r"computer vision|opencv|cnns?|image (?:classification|recognition)",
    "Text classification": r"nlp|natural language processing|text classification|spacy|nltk|transformers",
    "Clustering": r"clustering|k-means|unsupervised learning",
    "Dimensionality reduction": r"dimensionality reduction|pca|t-sne|umap",
    "Ranking and search": r"search|ranking|elasticsearch|solr|information retrieval|lucene",
    "Recommender systems": r"recommender systems?|recommendations?",
    "Time series": r"time series|forecasting|prophet",
    "Algorithmic Questions": r"algorithms?|data structures",
    "front-end/javascript": r"javascript|typescript|react|vue|angular|node(?:\.js)?|ecmascript|next\.js|nuxt(?:\.js)?|"
                            r"svelte|jquery|redux",
    "front-end/css": r"css|sass|scss|less|tailwind|bootstrap",
    "front-end/html": r"html5?|accessibility|a11y",
    "front-end/network": r"http|rest(?:ful)?|web sockets?|websockets?|cdn",
    "front-end/performance": r"web performance|lighthouse|webpack|vite",
    "front-end/testing": r"jest|cypress|playwright|mocha|selenium|front-?end testing",
}
# Which behavioural questions belong to each of the planned behavioural topics (agent/nodes/plan_topics.py): a
# question belongs to the first theme it matches, in this order, so that two topics never ask the same thing.
BEHAVIORAL_PATTERNS: dict[str, str] = {
    "handling a conflict or disagreement": r"conflict|disagree|difference of opinion|difficult co-?workers?",
    "a failure and what you learned from it": r"fail|mistake|went wrong",
    "working under a tight deadline": r"deadline|pressure|prioriti[sz]e|tight",
    "leading without authority": r"influence|persuade|convince|\blead|initiative|mentor",
    "working in a team": r"\bteams?\b|team member|collaborat|co-?workers?",
}
# Questions that only make sense for one company ("Why Airbnb?") or that name a placeholder company ("X company").
_NOT_GENERAL = re.compile(r"\bX\b|airbnb|palantir|hired|slack|amazon|bytedance|stack overflow|dropbox|stripe|lyft|"
                          r"twitter|\bus\b|\bour\b|\bhere\b", re.IGNORECASE)


class BankQuestion(BaseModel):
    """One question of an open bank, with its provenance."""

    id: str
    topic: str
    question: str
    reference: str | None = None
    source: str
    license: str


# Questions that cannot be answered in speech or a chat box: code, a table or a picture the bank's page showed, or
# a reference that points elsewhere. Such rows are left out whole.
_NEEDS_PAGE = re.compile(r"`|<img|<[a-z]+[ >]|\{|\bfollowing\b|\bbelow\b|\babove\b|\bthese\?|this code",
                         re.IGNORECASE)


def _clean_reference(text: str | None) -> str | None:
    """The reference as plain prose: markdown links reduced to their text, bare URLs and emphasis dropped."""
    if not text:
        return None
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"https?://\S+", " ", text)
    text = " ".join(text.replace("*", "").split())
    return text or None


def _pattern(body: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w+#])(?:" + body + r")(?![\w+#])", re.IGNORECASE)


class QuestionBank:
    """Retrieval by topic: for a skill topic, the bank topics its skill belongs to; for a behavioural topic, the
    behavioural questions on its theme. The choice among matches is stable for one resume and topic (a hash), so
    a resumed interview asks what it would have asked, and repeats no question already asked."""

    def __init__(self, questions: Iterable[BankQuestion]):
        self.questions = list(questions)
        self._skill = {topic: _pattern(body) for topic, body in SKILL_PATTERNS.items()}
        self._behavioral = {topic: re.compile(body, re.IGNORECASE) for topic, body in BEHAVIORAL_PATTERNS.items()}

    @classmethod
    def load(cls, folder: Path = BANK_DIR, files: Sequence[str] = (*OPEN_BANK_FILES, *OWN_FILES),
             max_reference_words: int | None = None) -> QuestionBank:
        """The banks' questions; with ``max_reference_words``, none whose reference is longer."""
        questions = []
        for name in files:
            for line in (folder / name).read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                if len(row["question"].split()) < 4 or _NEEDS_PAGE.search(
                        row["question"] + " " + (row.get("reference_answer") or "")):
                    continue
                reference = _clean_reference(row.get("reference_answer"))
                if reference is not None and (len(reference) > MAX_REFERENCE_CHARS or (
                        max_reference_words is not None and len(reference.split()) > max_reference_words)):
                    continue
                questions.append(BankQuestion(
                    id=row["id"], topic=row["topic"], question=_as_question(row["question"]), reference=reference,
                    source=row["source"], license=row["license"],
                ))
        return cls(questions)

    def candidates(self, kind: str, name: str) -> list[BankQuestion]:
        """The bank questions that fit a topic of the interview's topic queue (its kind and name): skill and
        behavioural topics only."""
        if kind == "skill":
            # The skill the topic is named after: the others of its group ("Soft skills: Leadership, JavaScript")
            # can belong anywhere.
            matched = [t for t, p in self._skill.items() if p.search(name)]
            return [q for q in self.questions if q.topic in matched]
        if kind == "behavioral":
            return [q for q in self.questions if q.topic == "behavioral" and self._theme(q.question) == name]
        return []

    def _theme(self, question: str) -> str | None:
        if _NOT_GENERAL.search(question):
            return None
        return next((name for name, theme in self._behavioral.items() if theme.search(question)), None)

    def pick(self, kind: str, name: str, *, asked: Sequence[str] = (), key: str = "") -> BankQuestion | None:
        """One question for the topic not yet asked, chosen by a hash of ``key`` (the resume) and the topic name;
        questions with a reference answer of at most :data:`MAX_REFERENCE_WORDS` words are preferred, then those with
        a longer one."""
        seen = {_norm(a) for a in asked}
        fresh = [q for q in self.candidates(kind, name) if _norm(q.question) not in seen]
        if not fresh:
            return None
        short = [q for q in fresh if q.reference and len(q.reference.split()) <= MAX_REFERENCE_WORDS]
        pool = short or [q for q in fresh if q.reference] or fresh
        return pool[zlib.crc32(f"{key}|{name}".encode()) % len(pool)]


def _as_question(text: str) -> str:
    """The bank's wording, ending in a question mark as every question of the interview does ("Tell me about a
    time you met a tight deadline." -> "...deadline?")."""
    text = " ".join(text.split())
    return text if text.endswith("?") else text.rstrip(".!:") + "?"


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
