"""Read a PDF page the way a person sees it: rows of words, columns, right-aligned fields, no page furniture.

Resume templates put a city or the dates flush right on the line of an employer or a title; those are fields of
that line (joined with a tab), not a second column. A real second column starts its rows at one left edge.
Repeated page headers and footers, page numbers and a lone date in the bottom margin are page furniture.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Any

MAX_PAGE_WORDS = 6_000  # bounds the layout analysis of a pathological page
BOLD_MARK = "\ue000"  # opens a line set wholly in a bold face (a private-use character, never in real text)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|[-+,]bd?$|cmbx|bx\d|^\w{6}\+\w*-B$", re.I)
_TOUCHING = 0.05  # a gap under this share of the font size is no space: the pieces are one word
# ... and under this share where a capital meets smaller capitals, small capitals letter-spaced by a page's CSS ("R" 12
# pt + "ESEARCH" 8.2 pt 0.48 pt apart read "R ESEARCH I NTERESTS"); a word space is about a quarter of the size
_SMALL_CAPS_TOUCHING = 0.12
_BULLET_MIN, _BULLET_MAX = 1.5, 6.0  # points: the side of a bullet drawn as a shape
_GUTTER_WIDTH = 15.0  # points; narrower gaps are word or date-column spacing, not a page split
_YEARISH = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b(?:present|now|current)\b", re.I)
# A date column: lines of at most 5 words, a fifth of them dated, 70 % level (within 4 pt) with a line of the body.
_DATE_COLUMN_WORDS, _DATE_COLUMN_DATED, _DATE_COLUMN_LEVEL, _LEVEL = 5, 0.2, 0.7, 4.0
_MARGIN = 0.09  # share of the page height at the top and bottom where headers and footers live
# "2", "Page 2 of 3", "- 2 -", and a running head that ends on its page: "Declan Moorcroft — CV, page 2"
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$"
                          r"|(?:^|[\s,|·•—–-])page\s+\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$", re.I)
# A month name or its abbreviation (a regex alternation, no group): resume dates, print stamps, feedback.
MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
           r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
# "February 10, 2026", "10 Feb 2026", "2026-02-10", "Last updated: 02/10/2026": a print or update date.
STAMP = re.compile(
    rf"^(?:(?:last\s+)?updated:?\s*|as of\s+)?(?:(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{MONTHS})\.?"
    rf"\s+\d{{4}}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日)$",
    re.I,
)
Word = dict[str, Any]


def page_rows(page: Any) -> list[list[Word]]:
    """Visual rows of a page's words; word breaks come from the gaps between characters, relative to their size,
    so tightly set text keeps its spaces ("Implemented Worker", not "ImplementedWorker")."""
    turned = [c for c in page.chars if not c.get("upright", True)]
    upright = page.filter(lambda o: o.get("object_type") != "char" or o.get("upright", True)) if turned else page
    words = upright.extract_words(x_tolerance=1.5, x_tolerance_ratio=0.16, y_tolerance=3, keep_blank_chars=False,
                                  use_text_flow=False, extra_attrs=["size", "fontname"])[:MAX_PAGE_WORDS]
    words += _drawn_bullets([*page.curves, *page.rects], words)
    words += _turned_lines(turned[:MAX_PAGE_WORDS], page.rects)
    return [_join_letter_spaced(_join_touching(row)) for row in _rows(words)]


def _turned_lines(chars: Sequence[dict[str, Any]], rects: Sequence[dict[str, Any]]) -> list[Word]:
    """Text turned a quarter turn (a heading set upright in a strip beside its section, CSS ``writing-mode`` or a
    rotation) as one word per turned line, placed at the top of the strip that holds it, else of its own extent, so
    the heading comes before its section's first row. pdfplumber reads such letters one row each ("E", "L", "I" ...
    for "PROFILE" turned to read upwards): the section was lost."""
    columns: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: ((c["x0"] + c["x1"]) / 2, c["top"])):
        middle = (c["x0"] + c["x1"]) / 2
        if columns and abs(middle - (columns[-1][-1]["x0"] + columns[-1][-1]["x1"]) / 2) < 1.0:
            columns[-1].append(c)
        else:
            columns.append([c])
    found: list[Word] = []
    for column in columns:
        column.sort(key=lambda c: c["top"])
        size = max(c["x1"] - c["x0"] for c in column)  # a turned letter's width across the line is its font size
        lines = [[column[0]]]
        for c in column[1:]:
            if c["top"] - lines[-1][-1]["bottom"] < size:
                lines[-1].append(c)
            else:
                lines.append([c])
        for line in lines:
            upwards = line[0]["matrix"][1] > 0  # turned anticlockwise: read from the bottom up
            ordered = line[::-1] if upwards else line
            gaps = [max(b["top"] - a["bottom"], a["top"] - b["bottom"]) for a, b in itertools.pairwise(ordered)]
            text = ordered[0]["text"] + "".join((" " if gap > 0.25 * size else "") + ch["text"]
                                                for gap, ch in zip(gaps, ordered[1:], strict=True))
            x0, x1 = min(ch["x0"] for ch in line), max(ch["x1"] for ch in line)
            top, bottom = line[0]["top"], line[-1]["bottom"]
            strips = [r for r in rects if r["x0"] <= x0 + 1 and r["x1"] >= x1 - 1 and r["top"] <= top + 1
                      and r["bottom"] >= bottom - 1]
            at = min(strips, key=lambda r: r["bottom"] - r["top"])["top"] if strips else top
            found.append({"text": text.strip(), "x0": x0, "x1": x1, "top": at, "bottom": at + 0.5, "size": size,
                          "fontname": line[0].get("fontname", "")})
    return [w for w in found if w["text"]]


def _drawn_bullets(shapes: Sequence[dict[str, Any]], words: Sequence[Word]) -> list[Word]:
    """A "•" word for each bullet drawn as a shape rather than set as a character (HTML lists printed by a browser,
    some Word exports): a small, roughly square shape just left of a line's first word, of a size that opens at least
    three lines. Without it the bullets of a job ran together into one highlight."""
    found: list[tuple[float, Word]] = []
    for shape in shapes[:MAX_PAGE_WORDS]:
        width, height = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        if not (_BULLET_MIN <= width <= _BULLET_MAX and _BULLET_MIN <= height <= _BULLET_MAX
                and 0.5 <= width / height <= 2.0):
            continue
        middle = (shape["top"] + shape["bottom"]) / 2
        beside = [w for w in words if w["top"] <= middle <= w["bottom"] and w["x0"] < shape["x1"] + 3 * w["size"]
                  and w["x1"] > shape["x0"]]
        first = min(beside, key=lambda w: w["x0"], default=None)
        if first is None or first["x0"] < shape["x1"]:  # inside or after text: a drawing, not a bullet
            continue
        found.append((round(width, 1), {**first, "text": "•", "x0": shape["x0"], "x1": shape["x1"], "fontname": ""}))
    sizes = Counter(size for size, _ in found)
    return [word for size, word in found if sizes[size] >= 3]


def page_lines(rows: Sequence[Sequence[Word]], width: float) -> list[str]:
    """Lines of one page in reading order: two-column parts are read column by column, not across."""
    if not rows:
        return []
    gutter = _find_gutter(rows, width)
    edges = _column_edges(rows)
    lines: list[str] = []
    if gutter is None:
        lines = [_marked(row, row_text(row, edges)) for row in rows]
    else:
        lo, hi = gutter
        block: list[Word] = []
        for row in rows:
            if any(w["x0"] < hi and w["x1"] > lo for w in row):  # a full-width row ends the two-column block
                lines += _column_lines(block, lo)
                block = []
                lines.append(_marked(row, row_text(row)))
            else:
                block += row
        lines += _column_lines(block, lo)
    return _bullets([line for line in lines if line.strip()])


def _bullets(lines: list[str]) -> list[str]:
    """An unmapped glyph or a lone symbol that opens three or more rows or cells is a bullet (moderncv's "{" and
    cid codes, for two); icons before headings differ from one another and stay as they are."""
    lead = re.compile(r"(^|\t)(\(cid:\d+\)|[^\w\s•·\-–—*(（\[])(?=\s)\s*")
    counts = Counter(m.group(2) for line in lines for m in lead.finditer(line))
    return [lead.sub(lambda m: m.group(1) + "• " if counts[m.group(2)] >= 3 else m.group(0), line) for line in lines]


def drop_furniture(pages: list[list[list[Word]]], heights: Sequence[float]) -> list[list[list[Word]]]:
    """Rows without the page furniture: text repeated in the margins of several pages, page numbers, and a
    date stamp alone in a margin."""
    def key(row: Sequence[Word]) -> str:
        return re.sub(r"\d+", "#", row_text(row).lower())

    def in_margin(row: Sequence[Word], height: float) -> bool:
        return row[0]["top"] < _MARGIN * height or row[-1]["bottom"] > (1 - _MARGIN) * height

    def size(row: Sequence[Word]) -> float:
        return max(float(w["size"]) for w in row)

    seen: dict[str, list[tuple[int, float]]] = {}  # margin text -> (page, size) of each page it is on
    for n, (rows, h) in enumerate(zip(pages, heights, strict=True)):
        for row in {key(x): x for x in rows if in_margin(x, h)}.values():
            seen.setdefault(key(row), []).append((n, size(row)))

    def repeated(row: Sequence[Word], n: int) -> bool:
        """On other pages' margins too, and not set larger here than on all of them: the name at the top of the first
        page is no running head, though each later page repeats it small (a phone app's PDF lost the name)."""
        others = [s for m, s in seen.get(key(row), []) if m != n]
        return bool(others) and not all(s < 0.8 * size(row) for s in others)

    out: list[list[list[Word]]] = []
    for n, (rows, height) in enumerate(zip(pages, heights, strict=True)):
        kept = []
        for i, row in enumerate(rows):
            text = row_text(row).strip()
            edge = i in (0, len(rows) - 1) or in_margin(row, height)
            furniture = edge and (_PAGE_NUMBER.search(text) or STAMP.match(text)
                                  or (in_margin(row, height) and repeated(row, n)))
            if not furniture:
                kept.append(row)
        out.append(kept)
    return out


def _rows(words: Sequence[Word]) -> list[list[Word]]:
    """Group words into visual rows; a smaller date beside a title still shares the title's row."""
    rows: list[list[Word]] = []
    bottom = -1.0
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (w["top"] + w["bottom"]) / 2
        if rows and middle <= bottom:
            rows[-1].append(w)
            bottom = max(bottom, w["bottom"])
        else:
            rows.append([w])
            bottom = w["bottom"]
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def _join_touching(row: list[Word]) -> list[Word]:
    """One word where pieces in another size or face touch with no gap: small capitals set by Word, Google Docs or
    a browser ("P" 22 pt + "RIYA" 15.7 pt read "P RIYA", "E" + "XPERIENCE" hid the section), or one bold letter.
    The joined word is bold only where every piece is, so a line's bold test still sees the regular part."""
    joined: list[Word] = []
    for w in row:
        prev = joined[-1] if joined else None
        small_caps = prev is not None and prev["text"][-1:].isupper() and w["text"].isupper() \
            and w["size"] < 0.9 * prev["size"]
        touching = _SMALL_CAPS_TOUCHING if small_caps else _TOUCHING
        if prev is not None and -0.5 < w["x0"] - prev["x1"] <= touching * min(w["size"], prev["size"]):
            fonts = [str(prev.get("fontname", "")), str(w.get("fontname", ""))]
            regular = [f for f in fonts if not _BOLD_FONT.search(f)]
            joined[-1] = {**prev, "text": prev["text"] + w["text"], "x1": w["x1"],
                          "top": min(prev["top"], w["top"]), "bottom": max(prev["bottom"], w["bottom"]),
                          "size": max(prev["size"], w["size"]), "fontname": (regular or fonts)[0]}
        else:
            joined.append(w)
    return joined


_SPACED = re.compile(r"[A-Z0-9&.'’-]{1,3}")  # a letter of letter-spaced capitals, or a kerned pair ("TA", "PAY")


def _join_letter_spaced(row: list[Word]) -> list[Word]:
    """Words set in letter-spaced capitals, as Canva-like templates set headings and employers ("B R I G H T L O O P
    S O F T W A R E"): each letter came out a word. Within a run of such letters a gap clearly wider than the
    letters' own spacing is a word break; the rest join ("BRIGHTLOOP SOFTWARE")."""
    out: list[Word] = []
    i = 0
    while i < len(row):
        j = i
        while j < len(row) and _SPACED.fullmatch(row[j]["text"]):
            j += 1
        run = row[i:j]
        if len(run) < 4 or sum(len(w["text"]) == 1 for w in run) < 0.6 * len(run):
            out += run or [row[i]]
            i = max(j, i + 1)
            continue
        gaps = [b["x0"] - a["x1"] for a, b in itertools.pairwise(run)]
        spacing = max(min(gaps), 0.5)
        word = [run[0]]
        for gap, w in zip(gaps, run[1:], strict=True):
            if gap > max(2 * spacing, spacing + 2.5):
                out.append(_joined(word))
                word = []
            word.append(w)
        out.append(_joined(word))
        i = j
    return out


def _joined(pieces: Sequence[Word]) -> Word:
    return {**pieces[0], "text": "".join(w["text"] for w in pieces), "x1": pieces[-1]["x1"],
            "top": min(w["top"] for w in pieces), "bottom": max(w["bottom"] for w in pieces),
            "size": max(w["size"] for w in pieces)}


def row_text(row: Sequence[Word], edges: frozenset[int] = frozenset()) -> str:
    """Words joined by spaces; a gap wider than the text height, or a gap before a column edge that many rows
    share (moderncv's date and label column), becomes a tab: a flush-right field, a label, a table-cell edge."""
    parts: list[str] = []
    gaps = [w["x0"] - prev["x1"] for prev, w in zip(row, row[1:], strict=False)]
    # A stretched line of text (all gaps alike, commas between its items) is not cells; a row of chips has no commas.
    justified = len(gaps) >= 2 and max(gaps) <= 1.25 * max(min(gaps), 0.1) and any(
        w["text"].endswith((",", ";")) for w in row[:-1])
    for prev, w in zip([None, *row[:-1]], row, strict=True):
        if prev is not None:
            height = min(w["bottom"] - w["top"], prev["bottom"] - prev["top"])
            gap = w["x0"] - prev["x1"]
            at_edge = round(w["x0"] / 2) in edges and gap > 0.5 * height
            parts.append("\t" if not justified and (gap > 1.3 * height or at_edge) else " ")
        parts.append(w["text"])
    return normalize("".join(parts))


def _column_edges(rows: Sequence[Sequence[Word]]) -> frozenset[int]:
    """Left edges (in 2 pt steps) where a quarter of the rows have a word after a gap, right of the margin."""
    starts: Counter[int] = Counter()
    for row in rows:
        seen = {round(w["x0"] / 2) for prev, w in zip(row, row[1:], strict=False)
                if w["x0"] - prev["x1"] > 0.5 * (w["bottom"] - w["top"])}
        starts.update(seen)
    return frozenset(x for x, n in starts.items() if n >= max(3, 0.25 * len(rows)))


# Glyphs of TeX's T1 (Cork) encoding that a font without a Unicode map leaves as bare codes: ligatures, dashes.
_CORK = {"21": "–", "22": "—", "27": "ff", "28": "fi", "29": "fl", "30": "ffi", "31": "ffl"}
_CORK_CODE = re.compile(r"\(cid:(2[1279]|2[28]|3[01])\)")


def normalize(text: str) -> str:
    """NFKC (ligatures, full-width Latin, compatibility spaces), T1 ligature and dash codes read back
    ("Sta(cid:27) Engineer" -> "Staff Engineer"), and no soft hyphens: "Con\u00ad sul" -> "Consul"."""
    text = _CORK_CODE.sub(lambda m: _CORK[m.group(1)], re.sub(r"\u00ad\s*(?=\S)", "", text))
    return unicodedata.normalize("NFKC", text)


def _find_gutter(rows: Sequence[Sequence[Word]], width: float) -> tuple[float, float] | None:
    """The vertical band that splits the page into two real columns, or None for a one-column page.

    A band qualifies when most rows leave it empty, each side holds a substantial column of its own, and the
    right side's rows start at one left edge; a narrow date column beside the body (moderncv, timelines) and
    cities or dates set flush right (most single-column templates) are not columns.
    """
    best: tuple[int, float] | None = None
    x = 0.25 * width
    while x + _GUTTER_WIDTH <= 0.75 * width:
        blocked = sum(any(w["x0"] < x + _GUTTER_WIDTH and w["x1"] > x for w in row) for row in rows)
        if best is None or blocked < best[0]:
            best = (blocked, x)
        x += 2.0
    if best is None or best[0] > 0.4 * len(rows):
        return None
    lo, hi = best[1], best[1] + _GUTTER_WIDTH
    free = [row for row in rows if not any(w["x0"] < hi and w["x1"] > lo for w in row)]
    left = len(_rows([w for row in free for w in row if w["x1"] <= lo]))
    right_rows = _rows([w for row in free for w in row if w["x0"] >= hi])
    right = len(right_rows)
    if min(left, right) < 5 or min(left, right) < 0.2 * max(left, right):
        return None
    left_rows = _rows([w for row in free for w in row if w["x1"] <= lo])
    if _date_column(free, lo, hi):
        return None
    # a header's contact lines set flush right above the sidebar ("Seattle, WA" / "(206) 555-0183") start anywhere
    edge = max(r[-1]["x1"] for r in right_rows)
    if sum(edge - r[-1]["x1"] <= 3 for r in right_rows) >= 0.8 * len(right_rows):
        return None  # dates and towns set flush right beside their entries, two rows each: fields, not a column
    starts = [r[0]["x0"] for r in right_rows]
    kept = [(x, r) for x, r in zip(starts, right_rows, strict=True) if x - min(starts) <= 30 or edge - r[-1]["x1"] > 3]
    ragged = sum(edge - r[-1]["x1"] > 3 for _, r in kept) >= 0.5 * len(kept)  # a column's lines end where they end;
    starts = [x for x, _ in kept] if len(kept) >= 5 and ragged else starts  # flush-right dates all at the edge
    # a margin, with bullets and their wrapped lines indented from it (the widest share of starts in one 35 pt band:
    # a timeline's summary paragraph sat left of its margin, and its wrapped bullets 34 pt right of that)
    indented = max(sum(0 <= x - low <= 35 for x in starts) for low in starts) / len(starts)
    if (_aligned(starts) < 0.5 and indented < 0.8) or (
            _aligned([r[-1]["x1"] for r in left_rows]) >= 0.6 > _aligned([r[0]["x0"] for r in left_rows])):
        return None  # flush-right fields, or a column of labels set flush right against their values
    return lo, hi


def _date_column(rows: Sequence[Sequence[Word]], lo: float, hi: float) -> bool:
    """A left column of short lines, some of them dates, nearly each one level with a line of the body: the dates
    and places of the entries beside it (and the section headings), to be read across the row, not a column of
    its own. Read first, a CSS resume's date column had put every heading above all the jobs. A sidebar's lines
    are level with the body's by chance (about half of them in the fixtures) and rarely dated."""
    sides = [(left, row) for row in rows if (left := [w for w in row if w["x1"] <= lo])]  # (its left words, row)
    if not sides or any(len(left) > _DATE_COLUMN_WORDS for left, _ in sides):
        return False
    level = sum(any(w["x0"] >= hi and abs(w["top"] - left[0]["top"]) <= _LEVEL for w in row) for left, row in sides)
    dated = sum(bool(_YEARISH.search(" ".join(w["text"] for w in left))) for left, _ in sides)
    return dated >= _DATE_COLUMN_DATED * len(sides) and level >= _DATE_COLUMN_LEVEL * len(sides)


def _aligned(edges: Sequence[float]) -> float:
    """Share of the edges within 3 pt of the most common one."""
    if not edges:
        return 0.0
    buckets = Counter(round(x / 3) for x in edges)
    top = buckets.most_common(1)[0][0]
    return sum(n for b, n in buckets.items() if abs(b - top) <= 1) / len(edges)


def _column_lines(words: Sequence[Word], split: float) -> list[str]:
    left = [w for w in words if w["x1"] <= split]
    right = [w for w in words if w["x1"] > split]
    return [_marked(row, row_text(row)) for part in (left, right) for row in _rows(part)]


def _marked(row: Sequence[Word], text: str) -> str:
    """``text`` opened by BOLD_MARK when the row's first cell (up to a flush-right field) is short and set wholly in
    a bold face: an employer, a title or a project name, where templates put them."""
    cell = list(row[:1])
    for prev, w in zip(row, row[1:], strict=False):
        if w["x0"] - prev["x1"] > 1.3 * (w["bottom"] - w["top"]):
            break
        cell.append(w)
    bold = len(cell) <= 12 and all(_BOLD_FONT.search(str(w.get("fontname", ""))) for w in cell)
    return BOLD_MARK + text if bold else text


def dehyphenate(lines: list[str]) -> list[str]:
    """Rejoin words that a line break split with a hyphen or a soft hyphen ("Devel-" + "oping" -> "Developing").

    A tail that the document also uses as a word of its own ("open-" + "source") is a compound: it keeps its
    hyphen and only moves up to the line it belongs to. A soft hyphen is never a compound.
    """
    counts = Counter(w for line in lines for w in re.findall(r"[a-z]+", line.lower()))
    out = list(lines)
    for i in range(len(out) - 1):
        nxt = out[i + 1]
        soft = out[i].endswith("\u00ad")
        if (soft or re.search(r"[a-z]-$", out[i])) and re.match(r"[a-z]", nxt):
            head, _, tail = nxt.partition(" ")
            word = re.match(r"[a-z]+", head)
            compound = not soft and word is not None and counts[word.group(0)] > 1
            out[i] = (out[i] if compound else out[i][:-1]) + head
            out[i + 1] = tail
    return [line.replace("\u00ad", "") for line in out]


# --- text set in two columns -------------------------------------------------------------------------------------

_TEXT_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_TEXT_COLUMN_ROWS = 6  # rows with both columns, at one column start, that make a text a two-column page
_TEXT_COLUMN_ALONE = 3  # ... and rows of the right column alone, indented to that start
_TEXT_COLUMN_PROSE = 30  # characters: a right-column row this long is prose (a date column's fields are short)
_TEXT_INDENT = 4  # characters a wrapped bullet's second row sits further in


def split_text_columns(text: str) -> str:
    """Text where two columns share each line ("SKILLS      EXPERIENCE", "HubSpot     • Brief and review work"),
    as `pdftotext -layout` or a PDF viewer's copy gives a two-column page: the lines above the first such row, then
    the left column, then the right, each whole, a row empty on one side a blank line on that side. A right column
    starts every row it shares at one character position (or up to :data:`_TEXT_INDENT` further in: a wrapped
    bullet), after a gap of three spaces or more, and has rows of its own indented to that position and rows of
    prose; dates set at a tab stop beside their entries have neither, and the text is returned as it is."""
    lines = text.expandtabs(8).split("\n")
    starts = Counter(m.end() for line in lines for m in _TEXT_GAP.finditer(line))
    if not starts:
        return text
    column = starts.most_common(1)[0][0]

    def cut(line: str) -> int | None:
        """Where the right column starts on a row both columns share."""
        gap = next((m for m in _TEXT_GAP.finditer(line) if column <= m.end() <= column + _TEXT_INDENT), None)
        return column if gap is not None and line[:gap.start()].strip() else None

    def right_alone(line: str) -> bool:
        return bool(line.strip()) and not line[:column].strip()

    rows = [line for line in lines if cut(line) is not None]
    alone = [line for line in lines if right_alone(line)]
    prose = [line for line in rows + alone if len(line[column:].strip()) >= _TEXT_COLUMN_PROSE]
    if len(rows) < _TEXT_COLUMN_ROWS or len(alone) < _TEXT_COLUMN_ALONE or not prose or column < 15:
        return text
    head: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        at = cut(line)
        if not left and at is None and not right_alone(line):
            head.append(line)
        elif at is not None:
            left.append(line[:at].rstrip())
            right.append(line[at:].rstrip())
        elif right_alone(line):
            left.append("")
            right.append(line[column:].rstrip())
        else:
            left.append(line.rstrip())
            right.append("")
    return "\n".join([*head, *left, "", *right])
