"""Benchmarks printed by ``mockinterview bench``: speed and memory live here, not in timed tests."""

from __future__ import annotations

import json
import os
import resource
import statistics
import threading
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from agent.config import Settings, is_postgres_url
from agent.roles import (
    ACTIONS,
    ROLES,
    DecisionInput,
    Exchange,
    QuestionInput,
    RoleModel,
    Roles,
    ScoreInput,
    build_decision_messages,
)
from agent.state import Topic

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
QUESTION_BANK = SHARED_DATA / "question_banks" / "data_science_interviews.jsonl"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"n": len(samples), "median_s": statistics.median(ordered), "p95_s": p95}


def _bank_items(calls: int) -> list[dict[str, str]]:
    """Real interview questions with their community reference answers (CC BY 4.0, read from ../shared)."""
    if not QUESTION_BANK.is_file():
        raise FileNotFoundError(f"{QUESTION_BANK} is missing: the bench reads real questions from ../shared/data.")
    rows = [json.loads(line) for line in QUESTION_BANK.read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r.get("reference_answer")]
    return rows[:calls]


def bench_roles(settings: Settings, *, calls: int = 20) -> dict[str, Any]:
    """Load time, per-role latency (median, p95), the decision's one-pass path and peak RSS on the real model."""
    from adapters.base_model import resolve_model_dir
    from agent.backends.transformers_local import load_role_model

    t0 = time.perf_counter()
    resolve_model_dir(settings)  # converts the GGUF on the very first run; timed apart from the load
    prepare_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    model = load_role_model(settings)
    load_s = time.perf_counter() - t0
    roles = Roles(model, retries=settings.retries, seed=settings.seed)
    items = _bank_items(calls)
    timings: dict[str, list[float]] = {"question": [], "scorer": [], "decision": [], "decision_label_only": []}
    for i, item in enumerate(items):
        topic = Topic(name=item["topic"][:120], kind="skill")
        # Alternate full and thin answers so that follow-up and switch paths are both exercised.
        answer = item["reference_answer"][:800] if i % 2 == 0 else item["reference_answer"].split(".")[0]
        t = time.perf_counter()
        roles.ask(QuestionInput(topic=topic, follow_up=False, target_role="Data Scientist"))
        timings["question"].append(time.perf_counter() - t)
        t = time.perf_counter()
        scored = roles.score(ScoreInput(question=item["question"], answer=answer))
        timings["scorer"].append(time.perf_counter() - t)
        inp = DecisionInput(topic=topic, depth=0, max_depth=2,
                            history=[Exchange(question=item["question"], answer=answer, score=scored.score)])
        t = time.perf_counter()
        roles.decide(inp)
        timings["decision"].append(time.perf_counter() - t)
        t = time.perf_counter()
        model.choose("decision", build_decision_messages(inp), prefix="Decision: ", options=ACTIONS)
        timings["decision_label_only"].append(time.perf_counter() - t)
    sources = {role: dict(counter) for role, counter in roles.stats.sources.items()}
    return {
        "model": model.base.name,
        "device": model.base.device,
        "adapters": sorted(model.adapters),
        "threads": settings.threads,
        "prepare_s": prepare_s,
        "load_s": load_s,
        "latency": {role: _summary(samples) for role, samples in timings.items()},
        "sources": sources,
        "valid_rate": roles.stats.valid_rate(),
        "peak_rss_mb": _peak_rss_mb(),
    }


def format_roles_bench(r: dict[str, Any]) -> str:
    lines = [
        f"model {r['model']} on {r['device']} ({r['threads']} threads), adapters: {', '.join(r['adapters']) or 'none'}",
        f"first-run conversion {r['prepare_s']:.1f} s (0 when cached), load {r['load_s']:.2f} s",
        f"{'role':<22}{'n':>4}{'median s':>10}{'p95 s':>9}",
    ]
    for role, s in r["latency"].items():
        lines.append(f"{role:<22}{s['n']:>4}{s['median_s']:>10.2f}{s['p95_s']:>9.2f}")
    lines.append(f"output sources: {r['sources']}")
    lines.append(f"model-produced valid outputs: {100 * r['valid_rate']:.0f} % (the rest repaired by rule)")
    lines.append(f"peak RSS {r['peak_rss_mb']:.0f} MB")
    return "\n".join(lines)


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
    result["fixtures"] = measure_fixtures(fixtures)
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
