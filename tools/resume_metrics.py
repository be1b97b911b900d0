"""How well the resume parser extracts fields, measured against hand-made truth.

Matching is fuzzy on purpose: the truth says "University of California, Berkeley" where a parser may say
"University of California", and both name the same thing. Each truth item matches at most one prediction.
The Chinese NER cross-check reads research-only data at run time and is skipped when it is absent.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from tools.resume_parser import USED_GROUP, Resume, ResumeError, parse_resume, parse_resume_text

FIELDS = ("name", "skills", "projects", "experience_titles", "experience_organizations", "education")
# The JSON Resume sample is the truth for the DOCX made from it; every other file has tests/data/resume_truth/.
JSON_RESUME_TRUTH = {"richard_hendriks.docx": "sample.resume.json"}
RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".md")


def tokens(text: str) -> list[str]:
    """Lower-case words, with each CJK character a token of its own (Chinese has no spaces)."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.findall(r"[\u3400-\u9fff]|[^\W_]+", text)


def _contains(small: Sequence[str], big: Sequence[str]) -> bool:
    n = len(small)
    return 0 < n <= len(big) and any(list(big[i: i + n]) == list(small) for i in range(len(big) - n + 1))


def fuzzy_match(a: str, b: str) -> bool:
    """Same tokens, token overlap >= 0.8, or one a contiguous part of the other (case and spacing ignored)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    sa, sb = set(ta), set(tb)
    return len(sa & sb) / max(len(sa), len(sb)) >= 0.8 or _contains(ta, tb) or _contains(tb, ta)


def match_counts(predicted: Sequence[str], truth: Sequence[str], *, fuzzy: bool = True) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives); exact matches are paired before fuzzy ones."""
    free = list(predicted)
    tp = 0
    unmatched: list[str] = []
    for item in truth:
        exact = next((p for p in free if tokens(p) == tokens(item)), None)
        if exact is not None:
            free.remove(exact)
            tp += 1
        else:
            unmatched.append(item)
    for item in unmatched if fuzzy else []:
        near = next((p for p in free if fuzzy_match(p, item)), None)
        if near is not None:
            free.remove(near)
            tp += 1
    return tp, len(predicted) - tp, len(truth) - tp


def scores(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1; None where the denominator is empty (nothing to judge)."""
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def predicted_fields(resume: Resume) -> dict[str, list[str]]:
    return {
        "name": [resume.name] if resume.name else [],
        # The skills the resume lists; those only seen in the entries (USED_GROUP) are not in the truth files.
        "skills": [s for s in resume.all_skills() if s not in resume.skills.get(USED_GROUP[resume.language], [])],
        "projects": [p.name for p in resume.projects],
        "experience_titles": [e.title for e in resume.experience if e.title],
        "experience_organizations": [e.organization for e in resume.experience if e.organization],
        "education": [e.institution for e in resume.education if e.institution],
    }


def truth_fields(truth: dict[str, Any]) -> dict[str, list[str]]:
    experience = truth.get("experience", [])
    return {
        "name": [truth["name"]] if truth.get("name") else [],
        "skills": list(truth.get("skills", [])),
        "projects": list(truth.get("projects", [])),
        "experience_titles": [e["title"] for e in experience if e.get("title")],
        "experience_organizations": [e["organization"] for e in experience if e.get("organization")],
        "education": list(truth.get("education", [])),
    }


def truth_from_json_resume(path: Path) -> dict[str, Any]:
    """The simple truth schema from a JSON Resume document (jsonresume.org); work only, not volunteering."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {
        "_source": f"{path.name} (JSON Resume schema sample, MIT)",
        "name": doc.get("basics", {}).get("name"),
        "skills": [k for group in doc.get("skills", []) for k in group.get("keywords", [])],
        "projects": [p["name"] for p in doc.get("projects", []) if p.get("name")],
        "experience": [
            {"title": w.get("position", ""), "organization": w.get("name", "")} for w in doc.get("work", [])
        ],
        "education": [e["institution"] for e in doc.get("education", []) if e.get("institution")],
    }


def _dirs(data_dir: Path) -> tuple[Path, Path]:
    """(resumes folder, data root): accept the shared data root or its resumes/ folder."""
    data_dir = Path(data_dir)
    if (data_dir / "resumes").is_dir():
        return data_dir / "resumes", data_dir
    return data_dir, data_dir.parent


def _cases(resumes: Path, truth_dir: Path) -> list[tuple[Path, dict[str, Any]]]:
    cases: list[tuple[Path, dict[str, Any]]] = []
    for truth_file in sorted(Path(truth_dir).glob("*.json")):
        found = [p for p in sorted(resumes.glob(f"*/{truth_file.stem}.*")) if p.suffix in RESUME_SUFFIXES]
        if found:
            cases.append((found[0], json.loads(truth_file.read_text(encoding="utf-8"))))
    for resume_name, json_name in JSON_RESUME_TRUTH.items():
        for resume in sorted(resumes.glob(f"*/{resume_name}")):
            if (resume.parent / json_name).is_file():
                cases.append((resume, truth_from_json_resume(resume.parent / json_name)))
    return cases


def _add(total: dict[str, list[int]], key: str, counts: Iterable[int]) -> None:
    total[key] = [a + b for a, b in zip(total.get(key, [0, 0, 0]), counts, strict=True)]


def measure_resume_parser(data_dir: Path, truth_dir: Path) -> dict[str, Any]:
    """Per-file and micro-averaged precision/recall/F1 per field, plus the Chinese NER cross-check."""
    resumes, root = _dirs(data_dir)
    files: dict[str, Any] = {}
    errors: dict[str, str] = {}
    totals: dict[str, list[int]] = {}
    strict: dict[str, list[int]] = {}
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings of the sample PDFs are noise here
    for path, truth in _cases(resumes, truth_dir):
        try:
            predicted = predicted_fields(parse_resume(path))
        except ResumeError as exc:
            errors[path.name] = str(exc)
            predicted = {f: [] for f in FIELDS}
        expected = truth_fields(truth)
        per_file: dict[str, Any] = {}
        for f in FIELDS:
            counts = match_counts(predicted[f], expected[f])
            per_file[f] = scores(*counts)
            _add(totals, f, counts)
            _add(strict, f, match_counts(predicted[f], expected[f], fuzzy=False))
        files[path.name] = per_file
    return {
        "data_dir": str(resumes),
        "files": files,
        "errors": errors,
        "micro": {f: scores(*totals[f]) for f in FIELDS if f in totals},
        "micro_exact": {f: scores(*strict[f]) for f in FIELDS if f in strict},
        "ner_zh": measure_ner_zh(root / "resume_ner_zh" / "resume_ner_zh.jsonl"),
    }


# The files the parser's rules were written against (read while writing them); the bench names them.
WRITTEN_AGAINST = (
    "../shared/data/resumes (all files)",
    "tests/data/resumes: the dev to dev-24 splits (dev-2, dev-3, dev-5, dev-6, dev-8 and dev-10 to dev-24 were "
    "held-out sets, measured once unread, then read; dev-4, dev-7 and dev-9 reproduce resumes found in use; "
    "held-out-3, held-out-6, held-out-8 and held-out-25 never were)",
)
_DATE_ONLY = re.compile(
    r"^(?:[\W_\d]|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]+uary|march|april|june|july|august|"
    r"september|october|november|december|present|current|now|to|since|年|月|日|至今|今)*$",
    re.I,
)


def is_garbage(text: str, places: Iterable[str] = ()) -> bool:
    """Empty, punctuation, a date or a known place: never an entry, a topic or a question."""
    words = tokens(text)
    if not words or _DATE_ONLY.match(text.strip()):
        return True
    return any(words == tokens(place) or words == tokens(place.split(",")[0]) for place in places)


def garbage(resume: Resume, places: Sequence[str]) -> list[str]:
    """The entry names of ``resume`` that are garbage (a place, a date, empty or punctuation)."""
    named = [*(n for e in resume.experience for n in (e.title, e.organization) if n),
             *("" for e in resume.experience if not e.title and not e.organization),
             *(e.institution for e in resume.education), *(p.name for p in resume.projects)]
    return [n for n in named if is_garbage(n, places)]


def measure_fixtures(fixture_dir: Path, topic_names: Callable[[Resume], Iterable[str]]) -> dict[str, Any]:
    """Per split (dev*: rules written against them; held-out*: never read), micro scores per field, per file F1,
    garbage entries and topics, and the refusals of files that must be refused (no truth file).

    ``topic_names`` plans the interview topics of a parsed resume: the caller's planner (agent/ sits above tools/).
    """
    fixture_dir = Path(fixture_dir)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    splits: dict[str, Any] = {}
    for truth_file in sorted((fixture_dir / "truth").glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        path = fixture_dir / truth_file.stem  # truth/jake_sre.pdf.json is the truth of jake_sre.pdf
        split = splits.setdefault(truth["split"], {"files": {}, "templates": {}, "errors": {}, "garbage": {},
                                                   "totals": {}, "strict": {}})
        split["templates"][path.name] = truth.get("template", "")
        try:
            resume = parse_resume(path)
        except ResumeError as exc:
            split["errors"][path.name] = str(exc)
            continue
        predicted, expected = predicted_fields(resume), truth_fields(truth)
        bad = garbage(resume, truth.get("places", [])) + [
            f"topic: {name}" for name in topic_names(resume) if is_garbage(name, truth.get("places", []))]
        if bad:
            split["garbage"][path.name] = bad
        per_file: dict[str, Any] = {}
        for f in FIELDS:
            counts = match_counts(predicted[f], expected[f])
            per_file[f] = scores(*counts)
            _add(split["totals"], f, counts)
            _add(split["strict"], f, match_counts(predicted[f], expected[f], fuzzy=False))
        split["files"][path.name] = per_file
    for split in splits.values():
        split["micro"] = {f: scores(*v) for f, v in split.pop("totals").items()}
        split["micro_exact"] = {f: scores(*v) for f, v in split.pop("strict").items()}
    refused: dict[str, str] = {}
    for path in sorted(fixture_dir.glob("*.pdf")):
        if (fixture_dir / "truth" / f"{path.name}.json").is_file():
            continue
        try:
            parse_resume(path)
            refused[path.name] = "NOT REFUSED"
        except ResumeError as exc:
            refused[path.name] = str(exc)
    return {"fixture_dir": str(fixture_dir), "splits": splits, "refused": refused,
            "written_against": list(WRITTEN_AGAINST)}


def format_fixture_report(d: dict[str, Any]) -> str:
    """Each split as the shared-data table, then its garbage entries, then what was refused."""
    lines = ["Rules were written against: " + "; ".join(d["written_against"])]
    for name, split in d["splits"].items():
        lines += ["", f"== {name} fixtures ({len(split['templates'])} files) =="]
        lines += [f"  {file}: {template}" for file, template in split["templates"].items()]
        table = {"data_dir": f"{d['fixture_dir']} [{name}]", "files": split["files"], "errors": split["errors"],
                 "micro": split["micro"], "micro_exact": split["micro_exact"], "ner_zh": False}
        lines.append(format_resume_report(table))
        count = sum(len(v) for v in split["garbage"].values())
        lines.append(f"garbage entries and topics (a place, a date, empty or punctuation): {count}")
        lines += [f"  {file}: {items}" for file, items in split["garbage"].items()]
    lines += ["", "Files that must be refused:"] + [f"  {f}: {m}" for f, m in d["refused"].items()]
    return "\n".join(lines)


def measure_ner_zh(path: Path, split: str = "test") -> dict[str, Any] | None:
    """Chinese field extraction on ResumeNER sentences (research-only data, read in place, never copied).

    A sentence that starts with a date and names an organisation ("2007年10月至今任人和投资董事") is parsed as a
    one-line work-experience section: its first ORG span is the expected organisation, its first TITLE the title.
    A sentence with an EDU span and a school-like ORG is parsed as an education section the same way.
    """
    if not path.is_file():
        return None
    totals: dict[str, list[int]] = {}
    counted = {"experience": 0, "education": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("split") != split:
            continue
        text = row["text"]
        first: dict[str, str] = {}
        for entity in row["entities"]:
            first.setdefault(entity["type"], entity["text"])
        school = next((e["text"] for e in row["entities"] if e["type"] == "ORG"
                       and re.search(r"大学|学院|学校", e["text"])), None)
        if re.match(r"\s*\d{4}\s*年", text) and "出生" not in text and "ORG" in first:
            counted["experience"] += 1
            resume = parse_resume_text("工作经历\n" + text)
            job = resume.experience[0] if resume.experience else None
            _add(totals, "experience_organization",
                 match_counts([job.organization] if job and job.organization else [], [first["ORG"]]))
            if "TITLE" in first:
                _add(totals, "experience_title",
                     match_counts([job.title] if job and job.title else [], [first["TITLE"]]))
        if school and "EDU" in first:
            counted["education"] += 1
            resume = parse_resume_text("教育经历\n" + text)
            study = resume.education[0] if resume.education else None
            _add(totals, "education_institution",
                 match_counts([study.institution] if study and study.institution else [], [school]))
            _add(totals, "education_degree",
                 match_counts([study.degree] if study and study.degree else [], [first["EDU"]]))
    return {"split": split, "sentences": counted, **{k: scores(*v) for k, v in totals.items()}}


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{100 * value:4.0f}"


def format_resume_report(d: dict[str, Any]) -> str:
    """A plain-text table: micro-averaged scores per field, then F1 per file and field (in %)."""
    lines = [f"Resume parser, field-level scores on {len(d['files'])} files in {d['data_dir']}"]
    lines.append(f"{'micro-averaged (fuzzy)':<26}{'P':>5}{'R':>5}{'F1':>5}{'tp':>5}{'fp':>5}{'fn':>5}"
                 f"{'exact F1':>10}")
    for field, s in d["micro"].items():
        exact = d.get("micro_exact", {}).get(field, {}).get("f1")
        lines.append(f"{field:<26}{_pct(s['precision'])} {_pct(s['recall'])} {_pct(s['f1'])}"
                     f"{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}{_pct(exact):>10}")
    short = {"name": "name", "skills": "skill", "projects": "proj", "experience_titles": "title",
             "experience_organizations": "org", "education": "edu"}
    lines.append("")
    lines.append(f"{'F1 per file':<24}" + "".join(f"{short[f]:>6}" for f in FIELDS))
    for name, per_file in d["files"].items():
        lines.append(f"{name[:24]:<24}" + "".join(f"{_pct(per_file[f]['f1']):>6}" for f in FIELDS))
    for name, message in d.get("errors", {}).items():
        lines.append(f"error {name}: {message}")
    ner = d.get("ner_zh")
    if ner:
        lines.append("")
        lines.append(f"Chinese ResumeNER cross-check ({ner['split']} split, sentences: {ner['sentences']})")
        for key, s in ner.items():
            if isinstance(s, dict) and "f1" in s:
                lines.append(f"{key:<26}{_pct(s['precision'])} {_pct(s['recall'])} {_pct(s['f1'])}"
                             f"{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}")
    elif ner is None:
        lines.append("Chinese ResumeNER cross-check skipped (data folder absent)")
    return "\n".join(lines)
