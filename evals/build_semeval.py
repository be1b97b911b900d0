"""Convert SemEval-2013 Task 7 (CC BY-SA 3.0) into a small gold file that can be committed with the project.

Only the ``test-unseen-questions`` split is used: its questions appear in no training split, so adapters trained
on SemEval's train split cannot have seen them. Each question becomes one "interview" whose turns are students'
answers to it (so the bootstrap resamples questions), capped at ``--per-question`` answers picked by a hash of
the student id: a fixed, label-blind sample.

The 3-way label becomes a score: correct = 100, contradictory = 0 (the answer asserts the opposite of the
reference), incorrect = 50. SemEval's "incorrect" merges partially correct but incomplete answers with
irrelevant and off-domain ones, so no single grade fits it; the middle of the scale says "between the other
two" and nothing more. Rank metrics (Spearman) do not depend on that choice; Pearson, kappa and MAE do.

    python -m evals.build_semeval [--src DIR] [--out FILE] [--per-question 12]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from evals import SHARED_DATA
from evals.gold import parse_gold_line

SPLIT = "test-unseen-questions"
LABEL_SCORES = {"correct": 100.0, "incorrect": 50.0, "contradictory": 0.0}
SOURCE = (
    "SemEval-2013 Task 7 Student Response Analysis (Dzikovska et al. 2013), {corpus}, split {split}; "
    "github.com/myrosia/semeval-2013-task7; CC BY-SA 3.0; labels mapped to scores by evals/build_semeval.py"
)
DEFAULT_OUT = Path(__file__).resolve().parent / "data" / "semeval2013.gold.jsonl"


def _order(student_id: str) -> str:
    return hashlib.sha256(student_id.encode("utf-8")).hexdigest()


def convert(rows: list[dict[str, Any]], per_question: int) -> list[dict[str, Any]]:
    """Gold interviews, one per held-out question, sorted by corpus and question id."""
    by_question: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["split"] == SPLIT and row["label_3way"] in LABEL_SCORES:
            by_question[(row["corpus"], row["question_id"])].append(row)
    interviews = []
    for (corpus, question_id), answers in sorted(by_question.items()):
        picked = sorted(answers, key=lambda r: _order(r["student_id"]))[:per_question]
        interviews.append(
            {
                "id": f"semeval-{corpus}-{question_id}",
                "language": "en",
                "source": SOURCE.format(corpus=corpus, split=SPLIT),
                "resume_text": None,
                "role": "Science student (school physics and science tutoring)",
                "turns": [
                    {
                        "topic": f"{corpus}: {row['module']}",
                        "question": row["question"],
                        "answer": row["answer"],
                        "reference_answer": row["reference_answer"],
                        "gold": {"score": LABEL_SCORES[row["label_3way"]]},
                    }
                    for row in picked
                ],
                "gold": None,
            }
        )
    return interviews


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m evals.build_semeval", description=__doc__)
    parser.add_argument("--src", type=Path, default=SHARED_DATA / "semeval2013", help="folder with the 3-way JSONL")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--per-question", type=int, default=12)
    args = parser.parse_args(argv)
    source = args.src / "semeval2013_task7_3way.jsonl"
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = [json.dumps(iv, ensure_ascii=False) for iv in convert(rows, args.per_question)]
    for n, line in enumerate(lines, 1):
        parse_gold_line(line, n, str(args.out))  # what is written must read back as gold
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    answers = sum(len(json.loads(line)["turns"]) for line in lines)
    print(f"wrote {len(lines)} questions, {answers} answers to {args.out}")


if __name__ == "__main__":
    main()
