"""Chinese answers without a reference: the rules that judge what no sentence embedder here can (agent/assess.judge_zh),
through the Scorer and the Decision roles with a scripted model that grades everything 5."""

from __future__ import annotations

import pytest

from agent.assess import (
    OFF_TOPIC_CAP,
    STORY_CAPS,
    SUBSTANCE_CAPS,
    ZH_NUMERAL_FIGURE,
    name_head_zh,
    names_other_zh,
    non_answer_zh,
    star_parts_zh,
)
from agent.feedback import compose_feedback, contradicts_zh
from agent.roles import DecisionInput, Exchange, Roles, ScoreInput, parse_feedback
from agent.state import Topic
from tests.conftest import ScriptedRoleModel, reported_strengths

JOB = "后端工程师 at 云杉信息技术有限公司"
OTHER_JOB = "测试工程师 at 白鹭软件有限公司. 工作内容:负责支付接口的自动化测试"
PROJECT = "库存预测平台. 使用技术:Python,Spark"


def full_marks() -> Roles:
    return Roles(ScriptedRoleModel(chooser=lambda role, options: {o: float(o == "5") for o in options}))


@pytest.mark.parametrize(("answer", "parts"), [
    ("去年我们的结算服务在月底总是超时。我先用火焰图找到慢查询，再把对账改成按商户分批跑，最后月底再也没超时。",
     ["situation", "action", "result"]),
    ("和同事有分歧的时候，我会先听对方的想法，我一直觉得沟通最重要，大家互相理解就好。", []),
    ("我觉得最重要的是按时交付，我都会提前规划好。", ["result"]),  # words of a result, and habits
    ("有一次我们组的发布出了事故，我负责回滚和复盘。", ["situation", "action"]),
])
def test_chinese_star_parts(answer: str, parts: list[str]) -> None:
    assert star_parts_zh(answer) == parts


@pytest.mark.parametrize(("name", "head"), [
    ("云杉信息技术有限公司", "云杉"), ("白鹭软件有限公司", "白鹭"), ("库存预测平台", "库存预测"),
    ("智能客服系统", "智能客服"), ("Kotlin", ""), ("华为", "华为"), ("上海星屿文化传媒有限公司", "星屿"),
    ("杭州禾悦零售集团有限公司", "禾悦"), ("双十一直播带货项目", "双十一直播带货"),
    ("阿里巴巴（中国）有限公司", "阿里巴巴"),
])
def test_a_chinese_name_as_an_answer_says_it(name: str, head: str) -> None:
    assert name_head_zh(name) == head


def test_an_answer_about_another_job_of_the_interview_is_found() -> None:
    asked = ["你在云杉做后端工程师时，负责过哪些服务？", JOB]
    other = "在白鹭的时候我主要写支付接口的自动化测试，用 pytest 写了四百多个用例。"
    assert names_other_zh(other, JOB, [OTHER_JOB, PROJECT], asked) == "白鹭软件有限公司"
    # naming its own employer too, or asked about both, it is on topic
    both = "在云杉我接手了白鹭那边转过来的支付服务，用 Go 重写了对账。"
    assert names_other_zh(both, JOB, [OTHER_JOB, PROJECT], asked) is None
    assert names_other_zh(other, JOB, [OTHER_JOB], [*asked, "和白鹭相比呢？"]) is None
    # a skill's answer may draw on any job
    assert names_other_zh(other, "Python", [OTHER_JOB], asked) is None


def test_an_off_topic_chinese_answer_is_capped_told_so_and_brought_back() -> None:
    question = "你在云杉做后端工程师时，负责过哪些服务？"
    inp = ScoreInput(question=question, topic=JOB, context=JOB, expects="specifics", language="zh",
                     elsewhere=[OTHER_JOB, PROJECT],
                     answer="在白鹭的时候我主要写支付接口的自动化测试，用 pytest 和 Allure 写了四百多个用例，"
                            "回归时间从两天缩到三小时。")
    s = full_marks().score(inp)
    assert s.score == OFF_TOPIC_CAP and "off_topic" in s.flags and s.source == "rule"
    assert s.assessment is not None and s.assessment.missing == ["relevance"]
    assert "白鹭软件有限公司" in s.feedback and "云杉信息技术有限公司" in s.feedback
    decision = full_marks().decide(DecisionInput(
        topic=Topic(name=JOB, kind="experience"), depth=0, max_depth=2, language="zh",
        history=[Exchange(question=question, answer=inp.answer, score=s.score, assessment=s.assessment)]))
    assert decision.action == "FOLLOW_UP" and decision.guidance.startswith("我们回到刚才的问题")
    # where the target role's answer draws on the candidate's projects, another project is no sign of anything
    role = full_marks().score(inp.model_copy(update={"draws_on": [OTHER_JOB]}), feedback=False)
    assert role.score == 100


def test_a_chinese_story_of_habits_is_capped_and_asked_for_one_real_time() -> None:
    question = "讲一次你和同事意见不一致的经历。"
    inp = ScoreInput(question=question, topic="处理冲突或分歧", expects="story", language="zh",
                     answer="和同事有分歧的时候，我会先听对方的想法，我一直觉得沟通最重要，最终总能达成一致。")
    s = full_marks().score(inp, feedback=False)
    assert s.score == STORY_CAPS[2] and s.assessment is not None
    assert s.assessment.missing == ["substance", "own_actions"]
    decision = full_marks().decide(DecisionInput(
        topic=Topic(name="处理冲突或分歧", kind="behavioral"), depth=0, max_depth=2, language="zh",
        history=[Exchange(question=question, answer=inp.answer, score=s.score, assessment=s.assessment)]))
    assert decision.action == "FOLLOW_UP" and decision.guidance.endswith(
        "能举一个具体的例子吗？你自己做了什么，用了哪些工具，结果如何？")
    # a time told, with what "we" did but not the candidate: asked what they did themselves
    we = inp.model_copy(update={"answer": "上个季度测试和开发对发布节奏有分歧，大家开了两次会，最后同意先灰度一周。"})
    told_by_we = full_marks().score(we, feedback=False)
    assert told_by_we.score == STORY_CAPS[1] and "incomplete_story" in told_by_we.flags
    assert told_by_we.assessment is not None and told_by_we.assessment.missing == ["own_actions"]
    told = inp.model_copy(update={"answer": "上个季度我和测试负责人对发布节奏有分歧。我拉了近三个月的缺陷数据，"
                                            "提议先灰度一周，最后缺陷率降了一半，他也同意了。"})
    whole = full_marks().score(told, feedback=False)
    assert whole.score == 100 and whole.assessment is None  # the model's grade stands


@pytest.mark.parametrize("raw", [
    "我们在支付网设计和开发过程中，确保用户体验的关键在于以下几个方面：",  # the candidate's voice, cut off
    "回答很好。每个任务都设置了重试和超时，失败会通过回调发到飞书群。",  # the answer, copied back
    "这个回答讲清了做法，关键在于以下几点：",
    "在团队合作中，我并没有直接处理冲突的技能。",
    # about the candidate, to a reader (terminal interview, 2026-12-06)
    "这个答案非常具体。它不仅展示了他对风险的评估，还帮助读者更好地理解产品的效果。",
])
def test_chinese_feedback_that_is_no_feedback_is_refused(raw: str) -> None:
    answer = "我在星河用 Airflow 管每天两百多个 DAG。每个任务我都设了重试和超时，失败会通过回调发到飞书群。"
    with pytest.raises(ValueError):
        parse_feedback(raw, language="zh", answer=answer)
    assert parse_feedback("回答具体，讲清了重试、超时和告警的做法；我建议再说说失败率的变化。", language="zh",
                          answer=answer).startswith("回答具体")
    assert parse_feedback("你提到“我都设了重试和超时”，做法清楚；可以再说说失败率的变化。", language="zh",
                          answer=answer).startswith("你提到")


def test_a_vague_chinese_answer_on_a_resume_project_is_still_capped() -> None:
    inp = ScoreInput(question="你在库存预测平台里做了什么？", topic="库存预测平台", context=PROJECT,
                     expects="specifics", language="zh", elsewhere=[JOB, OTHER_JOB],
                     answer="库存预测平台主要用 Python 和 Spark，我们做了很多优化，整体效果不错，大家都很满意。")
    s = full_marks().score(inp, feedback=False)
    assert s.score == SUBSTANCE_CAPS[0] and s.assessment is not None and s.assessment.missing == ["substance"]


@pytest.mark.parametrize(("answer", "expected"), [
    ("这个项目我参与得不多，细节真的记不清了。", True),
    ("嗯……一时想不起来，可以换一个问题吗？", True),
    ("我没用过 Kafka，但用过 RabbitMQ 做订单消息队列。", False),  # names what it did instead
    ("具体数字我不太记得了，大概是把延迟降了一半，我负责的是缓存层。", False),
])
def test_chinese_non_answers_beside_a_few_words(answer: str, expected: bool) -> None:
    assert non_answer_zh(answer) is expected


@pytest.mark.parametrize(("feedback", "label", "expected"), [
    ("太多信息，缺乏关键细节。例如，是否设置了重试？", "excellent", True),  # beside 88, in a terminal interview
    ("回答很具体，不过缺少最后的结果。", "good", False),  # even-handed
    ("回答非常详细，讲清了做法。", "weak", True),
    ("回答不够具体，缺少你本人的做法。", "weak", False),
])
def test_chinese_feedback_that_contradicts_its_label(feedback: str, label: str, expected: bool) -> None:
    assert contradicts_zh(feedback, label) is expected


@pytest.mark.parametrize(("text", "figures"), [
    ("每秒三万条消息，从两个小时缩短到十五分钟，转化率提升了百分之四十",
     ["三万条", "两个小时", "十五分钟", "百分之四十"]),
    ("我写了一个模块，第二次上线时十分顺利，找了几个人帮忙", []),  # a bare 一, an ordinal, 十分 "very", 几 "a few"
])
def test_figures_in_chinese_numerals(text: str, figures: list[str]) -> None:
    assert ZH_NUMERAL_FIGURE.findall(text) == figures


def test_a_non_technical_chinese_answer_with_figures_in_numerals_is_not_capped() -> None:
    """A marketing manager names no tool: the figures are the specifics. A story about something else with figures
    of its own shares nothing with what was asked, and its figures do not count."""
    question = "你在会员成长体系升级项目里负责什么？复购率是怎么提升的？"
    inp = ScoreInput(question=question, topic="会员成长体系升级", context="会员成长体系升级. 负责会员等级与权益设计",
                     expects="specifics", language="zh",
                     answer="我重新设计了会员等级和积分兑换，把老客的复购率从百分之十八提到百分之二十六，三个月新增付费会员两万多人。")
    assert full_marks().score(inp, feedback=False).score == 100
    run = "我业余喜欢跑步，去年跑完了两个全程马拉松，最好成绩三小时五十分。"
    hobby = full_marks().score(inp.model_copy(update={"answer": run}), feedback=False)
    assert hobby.score == SUBSTANCE_CAPS[0]


def test_chinese_feedback_the_rules_write_names_what_the_answer_gave() -> None:
    strong = compose_feedback("你如何确保用户体验？", "支付页是用 React 写的，我先用 Lighthouse 找出首屏慢在哪，"
                              "首屏从三秒多降到一秒二，投诉降了 80%。", None, 88, "zh")
    assert strong == ("回答很好。好的地方：说清了你本人做的事，提到了React、Lighthouse，"
                      "给出了数字（从三秒多降到一秒二、80%）。好的回答还会说说你从中学到了什么、下次会怎么做。")
    vague = compose_feedback("你如何优化查询？", "我们做了很多优化，整体效果还是不错的。", None, 45, "zh")
    assert vague == "回答还比较笼统。还缺少你本人具体做了什么；还有一个具体的例子：当时的情况，用到的工具或方法。"
    # "我做过很多" is no part of one's own to credit in a weak answer (terminal interview, 2026-12-06)
    claimed = compose_feedback("你如何优化查询？", "数据库优化我做过很多，主要就是看看慢的地方然后优化一下。",
                               None, 45, "zh")
    assert "说清了你本人做的事" not in claimed and "还缺少一个具体的例子" in claimed
    assert "提到了Django REST framework、Celery" in compose_feedback(
        "你用了哪些框架？", "我用 Django REST framework 写了二十多个接口，并用 Celery 做异步任务。", None, 80, "zh")


def test_a_chinese_report_credits_what_the_answer_gave() -> None:
    feedback = ("回答很好。好的地方：提到了Django，给出了数字（从 300 毫秒降到 120 毫秒）。"
                "好的回答还会说说你从中学到了什么。")
    strengths = reported_strengths(Topic(name="Django", kind="skill"), feedback, 86.0)
    assert strengths == ["Django: 提到了Django，给出了数字（从 300 毫秒降到 120 毫秒）。"]


def test_an_off_topic_chinese_answer_the_model_graded_low_is_still_brought_back() -> None:
    """The cap only lowers a grade; what the answer lacks is named however low the model graded it, so that the
    follow-up redirects it rather than leaving the choice to the model."""
    low = Roles(ScriptedRoleModel(chooser=lambda role, options: {o: float(o == "1") for o in options}))
    s = low.score(ScoreInput(question="你在云杉做后端工程师时，负责过哪些服务？", topic=JOB, context=JOB,
                             expects="specifics", language="zh", elsewhere=[OTHER_JOB],
                             answer="在白鹭的时候我主要写支付接口的自动化测试，回归时间从两天缩到三小时。"))
    assert s.score == 20 and s.assessment is not None and s.assessment.missing == ["relevance"]
    assert s.feedback.startswith("这个回答讲的是白鹭软件有限公司的经历")


def test_a_capped_chinese_answer_is_told_what_it_lacks_by_the_rules() -> None:
    """The model, told the capped grade, wrote "请补充具体的数字或可衡量的结果。" of a vague answer whose gap was an
    example (terminal interview on ctexart_zh.pdf, 2026-12-06)."""
    inp = ScoreInput(question="在优化数据库查询性能时，你是如何做到的？", topic=JOB, context=JOB, expects="specifics",
                     language="zh", answer="数据库优化我做过很多，主要就是看看慢的地方然后优化一下，效果还不错。")
    s = full_marks().score(inp)
    assert s.score == SUBSTANCE_CAPS[0] and s.source == "rule"
    assert s.feedback.startswith("回答还比较笼统。") and "还缺少一个具体的例子" in s.feedback
