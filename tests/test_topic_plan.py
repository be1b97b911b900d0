"""The plan the candidate corrects: preview, confirmed topics in the graph, and no place or date as a topic."""

from __future__ import annotations

from pathlib import Path

from agent.config import Settings
from agent.nodes.plan_topics import as_sentences, build_topic_queue, confirmed_topics
from agent.state import Topic
from tests.conftest import ScriptedRoleModel, make_engine
from tools.resume_parser import Education, Resume, parse_resume

FIXTURES = Path(__file__).resolve().parent / "data" / "resumes"


def test_preview_then_an_edited_plan_opens_on_the_edited_topic(settings: Settings, sample_resume: Resume) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    planned = engine.preview_plan(sample_resume, target_role="Backend Engineer")
    assert planned and planned[0].kind == "role"
    names = ["Rate limiting in the payments API", *(t.name for t in planned[2:]), "  ", "2020 – 2022"]
    topics = confirmed_topics(names, planned, limit=settings.max_topics)
    assert topics[0].name == "Rate limiting in the payments API" and "2020 – 2022" not in [t.name for t in topics]
    assert topics[1].detail == planned[2].detail  # a kept topic keeps its resume facts
    progress = engine.start(resume=sample_resume, target_role="Backend Engineer", topics=topics)
    assert progress.pending is not None and progress.pending.topic == "Rate limiting in the payments API"


def test_no_confirmed_topics_plans_from_the_resume(settings: Settings, sample_resume: Resume) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    progress = engine.start(resume=sample_resume, target_role="Backend Engineer", topics=[])
    assert progress.pending is not None and progress.pending.topic == "Backend Engineer"
    # the role opens with the interviewer's own question, not the model's (qwen-0.5b's were odd)
    assert progress.pending.text == ("Why are you interested in the Backend Engineer role, and what would you bring "
                                     "to it?")


def test_a_template_resume_plans_no_place_date_or_blank_topic() -> None:
    resume = parse_resume(FIXTURES / "jake_sre.pdf")
    queue = build_topic_queue(resume, language="en", target_role="", limit=12)
    names = [t.name for t in queue]
    assert "Full Stack Developer at Tidewater Payments" in names
    assert not any(n.split(",")[0] in ("Seoul", "Austin", "Lisbon", "Denver", "February 10") for n in names)
    assert all(n.strip(" -–.") for n in names)


def test_confirmed_topics_drop_duplicates_and_keep_the_limit() -> None:
    planned = [Topic(name="Kafka", kind="skill", detail="Infrastructure: Kafka")]
    topics = confirmed_topics(["kafka", "Kafka", "Go", "SQL"], planned, limit=2)
    assert [t.name for t in topics] == ["Kafka", "Go"] and topics[0].detail == "Infrastructure: Kafka"


def test_the_terminal_prints_the_plan_and_takes_the_candidates_topics(settings: Settings,
                                                                       sample_resume: Resume) -> None:
    from agent.cli import _plan, build_parser

    engine = make_engine(settings, ScriptedRoleModel())
    printed: list[str] = []
    args = build_parser().parse_args(["interview", "--role", "Backend Engineer"])
    assert _plan(engine, args, sample_resume, printed.append) is None
    assert "Planned topics:" in printed and "1. Backend Engineer (role)" in "\n".join(printed)
    assert any(line.startswith("  Job: ") for line in "\n".join(printed).splitlines())
    args = build_parser().parse_args(["interview", "--topics", "Consensus in etcd; ; Go"])
    topics = _plan(engine, args, sample_resume, printed.append)
    assert topics is not None and [t.name for t in topics] == ["Consensus in etcd", "Go"]
    progress = engine.start(resume=sample_resume, topics=topics)
    assert progress.pending is not None and progress.pending.topic == "Consensus in etcd"


def test_the_job_held_now_with_the_target_roles_title_is_asked_about_first() -> None:
    """A product manager's resume (written here, not a fixture) lists the current job with fewer highlights than an
    older engineering one; an interviewer hiring a product manager asks about the product job first."""
    from tools.resume_parser import Experience

    resume = Resume(text="", experience=[
        Experience(title="Product Manager", organization="Google", period="2017 – Present",
                   highlights=["Launched a feature used by 10M people."]),
        Experience(title="Software Development Engineer III", organization="Amazon", period="2012 – 2017",
                   highlights=["Built a service.", "Cut latency by 30%.", "Led three engineers.", "Wrote tests."]),
        Experience(title="Data Engineer", organization="Apple", period="2007 – 2012",
                   highlights=["Built pipelines.", "Ran Spark jobs."]),
    ])
    jobs = [t.name for t in build_topic_queue(resume, language="en", target_role="Senior Product Manager", limit=8)
            if t.kind == "experience"]
    assert jobs[0] == "Product Manager at Google"
    # without a target role the current job still comes before an older one with as many highlights
    resume.experience[0].highlights *= 4
    jobs = [t.name for t in build_topic_queue(resume, language="en", target_role="", limit=8) if t.kind == "experience"]
    assert jobs[0] == "Product Manager at Google"


def test_a_topics_resume_facts_are_sentences_on_one_line_of_the_question_prompt() -> None:
    """A new graduate's resume (browser, 2026-12-06): two project bullets without full stops were joined bare, and
    qwen-0.5b asked "how did you match riders by route overlap using PostGIS Reduced no-shows by 30% ...?"."""
    from agent.roles import QuestionInput, build_question_messages
    from tools.resume_parser import Experience, Project

    resume = Resume(text="", projects=[Project(
        name="Campus Ride", technologies=["PostGIS"],
        description="Carpool app; matches riders by route overlap using PostGIS\nReduced no-shows by 30%\n")],
        experience=[Experience(title="Intern", organization="Trellis Health", period="2025",
                               highlights=["Built a FHIR service in Go", "Cut p95 latency from 840 ms to 210 ms!"]),
                    Experience(title="实习生", organization="字节跳动", period="2024",
                               highlights=["负责推荐系统", "优化延迟；"])])
    topics = {t.name: t for t in build_topic_queue(resume, language="en", target_role="", limit=8)}
    ride = topics["Campus Ride"]
    assert ride.detail == ("Carpool app; matches riders by route overlap using PostGIS. Reduced no-shows by 30%. "
                           "Technologies: PostGIS")
    assert topics["Intern at Trellis Health"].detail == (
        "Built a FHIR service in Go. Cut p95 latency from 840 ms to 210 ms!")
    assert topics["实习生 at 字节跳动"].detail == "负责推荐系统。 优化延迟；"
    # a PDF's wrapped line goes on with the line before it, not a sentence of its own
    assert as_sentences(["Worker services consuming Kafka topics for email,", "SMS and push (Kafka,", "Go) Built with",
                         "FastAPI", "serving 2M requests", "Cut costs by 18%"]) == (
        "Worker services consuming Kafka topics for email, SMS and push (Kafka, Go) Built with FastAPI serving 2M "
        "requests. Cut costs by 18%.")
    assert as_sentences(["Delivered Plan A", "Reduced costs"]) == "Delivered Plan A. Reduced costs."
    prompt = build_question_messages(QuestionInput(topic=ride, language="en", follow_up=False))[-1]["content"]
    assert f"From the resume: <resume>{ride.detail}</resume>\n" in prompt


def test_a_school_opens_with_the_interviewers_own_question(settings: Settings, sample_resume: Resume) -> None:
    """qwen-0.5b's questions on schools were odd ("What did you do to prepare for your University of Westhollow?")."""
    engine = make_engine(settings, ScriptedRoleModel())
    school = Topic(name="University of Eastvale", kind="education", detail="B.S. in Computer Science")
    progress = engine.start(resume=sample_resume, target_role="", topics=[school])
    assert progress.pending is not None and progress.pending.text == (
        "What from your studies at the University of Eastvale do you use most in your work today?")


def test_a_job_opens_on_the_facts_no_answer_has_told_yet() -> None:
    """Asked why the role, a product designer told the onboarding redesign ("61 to 78 percent"), and the job's question
    was then "how did you bring identity-check completion from 61% to 78%?" (a browser interview, 2026-12-06)."""
    from agent.nodes.ask import question_input
    from agent.nodes.plan_topics import told_in, untold
    from agent.roles import build_question_messages
    from agent.state import Question, Turn

    onboarding = "Redesigned the mobile onboarding flow; identity-check completion rose from 61% to 78%."
    system = "Built the bank's first design system in Figma (140 components); adopted by 6 squads."
    job = Topic(name="Product Designer at Moneta Bank", kind="experience",
                detail=f"{onboarding} {system} Technologies: Figma")
    told = ("At Moneta our identity check lost 40 percent of new customers; I redesigned the flow and completion "
            "went from 61 to 78 percent in three months.")
    turn = Turn(index=0, topic=Topic(name="Product Designer", kind="role"), follow_up=False,
                question=Question(text="Why this role?", importance=3), answer=told)
    inp = question_input({"turns": [turn]}, job, follow_up=False, asked=["Why this role?"])  # type: ignore[typeddict-item]
    assert inp.topic.detail == f"{system} Technologies: Figma"
    prompt = build_question_messages(inp)[-1]["content"]
    assert "140 components" in prompt and "61%" not in prompt
    # every figure of the fact, not a year or a small count; and never every fact: the job is still asked about
    assert not told_in(onboarding, ["Completion went up to 78 percent."])
    assert not told_in("Adopted by 6 squads in 2021.", ["Six squads, 6 of them, in 2021."])
    assert untold(job, [told, "The 140 components took a year."]) == job
    assert untold(Topic(name="Figma", kind="skill", detail=onboarding), [told]).detail == onboarding
    follow_up = question_input({"turns": [turn]}, job, follow_up=True, asked=[])  # type: ignore[typeddict-item]
    assert follow_up.topic == job


def test_the_latest_studies_are_the_school_asked_about() -> None:
    """A nurse's resume listed a 2019 degree before a PGCert in progress; the plan asked about the degree."""
    resume = Resume(name="Ada Nurse", language="en", education=[
        Education(institution="University of Salford", degree="BSc Adult Nursing", period="2019"),
        Education(institution="Edge Hill University", degree="PGCert Clinical Education", period="2024 – present"),
        Education(institution="Salford City College", degree="Access to HE", period="")])
    plan = build_topic_queue(resume, language="en", target_role="", limit=8)
    assert [t.name for t in plan if t.kind == "education"] == ["Edge Hill University"]
