"""Asides: what a candidate says to the interviewer instead of an answer, and the interviewer's reply.

A candidate who asks "Sorry, do you mean the chemistry model or how the students use it?" has not answered badly: they
have not answered yet. Before this, such a request was scored as an answer (45, "weak", and a generic follow-up), a
question about the team ("how big is the team I'd join?") 44 with feedback about tools and figures, and both went
into the report's improvements. An interviewer clarifies the question, puts a question about the job aside for the
end, or lets the candidate think; so does :func:`reply_to`, and the question stays open, unscored and uncounted
(``agent/nodes/await_answer.py``), at most :data:`MAX_ASIDES` times a question: the next reply is the answer.

Five kinds. An answer in the other language is one whatever it says; the others only where nothing in the reply
could be an answer: every sentence is a request, a question, a remark ("Sorry.", "That's a tough one.",
:data:`REMARK`) or a short reason without a figure or anything the candidate did ("The line cut out."); nothing asks
to skip the question (a non-answer, agent/assess.py); at most :data:`MAX_ASIDE_WORDS` words. Chinese has patterns of
its own (:data:`CLARIFY_ZH` ...), where what is left once the request, fillers and punctuation are out must be short.

- ``clarify``: a request to repeat, rephrase or clarify the question (:data:`CLARIFY`): the question again, and the
  same question put another way from the topic (:func:`rephrased`), "either is fine" where the candidate offered two
  readings;
- ``question``: a question of the candidate's own to the interviewer, about the job, the team or the process
  (:data:`ADDRESSED`): kept for the end, the question again;
- ``moment``: a request for a moment to think and nothing else (:data:`MOMENT`);
- ``language``: an answer in the other language than the interview's (:func:`other_language`): asked again, in the
  interview's language; scored as it is after :data:`MAX_ASIDES`;
- ``permission``: asking what the example may be ("Can I use one from volunteering?", :data:`PERMISSION`): yes, any
  real one that shows what the candidate did.

The patterns were written from what candidates say in interviews, then corrected on batches of replies written by
helpers who read no code, each measured once before it was read (``evals/data/asides.README.md``; ``mockinterview
eval evals/data/asides.test.jsonl``); how often real answers trip them is measured on the answers of the eval files
(``evals/README.md``).
"""

from __future__ import annotations

import re
from typing import Literal

from agent.assess import without_redirect
from agent.state import Language, Topic, school_name, topic_subject
from agent.untrusted import cjk_share

AsideKind = Literal["clarify", "question", "moment", "permission", "language"]

MAX_ASIDES = 2  # a question's asides before the next reply is taken as the answer
MAX_ASIDE_WORDS = 45  # longer replies are answers (or answers with a question in them)
MAX_ASIDE_CHARS_ZH = 60

CLARIFY = re.compile(
    r"\b(?:could|can|would|will|may) (?:you|u) (?:please |just |maybe )?(?:repeat|rephrase|reword|clarify|explain|"
    r"elaborate|expand|say (?:that|it|this) (?:again|once more)|ask (?:that|it|this) (?:again|once more)|"
    r"be (?:a bit |a little )?more specific|give (?:me )?(?:an example|some context|a bit more context)|"
    r"put (?:that|it|this) (?:another|differently)|tell me what you mean)|"
    r"\bwhat (?:do|did) (?:you|u) mean\b|\b(?:do|did) (?:you|u) mean\b|\byou mean\b.*\?|"
    r"\bwhat (?:exactly )?(?:are you|is (?:the|this|that) question) (?:asking|looking for|getting at)\b|"
    r"\bare you asking\b|\bwhat (?:was|is) the question\b|\bwhen (?:you|u) say\b|\b(?:did|do) (?:you|u) say\b|"
    r"\b(?:are you|you'?re|you are) (?:referring|talking|thinking|asking) (?:to|about|of)\b.*\?|"
    r"\breferring to\b.*\?|\bis (?:this|that|it|the question) (?:about|asking about|referring to)\b.*\?|"
    r"\b(?:you want|you'?re looking for|you are looking for|you'?d like)\b.*\?|"
    r"\bjust to (?:make sure|be sure|clarify|confirm|check)\b.*\?|"
    r"\bwhat (?:does|do|is) [\w' -]{1,30} mean\b.*\?|\bwhat is meant by\b|"
    r"\bthe (?:second|first|last|other) (?:half|part|bit) of (?:the|your) question\b|"
    r"\bi missed (?:the (?:last|first|second|end|start|middle) (?:part|half|bit)|that|what you said|the question|"
    r"part of (?:it|that|the question))\b|"
    r"\b(?:i'?m |i am )?not (?:sure|clear) (?:what|which|if|whether) (?:you(?:'re| are)? |the question |you want\b)|"
    r"\bnot sure i (?:follow|understand|get)\b|"
    r"\bi (?:don'?t|do not|didn'?t|did not) (?:quite |really |fully |totally )?(?:understand|get|follow|catch|hear) "
    r"(?:the|your|this) (?:question|last part)\b|"
    r"\bi (?:don'?t|do not|didn'?t|did not) (?:quite |really |fully |totally )?(?:understand|get|follow|catch|hear)"
    r"(?: (?:that|you|it|what you (?:mean|meant|said|asked)))?\W*$"
    r"|\b(?:do|would) you (?:want|like) me to\b|\bshould i (?:talk|focus|speak|answer|describe|pick|choose|start|"
    r"explain|tell)\b|\bwhich (?:one|part|project|job|role|aspect|team|time|of (?:them|those|the))\b.*\?|"
    r"\b(?:come again|pardon(?: me)?|say (?:that )?again)\b|\b(?:once more|one more time|again)(?: please)?\W*\?|"
    r"\bsay (?:that|it|this)(?: \w+)? (?:again|once more|(?:a bit |a little )?(?:more slowly|slower|louder|"
    r"more loudly))|"
    r"\b(?:speak|talk) (?:a bit |a little )?(?:louder|slower|more slowly|up)\b|\bwhat was that\W*\?|"
    r"\b(?:at|about|for|of|with|in|to|on|by|from) what\W*\?$|^\W*(?:sorry\W+)?[\w'-]+ what\W*\?$|"
    r"^\W*(?:sorry\W+)?what(?:'s| is| are| does)(?: [\w'-]+){1,3}\W*\?$|\bmeaning\b.*\?$|"
    r"^\W*(?:sorry|pardon|excuse me|what|huh|eh)(?:\W+(?:what|huh|eh))?\W*\?|"
    r"^\W*(?:sorry\W+)?(?:(?:a bit |a little )?louder|slower|(?:more )?slowly|again)(?: please)?\W*\?|"
    r"\bwhat was the (?:first|second|last|other) (?:one|part|word|bit)\b|^\W*(?:sorry\W+)?what was that\b|"
    r"\bwhat does (?:that|it|this|\w+) stand for\b|\bwhat (?:was|is) the word\b|"
    r"\b(?:not sure|(?:don'?t|do not) know) what (?:that|this|it) (?:is|means)\b|"
    r"\b(?:don'?t|do not) know (?:that|this|the) (?:word|term|acronym)\b|"
    r"\bis (?:that|this|it) (?:like|the same as|a kind of|to do with)\b.*\?|\bof (?:who|whom)\W*\?$|"
    r"\bin (?:which|what) (?:context|sense|way)\b.*\?",
    re.IGNORECASE,
)
# A question of the candidate's own: a sentence in a question's form (it opens with a question word or an auxiliary
# verb, not "I used Kafka?" said with a rising tone) about the job, the team or the process ("How big is the team?",
# "Who would I be reporting to?", "is relocation required for this job").
INTERROGATIVE = re.compile(
    r"^\W*(?:(?:so|and|but|uh+|um+|sorry|ok(?:ay)?|well|also|actually|just|like|quick question|one question|"
    r"before (?:we|i) (?:go (?:on|further)|continue|answer|start|begin|do)|before that|can i ask|may i ask|"
    r"quick one(?: first)?|one thing first|"
    r"i'?d like to ask|i'?m curious|i was wondering|i wonder(?: if)?|out of curiosity|one more thing)\W+)*"
    r"(?:how|what(?:'s)?|who|whom|whose|when|where|which|why|is|are|was|were|does|do|did|will|would|can|could|"
    r"should|shall|may|has|have)\b",
    re.IGNORECASE,
)
# The same without a question mark, where an answer's fragment could open alike ("when you find the voltage"): a
# question word before an auxiliary verb, or an auxiliary verb before its subject ("what does the on-call look like").
_AUX = r"(?:is|are|was|were|does|do|did|will|would|can|could|should|shall|may|must|has|have)"
UNMARKED_QUESTION = re.compile(
    r"^\W*(?:(?:so|and|but|uh+|um+|sorry|ok(?:ay)?|well|also|actually|just|like|before that|quick question)\W+)*"
    rf"(?:(?:how|what|who|when|where|which|why)(?: [\w'-]+){{0,4}} {_AUX} (?:you|i|we|they|it|the|there|this|that)\b|"
    rf"(?:how|what|who|when|where|which|why) {_AUX}|{_AUX} (?:you|i|we|the|this|that|there|it|they|your|our)|"
    r"what'?s|who'?s|how'?s|where'?s)\b",
    re.IGNORECASE,
)
ADDRESSED = re.compile(
    r"\b(?:you|your|u|ur|y'all|(?:the|this|your) (?:team|company|role|position|job|office|salary|pay|process|"
    r"interview|department|manager|stack|hours|contract|start date|unit|ward|firm|organi[sz]ation|store|site|school|"
    r"clinic|hospital|restaurant|kitchen|shifts?|business|group|product)|here|salary|pay|commission|bonus|benefits|"
    r"remote|hybrid|relocat\w*|on-?call|hours|shifts?|overtime|next steps?|would i|will i|i'?d be|i would be|"
    r"can i ask|may i ask|i'?d like to ask|before i answer)\b",
    re.IGNORECASE,
)
_UNITS = r"(?:moment|minute|second|sec)s?"
# Asking what an example may be ("Can I use one from volunteering?", "Does it have to be from work?"): a question about
# the answer, not about the job. Where the example comes from may be said in a sentence of its own ("My best example is
# from the navy. Would that be relevant?"): the source is looked for in the whole reply, the request in a sentence.
PERMISSION_SOURCE = re.compile(
    r"\b(?:examples?|story|stories|projects?|situations?|experiences?|instances?|cases?|ones?|hypothetical(?:ly)?|"
    r"scenarios?|something|things?|(?:from|in) (?:work|outside|university|uni|school|college|volunteering|my|home|"
    r"teaching|retail|when|before|a|an|there|that)|my (?:time|years|days) (?:in|at|as|with)|when i was|"
    r"(?:years|ages|a while|a long time) ago|(?:personal|non[- ]work|outside[- ]work)|"
    r"(?:work|professional|personal|tech|technical|academic|paid|formal) (?:context|setting|capacity|job|role))\b",
    re.IGNORECASE,
)
PERMISSION = re.compile(
    r"(?!.*\b(?:can|could|may) i ask\b)"
    r"(?=.*\b(?:ok(?:ay)?|alright|all right|fine|acceptable|accept|count|matter|allowed|have to|need to|must|"
    r"(?:can|could|may) (?:i|it)|should (?:it|i)|reuse|use|draw|drew|pull from|talk about|work[- ]related|"
    r"is anything|qualify|(?:be|is) (?:enough|relevant|valid)|work for you|what if|possible|prefer|too old|"
    r"(?:would|will|does|could) (?:that|this|it|one|something) (?:\w+ )?(?:work|do)|which (?:one|would))\b)",
    re.IGNORECASE,
)
# A request said without a question mark, as in a transcript: asked in its form, or ending on what it asks
_OPENING = r"^\W*(?:(?:uh+|um+|erm+|so|and|but|sorry|ok(?:ay)?)\W+)*"  # fillers before a sentence's first word
PERMISSION_UNMARKED = re.compile(
    rf"{_OPENING}(?:what if|is (?:a|an|it|that|this)|would|could|can|does|do|should|must|may|might)\b|"
    r"\b(?:count|work|do|fine|ok(?:ay)?|alright|acceptable|relevant|better|prefer)\W*$",
    re.IGNORECASE,
)
_WH_QUESTION = re.compile(rf"{_OPENING}(?:how|what(?! if\b| about\b)|who|where|why)\b", re.IGNORECASE)
_PERMISSION_WORDS = 28  # "Would it be alright to use an example from my time as team captain at rugby, or would ..."
_CONTEXT_WORDS = 25  # beside a request, where the example is from ("Most of my leadership is from Scouts, where ...")
_FIGURE = re.compile(r"%|\b(?!(?:19|20)\d\d\b)\d")  # a figure, not a year ("from my job in 2015")
PERMISSION_ZH = re.compile(r"(?:可以|能不能|能否|可不可以|是否可以|行不行|能用|可以用|可以讲|可以说).{0,20}"
                           r"(?:例子|经历|项目|事情|情况)|(?:例子|经历|项目|事情).{0,20}(?:可以吗|行吗|可不可以|必须是|一定要|非得)")
# A request for time to think: a short sentence (MOMENT_WORDS) around one of these, telling nothing
MOMENT = re.compile(
    r"\b(?:(?:can|could|may|do you mind if|is it ok(?:ay)? if|mind if) i (?:have|take|get|think)\b|"
    rf"(?:give|let) me (?:just )?(?:(?:a|one|a few|a couple(?: of)?) {_UNITS}|think|pause|gather|collect)|"
    rf"(?:just |only )?(?:a|one) {_UNITS}\b|i need (?:a|one|a few|some|a couple(?: of)?) {_UNITS}|hold on|"
    r"bear with me|hang on|(?:jot|write|take|make) (?:a few |some |a couple of |quick )?notes|"
    r"(?:sketch|write|jot|draw|note) (?:it|them|this|that|something|a few things) (?:out|down))",
    re.IGNORECASE,
)
MOMENT_WORDS = 14
OTHER_LANGUAGE_WORDS = 6
_UNMARKED_WORDS = 20  # a longer sentence without punctuation is an answer said on ("do you want the sales one okay so")
_STATED_REQUEST_WORDS = 10  # a request to clarify without a question mark: "sorry i didnt catch all of it"
# A sentence of nothing but fillers and remarks beside a request ("Sorry.", "Wow, okay.", "That's a tough one.")
REMARK = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|um+|uh+|hmm+|er+|sorry|so|right|well|oh|wow|gosh|alright|yeah|yes|sure|thanks|thank you|"
    r"good|great|tough|hard|tricky|interesting|nice|that'?s|it'?s|a|an|one|question|me|excuse|ha|haha|broad|big|"
    r"fair|deep|loaded|nerves)\W*)+$",
    re.IGNORECASE,
)
# A short reason beside a request ("The line cut out a bit.", "I want to pick the right example."): a few words about
# the question, the answer or the call, no figure, nothing the candidate did ("I'd start with the slow query log" after
# "Let me think..." is an answer).
_REASON_WORDS = 15
_REASON = re.compile(r"\b(?:question|answer|example|thoughts?|sure|right|connection|line|audio|sound|signal|mic|"
                     r"microphone|video|call|hear|heard|cut|dropped|lag\w*|froze|frozen|nervous|blank|mind|understand|"
                     r"misread|misunderstood|catch|caught|missed|follow|mean|meant|word|term|noise|noisy|echo|loud|"
                     r"louder|quiet|slowly|slower|english|familiar|phrase|broad|pick|choose|either|angle|after|"
                     r"depends|changes|headphones?|earphones?|phone|internet|wifi|freez\w*|choppy|died|breaking|first|"
                     r"curious|wondering|factor|picture|idea|sense|trying|deciding|matters?|important|interested|"
                     r"asking|ask|asked|reason)\b", re.IGNORECASE)
# Beside a question of the candidate's own, only why it is asked ("That's a big factor for me.")
_WHY_ASK = re.compile(r"\b(?:know|curious|wonder\w*|asking|because|factor|picture|trying|deciding|important|matters?|"
                      r"interested|first|plan\w*|advert|ad|posting|listing|description|didn'?t say)\b", re.IGNORECASE)
# No experience told beside a request ("Kafka? I don't think I've done that, no." is a non-answer)
_NEGATED = re.compile(r"\bi(?:'?ve)? (?:don'?t|do not|haven'?t|have not|never|can'?t|cannot) (?:(?:think|really|"
                      r"actually) )?(?:i'?ve )?(?:done|used|worked|had|been|tried|remember|recall|have)\b",
                      re.IGNORECASE)
SKIP_ZH = re.compile(r"跳过|下一(?:个|题)|换(?:一)?个问题|问(?:点)?别的|不知道|想不起|答不(?:上|出)|记不(?:太)?清|"
                     r"不(?:太)?记得|忘了|不太清楚")
# Skipping the question is a non-answer (agent/assess.py), not an aside: "not sure what you want, next question?"
SKIP = re.compile(r"\b(?:next question|move on|skip|pass on|(?:another|a different) question|(?:ask (?:me )?|talk "
                  r"about )something else|(?:don'?t|do not) (?:really )?know|no idea|no clue|(?:can'?t|cannot) "
                  r"(?:remember|recall|think of)|come back to|rather not)\b", re.IGNORECASE)
_SKIP_REASON = re.compile(r"(?:can'?t|cannot) (?:remember|recall|think of)|rather not", re.IGNORECASE)
_DONE = (r"\w+ed|built|led|ran|made|wrote|did|got|took|set|put|cut|began|became|brought|chose|found|gave|kept|left|"
         r"sold|spent|taught|thought|told|won")
_ACTION = re.compile(rf"\b(?:i|we)(?:'ve| have)? (?:{_DONE})\b", re.IGNORECASE)
# Things done, counted where a request may come with where its example is from, not with the story
_TOLD = re.compile(rf"\b(?:i|we)(?:'ve| have)? (?:{_DONE}|met|lost|went|came|sent|paid|held|drove|spoke|bought|caught|"
                   r"beat)\b", re.IGNORECASE)
_DID = re.compile(rf"\d|{_ACTION.pattern}", re.IGNORECASE)
# A question about now or later that tells no story of the candidate's (no "did", "was", "we"): "How big are the
# classes?", "Is there a probation period?"; "Why did we pick Kafka?" opens an answer.
_STORY_QUESTION = re.compile(r"\b(?:did|was|were|had|we|our|us)\b", re.IGNORECASE)
_TWO_READINGS = re.compile(r"\b(?:mean|asking|should i|want me to|which)\b.*\bor\b|还是|或者", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?？。！])\s*")

# Chinese, written the same way; the text left once these, fillers and punctuation are taken out must be short
# (REST_ZH characters), with nothing of a story told (STORY_ZH)
CLARIFY_ZH = re.compile(
    r"什么意思|(?:你|您)(?:是)?(?:指|说|问)的?(?:是)?.{0,30}(?:吗|呢|？|\?)|是指.{0,30}(?:吗|呢|？|\?)|"
    r"(?:能|可以|麻烦|请)(?:不能|不可以)?(?:请)?(?:你|您)?(?:再)?(?:说|讲|重复|解释|问)一(?:遍|下|次)|"
    r"(?:再|重新)(?:说|讲|问|重复)一(?:遍|下|次)|重复一下|(?:说|讲)(?:得)?慢一?点|慢一点|大(?:声|点声)一?点?|"
    r"没(?:太)?(?:听|看)?(?:清|懂|明白|跟上|听到)|听不(?:清|到|懂)|不(?:太)?(?:明白|理解|懂)(?:你的|您的|这个|这道)?"
    r"(?:意思|问题)?|问题是什么|(?:哪个|哪一个|哪段|哪方面)(?:项目|经历|工作|方面)?.{0,10}(?:？|\?)|"
    r"具体(?:指|是)(?:什么|哪)|指的是什么|是什么意思|具体(?:说|讲|解释)一下|换个说法|怕理解(?:偏|错)|想确认一下"
)
# Two readings offered: asked ("...还是B？"), or opened as a reading ("是指未来三年还是更长远的规划"); "还是" alone is
# also "still" ("经验还是比较丰富的")
READINGS_ZH = re.compile(r"还是.{0,30}(?:？|\?|吗|呢|呀)\s*$|"
                         r"^\W*(?:(?:您|你)是(?:说|指|问|想问)|是指|指的是|问的是).{0,40}还是")
ADDRESSED_ZH = re.compile(r"你们|您|贵公司|公司|团队|岗位|职位|薪资|工资|待遇|远程|下一步|请问|面试|入职|出差|夜班|"
                          r"加班|补贴|社保|公积金|年假|晋升|培训|上班|下班|试用期|产品线|部门|医院|学校")
QUESTION_OPEN_ZH = re.compile(r"^(?:\W|嗯|呃|那个|不好意思|抱歉)*(?:请问|(?:我)?(?:想)?(?:先)?(?:问|了解)(?:一下|下)?"
                              r"|顺便问一下|冒昧问一下)")
MOMENT_ZH = re.compile(
    r"(?:让我|我|容我)?(?:先)?(?:想一想|想一下|想想|思考一下|考虑一下|理一理|理一下|回忆一下|估算一下|"
    r"(?:整理|组织|理)一下(?:思路|语言)?)|稍等(?:一下|片刻)?|等一下|等等|"
    r"给我(?:一点|几|一两|一|点)(?:时间|秒钟?|分钟)|(?:先)?在纸上(?:画|写|算)一下"
)
STORY_ZH = re.compile(r"当时|后来|那时|那次|最后|结果|我们(?:就|把)|我(?:自己)?[^，。？！,.?!\s]{1,8}了一")
_FILLER_ZH = re.compile(r"嗯+|呃+|额|哈|呀|啊|吧|好的|好|抱歉|不好意思|麻烦|请问|请|您|你|这个问题|这个|那个|我|一下|"
                        r"可以|能|吗|呢|[\W\d_]")
_TOLD_ZH = 8  # characters of a sentence that is no question beside a question of the candidate's own
REST_ZH = 16
def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text.strip()) if s.strip()]


def other_language(answer: str, language: Language) -> bool:
    """An answer in the other language: mostly Chinese in an English interview, or English without a Chinese
    character (and at least :data:`OTHER_LANGUAGE_WORDS` words) in a Chinese one, where English names of tools are
    common inside Chinese answers."""
    share = cjk_share(answer)
    if language == "en":
        return share >= 1 / 3 and len(re.findall(r"[\u4e00-\u9fff]", answer)) >= 4
    return share == 0 and len(re.findall(r"[A-Za-z]+", answer)) >= OTHER_LANGUAGE_WORDS


def aside_kind(answer: str, language: Language = "en") -> AsideKind | None:
    """What kind of aside ``answer`` is, or None where it may be an answer."""
    text = " ".join(answer.split())
    if other_language(text, language):
        return "language"
    if language == "zh":
        return _aside_kind_zh(text)
    if not text or len(text.split()) > MAX_ASIDE_WORDS:
        return None
    said = _sentences(text)
    sentences = [s + "?" if not s.endswith((".", "!", "?")) and (  # said unmarked
        UNMARKED_QUESTION.match(s) and len(s.split()) <= _UNMARKED_WORDS
        or _may_ask_permission(s) and PERMISSION_UNMARKED.search(s)) else s for s in said]
    moment = [s for s in sentences if MOMENT.search(s) and len(s.split()) <= MOMENT_WORDS and not _DID.search(s)]
    # where the example is from may come with a sentence of it ("I worked in a coffee shop during my degree."), not
    # with the story: one thing done at most, no figure
    told = len(_TOLD.findall(text)) > 1 or _FIGURE.search(text) is not None
    permission = [] if told or not PERMISSION_SOURCE.search(text) else [
        s for s in sentences if s.endswith("?") and _may_ask_permission(s) and s not in moment]
    # "I can't think of a real one, would a hypothetical do?" is a reason beside the request; "next question" skips
    if any(not (permission and _SKIP_REASON.fullmatch(m.group(0))) for m in SKIP.finditer(text)):
        return None
    asked = [s for s in sentences if s.endswith("?") and INTERROGATIVE.match(s) and s not in (*moment, *permission)
             and not CLARIFY.search(s)]
    clarify = [s for s in sentences if _requests(s) or s not in (*asked, *permission) and (_readings(s) or _echo(s))]
    rest = [s for s in sentences if s not in (*clarify, *moment, *asked, *permission) and not REMARK.match(s)]
    short = sum(len(s.split()) for s in rest) <= _REASON_WORDS
    if clarify or moment or permission:
        reasons = sum(len(s.split()) for s in rest) <= _CONTEXT_WORDS if permission else \
            short and all(not _DID.search(s) and not _NEGATED.search(s) and (
                _REASON.search(s) or _WHY_ASK.search(s) or s.endswith("?") and len(s.split()) <= 4) for s in rest)
        if not rest or reasons:
            return "clarify" if clarify else "permission" if permission else "moment" if not asked else None
        return None
    # a question about the job, or, all typed as questions, about now or later and no story of the candidate's
    addressed = any(ADDRESSED.search(s) for s in asked)
    typed = all(s in said for s in asked) and not any(_STORY_QUESTION.search(s) for s in asked)
    if asked and (addressed and (not rest or short and all(_WHY_ASK.search(s) for s in rest))
                  or typed and not rest):
        return "question"
    return None


def _may_ask_permission(sentence: str) -> bool:
    """A sentence that asks whether the example may be of some kind, not one about the job: "Would a hackathon work?"
    ("What tools does the team use?" asks about the job)."""
    return PERMISSION.match(sentence) is not None and len(sentence.split()) <= _PERMISSION_WORDS and \
        _WH_QUESTION.match(sentence) is None


def _requests(sentence: str) -> bool:
    """A request to clarify: asked, or said in a few words ("i dont follow"); a long statement with "say it again"
    in it tells how the candidate works ("If I'm not sure, I ask them to say it again ...")."""
    return CLARIFY.search(sentence) is not None and (sentence.endswith("?") or
                                                     len(sentence.split()) <= _STATED_REQUEST_WORDS)


def _echo(sentence: str) -> bool:
    """A word or two of the question said back as a question, nothing told: "Deadlines?", "Stack-up?"."""
    return sentence.endswith("?") and len(sentence.split()) <= 3 and not _DID.search(sentence) and \
        INTERROGATIVE.match(sentence) is None


def _readings(sentence: str) -> bool:
    """Two readings of the question offered, nothing told: "Worst case or average case?"."""
    return sentence.endswith("?") and re.search(r"\bor\b", sentence, re.IGNORECASE) is not None and \
        len(sentence.split()) <= 16 and not _ACTION.search(sentence)


def _aside_kind_zh(text: str) -> AsideKind | None:
    if not text or len(text) > MAX_ASIDE_CHARS_ZH or STORY_ZH.search(text) or SKIP_ZH.search(text):
        return None
    sentences = [s.strip() for s in re.split(r"(?<=[。！？?!])", text) if s.strip()]
    told = [s for s in sentences if not s.rstrip("。.!！ ").endswith(("?", "？", "吗", "呢"))]
    # a question of the candidate's own: opened as one ("请问", "想先了解一下"), or only questions, about the job
    asked = (QUESTION_OPEN_ZH.match(text) or sentences[0] not in told) and \
        all(len(_FILLER_ZH.sub("", s)) <= _TOLD_ZH for s in told if s is not sentences[0])
    if PERMISSION_ZH.search(text) and len(_FILLER_ZH.sub("", PERMISSION_ZH.sub("", text))) <= REST_ZH:
        return "permission"  # "可以用实习时候的例子吗？"
    question = asked and ADDRESSED_ZH.search(text) and (QUESTION_OPEN_ZH.match(text) or not told)
    short = len(_FILLER_ZH.sub("", MOMENT_ZH.sub("", CLARIFY_ZH.sub("", READINGS_ZH.sub("", text))))) <= REST_ZH
    if short and CLARIFY_ZH.search(text):  # "您说的X是指A还是B？": what is meant, asked
        return "clarify"
    if question:  # "想先问一下，公司是可以远程办公还是必须坐班？": a question about the job
        return "question"
    if short and (READINGS_ZH.search(text) or MOMENT_ZH.search(text)):
        return "clarify" if READINGS_ZH.search(text) else "moment"
    return None


def _first_fact(detail: str, limit: int = 100) -> str | None:
    """The first resume fact of a topic, cut at a word within ``limit`` characters."""
    fact = next((s.strip(" .;") for s in re.split(r"(?<=[.;。；])\s*", detail) if len(s.strip(" .;")) > 15), None)
    if fact is None:
        return None
    return fact if len(fact) <= limit else fact[:limit].rsplit(" ", 1)[0] + " ..."


def rephrased(topic: Topic, *, follow_up: bool, knowledge: bool, language: Language = "en") -> str:
    """The question put another way from what the topic is: what an answer to it should be made of."""
    name, subject = topic.name, topic_subject(topic.name)
    if language == "zh":
        if knowledge:
            return "用你自己的话解释一下，就像讲给同事听一样，有例子的话举一个。"
        if follow_up:
            return f"请举一个和{subject}有关的具体例子：你自己做了什么、怎么做的、结果如何。"
        return {
            "role": f"你为什么想做{name}这份工作？你的哪些经历能帮你做好它？说一两个具体的理由就可以。",
            "education": f"你在{subject}学到的哪些东西现在还在用？举一个例子就可以。",
            "skill": f"讲一次你在工作中用{name}的经历：用它做什么、你具体做了什么、结果如何。",
            "behavioral": f"讲一个和{name}有关的真实经历：发生了什么、你自己做了什么、结果如何。",
        }.get(topic.kind, f"讲讲你在{subject}{'工作期间' if topic.kind == 'experience' else '中'}自己负责的一件事："
              "做了什么、怎么做的、结果如何。")
    if knowledge:
        return "Explain it in your own words, as you would to a colleague, with an example if you have one."
    if follow_up:
        return f"I'd like one concrete example from {subject}: what you did yourself, how you went about it, and " \
            "how it turned out."
    if topic.kind == "role":
        return f"What draws you to this {name} job, and what from your own experience would help you do it well? " \
            "One or two concrete reasons are enough."
    if topic.kind == "education":
        return f"What did you learn at {school_name(subject)} that you still use? One example is enough."
    if topic.kind == "skill":
        return f"Tell me about one time you used {name} in your own work: what it was for, what you did with it, " \
            "and how it turned out."
    if topic.kind == "behavioral":
        return f"Tell me about one real situation from your work that had to do with {name}: what happened, what " \
            "you did yourself, and how it ended."
    fact = _first_fact(topic.detail)
    example = f' (your resume mentions: "{fact}")' if fact else ""
    where = f"at {subject}" if topic.kind == "experience" else f"on {subject}"
    return f"Tell me about one piece of work you did yourself {where}{example}: what you did, how, and how it " \
        "turned out."


# The replies that ask the question again as it was ({question}); a clarification puts it another way (reply_to)
_REPLIES: dict[str, dict[str, str]] = {
    "en": {
        "language": "This interview is in English, so please answer in English; to practise in Chinese, start a new "
                    "interview in Chinese. {question}",
        "permission": "Yes: any real example works, from work or outside it, as long as it shows what you did "
                      "yourself and how it turned out. {question}",
        "moment": "Of course, take your time. When you're ready: {question}",
        "question": "Good question: keep it for the end, where a real interviewer would ask for yours; in this "
                    "practice I can't answer for an employer. Back to my question: {question}",
        "clarify": "Of course. {either}The question was: {question} In other words: {rephrased}",
        "either": "Either is fine: take the one you know best. ",
    },
    "zh": {
        "language": "这场面试用中文进行，请用中文回答；想练习英文面试，可以新开一场英文面试。{question}",
        "permission": "可以：工作内外的真实例子都行，只要能说明你自己做了什么、结果如何。{question}",
        "moment": "当然，慢慢想，准备好了再回答：{question}",
        "question": "好问题，可以留到面试最后问真正的面试官；在这个练习里我不能代表任何雇主回答。"
                    "回到我的问题：{question}",
        "clarify": "好的。{either}问题是：{question} 换个说法：{rephrased}",
        "either": "哪个方面都可以，选你最熟悉的。",
    },
}


def reply_to(kind: AsideKind, said: str, *, question: str, topic: Topic, follow_up: bool, knowledge: bool,
             language: Language = "en") -> str:
    """The interviewer's reply to an aside; it ends with the question to answer."""
    replies = _REPLIES[language]
    question = without_redirect(question)  # "The question was: Let's come back to the question I asked: ..."
    if kind != "clarify":
        return replies[kind].format(question=question)
    return replies["clarify"].format(
        either=replies["either"] if _TWO_READINGS.search(said) else "", question=question,
        rephrased=rephrased(topic, follow_up=follow_up, knowledge=knowledge, language=language))

