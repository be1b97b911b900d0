"""Delivery metrics and the speech reminders they raise: pure functions on hand-made word timings."""

from __future__ import annotations

import pytest

from tools.speech.delivery import (
    combine_delivery,
    count_fillers,
    fillers_in,
    measure_delivery,
    reminder_strengths,
    speech_reminders,
)
from tools.speech.schema import Word
from tools.speech.stt import Piece, verdict


def timed(text: str, *, start: float = 0.0, per_word: float = 0.4, gaps: dict[int, float] | None = None) -> list[Word]:
    """Words spoken back to back, ``per_word`` seconds each; ``gaps`` inserts silence before word i."""
    words, t = [], start
    for i, w in enumerate(text.split()):
        t += (gaps or {}).get(i, 0.0)
        words.append(Word(text=w, start=round(t, 3), end=round(t + per_word, 3)))
        t += per_word
    return words


def sentence(n: int) -> str:
    return " ".join(["word"] * n)


def test_pace_share_and_comfortable_ranges() -> None:
    words = timed(sentence(60), start=2.0)  # 60 words in 24 s = 150 wpm, after 2 s of thinking
    m = measure_delivery(words, 26.0)
    assert m.rate == pytest.approx(150.0) and m.rate_unit == "wpm" and m.words == 60
    assert m.speaking_s == pytest.approx(24.0) and m.speaking_share == pytest.approx(24 / 26, abs=1e-3)
    assert m.fillers == 0 and m.long_pauses == [] and m.longest_pause_s == 0.0
    assert {a.metric: a.position for a in m.assessments} == {
        "wpm": "within", "fillers_per_100": "within", "long_pauses_per_min": "within", "speaking_share": "within"}
    assert [r.key for r in speech_reminders(m)] == ["good_pace"]


def test_fillers_sounds_always_words_only_when_set_off_by_commas() -> None:
    words = timed("So, um, I like Python and, like, uh... you know, it is fast. Umm I mean, yes. Hmm")
    found = count_fillers(words)
    assert found == {"um": 2, "like": 1, "uh": 1, "you know": 1, "i mean": 1, "hmm": 1}  # "Umm" counts as "um"
    assert count_fillers(timed("I like it and you know the answer I mean it")) == {}


def test_held_sounds_count_and_a_transcript_text_is_read_like_timed_words() -> None:
    """"Ummm", "uhhh" and "Hmmm" are how transcripts spell a held filler (the MIT interview transcripts do)."""
    text = "Ummm so I, like, worked on uhhh the queue. Hmmm, mmm. I like Python and I summed it up."
    assert fillers_in(text.split()) == {"um": 1, "uh": 1, "hmm": 2, "like": 1}
    assert fillers_in(text.split()) == count_fillers(timed(text))


def test_a_sound_held_on_two_letters_is_one_filler_and_words_are_not() -> None:
    """"Uhhhmmm sure." (an MIT interview's answer) and "ahhh" were not counted: only one held letter was read."""
    text = "Uhhhmmm sure. Ahhh, errr, I uhm took the ahead umbrella to her home and summed them."
    assert fillers_in(text.split()) == {"um": 2, "ah": 1, "er": 1}


def test_long_pauses_counted_and_longest() -> None:
    words = timed(sentence(30), gaps={10: 2.0, 20: 3.5, 25: 1.0})
    m = measure_delivery(words, words[-1].end)
    assert [p.seconds for p in m.long_pauses] == [2.0, 3.5]
    assert m.longest_pause_s == 3.5 and m.long_pauses[0].start == pytest.approx(4.0)
    assert m.speaking_s == pytest.approx(words[-1].end - 6.5)


@pytest.mark.parametrize(("words", "seconds", "level", "expected"), [
    (timed(sentence(80), per_word=0.25), 20.0, None, "too_fast"),  # 240 wpm
    (timed("um " * 10 + sentence(40)), 20.0, None, "fillers"),  # 20 per 100 words
    (timed(sentence(20), gaps={5: 5.0, 10: 5.0, 15: 5.0}), 23.0, None, "long_pauses"),
    (timed(sentence(5), start=25.0), 30.0, None, "silence"),  # 2 s of speech in 30 s
    (timed(sentence(40)), 16.0, -45.0, "too_quiet"),
])
def test_each_problem_raises_its_reminder_first(words: list[Word], seconds: float, level: float | None,
                                                expected: str) -> None:
    m = measure_delivery(words, seconds, level_dbfs=level)
    raised = speech_reminders(m)
    assert raised[0].key == expected and raised[0].strength > 0.5
    assert raised[0].en and raised[0].zh
    assert "good_pace" not in [r.key for r in raised]


def test_strengths_are_bounded_and_cover_the_speech_reminders() -> None:
    s = reminder_strengths(measure_delivery(timed(sentence(10)), 4.0))
    assert set(s) == {"too_fast", "too_quiet", "long_pauses", "fillers", "silence", "good_pace"}
    assert all(0.0 <= v <= 1.0 for v in s.values())


def test_chinese_counts_characters_and_chinese_fillers() -> None:
    words = [Word(text=t, start=i * 0.5, end=i * 0.5 + 0.45) for i, t in enumerate(
        ["嗯，", "我们", "当时", "呃", "就是说", "把", "系统", "迁移", "了。"])]
    m = measure_delivery(words, 5.0, language="zh")
    assert m.rate_unit == "cpm" and m.words == 15
    assert m.filler_words == {"嗯": 1, "呃": 1, "就是说": 1}


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="no words"):
        measure_delivery([], 10.0)
    with pytest.raises(ValueError, match="positive"):
        measure_delivery(timed("hello"), 0.0)


def piece(text: str, logprob: float = -0.2, compression: float = 1.5) -> Piece:
    return Piece(words=timed(text) if text else [], text=text, logprob=logprob, compression=compression)


@pytest.mark.parametrize(("pieces", "language", "supported", "status"), [
    ([piece("hello there")], "en", True, "ok"),
    ([piece("你好")], "zh", True, "unverified"),
    ([piece("hello there")], "zh", False, "unsupported_language"),
    ([piece("")], "en", True, "no_speech"),
    ([piece("。")], "zh", True, "no_speech"),
    ([], "en", True, "no_speech"),
    ([piece("garbled words here", logprob=-1.4)], "en", True, "low_confidence"),
    ([piece("loop loop loop loop", compression=3.0)], "zh", True, "low_confidence"),
])
def test_verdict(pieces: list[Piece], language: str, supported: bool, status: str) -> None:
    assert verdict(pieces, language, supported=supported) == status


def test_spoken_answers_are_pooled_for_the_report() -> None:
    calm = measure_delivery(timed(sentence(60), start=2.0), 26.0)  # 150 wpm, no pauses, no fillers
    halting = measure_delivery(timed("um " + sentence(29), gaps={10: 3.0, 20: 4.0}), 20.0)  # 12 s words + 7 s pauses
    pooled = combine_delivery([calm, halting])
    assert pooled.words == 90 and pooled.seconds == pytest.approx(46.0)
    # words over the summed first-to-last-word spans (24 s + 19 s), not the mean of the two rates
    assert pooled.rate == pytest.approx(90 / (43 / 60), abs=0.2)
    assert pooled.fillers == 1 and pooled.filler_words == {"um": 1}
    assert [p.seconds for p in pooled.long_pauses] == [3.0, 4.0] and pooled.longest_pause_s == 4.0
    assert pooled.speaking_share == pytest.approx((calm.speaking_s + halting.speaking_s) / 46.0, abs=1e-3)
    assert {a.metric for a in pooled.assessments} == {"wpm", "fillers_per_100", "long_pauses_per_min",
                                                      "speaking_share"}
    with pytest.raises(ValueError, match="no spoken answers"):
        combine_delivery([])
