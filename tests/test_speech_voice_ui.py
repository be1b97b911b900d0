"""The voice section's pure parts: which chat message is read aloud, and what the status line says."""

from __future__ import annotations

import pytest

pytest.importorskip("gradio")

from tools.speech.delivery import measure_delivery  # noqa: E402
from tools.speech.schema import Transcript, Word  # noqa: E402
from tools.speech.stream import Answer  # noqa: E402
from ui.voice import delivery_html, question_text  # noqa: E402


def test_only_a_question_message_is_read_aloud() -> None:
    question = {"role": "assistant", "content": "**Payments API** · question 2 of 5\n\nHow did you test it?"}
    assert question_text([question]) == "How did you test it?"
    assert question_text([{"role": "assistant", "content": [{"type": "text", "text": question["content"]}]}]) == (
        "How did you test it?")
    assert question_text([question, {"role": "user", "content": "We replayed traffic."}]) is None
    assert question_text([{"role": "assistant", "content": '<span class="mi-chat-score">80/100</span> Good.'}]) is None
    assert question_text([]) is None and question_text(None) is None


def test_status_shows_delivery_or_the_reason_to_type() -> None:
    said = ["So,", "um,", "we", "shipped", "it."]
    words = [Word(text=w, start=i * 0.4, end=i * 0.4 + 0.35) for i, w in enumerate(said)]
    ok = Transcript(text="So, um, we shipped it.", words=words, language="en", status="ok", seconds=2.0,
                    model="tiny.en")
    html = delivery_html(Answer(transcript=ok, delivery=measure_delivery(words, 2.0)))
    assert "Pace" in html and "words/min" in html and "um x1" in html and "Speaking time" in html
    refused = Transcript(text="", language="zh", status="unsupported_language", message="Please type your answer.",
                         seconds=2.0, model="tiny.en")
    assert "Please type your answer." in delivery_html(Answer(transcript=refused, delivery=None))
