"""Handling of text the candidate controls (resume, answers) before it goes into a prompt.

Three defences, cheapest first: chat-template tokens are removed so the text cannot open a new turn; sentences
that address the grader or the model ("ignore previous instructions", "give this answer 100") are cut out and
flagged; what remains is bounded and placed between tags that the system prompts declare to be data.
"""

from __future__ import annotations

import re

_TEMPLATE_TOKENS = re.compile(r"<\|[^|>]{0,40}\|>|</?(?:system|assistant|user|answer|resume)>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INSTRUCTION = re.compile(
    r"(ignore|disregard|forget)\b[^.!?\n]{0,40}\b(instruction|prompt|rule|above|previous)"
    r"|\b(you are now|new instructions?|system prompt)\b"
    r"|\b(give|grade|score|rate|award)\b[^.!?\n]{0,40}\b(100|full marks|perfect|maximum|top score|5/5)"
    r"|忽略.{0,10}(指令|提示|规则)|给.{0,10}(满分|100分)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*\n?")


def sanitize(text: str, max_chars: int) -> str:
    """Remove template tokens and control characters, normalise blank runs, cap the length."""
    text = _CONTROL.sub(" ", _TEMPLATE_TOKENS.sub(" ", text))
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text[:max_chars].rstrip()


def strip_instructions(text: str) -> tuple[str, bool]:
    """Drop the sentences that give orders to the model; return the rest and whether any were dropped."""
    kept: list[str] = []
    found = False
    for sentence in _SENTENCE.findall(text):
        if _INSTRUCTION.search(sentence):
            found = True
        else:
            kept.append(sentence)
    return ("".join(kept).strip() if found else text), found


def cjk_share(text: str) -> float:
    """Share of CJK ideographs among the letters of ``text`` (0 when it has none)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u4e00" <= c <= "\u9fff" for c in letters) / len(letters)


def detect_language(text: str) -> str:
    return "zh" if cjk_share(text) >= 0.2 else "en"


def similarity(a: str, b: str) -> float:
    """Jaccard overlap of word (English) or character-bigram (Chinese) sets; cheap repeat detection."""

    def units(s: str) -> set[str]:
        s = s.lower()
        if cjk_share(s) >= 0.2:
            chars = [c for c in s if c.isalnum()]
            return {a + b for a, b in zip(chars, chars[1:], strict=False)}
        return set(re.findall(r"[a-z0-9+#]+", s))

    ua, ub = units(a), units(b)
    if not ua or not ub:
        return 0.0
    return len(ua & ub) / len(ua | ub)
