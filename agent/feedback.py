"""Feedback that names what is in the candidate's answer, and a check that model-written feedback brings in no
facts from nowhere.

Two uses:

- :func:`feedback_target` is the Scorer adapter's training target (with a reference: what of it the answer covers
  and misses) and :func:`compose_feedback` the feedback the Scorer falls back to when the model's fails validation.
  Both take every word they say about the answer from the question, the answer or the reference.
- :func:`check_grounded` rejects model feedback that quotes words the candidate never said, or talks about things
  that are in neither the question, the answer nor the reference. Without a reference the 135M Scorer was trained on
  no feedback at all, and it wrote things such as ``Correct: "The company has implemented a new project management
  system that enhances collaboration among teams."`` about an answer on a billing service.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.score_head import STOPWORDS, content_words
from agent.state import Assessment, Language, ScoreLabel, label_for
from tools.resume.layout import MONTHS
from tools.resume_parser import tech_names
from tools.speech.delivery import SOUND_FILLERS, fillers_in, sound_filler

# Words feedback uses about any answer; they need no grounding in the answer itself.
FEEDBACK_VOCABULARY = frozenset(re.findall(r"\w+", """
    answer answers answered answering question questions asked correct correctly incorrect partly partially right
    wrong covers cover covered mentions mention mentioned misses miss missing missed key point points term terms
    example examples concrete specific specifically specifics detail details detailed result results outcome
    outcomes impact evidence measurable measure measured number numbers figure figures metric metrics explain
    explains explained explanation describe describes described description clear clearly unclear good great well
    better best strong weak vague brief short long longer complete completely incomplete relevant irrelevant
    accurate accurately precise reasoning idea ideas main mostly overall also however though although but still
    could should would add adds adding give gives giving say says said state states use uses used using include
    includes including need needs needed make makes made show shows showed shown support supports supported own
    part role action actions situation task step steps yourself you your candidate response expected reference
    one two three first second next more less further deeper depth understanding shows knowledge concept concepts
    structure structured organise organize focus focused topic directly direct fully well-structured elaborate
    develop expand why how what which try tries names name named skips skip skipped lacks lack lacking omits omit
    leaves leave touches touch notes note found find finds highlights highlight motivation clarity tradeoffs
    trade-offs trade offs approach approaches sound solid thorough shallow generic general
""".lower()))

# A clause that advises ("add the profiling step", "you could name the tool") may name what the answer lacks: that
# is the point of advice. Only clauses that state something about the answer must be grounded.
_ADVICE_VERBS = frozenset(re.findall(r"\w+", """
    add name say mention explain describe give include show quantify state clarify consider try focus structure use
    walk tell share expand elaborate talk avoid start end support back link tie connect cover discuss outline specify
    note highlight define compare answer list offer provide detail emphasise emphasize keep make prepare practise
    practice think next spell put bring lead open close quote cite measure
""".lower()))
_ADVICE_OPENINGS = ("you could", "you should", "you might", "you can", "it would help to", "next time",
                    "try to", "try", "consider")
CLAUSE = re.compile(r"[^.;!?]+")
# An advice clause may name a few things the answer lacks; more than this is a paragraph of its own, not advice.
ADVICE_STRAY_WORDS = 4


def is_advice(clause: str) -> bool:
    """Whether a clause opens by telling the candidate what to do ("add ...", "you could ...") rather than
    saying something about the answer or the world ("It's very important to consider ... your life")."""
    words = re.findall(r"[a-z']+", clause.lower())
    while words and words[0] in {"please", "also", "then", "and", "but", "so", "now", "just"}:
        words = words[1:]
    opening = " ".join(words[:4])
    return bool(words) and (words[0] in _ADVICE_VERBS or opening.startswith(_ADVICE_OPENINGS))

# A verdict in a feedback's first sentence: it found the answer wanting, or it found it right.
_FAULT = re.compile(r"\b(?:does(?: not|n't)|did(?: not|n't)|fails? to|lacks?|(?:is|was) (?:incorrect|wrong|not "
                    r"(?:correct|complete|clear|accurate|relevant))|incomplete|only (?:mentions|says|states|gives)|"
                    r"not (?:answer|address|explain|mention)|misses|missing)\b", re.IGNORECASE)
_PRAISE = re.compile(r"\b(?:correct(?:ly)?|complete|accurate|excellent|great|well[- ](?:explained|structured|done)|"
                     r"good (?:answer|explanation|job))\b", re.IGNORECASE)


def contradicts(feedback: str, label: str) -> bool:
    """Whether a model's feedback opens with the opposite verdict of the score's label: "The answer does not provide a
    complete explanation" beside 76 "good" (qwen-0.5b, a bank question graded against its reference), which the
    report then listed among the strengths. English only; an even-handed opening ("Correct, but it misses ...") is
    no contradiction."""
    first = re.split(r"(?<=[.!?])\s", feedback.strip(), maxsplit=1)[0]
    unnegated = re.sub(r"(?:\bnot\b|n't\b)[^.,;:]*", "", first, flags=re.IGNORECASE)  # "not ... complete" is no praise
    fault, praise = bool(_FAULT.search(first)), bool(_PRAISE.search(unnegated))
    return (label in ("good", "excellent") and fault and not praise) or (
        label in ("poor", "weak") and praise and not fault)


# The same in Chinese: a first sentence of faults ("太多信息，缺乏关键细节。" beside 88 "excellent", qwen-0.5b in a
# terminal interview) or of praise alone.
_FAULT_ZH = re.compile(r"缺乏|缺少|没有|不够|不足|不完整|不清楚|太多|太少|没能|未能|不准确|偏离")
_PRAISE_ZH = re.compile(r"很好|非常好|不错|详细|清楚|具体|全面|出色|优秀|扎实")


def contradicts_zh(feedback: str, label: str) -> bool:
    """:func:`contradicts` for Chinese feedback: its first sentence says only faults beside "good" or "excellent",
    or only praise beside "poor" or "weak"."""
    first = re.split(r"(?<=[。！？])", feedback.strip(), maxsplit=1)[0]
    fault, praise = bool(_FAULT_ZH.search(first)), bool(_PRAISE_ZH.search(re.sub(r"不够\S{0,4}", "", first)))
    return (label in ("good", "excellent") and fault and not praise) or (
        label in ("poor", "weak") and praise and not fault)


_QUOTE = re.compile(r"[\"“]([^\"“”]{8,})(?:[\"”]|$)")  # an unclosed quote runs to the end
_NORM = re.compile(r"[^a-z0-9\u4e00-\u9fff]+")


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def key_terms(text: str) -> list[str]:
    """Content words in order of first use, for feedback that names what an answer has or lacks."""
    seen: dict[str, None] = {}
    for w in re.findall(r"[A-Za-z][A-Za-z\-]{2,}", text):
        if w.lower() not in STOPWORDS:
            seen.setdefault(w.lower(), None)
    return list(seen)


def mentions(words: set[str], term: str) -> bool:
    """Whether ``words`` has ``term``, matched on the first five letters ("conflicts" has "conflict"), or as the
    start of a longer word when the term is a shorter word of four letters or more ("teammate" has "team")."""
    return any(w[:5] == term[:5] or (len(term) >= 4 and w.startswith(term)) for w in words)


def feedback_target(question: str, answer: str, reference: str | None, grade: int) -> str:
    """The Scorer adapter's feedback target, from the reference and the answer only: what the answer shares with
    the reference is credited; reference key terms it lacks are named as missing."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]{2,}", answer)}
    terms = key_terms(reference or question)
    present = [t for t in terms if mentions(words, t)][:3]
    missing = [t for t in terms if not mentions(words, t)][:3]
    if grade >= 4:
        text = f"Correct: it covers {', '.join(present)}." if present else "Correct and to the point."
        if missing and grade == 4:
            text += f" It could also mention {' and '.join(missing[:2])}."
    elif grade >= 2:
        text = f"Partly right: it mentions {', '.join(present)}" if present else "Partly right"
        text += f", but misses {', '.join(missing)}." if missing else ", but it stays vague."
    else:
        text = "It does not answer the question"
        point = " ".join((reference or "").replace("<br>", " ").split())[:120].rstrip(".")
        text += f": the key point is {point}." if reference else "."
    return text


# ------------------------------------------------------------------------------------------ grounding


def ungrounded_words(feedback: str, sources: Sequence[str]) -> list[str]:
    """The feedback's content words that are in none of ``sources`` and are not words of feedback itself."""
    known: set[str] = set()
    for source in sources:
        known |= content_words(source)
    return sorted(w for w in content_words(feedback)
                  if w not in FEEDBACK_VOCABULARY and not w.isdigit() and not mentions(known, w))


def check_grounded(feedback: str, sources: Sequence[str], language: Language) -> None:
    """ValueError when the feedback quotes text that is in no source, or (English) its statements about the answer
    name two or more things that none of the sources mentions. Advice ("add the profiling step") is exempt from the
    second check, not from the first."""
    haystack = " | ".join(_norm(s) for s in sources)
    for quoted in _QUOTE.findall(feedback):
        if _norm(quoted) and _norm(quoted) not in haystack:
            raise ValueError("quotes words that are not in the question, answer or reference")
    if language == "en":
        clauses = CLAUSE.findall(_QUOTE.sub(" ", feedback))
        for clause in filter(is_advice, clauses):
            if len(stray := ungrounded_words(clause, sources)) > ADVICE_STRAY_WORDS:
                raise ValueError(f"advice about things not in the question, answer or reference: "
                                 f"{', '.join(stray[:4])}")
        stray = ungrounded_words(" ".join(c for c in clauses if not is_advice(c)), sources)
        if len(stray) >= 2:
            raise ValueError(f"talks about things not in the question, answer or reference: {', '.join(stray[:4])}")


# -------------------------------------------------------------------------------- feedback from the answer

_HEDGE = re.compile(
    r"\b(?:not (?:really |very |quite )?sure|no idea|i guess|maybe|probably|i forget|"
    r"(?:don't|do not|can't|cannot|can not) (?:really )?(?:know|remember|recall))\b",
    re.IGNORECASE,
)
_ADVERBS = re.findall(r"\w+", """
    then also later first finally eventually immediately quickly personally actually initially ultimately manually
    carefully successfully definitely absolutely probably recently originally basically really just
""")
_ADVERB = "|".join(_ADVERBS)
_NOT_ACTION = frozenset(_ADVERBS) | frozenset(re.findall(r"\S+", """
    am was were is are be think thought guess believe mean meant do did don't didn't have had has would will can could
    should might may must feel felt hope like love want wanted know knew remember forget not never
    am, i'm i've i'd i'll 'm 've 'd 'll always usually sometimes often get got tend tried try
    mostly mainly generally still now prefer enjoy trust need needed agree can't won't couldn't wouldn't shouldn't
    haven't hasn't wasn't isn't kind sort kinda
    liked loved hoped believed preferred enjoyed trusted wish wished hate hated should've could've would've must've
    you your that that's it it's there there's either both see hear
""".lower()))
# (the adverbs of habit: "I mostly did AWS" was credited as "says what you did (I mostly)"; "I still, I trust" as two
# actions). An adverb of sequence or manner is skipped and the verb after it judged: "I then rewrote" is "I rewrote",
# "I also built" "I built", "I actually prefer FastAPI" nothing; a state in the past is none either ("the part of my
# internship I enjoyed most" was credited as "says what you did (I enjoyed, I replaced)"), nor a modal's past ("I
# should've"), nor a word that is no verb where speech breaks off ("I you know", "I that's"), nor what the candidate
# sees or hears now ("I see people get back to the exercises" was credited as something done, browser, 2026-12-07).
# "i" too: answers typed in lower case. A phrasal verb keeps its particle ("I set up", not "I set"; "I rolled out");
# "over" and "through" are left out, being as often the start of what follows ("I led over ten engineers").
# What was done may be said through what it took: "I had to call", "we were able to ship", "I needed to rewrite" (the
# auxiliary is no action of its own, so these were not counted; spoken and typed stories say it this way often). A
# speaker said twice ("we we got to work") is the speaker once.
_ACTION = re.compile(rf"\b(I|i|[Ww]e)\s+(?:(?:{_ADVERB})\s+)?(?:(had|needed|was able|were able|got)\s+to\s+"
                     rf"(?:(?:{_ADVERB})\s+)?)?(?!we\b)([a-z][a-z'-]+)(?:\s+(up|out|down|off|back)\b)?")
_NUMBER = re.compile(
    r"\b((?:\d[\d,.]*(?:\s*%|[xkmb]\b|\b)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|dozen|hundred|thousand|million|billion|half|double|twice|percent)\b)(?:-[a-z]+)*)"
    r"(?:\s+(?!and\b|or\b|to\b)([a-z]+(?:-[a-z]+)*))?",
    re.IGNORECASE,
)
# A stop inside a word ("Node.js", "3.5") ends nothing; nor does the one of a title before a name ("St. James's").
_TITLES = ("St", "Dr", "Mr", "Mrs", "Ms", "Prof", "Mt")
_TITLE_ABBREVIATION = rf"\b(?:{'|'.join(_TITLES)})\. (?=[A-Z])"
# What the rules' feedback credits, opened by these words; read back by credit_in (the report's strengths).
CREDIT = {"en": "Good: ", "zh": "好的地方："}
# "figures (0.71)" and "names Dr. Byrne" do not end the sentence
_NOT_AFTER_A_TITLE = "".join(rf"(?<!\b{title})" for title in _TITLES)
_CREDIT = re.compile(rf"{CREDIT['en']}(.+?{_NOT_AFTER_A_TITLE}\.)(?!\d)|{CREDIT['zh']}(.+?。)")


def credit_in(feedback: str) -> str | None:
    """The sentence of ``feedback`` that says what the answer did well, without its opening words; None where the
    feedback has none (the model's, or a verdict alone)."""
    m = _CREDIT.search(feedback)
    return (m.group(1) or m.group(2)) if m else None
_SENTENCE = re.compile(rf"(?:{_TITLE_ABBREVIATION}|[^.!?]|[.!?](?=\S))+[.!?]*")
# A name is one or more capitalised words in a row ("Juniper Ridge Media", "Via Ferrata"): one specific, not three.
# A capitalised word, or one with a capital inside ("cProfile", "iOS", "gRPC"), and the capitalised words after it
# (a name's capitalised parts joined by hyphens are one word: "the Murray-Darling" was credited as "Murray and Darling")
# (an ampersand inside one too: "S&OP", "R&D", "AT&T"; "S&OP" was credited as "names OP")
_REST = r"[A-Za-z0-9+#.&]*[A-Za-z0-9+#](?:-[A-Z][A-Za-z0-9+#.]*[A-Za-z0-9+#])*"  # a name word after its first letter
# ... a letter alone among them too, where a capitalised word follows ("ZOLL R Series" was "ZOLL, Series"; not "A", "I")
_NAME = re.compile(rf"(?:{_TITLE_ABBREVIATION})?\b(?:[A-Z]|[a-z]+[A-Z]){_REST}"
                   rf"(?: (?:[A-Z]{_REST}|[B-HJ-Z](?= [A-Z])))*")
# "one of the", "one time", "the riskier one on": a number word that is not a figure before these words (and before
# any stopword)
_NOT_A_FIGURE = {"one": frozenset({"", "thing", "day", "night", "morning", "evening", "afternoon", "time", "way"})
                 | STOPWORDS}
_NOT_A_MULTIPLE = ("double-", "twice-")  # "a half-day outage" is a figure
# What makes the whole number after it part of a name, not a figure: an acronym ("IFRS 16", "ISO 9001") or a school
# year, a level or a stage named by its number ("Head of Year 9", "Key Stage 3": a teacher's team story was credited
# "gives figures (90% attendance, 9)"), in lower case too ("IDDSI level 2 drinks" was credited "2 drinks", browser,
# 2026-12-07)
_NAME_BEFORE_NUMBER = re.compile(
    r"(?:\b[A-Z]{2,}[ -]|\b(?i:Year|Grade|Level|Stage|Form|Band|Tier|Phase|Step|Version|Room|Ward|Bay|Floor) )$")
_STANDARD_NUMBER = re.compile(r"[ -]\d+\b(?![.,%]\d|%)")
# A number passed in code ("add(2)", "withinKm(5)", "items[0]"): an argument in an explanation, not a figure
_CODE_BEFORE = re.compile(r"\w[(\[]$")


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# A filler sound between the speaker (or the adverb after it) and the verb ("I, uh, set up", "we um moved", "I then,
# uh, rewrote") is no part of either; the sounds as the delivery panel spells them
# (tools/speech/delivery.SOUND_FILLERS).
_SOUND = "|".join(spelled.pattern for spelled in SOUND_FILLERS.values())
_FILLER_AFTER_SPEAKER = re.compile(rf"\b((?:I|i|[Ww]e)(?:\s+(?:{_ADVERB}))?),?(?:\s+(?i:{_SOUND})\b,?)+(?=\s)")


# A remark on the talk itself, no action of the story ("As I said, that was the onboarding work" was credited as "says
# what you did (I said, I built)" in a browser interview).
_ASIDE = re.compile(r"\b(?:as|like) (?:I|we)(?:'ve| have)? (?:said|mentioned|explained|noted|told you)\b", re.I)


# "I did the order every afternoon", "I did a full stock take every Sunday" (a chef's spoken answer was told it did not
# say what the candidate did): "did" before a thing done is an action; "I did a lot", "I did a good job" are not.
_DID_A_THING = re.compile(r"\s+(?:the|a|an)\s+(?!(?:lot|bit|few|little|good|great|fine|ok|okay|decent|nice|bad)\b)"
                          r"[a-z]", re.IGNORECASE)


# Joining or starting said in a clause of time sets the scene, it is no step of the story: "When I joined Rotaline,
# onboarding took 90 days" was credited "it says what you did (I joined, I mapped)" (terminal, 2026-12-07). Feedback
# leaves it out; the assessment still counts it (its thresholds were chosen with it: a strong "When I started, the
# report took a week. I rewrote it ..." fell from 98 to 55 without it, the graded focus file).
_SCENE = re.compile(rf"\b(?:when|after|since|before|once|until|as soon as|by the time)\s+(?:I|i|[Ww]e)\s+"
                    rf"(?:(?:{_ADVERB})\s+)?(?:joined|arrived|(?:started|began)(?=\s*(?:$|[,.;]|at\b|in\b|as\b|"
                    rf"there\b|here\b|with\b|working\b)))"
                    # ... or a sentence of its own: "I joined as a full stack developer on the checkout team."
                    rf"|(?:^|(?<=[.!?])\s+)(?:I|i|[Ww]e)\s+joined(?=\s+(?:as|in|at)\b)", re.IGNORECASE)


def actions_in(answer: str, *, scenes: bool = True) -> list[str]:
    """What the speaker says they (or "we") did, as "I rewrote", "we rolled out"; ``scenes=False`` leaves out
    joining or starting said to set the scene (:data:`_SCENE`)."""
    out: list[str] = []
    said = _ASIDE.sub(" ", _FILLER_AFTER_SPEAKER.sub(r"\1", answer.replace("\u2019", "'")))
    scene = set() if scenes else {m.end() for m in _SCENE.finditer(said)}
    for match in _ACTION.finditer(said):
        who, aux, verb, particle = match.groups()
        if match.end(3) in scene:
            continue
        did_a_thing = verb.lower() == "did" and not aux and _DID_A_THING.match(said, match.end()) is not None
        if verb.lower() in _NOT_ACTION and not did_a_thing or aux and (verb.lower() in STOPWORDS or
                                                                        sound_filler(verb)):
            continue  # after "had to", not a verb either: "we had to uh", "we had to it"
        phrase = " ".join(w for w in ("I" if who == "i" else who, aux and f"{aux} to", verb, particle) if w)
        if phrase not in out:
            out.append(phrase)
    return out


STEPS = 2  # own actions in the past that make an answer a told example ("I traced ..., I rewrote ...")
_IRREGULAR_PAST = frozenset(re.findall(r"\w+", """
    began bought brought built caught chose did drew drove fell felt fought found gave got grew had heard held kept
    knew led left lost made met paid put ran read rewrote said sat saw sent set showed sold spent split spoke stood
    stuck taught told took threw understood went won wrote was were
"""))  # (was, were: "I was able to fix it", never "I was" alone, which is no action)


def told(action: str) -> bool:
    """Whether an own action ("I traced", "I rewrote", "I set up") is told in the past, as one event, not a habit."""
    verb = action.split()[1].lower()
    return verb.endswith("ed") or verb in _IRREGULAR_PAST


# A figure's unit runs on to its noun: "14 user interviews", "two engineering leads", "a one-page decision log" (they
# were "14 user", "two engineering", "one-page decision" in a browser interview's feedback). It ends at a plural or a
# unit of measure, and never takes a stopword, a number, a verb form or an adverb.
_UNIT_WORD = re.compile(r"\s+([A-Za-z][a-z]*(?:-[a-z]+)*)\b")
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
MEASURES = frozenset((*TIME_UNITS, "percent", "cent", "ms", "msec", "sec", "secs", "x", "times", "k", "m", "gb", "mb",
                      "tb", "kb", "qps", "rps"))
_NOT_A_UNIT = frozenset(re.findall(r"\w+", """so then but went fell rose grew dropped ran cut got made took saw per
    after before since until than i
    across through between under within without along around behind beyond during toward towards against among via onto
    each every last next first later
    our my your his her their its we they he she it us them"""))
UNIT_WORDS = 3
# A rate after a figure: "from five a week to none", "twice a day", "3 incidents per month" measure something.
_RATE = rf"\s+((?:a|an|per|each|every)\s+(?:{'|'.join(TIME_UNITS)})s?)\b"


def _ends_unit(word: str) -> bool:
    w = word.lower()
    return w in MEASURES or (w.endswith("s") and not w.endswith("ss") and len(w) > 3)


def measured(figure: str) -> bool:
    """Whether a figure measures something ("18 percent", "9 minutes", "2,000 videos", "forty percent") rather than
    counting what a story is about in words ("two engineers")."""
    unit = figure.split()[-1].lower()
    return any(c.isdigit() for c in figure) or unit in MEASURES or unit.rstrip("s") in MEASURES


def _unit_rest(unit: str, after: str) -> list[str]:
    """The words after a figure's first unit word that still belong to it (:data:`UNIT_WORDS` in all)."""
    rest: list[str] = []
    while len(rest) < UNIT_WORDS - 1 and not _ends_unit(rest[-1] if rest else unit):
        m = _UNIT_WORD.match(after)
        if m is None:
            break
        word = m.group(1)
        if (word.lower() in STOPWORDS or word.lower() in _NOT_A_UNIT or _NUMBER.fullmatch(word)
                or word.endswith(("ed", "ing", "ly"))):
            break
        rest.append(word)
        after = after[m.end():]
    return rest


# A time of day ("a huddle at 8 and 8", "at 7 am", "8:30") says when, not how much; "came back at 17" alone can be
# an age.
_CLOCK_BEFORE = re.compile(r"\bat\s+\d{1,2}\s+(?:and|or|to)\s*$", re.IGNORECASE)
_CLOCK_PAIR = re.compile(r"\s+(?:and|or|to)\s+\d{1,2}\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s*(?::\d\d|[ap]\.?m\b\.?|o'clock)", re.IGNORECASE)


def _clock_time(answer: str, m: re.Match[str]) -> bool:
    number, unit = m.group(1).strip(), m.group(2) or ""
    before, after = answer[: m.start()], answer[m.start(1) + len(number):]
    if not number.isdigit() or int(number) > 59:
        return False
    if re.search(r"\d:$", before):
        return True  # the minutes of "8:30"
    if int(number) > 24:
        return False
    if _CLOCK_AFTER.match(after):
        return True
    bare = not unit or unit.lower() in STOPWORDS | _NOT_A_UNIT
    return bare and (_CLOCK_BEFORE.search(before) is not None
                     or (re.search(r"\bat\s*$", before) is not None and _CLOCK_PAIR.match(after) is not None))


_DESCRIBED = re.compile(r"\s+[a-z]+[^s\W]s\b")  # a plural noun after it


def figures_in(answer: str) -> list[str]:
    out: list[str] = []
    for m in _NUMBER.finditer(answer):
        number, unit = m.group(1).strip(), m.group(2) or ""
        if _clock_time(answer, m):
            continue
        if unit.lower() in _NOT_A_FIGURE.get(number.lower(), ()) or (number.lower() == "one" and unit[:1].isupper()):
            continue  # "one thing", and "in one PostgreSQL transaction": an article, not a figure
        if number.lower().startswith(_NOT_A_MULTIPLE) or number.lower() in ("double", "twice") \
                and unit.lower().endswith("ing"):
            continue  # "could not double-bill", "double-check", "stopped double charging": a verb, not a figure
        if (number.isdigit() and _NAME_BEFORE_NUMBER.search(answer, 0, m.start(1))) or _CODE_BEFORE.search(
                answer, 0, m.start(1)):
            continue  # "the IFRS 16 lease schedule", "Year 9": part of a name; "add(2)": code
        # ... but after digits a participle before the plural it describes is part of the unit: "300 chilled pallets",
        # "14 automated flows" ("gives figures (300, two lines)" in a browser interview, 2026-12-07); "six shipped" is a
        # team that shipped
        described = number[:1].isdigit() and unit.endswith("ed") and _DESCRIBED.match(answer, m.end()) is not None
        if (unit.lower() in _NOT_A_UNIT or unit.endswith(("ed", "ly")) or sound_filler(unit)) and not described:
            unit = ""  # "a team of six shipped": the verb that follows, not the unit
        elif unit and unit.lower() not in STOPWORDS:
            unit = " ".join([unit, *_unit_rest(unit, answer[m.end():])])
        phrase = f"{number} {unit}".strip() if unit and unit.lower() not in STOPWORDS else number
        rate = re.match(rf"(?:\s+\S+){{{len(phrase.split()) - len(number.split())}}}{_RATE}",
                        answer[m.start(1) + len(number):], re.IGNORECASE)
        phrase = f"{phrase} {rate.group(1)}" if rate else phrase
        words_after = len(phrase.split()) - len(number.split())
        if phrase.split()[-1].lower().rstrip("s") in TIME_UNITS and re.match(
                rf"(?:\s+\S+){{{words_after}}}\s+old\b", answer[m.start(1) + len(number):]):
            phrase += " old"  # an age: "a 45 year old runner" was quoted "gives figures (45 year, 48 hours)"
        if phrase not in out:
            out.append(phrase)
    # measurements in digits ("820 ms") before counts in words ("two sequential calls" reads as "two sequential")
    return sorted(out, key=lambda phrase: not any(c.isdigit() for c in phrase))


# Days and months: capitalised, but a time rather than a name ("names Friday" was said of "I demoed it each Friday").
_CALENDAR = re.compile(rf"(?:{MONTHS}|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\.?", re.I)
YEAR = re.compile(r"(?:19|20)\d\d")  # "In 2019 I pushed ...": when, not a figure to credit


def creditable(figure: str) -> bool:
    """Whether feedback may credit a figure: not a year, alone or before what it dates ("2022 peak season", from
    "During the 2022 peak season our fill rate dropped"), nor a number word alone ("kept one shared launch plan",
    "compares the two every night" were credited "gives figures (..., one)" and "(27%, two)")."""
    number, _, unit = figure.partition(" ")
    if YEAR.fullmatch(number) and not (unit and _ends_unit(unit.split()[-1])):
        return False
    if number.lower() == "one" and not measured(figure):
        return False  # "holding a scooter with one hand" was credited "gives figures (one hand)" (browser, 2026-12-06)
    return bool(unit) or not number.isalpha()


_CHANGE = re.compile(r"\bfrom\s+(\S+)\s+to\s+(\S+)", re.IGNORECASE)


def shown_figures(answer: str, figures: Sequence[str]) -> list[str]:
    """The figures feedback names first: a change as the answer says it ("from 12% to 7%", "from 94 to 52 minutes"),
    then measures (a percentage, a time) before counts ("30 days, 45" was shown of "... live in 30 days instead of
    45. Churn ... dropped from 12% to 7%", in a terminal interview)."""
    changes: list[str] = []
    used: set[str] = set()
    for m in _CHANGE.finditer(answer):
        start, end = m.group(1).rstrip(".,;"), m.group(2).rstrip(".,;")
        first = next((f for f in figures if f.split()[0] == start), None)
        last = next((f for f in figures if f.split()[0] == end), None)
        if first and last and first != last:
            changes.append(f"from {first} to {last}")
            used |= {first, last}
    def rank(figure: str) -> tuple[bool, bool]:
        number, _, unit = figure.partition(" ")
        measure = number.endswith("%") or (bool(unit) and unit.split()[-1].lower().rstrip("s") in MEASURES)
        return not measure, not any(c.isdigit() for c in figure)

    return changes + sorted((f for f in figures if f not in used), key=rank)


# Capitalised, yet a kind of business or a job's initials, not a tool or an organisation the answer names ("names SaaS"
# was said of "a SaaS onboarding flow", terminal, 2026-12-07).
_GENERIC_CAPITALS = frozenset(re.findall(r"\S+", """
    SaaS PaaS IaaS B2B B2C CEO CTO CFO COO CEOs KPI KPIs ROI QA QC
"""))


def names_in(answer: str) -> list[str]:
    """Capitalised words that do not start a sentence, consecutive ones as one name: tools, products, organisations
    ("Python", "Postgres", "Juniper Ridge Media"); then the technologies of the parser's vocabulary that the answer
    names in any case or place ("i moved it to kafka", "Kafka was the bottleneck")."""
    out: list[str] = []
    for sentence in _SENTENCE.findall(answer):
        for i, m in enumerate(_NAME.finditer(sentence.strip())):
            word = m.group(0).rstrip(".")
            # the sentence's capital: "At Bluefin Robotics"; not a hyphenated name's ("OR-Kids runs ...")
            if i == 0 and m.start() == 0 and word[0].isupper() and not re.match(r"\S*-[A-Z]", word):
                word = word.partition(" ")[2]
            if not word or word in {"I", "I'm", "I've", "I'd", "I'll", "OK"} or word in out:
                continue
            if word.lower() in MEASURES or word in _GENERIC_CAPITALS:
                continue  # a unit of measure is part of its figure ("900 KB"), not a name
            if _CALENDAR.fullmatch(word):
                continue  # "each Friday", "in March": a time, not a tool or an organisation
            number = _STANDARD_NUMBER.match(sentence.strip(), m.end()) if _NAME_BEFORE_NUMBER.search(f"{word} ") \
                else None
            if number:  # "IFRS 16", "ISO 9001", "Key Stage 3": the number is part of the name (not a figure)
                word += number.group(0)
            out.append(word)
    known = {w.lower() for name in out for w in name.split()}
    return out + [t for t in tech_names(answer) if not set(t.lower().split()) <= known]


def specifics_in(answer: str) -> list[str]:
    """Figures first (so that they survive a cut), then named tools and organisations."""
    return list(dict.fromkeys([*figures_in(answer), *names_in(answer)]))


# Words an answer can be made of without saying anything of its own ("I worked on that with the team and it went
# pretty well, we used a lot of good tools"): such an answer is far from the question in meaning, like an off-topic
# one, but it is vague, not about something else.
GENERAL_WORDS = frozenset(re.findall(r"\w+", """
    work worked working works team teams went go goes going pretty well good great nice fine okay ok lot lots tool
    tools thing things stuff learned learn learning learnt used use using project projects really many much different
    various everything anything something job jobs people time times made make making done help helped helping part
    role kind sort way ways best better new always usually basically actually overall whole experience experiences
    skills skill important try tried trying handle handled deal dealt manage managed think thought know knew sure
    definitely quite bit little hard easy successful success fun interesting challenge challenges challenging everyone
    together colleagues company smoothly smooth fairly generally mostly quality approach stakeholders process
    processes results result outcome outcomes goal goals deliver delivered we us our yeah yes yep so um uh er like
    honestly alright right few place places
    communication communicate communicating inform informed keep keeping others flexible contribute contributing
    positive positively spirit worker player passionate motivated dedicated reliable honest open person
    contributed above beyond customer customers client clients
""".lower()))
GENERAL_OWN_WORDS = 1  # at most this many words of its own (not general, not the question's): says nothing specific


def says_nothing_specific(answer: str, asked: Sequence[str]) -> bool:
    """No name or figure, and at most :data:`GENERAL_OWN_WORDS` content words that are neither general
    (:data:`GENERAL_WORDS`) nor already in ``asked``."""
    if specifics_in(answer):
        return False
    said = set().union(*(content_words(text) for text in asked))
    own = {w for w in content_words(answer) if w not in GENERAL_WORDS and w not in said}
    return len(own) <= GENERAL_OWN_WORDS


# Words of the question that say how to answer rather than what about ("Tell me about a time you ...").
GENERIC_ASK = frozenset(re.findall(r"\w+", """
    tell time times talk walk through dealing handling working managing experience experiences give describe share
    recent recently work worked
    working kind something anything thing things way ways like most hardest biggest favourite favorite please
    job role handle handled deal dealt situation situations approach would did does many much years year long
    interested interest want
""".lower()))


# Words a reference qualifies its ideas with: never what an answer "misses" ("misses y-axis, x-axis and different").
_MODIFIERS = frozenset(re.findall(r"\w+", """
    different various several certain particular specific many much more most less least highly very usually
    generally typically often commonly always sometimes mainly mostly especially excessively overly relatively
    fairly quite rather simply basically actually possible possibly likely new given whole entire
"""))


# Words that join or place ideas: never an idea an answer "covers" or "misses" (a course's reference, SAF's: "it
# covers header, bytes and while", "it misses since, unless and therefore").
FUNCTION_WORDS = frozenset(re.findall(r"\w+", """
    since unless therefore thus hence while whereas whereby whether because either neither both between among
    within without upon onto towards toward against along across through throughout during before after above
    below under until till per via instead rather otherwise else yet already again ever never always once twice
    here there where wherever whenever whatever whichever whoever however anyway still just even only too
    every everything something anything nothing someone anyone everyone kind sort way ways thing things case
    cases etc e.g i.e example following follows like unlike same such whose whom whom's
    get gets got getting go goes going went come comes came take takes took put puts let lets keep keeps
    able unable need needs must shall we us our ours my mine me your yours his her hers he she its one ones
"""))
_NOT_NAMES = STOPWORDS | FUNCTION_WORDS  # a capital after a line break ("... packets\nThe sender") is no name
_MARKUP = re.compile(r"<[^>]*>")  # a bank's reference may hold HTML: "<img src=\"img/sql_9_example.png\" />"
# The reference split into its points: sentences, bullets, list items and clauses after a semicolon (not after a
# colon: "Reverse Path Forwarding: each node ..." is one point, its label alone none).
_POINT_BREAK = re.compile(r"(?<=[.!?])\s+|[\n;•●○▪◦]|\s[-–]\s|\(\d\)|\b\d\.\s")


def _reference_terms(reference: str, question: str, answer_words: set[str],
                     answer: str = "") -> tuple[list[str], list[str]]:
    """The reference's key terms that the question does not already say (every part of "precision-recall") and that
    are ideas, not qualifiers, joining words or feedback words: those the answer uses, and those it lacks."""
    asked = content_words(question)
    terms = [t for t in key_terms(reference) if t not in FEEDBACK_VOCABULARY and t not in _MODIFIERS
             and t not in FUNCTION_WORDS and not all(part in asked for part in t.split("-") if part)]
    covered = [t for t in terms if mentions(answer_words, t) or _spelled_out(t, reference, answer)]
    return covered, [t for t in terms if t not in covered]


def _spelled_out(term: str, reference: str, answer: str) -> bool:
    """Whether ``term``, an acronym in the reference ("MSE", "MAE"), is said in full in the answer ("mean squared
    error"): the initials of consecutive words of the answer spell it. A candidate who said "mean absolute error" was
    told the answer "misses mse, mae and coefficient" (a bank question on regression metrics)."""
    if not 3 <= len(term) <= 6 or not re.search(rf"\b{re.escape(term.upper())}s?\b", reference):
        return False
    initials = "".join(w[0] for w in re.findall(r"[a-z]+", answer.lower()))
    return term in initials


def missing_point(reference: str, question: str, answer_words: set[str], answer: str = "") -> str | None:
    """The point of the reference (markup removed) the answer covers least, as the reference words it: of the points
    with at least three key terms (:func:`_reference_terms`), the one with the smallest share of them in the answer,
    where that share is below a half (the earliest of equals); at most 25 words. None where every point is covered."""
    best: tuple[float, str] | None = None
    for point in _POINT_BREAK.split(reference):
        point = " ".join(point.split()).strip(" ,.")
        if point.endswith(":"):  # a lead-in ("the three most popular are the following:"), not a point
            continue
        covered, lacking = _reference_terms(point, question, answer_words, answer)
        if len(covered) + len(lacking) < 3:
            continue
        share = len(covered) / (len(covered) + len(lacking))
        if share < 0.5 and (best is None or share < best[0]):
            best = (share, point)
    if best is None:
        return None
    words = best[1].split()
    return " ".join(words[:25]) + (" ..." if len(words) > 25 else "")


# Figures written in Chinese numerals: a percentage ("百分之二十六"), or numerals before a unit of time, count or
# measure ("每秒三万条", "两个小时", "十五分钟"); a bare 一 ("一个模块", "一次") counts nothing, as a bare "one" does
# not in English, nor does an ordinal ("第二次").
_ZH_NUMERALS = "零〇一二两三四五六七八九十百千万亿半"
_ZH_UNITS = ("个月|个小时|个|次|人|名|位|台|条|行|倍|毫秒|秒钟|秒|分钟|小时|天|周|月|年|笔|家|套|份|张|项|篇|层|元|块|"
             "场|轮|版|季度|公里|千米|米")
ZH_NUMERAL_FIGURE = re.compile(rf"百分之[{_ZH_NUMERALS}点]+|(?<!第)(?<![{_ZH_NUMERALS}])(?!一(?:{_ZH_UNITS}))"
                               rf"[{_ZH_NUMERALS}]+(?:{_ZH_UNITS})")
# In a Chinese answer, where capitalisation marks nothing: a Latin-script name ("Kafka", "Node.js") and a number
# with its unit ("30%", "2 小时").
ZH_LATIN_NAME = r"[A-Za-z][A-Za-z0-9+#.\-]*[A-Za-z0-9+#]"
ZH_DIGIT_FIGURE = r"\d[\d.,]*\s*(?:%|％|倍|万|千|百|毫秒|秒|分钟|小时|天|周|个|次|人|台|条|行)?"
# The candidate as the subject of something done: "我" but not "我们", a habit or an opinion ("我会保持冷静",
# "我一直很注重", "我觉得"); a deliberate "not" is an action ("我没有在会上争论，而是会后单独找他").
_NOT_ACTION_ZH = ("们|的|觉得|认为|会|一直|通常|平时|总是|都|比较|很|是|想|希望|喜欢|相信|能|可以|应该|"
                  "需要|要|好像|最|其实|一般|个人|业余")
ZH_OWN_ACTION = re.compile(rf"我(?!{_NOT_ACTION_ZH})")


# A change as a Chinese answer says it: "首屏从三秒多降到一秒二", "复购率从百分之十八提到百分之二十六".
_ZH_CHANGE = re.compile(r"从[^，。；,;从]{1,12}?(?:降|减|提|升|增|缩短|压缩|下降|上升|提高|提升|增加|减少)"
                        r"[^，。；,;到]{0,2}到[^，。；,;]{1,10}")
_ZH_VERDICT: dict[str, str] = {"excellent": "回答很好。", "good": "回答不错。", "fair": "回答尚可。",
                               "weak": "回答还比较笼统。", "poor": "回答还没有说到点上。"}


def _compose_zh(answer: str, score: float) -> str:
    """The verdict of the score's label, what the answer gave (the candidate's own part, tools, figures: a change as
    it is said first), and what it lacks or what a strong answer would add. "回答切题，给出了数字（三秒、80%）" was
    said of "首屏从三秒多降到一秒二，投诉降了 80%", and a vague answer was told only "请补充具体的数字"."""
    # a run of Latin words is one name: "Django REST framework"
    tools = list(dict.fromkeys(re.findall(rf"{ZH_LATIN_NAME}(?: {ZH_LATIN_NAME})*", answer)))[:3]
    changes = [m.group() for m in _ZH_CHANGE.finditer(answer)]
    found = sorted([*re.finditer(ZH_DIGIT_FIGURE, answer), *ZH_NUMERAL_FIGURE.finditer(answer)],
                   key=lambda m: (not re.search(r"%|％|百分之", m.group()),
                                  not re.search(r"毫秒|秒|分钟|小时|天|周|倍", m.group()), m.start()))
    figures = list(dict.fromkeys([*changes, *(m.group().strip() for m in found
                                              if not any(m.group().strip() in c for c in changes))]))[:2]
    own = ZH_OWN_ACTION.search(answer) is not None
    # "数据库优化我做过很多" says no more than that it was done: a weak answer's "我" is not credited alone
    credited = own and (bool(tools or figures) or label_for(score) not in ("weak", "poor"))
    good = (["说清了你本人做的事"] if credited else []) + ([f"提到了{'、'.join(tools)}"] if tools else []) + (
        [f"给出了数字（{'、'.join(figures)}）"] if figures else [])
    missing = (["你本人具体做了什么"] if not own else []) + (
        ["一个具体的例子：当时的情况，用到的工具或方法"] if not tools and not figures else []) + (
        ["可衡量的结果，比如数字或前后对比"] if not figures else [])
    parts = [_ZH_VERDICT[label_for(score)]]
    if good:
        parts.append(f"{CREDIT['zh']}{'，'.join(good)}。")
    if missing:
        parts.append(f"还缺少{'；还有'.join(missing[:2])}。")
    elif score >= 85:
        parts.append("好的回答还会说说你从中学到了什么、下次会怎么做。")
    return "".join(parts)


def compose_feedback(question: str, answer: str, reference: str | None, score: float, language: Language) -> str:
    """Up to three sentences about this answer: what it does well and the two most useful things it lacks, every
    named thing taken from the answer, the question or the reference."""
    if language == "zh":
        return _compose_zh(answer, score)
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]{2,}", answer)}
    n_words = len(answer.split())
    actions, figures = actions_in(answer), [f for f in figures_in(answer) if creditable(f)]
    names = [n for n in names_in(answer) if n.lower() not in _NOT_NAMES]
    strengths = []
    reference = _MARKUP.sub(" ", reference) if reference else reference
    covered, missing = _reference_terms(reference, question, words, answer) if reference else ([], [])
    named = {n.lower() for n in names}
    if covered := [t for t in covered if t not in named]:  # "ROC" is credited as a name
        strengths.append(f"covers {_join(covered[:3])}")
    if actions:
        strengths.append(f"says what was done ({', '.join(actions[:2])})")
    if names:
        strengths.append(f"names {_join(names[:3])}")
    if figures:
        strengths.append(f"gives figures ({', '.join(figures[:2])})")
    gaps = []
    hedges = list(dict.fromkeys(h.lower() for h in _HEDGE.findall(answer)))
    if hedges:
        said = ", ".join(f'"{h}"' for h in hedges[:2])
        gaps.append(f"It hedges ({said}): say what you do know, and how you would find out the rest.")
    if reference:
        # beside a good grade, a point to add, not a fault
        if point := missing_point(reference, question, words, answer):
            gaps.append(f'The expected answer also makes this point: "{point}".' if score >= 70 else
                        f'It does not cover this point of the expected answer: "{point}".')
        elif missing:
            gaps.append(f"Compared with the expected answer it misses {_join(missing[:3])}.")
    else:
        asked = [t for t in key_terms(question) if t not in FEEDBACK_VOCABULARY and t not in GENERIC_ASK]
        if len(asked) >= 2 and not any(mentions(words, t) for t in asked):
            longest = sorted(asked, key=len, reverse=True)[:2]  # the longer words are the more specific ones
            gaps.append(f"It does not seem to answer the question: it never mentions {_join(longest)}.")
        if not actions:
            gaps.append("Say what you yourself did, in the first person.")
        if not any(measured(f) for f in figures):
            gaps.append("Add a measurable result: a number, a time saved or a before-and-after.")
    if n_words < 25:
        gaps.append("Develop it: explain how and why, in a few sentences." if reference else
                    "Develop it: one concrete example, your part in it and how it ended.")
    credit = ", ".join(strengths[:-1]) + ", and " + strengths[-1] if len(strengths) > 1 else "".join(strengths)
    sentences = ([f"It {credit}."] if credit else []) + gaps[:2]
    if not sentences:
        sentences = ["It answers the question directly." if score >= 70 else
                     "It stays general: answer with one concrete example, your part in it and the result."]
    return " ".join(sentences)


# ------------------------------------------------------------------------------- feedback from an assessment

VERDICT: dict[ScoreLabel, str] = {
    "excellent": "A strong answer.",
    "good": "A good answer.",
    "fair": "A fair answer, thin in places.",
    "weak": "A weak answer: it does not yet show what the question asks for.",
    "poor": "This does not answer the question yet.",
}
_NOTHING_MISSING: frozenset[ScoreLabel] = frozenset({"good", "excellent"})  # labels that may say nothing is missing
_STAR_ADVICE = (("situation", "the situation in a sentence"), ("action", "what you yourself did, step by step"),
                ("result", "the result, with a figure if there is one"))
_GAP_SENTENCE: dict[str, str] = {
    "substance": "What is missing is substance: one concrete example with your own part in it.",
    "own_actions": "It does not say what you yourself did (say \"I\", not only \"we\").",
    "result": "It does not say how it ended: the result, ideally with a number.",
}

# ... and where the answer has already been credited for saying what the candidate did ("Good: it says what you did
# (I migrated, I wrote)"), asking for "one concrete example with your own part in it" contradicts the credit (seen
# in a browser interview on john_doe.pdf): what such an answer lacks is more of the detail of it.
# Not "the tools, systems and figures": a nurse's thin answer about a ward's ventilators was asked for systems.
_DETAIL_SENTENCE = "What is missing is more detail: the methods, tools, people and figures behind what you did."
# An explanation that says where the candidate used it: "in Campus Ride I had a filter like withinKm(radius)(ride)" was
# told a strong answer "would add an example from your own work" (a browser interview, 2026-12-06); "I had", "we
# used" are no own actions, but they place the idea in the candidate's work.
_OWN_USE = re.compile(r"\b(?:I|we)\s+(?:\w+\s+)?(?:used|had|applied|needed|wrote|built|added|switched|introduced)\b|"
                      r"\b(?:in|on|at)\s+(?:my|our)\s+(?:\w+\s+)?(?:project|app|team|job|code|work|service|company)\b",
                      re.I)
# A knowledge question (agent/assess.KNOWLEDGE_CAPS): what is missing is the explanation, in the candidate's words.
_EXPLANATION_SENTENCE = "What is missing is the explanation itself: how it works, in your own words."
_EXPLAINED = 4  # terms of its own that make an answer an explanation worth crediting (the cap's first line)
# A school of the resume (agent/assess.py, "studies"): what it taught, not a story with a measurable result.
_STUDIES_SENTENCE = "What is missing is what you learnt: a course, a project or a method from it."


# The candidate telling a habit in the first person: "I usually ...", "I always try to ...", "I tend to ...".
_HABIT = re.compile(r"\bi\s+(?:\w+\s+)?(?:usually|always|normally|generally|often|tend to|try to)\b", re.I)


def _own_actions_sentence(answer: str) -> str:
    """What to say of an answer without the candidate's own actions: told as "we", told as habits ("I try to listen
    first", where "say I" was wrong advice), or told of nobody."""
    # "I usually just talk it through ... we find a middle ground": "I" was said, about a habit
    if re.search(r"\bwe\b", answer, re.I) and not _HABIT.search(answer):
        return _GAP_SENTENCE["own_actions"]
    if re.search(r"\bi\b", answer, re.I):
        return "It says how you work in general, not what you did in one real situation."
    return "It does not say what you yourself did."


# What a question asks the candidate to have done, not what about: "What did you do to build Worker microservices ...?",
# "... during the time you led cross-functional teams?", "... while leading the migration?"
_ASKED_VERBS = frozenset(re.findall(r"\w+", """
    build implement design migrate reduce scale lead automate create develop improve optimize optimise deploy maintain
    manage run set use contribute integrate test debug refactor launch ship support
    built implemented designed migrated reduced scaled led automated created developed improved optimized optimised
    deployed maintained managed ran used contributed integrated tested debugged refactored launched shipped supported
    building implementing designing migrating reducing scaling leading automating creating developing improving
    optimizing optimising deploying maintaining managing running setting using contributing integrating testing
    debugging refactoring launching shipping supporting
"""))
# Words that join a subject to the rest of a question: "the time you led cross-functional teams" is not "Google during".
_JOINING = frozenset(re.findall(r"\w+", """during while since after before within without across between through
    behind among against toward towards under around beyond despite until upon onto along via per down up off"""))
# a past tense before the change it measures is a verb, not the subject: "MQL-to-SQL conversion jumped from 12% to
# 21%", "refresh time dropped from six hours"
_CHANGED = re.compile(r"\w{3,}ed(?=\s+(?:from|by|to)\s+\W?\d)")
# a verb told of someone, not a subject: "... and wrote twelve incident reports", "a third spoke Spanish", "How has that
# degree helped you", "Payroll processing heads your skills list"
_TOLD_VERB = re.compile(rf"(?:{'|'.join(sorted(_IRREGULAR_PAST))})\b|"
                        r"\w{3,}ed(?=\s+(?:you|your|them|us|me)\b)|\w{3,}s(?=\s+your\b)", re.I)
# a question that opens on its subject: "Motivational interviewing is on your skills list. Can you ...?"
_OPENING_SUBJECT = re.compile(r"^((?:[A-Z][\w\-]*)(?: [\w\-]+){1,4}?) "
                              r"(?:is|are|was|were|heads|tops|leads|sits|comes)\b")
_EVENT_WORDS = 14
_EVENT_CLAUSE = frozenset(("when", "while", "because", "under", "without", "after", "before", "if", "so", "where"))
_BEFORE_A_VERB = frozenset(("you", "to", "i", "we", "it", "they", "he", "she"))  # "how did it turn out"
_PEOPLE = frozenset(("someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"))
_BEFORE_A_GERUND = frozenset(("by", "after", "before", "when", "without"))


_EVENT = re.compile(r"\b(an? (?:time|situation|moment|day|week|mistake|disagreement|conflict|failure|problem|decision|"
                    r"challenge|setback|success|achievement|change|occasion|period) (?:when |where |that |in which )?"
                    r"(?:you|someone|somebody|(?:a|your|the) (?:colleague|team|crew|customer|client|patient|manager))"
                    r"\b[^.?!,;:]*?)"
                    r"(?=\s*(?:[.?!,;:]|\b(?:and (?:what|how|why)|what|how)\b|$))", re.I)


def subject_word(word: str) -> bool:
    """Whether a question's word can name what it is about: not a function word, nor one of asking ("tell", "walk"),
    nor a verb of the work asked about ("build", "reduced")."""
    w = word.lower()
    return (len(w) > 2 and w not in STOPWORDS and w not in FEEDBACK_VOCABULARY and w not in GENERIC_ASK
            and w not in _PEOPLE and w not in _ASKED_VERBS and w not in _JOINING)


_NAME_WORDS = 8  # the longest name a question's subject quotes whole


def subject_of(question: str) -> str:
    """What a question is about, for feedback: the words it opens on where they are its sentence's subject
    ("motivational interviewing"), the event a behavioural question asks for ("a mistake you made with a patient"),
    its longest run of two or more subject words as it is written ("the consolidated service discovery layer"), else
    its two longest subject words ("language and projects")."""
    question = re.sub(r"\s*\([^()]*\)", "", question)  # an aside: "BinDay (open source)" is about BinDay
    opening = _OPENING_SUBJECT.match(question)
    if opening and all(map(subject_word, opening.group(1).split())):
        first, _, rest = opening.group(1).partition(" ")
        return f"{first if first.isupper() or first[1:] != first[1:].lower() else first.lower()} {rest}"
    # a behavioural question's event as it asks it: "the question about a time you failed", not "about happened and
    # failed" (its longest words)
    event = _EVENT.search(question)
    if event:
        # a long one up to its first clause: "a time you had to get people to follow your lead", without "when you
        # weren't their manager"; too long for that, the subject below
        words = event.group(1).split()
        cut = len(words) if len(words) <= _EVENT_WORDS else \
            next((i for i, w in enumerate(words) if i >= 5 and w.lower() in _EVENT_CLAUSE), len(words))
        if cut <= _EVENT_WORDS:
            return " ".join(words[:cut])
    runs: list[list[str]] = [[]]
    prev = ""
    gerund = False  # a verb in -ing came before: "In preparing and filing court bundles" ("the filing court
    # bundles" was the subject, terminal, 2026-12-07), "by managing the rota and hiring staff"
    verbs: set[str] = set()
    changed = {m.start() for m in _CHANGED.finditer(question)}
    for m in re.finditer(r"[A-Za-z0-9][\w.+#\-]*", question):
        word = m.group(0).rstrip(".")
        # a verb is not the subject: "how did you prepare quarterly VAT returns", "by moving accrual journals"
        told = _TOLD_VERB.match(question, m.start())
        ing = word.lower().endswith("ing")
        # (and a question's opening "In preparing ...", where "in nursing homes" inside it names a place)
        opens = prev == "in" and re.match(r"\s*In\s+$", question[: m.start()]) is not None
        joined = gerund and ing and prev in ("and", "or")
        verb = (prev in _BEFORE_A_VERB or (prev in _BEFORE_A_GERUND or opens) and ing or m.start() in changed
                or (told is not None and told.end() == m.start() + len(word)) or joined)
        gerund = gerund or verb and ing
        if subject_word(word) and not verb:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
        if verb:
            verbs.add(word.lower())
        prev = word.lower()
    longest = max(runs, key=len)
    if len(longest) >= 2:  # a name takes no article: "Pied Piper", not "the Pied Piper" (richard_hendriks.docx)
        # a name whole ("the question about Red River Regional Water Treatment" lacked its "Plant", terminal,
        # 2026-12-07), a phrase up to five words
        capitalised = all(w[0].isupper() for w in longest)
        run = " ".join(longest[:_NAME_WORDS if capitalised else 5])
        # nor does a field the question names bare: "skills in sepsis management", not "the sepsis management"
        before = re.search(rf"(\w+)\W+{re.escape(longest[0])}\b", question)
        bare = before is not None and before.group(1).lower() in ("in", "with", "about", "of", "on", "for", "into")
        # ... unless the question gives it one: "the Canine Blood Donor Programme", "the Boston Housing Help Clinic"
        named = all(w[0].isupper() for w in longest[:5]) and not (before is not None and before.group(1) == "the")
        # nor one with its own determiner ("the question about the another team", browser, 2026-12-07)
        own = longest[0].lower() in ("another", "each", "every", "any", "some", "this", "that", "these", "those")
        return run if named or bare or own else f"the {run}"
    asked = [t for t in key_terms(question) if subject_word(t) and t not in verbs]  # "team", not "team and seen"
    # as the question writes them: "the question about Google", not "about google"
    written = {w.lower(): w for w in reversed(re.findall(r"[A-Za-z][A-Za-z\-]{2,}", question))}
    return _join([written.get(t, t) for t in sorted(asked, key=len, reverse=True)[:2]]) if asked else ""


# Verbs of an action that tell only of time or effort spent, not of what was done: credited after the others.
_SPENT = frozenset({"spent", "worked", "work", "learned", "learnt", "learn"})


def _spends_time(action: str) -> bool:
    """Whether an own action ("I spent", "I had to work") is one of :data:`_SPENT` (its verb, not its particle)."""
    return any(word.lower() in _SPENT for word in action.split()[1:])


def assessed_feedback(question: str, answer: str, score: float, a: Assessment) -> str:
    """Feedback for an answer assessed without a reference (agent/assess.py): the verdict of the score's label,
    what the answer does well (its own actions, names and figures), what it lacks, and what a strong answer would
    add, so that the label, the verdict and the follow-up never disagree. Every named thing comes from the answer
    or the question."""
    if not a.attempt:
        return ("This is not an attempt at the question, so there is nothing to credit yet. A strong answer would "
                "take one real situation, even a small one, and say what you did and how it ended.")
    if "relevance" in a.missing:
        about = f" about {subject}" if (subject := subject_of(question)) else ""
        return (f"This does not answer the question{about}: it talks about something else. A strong answer would "
                "take the question head on, with one example from your own work.")
    parts = [VERDICT[label_for(score)]]
    strengths = []
    # "I worked on that with the team" in an answer that names nothing and scores weak is no strength to credit;
    # an example told step by step ("I traced the failures ..., I added idempotency keys ...") is, but not steps
    # that say nothing of their own ("I used it in a few places ..., I learned a lot from it": barry_allen_fe.pdf)
    done = actions_in(answer, scenes=False)
    # not the scene ("When I joined Rotaline"); an action that tells only of time or effort after those that say what
    # was done ("I spent four years fixing avionics ..., I have kept 3,400 devices ..." was credited "I spent")
    shown = sorted((act for act in a.own_actions if act in done), key=_spends_time)
    if shown and (a.specifics or label_for(score) not in ("weak", "poor")
                  or (sum(map(told, a.own_actions)) >= STEPS and not says_nothing_specific(answer, [question]))):
        strengths.append(f"says what you did ({', '.join(shown[:2])})")
    # What the assessment counted as specifics: on a resume topic, only what the question had not already named.
    names = [n for n in names_in(answer) if n in a.specifics]
    # an explanation's figures are its examples ("'1' == 1"), not results; its terms are what it is made of
    figures = shown_figures(answer, [f for f in figures_in(answer) if f in a.specifics and creditable(f)]) \
        if a.terms is None else []
    if a.terms and len(a.terms) >= _EXPLAINED and "substance" not in a.missing:  # the longest: "coercion", not "type"
        strengths.append(f"explains the idea in its own words ({_join(sorted(a.terms, key=len, reverse=True)[:3])})")
    if names:
        strengths.append(f"names {_join(names[:3])}")
    if figures:
        strengths.append(f"gives figures ({', '.join(figures[:2])})")
    if strengths:
        parts.append(f"{CREDIT['en']}it " + (", ".join(strengths[:-1]) + " and " + strengths[-1] if len(strengths) > 1
                                    else strengths[0]) + ".")
    if a.filler_points:
        parts.append(_fillers_sentence(answer, a))
    gaps = [m for m in a.missing if m in _GAP_SENTENCE][:2]
    # "I wrote the idempotency layer myself: ..." at 45 was told it lacked "one concrete example with your own part in
    # it" (a browser test's report, 2026-12-06): an action that says what was done is the candidate's part, even where
    # it is not credited; "I worked on it", "I made it better" are not
    says_what_was_done = any(act.split()[1].lower() not in GENERAL_WORDS for act in a.own_actions)
    parts += [_own_actions_sentence(answer) if m == "own_actions" else
              _EXPLANATION_SENTENCE if m == "substance" and a.terms is not None else
              _STUDIES_SENTENCE if m == "substance" and a.studies else
              _DETAIL_SENTENCE if m == "substance" and a.own_actions and (strengths or says_what_was_done)
              else _GAP_SENTENCE[m] for m in gaps]
    if a.terms is not None:  # a knowledge question: an explanation, not a story with a result
        parts.append("A strong answer would also say when it is the wrong choice." if a.own_actions or
                     _OWN_USE.search(answer) else
                     "A strong answer would add an example from your own work where it mattered.")
    elif a.studies:
        # "Nothing essential is missing" after "A fair answer, thin in places" (65, seen in a terminal interview on a
        # mechanical engineer's resume) says two things: only a good answer lacks nothing essential
        parts.append("Nothing essential is missing: it says what you learnt there and what came of it."
                     if not a.missing and label_for(score) in _NOTHING_MISSING else
                     "A strong answer would also say where you have used it since, in one example.")
    elif a.behavioural:
        # what the gaps' sentences have not already asked for ("It does not say how it ended" and then "would add
        # ... the result" said it twice, seen in a terminal interview on a chef's resume)
        asked = {part for part, gap in (("action", "own_actions"), ("result", "result")) if gap in gaps}
        said = [text for part, text in _STAR_ADVICE if part not in a.star and part not in asked]
        if said:
            parts.append(f"A strong answer would add {_join(said)}.")
        elif all(part in a.star for part, _ in _STAR_ADVICE):
            parts.append(_told_story_advice(answer, label_for(score)))
    elif asks_motivation(question):  # neither a reason for an approach nor a measurable result fits "why this role?"
        if not says_what_you_want(answer):
            parts.append("A strong answer would also say what draws you to this role and where you want it to take "
                         "you.")
        elif not a.missing and label_for(score) in _NOTHING_MISSING:  # else the gap's sentence has said it
            parts.append("Nothing essential is missing: it says what you bring and what you want from the role.")
        elif not a.missing:
            parts.append("A strong answer would also name one thing you have done that this role needs.")
    # else the gap's sentence has already asked for it; a count ("the two images") is no result
    # any measured figure of the answer, the resume's own too ("complaints fell from 14 to 3 per quarter" was asked
    # for "a measurable result": the resume had said it, so it was not credited as new)
    elif not any(measured(f) for f in figures_in(answer)) and "result" not in a.missing:
        parts.append("A strong answer would add a measurable result: a number, a time saved or a before-and-after.")
    elif not gives_reason(answer):
        parts.append("A strong answer would also say why you chose that approach over another.")
    else:
        parts.append("A strong answer would also say what you would do differently next time.")
    return " ".join(parts)


def _fillers_sentence(answer: str, a: Assessment) -> str:
    """What the filler words cost, and which ones (agent/assess.py, FILLER_POINTS)."""
    said = ", ".join(f'"{word}" {count}x' for word, count in fillers_in(answer.split()).most_common(3))
    return (f"Filler words cost it {a.filler_points:.0f} points: {a.fillers_per_100:.0f} in every 100 words ({said}), "
            "where up to 3 go unnoticed; a short pause does the same job.")


# "Why are you interested in the role?", "What would you bring to it?", "Why do you want this job?"
_MOTIVATION = re.compile(r"\bwhy (?:are you|do you want|this (?:role|job|position|company))|"
                         r"\binterested in (?:the|this)\b|\bwhat (?:would|will|could) you bring\b|"
                         r"\bwhy should we hire\b", re.IGNORECASE)
# What the candidate wants or looks for: "I want a senior role where ...", "I'm looking for", "excites me", "the part
# I enjoy most is ...", "a senior role lets me do that across both platforms".
_WANTS = re.compile(r"\b(?:I|i)(?:\s+(?:want|would like|am looking|hope|aim|enjoy|enjoyed|love|loved|liked|care about|"
                    r"am keen|am excited)|"
                    r"['’]d like|['’]m (?:looking|keen|excited|drawn))\b|\bexcites? me\b|\bdraws? me\b|"
                    r"\bappeals? to me\b|\b(?:role|job|position) (?:would )?lets? me\b|\bwhat I (?:enjoy|love)\b|"
                    r"\bmy goal\b|\bpassionate about\b", re.IGNORECASE)


def asks_motivation(question: str) -> bool:
    """Whether the question asks why the candidate wants the role, or what they would bring to it."""
    return bool(_MOTIVATION.search(question))


def says_what_you_want(answer: str) -> bool:
    return bool(_WANTS.search(answer))


# A lesson drawn: "since then every migration ships with a rollback", "I learned", "now I always", "next time".
_LESSON = re.compile(r"\b(?:since then|ever since|from then on|after that i|learn(?:ed|t)|lessons?|taught me|"
                     r"now i|i now|next time|would do differently|do it differently|in hindsight|looking back)\b",
                     re.IGNORECASE)


def draws_lesson(answer: str) -> bool:
    """Whether a story ends with what the candidate took from it (then asking for the lesson would repeat it)."""
    return bool(_LESSON.search(answer))


# A reason or a trade-off given: "because", "so that", "rather than", "instead of", ", so features are ...".
_REASON = re.compile(r"\b(?:because|so that|in order to|rather than|instead of|trade-?offs?|the reason|"
                     r"chose|opted|decided|so (?:we|I|they|it|you) (?:could|can|would))\b|, so\b", re.IGNORECASE)


def gives_reason(answer: str) -> bool:
    """Whether the answer says why it did what it did (then asking for the reason would repeat it)."""
    return bool(_REASON.search(answer))


def _told_story_advice(answer: str, label: ScoreLabel) -> str:
    """What a strong answer would add to a story with all its STAR parts: the lesson, else the reason, else, below
    "good", how it answers the question ("A fair answer, thin in places ... Nothing essential is missing" said two
    things of a failure story far from its question's words, 65, read on resume_answers_varied.dev), else nothing."""
    if not draws_lesson(answer):
        return "A strong answer would also say what you learned and would do differently."
    if not gives_reason(answer):
        return "A strong answer would also say why you chose that approach over another."
    if label not in _NOTHING_MISSING:
        return "A strong answer would also say plainly how this story answers the question."
    return "Nothing essential is missing: keep your stories this concrete."
