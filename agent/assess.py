"""Reference-free answer assessment: the Scorer's grade where a question has no reference answer (resume projects,
experience, behavioural themes), and what a follow-up should go after.

Before this, such answers were graded by the 135M Scorer adapter alone, which scored "I don't know" 75 and an
answer about motorcycle repair to a Kafka question 77. An interviewer asks four things of an answer, and each is a
feature here, computed from the question and the answer alone:

- ``relevance``, ``relevance_rank``, ``question_words``: does it address *this* question? The cosine of the
  question's and the answer's all-mpnet-base-v2 sentence embeddings (meaning, not shared words; the head names its
  embedder, agent/embeddings.py); the share of the open
  banks' other interview questions (tools/question_bank) that the answer is closer to than to its own (an answer to
  another question fits that one better); the share of the question's own content words it uses;
- ``non_answer``: is it an attempt at all? 1 for a non-answer or deflection ("I don't know", "I'd rather skip this
  one", "can we move on") that says little else (at most :data:`NON_ANSWER_REST_WORDS` content words beside it);
- ``log_words``, ``own_actions``, ``specifics``, ``on_topic_words``: how much substance? log(1 + words); log(1 +
  first-person actions, "I wrote", "I led"); log(1 + named tools, organisations and figures); log words weighted by
  how far the answer is on topic (length counts only as far as it answers the question);
- ``star``: the share of the STAR parts a story shows (situation, own action, result; the task is rarely said apart
  from the situation), from ``tih_behavioral-interview-rubrics.md``'s reading of a behavioural answer;
- ``lm_grade`` (only where a head was fitted with it): the language model's own judgement under the Scorer's rubric
  prompt, the expected grade 0-5 under its probabilities of the six grade tokens, over 5.

:func:`fit_assess_head` weighs them by a pairwise logistic regression that ranks each real answer above its own
degraded twins (a non-answer, its first few words, a real answer to another question; ``evals/contrast.py``), with
every weight held to its sensible sign (:data:`SIGNS`), then calibrates 0-100 = 100 * P(a real answer to this
question rather than a degraded one). It is fitted on the followQG questions of the fit split; the test split's are
held out. The shipped weights and where they were fitted travel in ``adapters/scorer/assess_head.json``, the figures
in ``adapters/README.md``. A non-answer is capped at :data:`NON_ANSWER_CAP` and an off-topic answer at
:data:`OFF_TOPIC_CAP`, so the label says what the feedback says; the same assessment names what the answer lacks, which
is what the Decision follows up (``Roles._decide_by_gaps``). Then filler words ("um", "uh", ", like,") beyond 3 in
every 100 words cost :data:`FILLER_POINTS` each, at most :data:`FILLER_CAP`, as a listener or a reader of the
transcript would mark the answer down; they change no gap. It needs no language model unless ``lm_grade`` is among
its features, so it scores alike on every backend.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from pydantic import BaseModel, PrivateAttr

from agent.config import Settings
from agent.embeddings import EMBEDDING_MODEL, RELEVANCE_MODEL, Embedder, MiniLM, embedder_for, encode_kept
from agent.feedback import (
    CLAUSE,
    FEEDBACK_VOCABULARY,
    FUNCTION_WORDS,
    GENERAL_WORDS,
    GENERIC_ASK,
    STEPS,
    ZH_DIGIT_FIGURE,
    ZH_LATIN_NAME,
    ZH_NUMERAL_FIGURE,
    ZH_OWN_ACTION,
    actions_in,
    figures_in,
    key_terms,
    measured,
    mentions,
    names_in,
    says_nothing_specific,
    specifics_in,
    subject_word,
    told,
)
from agent.linear_head import LinearHead, fit_logistic, load_head
from agent.score_head import content_words
from agent.state import JOB_AT, Assessment, Expects, Language, Missing, label_for, topic_subject
from tools.speech.delivery import RANGES, fillers_in

BASE_FEATURES = ("relevance", "relevance_rank", "question_words", "non_answer", "log_words", "own_actions",
                 "specifics", "star", "on_topic_words")
FEATURES = (*BASE_FEATURES, "lm_grade")
ASSESS_HEAD_FILE = "assess_head.json"

# A non-answer or a deflection. Not knowing one detail inside a real answer ("I don't remember the exact figure, but
# I cut the build time by half") is not one: see NON_ANSWER_REST_WORDS.
DEFLECTION = re.compile(
    r"\b(?:(?:i\s+)?(?:don'?t|do not|dont|can'?t|cannot|can not|couldn'?t|could not) (?:really )?(?:know|remember|"
    r"recall|say|answer|think of)|not (?:really |very |quite )?sure(?: (?:if |that )?i (?:remember|recall|know)"
    r"(?: (?:enough|much|it|that))?(?: to (?:answer|say))?)?|no (?:idea|clue|comment|answer)|"
    r"(?:i'?d|i would) (?:rather|prefer) not(?: to (?:talk|say|go|get|discuss|answer|comment)(?: (?:into|about))?)?|"
    r"(?:rather|prefer to) skip|skip (?:this|that|it)|pass on (?:this|that)|\bpass\b|next question|move on|"
    r"come back to (?:this|that|it)|nothing (?:much |more |really )?(?:to say|to add|comes to mind)|"
    r"(?:i'?m |i am )?(?:blanking|drawing a blank)(?: (?:on (?:this|that|it)|right now|now))?|"
    r"(?:my )?mind(?:'s| has| is)? (?:gone |going |just went )?blank|"
    r"(?:haven'?t|have not|never) (?:really )?"
    r"(?:done|used|worked|tried|heard|thought|had|been)|never (?:did|done|used|tried) (?:that|this|it)|"
    r"no experience|not applicable|n/a|i (?:forget|forgot)|no (?:idea|clue)|"
    r"(?:ask|give) me (?:another|something else|a different)|ask (?:me )?(?:something|anything) else|"
    r"(?:another|a different) question|"
    r"(?:go|move|skip) (?:on )?to the next)\b",
    re.IGNORECASE,
)
# An answer that is nothing but a request to go on or a bare refusal ("Next one, please.", "skip", "idk", "no"). Only
# the whole answer: "Next I moved the jobs to Kafka" or "No, we used Redis" are answers.
BARE_DEFLECTION = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|um+|uh+|hmm+|sorry|honestly)\W+)*(?:next(?: one| question)?|skip(?: it| this(?: one)?)?|"
    r"pass|no|nope|nothing|none|idk|dunno|no clue|not really)(?:\W+(?:please|thanks|thank you|sorry))*\W*$",
    re.IGNORECASE,
)
NON_ANSWER_REST_WORDS = 6  # content words outside the deflection that still make it a non-answer
# Asking to skip, having no example to give, or declining: with a reason beside it that tells nothing, still a
# non-answer
SKIP_REQUEST = re.compile(
    r"\b(?:(?:i'?d|i would) (?:rather|prefer) (?:not|to skip|skip)|(?:rather|prefer to) skip|skip (?:this|that|it)|"
    r"(?:i'?d|i would) (?:rather|prefer to) (?:talk|tell you|speak) about|"
    # declining, or sending the question elsewhere: "so I can't really speak to it", "I'm not supposed to go into
    # the triage rules", "you'd be better asking her", "that's never really come up for me", "there isn't really a
    # team story I can give you", "every file is different, so there's no one answer"
    r"(?:can'?t|cannot|can not|couldn'?t|could not) (?:really )?(?:speak to|get into|go into|tell you|say much)|"
    r"not (?:supposed|allowed|able|at liberty) to (?:go into|get into|talk about|discuss|share|say)|"
    r"(?:you'?d|you would) (?:be better|do better)(?: off)? asking|(?:more )?a question for (?:my|our|the|someone)|"
    r"(?:never|hasn'?t|has not|haven'?t|have not) (?:really )?(?:come|came) up|"
    r"there (?:isn'?t|is not|wasn'?t|was not|'s no|is no) (?:really )?(?:a|an|any|one)?\s*(?:\w+ )?(?:story|example)|"
    r"no (?:one|single|simple|right) answer|"
    r"pass on (?:this|that)|next question|move on|(?:another|a different) question|"
    r"(?:i )?(?:don'?t|do not) (?:really )?have (?:one|an example|any examples?|a good (?:one|example)|anything)"
    r"(?: (?:for|to share|like that))?)\b",
    re.IGNORECASE,
)
SKIP_REASON_WORDS = 15
# ... taken out with its subject: "so I can't really speak to the details" left "so I the details", read as an action
_SKIP_WITH_SUBJECT = re.compile(rf"(?:\b(?:i|we)(?:'m| am)?\s+)?(?:{SKIP_REQUEST.pattern})", re.IGNORECASE)
_CONTRACTED = re.compile(r"['’](?:ve|ll|re|m|d|s|t)\b", re.IGNORECASE)  # "I've", "it's": counted as no content word
# The same in Chinese ("不知道", "记不清了", "这个答不上来", "可以跳过吗", "没做过"), where the rest is counted in Han
# characters and Latin words (a named tool beside "我没用过" is still a non-answer).
DEFLECTION_ZH = re.compile(
    r"不知道|不清楚|不(?:太)?记得|忘(?:了|记了)|记不(?:太)?清|想不起|答不(?:上|出)|说不(?:上来|好|清)|"
    r"没(?:有)?(?:真正)?(?:做过|用过|接触过|经验|想过|遇到过|参与过)|只是听说过|不太(?:了解|熟悉|会|懂)|不(?:熟|懂)|跳过|下一(?:个|题)|换(?:一)?个问题|"
    r"问(?:点)?别的|不方便(?:说|谈|聊|回答|透露)|不(?:太)?想(?:说|谈|聊|回答)|无可奉告|没什么(?:可说|好说)|"
    r"没有(?:答案|想法)"
)
# Han characters and Latin words beside it: 12 where the rest names a tool or a number ("我没用过 Kafka，但用过 RabbitMQ
# 做订单消息队列" answers), 20 where it is only words ("这个项目我参与得不多，具体的不太记得了", from the Chinese
# development answers, evals/data/resume_answers_zh.dev.jsonl)
NON_ANSWER_REST_ZH = 20
NON_ANSWER_REST_NAMED_ZH = 12
_ZH_SPECIFIC = re.compile(rf"{ZH_LATIN_NAME}|[A-Za-z]|{ZH_DIGIT_FIGURE}")
_HAN = r"[\u4e00-\u9fff]"
BEHAVIOURAL = re.compile(
    r"\b(?:tell (?:me|us) about a (?:time|situation)|describe a (?:time|situation)|give (?:me |us )?an example|"
    r"a time (?:when|you|where)|have you ever|how did you (?:handle|deal|manage|resolve)|walk (?:me|us) through a "
    r"(?:time|situation))\b",
    re.IGNORECASE,
)
_SITUATION = re.compile(
    r"\b(?:when i was|while i was|at my (?:last|previous|first|current)|during|last (?:year|month|week|summer|"
    r"quarter)|in my (?:last|previous|first|current|final)|we had|there was|i was (?:working|leading|asked|"
    r"responsible|in charge)|our team|my team|the project|at (?:the|a) (?:company|startup|job)|"
    # "At Brno Mobility our parking-zone project had three analysts and two city planners, and ..."
    r"our (?:[\w-]+ ){0,2}(?:project|team|product|client|customer|company|startup|service|app|system|launch)s?)\b"
    # ... or a story opening on what happened, before what the candidate did: "When a retailer moved their promotion
    # forward two weeks, I pulled sales ... into a call" (a browser session, 2026-12-07; not "When I ...", an action)
    r"|(?:^|[.!?]\s+)(?:when|after|once|as soon as|just before|shortly after)\s+(?!(?:i|we)\b)[^,.;!?]{8,90},",
    re.IGNORECASE,
)
_RESULT = re.compile(
    r"\b(?:result(?:ed|s)?|outcome|in the end|eventually|finally|so that|which (?:led|meant|helped|saved|cut)|led "
    r"to|ended up|as a result|reduc(?:ed|ing)|increas(?:ed|ing)|improv(?:ed|ing)|saved|cut|grew|doubled|halved|"
    r"shipped|launched|delivered|finished|completed|achieved|won|fixed|resolved|learn(?:ed|t)|succeeded|dropped|"
    r"went (?:up|down|from|with|to (?:zero|nil|nothing|none))|agreed|decided|settled on)\b",
    re.IGNORECASE,
)
STAR_PARTS = ("situation", "action", "result")
# "Tell me about yourself" names no subject for an embedding to match: a self-introduction ("I'm a junior at MIT
# studying biology ...") was at cosine 0.05-0.12 from it, under the off-topic line, and scored 21-25 "talks about
# something else" (MIT dev interviews, 5 of their opening answers). Such a question is answered by who the candidate
# is; an answer that says so in the first person (:data:`INTRODUCES_SELF`) is clearly on topic.
SELF_INTRODUCTION = re.compile(
    r"\b(?:(?:tell|talk)(?: \w+){0,5} about (?:yourself|your (?:own )?background)|(?:introduce|describe) yourself|"
    r"walk (?:me|us) through your (?:background|resume|r[eé]sum[eé]|cv)|who you are)\b", re.IGNORECASE)
INTRODUCES_SELF = re.compile(
    r"\b(?:my name(?:'s| is)|i(?:'m| am) (?:a|an|currently|from|originally|in my|studying|majoring|pursuing|"
    r"working|graduating|\w+ing (?:a|my|in|at))|i (?:study|studied|major(?:ed)?|graduated|grew up|was born|"
    r"work(?:ed)? (?:as|at|for|in))|i(?:'ve| have) been (?:working|studying)|my (?:background|major|degree|studies)|"
    r"years? of experience)\b", re.IGNORECASE)
# A story's action is something the candidate did, not a habit or a trait ("I communicate well", "I listen",
# "I handle conflict calmly"): first-person verbs of these kinds do not count. Tense is not required: spoken stories
# are often told in the present ("so I go to my manager and I tell her"); requiring the past lowered the agreement
# with the MIT interviewers' follow-up decisions (balanced accuracy 0.574 -> 0.537, evals/README.md).
TRAIT_VERBS = frozenset(re.findall(r"\w+", """
    communicate listen adapt enjoy prefer value care handle deal like love believe consider respect avoid approach
    stay remain tend focus use
"""))
# The words that say an answer speaks to a behavioural theme of the plan (agent/nodes/plan_topics.BEHAVIORAL), where
# sentence embeddings fail: they follow an answer's subject ("we disagreed about rewriting the ETL in Spark" is about
# Spark to all-MiniLM-L6-v2, cosine 0.08 to "handling a conflict or disagreement").
_TEAM = (r"team|colleague|together|collaborat|pair(?:ed|ing)|peer|cowork|co-work|each (?:other|of us)|split (?:the|up)|"
         r"we (?:all|both)|we agreed|stakeholder|cross-functional|one another|"
         r"work(?:ed|ing)? (?:closely )?with (?:the|my|our|two|three|a|an|other)\b|the others\b|"
         r"the rest of (?:the|us|my)|alongside|(?:met|meet|meetings?|agreed|partnered|coordinated|liaised) with\b|"
         r"(?:agreed|coordinated|negotiated|arranged) (?:[\w-]+ ){1,5}with (?:the|my|our|their|two|three|four|each|"
         r"every|all)\b")
# (not "everyone": "everyone in the family got a slightly wonky mug", a pottery story to the team question of
# resume_answers_fresh2.dev; "I worked with the two other physios and the receptionist ... trained the others", a
# candidate session of 2026-12-07, had none of the cues before the last line's; nor "I set up a fortnightly meeting with
# the dietetics lead and the catering manager ... I agreed with them to launch on the stroke unit first", a browser
# session the same evening, 25 "talks about something else" at cosine 0.18; "I agreed revised film and tray deliveries
# with our two packaging suppliers", a browser session the next, 46 "weak" at cosine 0.23)
_LEAD = (r"lead|led\b|convinc|persua|influenc|initiative|buy-in|volunteer|rall(?:y|ied)|mentor|no authority|"
         r"without authority|took (?:the )?(?:lead|charge|ownership)")
_DEADLINE = (r"deadline|due\b|in time|on time|late\b|rush|hours|days|weekend|overnight|prioriti|crunch|launch date|"
             r"cut scope|time pressure")
# (Widened 2026-12-07 from the strong and adequate stories of resume_answers_varied.dev that fell outside their theme: a
# menu launch whose grill section "collapsed", a qPCR result a colleague wanted to report "that I didn't trust"; and
# from resume_answers_fresh2.dev: a wedding's dietary list forwarded "without checking it", 15.7 "about something
# else".)
THEME_CUES: dict[str, re.Pattern[str]] = {theme: re.compile(rf"\b(?:{words})", re.IGNORECASE) for theme, words in {
    "working in a team": _TEAM,
    "handling a conflict or disagreement": r"conflict|disagree|argu(?:e|ed|ment)|push(?:ed)? back|pushback|tension|"
                                           r"compromise|objection|objected|didn'?t agree|did not agree|clash|dispute|"
                                           r"different (?:view|opinion|idea)|didn'?t trust|did not trust|friction|"
                                           r"at odds|fell out|(?:wasn'?t|was not|weren'?t) convinced|challenged",
    "a failure and what you learned from it": r"fail|mistake|wrong|broke|outage|incident|miss(?:ed)?\b|lost|"
                                              r"postmortem|post-mortem|learn(?:ed|t)|lesson|regret|rolled back|"
                                              r"collapsed|backfired|fell apart|fell short|went badly|"
                                              r"(?:didn'?t|did not) work|should(?:n'?t)? have|underestimat|"
                                              r"overlook|oversight|misjudg|dropped the ball|setback|forg[eo]t|"
                                              r"without check|(?:didn'?t|did not|never) (?:check|double-check|test|"
                                              r"verify|confirm)",
    "leading without authority": _LEAD,
    "working under a tight deadline": _DEADLINE,
}.items()}

# A soft skill of the resume ("Leadership", "Communication") is asked about like a theme: a story from a job or a
# project is the answer. A product manager's strong leadership story ("I led the redesign of the payment retry
# service ... mentored two engineers") was at cosine 0.15 from "What skills do you have in leadership?" and was told it
# "talks about something else". Names are the common forms on resumes, written from general usage, not from a file.
_COMMUNICATE = (r"explain|present|talk|wrote|writ|document|stakeholder|audience|meeting|listen|feedback|email|demo|"
                r"convinc|persua|negotiat|clarif|align|update|brief")
_ORGANISE = (r"plan|sprint|scope|milestone|roadmap|prioriti|deadline|standup|stand-up|retro|backlog|kanban|estimat|"
             r"stakeholder|track|schedul|deliver")
_SOLVE = r"problem|issue|bug|root cause|solv|fix|debug|investigat|diagnos|figur|trace|analy"
SOFT_SKILL_CUES: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"\b(?:{cues})", re.IGNORECASE) for names, cues in (
        (("leadership", "team leadership", "people management", "mentoring", "mentorship", "coaching",
          "team management"), _LEAD),
        (("teamwork", "collaboration", "cross-functional collaboration", "interpersonal skills"), _TEAM),
        (("communication", "communication skills", "public speaking", "presentation skills", "presentations",
          "stakeholder management", "negotiation", "written communication", "verbal communication"), _COMMUNICATE),
        (("project management", "agile", "agile methodologies", "scrum", "time management", "organization",
          "organisation", "prioritization", "prioritisation"), f"{_ORGANISE}|{_DEADLINE}"),
        (("problem solving", "problem-solving", "critical thinking", "analytical skills", "troubleshooting"), _SOLVE),
    ) for name in names
}


def story_cues(topic: str) -> re.Pattern[str] | None:
    """The words a story on this behavioural theme or soft skill speaks in; None for any other topic."""
    key = topic.strip().lower()
    return THEME_CUES.get(key) or SOFT_SKILL_CUES.get(key)


def non_answer(answer: str) -> bool:
    """A non-answer or deflection with at most :data:`NON_ANSWER_REST_WORDS` content words beside it; a request to
    skip, or having no example, with a reason of at most :data:`SKIP_REASON_WORDS` that tells nothing done, named or
    counted ("I'd rather skip this one, uni feels like a long time ago now", "Sorry, I don't have one for uni")."""
    if BARE_DEFLECTION.match(answer):
        return True
    rest = DEFLECTION.sub(" ", answer)
    if rest != answer and len(content_words(_CONTRACTED.sub("", rest))) <= NON_ANSWER_REST_WORDS:
        return True
    if SKIP_REQUEST.search(answer) is None:
        return False
    reason = _SKIP_WITH_SUBJECT.sub(" ", rest)
    return len(content_words(_CONTRACTED.sub("", reason))) <= SKIP_REASON_WORDS and not own_actions(reason) \
        and not figures_in(reason) and not names_in(reason)


def non_answer_zh(answer: str) -> bool:
    """A Chinese non-answer or deflection with at most :data:`NON_ANSWER_REST_ZH` Han characters beside it, or
    :data:`NON_ANSWER_REST_NAMED_ZH` Han characters and Latin words where it names something."""
    rest = DEFLECTION_ZH.sub(" ", answer)
    named = len(re.findall(r"[A-Za-z0-9]+", rest))
    said = len(re.findall(_HAN, rest)) + named
    return rest != answer and said <= (NON_ANSWER_REST_NAMED_ZH if named else NON_ANSWER_REST_ZH)


# Words any interview question and answer share, which say nothing about what the answer is about.
_GENERIC_ZH = frozenset(re.findall(r"\S+", """
我们 你们 他们 这个 那个 一个 时候 什么 怎么 哪些 具体 主要 负责 使用 工作 项目
经历 问题 方面 时间 一下 一些 觉得 比较 可以 没有 因为 所以 然后 就是 还是 如果
已经 之前 之后 当时 最后 自己 大家 一起 进行 通过 情况 过程 能够 需要 遇到 处理
内容 技术 开发 设计 优化 方案 系统 平台 服务 性能 公司 做了 写了 用了 有限 工程
程师 如何 为什么 能讲 讲讲 说说 介绍"""))
ZH_SHARED = 2  # words (two-character pairs or Latin names) shared with what was asked that tie an answer to it


def subject_words_zh(text: str) -> set[str]:
    """What a Chinese text is about: its two-character pairs that are not :data:`_GENERIC_ZH`, and its Latin names."""
    han = re.findall(f"{_HAN}+", text)
    pairs = {run[i:i + 2] for run in han for i in range(len(run) - 1)} - _GENERIC_ZH
    return pairs | {w.lower() for w in re.findall(ZH_LATIN_NAME, text)}


def specifics_zh(answer: str, asked: Sequence[str]) -> list[str]:
    """A Chinese answer's named tools and figures (Latin-script names such as "Kafka", numbers such as "30%") that
    ``asked`` does not already name: the Chinese side of :func:`new_specifics`, where capitalisation marks nothing.
    Figures in Chinese numerals count where the answer shares :data:`ZH_SHARED` words with what was asked: a story
    about something else has figures of its own ("去年跑完了两个全程马拉松"), and no embedder here tells it apart."""
    said = {w.lower() for text in asked for w in _ZH_SPECIFIC.findall(text)}
    named = [w for w in _ZH_SPECIFIC.findall(answer) if w.lower() not in said]
    if len(subject_words_zh(answer) & set().union(*(subject_words_zh(text) for text in asked))) >= ZH_SHARED:
        named += [f for f in ZH_NUMERAL_FIGURE.findall(answer) if not any(f in text for text in asked)]
    return list(dict.fromkeys(named))


# A Chinese story's STAR parts, in the words a Chinese answer tells them with: when and where ("当时",
# "有一次", "在星河的时候"), what "我" did (not "我们", and not a habit or an opinion: "我会保持冷静",
# "我一直很注重", "我觉得"), and what came of it ("最后", "降到", "按时上线", a number). Written from the Chinese
# development answers (evals/data/resume_answers_zh.dev.jsonl), whose vague stories tell habits
# ("遇到分歧的时候我会保持冷静，多沟通").
_SITUATION_ZH = re.compile(r"当时|那时|那次|那一次|有一次|有一回|之前|以前|去年|前年|"
                           r"上(?:个|一)?(?:月|季度|家公司|份工作)|在[^，。,；！？]{1,12}(?:的时候|期间|时)|"
                           r"刚(?:入职|接手|进)|接手时|项目(?:里|中)")
_RESULT_WORDS_ZH = (r"最后|最终|结果|后来|上线后|之后|降(?:到|了|低|至)|提(?:升|高)|缩短|减少|节省|省了|"
                    r"按时|提前|顺利|成功|解决了|通过了|同意|达成|避免了|没有再|再也没|学到|教训|明白了")
_RESULT_ZH = re.compile(rf"{_RESULT_WORDS_ZH}|\d|百分之")
# What came of it in words: a figure alone may be the resume's own, restated ("负责过日均300万单的订单系统").
_RESULT_WORD_ZH = re.compile(_RESULT_WORDS_ZH)
# A step the candidate took: "我" and a verb, not "我在" (where), "我们", a habit or an opinion (ZH_OWN_ACTION).
_OWN_STEP_ZH = re.compile(ZH_OWN_ACTION.pattern + r"(?!在)")


def develops_zh(answer: str) -> bool:
    """:func:`develops` in Chinese: at least :data:`STEPS` steps of the candidate's own and a result said in words."""
    return len(_OWN_STEP_ZH.findall(answer)) >= STEPS and bool(_RESULT_WORD_ZH.search(answer))


def star_parts_zh(answer: str) -> list[str]:
    """The STAR parts a Chinese answer shows (:func:`star_parts` in Chinese)."""
    return [part for part, cue in (("situation", _SITUATION_ZH), ("action", ZH_OWN_ACTION), ("result", _RESULT_ZH))
            if cue.search(answer)]


# What a Chinese answer calls a project or an employer: a company's name is place, brand, trade and form
# ("上海" "星屿" "文化传媒" "有限公司"), and people say the brand ("在星屿的时候"); a project's, without "系统",
# "平台" or "项目". At least two characters remain.
_NAME_ENDING_ZH = re.compile(r"(?:(?:股份)?有限(?:责任)?公司|集团|控股|科技|网络|技术|信息|软件|数据|智能|金融|系统|"
                             r"平台|项目|文化|传媒|零售|电子商务|电商|咨询|教育|广告|物流|餐饮|医疗|健康|生物|投资|"
                             r"贸易|商贸|实业|发展|管理|服务|互联网|计算机|通信|电子|营销|品牌|供应链)$")
_NAME_PLACE_ZH = re.compile(r"^(?:中国|北京|上海|天津|重庆|广州|深圳|杭州|南京|苏州|成都|武汉|西安|长沙|厦门|青岛|"
                            r"宁波|合肥|郑州|济南|福州|无锡|大连|沈阳|哈尔滨|昆明|珠海|东莞|佛山|香港|广东|浙江|"
                            r"江苏|山东|福建|四川|湖北|湖南|河南|河北|安徽)(?:市|省)?")


def name_head_zh(subject: str) -> str:
    """A Chinese project or organisation name as an answer would say it: its place (:data:`_NAME_PLACE_ZH`) and the
    words it ends in (:data:`_NAME_ENDING_ZH`) taken off while two characters or more remain; "" for a name without
    Han characters (a skill such as "Kotlin")."""
    if not re.search(_HAN, subject):
        return ""
    head = re.sub(r"（[^）]*）|\([^)]*\)", "", subject).strip()  # "阿里巴巴（中国）有限公司"
    if len(placeless := _NAME_PLACE_ZH.sub("", head)) >= 2:
        head = placeless
    while len(head) > 2 and (shorter := _NAME_ENDING_ZH.sub("", head)) != head and len(shorter) >= 2:
        head = shorter
    return head


def names_other_zh(answer: str, topic: str | None, elsewhere: Sequence[str], asked: Sequence[str]) -> str | None:
    """The other project or employer of the interview (``elsewhere``: "Title at Organisation. facts ...") that a
    Chinese answer names instead of its own topic's, by its whole name, where nothing in ``asked`` names it; None
    if none. Asked about the job at 星河, "在明湖金融的时候我做的是交易对账 ..." talks about the job at 明湖."""
    own = name_head_zh(topic_subject(topic or ""))
    if not own or own in answer:
        return None
    here = " ".join(asked)
    for text in elsewhere:
        subject = topic_subject(text.split(". ", 1)[0])
        other = name_head_zh(subject)
        if other and other != own and other in answer and other not in here:
            return subject
    return None


def own_actions(answer: str) -> list[str]:
    """The candidate's own actions ("I wrote", "I led"), not traits or habits (:data:`TRAIT_VERBS`)."""
    return [a for a in actions_in(answer) if a.startswith("I ") and a.split()[1].lower() not in TRAIT_VERBS]


def star_parts(answer: str) -> list[str]:
    """The STAR parts an answer shows: a situation, an action of the candidate's own, a result."""
    found = []
    if _SITUATION.search(answer):
        found.append("situation")
    if own_actions(answer):
        found.append("action")
    if _RESULT.search(answer) or figures_in(answer):
        found.append("result")
    return found


def text_features(answer: str) -> tuple[list[float], list[str], list[str], list[str]]:
    """The answer-only features (non_answer, log_words, own_actions, specifics, star), with what they counted:
    own actions, specifics, STAR parts."""
    own, specifics = own_actions(answer), specifics_in(answer)
    star = star_parts(answer)
    values = [float(non_answer(answer)), math.log1p(len(answer.split())), math.log1p(len(own)),
              math.log1p(len(specifics)), len(star) / len(STAR_PARTS)]
    return values, own, specifics, star


def new_specifics(answer: str, asked: Sequence[str]) -> list[str]:
    """The answer's named tools, organisations and figures (:func:`text_features`) that none of ``asked`` (the
    question, the topic and its resume facts) already names: restating the question is not substance."""
    def words(text: str) -> set[str]:
        return {w.strip(".").lower() for w in re.findall(r"[\w+#.\-]+", text)} - {""}

    said = set().union(*(words(text) for text in asked))
    asked_text = " ".join(asked)

    def figure_said(figure: str) -> bool:
        """A figure is said where its number and the first word of its unit stand together, not only their words
        apart: "40 patients" is new beside "dropped by 40%" and "200 patients a day" (a nurse's answer lost it in a
        browser interview)."""
        number, _, unit = figure.partition(" ")
        after = rf"\W+(?:\w+\W+)?{re.escape(unit.split()[0])}" if unit else ""
        return re.search(rf"(?<![\w.,]){re.escape(number)}(?![\w,]|\.\d){after}", asked_text, re.I) is not None

    return [s for s in specifics_in(answer) if not (words(s) <= said and (not s[:1].isdigit() or figure_said(s)))]


def own_terms(answer: str, asked: Sequence[str]) -> list[str]:
    """The answer's content words that are neither general (:data:`GENERAL_WORDS`), nor joining words
    (:data:`FUNCTION_WORDS`), nor said in ``asked``: the terms an explanation is made of ("coercion", "undefined",
    "labelled")."""
    said = set().union(*(content_words(text) for text in asked))
    terms = {w for w in content_words(answer) if w not in GENERAL_WORDS and w not in FUNCTION_WORDS and w not in said}
    return sorted(terms, key=answer.lower().find)  # in the order the answer says them


# A way of working told step by step in the candidate's own words names few tools where the trade has few ("first i
# check the station network against the benchmarks ... i set out from two different control points and compare,
# anything over 10mm i redo", asked how a site engineer makes sure setting out is right, capped at 55; an HR
# partner's discipline procedure capped at 45): at least PROCEDURE_STEPS actions of the candidate's own and
# PROCEDURE_TERMS words of its own (:func:`own_terms`) are substance, as named tools are. Chosen on the non-engineers'
# development answers, where adequate answers reach 20 such words with at most 2 actions, vague ones 7.
PROCEDURE_STEPS = 3
PROCEDURE_TERMS = 20
# ... and an answer that names nothing new but says DETAIL_TERMS words of its own ("I did the setting out of the piles
# and grid lines, checked pours against the inspection and test plan, and ran the weekly meeting with the
# subcontractors") is thin, not vague: capped with one named specific's cap. On the same development answers
# adequate ones say 13-20 such words, vague ones 2-7 (software answers' vague ones 0-7).
DETAIL_TERMS = 12


def tells_nothing(answer: str, asked: Sequence[str]) -> bool:
    """Whether the answer names nothing ``asked`` did not and says fewer than :data:`STORY_TERMS` words of its own: a
    claim ("My degree gave me a strong foundation in understanding people"), not a story or an account of a course."""
    return not new_specifics(answer, asked) and len(own_terms(answer, asked)) < STORY_TERMS


def describes_steps(own: Sequence[str], terms: Sequence[str]) -> bool:
    """Whether an answer with these own actions and words of its own (:func:`own_terms`) tells a way of working step
    by step (:data:`PROCEDURE_TERMS`)."""
    return len(own) >= PROCEDURE_STEPS and len(terms) >= PROCEDURE_TERMS


# The next part of a sentence after "I mapped all 190 elements myself": ", wrote the test scripts" goes on with the same
# "I"; ", and we ran ..." has a subject of its own.
_GOES_ON = re.compile(r"(?:,\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+)([a-z]+)\b")


def shared_subject_actions(answer: str) -> list[str]:
    """Past actions told after one of the candidate's own, with its "I" left out ("I mapped ..., wrote the test
    scripts and ran ..." -> "I wrote", "I ran"), in the same sentence."""
    out: list[str] = []
    for sentence in CLAUSE.findall(answer):
        first = next((a for a in own_actions(sentence) if told(a)), None)
        if first is None:
            continue
        start = re.search(rf"\b{re.escape(first)}\b", sentence, re.IGNORECASE)
        for m in _GOES_ON.finditer(sentence, start.end() if start else 0):
            action = f"I {m.group(1)}"
            if told(action) and m.group(1) not in FUNCTION_WORDS and action not in out:
                out.append(action)
    return out


def develops(answer: str) -> bool:
    """Whether the answer tells a story of its own: at least :data:`STEPS` of the candidate's actions told in the past
    with verbs that say what was done (not "I worked", "I learned": :data:`GENERAL_WORDS`), its "I" said once or each
    time (:func:`shared_subject_actions`), and what came of it (a result word or a measured figure)."""
    done = {a for a in [*own_actions(answer), *shared_subject_actions(answer)]
            if told(a) and a.split()[1].lower() not in GENERAL_WORDS}
    return len(done) >= STEPS and bool(_RESULT.search(answer) or any(measured(f) for f in figures_in(answer)))


def other_questions() -> list[str]:
    """The questions of the open banks (tools/question_bank): what an answer to *another* question answers. Those
    with a reference over MAX_REFERENCE_WORDS are left out, as when the assessment head was fitted."""
    from tools.question_bank import MAX_REFERENCE_WORDS, OPEN_BANK_FILES, QuestionBank

    bank = QuestionBank.load(files=OPEN_BANK_FILES, max_reference_words=MAX_REFERENCE_WORDS)
    return [q.question for q in bank.questions]


def question_words(question: str, answer: str) -> float:
    """The share of the question's own content words (not "tell", "time", "describe") that the answer uses."""
    asked = [t for t in key_terms(question) if t not in FEEDBACK_VOCABULARY and t not in GENERIC_ASK]
    said = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]{2,}", answer)}
    return sum(mentions(said, t) for t in asked) / len(asked) if asked else 0.5


def features(rows: Sequence[tuple[str, str]], embedder: Embedder, others: np.ndarray,
             lm_grades: Sequence[float | None] | None = None) -> np.ndarray:
    """(question, answer) rows -> x (N, 9) in the order of :data:`FEATURES`. ``others`` (B, D) are the embedded
    bank questions: ``relevance_rank`` is the share of them (leaving out near-copies of the question, cosine above
    0.9) that the answer is closer to than to its own question. ``lm_grade`` is the grade 0-5 over 5, NaN where not
    given."""
    q_vecs = embedder.encode([q for q, _ in rows])  # (N, D)
    a_vecs = embedder.encode([a for _, a in rows])  # (N, D)
    relevance = np.einsum("nd,nd->n", q_vecs, a_vecs)  # (N,)
    to_others = a_vecs @ others.T  # (N, B)
    copies = q_vecs @ others.T > 0.9  # (N, B)
    closer = (to_others > relevance[:, None]) & ~copies
    rank = closer.sum(1) / np.maximum(1, (~copies).sum(1))  # (N,)
    overlap = np.array([question_words(q, a) for q, a in rows])  # (N,)
    by_answer = {a: text_features(a)[0] for a in dict.fromkeys(a for _, a in rows)}  # one answer, many rows
    text = np.array([by_answer[a] for _, a in rows]).reshape(len(rows), 5)
    lm = np.array([math.nan if g is None else g / 5.0 for g in (lm_grades or [None] * len(rows))])  # (N,)
    on_topic = np.clip(relevance, 0, None) * (1 - rank) * text[:, 1]  # length counts as far as it is on topic
    return np.column_stack([relevance, rank, overlap, text, on_topic, lm])


# Below these an answer is thin or off-topic and gets a follow-up (chosen on the followQG fit split; evals/README.md).
FOLLOW_UP_SCORE = 60.0
OFF_TOPIC_RELEVANCE = 0.2
OFF_TOPIC_RANK = 0.3
# ... unless it fits the question asked better than all but this share of the banks' other questions: then a low
# cosine says only that the embedder does not know the subject well ("At Google I led the launch of a new checkout
# flow with design, engineering and legal", all-MiniLM-L6-v2's cosine 0.18 to "What was your role at Google ... you
# led cross-functional teams?", rank 0.013). On the followQG fit split no answer to another question with a cosine
# below OFF_TOPIC_RELEVANCE ranked below 0.038 with all-MiniLM-L6-v2, or at or below 0.03 with all-mpnet-base-v2 (the
# shipped head's; the three lines were chosen with MiniLM and still hold: on the fit split 0.258 of real answers and
# 0.903 of off-topic twins are followed up). Against the topic's resume facts instead, any answer about the
# candidate's work ranks near 0 (``Assessment.question_rank`` leaves them out).
ON_TOPIC_RANK = 0.02
THIN_WORDS = 15
# A non-answer or an off-topic answer is capped, so that its label ("poor") says what its feedback says.
NON_ANSWER_CAP = 10.0
OFF_TOPIC_CAP = 25.0
# On a resume topic (a skill, project or job), an answer that names no tool, system, organisation or figure beyond
# those the question and the topic already named ("PostgreSQL is a great database, we use it for a lot of things")
# is vague however fluent: at most "weak"; with one such specific, at most "fair" (both below FOLLOW_UP_SCORE, so
# followed up for substance).
SUBSTANCE_CAPS = {0: 45.0, 1: 55.0}
# A bank's knowledge question without a reference ("What is the difference between == and ===?") is answered with an
# explanation, not with named tools: an answer with fewer than 4 terms of its own (:func:`own_terms`) is at most
# "weak", with fewer than 8 at most "fair". Chosen on SemEval's unseen questions graded without their references, then
# measured on SAF and Mohler the same way (evals/README.md): the named-specifics cap had made a correct explanation
# "fair" and asked it for "the tools, systems and figures".
KNOWLEDGE_CAPS = ((4, 45.0), (8, 55.0))
# A story (a behavioural question or theme) without the candidate's own actions and without a result ("I am a team
# player, I communicate well") is at most "weak"; with one of the two missing, at most "fair": the STAR rubric of
# tih_behavioral-interview-rubrics.md credits a story for what the candidate did and what came of it.
STORY_CAPS = {2: 45.0, 1: 65.0}
# A story that names nothing and says fewer than STORY_TERMS words of its own (:func:`own_terms`) tells no event, only
# a claim ("I work well under pressure. When there's a tight deadline I prioritise, stay focused and make sure things
# are delivered on time", 93; "there was a project that didn't go as planned. i learned a lot from it", 96): it is
# capped as vague. Chosen on the non-engineers' development answers (evals/data/resume_answers_nontech.dev.jsonl:
# vague stories 2-7 such words, adequate ones 15 and more); 2 of the 54 real answers to behavioural questions of the
# followQG fit split are under it ("I trusted a teammate assuming he had integrity, however he took credit ...").
STORY_TERMS = 8

# And the other way round: a story with all its STAR parts, or an answer on a resume topic that says what the
# candidate did and names FLOOR_SPECIFICS tools, systems or figures the question did not, is at least "good" where
# it is clearly on topic (the theme's own words, a relevance of FLOOR_RELEVANCE, or a rank of at most ON_TOPIC_RANK),
# however the head weighs it.
FLOOR = 70.0
FLOOR_SPECIFICS = 3
FLOOR_RELEVANCE = 0.3  # the floor needs clear evidence that the answer is on topic, not only that it is not off it
# An answer whose embedding is this much closer to another topic of the interview than to the question or its topic
# talks about that other topic.
ELSEWHERE_MARGIN = 0.05
# An answer already near its own topic (cosine NEAR_HERE or more) must be further closer to another to be about it: a
# job's achievement and a project done in the same job share their words (a logistics coordinator's dock-appointment
# story, 0.54 from its job, 0.64 from the cross-dock launch at the same employer, was capped at 25 as "about something
# else"). Chosen on the non-engineers' development answers: their real answers flagged at margins 0.09-0.10, their
# off-topic ones near their own topic at 0.19-0.21.
NEAR_HERE = 0.4
ELSEWHERE_MARGIN_NEAR = 0.15
# A question about one achievement of a job or project ("How did you automate the internal deployment tool with Java
# and AWS?") is nearer that fact of the resume than any other of the topic by FOCUS_MARGIN or more; an answer nearer
# another fact of the same topic than to the question and to its fact, by ELSEWHERE_MARGIN, tells that other
# achievement instead ("At Bluefin I also redesigned the Kafka workers ...", 90 "excellent": it is near the job's facts
# as a whole, so neither the job's relevance nor the other topics catch it). Chosen on the non-engineers' development
# answers and the read half of the graded kinds test file (evals/README.md): where the question has such a focus,
# their strong, adequate and vague answers are 0.00-0.47 nearer to it than to another fact, their answers about another
# achievement 0.11-0.56 nearer to that one; a general question ("Walk me through your day-to-day at Calder Vale") has
# none (margins 0.00-0.03), and its strong answers may tell any of the job's facts. Checked on answers written for it
# by a helper that had not read these rules (evals/README.md).
FOCUS_MARGIN = 0.1

# A question about a skill, project, job or school of the resume makes a real answer about it more likely to the
# language model than a question about nothing in particular does; a fluent answer about something else gains nothing
# from it ("I really enjoy cycling; last summer I rode from Lisbon to Porto over four days and planned the whole route
# myself" scored 70 to a question on a route-planner project, "My favourite project was organising a hackathon for 80
# students" 55 to "What language do you use for your projects?"). The evidence is the answer's log-likelihood (nats,
# summed over its first EVIDENCE_CHARS characters) as the candidate's reply to the question asked, less that after
# EVIDENCE_BASELINE, both under EVIDENCE_SYSTEM; and the same with the topic in place of the question (its resume
# facts, or for a job its title and employer alone: EVIDENCE_JOB_DISCOUNT), the smaller of the two counting: an
# answer can echo the question's words ("The biggest change I made myself last year was cycling to work" gains 17 nats
# from "Can you walk me through one CATIA V5 change you made yourself?", seen in a terminal interview) but not what
# the topic is (-12.6 nats from "CATIA V5. Skills: SolidWorks, ..."). Below
# EVIDENCE_MIN the answer talks about something else, unless it names its topic or the embedder finds it near the
# question (NEAR_HERE): both judges must see no link. Chosen on the development answers
# (evals/data/resume_answers.dev.jsonl and resume_answers_nontech.dev.jsonl, qwen-0.5b): at 2 nats, 5 of their
# off-topic answers that scored over 25 fall to 25 (3 with the question alone), and none of their strong, adequate
# and vague ones (the strong answers the rule reaches gain 9-28 nats from either). Without the embedder's say one
# vague answer fell too ("night work on the highways was challenging but i always put safety first", 0.8 nats at
# cosine 0.58), and one strong answer in 64 of the software test file; with the resume facts, one vague answer in
# 48 of the resume-facts test file is told it talks about something else (evals/README.md).
# An answer that shares the question's words is not always caught ("Discipline for me comes from running ... the
# Oakland Marathon", 90 to a question on progressive discipline: 2.1 nats, cosine 0.57). Not for stories and
# questions about the candidate (EVIDENCE_EXPECTS): to "What are your passions?" or "What was the toughest decision
# you ever had to make?", real answers are as likely after "Tell me something about yourself" (10 of 130 real followQG
# answers of the fit split fell under 2 nats, "reading all kinds of books ..." -4.6), nor where the answer may draw on
# the whole resume or finish a story told before.
EVIDENCE_SYSTEM = "You are a candidate in a job interview. Answer the interviewer's question."
EVIDENCE_BASELINE = "Tell me something about yourself."
EVIDENCE_MIN = 2.0
# A job's story that its resume lines do not tell ("I rewrote the card form in React ...", asked about the Tidewater
# Payments job whose lines tell a deployment tool) gains little from them (1.0 nats) but much from "Full Stack
# Developer at Tidewater Payments" (8.6); any story of work gains some from a job's name, though (a cycling time trial
# told to a question on a claims adjuster's cycle times, 4.5 nats). So a job's title and employer count as evidence
# less this discount: chosen between those two answers of the development files. Not a project's or a skill's name:
# it repeats the question's words, which an answer about something else echoes ("The overnight service I know best is
# my church's Easter vigil", 9.3 nats from "Overnight Business Class Service Redesign").
EVIDENCE_JOB_DISCOUNT = 4.0
EVIDENCE_CHARS = 1500  # about 300 tokens: an answer says early what it is about, and long ones fit the context
EVIDENCE_EXPECTS: frozenset[Expects] = frozenset({"specifics", "studies"})

# A transcript heavy with filler words ("um", "uh", ", like,") is harder to follow, and interviewers rate it lower:
# the filler rate is among the text cues that track crowd ratings of interview performance (Naim et al. 2015, the MIT
# Interview Dataset). Each filler per 100 words beyond the comfortable 3 (the delivery panel's line,
# tools/speech/delivery.RANGES) costs FILLER_POINTS, at most FILLER_CAP; a typed answer rarely has any. The points
# are taken after the gaps are named, so fillers alone never send an answer back for substance it has.
FILLER_POINTS = 3.0
FILLER_CAP = 20.0  # a band of the labels (label_for) at most: what was said still weighs most


def filler_rate(answer: str) -> float:
    """Filler words per 100 words of an answer's text (:func:`tools.speech.delivery.fillers_in`)."""
    tokens = answer.split()
    return 100.0 * sum(fillers_in(tokens).values()) / len(tokens) if tokens else 0.0


def filler_points(rate: float) -> float:
    """The points a filler rate costs (:data:`FILLER_POINTS`)."""
    return min(FILLER_CAP, FILLER_POINTS * max(0.0, rate - RANGES["fillers_per_100"][1]))

_FOLLOW_UPS: dict[str, dict[str, str]] = {
    "en": {
        "attempt": "That's fine. Is there a related experience you can tell me about instead, even a small one, and "
                   "what did you do in it?",
        "substance": "Can you give me one specific example: what did you do yourself, with which tools or people, "
                     "and what came of it?",
        "own_actions": "What did you yourself do in that situation, step by step?",
        "result": "What was the result in the end, and how did you know it had worked?",
        "own_actions+result": "What did you yourself do there, and what was the result in the end?",
        "explanation": "Can you explain how it works in your own words, and give one example of where you used it?",
    },
    "zh": {
        "attempt": "没关系。能讲一个相关的经历吗？哪怕很小，你当时具体做了什么？",
        "substance": "能举一个具体的例子吗？你自己做了什么，用了哪些工具，结果如何？",
        "own_actions": "在那件事里，你自己具体做了哪些事？",
        "result": "最后的结果是什么？你怎么知道它奏效了？",
        "own_actions+result": "你自己具体做了什么？最后结果如何？",
        "explanation": "能用你自己的话讲讲它是怎么工作的吗？再举一个你用过它的例子。",
    },
}


_TEMPLATES = frozenset(t for texts in _FOLLOW_UPS.values() for t in texts.values())
# What each follow-up about a story asks its answer to give.
_STORY_ASKS: dict[str, tuple[str, ...]] = {
    texts[key]: tuple(key.split("+")) for texts in _FOLLOW_UPS.values()
    for key in ("own_actions", "result", "own_actions+result")}
# A follow-up builds on what the candidate said, quoting a clause of the answer before the question ('You mentioned
# "I opened my mind to their suggestions". What was the result in the end...?'), as the people who wrote followQG's
# follow-ups do ("How exactly did being depressed help you?"); in Chinese '你刚才说“我负责订单服务的重构”。最后的结果
# 是什么？' ("你提到" opens the pressure interview's counter-questions, agent/interview_types.py).
_ANCHORED = re.compile(r'^(?:You mentioned "[^"]+"\. |你刚才说“[^”]+”。)(.+)$', re.DOTALL)
ANCHOR_WORDS = 12  # the quoted clause is at most this many words, cut at a clause boundary where there is one
ANCHOR_CHARS = 100  # and this many characters, so that the question stays within Question's 400
ANCHOR_MIN_WORDS = 3  # and at least this many ("I misjudged her"; "I did" says nothing to build on)
_ANCHOR_BREAK = frozenset(re.findall(r"\w+", "but because so which who when while although though since then where "
                                              "whereas however"))
_ANCHOR_SENTENCE = re.compile(r"(?:[^.!?;]|[.!?;](?=\S))+")  # "Node.js" ends no sentence
# Where a quoted clause starts: the candidate as its subject ("I opened", "we were", "my strength"), not a word
# that cannot follow one ("I at a few times" is not an action)
_CLAUSE_JOINS_POSSESSIVE = frozenset(re.findall(r"\w+", "and but so then also actually"))
_CLAUSE_JOINS = _CLAUSE_JOINS_POSSESSIVE | frozenset(re.findall(r"\w+", """because though although when while if since
    as once where whereas that"""))
_SUBJECT = re.compile(r"\b(I|i|[Ww]e|[Mm]y|[Oo]ur)\s+(?!(?:at|in|on|of|to|for|with|as|the|an?|and|or|but|so)\b)"
                      r"[A-Za-z]")


def template_of(question: str) -> str | None:
    """The rule follow-up inside ``question``, with or without its quoted anchor; None for any other question."""
    anchored = _ANCHORED.match(question)
    text = anchored.group(1) if anchored else question
    return text if text in _TEMPLATES else None


def names_other(answer: str, other: str, asked: Sequence[str]) -> bool:
    """Whether ``answer`` names the project, organisation or role in the title of ``other`` (a topic's context,
    "Full Stack Developer at Uber. Developed ..."), where nothing in ``asked`` names it."""
    here = " ".join(asked).lower()
    title = other.split(". ", 1)[0]
    names = names_in(f"about {title}")
    # and the organisation by its first two words, as people shorten it ("At Golden Crate the hardest thing I did ...",
    # of "HR Generalist at Golden Crate Markets")
    organisation = topic_subject(title) if JOB_AT in title else ""
    names += [" ".join(name.split()[:2]) for name in names if len(name.split()) >= 3 and name in organisation]
    return any(re.search(rf"\b{re.escape(name)}\b", answer) and name.lower() not in here for name in names)


def asks_for_another_story(question: str) -> bool:
    """Whether ``question`` is the follow-up to a non-answer, which invites a story from another project or job ("Is
    there a related experience you can tell me about instead?")."""
    return template_of(question) in {texts["attempt"] for texts in _FOLLOW_UPS.values()}


def asks_for_the_rest_of_the_story(question: str) -> bool:
    """Whether ``question`` is a follow-up of this module's that asks for what the story so far lacked (the result,
    the candidate's own part), which is answered by going on with that story."""
    return template_of(question) in _STORY_ASKS


def asks_for_an_explanation(question: str) -> bool:
    """Whether ``question`` is the follow-up to a thin answer to a knowledge question, which is answered like it."""
    return template_of(question) in {texts["explanation"] for texts in _FOLLOW_UPS.values()}


REDIRECTS = ("Let's come back to the question I asked:", "我们回到刚才的问题：")  # :func:`follow_up_question`'s


def is_rule_follow_up(question: str) -> bool:
    """Whether ``question`` is one of :func:`follow_up_question`'s own questions."""
    return question.startswith(REDIRECTS) or template_of(question) is not None


def without_redirect(question: str) -> str:
    """The question a redirect asks again, without "Let's come back to the question I asked:"."""
    return next((question[len(r):].strip() for r in REDIRECTS if question.startswith(r)), question)


def _clause(text: str) -> str | None:
    """The first clause of ``text``: up to a comma, a joining word ("but", "because", "which"), an "and" after six
    words or one that opens a clause of its own ("I love working with data and I think ..."), at most ANCHOR_WORDS
    words and ANCHOR_CHARS characters (cut with an ellipsis); None below ANCHOR_MIN_WORDS."""
    out: list[str] = []
    words = re.sub(r"\bi\b", "I", text.replace('"', "")).split()
    for word, after in zip(words, [*words[1:], ""], strict=True):
        after_article = bool(out) and out[-1].lower() in ("a", "the", "that", "this")  # "for a while" is no clause
        joins = (word.lower() in _ANCHOR_BREAK and not after_article) or (word.lower() == "and" and (
            len(out) >= 6 or after in ("I", "we", "We")))
        if joins and len(out) >= ANCHOR_MIN_WORDS:
            break
        out.append(word)
        if word.endswith((",", ":")) or len(out) == ANCHOR_WORDS:
            break
    clause = " ".join(out).rstrip(",:")
    if len(out) < ANCHOR_MIN_WORDS:
        return None
    if len(clause) > ANCHOR_CHARS:  # a pasted URL or log line is one word
        return clause[:ANCHOR_CHARS].rstrip() + "…"
    return clause + ("…" if len(out) == ANCHOR_WORDS else "")


def _opens_clause(before: str, subject: str) -> bool:
    """Whether a subject after ``before`` opens a clause ("..., I", "and then we", "My"), rather than sitting inside
    one ("The last project I did", "slammed our product", "After my post-graduation")."""
    before = before.rstrip()
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    joins = _CLAUSE_JOINS if subject.lower() in ("i", "we") else _CLAUSE_JOINS_POSSESSIVE
    return not before or before.endswith((",", ":")) or last in joins


def anchor_of(answer: str, missing: Sequence[Missing]) -> str | None:
    """The clause of the answer that a follow-up about ``missing[0]`` builds on, always one with the candidate as its
    subject: for a missing result, the candidate's last own action ("I opened my mind to their suggestions"); for
    missing own actions, what "we" did; for a vague answer, its first statement about the candidate ("I try to
    minimise wastage"). None for a non-answer or an off-topic answer, and where no such clause has ANCHOR_MIN_WORDS
    words."""
    starts = [(s, m) for s in _ANCHOR_SENTENCE.findall(re.sub(r",(?=\S)", ", ", answer))
              for m in _SUBJECT.finditer(s) if _opens_clause(s[:m.start()], m.group(1))]
    if missing[0] == "result":
        found = [s[m.start():] for s, m in reversed(starts)
                 if m.group(1) in ("I", "i") and own_actions(" ".join(s[m.start():].split()[:3]))]
    elif missing[0] == "own_actions":
        found = [s[m.start():] for s, m in starts if m.group(1) in ("we", "We")]
    elif missing[0] == "substance":
        found = [s[m.start():] for s, m in starts]
    else:
        found = []
    return next((clause for text in found if (clause := _clause(text)) is not None), None)


_ZH_CLAUSE = re.compile(r"[^，,。！？；;!?、：:\n]+")
ANCHOR_ZH_CHARS = 30  # a quoted Chinese clause is at most this many characters (2.5 a word, as ANCHOR_WORDS)
ANCHOR_ZH_MIN_CHARS = 5  # and at least this many, "我负责了" says nothing to build on


def anchor_of_zh(answer: str, missing: Sequence[Missing]) -> str | None:
    """:func:`anchor_of` for a Chinese answer, whose clauses end at its commas and stops: the clause from its "我"
    (for missing own actions, from its "我们")."""
    clauses = [c.strip() for c in _ZH_CLAUSE.findall(re.sub(r"[“”\"]", "", answer))]
    if missing[0] == "result":
        found = [c[c.index("我"):] for c in reversed(clauses) if re.search(r"我(?!们)", c)]
    elif missing[0] == "own_actions":
        found = [c[c.index("我们"):] for c in clauses if "我们" in c]
    elif missing[0] == "substance":
        found = [c[c.index("我"):] for c in clauses if "我" in c]
    else:
        found = []
    for text in found:
        text = re.split(r"[(（]", text)[0].strip()  # a comma inside brackets ends no clause: cut before them
        if len(text) >= ANCHOR_ZH_MIN_CHARS and not text.endswith("是"):  # "我学到的是" leads up to the clause
            return text if len(text) <= ANCHOR_ZH_CHARS else text[:ANCHOR_ZH_CHARS] + "…"
    return None


def follow_up_question(missing: Sequence[Missing], question: str, language: Language = "en",
                       answer: str = "", *, knowledge: bool = False) -> str:
    """The follow-up a good interviewer asks about the first gap, naming it: ask again for a non-answer, bring an
    off-topic answer back to the question, ask for an example for a thin one (for a thin answer to a knowledge
    question, ``knowledge``: for the explanation and an example), and for a story without them, the candidate's own
    actions and the result, quoting the clause of ``answer`` it builds on (:func:`anchor_of`, :func:`anchor_of_zh`)."""
    texts = _FOLLOW_UPS[language]
    if knowledge and missing[0] == "substance":
        return texts["explanation"]
    if missing[0] == "relevance":
        asked = " ".join(question.split()).rstrip("?？.。!！ ")[:250]  # not "Give an example of your creativity.?"
        return f"{REDIRECTS[0]} {asked}?" if language == "en" else f"{REDIRECTS[1]}{asked}？"
    if missing[0] == "substance" or "own_actions" not in missing or "result" not in missing:
        text = texts[missing[0]]
    else:
        text = texts["own_actions+result"]
    if language == "zh":
        return f"你刚才说“{zh}”。{text}" if (zh := anchor_of_zh(answer, missing)) else text
    return f'You mentioned "{anchor}". {text}' if (anchor := anchor_of(answer, missing)) else text


# The questions every interview asks about the candidate's career: an answer to one of them given to a question about
# something else ("My biggest strength is probably that I stay calm ..." to a question on insulation testing, "Where I
# want to go next is an executive chef role ..." to one on a cookery diploma, 64 "fair" and not followed up) talks about
# something else, though it is about the candidate's own work and so near the topic's resume facts. Written from the
# standard questions, not from answers; what the answer or the question is near is judged by all-mpnet-base-v2.
STOCK_QUESTIONS = (
    "Why are you looking to leave your current job?", "Where do you see yourself in five years?",
    "What are your career goals?", "What are your greatest strengths?", "What is your biggest weakness?",
    "Why should we hire you?", "Why do you want to work here?", "What are your salary expectations?",
    "What is your proudest achievement?",
)
# The answer must be this much nearer such a question than to anything asked here, and the question asked no nearer
# than STOCK_NEAR to it ("Tell me about a failure" is 0.49 from "proudest achievement"). Chosen on the development
# answers (resume_answers.dev, resume_answers_nontech.dev, resume_answers_varied.dev): of the 232 to questions on a
# resume topic, these lines take 19 of 49 off-topic answers and 21 of 49 non-answers, no strong, adequate or vague one
# (to any question: 27 of 72 off-topic, 28 of 72 non-answers and one vague answer, "I am a team player, I communicate
# well" to "How do you work in a team?", 0.58 from "Why should we hire you?" and 0.53 from its question).
STOCK_MARGIN = 0.05
STOCK_NEAR = 0.4
# Only on a skill, project, job or school of the resume: to a behavioural or general question ("Why shouldn't I hire
# you?", "Give an example of a goal you didn't meet"), real answers tell strengths, weaknesses and goals (on followQG's
# fit split such real answers were nearer a stock question than to their own)
STOCK_EXPECTS: frozenset[Expects] = frozenset({"specifics", "studies"})


def answers_a_stock_question(embedder: Embedder, questions: Sequence[str], answer: str, here: float) -> bool:
    """Whether ``answer`` answers one of :data:`STOCK_QUESTIONS` that none of ``questions`` asks: nearer it than
    ``here`` (its relevance to what was asked) by :data:`STOCK_MARGIN`. The lines are all-mpnet-base-v2's: with
    another embedder (the unit tests' bag of words, whose cosines are of another scale) the answer is not judged so."""
    if getattr(embedder, "name", None) != RELEVANCE_MODEL:
        return False
    stock = embedder.encode(list(STOCK_QUESTIONS))  # (S, D)
    near = stock @ embedder.encode([answer])[0]  # (S,)
    best = int(near.argmax())
    asked = float((embedder.encode(list(questions)) @ stock[best]).max())
    return float(near[best]) > here + STOCK_MARGIN and asked < STOCK_NEAR


_NAME_PARTS = re.compile(rf"{JOB_AT}|,\s*|\s+[|–—/-]\s+|[()]")  # a topic's name in parts: title parts, employer


def tells_another_part(embedder: Embedder, question: str, answer: str, parts: Sequence[str],
                       asked: Sequence[str], topic: str | None) -> bool:
    """Whether ``question`` is about one of the topic's ``parts`` (:data:`FOCUS_MARGIN`) and ``answer`` is nearer
    another of them, one the question is not near, than to that part and to everything ``asked``, by
    :data:`ELSEWHERE_MARGIN` (or :data:`ELSEWHERE_MARGIN_NEAR` where it is near them already). The question's
    focus is judged without the topic's name, and must be near it (:data:`NEAR_HERE`): "What are you proudest of from
    your time at Tillpoint Payments?" is about no one fact, though it is 0.51 from the fact about card transactions
    and 0.16-0.27 from the others (0.29 and 0.03-0.09 without the name; questions about one fact are 0.52-0.88 from
    it)."""
    if len(parts) < 2:
        return False
    facts = embedder.encode(list(parts))  # (P, D)
    unnamed = question
    # each part of the name on its own: "What experience do you have with Senior Veterinary Nurse at Penylan
    # Veterinary Hospital?" of "Senior Veterinary Nurse, Theatre Lead at ..." is about no one fact (with the title's
    # words left in, it was about the student veterinary nurses coached, and a checklist story "something else")
    for name in filter(None, (part.strip() for part in _NAME_PARTS.split(topic or ""))):
        unnamed = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", unnamed, flags=re.IGNORECASE)
    near = facts @ embedder.encode([unnamed])[0]  # (P,)
    focus, second = np.argsort(-near)[:2]
    if near[focus] < NEAR_HERE or near[focus] - near[second] < FOCUS_MARGIN:
        return False
    # the facts it is not about: neither near ("Designed the service discovery layer" and "Automated the service
    # discovery layer" are one system, and an answer about the one answers a question about the other) nor named in it
    # ("what did you do to improve customer complaints and reduce scrap rates?" is nearer the scrap fact, 0.44 to 0.32)
    named = [w for w in key_terms(unnamed) if subject_word(w)]
    others = np.array([n < NEAR_HERE and not any(mentions(set(key_terms(fact)), w) for w in named)
                       for n, fact in zip(near, parts, strict=True)])  # (P,)
    if not others.any():
        return False
    said = embedder.encode([answer])[0]  # (D,)
    here = max(float(facts[focus] @ said), float((embedder.encode(list(asked)) @ said).max()))
    margin = ELSEWHERE_MARGIN_NEAR if here >= NEAR_HERE else ELSEWHERE_MARGIN
    return float((facts[others] @ said).max()) > here + margin


def clearly_on_topic(a: Assessment) -> bool:
    """Close to the question in meaning, or closer to it than to nearly every other interview question."""
    return a.relevance >= FLOOR_RELEVANCE or a.question_rank <= ON_TOPIC_RANK


def names_topic(answer: str, topic: str | None) -> bool:
    """Whether the answer names its resume topic's own subject: the skill, the project, or the organisation of a job
    ("Title at Organisation"). A story told about it is on it, however far its words are from a general question
    ("I ran git bisect over forty commits ..." was at cosine 0.23 from "How do you use Git in your development
    workflow?" and scored 42 with four tools and figures of its own)."""
    subject = topic_subject(topic or "")
    return len(subject) >= 2 and re.search(rf"(?<!\w){re.escape(subject)}(?!\w)", answer, re.I) is not None


class JudgedZh(BaseModel):
    """What the rules judge of a Chinese answer without a reference (:func:`judge_zh`)."""

    cap: float = 100.0  # the most the model's grade may give it
    assessment: Assessment | None = None  # what it lacks, if anything: a follow-up goes after it
    elsewhere: str | None = None  # the other project or employer it talks about instead


def judge_zh(answer: str, *, question: str, context: str | None, topic: str | None, expects: Expects,
             elsewhere: Sequence[str], words: int) -> JudgedZh:
    """Where no sentence embedder here judges Chinese relevance (evals/README.md), what rules can: on a resume
    project or job, an answer about another one of the interview's (:func:`names_other_zh`) is off topic; one that
    names no tool or figure the question did not is vague (:data:`SUBSTANCE_CAPS`); a story without the candidate's
    own actions or its result is capped as an English one is (:data:`STORY_CAPS`), and one with neither a situation
    nor an action of the candidate's tells habits and is asked for one real example. ``words`` is the answer's length
    in words (Han characters count one each)."""
    asked = [question, context or ""]
    if expects == "specifics":
        if other := names_other_zh(answer, topic, elsewhere, asked):
            return JudgedZh(cap=OFF_TOPIC_CAP, elsewhere=other, assessment=Assessment(
                relevance=0.0, relevance_rank=1.0, attempt=True, words=words, missing=["relevance"]))
        # the topic's resume facts count where the answer develops them, as in English (:func:`develops`)
        named = specifics_zh(answer, [question, topic or ""] if develops_zh(answer) else asked)
        if len(named) in SUBSTANCE_CAPS:
            return JudgedZh(cap=SUBSTANCE_CAPS[len(named)], assessment=Assessment(
                relevance=0.0, attempt=True, words=words, specifics=named, missing=["substance"]))
    elif expects == "story":
        star = star_parts_zh(answer)
        parts: tuple[tuple[Missing, str], ...] = (("own_actions", "action"), ("result", "result"))
        lacking = [gap for gap, part in parts if part not in star]
        if "situation" not in star and "action" not in star:
            # habits, not a story ("遇到冲突的时候我会先冷静下来，多听听别人的想法"): "在那件事里，你自己具体
            # 做了哪些事？" would ask about a time it never told; ask for one
            return JudgedZh(cap=STORY_CAPS[2], assessment=Assessment(
                relevance=0.0, attempt=True, words=words, star=star, behavioural=True,
                missing=["substance", *lacking]))
        if lacking:
            return JudgedZh(cap=STORY_CAPS[len(lacking)], assessment=Assessment(
                relevance=0.0, attempt=True, words=words, star=star, behavioural=True, missing=lacking))
    return JudgedZh()


class AssessHead(LinearHead):
    """A fitted logistic head: standardise the features it was fitted on, then 100 * sigmoid of a linear map."""

    l2: float
    follow_up_score: float = FOLLOW_UP_SCORE
    off_topic_relevance: float = OFF_TOPIC_RELEVANCE
    off_topic_rank: float = OFF_TOPIC_RANK
    embedding_model: str = EMBEDDING_MODEL  # the sentence embedder its relevance features were computed with
    _embedder_factory: Callable[[], Embedder] = PrivateAttr(default=MiniLM)
    _embedder: Embedder | None = PrivateAttr(default=None)
    _others: np.ndarray | None = PrivateAttr(default=None)
    _vectors_dir: Path | None = PrivateAttr(default=None)  # where the embedded bank questions are kept (encode_kept)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)  # sessions score from threads

    @property
    def uses_lm(self) -> bool:
        return "lm_grade" in self.features

    def use_embedder(self, factory: Callable[[], Embedder], vectors_dir: Path | None = None) -> AssessHead:
        self._embedder_factory, self._embedder, self._vectors_dir = factory, None, vectors_dir
        return self

    def embedder(self) -> tuple[Embedder, np.ndarray]:
        """The embedder and the embedded bank questions, made on the first answer (one model, however many
        sessions reach it at once)."""
        with self._lock:
            if self._embedder is None or self._others is None:
                self._embedder = self._embedder_factory()
                self._others = encode_kept(self._embedder, other_questions(), self._vectors_dir)
            return self._embedder, self._others

    def score_rows(self, x: np.ndarray) -> np.ndarray:
        """x (N, 9) in the order of FEATURES -> 0-100 (N,), using the columns the head was fitted on."""
        cols = [FEATURES.index(f) for f in self.features]
        z = (x[:, cols] - np.asarray(self.mean)) / np.asarray(self.scale)  # (N, F)
        return 100.0 / (1.0 + np.exp(-(z @ np.asarray(self.weights) + self.bias)))

    def assess(self, question: str, answer: str, lm_grade: float | None = None, *, opening: str | None = None,
               context: str | None = None, expects: Expects = "any",
               elsewhere: Sequence[str] = (), draws_on: Sequence[str] = (), earlier: Sequence[str] = (),
               topic: str | None = None, evidence: Callable[[Sequence[str]], float | None] | None = None,
               parts: Sequence[str] = (), job: str | None = None) -> tuple[float, Assessment]:
        """The 0-100 score and what it saw. ``lm_grade`` (0-5) is needed only when the head uses it. The answer's
        relevance is the best against what was asked: the question; for a follow-up, ``opening``, the question that
        opened the topic (a follow-up such as "Is there a related experience?" names no subject of its own); and
        ``context``, the topic and its resume facts (a model-written question can be worded oddly, "How did you
        reduce the generator from Java to Java?", and the candidate answers about the project it means).
        ``expects`` says what the topic asks for: "specifics" for a skill, project or job of the resume, where an
        answer that names nothing the question did not already name is capped (:data:`SUBSTANCE_CAPS`); "story" for
        a behavioural theme, read as a STAR story whatever the question's wording, like a question that asks for one
        ("Tell me about a time"), and capped by the STAR parts it lacks (:data:`STORY_CAPS`). ``elsewhere`` are the
        interview's other topics with their resume facts: an answer closer to one of them than to anything asked here
        by :data:`ELSEWHERE_MARGIN` is about another project or job (``relevance_rank`` 1). ``draws_on`` are, for
        the target role, the candidate's projects and jobs: "Why this role, and what would you bring?" is answered
        from them (a strong answer about the candidate's evaluation pipeline was at cosine 0.28 from the question, a
        claim of passion at 0.47), so they count for relevance like the question, and naming their tools and figures
        counts as substance: they are what the candidate brings (a strong answer citing its own resume's Compose
        rewrite and crash-free figures was capped at 55 as naming "nothing new", seen in a browser interview).
        The follow-up to a non-answer ("Is there a related experience ...?") draws on them too.
        ``earlier`` are, for a follow-up, the answers so far on its topic that stayed on it: a follow-up asking for
        the result or the candidate's own part is answered with the rest of that story ("After that, month-end
        closes finished on time for the next six months"), which need not be near the topic's question, so they
        count for relevance like the question. ``topic`` names the theme or soft skill whose words keep a story on
        it (:func:`story_cues`; by default the context). ``evidence`` gives the language model's evidence that the
        answer responds to the best of the given prompts (:data:`EVIDENCE_MIN`; asked with the questions, then with
        the context); None where there is no model to ask, or it could not be measured. ``parts`` are the topic's
        resume facts one by one (a job's achievements): an answer to a question about one of them that tells another
        (:data:`FOCUS_MARGIN`) talks about something else. ``job`` is a job's "Title at Employer", which the evidence
        is also asked with."""
        # A follow-up of this module's own ("Can you give me one specific example: what did you do yourself, with
        # which tools or people?") names no subject: any story would fit it, so the topic is judged by what opened it.
        generic = opening is not None and template_of(question) is not None
        questions = [*([] if generic else [question]), *([opening] if opening else [])]
        asked = [*questions, *([context] if context else [])]
        named_here = [*questions, *([topic] if topic else [])]  # what was asked, without the topic's resume facts
        rows = [(text, answer) for text in [*asked, *draws_on, *earlier]]
        both = features(rows, *self.embedder(), [lm_grade] * len(rows))  # (R, 9)
        # against the questions alone: a context row lists the resume's facts, which any answer about the candidate's
        # work is near (rank 0.0 for a caching story against an HTML5 skill's "Skills: HTML5, CSS3, J2EE, ...")
        question_rank = float(both[: len(questions), FEATURES.index("relevance_rank")].min())
        x = both[:1].copy()
        for name, best in (("relevance", np.max), ("relevance_rank", np.min), ("question_words", np.max),
                           ("on_topic_words", np.max)):
            x[0, FEATURES.index(name)] = best(both[:, FEATURES.index(name)])
        if any(SELF_INTRODUCTION.search(q) for q in (question, opening or "")) and INTRODUCES_SELF.search(answer):
            x[0, FEATURES.index("relevance")] = max(float(x[0, FEATURES.index("relevance")]), FLOOR_RELEVANCE)
            x[0, FEATURES.index("relevance_rank")] = question_rank = 0.0
            x[0, FEATURES.index("on_topic_words")] = float(x[0, FEATURES.index("relevance")]
                                                           * x[0, FEATURES.index("log_words")])
        if elsewhere:
            embedder = self.embedder()[0]
            there = embedder.encode(list(elsewhere)) @ embedder.encode([answer])[0]  # (E,)
            here = float(x[0, FEATURES.index("relevance")])
            # or closer at all, and naming that project or job where nothing asked here names it ("At Uber I moved
            # the rider-feedback dashboard to React", asked about the Gotham Event Planner, a MERN app like the
            # Uber job: cosine 0.33 to the job, 0.30 to the project; bruce_wayne_fullstack.pdf)
            margin = ELSEWHERE_MARGIN_NEAR if here >= NEAR_HERE else ELSEWHERE_MARGIN
            if float(there.max()) > here + margin or any(
                    near > here and names_other(answer, text, asked) for near, text in zip(there, elsewhere,
                                                                                          strict=True)):
                x[0, FEATURES.index("relevance_rank")] = 1.0
        if tells_another_part(self.embedder()[0], questions[-1], answer, parts, [*questions, *earlier], topic):
            x[0, FEATURES.index("relevance_rank")] = 1.0
        if expects in STOCK_EXPECTS and not draws_on and answers_a_stock_question(
                self.embedder()[0], questions, answer, float(x[0, FEATURES.index("relevance")])):
            x[0, FEATURES.index("relevance_rank")] = 1.0
        if self.uses_lm and lm_grade is None:
            raise ValueError("this assessment head needs the language model's rubric grade")
        score = float(self.score_rows(x)[0])
        values, own, specifics, star = text_features(answer)
        assessment = Assessment(relevance=round(float(x[0, 0]), 4), relevance_rank=round(float(x[0, 1]), 4),
                                question_rank=round(question_rank, 4),
                                attempt=not values[0], words=len(answer.split()),
                                own_actions=own[:5], specifics=specifics[:8], star=star, lm_grade=lm_grade,
                                # "Can you give an example of a curry function ...?" asks for code, not a story
                                behavioural=expects == "story" or (expects != "knowledge"
                                                                   and bool(BEHAVIOURAL.search(question))))
        cues = story_cues(topic or context or "") if expects == "story" else None
        if cues is not None and cues.search(answer):
            assessment = assessment.model_copy(update={"on_theme": True})
        if (evidence is not None and expects in EVIDENCE_EXPECTS and not draws_on and not earlier
                and assessment.attempt and not self.off_topic(assessment) and not names_topic(answer, topic)
                and assessment.relevance < NEAR_HERE and not tells_nothing(answer, named_here)):
            # (a claim that tells nothing is vague, not about something else: "I think supervision is really about
            # communication and being there for people", -2.0 nats from a question on supervising two clinical
            # fellows, was told it talked about something else; the substance cap below judges it)
            # what was asked, and what the topic is: an answer that echoes the question's words ("The biggest change
            # I made myself last year was cycling to work", 17 nats from "Can you walk me through one CATIA V5 change
            # you made yourself?") gains nothing from the topic's resume facts
            lent = evidence(questions)
            if lent is not None and context:
                facts = evidence([context])
                # or, for a job, what it is by its title and employer alone (EVIDENCE_JOB_DISCOUNT)
                named = evidence([job]) if job and facts is not None else None
                if facts is not None and named is not None:
                    facts = max(facts, named - EVIDENCE_JOB_DISCOUNT)
                lent = None if facts is None else min(lent, facts)
            assessment = assessment.model_copy(update={"evidence": None if lent is None else round(lent, 2)})
            if lent is not None and lent < EVIDENCE_MIN:  # fluent, even specific, but not what this question asks about
                assessment = assessment.model_copy(update={"relevance_rank": 1.0})
        if not assessment.attempt:
            score = min(score, NON_ANSWER_CAP)
        elif self.off_topic(assessment):
            score = min(score, OFF_TOPIC_CAP)
        elif assessment.behavioural:
            score = min(score, STORY_CAPS.get(len({"action", "result"} - set(star)), 100.0))
            claim = tells_nothing(answer, named_here)
            if claim:  # a story of no event: "I work well under pressure. I prioritise, stay focused"
                score = min(score, SUBSTANCE_CAPS[0])
            if assessment.on_theme and "situation" not in star:  # the theme's own situation, told in its words
                star = ["situation", *star]
                assessment = assessment.model_copy(update={"star": star})
            if len(star) == len(STAR_PARTS) and (assessment.on_theme or clearly_on_topic(assessment)) and not claim:
                score = max(score, FLOOR)
        elif expects == "studies":
            # "university gave me a good grounding in the theory of civil engineering and helped me develop lots of
            # useful skills" scored 91; modules and a dissertation are what such answers name, mostly in lower case
            if tells_nothing(answer, named_here):
                score = min(score, SUBSTANCE_CAPS[0])
            assessment = assessment.model_copy(update={"specifics": new_specifics(answer, named_here)[:8],
                                                       "studies": True})
        elif expects == "knowledge":
            terms = own_terms(answer, named_here)
            score = min(score, next((cap for fewer, cap in KNOWLEDGE_CAPS if len(terms) < fewer), 100.0))
            # "It names CSS" was said of "You can hide it with CSS in a few ways", asked on the CSS topic
            assessment = assessment.model_copy(update={"terms": terms[:8],
                                                       "specifics": new_specifics(answer, named_here)[:8]})
        elif expects == "specifics":
            # The topic's resume facts are the candidate's own: naming them is no substance ("At Veldhoven I worked a
            # lot with 8D and SPC"), but a story that develops them is ("14 complaints a quarter ... I led the 8D team,
            # I ran a fishbone ... Complaints fell to 3 per quarter" was capped at 55 as naming one new thing, in a
            # browser interview on a quality engineer's resume). Restating the question still is none.
            new = new_specifics(answer, named_here if develops(answer) else asked)
            terms = own_terms(answer, named_here)
            if not describes_steps(own, terms):
                cap = SUBSTANCE_CAPS.get(len(new), 100.0)
                if len(terms) >= DETAIL_TERMS:  # the trade's own words, named or not
                    cap = max(cap, SUBSTANCE_CAPS[1])
                score = min(score, cap)
            if len(new) >= FLOOR_SPECIFICS and own and (clearly_on_topic(assessment) or names_topic(answer, topic)):
                score = max(score, FLOOR)
            assessment = assessment.model_copy(update={"specifics": new[:8]})
        # A follow-up that asked what the story so far lacked (its result, the candidate's own part), answered with
        # it: the story is now told whole, and judged so ("After that, month-end closes finished on time for the next
        # six months", answered to 'You mentioned "I wrote a replay tool". What was the result in the end?', scored
        # 52 and was told it lacked "one concrete example with your own part in it": modern-two-column.pdf).
        # a result word or a figure that measures: a count ("two engineers") is no result, though STAR_PARTS counts it
        shows_result = bool(_RESULT.search(answer) or any(measured(f) for f in figures_in(answer)))
        gives = {"result": shows_result, "own_actions": bool(own)}
        asked_for = _STORY_ASKS.get(template_of(question) or "", ())
        completed = (bool(earlier) and bool(asked_for) and all(gives[part] for part in asked_for)
                     and assessment.attempt and not self.off_topic(assessment) and clearly_on_topic(assessment))
        if completed:  # and its STAR parts are the whole story's, so that feedback does not ask for what it told
            score = max(score, FLOOR)
            # the follow-up asked about "that situation": the answer before it set the scene, in whatever words ("When
            # the city added the ultrafiltration expansion, we worked with ..." was told to "add the situation in a
            # sentence" after its follow-up, terminal, 2026-12-07)
            whole = {*star_parts(" ".join([*earlier, answer])), "situation"}
            assessment = assessment.model_copy(update={"star": [p for p in STAR_PARTS if p in {*star, *whole}]})
        missing = [] if completed else self.gaps(assessment, score)
        if missing == ["relevance"] and says_nothing_specific(answer, asked):
            missing = ["substance"]  # vague, not about something else: ask for an example, not the question again
        elif (missing == ["substance"] and label_for(score) != "poor" and assessment.words >= THIN_WORDS
              and len([a for a in own if told(a)]) >= STEPS and not says_nothing_specific(answer, asked)
              and not shows_result):
            # It tells, step by step and in words of its own, what the candidate did ("I traced the bug to a race
            # condition in the upload service and I rewrote the locking"): asking it for "one specific example"
            # asks for what it gave. What it lacks is what came of it (seen in a terminal interview on
            # richard_hendriks.docx). A "poor" one misses more than that, and habits ("I write SQL for reporting,
            # I check query plans") have no end to ask about.
            missing = ["result"]
        elif (missing[:2] == ["substance", "own_actions"] and label_for(score) != "poor"
              and len([a for a in actions_in(answer) if a.lower().startswith("we ") and told(a)]) >= STEPS
              and not says_nothing_specific(answer, asked)):
            # The same for a story told as "we" ("We split the work, we retrained the model on fresh data and we
            # shipped it on time"): it is an example, and what it lacks is the candidate's own part (seen in a
            # terminal interview on harvey_dent_mle.pdf, asked for "one specific example").
            missing = missing[1:]
        rate = filler_rate(answer)
        lost = filler_points(rate) if assessment.attempt and "relevance" not in missing else 0.0
        return max(0.0, score - lost), assessment.model_copy(update={
            "missing": missing, "fillers_per_100": round(rate, 1), "filler_points": round(lost, 1)})

    def off_topic(self, a: Assessment) -> bool:
        """Far from the question in meaning (yet not closer to it than to nearly every other question,
        :data:`ON_TOPIC_RANK`), or closer to most other interview questions than to this one, unless it speaks to the
        behavioural theme asked about in that theme's own words (:data:`THEME_CUES`)."""
        far = a.relevance < self.off_topic_relevance and a.question_rank > ON_TOPIC_RANK
        return not a.on_theme and (far or a.relevance_rank > self.off_topic_rank)

    def gaps(self, a: Assessment, score: float, *, relevance: bool = True) -> list[Missing]:
        """What the answer lacks, most important first: an attempt; relevance to the question (``relevance``:
        False where a reference answer judges that instead); substance (thin, or scored below the follow-up
        line); for a story, the candidate's own actions and the result."""
        if not a.attempt:
            return ["attempt"]
        if relevance and self.off_topic(a):
            return ["relevance"]
        missing: list[Missing] = []
        if a.words < THIN_WORDS or score < self.follow_up_score:
            missing.append("substance")
        if a.behavioural and "action" not in a.star:
            missing.append("own_actions")
        if a.behavioural and "result" not in a.star:
            missing.append("result")
        return missing

# The sign each weight must have: substance can only raise a score (on the contrast data alone these features are
# collinear with length and came out negative, which would mark down the answer that names its tools and figures).
SIGNS = {"relevance": 1, "relevance_rank": -1, "question_words": 1, "non_answer": -1, "log_words": 1,
         "own_actions": 1, "specifics": 1, "star": 1, "on_topic_words": 1, "lm_grade": 1}


CALIBRATION_L2 = 1.0  # keeps the scale finite where real answers and twins separate completely


def fit_assess_head(x_real: np.ndarray, x_twin: np.ndarray, *, use_lm: bool = False, l2: float = 10.0,
                    trained_on: str = "") -> AssessHead:
    """Fit on matched pairs: x_real (N, 9) the real answers' features in the order of FEATURES, x_twin (N, 9) those
    of a degraded twin of each. The weights come from a logistic regression on the pairs' differences (both ways
    round), so they rank each real answer above its own twin rather than separate long answers from short ones; a
    feature whose weight comes out with the wrong sign (:data:`SIGNS`) is dropped and the rest refitted. Then a
    one-feature logistic regression of real against twin on the ranking score sets the scale and the bias of
    100 * sigmoid, so that the score reads as P(a real answer to this question). ``use_lm`` keeps ``lm_grade``
    (every row must have it)."""
    kept = list(FEATURES if use_lm else BASE_FEATURES)
    if np.isnan(x_real[:, [FEATURES.index(f) for f in kept]]).any():
        raise ValueError("every row needs every feature the head is fitted on (lm_grade missing?)")
    while True:
        cols = [FEATURES.index(f) for f in kept]
        diff = x_real[:, cols] - x_twin[:, cols]  # (N, F)
        _, scale, weights, _ = fit_logistic(np.vstack([diff, -diff]), np.r_[np.ones(len(diff)), np.zeros(len(diff))],
                                            l2)
        raw = weights / scale  # (F,) per unit of each feature
        wrong = [f for f, w in zip(kept, raw, strict=True) if SIGNS[f] * w < 0]
        if not wrong:
            break
        kept.remove(min(wrong, key=lambda f: SIGNS[f] * raw[kept.index(f)]))
    ranking = np.r_[x_real[:, cols] @ raw, x_twin[:, cols] @ raw][:, None]  # (2N, 1)
    mean, spread, slope, bias = fit_logistic(ranking, np.r_[np.ones(len(diff)), np.zeros(len(diff))],
                                             CALIBRATION_L2)
    a = float(slope[0] / spread[0])
    return AssessHead(features=kept, mean=[0.0] * len(kept), scale=[1.0] * len(kept), weights=(a * raw).tolist(),
                      bias=bias - a * float(mean[0]), l2=l2, trained_on=trained_on, n=2 * len(diff))


def load_assess_head(settings: Settings) -> AssessHead | None:
    """The head beside the Scorer adapter (``<adapters>/scorer/assess_head.json``), unless turned off or absent."""
    head = load_head(AssessHead, settings, "scorer", ASSESS_HEAD_FILE, settings.assess_head, None)
    if head is not None and not set(head.features) <= set(FEATURES):
        raise ValueError(f"the assessment head was fitted on {head.features}; this code computes {list(FEATURES)}")
    if head is None:
        return None
    return head.use_embedder(embedder_for(head.embedding_model, settings.shared_models_dir), settings.vectors_dir)
