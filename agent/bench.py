"""Benchmarks printed by ``mockinterview bench``: speed and memory live here, not in timed tests."""

from __future__ import annotations

import importlib.util
import os
import resource
import statistics
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from agent.config import Settings, is_postgres_url
from agent.roles import ROLES, QuestionInput, RoleModel, Roles, build_question_messages
from agent.state import InterviewState, Topic
from tools.resume_parser import Resume

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"n": len(samples), "median_s": statistics.median(ordered), "p95_s": p95}


# What `bench roles` runs side by side: the 135M base on transformers is the baseline every ratio is taken to.
BENCH_TIERS: tuple[tuple[str, str], ...] = (
    ("smollm2-135m", "transformers"), ("smollm2-135m", "llama_cpp"), ("qwen-0.5b", "llama_cpp"),
    ("qwen-1.5b", "llama_cpp"),
)
# A candidate of every kind, so that follow-ups and topic switches both run: strong, vague, off-topic, a non-answer.
BENCH_ANSWERS = (
    "At my last job I owned the payments API. Clients retried and we charged twice, so I added idempotency keys "
    "stored in PostgreSQL with a unique index, and duplicate charges went to zero within a week.",
    "I worked on that with the team and it went well overall, we used the usual tools.",
    "On weekends I restore old motorcycles; last month I rebuilt a carburettor on a 1978 Honda.",
    "I don't know, I never did that.",
    "I moved the three least critical services to Kubernetes first, wrote a rollback runbook, and the other 27 "
    "followed in two months without an outage; p95 latency stayed under 200 ms.",
    "Redis gave us a 40 percent cut in p95 latency, but we had to design cache invalidation around writes.",
)
SAMPLE_RESUME = REPO / "examples" / "sample_resume.md"


class TierRun(BaseModel):
    """One tier's figures from one scripted interview (medians over the answers; seconds)."""

    model: str
    engine: str
    skipped: str = ""
    name: str = ""
    load_s: float = 0.0
    first_question_token_s: float = 0.0
    first_question_s: float = 0.0
    answer_to_score: dict[str, float] = Field(default_factory=dict)
    answer_to_first_token: dict[str, float] = Field(default_factory=dict)
    answer_to_next_question: dict[str, float] = Field(default_factory=dict)
    roles: dict[str, dict[str, float]] = Field(default_factory=dict)
    question_tokens_per_s: float = 0.0
    sources: dict[str, dict[str, int]] = Field(default_factory=dict)
    questions: list[str] = Field(default_factory=list)
    peak_rss_mb: float = 0.0
    load_avg: tuple[float, float, float] = (0.0, 0.0, 0.0)


def _count_tokens(model: Any, text: str) -> int:
    if hasattr(model, "llm"):  # llama.cpp
        return len(model.llm.tokenize(text.encode(), add_bos=False, special=False))
    return len(model.tokenizer(text, add_special_tokens=False).input_ids)


def bench_tier(settings: Settings, answers: int) -> TierRun:
    """One scripted interview on the sample resume through the real engine (in-memory SQLite), timed as the
    candidate sees it: from pressing Send to the score, to the next question's first token, to the whole question."""
    from agent.backends import load_local
    from agent.engine import open_engine
    from tools.resume_parser import parse_resume

    t0 = time.perf_counter()
    model = load_local(settings)
    load_s = time.perf_counter() - t0
    engine = open_engine(settings.model_copy(update={"db": ":memory:", "question_bank": False}), model)
    resume = parse_resume(SAMPLE_RESUME)
    marks: dict[str, float] = {}

    def mark(name: str) -> Callable[[Any], None]:
        def record(_value: Any) -> None:
            marks.setdefault(name, time.perf_counter())

        return record

    t = time.perf_counter()
    progress = engine.start(resume=resume, target_role="Backend Engineer", max_questions=answers + 1,
                            on_question=mark("token"))
    first_token, first_question = marks.pop("token", time.perf_counter()) - t, time.perf_counter() - t
    timings: dict[str, list[float]] = {"score": [], "token": [], "question": []}
    for j in range(answers):
        if progress.pending is None:
            break
        marks.clear()
        t = time.perf_counter()
        progress = engine.answer(progress.session_id, BENCH_ANSWERS[j % len(BENCH_ANSWERS)],
                                 on_scored=mark("score"), on_question=mark("token"))
        done = time.perf_counter()
        timings["score"].append(marks.get("score", done) - t)
        if progress.pending is not None:
            timings["token"].append(marks.get("token", done) - t)
            timings["question"].append(done - t)
    turns = engine.turns(progress.session_id)
    stats = engine.roles.stats
    engine.close()
    # Decoding speed apart from prompt encoding: the same question written twice, the second time from a cached
    # prompt (on transformers, which caches nothing across calls, it includes encoding the prompt).
    messages = build_question_messages(QuestionInput(topic=Topic(name="Payments API", kind="project", detail=(
        "designed an idempotent payments API serving 2,000 requests per second")), follow_up=False))
    model.generate("question", messages, prefix="Question:", max_new_tokens=48)
    t = time.perf_counter()
    line = model.generate("question", messages, prefix="Question:", max_new_tokens=48)
    decode_s = time.perf_counter() - t
    return TierRun(
        model=settings.model, engine=settings.engine, name=str(getattr(model, "name", "")), load_s=load_s,
        first_question_token_s=first_token, first_question_s=first_question,
        answer_to_score=_summary(timings["score"]), answer_to_first_token=_summary(timings["token"]),
        answer_to_next_question=_summary(timings["question"]),
        roles={role: _summary(list(samples)) for role, samples in stats.latency.items()},
        question_tokens_per_s=_count_tokens(model, line) / decode_s,
        sources={role: dict(counter) for role, counter in stats.sources.items()},
        questions=[tn.question.text for tn in turns], peak_rss_mb=_peak_rss_mb(), load_avg=os.getloadavg(),
    )


def _tier_child(settings_json: str, answers: int) -> str:
    return bench_tier(Settings.model_validate_json(settings_json), answers).model_dump_json()


def bench_roles(settings: Settings, *, answers: int = 6,
                tiers: Sequence[tuple[str, str]] = BENCH_TIERS) -> list[TierRun]:
    """Every installed tier side by side, each in a fresh process (so its load time and peak RSS are its own)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from adapters.base_model import ModelUnavailableError, tier_gguf

    runs = []
    for model, engine in tiers:
        try:
            tier_gguf(settings, model)
        except ModelUnavailableError as exc:
            runs.append(TierRun(model=model, engine=engine, skipped=str(exc).split(":")[0]))
            continue
        if engine == "llama_cpp" and importlib.util.find_spec("llama_cpp") is None:
            runs.append(TierRun(model=model, engine=engine, skipped="llama.cpp is not installed"))
            continue
        tier_settings = settings.model_copy(update={"model": model, "engine": engine})
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:  # a crash raises
            runs.append(TierRun.model_validate_json(
                pool.submit(_tier_child, tier_settings.model_dump_json(), answers).result()))
    return runs


def format_roles_bench(runs: list[TierRun]) -> str:
    base = next((r for r in runs if (r.model, r.engine) == BENCH_TIERS[0] and not r.skipped), None)

    def cell(r: TierRun, value: float, base_value: float | None) -> str:
        ratio = f" ({value / base_value:.2f}x)" if base_value and r is not base else ""
        return f"{value:.2f}{ratio}"

    rows = [("load s", lambda r: r.load_s), ("first question: first token s", lambda r: r.first_question_token_s),
            ("first question: whole s", lambda r: r.first_question_s),
            ("answer -> score shown s", lambda r: r.answer_to_score.get("median_s", 0.0)),
            ("answer -> score p95 s", lambda r: r.answer_to_score.get("p95_s", 0.0)),
            ("answer -> next question token s", lambda r: r.answer_to_first_token.get("median_s", 0.0)),
            ("answer -> next question s", lambda r: r.answer_to_next_question.get("median_s", 0.0)),
            ("answer -> next question p95 s", lambda r: r.answer_to_next_question.get("p95_s", 0.0)),
            ("decision median s", lambda r: r.roles.get("decision", {}).get("median_s", 0.0)),
            ("question median s", lambda r: r.roles.get("question", {}).get("median_s", 0.0)),
            ("question p95 s", lambda r: r.roles.get("question", {}).get("p95_s", 0.0)),
            ("scorer median s", lambda r: r.roles.get("scorer", {}).get("median_s", 0.0)),
            ("scorer p95 s", lambda r: r.roles.get("scorer", {}).get("p95_s", 0.0)),
            ("question tokens/s (cached prompt)", lambda r: r.question_tokens_per_s),
            ("peak RSS MB", lambda r: r.peak_rss_mb)]
    done = [r for r in runs if not r.skipped]
    lines = [f"{'':<34}" + "".join(f"{r.model + ' ' + r.engine:>30}" for r in done)]
    for label, get in rows:
        lines.append(f"{label:<34}" + "".join(f"{cell(r, get(r), get(base) if base else None):>30}" for r in done))
    lines.append("")
    for r in done:
        lines.append(f"{r.model} on {r.engine}: outputs by origin {r.sources}; load avg at the end "
                     + " ".join(f"{x:.1f}" for x in r.load_avg))
    lines += [f"{r.model} on {r.engine}: skipped ({r.skipped})" for r in runs if r.skipped]
    lines.append(f"ratios are to {BENCH_TIERS[0][0]} on {BENCH_TIERS[0][1]}, measured in the same run; "
                 f"{os.cpu_count()} CPUs; each tier in a fresh process, one scripted interview on {SAMPLE_RESUME.name}")
    return "\n".join(lines)


class QuestionsRun(BaseModel):
    """Every question of scripted interviews on one tier, verbatim, with how each came about."""

    model: str
    engine: str
    interviews: dict[str, list[tuple[str, str, str]]] = Field(default_factory=dict)  # resume -> (topic, source, q)
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        return dict(Counter(source for qs in self.interviews.values() for _, source, _ in qs))


def open_resumes(data: Path = SHARED_DATA / "resumes") -> list[Path]:
    """The open resumes in ../shared (job descriptions and the JSON ground truth left out) and the sample."""
    found = sorted(p for p in data.rglob("*") if p.suffix in (".pdf", ".docx") and not p.name.startswith("job_desc"))
    return [*found, SAMPLE_RESUME]


def bench_questions(settings: Settings, resumes: Sequence[Path], *, questions: int = 10,
                    on_interview: Callable[[str, list[tuple[str, str, str]]], None] | None = None) -> QuestionsRun:
    """One interview per resume with scripted answers of every kind (BENCH_ANSWERS), on the configured tier;
    ``on_interview`` gets each interview's questions as soon as it is over."""
    from agent.engine import open_engine
    from tools.resume_parser import parse_resume

    engine = open_engine(settings.model_copy(update={"db": ":memory:"}))
    run = QuestionsRun(model=settings.model, engine=settings.engine)
    t0 = time.perf_counter()
    for path in resumes:
        resume = parse_resume(path)
        progress = engine.start(resume=resume, target_role="", max_questions=questions)
        for j in range(questions):
            if progress.pending is None:
                break
            progress = engine.answer(progress.session_id, BENCH_ANSWERS[j % len(BENCH_ANSWERS)])
        run.interviews[path.name] = [(t.topic.name, t.question.source, t.question.text)
                                     for t in engine.turns(progress.session_id)]
        if on_interview is not None:
            on_interview(path.name, run.interviews[path.name])
    run.seconds = time.perf_counter() - t0
    engine.close()
    return run


def bench_first_questions(settings: Settings, resumes: Sequence[Path], *, questions: int = 10,
                          on_interview: Callable[[str, list[tuple[str, str, str]]], None] | None = None
                          ) -> QuestionsRun:
    """What the Question role itself writes: the first question on each planned topic (up to ``questions`` per
    resume, no bank, no answers, each question added to the ones already asked), so that tiers compare on the same
    topics and every question counts towards the check rate."""
    from agent.backends import load_local
    from agent.nodes.ask import question_input
    from agent.nodes.plan_topics import build_topic_queue
    from tools.resume_parser import parse_resume

    roles = Roles(load_local(settings), retries=settings.retries, seed=settings.seed)
    run = QuestionsRun(model=settings.model, engine=settings.engine)
    t0 = time.perf_counter()
    for path in resumes:
        resume = parse_resume(path)
        state: InterviewState = {"resume": resume, "language": resume.language}
        asked: list[str] = []
        rows: list[tuple[str, str, str]] = []
        for topic in build_topic_queue(resume, language=resume.language, target_role="", limit=questions):
            question = roles.ask(question_input(state, topic, follow_up=False, asked=asked))
            asked.append(question.text)
            rows.append((topic.name, question.source, question.text))
        run.interviews[path.name] = rows
        if on_interview is not None:
            on_interview(path.name, rows)
    run.seconds = time.perf_counter() - t0
    return run


def format_questions_bench(run: QuestionsRun) -> str:
    counts = run.counts()
    written = sum(counts.get(k, 0) for k in ("model", "retry", "repair"))
    lines = [f"{run.model} on {run.engine}: {sum(counts.values())} questions in {len(run.interviews)} interviews "
             f"({run.seconds:.0f} s); by origin {counts}"]
    if written:
        passed = written - counts.get("repair", 0)
        lines.append(f"written by the Question role: {written}; passed the checks on the first try "
                     f"{counts.get('model', 0) / written:.0%}, without repair {passed / written:.0%}")
    for name, qs in run.interviews.items():
        lines.append(format_interview(name, qs))
    return "\n".join(lines)


def format_interview(name: str, qs: list[tuple[str, str, str]]) -> str:
    return "\n".join([f"\n{name}", *(f"  {i}. [{source}] ({topic}) {q}" for i, (topic, source, q) in enumerate(qs, 1))])


def topic_coverage(resumes: Path, max_topics: int) -> dict[str, float]:
    """Share of each resume's skills that the planned topic queue names or builds on."""
    from agent.nodes.plan_topics import build_topic_queue, skill_coverage
    from tools.resume_parser import parse_resume

    out: dict[str, float] = {}
    for path in sorted(resumes.rglob("*")):
        if path.suffix not in (".pdf", ".docx") or path.name.startswith("job_desc"):
            continue
        resume = parse_resume(path)
        if resume.all_skills():
            queue = build_topic_queue(resume, language=resume.language, target_role="", limit=max_topics)
            out[path.name] = skill_coverage(resume, queue)
    return out


def fixture_topic_names(resume: Resume) -> list[str]:
    """The topics planned from a template fixture, for the check that none is a place or a date."""
    from agent.nodes.plan_topics import build_topic_queue

    return [t.name for t in build_topic_queue(resume, language=resume.language, target_role="", limit=12)]


def bench_parser(data_dir: Path | None, *, max_topics: int) -> dict[str, Any]:
    """The open resumes in ../shared, the template fixtures by split (dev: the rules were written against them;
    held-out: never read while writing rules), and the parse time of the longest fixture."""
    from tools.resume_metrics import measure_fixtures, measure_resume_parser
    from tools.resume_parser import parse_resume

    data = data_dir or SHARED_DATA / "resumes"
    fixtures = REPO / "tests" / "data" / "resumes"
    t0 = time.perf_counter()
    result = measure_resume_parser(data, REPO / "tests" / "data" / "resume_truth")
    result["wall_s"] = time.perf_counter() - t0
    result["max_topics"] = max_topics
    result["topic_coverage"] = topic_coverage(data, max_topics)
    result["fixtures"] = measure_fixtures(fixtures, fixture_topic_names)
    longest = fixtures / "jake_long.pdf"
    times = []
    for _ in range(5):
        t = time.perf_counter()
        parse_resume(longest)
        times.append(time.perf_counter() - t)
    result["parse_s"] = {"file": longest.name, "median": statistics.median(times), "max": max(times)}
    return result


def format_parser_bench(r: dict[str, Any]) -> str:
    from tools.resume_metrics import format_fixture_report, format_resume_report

    cov = r["topic_coverage"]
    lines = [format_resume_report(r), f"wall time {r['wall_s']:.2f} s", "",
             f"Skill coverage of the topic queue ({r['max_topics']} topics):"]
    lines += [f"  {name:<30} {100 * v:4.0f} %" for name, v in cov.items()]
    if cov:
        lines.append(f"  {'mean':<30} {100 * statistics.mean(cov.values()):4.0f} %")
    lines += ["", format_fixture_report(r["fixtures"]), "",
              f"parse time of {r['parse_s']['file']} (4 pages): median {r['parse_s']['median']:.2f} s, "
              f"max {r['parse_s']['max']:.2f} s of 5"]
    return "\n".join(lines)


LOAD_ANSWERS = REPO / "examples" / "answers.txt"


class LoadRun(BaseModel):
    """One load run: N candidates answering at once through one engine on the configured backend and store."""

    sessions: int
    answers_per_session: int
    wall_s: float
    turns: int = Field(description="Answers scored (each one: Scorer, Decision and usually the next Question).")
    turns_per_s: float
    errors: list[str]
    mixed_sessions: list[str] = Field(description="Sessions whose saved turns are not exactly their own answers.")
    latency: dict[str, dict[str, float]] = Field(description="Per role and per whole answer: n, p50_s, p95_s.")
    load_avg: tuple[float, float, float] = Field(description="Machine load (1, 5, 15 min) at the end of the run.")


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    if not ordered:
        return {"n": 0, "p50_s": float("nan"), "p95_s": float("nan")}
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"n": len(ordered), "p50_s": statistics.median(ordered), "p95_s": p95}


def scripted_answer(candidate: int, number: int) -> str:
    """Candidate k's j-th answer: a real answer from examples/answers.txt, tagged so a mix-up is visible."""
    lines = [line for line in LOAD_ANSWERS.read_text().splitlines() if line.strip()]
    return f"(Candidate {candidate}, answer {number}.) {lines[(candidate + number) % len(lines)]}"


def bench_load(settings: Settings, role_model: RoleModel, *, sessions: int, answers: int = 3) -> LoadRun:
    """N threads, each one candidate with scripted answers, against one engine (as one app replica serves them)."""
    from agent.engine import open_engine

    engine = open_engine(settings, role_model)
    turn_latency: list[float] = []
    errors: list[str] = []
    ids: dict[int, str] = {}

    def candidate(k: int) -> None:
        try:
            ids[k] = engine.start(candidate=f"load-{k}", target_role="Backend Engineer",
                                  max_questions=answers).session_id
            for j in range(answers):
                t = time.perf_counter()
                engine.answer(ids[k], scripted_answer(k, j))
                turn_latency.append(time.perf_counter() - t)
        except Exception as exc:  # noqa: BLE001  (counted and reported: the load figures include failures)
            errors.append(f"candidate {k}: {type(exc).__name__}: {exc}"[:300])

    t0 = time.perf_counter()
    threads = [threading.Thread(target=candidate, args=(k,)) for k in range(sessions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - t0
    mixed = [sid for k, sid in ids.items()
             if [t.answer for t in engine.turns(sid)] != [scripted_answer(k, j) for j in range(answers)]]
    engine.close()
    stats = engine.roles.stats.latency
    latency: dict[str, dict[str, float]] = {role: _percentiles(list(stats.get(role, []))) for role in ROLES}
    latency["answer"] = _percentiles(turn_latency)
    return LoadRun(sessions=sessions, answers_per_session=answers, wall_s=wall, turns=len(turn_latency),
                   turns_per_s=len(turn_latency) / wall, errors=errors, mixed_sessions=mixed, latency=latency,
                   load_avg=os.getloadavg())


def format_load_bench(runs: list[LoadRun], settings: Settings) -> str:
    where = settings.openai_base_url if settings.backend == "openai" else "in-process"
    store = "PostgreSQL" if is_postgres_url(settings.db_url) else "SQLite"
    lines = [f"backend {settings.backend} ({where}), store {store}, {os.cpu_count()} CPUs",
             f"{'N':>3} {'turns':>6} {'wall s':>8} {'turns/s':>8} {'err':>4} {'mixed':>6}  "
             + "  ".join(f"{r + ' p50/p95 s':>20}" for r in (*ROLES, "answer")) + "   load avg"]
    for run in runs:
        cells = "  ".join(f"{run.latency[r]['p50_s']:>9.2f}/{run.latency[r]['p95_s']:<10.2f}"
                          for r in (*ROLES, "answer"))
        lines.append(f"{run.sessions:>3} {run.turns:>6} {run.wall_s:>8.1f} {run.turns_per_s:>8.3f} "
                     f"{len(run.errors):>4} {len(run.mixed_sessions):>6}  {cells}   "
                     + " ".join(f"{x:.1f}" for x in run.load_avg))
    errors = [e for run in runs for e in run.errors]
    lines += [f"error: {e}" for e in errors[:5]]
    return "\n".join(lines)


ASSESS_ANSWERS = REPO / "evals" / "data" / "resume_answers.dev.jsonl"


class AssessRun(BaseModel):
    """The reference-free assessment's cost with one sentence embedder (seconds; one process, warm after load)."""

    embedder: str
    load_s: float = Field(description="Loading the embedder and embedding the banks' questions (a first start).")
    kept_s: float = Field(description="Reading the banks' questions embedded at an earlier start (encode_kept).")
    answers: int
    per_answer: dict[str, float] = Field(description="n, median_s, p95_s of one assessment, answer not yet seen.")
    rss_mb: float = Field(description="Resident memory after the run (both embedders stay loaded).")


def bench_assess(settings: Settings, *, answers: int = 60,
                 embedders: Sequence[tuple[str, Callable[[], Any]]] = ()) -> list[AssessRun]:
    """The shipped assessment head on the English answers of the graded kinds dev file, once with the embedder it
    was fitted with and once per baseline embedder in ``embedders`` (all-MiniLM-L6-v2 by default: same features,
    same rules, a smaller model; its weights are the shipped head's, so only the times mean anything)."""
    import json
    import tempfile

    from agent.assess import load_assess_head, other_questions
    from agent.embeddings import EMBEDDING_MODEL, MiniLM, encode_kept

    head = load_assess_head(settings)
    if head is None:
        raise ValueError("no assessment head is loaded (MOCKINTERVIEW_ASSESS_HEAD=0, or adapters off)")
    rows = [json.loads(line) for line in ASSESS_ANSWERS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("language", "en") == "en"][:answers]
    runs = []
    bank = other_questions()
    shipped = head._embedder_factory
    for name, factory in [(head.embedding_model, shipped), *(embedders or [(EMBEDDING_MODEL, MiniLM)])]:
        head.use_embedder(factory)  # nothing kept: the first start
        start = time.perf_counter()
        embedder, _ = head.embedder()
        load_s = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as kept:
            encode_kept(embedder, bank, Path(kept))
            start = time.perf_counter()
            encode_kept(embedder, bank, Path(kept))
            kept_s = time.perf_counter() - start
        times = []
        for row in rows:
            start = time.perf_counter()
            head.assess(row["question"], row["answer"], context=row.get("topic"))
            times.append(time.perf_counter() - start)
        runs.append(AssessRun(embedder=name, load_s=load_s, kept_s=kept_s, answers=len(rows),
                              per_answer=_summary(times), rss_mb=_peak_rss_mb()))
    head.use_embedder(shipped)
    return runs


def format_assess_bench(runs: list[AssessRun]) -> str:
    base = runs[-1]
    lines = [f"{'embedder':<20} {'load+banks s':>12} {'kept banks s':>12} {'median ms':>10} {'p95 ms':>8} "
             f"{'x baseline':>10} {'peak RSS MB':>12}"]
    for r in runs:
        ratio = r.per_answer["median_s"] / base.per_answer["median_s"]
        lines.append(f"{r.embedder:<20} {r.load_s:>12.1f} {r.kept_s:>12.2f} {1000 * r.per_answer['median_s']:>10.0f} "
                     f"{1000 * r.per_answer['p95_s']:>8.0f} {ratio:>10.2f} {r.rss_mb:>12.0f}")
    lines.append(f"{runs[0].answers} English answers of {ASSESS_ANSWERS.name}, each assessed once (not cached), "
                 f"torch threads {torch_threads()}, load average {os.getloadavg()[0]:.1f}; the last row is the "
                 "baseline")
    return "\n".join(lines)


def torch_threads() -> int:
    import torch

    return int(torch.get_num_threads())
