"""Turn an uploaded or pasted resume into a structured ``Resume``, offline and without a model.

A resume is untrusted input: it is only ever read as data (nothing in it changes how it is parsed beyond its
layout), and every failure a user can cause surfaces as a ``ResumeError`` whose message says what to do next.
Extraction is heuristic by design (section headings, dates, keyword lists) so that it runs anywhere, instantly.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from tools.resume import layout

MAX_RESUME_BYTES: int = 5 * 1024 * 1024
MAX_TEXT_CHARS = 20_000
MAX_PDF_PAGES = 20
# A DOCX is a zip: bound what it may unpack to, so a small upload cannot expand into gigabytes of XML.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024


class Project(BaseModel):
    name: str
    technologies: list[str] = Field(default_factory=list)
    description: str = ""  # what the candidate did


class Experience(BaseModel):
    title: str
    organization: str
    period: str = ""
    highlights: list[str] = Field(default_factory=list)


class Education(BaseModel):
    institution: str
    degree: str = ""
    period: str = ""


class Resume(BaseModel):
    name: str | None = None
    language: Literal["en", "zh"] = "en"
    skills: dict[str, list[str]] = Field(default_factory=dict)  # group name -> skills
    languages: list[str] = Field(default_factory=list)  # spoken languages as written ("German (B2)"), not skills
    certifications: list[str] = Field(default_factory=list)  # licences and certificates, one item as written
    projects: list[Project] = Field(default_factory=list)
    experience: list[Experience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    text: str = Field(default="", max_length=MAX_TEXT_CHARS)

    def all_skills(self) -> list[str]:
        """Skills of every group in resume order, each once (case-insensitively)."""
        return _unique(s for group in self.skills.values() for s in group)

    def outline(self) -> list[str]:
        """What was read, one line per fact, for the candidate to check before the interview is planned from it."""
        lines = [f"Name: {self.name or '(not found)'}"]
        lines += [f"Job: {' at '.join(p for p in (e.title, e.organization) if p)}" + (f" ({e.period})" if e.period
                  else "") for e in self.experience]
        lines += [f"Education: {', '.join(p for p in (e.institution, e.degree) if p)}" for e in self.education]
        lines += [f"Project: {p.name}" + (f" ({', '.join(p.technologies[:6])})" if p.technologies else "")
                  for p in self.projects]
        if self.languages:
            lines.append(f"Languages: {', '.join(self.languages)}")
        if self.certifications:
            lines.append(f"Certifications: {'; '.join(self.certifications)}")
        skills = self.all_skills()
        if skills:
            lines.append(f"Skills: {', '.join(skills[:30])}" + (f" and {len(skills) - 30} more" if len(skills) > 30
                                                               else ""))
        return lines


# The skill group of technologies that the entries use but the skills section does not list.
USED_GROUP: dict[str, str] = {"en": "Used in experience", "zh": "实践中使用"}


class ResumeError(ValueError):
    """A resume that cannot be used; ``str(err)`` is a sentence written for the user."""


class EncryptedFileError(ResumeError):
    pass


class NoTextLayerError(ResumeError):
    pass


class CorruptFileError(ResumeError):
    pass


class EmptyResumeError(ResumeError):
    pass


class FileTooLargeError(ResumeError):
    pass


class UnsupportedFileTypeError(ResumeError):
    pass


_ALTERNATIVES = "Upload a PDF, DOCX, TXT or MD file, or paste the text of your resume."


def parse_resume(source: str | Path | bytes, *, filename: str | None = None) -> Resume:
    """Parse a file path, the bytes of an upload, or pasted text.

    The type of bytes is sniffed from their content, never trusted from ``filename``: an upload called cv.pdf
    may be anything. ``filename`` only names the file in error messages.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _parse_bytes(bytes(source), filename or "The uploaded file")
    if isinstance(source, Path) or _is_existing_file(source):
        path = Path(source)
        name = filename or path.name
        if not path.is_file():
            raise ResumeError(f"No file found at {path}. Check the path, or paste the text of your resume.")
        size = path.stat().st_size
        if size > MAX_RESUME_BYTES:
            raise _too_large(name, size)
        return _parse_bytes(path.read_bytes(), name)
    if isinstance(source, str):
        if _RESUME_PATH.match(source.strip()):
            raise ResumeError(
                f"No file found at '{source.strip()}'. Check the path, or paste the text of your resume."
            )
        return parse_resume_text(source)
    raise TypeError(f"parse_resume takes a path, bytes or text, not {type(source).__name__}")


def parse_resume_text(text: str) -> Resume:
    """Parse pasted text; an enormous paste is cut to ``MAX_TEXT_CHARS`` rather than refused."""
    cleaned = clean_text(layout.split_text_columns(text[: 4 * MAX_TEXT_CHARS]))
    if not cleaned:
        raise EmptyResumeError("The resume is empty. Paste the text of your resume, or upload a file.")
    return _structure(cleaned)


# --------------------------------------------------------------------------------------------- reading files

_RESUME_PATH = re.compile(r"^[^\n]{0,255}\.(?:pdf|docx?|txt|md|rtf)$", re.IGNORECASE)
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE container: legacy .doc, or an encrypted Office file
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program"),
)
_EXPECTED = {".pdf": "a PDF", ".docx": "a Word document", ".txt": "a text file", ".md": "a Markdown file"}


def _is_existing_file(source: object) -> bool:
    if not isinstance(source, str) or "\n" in source or len(source) > 1024:
        return False
    try:
        return Path(source).is_file()
    except (OSError, ValueError):
        return False


def _too_large(name: str, size: int) -> FileTooLargeError:
    return FileTooLargeError(
        f"{name} is {size / 2**20:.1f} MB, over the {MAX_RESUME_BYTES // 2**20} MB limit. "
        "Upload a smaller export (a text PDF or DOCX resume is usually well under 1 MB), or paste the text."
    )


def _unsupported(name: str, actual: str) -> UnsupportedFileTypeError:
    expected = _EXPECTED.get(Path(name).suffix.lower())
    what = f"{name} is {actual}" + (f", not {expected}" if expected else "")
    return UnsupportedFileTypeError(f"{what}. {_ALTERNATIVES}")


def _parse_bytes(data: bytes, name: str) -> Resume:
    if len(data) > MAX_RESUME_BYTES:
        raise _too_large(name, len(data))
    if not data.strip():
        raise EmptyResumeError(f"{name} is empty. Upload the file that contains your resume, or paste its text.")
    kind = _sniff(data, name)
    if kind == "pdf":
        text = _pdf_text(data, name)
    elif kind == "docx":
        text = _docx_text(data, name)
    else:
        text = layout.split_text_columns(_decode_text(data, name))
    cleaned = clean_text(text)
    if not cleaned:
        raise EmptyResumeError(f"{name} contains no text. Upload the file that contains your resume, or paste it.")
    return _structure(cleaned)


def _sniff(data: bytes, name: str) -> Literal["pdf", "docx", "text"]:
    """The real type from magic bytes; a wrong extension is normal for uploads and never trusted."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx"
    if data.startswith(_CFB):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedFileError(
                f"{name} is a password-protected Office document. Save an unprotected copy and upload that, "
                "or paste the text of your resume."
            )
        raise UnsupportedFileTypeError(
            f"{name} is a legacy Word (.doc) or other binary Office file. Save it as DOCX or PDF and upload "
            "that, or paste the text of your resume."
        )
    for magic, actual in _MAGIC:
        if data.startswith(magic):
            raise _unsupported(name, actual)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise _unsupported(name, "a WebP image")
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = data[:4096]
        controls = sum(b < 32 and b not in b"\t\n\r\f" for b in head)
        if b"\x00" in head or controls > len(head) // 20:
            raise _unsupported(name, "a binary file of an unknown type")
    return "text"


def _decode_text(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")  # utf-8-sig also reads plain UTF-8
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnsupportedFileTypeError(
        f"{name} is a text file in an unknown encoding. Save it as UTF-8 and upload it again, or paste the text."
    )


def _docx_text(data: bytes, name: str) -> str:
    import docx  # python-docx; imported here so that text-only callers do not pay for it

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptFileError(
            f"{name} is damaged or incomplete and cannot be opened. Save or download it again, or paste the text."
        ) from exc
    if "word/document.xml" not in names:
        if "xl/workbook.xml" in names:
            raise _unsupported(name, "an Excel workbook")
        if "ppt/presentation.xml" in names:
            raise _unsupported(name, "a PowerPoint presentation")
        if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
            raise _unsupported(name, "an OpenDocument file")
        raise _unsupported(name, "a ZIP archive")
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
        raise FileTooLargeError(
            f"{name} unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB. Save a plain copy without embedded "
            "media, or paste the text."
        )
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx and lxml raise many types for malformed packages
        raise CorruptFileError(
            f"{name} is a damaged Word document and cannot be read. Save it again from Word, or paste the text."
        ) from exc
    _unwrap_content_controls(document.element.body)
    for section in document.sections[:1]:
        _unwrap_content_controls(section.header.part.element)
    return "\n".join(_docx_blocks(document))


def _unwrap_content_controls(root: Any) -> None:
    """Word's content controls (``w:sdt``: the name, the contact items, the headings and the repeating sections of
    jobs in Word's own resume templates) replaced by what they hold, at every level (a block, a run, a table row, a
    cell), so that paragraphs and tables read as if typed; python-docx reads past them, and a resume made from such a
    template read no text at all. A control still showing its placeholder ("[Company]", "Type your skills here") is
    the template's prompt, not the resume's, and is dropped."""
    for control in list(root.iter(f"{_W}sdt")):
        parent = control.getparent()
        if parent is None:
            continue
        properties = control.find(f"{_W}sdtPr")
        content = control.find(f"{_W}sdtContent")
        at = parent.index(control)
        parent.remove(control)
        if content is None or (properties is not None and properties.find(f"{_W}showingPlcHdr") is not None):
            continue
        for k, child in enumerate(list(content)):
            parent.insert(at + k, child)


def _docx_blocks(document: Any) -> list[str]:
    """Header, then body paragraphs and table rows in document order (tables are common resume layouts)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    for section in document.sections[:1]:
        out.extend(p.text for p in section.header.paragraphs if p.text.strip())
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(block, document)
            runs = [r for r in paragraph.runs if r.text.strip()]
            bold = bool(runs) and all(r.bold for r in runs) and len(paragraph.text.split()) <= 12
            out.append(layout.BOLD_MARK * bold + _listed(paragraph) + paragraph.text)
            out.extend(_text_boxes(block, document))
        elif tag == "tbl":
            out.extend(_table_lines(Table(block, document)))
            out.append("")
    return out


def _table_lines(table: Any) -> list[str]:
    """A table's rows: the cells of a row joined by tabs, or, where two or more cells hold several lines (columns of
    a page: a sidebar beside the main column), one cell after the other, or the sidebar's last line and the main
    column's first were read as one ("Polish (fluent)<tab>PROFILE")."""
    out: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:  # a merged cell repeats; keep it once
            text = "\n".join(_cell_lines(cell)).strip()
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if sum("\n" in cell for cell in cells) > 1:
            out.extend(line for cell in cells for line in [*cell.split("\n"), ""])
        else:
            out.extend(part for part in "\t".join(cells).split("\n"))
    return out


def _cell_lines(cell: Any) -> list[str]:
    """A cell's paragraphs, list items marked as bullets (a teacher's Word CV with dates beside each job in a table:
    the job's three bullets were read as one run-on highlight), and the rows of the tables nested in it, in order (a
    university administrator's CV set each job as a table inside the page's right cell: every job was lost)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in cell._tc.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, cell)
            lines.append(_listed(paragraph) + paragraph.text)
        elif tag == "tbl":
            lines.extend(["", *_table_lines(Table(child, cell)), ""])
    return lines


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(block: Any, document: Any) -> list[str]:
    """The paragraphs of the text boxes anchored in a paragraph, after it: Word's templates put a sidebar (contact,
    skills, languages) in a floating text box, which holds no run of the paragraph's own text (its skills were never
    read). Word saves each box twice, as a drawing and as a VML fallback for old readers; the fallback is skipped."""
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for box in block.iter(f"{_W}txbxContent"):
        if any(ancestor.tag == _MC_FALLBACK for ancestor in box.iterancestors()):
            continue
        for element in box.iter(f"{_W}p"):
            paragraph = Paragraph(element, document)
            if paragraph.text.strip():
                lines.append(_listed(paragraph) + paragraph.text)
        lines.append("")
    return lines


def _listed(paragraph: Any) -> str:
    """The bullet to write before a paragraph that Word draws as a list item, else nothing."""
    listed = _word_list_item(paragraph) and paragraph.text.strip() and not _BULLET.match(paragraph.text)
    return "• " if listed else ""


def _word_list_item(paragraph: Any) -> bool:
    """Whether Word draws a bullet or a number before the paragraph ("List Bullet" style, or numbering set on the
    paragraph or a style it inherits): the bullet is no character of its text, yet each such paragraph is one item
    (they were read as one run-on highlight)."""
    numbering = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
    style = paragraph.style
    while numbering is None and style is not None:
        numbering = style.element.pPr.numPr if style.element.pPr is not None else None
        style = style.base_style
    return numbering is not None and (numbering.numId is None or numbering.numId.val != 0)


def _pdf_text(data: bytes, name: str) -> str:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font-metric warnings are noise to a user
    lines: list[str] = []
    chars = images = size = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = pdf.pages
            rows: list[list[list[dict[str, Any]]]] = []
            for page in pages[:MAX_PDF_PAGES]:
                chars += len(page.chars)
                images += len(page.images)
                rows.append(layout.page_rows(page))
                size += sum(len(w["text"]) + 1 for row in rows[-1] for w in row)
                if size > MAX_TEXT_CHARS:
                    break
            kept = layout.drop_furniture(rows, [float(p.height) for p in pages[: len(rows)]])
            for page, page_rows in zip(pages, kept, strict=False):
                lines += layout.page_lines(page_rows, float(page.width))
    except Exception as exc:  # pdfminer raises a zoo of types for broken files, wrapped or not
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise EncryptedFileError(
                f"{name} is password-protected. Save a copy without the password and upload that, "
                "or paste the text of your resume."
            ) from exc
        raise CorruptFileError(
            f"{name} is damaged or incomplete and cannot be read as a PDF. Export or download it again, "
            "or paste the text of your resume."
        ) from exc
    if not pages:
        raise CorruptFileError(f"{name} has no pages. Export or download it again, or paste the text of your resume.")
    text = "\n".join(layout.dehyphenate(lines))
    if chars == 0 and images == 0:
        raise EmptyResumeError(f"{name} has no text. Upload the file that contains your resume, or paste its text.")
    if chars == 0 or not clean_text(text):
        raise NoTextLayerError(
            f"{name} has no readable text layer: it looks like a scan or a picture of a resume. Export the "
            "resume from your editor as PDF or DOCX, or paste its text (this tool does not run OCR)."
        )
    return text


# ------------------------------------------------------------------------------------------------ cleaning

_CID = re.compile(r"\(cid:\d+\)")
# C0/C1 controls except tab and newline, zero-width and bidi-override characters (used to hide text).
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_TRANSLATE = str.maketrans({
    "\r": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n", "\u00a0": " ", "\u3000": " ", "\u2002": " ",
    "\u2003": " ", "\u2009": " ", "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
    "\ufb04": "ffl", "\u30fb": "\u00b7", "\uff65": "\u00b7",
})


_ASCII_RULE = re.compile(r"\+[-=+]{3,}\+|\+?[-=]{3,}(?:\+[-=]{3,})+\+?")
_ASCII_ROW = re.compile(r"\|(.+?)\|?")
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,80})\]\((?:https?://|www\.)[^()\s]{1,200}\)")


def clean_text(text: str) -> str:
    """Printable text with one blank line at most between blocks, cut at a line end near ``MAX_TEXT_CHARS``.

    Only the first few multiples of the cap are looked at, so a pasted novel costs no more than a resume.
    """
    text = text[: 4 * MAX_TEXT_CHARS].replace("\r\n", "\n").translate(_TRANSLATE)
    text = _INVISIBLE.sub("", _CID.sub("", text))
    text = re.sub(r"\u00ad[ \t]*\n?(?=[a-z])", "", text).replace("\u00ad", "")  # soft hyphens: "Con\u00ad sul"
    text = _MARKDOWN_LINK.sub(r"\1", text)  # "[pgoutbox](https://github.com/...)" typed in Markdown: the name
    lines: list[str] = []
    for raw in text.split("\n"):
        if _ASCII_RULE.fullmatch(raw.strip()):
            continue  # "+----------+----+" drawn around a text table or heading
        if (row := _ASCII_ROW.fullmatch(raw.strip())) is not None:  # "| Linux | RHEL 8/9, Debian |": its cells
            raw = "\t".join(cell.strip() for cell in row.group(1).split("|"))
        line = re.sub(r" {2,}", "\t", raw.strip())  # space runs in pasted text are column gaps
        line = re.sub(r" *\t[ \t]*", "\t", line).strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    text = "\n".join(lines).strip()
    if len(text) > MAX_TEXT_CHARS:
        cut = text.rfind("\n", 0, MAX_TEXT_CHARS)
        text = text[: cut if cut > MAX_TEXT_CHARS // 2 else MAX_TEXT_CHARS].rstrip()
    return text


# -------------------------------------------------------------------------------------------------- sections

_HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary", "professional summary", "profile", "professional profile", "personal profile", "career profile",
        "about", "about me", "objective", "career objective", "personal statement", "个人简介", "个人总结", "自我评价",
        "自我介绍", "个人陈述", "求职意向", "个人优势",
    ),
    "skills": (
        "skills", "skill", "technical skills", "core skills", "key skills", "core competencies", "competencies",
        "technologies", "tech stack", "technical expertise", "tools", "skills and tools", "technical proficiencies",
        "proficiencies", "areas of expertise", "skills summary", "summary of skills", "computer skills",
        "software skills", "expertise", "key expertise", "strengths", "key strengths", "methods", "research methods",
        "专业技能", "技能",
        "技能特长", "个人技能", "技术栈", "技术能力", "掌握技能", "it技能", "技能证书",
    ),
    "projects": (
        "projects", "project", "personal projects", "side projects", "selected projects", "academic projects",
        "project experience", "key projects", "open source", "side project", "project history", "portfolio",
        "selected work", "work samples", "项目经历",
        "项目经验", "项目", "主要项目", "个人项目", "科研项目", "科研经历",
    ),
    "experience": (
        "experience", "work experience", "professional experience", "employment", "employment history",
        "work history", "career history", "career", "professional history", "internships", "internship",
        "academic appointments", "appointments", "academic positions", "professional appointments",
        "teaching practice", "teaching placements", "school placements", "placements", "previous career", "工作经历",
        "工作经验", "实习经历", "实习经验", "职业经历", "任职经历", "职位和头衔", "职位与头衔", "社会职务",
    ),
    "education": (
        "education", "educational background", "education background", "academic background", "academics",
        "qualifications", "educational qualification", "educational qualifications", "academic qualifications",
        "school", "academic qualification", "educational details", "academic details", "education details", "training",
        "educational attainment", "educational background and attainment",
        "教育背景", "教育经历", "学历", "教育", "学习经历", "学历背景",
    ),
    "certifications": (
        "certifications", "certificates", "certification", "licences", "licenses", "licensure",
        "licences and certifications", "licenses and certifications", "licensure and certifications",
        "licences and registrations", "licenses and registrations", "registrations", "professional registrations",
        "certifications and licences", "certifications and licenses", "tickets and licences", "tickets and licenses",
        "registration", "professional development", "license", "licence", "trainings and seminars attended",
        "trainings and seminars", "seminars and trainings", "trainings attended", "seminars attended", "资格证书",
        "证书",
    ),
    "other": (
        "awards", "honors", "honours", "achievements",
        "publications", "papers", "interests", "hobbies", "languages", "references", "referees", "links", "volunteer",
        "volunteering", "volunteer experience", "volunteering experience", "volunteer work", "voluntary work",
        "community involvement", "community service", "additional information", "activities",
        "grants", "grants and funding", "funding", "fellowships", "grants and awards",
        "extracurricular activities", "extra-curricular activities", "co-curricular activities", "other stuff",
        "contact", "contact information", "hackathons", "professional memberships", "memberships",
        "professional affiliations", "affiliations", "professional associations", "personal details", "declaration",
        "language skills", "language proficiency", "personal data", "character references", "character reference",
        "board service", "board memberships", "board positions", "board appointments", "driving licence",
        "driving license", "driver's license", "drivers license", "full driving licence",
        "personal information", "courses", "coursework", "patents", "details", "contact details",
        "leadership and activities", "activities and leadership", "leadership and involvement", "campus involvement",
        "professional activities", "professional involvement",
        "论文发表", "发表论文", "专著", "参加会议",
        "兴趣爱好", "家庭状况", "获奖情况", "获奖经历", "荣誉奖项", "荣誉", "证书", "资格证书", "语言能力",
        "个人信息", "基本信息", "联系方式", "校园经历", "社团经历", "其他",
    ),
}
_HEADING_KEY = {heading: key for key, headings in _HEADINGS.items() for heading in headings}
_LAST_WORD_KEY = {"experience": "experience", "projects": "projects", "skills": "skills", "education": "education",
                  "publications": "other", "awards": "other"}  # not "honours": "First Class Honours" is a grade
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣∙*>➢➤✓✔■□◆◇►▶○\-–—]|\d{1,2}[.)、](?!\d))\s*")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class _Section:
    key: str
    title: str
    lines: list[str] = field(default_factory=list)


_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")  # "*Title*", not a "* " bullet


def _plain(line: str) -> str:
    """A line without Markdown emphasis and heading marks; those are layout, not content."""
    line = re.sub(r"^#{1,6}\s+", "", line.strip())
    spans = re.findall(r"`([^`]{1,60})`", line)
    if len(spans) >= 2 and not re.sub(r"`[^`]{1,60}`", "", line).strip():  # "`Go` `Kafka` `Protocol Buffers`": a list
        line = ", ".join(span.strip() for span in spans) + ","  # complete: the next line's first is no more of it
    # and "*Branch Manager* | 2021 – present", italics, is no "* " bullet
    return _ITALIC.sub(r"\1", re.sub(r"\*\*|__|`", "", line)).strip()



def _heading_key(line: str) -> str | None:
    # a translation in brackets after the heading does not count to its length ("PROFESSIONAL EXPERIENCE (EXPÉRIENCE
    # PROFESSIONNELLE)")
    if not line or len(re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", line)) > 40 or _BULLET.match(line) \
            or re.search(r"[:：]\s*\S", line):
        return None  # "Label: content" is a line of a section, not its heading
    s = re.sub(r"^[^\w\u3400-\u9fff]+", "", line)  # icons, brackets, pound signs
    s = re.sub(r"^(?:[一二三四五六七八九十]+[、.．]|[IVX]{1,4}\.|\d{1,2}[.)]?\s)\s*", "", s)  # "02 Transferable Skills"
    s = re.sub(r"[\s:：\-—_=*#|】\]>》]+$", "", s).strip().lower()
    if re.fullmatch(r"(?:[a-z] )+[a-z]", s):  # letter-spaced "E X P E R I E N C E"
        s = s.replace(" ", "")
    s = re.sub(r"\s+", " ", s.replace("&", " and "))
    if s in _HEADING_KEY:
        return _HEADING_KEY[s]
    # "Experiencia (Experience)": the translation names it; "Work Experience (Expérience de travail)": the heading
    translated = re.fullmatch(r"([^()]+)\(([^()]+)\)", s)
    for part in (translated.groups()[::-1] if translated else ()):
        if part.strip() in _HEADING_KEY:
            return _HEADING_KEY[part.strip()]
    candidates = re.split(r"\s*(?:&|\band\b|/|、|与|和)\s*", s)[:1]  # "Skills & Awards" -> "skills"
    if _CJK.search(s) and re.search(r"[a-z]", s):  # bilingual "教育背景 Education"
        candidates += [re.sub(r"[^\u3400-\u9fff]", "", s), re.sub(r"[\u3400-\u9fff]", "", s).strip()]
    for part in candidates:
        if part and part != s and part in _HEADING_KEY:
            return _HEADING_KEY[part]
    words = s.split()
    if 1 < len(words) <= 4 and words[-1] in _LAST_WORD_KEY:
        return _LAST_WORD_KEY[words[-1]]
    if _CJK.search(s) and len(s) <= 8:
        if s.endswith(("经历", "经验")):
            return {"项目": "projects", "教育": "education", "学习": "education"}.get(s[:2], "experience")
        if s.endswith("技能"):
            return "skills"
    return None


_ENDS_ANY = frozenset({"references", "languages", "interests", "hobbies"})  # inline labels ending any section


def _names_credentials(group: str) -> bool:
    """Whether a skill group's label names certifications or licences ("Certifications: CSCS Gold Card, SMSTS")."""
    return _heading_key(group) == "certifications"


_UNDERLINE = re.compile(r"\s*(?:={3,}|-{3,}|_{3,}|~{3,}|\*{3,})\s*")


def _split_sections(lines: Sequence[str]) -> tuple[list[str], list[_Section]]:
    """Header lines before the first heading, then each headed section with its lines."""
    header: list[str] = []
    sections: list[_Section] = []
    for i, raw in enumerate(lines):
        line = _plain(raw)
        if _UNDERLINE.fullmatch(line):  # a heading's underline typed in text
            continue
        head_cells, _, last = line.rpartition("\t")
        if not sections and head_cells and _heading_key(last) is not None:  # contact details, then a heading
            header.append(head_cells)
            line = last
        margin, _, rest = line.partition("\t")
        in_skills = bool(sections) and sections[-1].key == "skills" and _heading_key(margin) in ("skills", "other")
        # "Technologies:<tab>Python, Flask" is a field of a project or a job, not a heading in the margin
        field_label = bool(sections) and sections[-1].key in ("experience", "projects") and margin.rstrip().endswith(
            (":", "："))
        linked = re.match(rf"\S+@\S+|{_DOMAIN}(?:/\S*)?$", rest.strip(), re.I) is not None
        # "Portfolio<tab>noavdh.example.com" is a field of the page's header (Notion), not a heading in the margin
        if rest and _heading_key(margin) is not None and not in_skills and not field_label and not linked:
            sections.append(_Section(_heading_key(margin) or "", _title_case(margin.strip(" :："))))
            line = rest
        key = _heading_key(line)
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if key is None and sections and _UNDERLINE.fullmatch(following) and _is_short(line) and len(line.split()) <= 5 \
                and not _BULLET.match(line) and not re.search(r"[.,;:!?]$", line):
            key = "other"  # a heading the vocabulary lacks, underlined ("FOOD HYGIENE" over a row of "_"); the first
            # one is the page's title, the name in a Markdown resume
        if key and line[:1].islower() and i and lines[i - 1].strip() and not re.search(r"[.:!?]\s*$", lines[i - 1]):
            key = None  # "training" that ends a wrapped bullet ("... a receiving checklist and bag-check" / "training")
        if key in ("skills", "other") and sections and sections[-1].key == "skills" and _group_label(lines, i) \
                and (key == "skills" or line.split()[-1].lower() in _GROUP_NOUNS):
            # "Languages" over "Python, Go" is a group of the skills section, not a section; "Interests" over "Fell
            # running, choir" is a section (it was planned as a skill to be asked about)
            key = None
        if key is not None:  # "02 Transferable Skills" is titled without its number
            sections.append(_Section(key, _title_case(re.sub(r"^\d{1,2}[.)]?\s+|[\s:：]+$", "", line))))
            continue
        # ("Portfolio:// nkowalczyk.design" is a link, Deedy's way, not a projects heading with its content)
        inline = re.match(r"^([^:：\t]{2,30}?)\s*[:：](?!//)\s*(\S.*)$", line) \
            or re.match(r"^(skills|certs|certifications)\s+-\s+(\S.*)$", line, re.I)  # "skills - cooking, lifting"
        if inline:
            inline_key = _heading_key(inline.group(1))
            current = sections[-1].key if sections else None
            rest = inline.group(2)
            listy = bool(re.search(r"[,，、;；]", rest)) or len(rest.split()) <= 12
            nested = current in ("experience", "projects")  # "Tech stack: ..." is a detail of the entry
            # "Professional Development: a certificate, 2023" below the degrees is no degree; in the skills it is a
            # group of credentials
            opens = ("skills", "projects", "experience", "education", *(("certifications",) * (current != "skills")))
            if inline_key in opens and inline_key != current and listy and not nested:
                title = _title_case(inline.group(1).strip())
                sections.append(_Section(inline_key, title, [line if inline_key == "skills" else rest]))
                continue
            # "Awards: ...", "References: ...", "Languages: French, Spanish" after the skills lines end them (a
            # pasted CV's awards and referees were read as skill groups), and after a blank line or when they name
            # referees, interests or spoken languages any section ("Awards: ..." right below a project or a job may
            # be its own line); "Languages: Python, Go" is a skill group
            label = inline.group(1).strip().lower()
            new_paragraph = i > 0 and not lines[i - 1].strip()
            if inline_key == "other" and (current == "skills" or label in _ENDS_ANY or new_paragraph) and (
                    label != "languages" or all(map(spoken_language, _split_outside_parens(rest)))):
                sections.append(_Section("other", _title_case(inline.group(1).strip()), [rest]))
                continue
        (sections[-1].lines if sections else header).append(line)
    return header, _jobs_after_key_projects(sections)


def _jobs_after_key_projects(sections: list[_Section]) -> list[_Section]:
    """"Key projects" inside a job ends where the next job starts ("Employer<tab>City, ST<tab>dates"): the jobs after
    it were read as projects. Projects name no place beside their dates, so such a line goes back to the jobs."""
    out: list[_Section] = []
    for section in sections:
        back = next((k for k, line in enumerate(section.lines) if _PERIOD.search(line)
                     and any(_names_place(cell.strip()) for cell in line.split("\t")[1:])), None) \
            if section.key == "projects" and out and out[-1].key == "experience" else None
        if back is None:
            out.append(section)
            continue
        out.append(_Section(section.key, section.title, section.lines[:back]))
        out.append(_Section("experience", out[-2].title, section.lines[back:]))
    return out


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _group_label(lines: Sequence[str], i: int) -> bool:
    """A short line alone over a comma list or a row of chips names a skill group (sidebars: "Languages" /
    "Python, Go, SQL", or "Python<tab>Go<tab>SQL")."""
    line = lines[i].strip()
    following = lines[i + 1] if i + 1 < len(lines) else ""
    words = line.split()
    chips = "\t" in following and bool(words) and words[-1].lower() in _GROUP_NOUNS
    following = _BRACKETED.sub("", following)  # "Cold chain compliance (FSMA, GDP)" is one skill, no list
    labelled = re.match(r"^[^,，:：]{1,30}[:：]\s*\S", following) is not None  # "management" over "Tools: Jira, Miro"
    return 0 < len(words) <= 3 and not re.search(r"[,，、;；:：]", line) and not _BULLET.match(line) \
        and (len(re.findall(r"[,，、]", following)) >= 1 or chips) and not _PERIOD.search(line) and not labelled


# What a skill group over a row of chips is called; a chip too long for its row sits alone over the next row too
# ("Cloud-native Development" over "Feature Flags<tab>A/B Testing").
_GROUP_NOUNS = frozenset({
    "languages", "frameworks", "libraries", "tools", "tooling", "infrastructure", "databases", "cloud", "platforms",
    "technologies", "devops", "testing", "methodologies", "software", "stack", "skills", "other", "technical",
    "systems", "digital", "business", "professional", "core", "clinical", "computer", "office", "it"})


# ... and the nouns a label set before its list with a space ends on ("Cloud & DevOps AWS, Kubernetes")
_LABEL_NOUNS = _GROUP_NOUNS | {"data", "web", "mobile", "frontend", "backend", "front-end", "back-end", "security",
                               "ml", "ai", "observability", "messaging"}


def _title_case(heading: str) -> str:
    return heading.title() if heading.isupper() else heading


# -------------------------------------------------------------------------------------------------- dates

# Spanish months too: bilingual CVs keep them ("ene. 2021 – actualidad", "mar. 2017 – dic. 2020")
_SPANISH_MONTHS = (r"ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|mayo|jun(?:io)?|jul(?:io)?|ago(?:sto)?|"
                   r"sept?(?:iembre)?|set(?:iembre)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?")
_MONTH = rf"(?:{layout.MONTHS}|{_SPANISH_MONTHS})\.?"
_YEAR = r"(?:18|19|20)\d{2}"
_DATE = (
    rf"(?:{_MONTH},?\s+{_YEAR}|{_YEAR}\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?"
    rf"|{_YEAR}(?:[./-](?:1[0-2]|0?[1-9])(?:[./-](?:3[01]|[12]\d|0?[1-9]))?)?|(?:1[0-2]|0?[1-9])/{_YEAR}"
    rf"|(?:3[01]|[12]\d|0?[1-9])/(?:1[0-2]|0?[1-9])/{_YEAR})"  # "[ 01/03/2021 – Current ]" (Europass)
)
_NOW = r"(?:present|current|now|today|ongoing|actualidad|presente|至今|现在|今)"
_SEP = r"(?:\s*(?:(?:-|–|—|~|～|－|→)\s*至?|to|until|至)\s*)"  # "Sep 2022 → Present" (Notion)
# "Jan 2018 to date", "August 2023 – Till Date": "present", only after a separator ("Date of birth" is no period)
_TO_DATE = r"(?:(?<=to )date|to date|till (?:date|now))"  # "February 2020 – to date" too
_PERIOD = re.compile(rf"(?<![A-Za-z0-9.]){_DATE}(?:{_SEP}(?:{_DATE}|{_NOW}|{_TO_DATE})?)?(?![A-Za-z0-9])", re.I)
_LEADING_DATE = re.compile(rf"^(?:{_DATE}|{_NOW})(?![A-Za-z0-9])\s*", re.I)


def latest_year(period: str) -> float:
    """The last year a period of the resume reaches, for ordering: one still running ("2024 – present") is the
    latest (10000); an undated one comes after the dated ones (0)."""
    if re.search(rf"{_NOW}|{_TO_DATE}", period, re.IGNORECASE):
        return 10_000.0
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", period)]
    return float(max(years)) if years else 0.0


def _is_open(period: str) -> bool:
    return bool(re.search(rf"{_SEP}$", period, re.I))


# --------------------------------------------------------------------------------------------- vocabulary

_TECH_VOCABULARY = (
    "Python", "Java", "JavaScript", "TypeScript", "Go", "Golang", "C++", "C#", "Rust", "Ruby", "PHP", "Kotlin",
    "Swift", "Scala", "Objective-C", "Dart", "Lua", "Perl", "Haskell", "Elixir", "MATLAB", "Bash", "SQL",
    "NoSQL", "HTML", "HTML5", "CSS", "CSS3", "Sass", "Tailwind CSS", "Bootstrap", "jQuery", "React",
    "React Native", "Redux", "Next.js", "Angular", "Vue.js", "Vue", "Svelte", "Node.js", "Express.js", "Express",
    "NestJS", "Django", "Flask", "FastAPI", "Spring", "Spring Boot", "Spring MVC", "Hibernate", "MyBatis",
    ".NET", "ASP.NET", "Ruby on Rails", "Rails", "Laravel", "Flutter", "Android", "iOS", "Electron", "WebGL",
    "WebSockets", "WebSocket", "Three.js", "D3.js", "GraphQL", "REST", "RESTful APIs", "gRPC", "Protobuf",
    "OAuth", "MySQL", "PostgreSQL", "SQLite", "MongoDB", "Redis", "Elasticsearch", "Cassandra", "DynamoDB",
    "Oracle", "SQL Server", "Neo4j", "Firebase", "Firebase Auth", "Firestore", "Supabase", "Snowflake",
    "BigQuery", "ClickHouse", "Kafka", "RabbitMQ", "Spark", "Hadoop", "Hive", "Flink", "Airflow", "dbt",
    "Docker", "Kubernetes", "Helm", "Terraform", "Ansible", "Jenkins", "GitHub Actions", "GitLab CI", "CI/CD",
    "Git", "GitHub", "GitLab", "Linux", "Nginx", "AWS", "Azure", "GCP", "Google Cloud", "Google Cloud Platform",
    "Lambda", "S3", "EC2", "ECS", "RDS", "Heroku", "Vercel", "Prometheus", "Grafana", "Datadog", "PagerDuty",
    "Sentry", "Kibana", "TensorFlow", "PyTorch", "Keras", "Scikit-learn", "XGBoost", "Pandas", "NumPy",
    "SciPy", "OpenCV", "Hugging Face", "Transformers", "LangChain", "LLM", "spaCy", "NLTK", "CUDA", "JAX",
    "Jupyter", "Tableau", "Power BI", "Excel", "Figma", "Jira", "Unity", "Unreal Engine", "JUnit", "Mockito",
    "pytest", "Jest", "Cypress", "Selenium", "Playwright", "Webpack", "Babel", "Vite", "Raspberry Pi", "Arduino",
    "Google Maps API", "Chrome Extension", "CRDTs", "MERN", "Microservices",
)
# Names that are also ordinary words: matched only with the capitalisation of a proper name.
_AMBIGUOUS = frozenset({
    "Go", "Swift", "Rust", "Express", "Spring", "React", "Unity", "Excel", "Lambda", "Rails", "Spark", "Oracle",
    "Hive", "Helm", "Flask", "Vue", "Dart", "REST", "Jest", "Sentry", "Transformers", "Electron",
})
# "Student Teacher ... (Spring 2015)": the season, not the framework
_SEASON_AFTER = re.compile(r"\s+(?:(?:19|20)\d\d|'\d\d|term|semester|quarter|break)\b", re.I)
_EDGE_BEFORE = r"(?<![A-Za-z0-9_+#.])"
_EDGE_AFTER = r"(?![A-Za-z0-9_+#])"


class _TermFinder:
    """Finds technology names in free text, longest name first, in the casing the resume itself used."""

    def __init__(self, terms: Iterable[str]):
        loose: dict[str, str] = {}
        strict: dict[str, str] = {}
        for term in terms:
            term = term.strip()
            if not term or len(term) > 40 or len(term.split()) > 3:
                continue
            if len(term) <= 2 or term in _AMBIGUOUS:
                strict.setdefault(term, term)
            else:
                loose.setdefault(term.lower(), term)
        self._canonical = {**strict, **loose}
        self._patterns = [
            re.compile(_alternation(loose), re.IGNORECASE) if loose else None,
            re.compile(_alternation(strict, short_guard=True)) if strict else None,
        ]

    def find(self, text: str) -> list[str]:
        spans: list[tuple[int, int, str]] = []
        for pattern in self._patterns:
            if pattern is not None:
                spans += [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)
                          if not (m.group(0) == "Spring" and _SEASON_AFTER.match(text, m.end()))]
        found: list[str] = []
        end = -1
        for start, stop, matched in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
            if start >= end:
                found.append(self._canonical.get(matched.lower(), self._canonical.get(matched, matched)))
                end = stop
        return _unique(found)


def _alternation(terms: Iterable[str], short_guard: bool = False) -> str:
    body = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    after = r"(?![A-Za-z0-9_+#&'/-])" if short_guard else _EDGE_AFTER
    return f"{_EDGE_BEFORE}(?:{body}){after}"


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item and item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


_BUILTIN = _TermFinder(_TECH_VOCABULARY)


def tech_names(text: str) -> list[str]:
    """The technology names of the built-in vocabulary that ``text`` mentions, in their usual casing, whatever the
    casing of the text ("i moved it to kafka" mentions Kafka); names that are also ordinary words ("Go", "Spark") only
    where capitalised as a name, or, in a text typed all in lower case, where a tool is introduced ("rewrote the form
    in react", "a service written in go")."""
    found = _BUILTIN.find(text)
    if re.search(r"[A-Z]", re.sub(r"\bI\b", "", text)):
        return found
    lower = [_LOWER_CASE_AMBIGUOUS[m.group(1)] for m in _TOOL_INTRODUCED.finditer(text)]
    return _unique([*found, *lower])


# The ambiguous names (_AMBIGUOUS) that a lower-case text names after "in", "with", "using", "via" or "into"; not those
# that are as often ordinary words there ("in spring", "in unity", "in jest", "with express", "the rest").
_LOWER_CASE_AMBIGUOUS = {name.lower(): name for name in (
    "Go", "Rust", "React", "Spark", "Flask", "Vue", "Helm", "Lambda", "Hive", "Dart", "Oracle", "Sentry")}
_TOOL_INTRODUCED = re.compile(rf"\b(?:in|with|using|via|into)\s+({'|'.join(_LOWER_CASE_AMBIGUOUS)})\b(?![-'])")


# ----------------------------------------------------------------------------------------------- skills

_ITEM_SPLIT = re.compile(r"[,;，、；|•·\t\n]")
_SKILL_VERBS = re.compile(
    r"^(?:熟练掌握|熟练使用|熟悉使用|熟练运用|熟练|精通|熟悉|掌握|了解|擅长|具备|能够使用|使用)\s*"
)


def _programming_languages(sections: Sequence[_Section], finder: _TermFinder) -> list[_Section]:
    """A "Languages" section that lists only technologies (Go, Rust, Kotlin) is a skill group, not spoken
    languages."""
    return [_Section("skills", section.title, [", ".join(items)]) for section in sections
            if section.title.lower() in ("languages", "programming languages", "编程语言")
            and (items := _list_items(section)) and all(finder.find(item) == [item] for item in items)]


def _list_items(section: _Section) -> list[str]:
    """The items of a short list section, one per bullet, comma or tab."""
    return [item for line in section.lines for raw in re.split(r"[,，、;；\t|·•]", _BULLET.sub("", line, count=1))
            if (item := raw.strip())]


def _spoken_section(sections: Sequence[_Section]) -> list[str]:
    """A "Languages" section of spoken languages ("English, Yoruba" in a sidebar): they were lost, neither skills
    nor languages."""
    return [item for section in sections if section.title.lower() in ("languages", "spoken languages")
            for item in _list_items(section) if spoken_language(item)]


# A skill group's label before its list: "Group: a, b", "Group<tab>a, b", "Group – a, b"
_SKILL_LABEL = re.compile(
    r"^([^:：\t,，]{1,40}?)(?:\s*[:：]|\s*\t(?=.*[,，、;；])|\s+[–—-]\s+(?=.*[,，、;；]))\s*(.*)$")


# A line of work done, as a functional resume lists under each skill ("• Designed a 12-week blended literacy unit
# taught by 14 teachers"): it tells of the skill above it, and names no skill but the tools in it
_DONE = re.compile(r"^(?:[A-Z][a-z]+ed|Built|Led|Wrote|Ran|Made|Taught|Met|Cut|Won|Grew|Set|Brought|Kept|Took|Gave|"
                   r"Sold|Held|Oversaw|Drove|Rebuilt|Rewrote|Spoke|Began|Undertook)\b")
_DONE_WORDS = 8


def _tells_work_done(line: str) -> bool:
    """A sentence of work done ("Planned and ran 40 workshops"), not a list that starts with such a word ("Planned
    maintenance / Three phase motors / PLC fault finding") nor a row of cells ("Flatbed load securement<tab>• Hours
    of Service compliance", two skills in two columns)."""
    return _DONE.match(line) is not None and len(line.split()) >= _DONE_WORDS and "\t" not in line \
        and len(_split_outside_parens(_SPACED_SLASH.sub(", ", line))) < 3


def _spaced_labels(lines: Sequence[str]) -> dict[int, str]:
    """Skill groups whose label a table cell set before the list with a space only ("Languages Go, Kotlin, Python",
    "Cloud & DevOps AWS, Kubernetes", as an Awesome-CV-like table prints): line index -> the line with the label's
    colon. Only where two lines or more of the section read so, each label ending on a group's noun."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if re.search(r"[:：\t]", line) or "," not in line:
            continue
        words = line.split(",")[0].split()
        for n in range(min(3, len(words) - 1), 0, -1):
            label, first = " ".join(words[:n]), words[n]
            if words[n - 1].lower() in _LABEL_NOUNS and (first[:1].isupper() or first[:1].isdigit()):
                found[i] = f"{label}: {line[len(label):].strip()}"
                break
    return found if len(found) >= 2 else {}


_PROSE_LABEL = re.compile(r"^([^:：\t,，]{3,50}?)[:：]\s*(\S.*)$")


def _sentence(text: str) -> bool:
    """Eight words or more that read as a sentence, not a list: its comma- or semicolon-separated parts long ("calm,
    consistent routines learned running a 120-cover restaurant on a"), not "risk and safety assessment, motivational
    interviewing, trauma-informed care, court testimony"."""
    parts = [len(part.split()) for part in re.split(r"[,;]", _BRACKETED.sub("", text)) if part.strip()]
    return len(text.split()) >= 8 and bool(parts) and max(parts) >= 6 and sum(parts) / len(parts) >= 3.5


def _skills_told_in_prose(lines: Sequence[str]) -> list[str]:
    """"Behaviour management: calm, consistent routines learned running a 120-cover restaurant ..." (a career
    changer's "Transferable Skills"): where three or more labels each open a sentence of eight words or more, the
    labels are the skills and the sentences what backs them."""
    labelled = [m for line in lines if (m := _PROSE_LABEL.match(_BULLET.sub("", line, count=1)))]
    prose = [m for m in labelled if _sentence(m.group(2))]
    return [m.group(1).strip() for m in labelled] if len(prose) >= 3 and len(prose) >= 0.6 * len(labelled) else []


def _labels_apart(lines: Sequence[str]) -> list[str]:
    """Labelled groups set on one line apart, each on its own: "Software: NetSuite, BlackLine | Technical: US GAAP,
    Month-end close" (a US accountant's Word resume; "Technical: US GAAP" was read as a skill)."""
    out: list[str] = []
    for line in lines:
        parts = re.split(r"\s+[|｜]\s+", line)
        labelled = len(parts) > 1 and all((m := _SKILL_LABEL.match(_BULLET.sub("", p, count=1))) is not None
                                          and len(m.group(1).split()) <= 3 and m.group(2) for p in parts)
        out += parts if labelled else [line]
    return out


def _parse_skills(sections: Sequence[_Section], zh: bool, finder: _TermFinder) -> dict[str, list[str]]:
    """``Group: a, b`` lines make groups; other lines join the current group (the section's own title). A group
    whose lines all tell of work done is a skill of a functional resume, named over its achievements."""
    texts: dict[str, list[str]] = {}
    done: dict[str, list[str]] = {}  # group -> its lines of work done
    named_over: dict[str, str] = {}  # a group over lines of work done -> the section's own group
    for section in sections:
        own = section.title or ("技能" if zh else "Skills")
        group = own
        lines = _labels_apart(section.lines)
        told = _skills_told_in_prose(lines)
        in_prose = False  # inside the sentence after such a label, which may wrap
        bulleted = any(_BULLET.match(line) for line in lines)
        # a list with commas or " · " between its items, told by its unlabelled lines: one skill a line above a
        # labelled "Software: Xero, Sage 50" line is one skill a line
        has_commas = any(re.search(r"[,，、;；]|\s[·•|]\s", _BRACKETED.sub("", line)) for line in lines
                         if not _SKILL_LABEL.match(_BULLET.sub("", line, count=1)))
        any_commas = has_commas or any(re.search(r"[,，、;；]", line) for line in lines)
        spaced = _spaced_labels(lines)
        for i, raw in enumerate(lines):
            if not raw:
                continue
            prose = _PROSE_LABEL.match(_BULLET.sub("", raw, count=1)) if told else None
            if prose and prose.group(1).strip() in told:
                texts.setdefault(own, []).append(prose.group(1).strip() + ",")
                in_prose = True
                continue
            if in_prose and not _group_label(lines, i) and not _SKILL_LABEL.match(raw):
                continue  # "Saturday night, where a raised voice never helped anyone." goes on with the sentence
            in_prose = False
            line = spaced.get(i) or _BULLET.sub("", raw, count=1) + (":" if _group_label(lines, i) else "")
            label = _SKILL_LABEL.match(line)
            names_group = label is not None and len(label.group(1).split()) <= 5 \
                and "http" not in label.group(1).lower()
            if label and names_group:
                group = re.sub(r"^\d{1,2}[.)]?\s+", "", label.group(1).strip())  # "03 Skills" over its items
                line = label.group(2)
            parts = texts.setdefault(group, [])
            if not names_group and _tells_work_done(line):
                done.setdefault(group, []).append(line)
                if group != own:
                    named_over[group] = own
                continue
            # A new item starts at a bullet, a label, a list ending in a comma, chips, or one-per-line lists; not
            # inside brackets a narrow column wrapped ("Advanced Excel (Power" over "Query)")
            unclosed = bool(parts) and parts[-1].count("(") > parts[-1].count(")")
            lower = any_commas and line[:1].islower()  # "Stakeholder" / "management" wrapped in a comma list
            # ... or a bullet wrapped by a narrow column ("• Sales of transactional and savings" / "products"), or a
            # skill's bracket wrapped onto a line of its own ("Material requirements planning" / "(MRP)")
            wrapped = bool(parts) and parts[-1][-1:] not in ",;" and (bulleted and line[:1].islower()
                                                                     or line[:1] in "(（" and "\t" not in line)
            starts_item = label is not None or _BULLET.match(raw) is not None or not unclosed and not wrapped and (
                not parts or bulleted or "\t" in line or not has_commas and not lower
                or re.search(r"[,，、;；·•|]$", parts[-1]) is not None
            )
            if starts_item:
                parts.append(line)
            else:
                parts[-1] += " " + line
    whole_names: dict[str, list[str]] = {}  # the skills named over lines of work done, each kept as written
    for group, own in named_over.items():
        if not any(part.strip() for part in texts[group]):
            del texts[group]
            texts.setdefault(own, [])
            whole_names.setdefault(own, []).append(group)
    groups: dict[str, list[str]] = {}
    for group, parts in texts.items():
        # a credential is kept as written however long ("Level 4 Food Safety in Catering" was looked through for tool
        # names and lost)
        whole = _names_credentials(group)
        items = _unique([*(item for part in parts for item in (_split_outside_parens(part) if whole
                                                               else _skill_items(part, finder))),
                         *whole_names.get(group, []),
                         *(tool for line in done.get(group, []) for tool in finder.find(line))])
        if items:
            groups[group] = items
    return groups


# Spoken languages, which resumes list beside their skills ("Languages: Dutch, English, Spanish", where other resumes
# list Go and Kotlin under the same label): they are not skills to be interviewed on (a quality engineer's resume had
# "Dutch" planned as a skill topic). Names from general usage, not from a file; a level around them ("(native)",
# "C1", "fluent", "六级") is left aside when matching.
_SPOKEN = _wordset("""
    afrikaans albanian amharic arabic armenian basque bengali bulgarian burmese cantonese catalan chinese croatian
    czech danish dutch english estonian farsi filipino finnish flemish french galician georgian german greek gujarati
    hebrew hindi hungarian icelandic indonesian irish italian japanese kannada kazakh korean latvian lithuanian
    macedonian malay malayalam maltese mandarin marathi mongolian nepali norwegian pashto persian polish portuguese
    punjabi romanian russian serbian sinhala slovak slovene slovenian somali spanish swahili swedish tagalog tamil
    telugu thai turkish ukrainian urdu uzbek vietnamese welsh yoruba zulu
""")
_SPOKEN_ZH = _wordset("英语 英文 汉语 中文 普通话 粤语 日语 韩语 法语 德语 西班牙语 俄语 葡萄牙语 意大利语 阿拉伯语")
_LANGUAGE_LEVEL = re.compile(
    r"[(（][^()（）]*[)）]|\b(?:native|mother|tongue|first|second|language|speaker|fluent|fluency|bilingual|business|"
    r"professional|working|conversational|intermediate|upper|lower|advanced|basic|beginner|elementary|proficient|"
    r"proficiency|full|limited|good|very|excellent|level|written|spoken|knowledge|and|or|in|[abc][12])\b|cet-?\d|[四六八]级|[\d\W_]+"
    r"|熟练|流利|精通|良好|母语|口语|书面|读写|听说|水平|能力",
    re.IGNORECASE)


def spoken_language(item: str) -> bool:
    """Whether a listed item names a spoken language, with or without its level ("English (native)", "Fluent German",
    "英语（六级）"), rather than a skill ("Go", "Java (Spring)")."""
    words = _LANGUAGE_LEVEL.sub(" ", item).split()
    return bool(words) and all(w.lower() in _SPOKEN or w in _SPOKEN_ZH for w in words)


def _split_spoken(skills: dict[str, list[str]]) -> tuple[dict[str, list[str]], list[str]]:
    """The skill groups without their spoken languages (a group left empty is dropped), and those languages."""
    kept: dict[str, list[str]] = {}
    spoken: list[str] = []
    for group, items in skills.items():
        among = any(spoken_language(item) for item in items)  # a language the list lacks, beside ones it has
        for item in items:
            (spoken if spoken_language(item) or among and _LEVELLED_WORD.fullmatch(item)
             else kept.setdefault(group, [])).append(item)
    return kept, _unique(spoken)


# One word and a speaker's level in brackets: "Twi (conversational)" beside "English (native), Swedish (fluent)"
_LEVELLED_WORD = re.compile(r"[A-Z][\w'’-]+\s*[(（](?:native|fluent|conversational|basic|beginner|elementary|"
                            r"intermediate|advanced|proficient|working|professional|limited|mother tongue|"
                            r"[abc][12])[)）]", re.I)


# how long a skill was used, as job boards export it ("Inventory management (11 years)"): not part of its name
_YEARS_USED = re.compile(r"\s*[(（]\s*(?:\d+\+?|<\s*1|less than (?:1|one))\s*(?:years?|yrs?)\.?\s*[)）]\s*$", re.I)


_SPACED_SLASH = re.compile(r"\s+/\s+")
# a chart's legend beside the skills ("40% analysis") or its caption in capitals ("TIME SPENT"), no skill
_NO_SKILL = re.compile(r"\d{1,3}\s*%\s+\S.*|[A-Z]{4,}(?: [A-Z]{4,})+")
_RATING = re.compile(r"[●○◉◯★☆⬤◦]{3,}")  # "Brand strategy ●●●●○": a rating drawn beside a skill, no part of it
# a builder's level in the cell beside each skill ("Salesforce<tab>Experienced<tab>AWS<tab>Skillful", resume.io's
# scale), no skill of its own
_LEVEL_ALONE = re.compile(r"(?:novice|beginner|skill(?:ful|ed)|experienced|expert|intermediate|advanced|proficient)",
                          re.I)


def _skill_items(text: str, finder: _TermFinder) -> list[str]:
    out: list[str] = []
    # "Domestic rewires / Fault finding / EICRs": a slash set apart by spaces parts items ("CI/CD" is one)
    for chunk in _split_outside_parens(_SPACED_SLASH.sub(", ", text)):
        chunk = _SKILL_VERBS.sub("", _YEARS_USED.sub("", _RATING.sub("", chunk).strip()).strip(" .。:：-–"))
        chunk = re.sub(r"^(?:and|&|以及|及)\s+|\s*(?:etc\.?|等(?:等)?)$", "", chunk, flags=re.I).strip()
        if not chunk or _NO_SKILL.fullmatch(chunk) or _LEVEL_ALONE.fullmatch(chunk):
            continue
        inner = re.match(r"^(.*?)\s*[(（]([^()（）]*[,，、][^()（）]*)[)）]$", chunk)
        # "Wound closure (sutures, tissue adhesive)" says what one skill covers; "Cloud (AWS, GCP)" lists tools
        if inner and all(e[:1].islower() and not finder.find(e) for e in _split_outside_parens(inner.group(2))):
            inner = None
        heads = [inner.group(1)] if inner else [chunk]
        extra = _split_outside_parens(inner.group(2)) if inner else []
        for head in heads:
            out += _split_and(head.strip())
        out += [e.strip() for e in extra if e.strip()]
    items: list[str] = []
    for item in out:
        # the words in brackets say what the skill covers ("electrical safety testing (Fluke ESA 615)" was lost)
        long = len(_BRACKETED.sub("", item).split()) > 5 and _reads_as_prose(item) or len(_CJK.findall(item)) > 12
        items += finder.find(item) if long else [item]
    return items


# How a sentence in a skills list opens: a claim ("Experienced in ...", "Strong knowledge of ...") or a duty
_CLAIM = re.compile(r"^(?:experienced|skilled|strong|excellent|proven|able|ability|proficient|knowledge|familiar|good|"
                    r"great|solid|extensive|working|hands-on)\b", re.I)
# ... or a duty, opening on a verb in the past with an article or a figure after it ("Managed a team of 12"), not a
# skill named by an "-ed" word ("Advanced Excel pivot tables and macros", "Sealed bid and auction campaigns")
_DUTY = re.compile(r"^[a-z]+ed\b(?=.*(?:\b(?:a|an|the|my|our|to)\b|\d))", re.I)


def _reads_as_prose(item: str) -> bool:
    """A long item of a skills list that is a sentence (a claim, a duty, the speaker's own words), not one skill's
    name: a named skill may run to eight words ("Seasonal menu writing and dish costing", "Blueprint and shop drawing
    reading (English and French)")."""
    return len(_BRACKETED.sub("", item).split()) > 8 or not item[:1].isupper() or _CLAIM.match(item) is not None \
        or _DUTY.match(item) is not None \
        or re.search(r"\b(?:I|my|we|our|me|you|your)\b", item) is not None or _ends_sentence(item, ".!?") \
        or _CONTACT_LINE.search(item) is not None  # the page's footer run on ("GitHub Actions M +1 555 0100")


def _split_outside_parens(text: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current = ""
    for ch in text:
        if ch in "(（[":
            depth += 1
        elif ch in ")）]" and depth:
            depth -= 1
        if depth == 0 and _ITEM_SPLIT.match(ch):
            parts.append(current)
            current = ""
        else:
            current += ch
    return [p.strip() for p in [*parts, current] if p.strip()]


def _split_and(item: str) -> list[str]:
    """'Docker and Kubernetes' lists two skills; 'Research and Development' is rare enough to accept. A phrase that
    goes on in lower case or a figure is one skill ("Budgeting & forecasting", "Hydraulics and pneumatics", "risk and
    safety assessment", "Carrier & 3PL coordination")."""
    sides = re.split(r"\s+(?:and|&)\s+", item)
    if len(sides) == 2 and all(1 <= len(s.split()) <= 3 for s in sides) and sides[1][:1].isupper():
        return sides
    return [item]


# --------------------------------------------------------------------------------------------- entries


@dataclass
class _Entry:
    head: list[str] = field(default_factory=list)
    period: str = ""
    body: list[str] = field(default_factory=list)
    named: bool = False  # the head is one name already set apart ("First Week, Done Right — what it is"), no fields


def _split_entries(lines: Sequence[str], bold: frozenset[str] = frozenset()) -> list[_Entry]:
    """Group a section into entries: header lines (title, organisation, dates), then their description.

    ``bold`` holds the lines set wholly in bold: one after a description starts the next entry.
    """
    # "Selected accomplishments:" over a post's bullets introduces them and is no field of the post
    lines = [line for line in lines if not _BODY_INTRO.fullmatch(_BULLET.sub("", line.strip(), count=1))]
    levels = {i for i, line in enumerate(lines) if _LEVEL_LABEL.match(line)}  # "Secondary:<tab>School" opens a school
    lines = [_LICENSING.sub("", _LEVEL_LABEL.sub("", _without_icons(line))) for line in lines]
    entries: list[_Entry] = []
    current: _Entry | None = None
    continues = False  # whether the last body item may continue on the next line
    after_blank = False
    columns = 0  # the tabs of a table's header row ("Qualification<tab>Institution<tab>Board / University...")
    for i, line in enumerate(lines):
        if _column_labels(line):  # a table's header row names no entry; each row below it is one
            columns = line.count("\t")
            continue
        if not line or layout.STAMP.match(line):  # a print date ("February 10, 2026") dates no entry
            after_blank = True
            continues = False
            continue
        row = bool(columns) and line.count("\t") == columns
        if _BULLET.match(line) and _bulleted_head(_BULLET.sub("", line, count=1)):
            line = _BULLET.sub("", line, count=1)  # "• 4th Grade Teacher, Maple Hollow Elementary, ... (2019–present)"
        elif _BULLET.match(line):
            if current is None:
                current = _Entry()
                entries.append(current)
            current.body.append(_BULLET.sub("", line, count=1))
            continues, after_blank = True, False
            continue
        if current is not None and _is_open(current.period):
            lead = _LEADING_DATE.match(line)
            years = [int(y) for y in re.findall(r"(?:19|20)\d\d", f"{current.period} {lead.group(0) if lead else ''}")]
            # "Present  Leading a team..." completes "2017 –" of the line above; "2019–2022<tab>Postdoctoral Fellow,
            # ..." under an academic's "2022–" (still running) is the post before
            if lead and years == sorted(years):
                current.period += ("" if _CJK.search(current.period[-1:]) else " ") + lead.group(0).strip()
                line = _BULLET.sub("", line[lead.end():].strip(" \t"), count=1)
                if not line:
                    continue
                current.body.append(line)
                continues, after_blank = True, False
                continue
        if current is not None and _POST_NOTE.match(line):  # "Reason for leaving: ..." under a post's duties
            current.body.append(line)
            continues, after_blank = False, False
            continue
        if current is not None and not current.body and current.period and _COMPANY_LINE.match(line):
            continue  # "A $400M specialty foods manufacturer of ...": what the employer above is, no duty of the post
        if current is not None and _labelled(line):  # Europass puts the employer after the description
            # a form that labels every post ("Employer: ..." / "Title: ..." in a US federal resume) names a second
            # employer or title only for the next post ("Title:" then "Role:" in an Indian CV's project are one)
            if any(_LABELLED.match(head) and _label_of(head) == _label_of(line) for head in current.head):
                current = _Entry()
                entries.append(current)
            current.head.append(line)
            continue
        if _is_head(lines, i, current, after_blank) or (line in bold and _is_short(line)) or row or i in levels:
            if current is None or current.body or (current.period and _dated_head(line)) or i in levels \
                    or _opens_like(current, lines, i) or _second_institution(current, line) or row \
                    or _repeats_shape(current, lines, i) \
                    or (current.period and _dates_alone(lines[i + 1] if i + 1 < len(lines) else "")):
                current = _Entry()
                entries.append(current)
            current.head.append(line)
            match = _PERIOD.search(line)
            if match and not current.period:
                current.period = match.group(0).strip()
            continues = False
        else:
            assert current is not None  # the first line of a section is always a head
            if continues and current.body:
                current.body[-1] += " " + line
            else:
                current.body.append(line)
            continues = not re.search(r"[.!?。！？]$", line)
        after_blank = False
    return [e for e in entries if e.head or e.body]


def _bulleted_head(line: str) -> bool:
    """A post or a school set as a bullet like its duties: "Title, Employer, Town, ST (2019–present)", its fields
    between commas and its dates (or a season's: "Spring 2015") bracketed at the end (a teacher's Word resume had
    every line bulleted, and every post and school was read as a duty of none)."""
    match = re.search(r"[(（](?:(?:spring|summers?|fall|autumn|winters?)\s+)?([^()（）]+)[)）]\s*$", line, re.I)
    period = _PERIOD.search(match.group(1)) if match else None
    if match is None or period is None or period.group(0).strip() != match.group(1).strip():
        return False
    fields = [f.strip() for f in line[: match.start()].split(",")]
    return len(fields) >= 3 and all(f and len(f.split()) <= 8 and not re.match(r"[a-z]", f) for f in fields)


# The column names of a table's header row ("Qualification | Institution | Board / University | Year of Passing")
_COLUMN_WORDS = _wordset("""
qualification qualifications degree course courses examination exam institution institute school college university
board year years of passing passed percentage cgpa gpa grade grades marks class division result period duration
specialization specialisation stream subject subjects name and or role company employer title position location
city dates date from to organisation organization
""")


def _column_labels(line: str) -> bool:
    cells = [c for c in line.split("\t") if c.strip()]
    return len(cells) >= 3 and not re.search(r"\d", line) \
        and all(w.lower() in _COLUMN_WORDS for w in re.findall(r"[^\W\d_]+", line))


_ICON = re.compile(r"(?:^|(?<=\t))[•·]\s*")
# a school's level before its name, as Philippine CVs label them ("Tertiary:", "Secondary:", "Primary:")
_LEVEL_LABEL = re.compile(r"^(?:tertiary|secondary|primary|elementary|vocational|post-?graduate|graduate studies|"
                          r"(?:senior |junior )?high school)\s*[:：]\s*", re.I)
_COMPANY_LINE = re.compile(r"(?:A|An)\s+(?:\S+\s+){3,}\S+\.$")
_BODY_INTRO = re.compile(r"(?:selected |key |major |notable |main )?(?:accomplishments|achievements|"
                         r"responsibilities|duties(?: and responsibilities)?|roles? (?:and|&) responsibilities|"
                         r"highlights)\s*[:：]?", re.I)
# a post's address or ward on a line of its own, labelled ("Address: Sumulong Highway, ...", "Area of Assignment:")
_META_LABEL = re.compile(r"^(?:address|location|area of assignment|assignment|department|ward|unit)\s*[:：]", re.I)
# a note under a post's duties, no field of the next post (South African and Indian CVs)
_POST_NOTE = re.compile(r"^(?:reasons? for (?:leaving|leaving the (?:company|position)|departure)|leaving reason)"
                        r"\s*[:：-]", re.I)
# an agency's licensing statement after its name, no part of it: "Harbourline Realty Ltd (Licensed REAA 2008)", the
# year of the Act read as the post's dates; "(Authorised and regulated by the FCA)"
_LICENSING = re.compile(r"\s*[(（](?i:licensed|regulated|authori[sz]ed)\b[^()（）]{0,60}?"
                        r"\b(?:[A-Z]{3,}|(?:19|20)\d\d)\b[^()（）]{0,20}[)）]")


def _without_icons(line: str) -> str:
    """A line of dates and a place, each after an icon that the page's icon font left as a bullet ("• Mar 2022 –
    Present<tab>• Lisbon, Portugal", a calendar and a pin): the dates of the entry above, not a highlight."""
    if not _BULLET.match(line):
        return line
    plain = _ICON.sub("", line)
    return plain if _LEADING_DATE.match(plain) and _dates_alone(plain.split("\t")[0]) else line


def _dates_alone(line: str) -> bool:
    """A line that is only dates ("09/2008 - 07/2011"): the dates of the line above it, which opens an entry when
    the current one is dated already."""
    return _PERIOD.fullmatch(line.strip()) is not None


def _second_institution(current: _Entry, line: str) -> bool:
    """A school's name below a dated entry that already names one opens the next entry: a narrow sidebar wraps
    "Erasmus University / Rotterdam / MSc Supply Chain / Management, 2016" and then "Anna University", which was
    read as the first entry's. The same school again ("柏林大学<tab>德国柏林<tab>法律系") goes on with it."""
    name = re.split(r"[\t,，|]", line)[0].strip()
    return bool(current.period) and _is_short(line) and _INSTITUTION.search(name) is not None \
        and any(_INSTITUTION.search(_SCHOOL_DIPLOMA.sub("", _BRACKETED.sub("", head))) and not has_title_word(head)
                and not _is_unit(head)
                for head in current.head) \
        and not any(name in head for head in current.head)  # "Abitur (general university entrance ...)" names none


# a diploma named after the school it is taken at, no school ("DES – Secondary School Diploma" over the school's line)
_SCHOOL_DIPLOMA = re.compile(r"\b(?:high|secondary|middle) school (?:diploma|certificate)\b", re.I)


def _repeats_shape(current: _Entry, lines: Sequence[str], i: int) -> bool:
    """The lines from ``i`` repeat the current entry's head, whose dates close it on a line of their own: as many
    undated lines, then a line of dates ("Certificate" / "Institute · Town" / "2019", then "Bachelor of ..." /
    "University · Town" / "2009 – 2012": the bachelor's was read as the certificate's)."""
    n = len(current.head)
    ahead = lines[i:i + n]
    return n >= 2 and _dates_alone(current.head[-1]) and not any(_PERIOD.search(h) for h in current.head[:-1]) \
        and len(ahead) == n and _dates_alone(ahead[-1]) \
        and all(line and not _BULLET.match(line) and not _PERIOD.search(line) and _is_short(line)
                for line in ahead[:-1])


def _opens_like(current: _Entry, lines: Sequence[str], i: int) -> bool:
    """An undated line right above a dated one opens a new entry when the current entry, with no description,
    began the same way: "University<tab>City" then "Degree<tab>dates", twice (Jake's resume template). A job
    written title-and-dates first keeps its organisation line below the dates."""
    dated_at = next((k for k, head in enumerate(current.head) if _PERIOD.search(head)), None)
    following = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(dated_at) and not _PERIOD.search(lines[i]) and bool(following) and not _BULLET.match(following) \
        and _dated_head(following) and not _DONE.match(lines[i])  # "Planned and ran 25 audits a year" is a duty


def _is_short(line: str) -> bool:
    return len(line.split()) <= 8 and len(line) <= 70 and not _ends_sentence(line, ".。")


def _ends_sentence(line: str, marks: str) -> bool:
    """A mark that ends a sentence at the end, not a company's full stop ("Lone Star Running Co.", "Acme Inc.") nor
    an abbreviated state's after its town ("Gran Hotel Casa Jacaranda — Guadalajara, Jal.")."""
    words = line.split()
    return line[-1:] in marks and not (line.endswith(".") and (_CORP_SUFFIX.match(words[-1]) is not None
                                                               or re.search(r",\s*[A-Z][a-z]{0,3}\.$", line)))


def _dated_head(line: str) -> bool:
    """A line with dates that open or close it (or a short one) heads an entry; a year inside prose does not. Dates
    followed only by a place still close it ("Employer — Title (Jan 2021 – Feb 2023), Melbourne, Australia")."""
    match = _PERIOD.search(line)
    if not match:
        return False
    before = line[: match.start()].strip(" \t()（）[],.|｜")
    after = line[match.end():].strip(" \t()（）[],.;；。|｜")
    if len(line.split()) > 8 and _PROSE_DATE.search(before):  # "... battery systems since 2021": a line of work
        return False
    return not before or not after or len(line.split()) <= 8 or _names_place(after) or _STATUS.match(after) is not \
        None or re.fullmatch(r"\s*[(（][^()（）]{1,40}[)）][\s.;,]*", line[match.end():]) is not None


_PROSE_DATE = re.compile(r"\b(?:since|in|by|during|until|till|before|after|from|of|around|throughout|through)$",
                         re.I)
# What may follow a school's or a job's dates on its line: its status or grade ("2025 (in progress)", "2019, First")
_STATUS = re.compile(r"^(?:in progress|expected|ongoing|anticipated|predicted|pending|current(?:ly)?(?: studying| "
                     r"enrolled)?|part[- ]time|full[- ]time|distance learning|online|remote|first(?:[- ]class)?"
                     r"(?: honours)?|2[:.]?[12]|distinction|merit|pass|with (?:honours|distinction|merit)|"
                     r"(?:magna |summa )?cum laude|honours|hons)$", re.I)


def _is_head(lines: Sequence[str], i: int, current: _Entry | None, after_blank: bool) -> bool:
    """Dated lines head entries; so do short lines before the description starts, after a blank line, or
    right above a date line (a title whose dates sit on the next line)."""
    line = lines[i]
    if current is not None and current.body and i and _wraps(lines[i - 1], line):
        return False
    if current is None or _dated_head(line):
        return True
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if not current.body and _META_LABEL.match(line):
        return True  # the header block goes on past a long "Address: ..." line to the post's dates
    post = _labelled(following)
    if post is not None and post[0] == "title" and not _LABELLED.match(line) and len(line.split()) <= 14 \
            and _names_org(_FIELD_SPLIT.split(line)[0]):
        return True  # the employer over a post's "Position:" line ("Coastline Power & Data Pty Ltd — Wetherill Park")
    next_is_date = bool(following) and not _BULLET.match(following) and (_dated_head(following)
                                                                        or _duration_alone(following))
    if not _is_short(line):
        # "Employer, City | Title |" over its dates, "Employer — A Longer Job Title" over "City | dates": a header
        # too long for a short line, its fields set apart, right above its dates (both were read as the last job's
        # description); and in the header block, a long employer's name set apart from its town ("Wessex Coast
        # Ambulance Service NHS Foundation Trust · Poole" under its title and dates)
        fitting = len(line.split()) <= 14 and not _ends_sentence(line, ".!?;:。") and not re.match(r"[a-z0-9]", line)
        # ... or between commas where the entry before had that shape ("NVQ Level 3 Diploma in Professional Cookery,
        # Mendip College, Wells" / "2008 - 2010", then "GCSEs (9 at grades A*-C including English and Maths), Marston
        # Vale School, Frome" / "2003 - 2008")
        same_shape = len(current.head) >= 2 and _dates_alone(current.head[-1]) and "," in current.head[-2] \
            and "," in line and _dates_alone(following)
        above_dates = next_is_date and (_SET_APART.search(line) is not None or same_shape)
        _, comma, place = line.partition(",")
        # ... or before its town after a comma ("Centre de formation professionnelle des Cèdres-du-Nord, Saint-Jérôme,
        # QC" under a DEP and its dates)
        employer = not current.body and (_FIELDS_APART.search(line) is not None or bool(comma) and _names_place(
            place.strip())) and _names_org(_FIELD_SPLIT.split(line)[0])
        # ... or any name in capitals with its town flush right ("Red River Regional Water Treatment Plant<tab>Grand
        # Forks, ND" under "Lead Operator<tab>2019 – Present": no word of it says organisation)
        cells = line.split("\t")
        placed = not current.body and len(cells) == 2 and _names_place(cells[1].strip()) \
            and all(w[:1].isupper() for w in cells[0].split() if len(w) > 3)
        # a head of only dates and a town still lacks its name ("2011 – 2013" / "Bromsgrove" / "BTEC Level 3
        # Extended Diploma in Applied Science (D*DD)" / the school)
        unnamed = not current.body and all(_dates_alone(h) or _is_city(h) for h in current.head)
        return fitting and (above_dates or employer or placed or unnamed)
    if not current.body:  # still in the header block of the current entry, but for a duty with no bullet under
        # a head ("Tested payroll and purchases"; "Registered Nurse" and "Managed Services Ltd" are heads)
        return not (_DONE.match(line) and not has_title_word(line) and not _names_org(line) and current.period)
    if after_blank or _NAME_AND_LINK.fullmatch(line):  # "PantryPal github.com/isanakreid/pantrypal" after a project
        return True
    # a title over its employer over their dates ("Frontend Developer" / "Vela Travel Technology" / "Sep 2019 – ..."),
    # unless the line ends the bullet above and the next line opens a head of the current one's shape ("• ... with
    # the Fraud" / "Risk team" / "Senior Teller" / "Employer | Town" / dates: "Risk team" was read as the title)
    title_first = not _MID_SENTENCE.search(lines[i - 1]) and _dated_soon(lines, i + 1) \
        and not (_BULLET.match(lines[i - 1]) and not _ends_sentence(lines[i - 1], ".!?。")
                 and _repeats_shape(current, lines, i + 1))
    return (next_is_date or title_first) and not re.match(r"[a-z0-9]", line)  # "12 engineer-hours a week" ends a
    # wrapped bullet


_DOMAIN = r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"  # "github.com", "https://www.acme.io"
_LINK = rf"{_DOMAIN}/[\w./-]*"
_NAME_AND_LINK = re.compile(rf"([A-Z][\w'’&+.-]*(?: [\w'’&+.-]+){{0,4}})\s+(?:[|·—–-]\s+)?{_LINK}")
def _dated_soon(lines: Sequence[str], k: int) -> bool:
    """One or two short header lines, then a line of dates: an employer (and its town) under a title ("Store
    Manager" / "Riverstone Home Goods" / "Boise, ID" / "April 2021 to Present")."""
    for j in range(k, min(k + 3, len(lines))):
        line = lines[j]
        if not line or _BULLET.match(line):
            return False
        if _PERIOD.search(line):
            return j > k and _dated_head(line)
        if not _is_short(line) or re.match(r"[a-z0-9]", line):
            return False
    return False


_MID_SENTENCE = re.compile(r"(?:,|\b(?:and|or|with|of|for|to|the|a|an|in|on|by|from|at|as|via|into))$", re.I)
_SET_APART = re.compile(r"\t|\s[|｜—–-]\s|\s[|｜]$")
_FIELDS_APART = re.compile(r"\t|\s[|｜—–·•-]\s")


def _wraps(previous: str, line: str) -> bool:
    """A bullet wrapped onto the line: the bullet ends mid-sentence (a semicolon ends none: "... to the Special
    Investigations Unit;" / "recovered $410,000 through subrogation in 2023" in a fixed-width text resume) and the
    line goes on in lower case ("... every period; no" / "late-filing penalty since 2020", whose year made it a job of
    its own in a printed PDF)."""
    return bool(_BULLET.match(previous)) and not _BULLET.match(line) and not re.search(r"[.!?:。]\s*$", previous) \
        and (re.match(r"[a-z]", line) is not None or _PROSE_DATE.search(previous) is not None and _dates_alone(line))


# LinkedIn's "Save to PDF" gives each role its length ("March 2021 - Present (3 years 10 months)") and an employer of
# several roles their total on a line of its own ("Northgate Hotels" / "5 years 2 months" / each role): no title, no
# employer (they were read as "at (2 years 11 months)"), and the line above such a total is an employer's
_DURATION = re.compile(r"[(（]?\s*\b\d{1,2}\s+(?:(?:years?|yrs?)(?:\s+\d{1,2}\s+(?:months?|mos?))?|months?|mos?)"
                       r"\s*[)）]?", re.I)


def _duration_alone(line: str) -> bool:
    return _DURATION.fullmatch(line.strip()) is not None


_FIELD_SPLIT = re.compile(
    r"\t|\s+[|｜•·]\s+|\s+[—–-]{1,2}\s+|,\s+|，|;\s*|；|\s+at\s+|\s+@\s+|\s+::\s+|"
    r"(?<=[\u3400-\u9fff)）])\s+(?=[\u3400-\u9fff])"
)
# "University of Texas at Dallas", "University of North Carolina at Chapel Hill": "at" names the campus, not an
# employer after a title (it was split off and the school read "University of Texas"; a new graduate's resume)
_CAMPUS_AT = re.compile(r"\b((?:University|College|Institute)(?: [\w.&'-]+){0,5}?) at (?=[A-Z])")
_KEPT_AT = "\ue000at\ue000"  # no white space for the split to see
# "Harrow & Vine Restaurant Group | Head Chef, The Copper Pot Brasserie": where bars or tabs already set the fields
# apart, a comma inside one is the field's own (it was split off, and the restaurant was lost)
_CELL_SPLIT = re.compile(r"\t|\s+[|｜•·]\s+")
_KEPT_COMMA = "\ue001"
_CORP_SUFFIX = re.compile(r"^(?:inc\.?|ltd\.?|llc|l\.l\.c\.|corp\.?|co\.?|gmbh|s\.a\.|b\.v\.|n\.v\.|plc|llp|pllc|lp|"
                          r"p\.c\.|ag|lda\.?|s\.l\.|pty)$",
                          re.I)


def _fields(entry: _Entry) -> list[str]:
    """The comma/tab/bar separated parts of the header, without the dates and the places."""
    return _head_fields(entry)[0]


# what a bracket after a name says that is no town ("Acme Ltd (Contract)")
_NOT_PLACES = frozenset({"contract", "contractor", "part-time", "full-time", "temporary", "temp", "freelance",
                         "seasonal", "locum", "permanent", "fixed-term", "interim", "acting", "maternity cover",
                         "self-employed", "agency", "bank", "secondment", "voluntary"})


def _head_fields(entry: _Entry) -> tuple[list[str], list[str]]:
    """(fields, places) of the header lines, dates dropped.

    A part set flush right (after a tab) beside text of its own is a place when it is not a date, and a city
    before a state code or a country ("Austin, TX") goes with it: templates put the location there.
    """
    out: list[str] = []
    places: list[str] = []
    for raw in entry.head:
        line = raw
        meta = bool(_LEADING_DATE.match(line.strip()))  # "Jan 2020 — Present · Seoul, S.Korea": dates, then a place
        line = re.sub(r"[(（]\s*[)）]", " ", _DURATION.sub(" ", _PERIOD.sub(" ", line)))
        paren = re.search(r"\s*[(（]([^()（）\d]{2,40})[)）]\s*\.?$", line)
        # "Employer (Denver, CO)"; "Pryce Hughes Accountants (Bridgend)" on a line of its own, where the title has one
        own_line = "\t" not in line.strip() and not _PERIOD.search(raw)  # a line of its own, not a head's cell
        beside_title = own_line and len(entry.head) > 1 and not has_title_word(line)
        if paren and _is_place_cell(paren.group(1)) and ("," in paren.group(1) or _is_location(paren.group(1)) or (
                beside_title and _is_city(paren.group(1)) and paren.group(1)[:1].isupper()
                and paren.group(1).lower() not in _NOT_PLACES)):
            places.append(paren.group(1).strip())
            line = line[: paren.start()]
        commas = [c.strip() for c in line.split(",")]
        if len(commas) >= 3 and _is_city(commas[0]) and all(map(_is_location, commas[-2:])) \
                or own_line and len(commas) == 2 and _is_city(commas[0]) and _is_location(commas[1]):
            # "Leeds, England, United Kingdom" (LinkedIn) or "Manchester, UK" on a line of its own
            places.append(line.strip())
            continue
        cells = [c.strip(" ,;|｜–—-•·") for c in line.split("\t")]
        while len(cells) > 2 and not cells[-1]:  # the dates' cell, emptied: "Employer<tab>City, ST<tab>dates"
            cells.pop()
        if len(cells) > 1 and cells[-1] and _names_place(cells[0]) and not _names_place(cells[-1]):
            places.append(cells.pop(0))  # a date column's place, set left of the employer ("Remote<tab>Acme")
        elif len(cells) > 1 and cells[0] and cells[-1] and _is_place_cell(cells[-1]):
            places.append(cells.pop())
        parts: list[str] = []
        after_place = False
        protected = _firm_commas(_commas_kept("\t".join(cells)))
        for part in _FIELD_SPLIT.split(_CAMPUS_AT.sub(rf"\1{_KEPT_AT}", protected)):
            part = part.replace(_KEPT_AT, " at ").replace(_KEPT_COMMA, ", ")
            kept = part.strip(" \t,;:：；。，|｜[]–—-")
            part = part.strip(" \t,.;:：；。，|｜[]–—-")
            if part and kept.endswith(part + ".") and _CORP_SUFFIX.match(part.split()[-1] + "."):
                part += "."  # "Northsea Foods B.V.", "Acme Inc.": the dot is the name's
            if part.count("(") != part.count(")") or part.count("（") != part.count("）"):
                part = part.strip("()（）")
            if not part:
                continue
            if parts and _CORP_SUFFIX.match(part):
                parts[-1] += ", " + part
            elif _is_location(part) and after_place:  # "Mountain View, CA, USA"
                places[-1] += ", " + part
            elif _is_location(part):
                # "Engineer, Acme, Berlin, Germany": a city when a title and an employer are left beside it
                city = parts.pop() if parts and (len(out) + len(parts) >= 3 or meta and len(parts) == 1) \
                    and _is_city(parts[-1]) else ""
                places.append(f"{city}, {part}" if city else part)
                after_place = True
                continue
            else:
                parts.append(part)
            after_place = False
        out += parts
    return out, places


def _commas_kept(line: str) -> str:
    """The line with the commas of its bar- or tab-separated cells protected from the field split, where at least
    two cells name no place and what follows each comma is longer than a town's name ("Employer, Norwich", "Title,
    Mathematics" stay apart) and no place or company suffix ("Acme, Inc."). A lone cell keeps "Title, Employer"
    apart, and "Engineer, Acme | London, UK" has one cell beside its place."""
    cells = [c.strip(" ,;|｜–—-•·") for c in _CELL_SPLIT.split(line)]
    if sum(1 for c in cells if c and not _names_place(c)) < 2:
        return line
    out = []
    for cell in _CELL_SPLIT.split(line):
        pieces = [p.strip(" .") for p in cell.split(",")]
        kept = len(pieces) > 1 and all(p and not _is_location(p) and not _CORP_SUFFIX.match(p + ".")
                                       and not _is_city(p) for p in pieces[1:])
        out.append(re.sub(r",\s+", _KEPT_COMMA, cell) if kept else cell)
    return "\t".join(out)


# A town in brackets after an employer or a school: "Wearmouth Echo (Sunderland) — Reporter", "Tyneside Evening
# Chronicle (Newcastle upon Tyne)". Not an acronym ("(RBC)"), nor how the job was held; a title's brackets are its own
# ("Field Adjuster (Catastrophe)").
_TOWN_AFTER = re.compile(r"(.+?)\s*[(（]([A-Z][a-z'’.-]+"
                         r"(?:[ -](?:upon|on|under|in|le|la|de|del|am|sur|the|[A-Z][a-z'’.-]+)){0,3})[)）]")
_WORK_ARRANGEMENTS = frozenset({"remote", "hybrid", "contract", "freelance", "temporary", "interim", "volunteer",
                                "seasonal", "locum", "part-time", "full-time", "on-site", "onsite", "internship",
                                "summer", "placement", "secondment", "maternity cover", "sabbatical"})


def _without_town(name: str) -> str:
    """An employer's or a school's name without a town in brackets after it."""
    town = _TOWN_AFTER.fullmatch(name)
    return town.group(1) if town and town.group(2).lower() not in _WORK_ARRANGEMENTS else name


# Surnames listed before "&" name one firm: "Brennan, Shaw & Daughters Ltd", "Pennant, Vale & Morrow Publishing" (both
# were cut at the comma and the employer read "Brennan"); "Manager, Sales & Marketing" is a title and its field.
_FIRM_COMMA = re.compile(r"(^|\t|\s[|｜—–-]\s)([A-Z][a-z'’]+),\s+(?=[A-Z][a-z'’]+\s+(?:&|and)\s+[A-Z])")


def _firm_commas(line: str) -> str:
    return _FIRM_COMMA.sub(lambda m: m.group(0) if has_title_word(m.group(2)) or _is_location(m.group(2))
                           else f"{m.group(1)}{m.group(2)}{_KEPT_COMMA}", line)


def _names_place(cell: str) -> bool:
    """A known place, or a city before one ("Melbourne, Australia", "Austin, TX"), and nothing else (not "Acme,
    Toronto, ON")."""
    city, _, region = cell.rpartition(",")
    return _is_location(cell) or (cell.count(",") == 1 and _is_city(city.strip()) and _is_location(region.strip()))


def _is_place_cell(text: str) -> bool:
    """A flush-right cell that names a place: short, no title or organisation words, no digits."""
    return (
        len(text.split()) <= 5 and not re.search(r"\d", text) and not has_title_word(text)
        and not _INSTITUTION.search(text) and not _DEGREE.search(text)
    )


def _is_city(text: str) -> bool:
    return len(text.split()) <= 2 and not has_title_word(text) and not _INSTITUTION.search(text) \
        and not re.search(r"\d|[\u3400-\u9fff]", text)


_BODY_LABEL = re.compile(r"^(?:项目描述|项目简介|负责内容|主要工作|工作内容|个人职责|职责|描述)[:：]\s*")
# Europass's label column beside the description, wrapped over two lines ("Main activities and" / "responsibilities"):
# the PDF's text layer can put the second half inside the value, even inside a word broken at a hyphen ("in-" ...
# "ternal"), which is joined again.
_FORM_LABEL = re.compile(r"\b(?:main activities and(?: responsibilities)?|responsibilities|type of business or sector)"
                         r"\t", re.IGNORECASE)
_FORM_LABEL_IN_WORD = re.compile(r"(?<=\w)-(?:main activities and(?: responsibilities)?|responsibilities)\t(?=\w)",
                                 re.IGNORECASE)


def _without_form_labels(item: str) -> str:
    return _FORM_LABEL.sub("", _FORM_LABEL_IN_WORD.sub("", item)).strip()


def _description(entry: _Entry, used: Sequence[str]) -> list[str]:
    """Description items: bullets as they are, prose split into sentences; header leftovers if no body."""
    items = [_without_form_labels(_BODY_LABEL.sub("", b)) for b in entry.body]
    # a head line wrapped onto the next ("..., Melbourne, Sep 2018 – Aug 2021" / "Australia.") is not a highlight
    items = [b for b in items if not _is_location(b.strip().rstrip(".,;"))]
    if not items:
        items = [f for f in _fields(entry) if not any(u and u in f for u in used)][:3]
    out: list[str] = []
    for item in items:
        if len(item) > 200:
            out += [s.strip() for s in re.split(r"(?<=[.!?。！？])\s+(?=[A-Z\u3400-\u9fff])", item) if s.strip()]
        elif item.strip():
            out.append(item.strip())
    return out


# ------------------------------------------------------------------------------------- experience fields

_TITLE_WORDS = _wordset("""
engineer engineers developer developers manager scientist analyst intern designer consultant lead director
architect officer president ceo cto cfo coo cpo vp founder co-founder cofounder specialist researcher teacher
assistant associate head administrator programmer coordinator technician professor lecturer fellow tutor
instructor editor writer sre devops owner partner trainee apprentice co-op representative executive strategist chief
sergeant corporal lieutenant captain colonel commander soldier airman sailor aide
chair chairman secretary accountant auditor nurse member maintainer contributor volunteer principal staff
pharmacist physician doctor surgeon dentist therapist physiotherapist midwife paramedic psychologist counsellor
counselor dietitian radiographer practitioner clinician carer caregiver worker supervisor planner buyer agent
advisor adviser clerk paralegal solicitor barrister attorney lawyer chef cook baker receptionist cashier
bookkeeper controller treasurer economist statistician librarian curator surveyor inspector operator fitter
electrician mechanic welder plumber carpenter driver pilot recruiter producer photographer journalist reporter
translator interpreter facilitator registrar superintendent foreman steward adjuster underwriter estimator
dispatcher leader trainer caseworker investigator hygienist technologist veterinarian attendant purser firefighter
labourer laborer helper
""")
_ZH_TITLES = tuple(sorted(_wordset("""
董事长 董事 监事会主席 监事 总经理 经理 总裁 主席 委员 秘书 主任 部长 处长 科长 局长 厂长 院长 校长 所长 行长 总监
主管 工程师 会计师 审计师 律师 设计师 分析师 架构师 研究员 教授 讲师 顾问 助理 专员 组长 负责人 合伙人 实习生 总工
代表 理事长 理事 会长 书记 教师 医师 编辑 记者 会计 出纳 导师 开发 运营 产品 实习 创始人 管培生 博士后
"""), key=len, reverse=True))
_ZH_TITLE_PREFIX = re.compile(
    r"(?:高级|资深|首席|副|总|常务|执行|独立|非执行|兼职|见习|特聘|客座|责任|技术|研发|前端|后端|算法|软件|测试|"
    r"运维|数据|项目|销售|市场|财务|人力资源|审计|党委|党组|纪委)+$"
)
_ZH_LEAD = re.compile(
    r"^(?:先后|一直|起)?(?:受聘为|受聘|担任|历任|现任|曾任|出任|兼任|就职于|任职于|供职于|加入|进入|任|在|于|为)"
)
_ZH_ORG_AFTER_TITLE = ("会", "事务所", "院", "公司", "中心")  # "委员会", "律师事务所": a title word inside a name
_COUNTRIES = _wordset("""
usa us u.s. u.s.a. uk u.k. india china germany canada france singapore japan australia netherlands ireland israel
korea s.korea s.-korea portugal spain italy brazil mexico sweden norway denmark finland poland switzerland austria
belgium taiwan vietnam indonesia malaysia philippines thailand uae nigeria kenya egypt argentina chile colombia
england scotland wales
remote hybrid onsite on-site 中国 美国 英国 德国 远程
""") | {"united states", "united kingdom", "hong kong", "new zealand", "south korea", "south africa",
       "northern ireland"}


def is_noise(text: str) -> bool:
    """Only punctuation, digits or date words: never an entry's name."""
    return not re.sub(rf"(?i){_MONTH}|{_NOW}|\b(?:to|since|until)\b|[\W\d_年月日]", "", text).strip()


def has_title_word(text: str) -> bool:
    """A job word ("manager", "pharmacist"), or an "-ist" noun of a trade the list lacks ("HR Generalist")."""
    words = re.findall(r"[a-z][a-z-]*", text.lower())
    return any(w in _TITLE_WORDS or (len(w) >= 6 and w.endswith("ist") and w not in _IST_VERBS) for w in words) \
        or any(t in text for t in _ZH_TITLES) or words[-1:] == ["senior"]  # "Accounts Senior", not "Senior Living"


_IST_VERBS = frozenset({"assist", "resist", "insist", "persist", "consist", "subsist"})


def _names_org(field: str) -> bool:
    """A field that reads as an organisation's name: a company form ("LLP", "Ltd"), a word such as hospital or group,
    a school, or two names joined by "&" ("Calder & Wyke", "Harlow & Finch Consulting Engineers"). Chinese headers
    are split by their own rules (:func:`_split_zh_title`)."""
    return not _CJK.search(field) and (_org_words(field) or re.search(r"\w\s+&\s+\w", field) is not None)


def _org_words(field: str) -> bool:
    words = field.split()
    return bool(words) and (_CORP_SUFFIX.match(words[-1]) is not None or _ORG_WORD.search(field) is not None
                            or _INSTITUTION.search(field) is not None)


def _org_form(field: str) -> bool:
    """An organisation's name by its form: a company suffix, a word such as trust or hospital, a school (not two
    names joined by "&", which a specialty can be: "Urgent & Emergency Care"; nor "Denver, CO")."""
    return _org_words(field) and not _names_place(field)


_AU_STATES = frozenset({"NSW", "VIC", "QLD", "TAS", "ACT"})  # the three-letter ones ("Melbourne VIC")


def _is_location(text: str) -> bool:
    """A country, or two capitals of a state or province ("Austin, TX"); not the associate degrees AA and AS."""
    return (bool(re.fullmatch(r"[A-Z]{2}", text)) and text not in ("AA", "AS")) or text.lower() in _COUNTRIES \
        or text in _AU_STATES


def _split_zh_title(text: str) -> tuple[str, str]:
    """'某某公司财务部高级经理' -> ('某某公司财务部', '高级经理'); a title word inside 'X委员会' is not a title."""
    text = _strip_zh_verbs(text)
    for start in range(len(text)):
        title = next((t for t in _ZH_TITLES if text.startswith(t, start)), None)
        if title is None or text.startswith(_ZH_ORG_AFTER_TITLE, start + len(title)):
            continue
        prefix = _ZH_TITLE_PREFIX.search(text[:start])
        cut = prefix.start() if prefix else start
        return text[:cut].strip(), text[cut:].strip()
    return text, ""


def _strip_zh_verbs(text: str) -> str:
    """'在某公司工作' -> '某公司': the verbs around an organisation in Chinese prose are not part of it."""
    return re.sub(r"(?:工作|任职|学习)$", "", _ZH_LEAD.sub("", text.strip())).strip()


# "Label<tab or colon>value" header lines of form-like templates (Europass, Chinese forms): the label says the field.
_LABELS: dict[str, frozenset[str]] = {
    "title": frozenset({"occupation or position held", "position", "position held", "job title", "title", "role",
                        "designation",
                        "职位", "岗位", "职务", "担任职务"}),
    "organization": frozenset({"name of employer", "name and address of employer", "employer", "company",
                               "organisation", "organization", "公司", "公司名称", "单位", "工作单位", "就职单位"}),
}
_LABELLED = re.compile(r"^(?P<label>[^\t:：]{2,40}?)\s*(?:\t|[:：])\s*(?P<value>\S.*)$")


def _label_of(line: str) -> str:
    match = _LABELLED.match(line)
    return " ".join(match.group("label").lower().split()) if match else ""


def _labelled(line: str) -> tuple[str, str] | None:
    """('title' or 'organization', value) for a labelled header line."""
    match = _LABELLED.match(line)
    if not match:
        return None
    label = _label_of(line)
    kind = next((k for k, labels in _LABELS.items() if label in labels), None)
    return (kind, match.group("value").strip()) if kind else None


# A part of an employer ("Clinical Nurse Manager, Emergency Department" over "St. James's Hospital, Dublin"): the
# employer is the other name in the header. "Department of Health" alone stays the employer.
# a part of an organisation: "Cardiology Department", "Department of Biochemistry", "School of the Environment" (beside
# the university that holds it), a "Long-Term Avian Monitoring Program" (beside the observatory that runs it)
_UNIT = re.compile(r"\b(?:department|dept\.?|unit|division|ward|team|lab|laboratory|library|program(?:me)?)$|"
                   r"^(?:department|dept\.?|school|faculty|office|laborator(?:y|io)|lab|division|cent(?:re|er)) "
                   r"(?:of|de|for)\b", re.I)
_ORG_WORD = re.compile(r"\b(?:hospital|clinic|trust|council|bank|inc|ltd|llc|corp|plc|gmbh|group|foundation|agency|"
                       r"authority|ministry|services|company|hotels?|resorts?|restaurants?|army|navy|air force|"
                       r"marine corps|coast guard|national guard)\b\.?", re.I)


_UNIT_AFTER = re.compile(r"\b(?:department|dept\.?|unit|division|ward|team)$", re.I)  # not "Department of Health"


def _is_unit(field: str) -> bool:
    return _UNIT.search(field) is not None


def _to_experience(entry: _Entry) -> Experience | None:
    labelled = dict(pair for line in entry.head if (pair := _labelled(line)))
    if labelled:
        # a form that labels only the post names its employer on the unlabelled line above ("Nepean Valley
        # Electrical Pty Ltd — Penrith NSW" over "Position: ..." and "Period: ...", an Australian electrician's resume)
        employer_line = labelled.get("organization") or next(
            (line for line in entry.head if not _LABELLED.match(line) and not _dates_alone(line)), "")
        org_fields, places = _head_fields(_Entry(head=[employer_line]))
        title = labelled.get("title", "")
        organization = org_fields[0] if org_fields else ""
        return Experience(title=title, organization=organization, period=entry.period,
                          highlights=_description(entry, [title, organization, *places]))
    fields, places = _head_fields(entry)
    fields = [f for f in fields if not is_noise(f)]
    if not fields:
        return None
    # the title is a field with a job word that is no organisation's name ("Harlow & Finch Consulting Engineers |
    # Graduate Engineer"); with no job word, the field beside an organisation's name ("Calder & Wyke LLP | Audit
    # Senior")
    titled = [i for i, f in enumerate(fields) if has_title_word(f)]
    title_at = next((i for i in titled if not _names_org(fields[i])), titled[0] if titled else None)
    # "Scarlet Oak Home Goods, Groveport, OH<tab>June 2022 – Present" over its roles: the employer and its town
    town_after = title_at is None and len(fields) == 2 and bool(places) and _is_city(fields[1]) \
        and not _names_org(fields[1])
    if title_at is None and len(fields) >= 2 and any(map(_names_org, fields)) and not town_after:
        title_at = next((i for i, f in enumerate(fields) if not _names_org(f) and not _is_location(f)), None)
    title = fields[title_at] if title_at is not None else fields[0]
    rest = [f for i, f in enumerate(fields) if i != (title_at if title_at is not None else 0) and not _is_location(f)]
    organization = next((f for f in rest if not _is_unit(f) and (not _is_city(f) or _ORG_WORD.search(f))),
                        "") if rest and _is_unit(rest[0]) else ""
    # a town on a line of its own beside the employer's ("Sept 2019 – Present" / "Worcester" / title / employer)
    towns = {line.strip() for line in entry.head if _is_city(line.strip())}
    organization = organization or next((f for f in rest if f not in towns or _ORG_WORD.search(f)),
                                        rest[0] if rest else "")
    if title_at is None and len(fields) == 1:  # a lone name without a title word is the employer
        organization, title = title, ""
    if town_after:
        organization, title, places = fields[0], "", [fields[1], *places]
    # "Specialist Paramedic, Urgent & Emergency Care" over "Wessex Coast Ambulance Service NHS Foundation Trust ·
    # Poole": beside the title on its own line is its specialty, where another line names the employer
    # ("Department Supervisor, Receiving & Stockroom" over "Marketway Stores - Columbus, OH": the one name another
    # line sets beside its town is the employer, whatever its form)
    by_line = [_head_fields(_Entry(head=[line])) for line in entry.head]
    beside = next((f for f, _ in by_line if title in f and organization in f), None) if organization else None
    if beside is not None:
        employer = next((x for f, _ in by_line if f is not beside for x in f if _org_form(x)), None) \
            if not _org_form(organization) else None
        employer = employer or next((names[0] for f, town in by_line if f is not beside
                                     and len(names := [x for x in f if x in fields]) == 1
                                     and (town or len(f) > 1)), None)
        if employer:
            title, organization = f"{title}, {organization}", employer
    if _CJK.search(title) and not organization:  # "某公司董事" holds both
        organization, title = _split_zh_title(title)
        if not title:
            organization, title = "", organization
    if _CJK.search(organization):
        organization = _strip_zh_verbs(organization)
    written = _without_town(organization)
    organization, title = _uncapped(written), _uncapped(title)  # "LOGISTICS PLANNER" (Europass) as in a sentence
    used = [title, organization, written, *places]  # the name as written too: "NORTHSHORE BREWING" is no highlight
    return Experience(title=title, organization=organization, period=entry.period,
                      highlights=_description(entry, used))


_SMALL_IN_NAMES = frozenset({"and", "of", "the", "for", "at", "in", "on", "de", "du", "la", "y"})


def _uncapped(name: str) -> str:
    """A name set in capitals ("PECAN STREET PAYMENTS", "LONE STAR RUNNING CO.", a Canva page's employers) as it is
    written in a sentence, for the questions that name it; an acronym of up to three letters stays ("NHS", "IBM UK")."""
    if not name.isupper() or not re.search(r"[A-Z]{5}", name):
        return name
    words: list[str] = []
    for i, word in enumerate(name.split()):
        if i and word.lower() in _SMALL_IN_NAMES:
            words.append(word.lower())
        elif len(re.sub(r"[^A-Z]", "", word)) <= 3 and word.lower().strip(".") not in ("co", "inc", "ltd"):
            words.append(word)
        else:
            words.append(word.title())
    return " ".join(words)


def _promotions(jobs: list[Experience]) -> list[Experience]:
    """A dated role with no employer under one that names it is a later or earlier post at the same employer (one
    employer heading with two roles below it: "Brackwater Foods plc" / "Senior Finance Business Partner, 2023 -" /
    "Finance Business Partner, 2021 - 2023"), or names only a unit of it or a function after a comma; a heading that
    names only the employer is no post of its own."""
    heads: list[Experience] = []  # an employer's heading over its roles, no post of its own
    for before, job in itertools.pairwise(jobs):
        # a unit alone ("Registered Nurse" / "Medical Intensive Care Unit" under the charge nurse's post) is a part
        # of the employer above
        unit = _UNIT_AFTER.search(job.organization) is not None and bool(before.organization) \
            and not _is_unit(before.organization)
        heading = not before.title and not before.highlights and bool(before.period and before.organization)
        if heading and job.title and job.period and job.organization and len(job.organization.split()) <= 4 \
                and not _org_words(job.organization):
            # "Vice President, Finance (2015–2018)" under "NORTHSHORE BREWING & BEVERAGE CO. • 2011–2018": the
            # function after the comma is the title's
            job.title, job.organization = f"{job.title}, {job.organization}", ""
        if job.title and (not job.organization or unit) and job.period and before.organization:
            job.organization = before.organization
            if not before.title and not before.highlights:
                heads.append(before)
    return [job for job in jobs if not any(job is head for head in heads)]


# -------------------------------------------------------------------------------------- education fields

# a school's word, not the first part of a compound ("School-Based SLP, Leominster Public Schools" was read as an
# employer called "School-Based SLP", a Word resume written for a candidate session, 2026-12-07)
_INSTITUTION = re.compile(
    r"\b(?:university|universit[éäa]t?|universidad|universidade|università|universiteit|universitet|hochschule|"
    r"[ée]cole|instituto|politecnico|polit[ée]cnica|college|institute|school|academy|polytechnic|conservatory|"
    r"gymnasium|lyc[ée]e|liceo|c[ée]gep|centre de formation|centro de formaci[oó]n|"
    r"MIT|UCLA|CMU|NYU|ETH|EPFL|KAIST|IIT|Caltech|CalTech|UC\s+\w+)\b(?!-)|大学|学院|学校|中学|高中|研究院|研究所",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"\b(?:bachelor|master|ph\.?\s?d|doctor(?:ate)?|mba|bba|bcom|llb|llm|bsn|msn|b\.?\s?(?:s|a|sc|eng|tech|e)\b\.?|"
    r"m\.?\s?(?:s|a|sc|eng|tech|phil|res)\b\.?|(?-i:MEd)\b|b\.?\s?ed\b|fd(?:sc|a|eng)\b|foundation degree|dip\s?he\b|"
    r"pgcert|bvsc\b|bvetmed\b|dvm\b|pharmd\b|mpharm|pgce|pgdip|hnc|hnd|nvq|btec|apprenticeship|associate|diploma|dipl[ôo]me|"
    r"abitur|baccalaur[ée]at|matura|"
    r"high school|(?-i:AAS?|AS|A\.A\.(?:S\.?)?|A\.S\.?|GED)(?!\w))|学士|硕士|博士|本科|研究生|专科|大专",
    re.IGNORECASE,
)
_ZH_INSTITUTION = re.compile(r"^.*?(?:大学|学院|中学|高中|学校|研究院|研究所)")
_DEGREE_NAMED_IN = re.compile(r"\bassociate in (?:applied )?(?:arts|science)\b", re.I)  # the degree's name


def _education_fields(entry: _Entry) -> list[str]:
    """The header's fields of a school, without a grade point average."""
    return [f for f in _fields(entry) if not re.match(r"^(?:gpa|overall gpa|绩点|成绩)\b", f, re.I) and not is_noise(f)]


# What opens a school's name in prose or on a form: "graduated from ...", "School/College: Don Valley College" (a UK
# job centre's CV form)
_SCHOOL_LABEL = re.compile(r"^(?:(?:graduated from|studied at|attended)\s+|(?:school\s*(?:/|or)\s*college|school|"
                           r"college|university|institution|name of (?:school|college|institution))\s*:\s*)", re.I)


def _to_education(entry: _Entry) -> Education | None:
    fields = _education_fields(entry)
    if not fields or _credential(fields):
        return None
    # "High school diploma" names the degree, "Capital Hills High School" the school
    def names_school(field: str) -> bool:  # "Abitur (general university entrance qualification)" names none
        return _INSTITUTION.search(_BRACKETED.sub("", field)) is not None

    degree_at = next((i for i, f in enumerate(fields) if _DEGREE.search(f) and (
        not names_school(f) or re.search(r"\bdiploma$", _BRACKETED.sub("", f).strip(), re.I))), None)
    inst_at = next((i for i, f in enumerate(fields) if i != degree_at and names_school(f)), None)
    if inst_at is None:
        inst_at = next((i for i, f in enumerate(fields) if i != degree_at and not _is_location(f)), None)
    institution = _uncapped(_without_town(fields[inst_at])) if inst_at is not None else ""
    institution = _SCHOOL_LABEL.sub("", institution)
    if _CJK.search(institution):
        zh = _ZH_INSTITUTION.match(institution)
        institution = zh.group(0) if zh else institution
    degree = fields[degree_at] if degree_at is not None else ""
    if degree_at is not None and degree_at + 1 < len(fields) and degree_at + 1 != inst_at:
        area = fields[degree_at + 1]
        # "BSc in Physics, Minor in ..." says its field; "Associate in Arts, Hospitality Management" does not
        if not _is_location(area) and " in " not in _DEGREE_NAMED_IN.sub("", degree) \
                and not _INSTITUTION.search(area):
            degree = f"{degree}, {area}"
    if not institution and not degree:
        return None
    return Education(institution=institution, degree=degree, period=entry.period)


_SCHOOL_WORDS = "university|college|institute|school|academy|polytechnic"
_SCHOOL_WORD = re.compile(rf"^(?:{_SCHOOL_WORDS})$", re.I)
_CAPS_BEFORE_SCHOOL = re.compile(r"(?:[A-Z][A-Z'’.-]+ ?){1,3}")
_CAPS_SCHOOL = re.compile(rf"(?:[A-Z][A-Z'’.-]+ ){{0,2}}(?:{_SCHOOL_WORDS.upper()})(?: OF [A-Z][A-Z ]+)?")
# ... or after it: "Exchange semester | Hokusei Institute" / "of Technology"
_NAME_GOES_ON = re.compile(r"^(?:of|for|and|&)(?: (?:the|and|&|[A-Z][\w'’-]*)){1,4}$")


def _unwrapped_schools(lines: Sequence[str]) -> list[str]:
    """A narrow sidebar wraps a school's name before its last word ("Manchester Metropolitan" / "University"): the
    lone word was read as the school. It goes back onto the line above when that line names no school yet; so does
    the end of a name that goes on in capitals ("Hokusei Institute" / "of Technology")."""
    out: list[str] = []
    for line in lines:
        # ... or a name in capitals wrapped before its school words ("LAKESHORE" / "POLYTECHNIC INSTITUTE")
        if out and _CAPS_BEFORE_SCHOOL.fullmatch(_plain(out[-1]).strip()) and _CAPS_SCHOOL.fullmatch(line.strip()) \
                and not _DEGREE.search(out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
            continue
        if out and _SCHOOL_WORD.match(line.strip()) and out[-1].strip() and not _INSTITUTION.search(out[-1]) \
                and not _PERIOD.search(out[-1]) and not _BULLET.match(out[-1]) \
                or out and _NAME_GOES_ON.match(line.strip()) and re.search(r"\b[A-Z]\w+$", out[-1].rstrip()) \
                and _INSTITUTION.search(out[-1] + " " + line) and not _PERIOD.search(out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


_CREDENTIAL_WORD = re.compile(r"\b(?:status|qualification|qualified|certificate|certification|certified|licen[cs]e|"
                              r"registration|registered|chartered|membership|assessment|card|exam|examination|"
                              r"expires|expiry)\b", re.I)
# Professional bodies whose name alone is the qualification ("ACCA<tab>2021" under "Qualifications")
_PROFESSIONAL_BODY = re.compile(r"^(?:ACCA|CIMA|ACA|ICAEW|ICAS|CPA|CFA|CIPD|CIPS|CII|RICS|CIOB|PMP|PRINCE2|CISSP|"
                                r"CEng|IEng|NMC|HCPC|City\s*(?:&|and)\s*Guilds|NEBOSH|IOSH|CSCS|JIB|SMSTS|SSSTS|"
                                r"CompTIA|ITIL|CCNA|CCNP)\b")


def _credential(fields: Sequence[str]) -> bool:
    """A dated line of a "Qualifications" section that names a credential, neither a school nor a degree ("Qualified
    Teacher Status (QTS)<tab>2013", "National Professional Qualification for Senior Leadership (NPQSL)<tab>2023"):
    listed with the certifications rather than planned as a school; so is a professional body with what it says of
    it ("ACCA, fully qualified (2021)"). A school alone ("Sciences Po<tab>2015") stays."""
    return len(fields) <= 2 and any(_CREDENTIAL_WORD.search(f) or _PROFESSIONAL_BODY.match(f) for f in fields) \
        and not any(_DEGREE.search(f) or _INSTITUTION.search(f) for f in fields)


# ---------------------------------------------------------------------------------------- project fields

_PROJECT_PREFIX = re.compile(
    r"^(?:(?:personal|side|academic|course|team|capstone|open[- ]source|school|research)\s+)?project"
    r"(?:\s+(?:name|title))?\s*[:：]\s*|^(?:title|name)\s*[:：]\s*|^(?:项目名称|项目名|项目)[:：]\s*",
    re.I,
)
_TECH_LABEL = re.compile(
    r"^(?:tech(?:nologies|nology)?(?:\s+stack)?|stack|tools|built with|技术栈|使用技术|技术选型|开发环境|技术)"
    r"[:：]\s*(.+)$",
    re.I,
)
_NAME_DESCRIPTION = re.compile(r"^([^:：]{2,60}?)\s*[:：]\s*(\S.{10,})$")
_NAME_STACK = re.compile(r"^(.+?)\s*[(（]([^()（）]+[,，、][^()（）]+)[)）]$")
_FIELD_LABELS = _wordset("""
role position team duration date dates period link links url github demo website description summary responsibilities
result results outcome impact award awards background context situation task action actions challenge problem
solution goal goals objective objectives approach scope client budget lessons
角色 职责 时间 链接 描述 简介 成果 业绩 职位 地址 项目描述 项目简介 项目职责
工作内容 使用技术
""")


# "Name | Python, Flask", "Name — what it is", "Name<tab>what it is" (a label column), "Name (Python, Flask)",
# "名称 技术栈: a、b": a project's own head line.
_PROJECT_HEAD = re.compile(
    r"^(?P<name>[^|｜\t:：(（—–]{2,60}?)\s*(?:(?:[|｜\t]|\s[—–]\s)\s*(?P<rest>\S.*)|[(（](?P<list>[^()（）]+[,，、][^()（）]+)[)）]|"
    r"\s(?P<label>(?:技术栈|技术|tech(?:nologies)?|stack)\s*[:：]\s*\S.*))$",
    re.I,
)


def _project_entries(lines: Sequence[str], bold: frozenset[str] = frozenset()) -> list[_Entry]:
    """Like other entries, but a line that names a project and says what it is or what it used ('Name: what it
    is', 'Name | stack', 'Name<tab>what') is a project of its own; the lines after it describe it."""
    entries: list[_Entry] = []
    chunk: list[str] = []
    named: _Entry | None = None  # the project whose description the next plain lines continue
    for i, line in enumerate(lines):
        plain = _BULLET.sub("", line, count=1)
        if not line and named is not None and _BULLET.match(next((n for n in lines[i + 1:] if n), "")):
            continue  # Markdown's blank line between "### Name | dates" and its bullets
        match = _NAME_DESCRIPTION.match(plain)
        # "Canopy Metrics (GCP, SQL): what it is": the name, and its stack in brackets
        stack = _NAME_STACK.match(match.group(1)) if match else None
        name = stack.group(1) if stack else match.group(1) if match else ""
        dated = re.search(r"\s*[(（]([^()（）]+)[)）]$", name)
        if dated and _PERIOD.fullmatch(dated.group(1).strip()):  # "The Quayside Files (2020-present): a podcast"
            name = name[: dated.start()]
        if match and _BULLET.match(line) and not all(w[0].isupper() for w in name.split()):
            match = None  # a bullet opens a project only with a name ("• Lantern Search: what it is")
        head = _PROJECT_HEAD.match(plain)
        titled = not head or not head.group("list") or all(w[0].isupper() or _CJK.match(w)
                                                            for w in head.group("name").split())
        if head and titled and len(head.group("name").split()) <= 6 and not _PERIOD.search(head.group("name")) \
                and not _TECH_LABEL.match(plain) and not is_noise(head.group("name")):
            rest = head.group("rest") or head.group("list") or ""
            before, tab, after = rest.rpartition("\t")
            # "Name | Python, FastAPI<tab>2021", "Name | Jun 2021 – Sep 2021": the dates date it, they are no tool
            dates = _PERIOD.fullmatch(after.strip()) if tab else _PERIOD.fullmatch(rest.strip())
            rest = (before if tab else "") if dates else rest
            last = named.body[-1] if named is not None and named.body else ""
            if head.group("rest") and last.count("(") > last.count(")"):  # a label column wrapped the name too
                assert named is not None
                named.head[0] += " " + head.group("name")
                named.body[-1] += " " + rest
                continue
            listed = len(_split_outside_parens(rest)) >= 2 and all(len(p.split()) <= 3
                                                                  for p in _split_outside_parens(rest))
            body = "Tech: " + rest if listed else rest or head.group("label") or ""
            # a name before what the project is ("First Week, Done Right — A Rise onboarding path for ...") is
            # one name; before dates or a place it may hold more fields ("Harbour Wall Repair, Eastport | 2021")
            described = not dates and not listed and len(rest.split()) > 6
            named = _Entry(head=[head.group("name")], period=dates.group(0) if dates else "", body=[body] * bool(body),
                           named=described)
        elif (
            match and not _TECH_LABEL.match(plain) and not _PROJECT_PREFIX.match(plain)
            and len(name.split()) <= 6 and not _PERIOD.search(name)
            and name.strip().lower() not in _FIELD_LABELS
        ):
            named = _Entry(head=[name], body=[*(["Tech: " + stack.group(2)] if stack else []), match.group(2)],
                           named=True)
        elif named is not None and line:
            wrapped = named.body and not _BULLET.match(line) and re.match(r"[a-z0-9]", plain) \
                and not re.search(r"[.!?。！？]$", named.body[-1])
            if wrapped:  # the description's sentence goes on in the next line
                named.body[-1] += " " + plain
            else:
                named.body.append(plain)
            continue
        else:
            named = None
            chunk.append(line)
            continue
        entries += _split_entries(chunk, bold)
        chunk = []
        entries.append(named)
    return entries + _split_entries(chunk, bold)


# A line that says where the work can be seen ("Samples at nadia.example.com (password on request)", "More on
# github.com/ada"): the section's note, not a project
_POINTS_TO_LINK = re.compile(rf"\b(?:at|on|via)\s+{_DOMAIN}\b", re.I)


_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "for", "in", "on", "to", "with", "at", "by", "de", "la", "du"})


def _to_project(entry: _Entry, finder: _TermFinder) -> Project | None:
    if not entry.body and len(entry.head) == 1 and _POINTS_TO_LINK.search(entry.head[0]):
        return None
    explicit: list[str] = []
    body: list[str] = []
    for line in entry.body:
        label = _TECH_LABEL.match(line)
        if label:
            explicit += _split_outside_parens(label.group(1))
        else:
            body.append(line)
    head = [_PROJECT_PREFIX.sub("", _PERIOD.sub(" ", h).strip(" \t–—-")) for h in entry.head]
    fields = [h for h in head if h] if entry.named else _fields(_Entry(head=head))
    if not fields:
        return None
    name = fields[0]
    if linked := _NAME_AND_LINK.fullmatch(name):  # "Tramline github.com/isanakreid/tramline"
        name = linked.group(1)
    # "Valdivian Wetland Amphibian Census. A two-season occupancy survey of 48 wetlands": the name, then what it was
    sentence = re.match(r"^([^.]{3,70}?)\.\s+(\S.*)$", name)
    if sentence and all(w[0].isupper() or w in _SMALL_WORDS for w in sentence.group(1).split()):
        name = sentence.group(1)
        body = [sentence.group(2), *body]
    description = "\n".join(_description(_Entry(head=head, body=body), [name]))
    found = finder.find("\n".join([*entry.head, *entry.body]))
    # a page's capitals are its style, not the name ("PASSIVE ANKLE EXOSKELETON | Master's Thesis", a Deedy page)
    return Project(name=_uncapped(name), technologies=_unique([*explicit, *found]), description=description)


# ------------------------------------------------------------------------------------------- name, language

_NAME_STOPWORDS = _wordset("""
the a an and or of for with to in on at by is are you your my me all any ignore previous instructions resume
curriculum vitae cv contact profile summary page email phone address
""")
_ZH_NAME = re.compile(r"^[\u3400-\u9fff][\u3400-\u9fff·]{1,14}$")
# Letters after a name ("Aisling Ní Bhriain, RN", "Dana Whitfield, CPA, MBA"): credentials, not the name. Listed
# one by one: a state code after a city ("Silicon Valley, CA", "Silver Spring, MD") must not read as one.
_POST_NOMINALS = re.compile(
    r"(?:,\s*(?:RN|BSN|MSN|APRN|LPN|NP|CPA|ACA|FCA|ACCA|CFA|CMA|CIMA|MBA|PMP|Ph\.?D\.?|DPhil|PharmD|RPh|JD|Esq\.?|"
    r"MSc|BSc|MEng|CEng|MPH|MBBS|MRCP|FRCS|CISSP|EdD|PsyD|LCSW|P\.E\.|PE|PEng|FNP-C|FNP-BC))+$")
# Any other letters after a name, in capitals ("Aisling Brennan, RDH", "Tom Okoro, RVN"): dropped from a name-shaped
# line, but only the known ones above tell a name from a headline below it.
_LETTERS_AFTER = re.compile(r"(?:,\s*(?:[A-Z]{2,6}(?:-[A-Z]{1,3})?|(?:[A-Z]\.){1,4}))+$")  # "FNP-C", "P.E." too
# Lower-case particles inside a name: "Pieter van der Berg", "María de la Fuente", "Omar bin Said".
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "la", "le", "da", "di", "du", "del", "dos", "das",
                             "bin", "binti", "al", "ter", "ten", "y"})


def _detect_name(header: Sequence[str]) -> str | None:
    for line in header[:8]:
        labelled = re.match(r"^(?:name|full name|name / surname|姓名|名字)\s*(?:[:：]|\t)\s*([^\t]{1,60})", line, re.I)
        if labelled:  # "Surname, First names" as forms ask for it reads "First names Surname"
            return re.sub(r"^([^\W\d][\w'’-]*),\s*([^\W\d][\w'’ -]*)$", r"\2 \1", labelled.group(1).strip())
    lines = list(header[:6])
    if len(lines) >= 2 and all(len(line.split()) == 1 and "\t" not in line for line in lines[:2]):
        lines.insert(0, f"{lines[0]} {lines[1]}")  # a name wrapped in a narrow sidebar: "Noor" / "Delacroix"
    for candidate in (c.strip() for line in lines for c in re.split(r"\t|\s[|｜]\s", line)[:2]):
        if re.fullmatch(r"[\u3400-\u9fff]{1,3} [\u3400-\u9fff]{1,3}", candidate):  # "子墨 林" from a two-part name
            candidate = candidate.replace(" ", "")
        if _ZH_NAME.match(candidate) and candidate not in ("个人简历", "简历", "求职简历"):
            return candidate
        if name := _as_name(candidate):
            return name
    return None


def _as_name(line: str) -> str | None:
    """The line as a person's name (letters after it dropped), or None."""
    candidate = _POST_NOMINALS.sub("", line.strip())
    letters = _LETTERS_AFTER.search(candidate)
    if letters and not any(_is_location(p.strip()) for p in letters.group(0).split(",") if p.strip()):
        candidate = candidate[: letters.start()]  # not a place: "Silicon Valley, CA, USA" is no name
    words = candidate.split()
    if (
        2 <= len(words) <= 5  # letters of any script: "Tomás", "Zoë"
        and words[0][0].isupper() and words[-1][0].isupper()
        and all((w[0].isupper() or w in _NAME_PARTICLES) and re.fullmatch(r"[^\W\d_](?:[^\W\d_]|['’.-])*", w)
                for w in words)
        and not any(w.lower() in _NAME_STOPWORDS or w.lower() in _TITLE_WORDS for w in words)
        and not (words[-1].isupper() and _is_location(words[-1]) and not candidate.isupper())  # "Melbourne VIC"
    ):
        return candidate.title() if candidate.isupper() else candidate
    return None


_ENTRY_SECTIONS = frozenset({"experience", "projects", "education"})
_JOB_SECTIONS = frozenset({"experience", "projects"})


def _name_over_headline(lines: Sequence[str]) -> str | None:
    """A name set below a sidebar that comes first in the text (contact, skills, languages, then "Adaeze
    Okafor-Lindell, ACA" over "Finance Business Partner"), looked for before the first jobs or projects (where an
    employer's name sits above a title) and outside schools: a name-shaped line right above a short headline with a
    job word, or one with letters after it."""
    for line, following in itertools.pairwise([line.strip() for line in lines[:80] if line.strip()]):
        line = _BULLET.sub("", line) if not _BULLET.match(line) else ""
        name = _as_name(line) if line and "\t" not in line else None
        # a LinkedIn headline runs on ("Customer Success Manager at Lumio Software | Moving into"): its first part
        headline = _FIELD_SPLIT.split(following)[0]
        if name and (_POST_NOMINALS.search(line) or _is_short(headline) and has_title_word(headline)
                     and not _as_name(following)):
            return name
    return None


_CONTACT_LINE = re.compile(r"\S+@\S+\.\w+|\+?\d[\d ()./-]{7,}\d")
_ZIP = re.compile(r"\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$")  # "Rockford, IL 61108", "Laval, QC H7N 2B4"


def _name_over_contact(lines: Sequence[str]) -> str | None:
    """A name-shaped line right above its contact details (an email, a phone, "City, ST ZIP"), where the page's own
    lines came first: a profile copied from a job board's web page starts with the site's menu ("Skip to main
    content", "Home", "Company reviews", then tabs read as headings)."""
    for line, following in itertools.pairwise([line.strip() for line in lines[:80] if line.strip()]):
        name = _as_name(line) if "\t" not in line and not _BULLET.match(line) else None
        if name and (_CONTACT_LINE.search(following) or _names_place(_ZIP.sub("", following))):
            return name
    return None


_DATED_CREDENTIAL = re.compile(r"(?:issued|expires|expiry|expired|valid|renewed|obtained)\b", re.I)


def _dotted(item: str) -> list[str]:
    """An item's parts between middle dots where each is a name of two words or more, else the item."""
    parts = re.split(r"\s+[·•]\s+", item)
    named = all(len(p.split()) >= 2 and not _dates_alone(p) and not _DATED_CREDENTIAL.match(p) for p in parts)
    return parts if len(parts) > 1 and named else [item]


def _certificates(lines: Sequence[str]) -> list[str]:
    """One item per bullet, or per line where none has a bullet, or per semicolon or middle dot; a wrapped bullet
    goes on; tabs become commas."""
    bulleted = any(_BULLET.match(line) for line in lines)
    items: list[str] = []
    for line in (line.strip() for line in lines):
        if not line:
            continue
        text = re.sub(r"\s*\t+\s*", ", ", _BULLET.sub("", line, count=1)).strip()
        # LinkedIn's export wraps "Certified Scrum Product Owner" / "(CSPO)": a bracket alone goes on with its item
        if items and (bulleted and not _BULLET.match(line) or re.fullmatch(r"[(（][^()（）]{1,40}[)）]", text)):
            items[-1] += " " + text
        elif text:
            items.append(text)
    # several on one line, separated by semicolons ("ALS Provider, 2024; Practice Assessor training, 2022") or by
    # middle dots set apart between names ("... Grade IV (2021) · Minnesota Class B (2016) · CPR/First Aid"; not
    # "Tableau Desktop Specialist · 2021", "Issued Aug 2022 · Expires Aug 2027")
    items = [dotted for item in items for part in re.split(r"\s*[;；]\s*", item) for dotted in _dotted(part)]
    return [item.strip(" ,;")[:200] for item in items if item.strip(" ,;") and not is_noise(item)]


_SIGN_OFF = re.compile(r"^(?:(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|regards|yours\s+"
                       r"(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?|thank\s+you|thanks|with\s+thanks|cheers)"
                       r"[,.!]?$", re.I)


def _after_sign_off(header: Sequence[str]) -> list[str]:
    """A cover letter before the CV in one file ("Yours sincerely," / the name / the CV's own head): the lines after
    the letter's sign-off, where the name is (the letter's address block came first)."""
    at = next((k for k, line in enumerate(header) if _SIGN_OFF.match(line.strip())), None)
    return [line for line in header[at + 1:] if line.strip()] if at is not None else []


def _signed_off(lines: list[str]) -> tuple[list[str], list[str]]:
    """A CV sent as a letter ("Dear Hiring Manager," ... "Kind regards," / the name / the phone): the lines before its
    closing paragraph, and the signature below the sign-off, where the name is."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    at = next((k for k in reversed(filled[-12:]) if _SIGN_OFF.match(lines[k].strip())), None)
    after = [line for line in lines[at + 1:] if line.strip()] if at is not None else []
    if at is None or len(after) > 6 or any(_heading_key(_plain(line)) or _PERIOD.search(line) for line in after):
        return lines, []  # a signature is a name and its contact lines; a CV after a cover letter is no signature
    body = lines[:at]
    while body and not body[-1].strip():
        body.pop()
    if body and len(body[-1].split()) >= 8 and re.search(r"[.!?]$", body[-1].strip()) \
            and (len(body) < 2 or not body[-2].strip()):
        body.pop()  # "I'm free for a trial shift any Monday ...": the letter's closing words, no skill
    return body, after


def _detect_language(text: str) -> Literal["en", "zh"]:
    cjk = len(_CJK.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if cjk and cjk / (cjk + latin) >= 0.2 else "en"


# ------------------------------------------------------------------------------------------------ assembly


def _structure(text: str) -> Resume:
    mark = layout.BOLD_MARK
    bold = frozenset(_plain(line.lstrip(mark)) for line in text.split("\n")
                     if line.startswith(mark) or re.fullmatch(r"\*\*[^*]+\*\*", line.strip()))
    text = text.replace(mark, "")
    language = _detect_language(text)
    lines, signature = _signed_off(text.split("\n"))
    header, sections = _split_sections(lines)

    def of(key: str) -> list[_Section]:
        return [s for s in sections if s.key == key]

    # a cover letter first names its addressee before its writer: the name after its sign-off comes first
    name = _detect_name(_after_sign_off(header)) \
        or _detect_name([*header, *(line for s in sections[:2] if s.key == "other" for line in s.lines[:4])]) \
        or _detect_name(signature)
    if name is None:
        # a sidebar's "Qualifications" (read as schools) may come before the name: only jobs and projects end the
        # search, and no school's lines are searched
        before_jobs = list(itertools.takewhile(lambda s: s.key not in _JOB_SECTIONS, sections))
        name = _name_over_headline([line for s in before_jobs if s.key not in _ENTRY_SECTIONS for line in s.lines]) \
            or _name_over_contact([line for s in before_jobs for line in s.lines])
        # the name, its headline and its place end the sidebar's last section (LinkedIn's export: they were read as
        # certifications)
        for section in sections if name else ():
            if section.key not in _ENTRY_SECTIONS:
                at = next((k for k, line in enumerate(section.lines)
                           if _as_name(_BULLET.sub("", line).strip()) == name), None)
                section.lines = section.lines if at is None else section.lines[:at]

    builtin = _BUILTIN
    skills, spoken = _split_spoken(_parse_skills([*of("skills"), *_programming_languages(of("other"), builtin)],
                                                 language == "zh", builtin))
    spoken = _unique([*spoken, *_spoken_section(of("other"))])
    # "Certifications: CSCS Gold Card, SMSTS" as a group of the skills: credentials, never planned as skills
    credentials = [item for group in list(skills) if _names_credentials(group)
                   for item in skills.pop(group)]
    if not skills:
        mentioned = builtin.find(text)
        skills = {"提及的技术" if language == "zh" else "Mentioned": mentioned} if mentioned else {}
    own = [s for group in skills.values() for s in group]
    finder = _TermFinder([*own, *_TECH_VOCABULARY])
    described = "\n".join(line for key in ("experience", "projects") for s in of(key) for line in s.lines)
    # listed as it is, or within an entry: "Python (pandas)" lists Python
    listed = {tech.lower() for o in own for tech in [o, *builtin.find(o)]}
    used = [s for s in builtin.find(described) if s.lower() not in listed]
    if used and own:  # skills the bullets show but the skills section leaves out
        skills[USED_GROUP[language]] = used

    projects = [
        p for s in of("projects") for e in _project_entries(s.lines, bold) if (p := _to_project(e, finder)) is not None
    ]
    experience = [job for s in of("experience") for job in _promotions(list(
        filter(None, map(_to_experience, _split_entries(s.lines, bold)))))]
    schools = [e for s in of("education") for e in _split_entries(_unwrapped_schools(s.lines), bold)]
    # beside schools, a line of four words or more that names neither a school nor a degree is a course
    # ("2023<tab>First Aid at Work"); "Sciences Po<tab>2015" stays a school
    named = any(_INSTITUTION.search(f) for e in schools for f in _education_fields(e))
    courses = [e for e in schools if named and len(_PERIOD.sub(" ", " ".join(e.head)).split()) >= 4
               and not _credential(fields := _education_fields(e))
               and not any(_INSTITUTION.search(f) or _DEGREE.search(f) for f in fields)]
    education = [d for e in schools if not any(e is c for c in courses) and (d := _to_education(e))]
    certifications = _unique([*(item for s in of("certifications") for item in _certificates(s.lines)), *credentials,
                              # one a line where the first line ends on its own date ("APICS CPIM (2022)" / "IOSH
                              # Managing Safely"), not "ACCA, fully qualified (2021)" nor a provider over its course
                              *(item for e in schools if _credential(fields := _education_fields(e))
                                for item in (fields if len(fields) == len(e.head) > 1 and _dated_head(e.head[0])
                                             else [", ".join(fields)])),
                              *(" ".join(_PERIOD.sub(" ", " ".join(c.head)).split()).strip(" -–—:") for c in courses)])
    return Resume(
        name=name,
        language=language,
        skills=skills,
        languages=spoken,
        certifications=certifications,
        projects=projects,
        experience=experience,
        education=education,
        text=text,
    )
