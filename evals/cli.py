"""``eval`` subcommand: replay a gold file through the agent, score it against the gold and the baselines.

The console script owns the parser; this module only adds its arguments and runs. The role model and the
embedder come from factories so that tests inject scripted fakes and never load a real model.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agent.assess import AssessHead, load_assess_head
from agent.config import Settings
from agent.decision_head import DecisionHead, load_decision_head
from agent.embeddings import Embedder, MiniLM
from agent.roles import RoleModel, Roles
from agent.score_head import ScoreHead, load_score_head
from evals import metrics
from evals.asides import AsidesFormatError, evaluate_asides, format_asides, is_asides_file, read_asides
from evals.baselines import (
    BASELINES,
    QUESTION_BANKS,
    bank_retrieval,
    embedding_scores,
    load_bank_questions,
    majority_decisions,
    short_answer_decisions,
    verdict_feedback,
    word_count_scores,
)
from evals.contrast import contrast, embedding_baseline, format_contrast, pairs_of
from evals.gold import GoldFormatError, read_gold
from evals.html import write_html
from evals.kinds import KindsFormatError, format_kinds, graded_kinds, is_kinds_file, read_kinds
from evals.replay import EVAL_ROLES, EvalRole, Predictions, replay
from evals.report import evaluate, format_table, prefixed, source_counts

ModelFactory = Callable[[Settings], RoleModel]
EmbedderFactory = Callable[[], Embedder]


def _load_role_model(settings: Settings) -> RoleModel:
    from agent.backends import load_role_model  # the configured backend: in-process or a server

    return load_role_model(settings)


def _roles_arg(text: str) -> list[EvalRole]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in EVAL_ROLES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"roles must be a comma-separated subset of {','.join(EVAL_ROLES)}")
    return [r for r in EVAL_ROLES if r in names]


def _baselines_arg(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    if names == ["none"]:
        return []
    unknown = [n for n in names if n not in BASELINES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"baselines: 'none' or a comma-separated subset of {','.join(BASELINES)}")
    return names


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", type=Path, metavar="GOLD.jsonl", help="gold transcripts (docs/gold-transcripts.md), "
                        "or a graded-kinds file of answers to resume questions (evals/kinds.py)")
    parser.add_argument("--limit", type=_positive, default=None, metavar="N", help="replay only the first N interviews")
    parser.add_argument(
        "--roles",
        type=_roles_arg,
        default=list(EVAL_ROLES),
        metavar="ROLES",
        help="comma-separated roles to evaluate (default: scorer,decision,question)",
    )
    parser.add_argument("--out", type=Path, default=None, metavar="FILE.json", help="write the results as JSON")
    parser.add_argument("--html", type=Path, default=None, metavar="FILE.html", help="write a self-contained report")
    parser.add_argument(
        "--feedback", action="store_true", help="let the Scorer write feedback too (slower; grades do not change)"
    )
    parser.add_argument("--home", type=Path, default=None, metavar="DIR", help="data dir with the model cache")
    parser.add_argument(
        "--baselines",
        type=_baselines_arg,
        default=list(BASELINES),
        metavar="NAMES",
        help=f"comma-separated baselines to run, or 'none' (default: {','.join(BASELINES)}; bare_base replays the "
        "whole file again without adapters and heads, the slow one)",
    )
    parser.add_argument(
        "--contrast-limit",
        type=_positive,
        default=None,
        metavar="N",
        help="run the contrast protocol (evals/contrast.py) on N answers sampled from the file (default: all)",
    )
    parser.add_argument("--no-contrast", action="store_true", help="skip the contrast protocol")
    parser.add_argument(
        "--banks",
        type=Path,
        default=QUESTION_BANKS,
        metavar="DIR",
        help="question banks for the bank_retrieval baseline (default: %(default)s)",
    )


def _model_name(model: RoleModel) -> str:
    """The base's own name: a transformers backend keeps it on its base, a llama.cpp backend on itself."""
    base = getattr(model, "base", None)
    return str(getattr(base, "name", None) or getattr(model, "name", None) or type(model).__name__)


def _heads(settings: Settings, embedder: Embedder, relevance: Embedder | None = None
           ) -> tuple[ScoreHead | None, DecisionHead | None, AssessHead | None]:
    score_head, assess_head = load_score_head(settings), load_assess_head(settings)
    # the assessment keeps the embedder it was fitted with (all-mpnet-base-v2) unless that is the eval's or one is given
    mine = relevance or (embedder if assess_head is not None and assess_head.embedding_model == embedder.name else None)
    if assess_head is not None and mine is not None:
        assess_head.use_embedder(lambda: mine)
    return (score_head.use_embedder(lambda: embedder) if score_head else None, load_decision_head(settings),
            assess_head)


def run_kinds(args: argparse.Namespace, *, model_factory: ModelFactory = _load_role_model,
              embedder_factory: EmbedderFactory = MiniLM, relevance_factory: EmbedderFactory | None = None) -> int:
    """A graded-kinds file (evals/kinds.py): answers of known intended quality to the interviewer's questions."""
    started = time.perf_counter()
    try:
        rows = read_kinds(args.gold)
        settings = Settings.from_env(home=args.home)
        model, embedder = model_factory(settings), embedder_factory()
        score_head, decision_head, assess_head = _heads(settings, embedder,
                                                        relevance_factory() if relevance_factory else None)
    except (OSError, KindsFormatError, RuntimeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    roles = Roles(model, retries=settings.retries, seed=settings.seed, score_head=score_head,
                  decision_head=decision_head, assess_head=assess_head)
    results = graded_kinds(rows, roles, embedder, max_depth=settings.max_follow_ups,
                           progress=lambda line: print(line, file=sys.stderr, flush=True))
    results["meta"] = {"file": str(args.gold), "answers": len(rows), "model": _model_name(model),
                       "assess_head": assess_head.trained_on if assess_head else None,
                       "embedding_model": getattr(embedder, "name", type(embedder).__name__),
                       "relevance_model": assess_head.embedding_model if assess_head else None,
                       "wall_s": round(time.perf_counter() - started, 1),
                       "machine": f"{platform.machine()}, {os.cpu_count()} CPU cores",
                       "bootstrap": {"interval": "percentile 95%", "resamples": metrics.RESAMPLES,
                                     "seed": metrics.SEED, "unit": "question"}}
    print(format_kinds(results))
    print(f"{len(rows)} answers, wall {results['meta']['wall_s']:.0f} s, model {results['meta']['model']}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def run_asides(args: argparse.Namespace) -> int:
    """A labelled asides file (evals/asides.py): the rules alone, no model."""
    try:
        rows = read_asides(args.gold)
    except (OSError, AsidesFormatError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    results = evaluate_asides(rows)
    results["meta"] = {"file": str(args.gold), "replies": len(rows),
                       "bootstrap": {"interval": "percentile 95%", "resamples": metrics.RESAMPLES,
                                     "seed": metrics.SEED, "unit": "reply"}}
    print(format_asides(results))
    if args.out:
        args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def run_eval(
    args: argparse.Namespace,
    *,
    model_factory: ModelFactory = _load_role_model,
    embedder_factory: EmbedderFactory = MiniLM,
    relevance_factory: EmbedderFactory | None = None,
) -> int:
    """Run the eval described by ``args``; 0 on success, 2 when the gold file or a model cannot be used.
    ``embedder_factory`` makes the embedder of the metrics, the baselines and the score head; the assessment head
    keeps the one it was fitted with unless ``relevance_factory`` is given."""
    started = time.perf_counter()
    which: list[EvalRole] = list(args.roles)
    if is_asides_file(args.gold):
        return run_asides(args)
    if is_kinds_file(args.gold):
        return run_kinds(args, model_factory=model_factory, embedder_factory=embedder_factory,
                         relevance_factory=relevance_factory)
    try:
        interviews = read_gold(args.gold, limit=args.limit)
    except (OSError, GoldFormatError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    settings = Settings.from_env(home=args.home)
    try:
        model = model_factory(settings)
        embedder = embedder_factory()
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    Heads = tuple[ScoreHead | None, DecisionHead | None, AssessHead | None]

    def roles_for(role_model: RoleModel, heads: Heads = (None, None, None)) -> Roles:
        return Roles(role_model, retries=settings.retries, seed=settings.seed, score_head=heads[0],
                     decision_head=heads[1], assess_head=heads[2])

    def run(role_model: RoleModel, heads: Heads = (None, None, None)) -> Predictions:
        return replay(
            interviews,
            roles_for(role_model, heads),
            which=which,
            feedback=args.feedback,
            max_depth=settings.max_follow_ups,
            progress=progress,
        )

    try:
        heads: Heads = _heads(settings, embedder, relevance_factory() if relevance_factory else None)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    agent = run(model, heads)
    results: dict[str, Any] = evaluate(interviews, agent, embedder)

    adapters = sorted(getattr(model, "adapters", None) or {})
    without = getattr(model, "without_adapters", None)
    if "bare_base" not in args.baselines:
        pass
    elif (adapters and without is not None) or any(heads):
        progress("bare base (adapters and heads off):")
        bare = run(without() if adapters and without is not None else model)
        results.update(prefixed("baselines.bare_base", evaluate(interviews, bare, embedder)))
        results["baselines.bare_base.same_as_agent"] = False
    else:
        results.update(prefixed("baselines.bare_base", dict(results)))
        results["baselines.bare_base.same_as_agent"] = True

    embedding: Predictions | None = None
    majority_label: str | None = None
    bank: list[str] = []
    if "scorer" in which and "embedding" in args.baselines:
        embedding = embedding_scores(interviews, embedder)
        results.update(prefixed("baselines.embedding", evaluate(interviews, embedding, embedder)))
    if "scorer" in which and "word_count" in args.baselines:
        results.update(prefixed("baselines.word_count", evaluate(interviews, word_count_scores(interviews), embedder)))
    if agent.feedback and "verdict_only" in args.baselines:
        results.update(prefixed("baselines.verdict_only", evaluate(interviews, verdict_feedback(agent), embedder)))
    if "decision" in which and "majority" in args.baselines:
        majority, majority_label = majority_decisions(interviews)
        results.update(prefixed("baselines.majority", evaluate(interviews, majority, embedder)))
    if "decision" in which and "short_answer" in args.baselines:
        shorter = short_answer_decisions(interviews)
        results.update(prefixed("baselines.short_answer", evaluate(interviews, shorter, embedder)))
    if "question" in which and "bank_retrieval" in args.baselines:
        bank = load_bank_questions(args.banks) if args.banks.is_dir() else []
        if not bank:
            progress(f"question banks not found in {args.banks}: no bank_retrieval baseline")
        retrieved = bank_retrieval(interviews, embedder, bank)
        results.update(prefixed("baselines.bank_retrieval", evaluate(interviews, retrieved, embedder)))

    turns = sum(len(iv.turns) for iv in interviews)
    results["meta"] = {
        "gold": str(args.gold),
        "interviews": len(interviews),
        "turns": turns,
        "limit": args.limit,
        "roles": which,
        "feedback": args.feedback,
        "model": _model_name(model),
        "adapters": adapters,
        "score_head": heads[0].trained_on if heads[0] else None,
        "decision_head": heads[1].trained_on if heads[1] else None,
        "assess_head": heads[2].trained_on if heads[2] else None,
        "embedding_model": getattr(embedder, "name", type(embedder).__name__),
        "relevance_model": heads[2].embedding_model if heads[2] else None,
        "replay_s": round(agent.seconds, 1),
        "seconds_per_turn": round(agent.seconds / turns, 3) if turns else None,
        "wall_s": round(time.perf_counter() - started, 1),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPU cores, torch threads {settings.threads}",
        "device": str(getattr(getattr(model, "base", None), "device", "n/a")),
        "sources": source_counts(agent),
        "bootstrap": {
            "interval": "percentile 95%",
            "resamples": metrics.RESAMPLES,
            "seed": metrics.SEED,
            "unit": "interview",
        },
        "qwk_bins": "[0,20) [20,40) [40,60) [60,80) [80,100]",
        "baselines": {
            "bare_base": "the same roles with every adapter off",
            "embedding": "100 * clip(cosine(answer, reference answer or question), 0, 1), nothing fitted",
            "majority": f"the most frequent gold decision of this file ({majority_label})",
            "short_answer": "FOLLOW_UP when the answer is shorter than the file's median answer (words)",
            "bank_retrieval": f"nearest of {len(bank)} question-bank questions to the last question",
            "word_count": "score = min(100, the answer's words), nothing fitted",
            "verdict_only": "feedback = the verdict sentence of the agent's own score's label, nothing else",
            "run": list(args.baselines),
        },
    }

    pairs = pairs_of(interviews)
    if pairs and not args.no_contrast and "scorer" in which:
        progress(f"contrast protocol on {min(len(pairs), args.contrast_limit or len(pairs))} answers:")
        if "bank_retrieval" in args.baselines and not bank and args.banks.is_dir():
            bank = load_bank_questions(args.banks)
        results.update(contrast(pairs, roles_for(model, heads), max_depth=settings.max_follow_ups,
                                limit=args.contrast_limit, progress=progress, embedder=embedder,
                                bank=bank if "bank_retrieval" in args.baselines else (),
                                baseline=embedding_baseline(embedder) if "embedding" in args.baselines else None))

    print(format_table(results))
    if any(key.startswith("contrast.") for key in results):
        print(format_contrast(results))
    print(
        f"{len(interviews)} interviews, {turns} turns, replay {agent.seconds:.0f} s, "
        f"wall {results['meta']['wall_s']:.0f} s, model {results['meta']['model']}, "
        f"adapters {', '.join(adapters) or 'none'}"
    )
    if args.out:
        args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.html:
        scatter = {"agent": agent, **({"embedding": embedding} if embedding else {})}
        write_html(args.html, results, interviews, scatter)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evals.cli", description="Replay a gold file through the agent and score it."
    )
    add_eval_arguments(parser)
    return run_eval(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
