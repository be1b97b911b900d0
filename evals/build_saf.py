"""Read SAF (Short Answer Feedback, English; MIT licence) and convert its unseen questions into a gold file.

SAF (Filighera et al. 2022, github.com/SebOchs/SAF) holds a networking course's questions with a reference answer,
students' answers, each graded by a person on 0-1 with a verdict and a **written feedback**. Its three folders:
``training`` (18 questions), ``unseen_answers`` (other students' answers to those 18) and ``unseen_questions`` (4
questions on a module, software-defined networking, that ``training`` never asks). The score head is fitted on
``training`` (``adapters/data.graded_answers``); the committed gold file is ``unseen_questions``: one "interview" per
question (so the bootstrap resamples questions), every answer but the platform's "No response." placeholders
(:data:`PLACEHOLDER`), ``gold.score`` = 100 x the grader's score, and the
grader's feedback kept beside it (``gold.feedback``).

    python -m evals.build_saf [--src DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from evals import SHARED_DATA
from evals.gold import parse_gold_line

SPLIT = "unseen_questions"
SOURCE = (
    "SAF, Short Answer Feedback (Filighera et al. 2022), English networking course, split {split}, question {qid}; "
    "github.com/SebOchs/SAF; MIT licence; converted by evals/build_saf.py"
)
DEFAULT_OUT = Path(__file__).resolve().parent / "data" / "saf_unseen_questions.gold.jsonl"


class SafAnswer(BaseModel):
    question_id: str  # the file's stem, e.g. "11.1_SDN" (two training files share the id attribute "2.1")
    module: str
    question: str
    reference: str
    answer: str
    score: float = Field(ge=0, le=1)  # the grader's, 0-1
    verdict: str  # "Correct", "Partially correct", "Incorrect"
    feedback: str  # the grader's written feedback


# What the course platform wrote where a student submitted nothing ("No response.", "Empty submission."): 77 of the
# 384 unseen-question rows. Graded 0, they are not answers, and kept in they lift any scorer's Pearson by about 0.4.
PLACEHOLDER = re.compile(r"(?:no|empty) (?:response|submission|answer)\.?", re.IGNORECASE)


def _text(node: ET.Element | None) -> str:
    return " ".join((node.text or "").split()) if node is not None else ""


def read_saf(folder: Path) -> list[SafAnswer]:
    """Every student answer of one SAF folder (``training``, ``unseen_answers``, ``unseen_questions``), in file and
    document order; empty where the folder is absent. "No submission." rows are kept: a grader scored them 0."""
    rows: list[SafAnswer] = []
    for path in sorted(folder.glob("*.xml")) if folder.is_dir() else []:
        root = ET.parse(path).getroot()
        question = _text(root.find("questionText"))
        references = root.find("referenceAnswers")
        reference = _text(references[0]) if references is not None and len(references) else ""
        answers = root.find("studentAnswers")
        for node in answers if answers is not None else []:
            rows.append(SafAnswer(question_id=path.stem, module=root.get("module", ""), question=question,
                                  reference=reference, answer=_text(node.find("response")),
                                  score=float(_text(node.find("score"))),
                                  verdict=_text(node.find("verification_feedback")),
                                  feedback=_text(node.find("response_feedback"))))
    return rows


def convert(rows: list[SafAnswer], split: str = SPLIT) -> list[dict[str, Any]]:
    """Gold interviews, one per question, in file order, without the platform's placeholders for no submission."""
    by_question: dict[str, list[SafAnswer]] = {}
    for row in rows:
        if not PLACEHOLDER.fullmatch(row.answer):
            by_question.setdefault(row.question_id, []).append(row)
    return [
        {
            "id": f"saf-{qid}",
            "language": "en",
            "source": SOURCE.format(split=split, qid=qid),
            "resume_text": None,
            "role": "Computer networking student",
            "turns": [
                {
                    "topic": f"networking: {row.module}",
                    "question": row.question,
                    "answer": row.answer,
                    "reference_answer": row.reference,
                    "gold": {"score": round(100 * row.score, 2), "feedback": row.feedback},
                }
                for row in answers
            ],
            "gold": None,
        }
        for qid, answers in by_question.items()
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m evals.build_saf", description=__doc__)
    parser.add_argument("--src", type=Path, default=SHARED_DATA / "saf", help="the SAF folder (holds the splits)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    rows = read_saf(args.src / SPLIT)
    if not rows:
        raise SystemExit(f"no SAF answers under {args.src / SPLIT}")
    lines = [json.dumps(iv, ensure_ascii=False) for iv in convert(rows)]
    for n, line in enumerate(lines, 1):
        parse_gold_line(line, n, str(args.out))  # what is written must read back as gold
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    answers = sum(len(json.loads(line)["turns"]) for line in lines)
    print(f"wrote {len(lines)} questions, {answers} answers to {args.out} "
          f"({len(rows) - answers} placeholders left out)")


if __name__ == "__main__":
    main()
