"""Build the resume fixtures: fictional resumes rendered by real templates and writers, with their truth.

Run by hand (needs Debian's TeX Live, LibreOffice, Ghostscript and Chromium); the tests only read what it wrote.
Content is drawn at random from the fictional pools below, so the truth JSON is known without reading the
renderings. The split was fixed before any parser rule was written: ``DEV`` files are the ones the rules were
written against; ``HELD_OUT`` files were never read while writing rules (different templates and writers).

    python tests/data/resumes/make_fixtures.py  # from the repository root
    python tests/data/resumes/make_fixtures.py browser_jake.pdf  # only the files named
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from html import escape as esc
from pathlib import Path

HERE = Path(__file__).resolve().parent

FIRST = ["Mara", "Tobias", "Ingrid", "Rafael", "Selin", "Dmitri", "Priya", "Callum", "Noor", "Henrik", "Aiko",
         "Lucia", "Oskar", "Yara", "Teodor", "Amara"]
LAST = ["Quillfeather", "Brandvold", "Okonkwo-Reyes", "Halvorsen", "Marchetti", "Vasquez", "Lindqvist",
        "Adeyemi", "Thornbury", "Castellane", "Nakamura", "Whitlock", "Fairbanks", "Delacroix"]
EMPLOYERS = ["Northwind Analytics", "Bluefin Robotics", "Cobalt Harbor Systems", "Larchmont Health Labs",
             "Quarry Lane Software", "Tidewater Payments", "Meridian Freight Co.", "Saffron Data Works",
             "Glasswing Security", "Halcyon Mobility", "Ironbark Cloud", "Juniper Ridge Media",
             "Kestrel Logistics", "Lumen Grid Energy", "Pinecrest Bank", "Redshift Games"]
TITLES = ["Software Engineer", "Senior Software Engineer", "Site Reliability Engineer", "Backend Developer",
          "Data Engineer", "Machine Learning Engineer", "Frontend Developer", "DevOps Engineer",
          "Software Engineering Intern", "Platform Engineer", "Full Stack Developer", "Staff Engineer"]
CITIES = ["Seoul, S.Korea", "Austin, TX", "Berlin, Germany", "Toronto, ON", "Lisbon, Portugal", "Denver, CO",
          "Singapore", "Dublin, Ireland", "Melbourne, Australia", "Remote"]
SCHOOLS = ["University of Eastvale", "Northgate Institute of Technology", "Riverside State University",
           "Kingsbridge College", "Westmoor University"]
DEGREES = ["B.S. in Computer Science", "M.S. in Computer Science", "B.Eng. in Software Engineering",
           "M.S. in Data Science", "B.A. in Mathematics"]
SKILL_GROUPS = {
    "Languages": ["Python", "Java", "Go", "TypeScript", "C++", "Rust", "SQL", "Kotlin", "Scala"],
    "Frameworks": ["Django", "FastAPI", "React", "Spring Boot", "Flask", "Node.js", "Angular"],
    "Infrastructure": ["Docker", "Kubernetes", "Terraform", "AWS", "GCP", "Kafka", "Redis", "PostgreSQL",
                       "Prometheus", "Grafana"],
    "Tools": ["Git", "Jenkins", "GitHub Actions", "Airflow", "Elasticsearch", "Linux"],
}
PROJECTS = ["Tideline Scheduler", "Pocket Ledger", "Sparrow Chat", "Atlas Route Planner", "Lantern Search",
            "Canopy Metrics", "Driftwood CMS", "Orbit Notes"]
VERBS = ["Built", "Designed", "Implemented", "Migrated", "Automated", "Led", "Reduced", "Scaled"]
OBJECTS = ["a cross-cluster replication service", "the billing event pipeline", "Worker microservices "
           "consuming Kafka event topics for email, SMS and push notifications", "an internal deployment tool",
           "the observability stack for 40 services", "a feature store for ranking models",
           "the consolidated service discovery layer", "an on-call runbook generator"]
RESULTS = ["cutting p99 latency by 35%", "saving 12 engineer-hours a week", "serving 2M requests a day",
           "with zero downtime", "reducing cloud spend by 18%", "for 300 internal users"]

ZH_FIRST = ["林", "周", "陈", "许", "韩", "苏"]
ZH_GIVEN = ["雨桐", "子墨", "思远", "可欣", "浩然", "若溪"]
ZH_EMPLOYERS = ["星河数据科技有限公司", "青岚网络技术有限公司", "北辰智能科技有限公司", "远帆软件有限公司",
                "云栖信息技术有限公司", "明湖金融科技有限公司"]
ZH_TITLES = ["后端开发工程师", "高级软件工程师", "数据工程师", "算法工程师", "运维工程师", "前端开发工程师"]
ZH_CITIES = ["北京", "上海", "杭州", "深圳", "成都"]
ZH_SCHOOLS = ["东川大学", "南岭理工学院", "西湖科技大学"]
ZH_DEGREES = ["计算机科学与技术 本科", "软件工程 硕士"]
ZH_PROJECTS = ["智能排班系统", "分布式日志平台", "实时推荐引擎", "移动支付网关"]
ZH_OBJECTS = ["负责订单服务的设计与开发", "主导消息队列迁移", "优化数据库查询性能", "搭建监控告警体系"]


def fake_resume(seed: int, language: str = "en", jobs: int = 3, projects: int = 2) -> dict:
    """A fictional resume as data; the truth JSON is derived from it."""
    rng = random.Random(seed)
    zh = language == "zh"
    groups = {g: rng.sample(s, k=min(len(s), rng.randint(3, 5))) for g, s in SKILL_GROUPS.items()}
    skills = [s for g in groups.values() for s in g]
    year = rng.randint(2022, 2024)
    experience = []
    for i, employer in enumerate(rng.sample(ZH_EMPLOYERS if zh else EMPLOYERS, k=jobs)):
        start = year - rng.randint(1, 3)
        end = "Present" if i == 0 else str(year)
        if zh:
            end = "至今" if i == 0 else f"{year}.{rng.randint(1, 12):02d}"
            period = f"{start}.{rng.randint(1, 12):02d} -- {end}"
        else:
            month = rng.choice(["Jan", "Mar", "May", "Jun", "Sep", "Nov"])
            period = f"{month} {start} -- " + (end if i == 0 else f"{rng.choice(['Feb', 'Apr', 'Aug', 'Dec'])} {end}")
        bullets = []
        for _ in range(rng.randint(2, 4)):
            if zh:
                bullets.append(f"{rng.choice(ZH_OBJECTS)}，使用 {rng.choice(skills)} 和 {rng.choice(skills)}")
            else:
                bullets.append(f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} with {rng.choice(skills)} and "
                               f"{rng.choice(skills)}, {rng.choice(RESULTS)}")
        experience.append({"title": rng.choice(ZH_TITLES if zh else TITLES), "organization": employer,
                           "location": rng.choice(ZH_CITIES if zh else CITIES), "period": period,
                           "bullets": bullets})
        year = start
    project_list = []
    for name in rng.sample(ZH_PROJECTS if zh else PROJECTS, k=projects):
        tech = rng.sample(skills, k=3)
        text = (f"{rng.choice(ZH_OBJECTS)}，基于 {tech[0]}" if zh
                else f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} using {tech[0]}, {rng.choice(RESULTS)}")
        project_list.append({"name": name, "tech": tech, "text": text})
    school = rng.choice(ZH_SCHOOLS if zh else SCHOOLS)
    name = (rng.choice(ZH_FIRST) + rng.choice(ZH_GIVEN)) if zh else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return {
        "name": name, "email": "candidate@example.com", "phone": "+1 555 0100", "language": language,
        "skill_groups": groups, "experience": experience, "projects": project_list,
        "education": [{"institution": school, "degree": rng.choice(ZH_DEGREES if zh else DEGREES),
                       "period": f"{year - 4} -- {year}", "location": rng.choice(ZH_CITIES if zh else CITIES)}],
    }


def truth(r: dict, source: str) -> dict:
    return {
        "_source": source,
        "name": r["name"],
        "skills": [s for g in r["skill_groups"].values() for s in g],
        "projects": [p["name"] for p in r["projects"]],
        "experience": [{"title": e["title"], "organization": e["organization"], "period": e["period"]}
                       for e in r["experience"]],
        "education": [e["institution"] for e in r["education"]],
        "places": sorted({e["location"] for e in [*r["experience"], *r["education"]]}),
    }


# ------------------------------------------------------------------------------------------------- LaTeX


def tex(s: str) -> str:
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_")):
        s = s.replace(a, b)
    return s


def items(bullets: list[str], small: bool = False) -> str:
    return "\n".join((r"\item {\small " + tex(b) + "}") if small else (r"\item " + tex(b)) for b in bullets)


def skills_lines(r: dict) -> str:
    return "\n".join(rf"\textbf{{{g}}}: {tex(', '.join(s))} \\" for g, s in r["skill_groups"].items())


def jake(r: dict) -> str:
    """The single-column 'one bold employer line, city right; title line, dates right' layout, dated footer."""
    jobs = "\n".join(
        rf"""\resumeSubheading{{{tex(e['organization'])}}}{{{tex(e['location'])}}}{{{tex(e['title'])}}}{{{e['period']}}}
\begin{{itemize}}[leftmargin=0.15in]
{items(e['bullets'], small=True)}
\end{{itemize}}""" for e in r["experience"])
    projects = "\n".join(
        rf"""\item \textbf{{{tex(p['name'])}}} $|$ \emph{{{tex(', '.join(p['tech']))}}}\\ {{\small {tex(p['text'])}}}"""
        for p in r["projects"])
    edu = r["education"][0]
    return rf"""\documentclass[letterpaper,11pt]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage{{lmodern}}
\usepackage[empty]{{fullpage}}
\usepackage{{titlesec}}
\usepackage{{enumitem}}
\usepackage{{fancyhdr}}
\usepackage{{tabularx}}
\input{{glyphtounicode}}
\pdfgentounicode=1
\pagestyle{{fancy}}
\fancyhf{{}}
\fancyfoot[R]{{\small February 10, 2026}}
\renewcommand{{\headrulewidth}}{{0pt}}
\addtolength{{\oddsidemargin}}{{-0.5in}}
\addtolength{{\textwidth}}{{1in}}
\addtolength{{\topmargin}}{{-.5in}}
\addtolength{{\textheight}}{{1.0in}}
\titleformat{{\section}}{{\scshape\raggedright\large}}{{}}{{0em}}{{}}[\titlerule]
\newcommand{{\resumeSubheading}}[4]{{\noindent\begin{{tabular*}}{{\textwidth}}[t]{{l@{{\extracolsep{{\fill}}}}r}}
\textbf{{#1}} & #2 \\ \textit{{\small #3}} & \textit{{\small #4}} \\ \end{{tabular*}}}}
\begin{{document}}
\begin{{center}}{{\Huge\scshape {tex(r['name'])}}}\\ \small {r['phone']} $|$ {r['email']}\end{{center}}
\section{{Education}}
\resumeSubheading{{{tex(edu['institution'])}}}{{{tex(edu['location'])}}}{{{tex(edu['degree'])}}}{{{edu['period']}}}
\section{{Experience}}
{jobs}
\section{{Projects}}
\begin{{itemize}}[leftmargin=0.15in]
{projects}
\end{{itemize}}
\section{{Technical Skills}}
\noindent {skills_lines(r)}
\end{{document}}
"""


def moderncv(r: dict, style: str, zh: bool = False) -> str:
    first, _, last = r["name"].partition(" ")
    if zh:
        first, last = r["name"][1:], r["name"][0]
    jobs = "\n".join(
        rf"\cventry{{{e['period']}}}{{{tex(e['title'])}}}{{{tex(e['organization'])}}}{{{tex(e['location'])}}}{{}}"
        rf"{{\begin{{itemize}}{items(e['bullets'])}\end{{itemize}}}}"
        for e in r["experience"])
    projects = "\n".join(rf"\cvitem{{{tex(p['name'])}}}{{{tex(p['text'])} ({tex(', '.join(p['tech']))})}}"
                         for p in r["projects"])
    edu = r["education"][0]
    skills = "\n".join(rf"\cvitem{{{g}}}{{{tex(', '.join(s))}}}" for g, s in r["skill_groups"].items())
    head = {"exp": "工作经历", "proj": "项目经历", "edu": "教育背景", "skills": "专业技能"} if zh else \
        {"exp": "Experience", "proj": "Projects", "edu": "Education", "skills": "Skills"}
    cjk = "\\usepackage{xeCJK}\n\\setCJKmainfont{WenQuanYi Micro Hei}\n\\setCJKsansfont{WenQuanYi Micro Hei}\n" \
        if zh else "\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n"
    return rf"""\documentclass[11pt,a4paper,sans]{{moderncv}}
\moderncvstyle{{{style}}}
\moderncvcolor{{blue}}
\moderncvicons{{letters}}
{cjk}\usepackage[scale=0.8]{{geometry}}
\name{{{tex(first)}}}{{{tex(last)}}}
\phone[mobile]{{{r['phone']}}}
\email{{{r['email']}}}
\begin{{document}}
\makecvtitle
\section{{{head['edu']}}}
\cventry{{{edu['period']}}}{{{tex(edu['degree'])}}}{{{tex(edu['institution'])}}}{{{tex(edu['location'])}}}{{}}{{}}
\section{{{head['exp']}}}
{jobs}
\section{{{head['proj']}}}
{projects}
\section{{{head['skills']}}}
{skills}
\end{{document}}
"""


def ctexart(r: dict) -> str:
    jobs = "\n".join(
        rf"""\noindent\textbf{{{e['organization']}}} \hfill {e['period']}\\
{e['title']} \quad {e['location']}
\begin{{itemize}}
{items(e['bullets'])}
\end{{itemize}}""" for e in r["experience"])
    projects = "\n".join(
        rf"\noindent\textbf{{{p['name']}}}\quad 技术栈：{tex('、'.join(p['tech']))}\\ {tex(p['text'])}\par"
        for p in r["projects"])
    edu = r["education"][0]
    skills = "\n".join(rf"\noindent {g}：{tex('，'.join(s))}\par" for g, s in r["skill_groups"].items())
    return rf"""\documentclass[11pt]{{ctexart}}
\setCJKmainfont{{WenQuanYi Micro Hei}}
\setCJKsansfont{{WenQuanYi Micro Hei}}
\setCJKmonofont{{WenQuanYi Micro Hei}}
\usepackage[margin=2cm]{{geometry}}
\pagestyle{{empty}}
\begin{{document}}
\begin{{center}}{{\LARGE {r['name']}}}\\ {r['phone']} | {r['email']}\end{{center}}
\section*{{教育背景}}
\noindent\textbf{{{edu['institution']}}} \hfill {edu['period']}\\ {edu['degree']}
\section*{{工作经历}}
{jobs}
\section*{{项目经历}}
{projects}
\section*{{专业技能}}
{skills}
\end{{document}}
"""


def europecv(r: dict) -> str:
    first, _, last = r["name"].partition(" ")
    jobs = "\n".join(
        rf"""\ecvitem{{Dates}}{{{e['period']}}}
\ecvitem{{Occupation or position held}}{{{tex(e['title'])}}}
\ecvitem{{Main activities and responsibilities}}{{{tex('; '.join(e['bullets']))}}}
\ecvitem{{Name of employer}}{{{tex(e['organization'])}, {tex(e['location'])}}}
\ecvitem{{}}{{}}""" for e in r["experience"])
    edu = r["education"][0]
    projects = "\n".join(rf"\ecvitem{{{tex(p['name'])}}}{{{tex(p['text'])}; {tex(', '.join(p['tech']))}}}"
                         for p in r["projects"])
    skills = "\n".join(rf"\ecvitem{{{g}}}{{{tex(', '.join(s))}}}" for g, s in r["skill_groups"].items())
    return rf"""\documentclass[english,a4paper]{{europecv}}
\usepackage[T1]{{fontenc}}
\usepackage[english]{{babel}}
\usepackage[margin=2cm]{{geometry}}
\ecvname{{{tex(last)}, {tex(first)}}}
\ecvemail{{{r['email']}}}
\ecvtelephone{{{r['phone']}}}
\begin{{document}}
\begin{{europecv}}
\ecvpersonalinfo
\ecvsection{{Work experience}}
{jobs}
\ecvsection{{Education and training}}
\ecvitem{{Dates}}{{{edu['period']}}}
\ecvitem{{Title of qualification awarded}}{{{tex(edu['degree'])}}}
\ecvitem{{Name of organisation}}{{{tex(edu['institution'])}}}
\ecvsection{{Projects}}
{projects}
\ecvsection{{Technical skills and competences}}
{skills}
\end{{europecv}}
\end{{document}}
"""


def currvita(r: dict) -> str:
    jobs = "\n".join(
        rf"""\item[{e['period']}] {tex(e['title'])}, {tex(e['organization'])}, {tex(e['location'])}.
{' '.join(tex(b) + '.' for b in e['bullets'])}""" for e in r["experience"])
    edu = r["education"][0]
    projects = "\n".join(rf"\item[{tex(p['name'])}] {tex(p['text'])}. Technologies: {tex(', '.join(p['tech']))}."
                         for p in r["projects"])
    skills = "\n".join(rf"\item[{g}] {tex(', '.join(s))}" for g, s in r["skill_groups"].items())
    return rf"""\documentclass[11pt]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage[NoDate]{{currvita}}
\usepackage[margin=2.2cm]{{geometry}}
\begin{{document}}
\begin{{cv}}{{{tex(r['name'])}}}
\begin{{cvlist}}{{Contact}}
\item {r['email']}, {r['phone']}
\end{{cvlist}}
\begin{{cvlist}}{{Professional Experience}}
{jobs}
\end{{cvlist}}
\begin{{cvlist}}{{Education}}
\item[{edu['period']}] {tex(edu['degree'])}, {tex(edu['institution'])}, {tex(edu['location'])}
\end{{cvlist}}
\begin{{cvlist}}{{Projects}}
{projects}
\end{{cvlist}}
\begin{{cvlist}}{{Skills}}
{skills}
\end{{cvlist}}
\end{{cv}}
\end{{document}}
"""


def twocolumn(r: dict) -> str:
    """A sidebar layout: skills and education on the left, 'Title at Employer' entries on the right."""
    jobs = "\n".join(
        rf"""\textbf{{{tex(e['title'])} at {tex(e['organization'])}}}\\
{{\small {e['period']} \textbullet{{}} {tex(e['location'])}}}
\begin{{itemize}}\setlength\itemsep{{0pt}}
{items(e['bullets'])}
\end{{itemize}}""" for e in r["experience"])
    projects = "\n".join(rf"\textbf{{{tex(p['name'])}}} --- {tex(p['text'])}. \emph{{{tex(', '.join(p['tech']))}}}\par"
                         for p in r["projects"])
    edu = r["education"][0]
    skills = "\n".join(rf"\textbf{{{g}}}\\ {tex(', '.join(s))}\par\smallskip" for g, s in r["skill_groups"].items())
    return rf"""\documentclass[10pt]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage[margin=1.5cm]{{geometry}}
\usepackage{{enumitem}}
\pagestyle{{empty}}
\setlength\parindent{{0pt}}
\begin{{document}}
{{\Huge {tex(r['name'])}}}\par {r['email']} \textbullet{{}} {r['phone']}\par\bigskip
\begin{{minipage}}[t]{{0.3\textwidth}}
\section*{{Skills}}
{skills}
\section*{{Education}}
\textbf{{{tex(edu['institution'])}}}\\ {tex(edu['degree'])}\\ {edu['period']}
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.64\textwidth}}
\section*{{Work Experience}}
{jobs}
\section*{{Projects}}
{projects}
\end{{minipage}}
\end{{document}}
"""


# ----------------------------------------------------------------------------------------- Office writers


def docx_resume(r: dict, path: Path) -> None:
    """A Word document as python-docx writes it: 'Employer — Title' lines, dates on the line below."""
    import docx

    d = docx.Document()
    d.add_heading(r["name"], 0)
    d.add_paragraph(f"{r['email']} | {r['phone']}")
    d.add_heading("Work Experience", 1)
    for e in r["experience"]:
        p = d.add_paragraph()
        p.add_run(f"{e['organization']} — {e['title']}").bold = True
        d.add_paragraph(f"{e['period'].replace('--', '–')} | {e['location']}")
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    d.add_heading("Projects", 1)
    for p in r["projects"]:
        d.add_paragraph(f"{p['name']}: {p['text']}. Tech stack: {', '.join(p['tech'])}")
    d.add_heading("Education", 1)
    edu = r["education"][0]
    d.add_paragraph(f"{edu['degree']}, {edu['institution']}, {edu['period'].replace('--', '–')}")
    d.add_heading("Skills", 1)
    for g, s in r["skill_groups"].items():
        d.add_paragraph(f"{g}: {', '.join(s)}")
    d.save(str(path))


def html_resume(r: dict) -> str:
    """HTML that LibreOffice turns into DOCX and PDF: 'Title, Employer' with dates right in a table."""
    rows = "".join(
        f"<table width='100%'><tr><td><b>{e['title']}, {e['organization']}</b></td>"
        f"<td align='right'>{e['period'].replace('--', '–')}</td></tr>"
        f"<tr><td><i>{e['location']}</i></td><td></td></tr></table>"
        f"<ul>{''.join(f'<li>{b}</li>' for b in e['bullets'])}</ul>" for e in r["experience"])
    projects = "".join(f"<p><b>{p['name']}</b> ({', '.join(p['tech'])})<br>{p['text']}</p>" for p in r["projects"])
    edu = r["education"][0]
    skills = "".join(f"<p><b>{g}:</b> {', '.join(s)}</p>" for g, s in r["skill_groups"].items())
    return (f"<html><body><h1>{r['name']}</h1><p>{r['email']} · {r['phone']}</p>"
            f"<h2>Professional Experience</h2>{rows}<h2>Selected Projects</h2>{projects}"
            f"<h2>Education</h2><p><b>{edu['institution']}</b> — {edu['degree']}, {edu['period']}</p>"
            f"<h2>Skills</h2>{skills}</body></html>")


def simplecv(r: dict) -> str:
    jobs = "\n".join(
        rf"""\item[{e['period']}] \textbf{{{tex(e['organization'])}}}, {tex(e['location'])}\\
\emph{{{tex(e['title'])}}}\\ {tex('. '.join(e['bullets']))}.""" for e in r["experience"])
    edu = r["education"][0]
    projects = "\n".join(rf"\item[{tex(p['name'])}] {tex(p['text'])}. Built with {tex(', '.join(p['tech']))}."
                         for p in r["projects"])
    skills = "\n".join(rf"\item[{g}] {tex(', '.join(s))}" for g, s in r["skill_groups"].items())
    return rf"""\documentclass[11pt]{{simplecv}}
\usepackage[T1]{{fontenc}}
\usepackage{{lmodern}}
\usepackage[margin=2cm]{{geometry}}
\title{{{tex(r['name'])}}}
\leftheader{{{r['email']}}}
\rightheader{{{r['phone']}}}
\begin{{document}}
\maketitle
\section{{Employment}}
\begin{{topic}}
{jobs}
\end{{topic}}
\section{{Education}}
\begin{{topic}}
\item[{edu['period']}] {tex(edu['institution'])} --- {tex(edu['degree'])}
\end{{topic}}
\section{{Selected Projects}}
\begin{{topic}}
{projects}
\end{{topic}}
\section{{Technical Skills}}
\begin{{topic}}
{skills}
\end{{topic}}
\end{{document}}
"""


def curve(r: dict) -> tuple[str, dict[str, str]]:
    """The curve class reads each rubric from a file of its own."""
    jobs = "\n".join(
        rf"""\entry*[{e['period']}] \textbf{{{tex(e['title'])}}}, {tex(e['organization'])} ({tex(e['location'])})\par
{tex('; '.join(e['bullets']))}.""" for e in r["experience"])
    edu = r["education"][0]
    projects = "\n".join(rf"\entry*[{tex(p['name'])}] {tex(p['text'])} ({tex(', '.join(p['tech']))})."
                         for p in r["projects"])
    skills = "\n".join(rf"\entry*[{g}] {tex(', '.join(s))}" for g, s in r["skill_groups"].items())
    rubrics = {
        "experience": r"\begin{rubric}{Work History}" + "\n" + jobs + "\n" + r"\end{rubric}",
        "education": r"\begin{rubric}{Education}" + "\n"
                     + rf"\entry*[{edu['period']}] {tex(edu['degree'])}, \textbf{{{tex(edu['institution'])}}}"
                     + "\n" + r"\end{rubric}",
        "projects": r"\begin{rubric}{Projects}" + "\n" + projects + "\n" + r"\end{rubric}",
        "skills": r"\begin{rubric}{Skills}" + "\n" + skills + "\n" + r"\end{rubric}",
    }
    source = rf"""\documentclass[a4paper,11pt]{{curve}}
\usepackage[T1]{{fontenc}}
\usepackage{{lmodern}}
\usepackage[margin=2cm]{{geometry}}
\leftheader{{{r['email']}\\ {r['phone']}}}
\title{{{tex(r['name'])}}}
\begin{{document}}
\makeheaders[c]
\makerubric{{experience}}
\makerubric{{education}}
\makerubric{{projects}}
\makerubric{{skills}}
\end{{document}}
"""
    return source, {f"{k}.tex": v for k, v in rubrics.items()}


def xecjk_article(r: dict) -> str:
    """A Chinese resume as many write it by hand: '公司 | 职位 | 时间' on one line, then the duties."""
    jobs = "\n".join(
        rf"""\noindent {e['organization']} \ $|$\ {e['title']} \ $|$\ {e['period']}\par
\noindent 工作内容：{tex('；'.join(e['bullets']))}\par\medskip""" for e in r["experience"])
    edu = r["education"][0]
    projects = "\n".join(rf"\noindent 项目名称：{p['name']}\par\noindent 使用技术：{tex('，'.join(p['tech']))}\par"
                         rf"\noindent 项目描述：{tex(p['text'])}\par\medskip" for p in r["projects"])
    skills = "、".join(s for g in r["skill_groups"].values() for s in g)
    return rf"""\documentclass[11pt]{{article}}
\usepackage{{xeCJK}}
\setCJKmainfont{{WenQuanYi Micro Hei}}
\usepackage[margin=2.2cm]{{geometry}}
\pagestyle{{empty}}
\setlength\parindent{{0pt}}
\begin{{document}}
{{\Large\bfseries 个人简历}}\par\bigskip
姓名：{r['name']}\qquad 电话：{r['phone']}\qquad 邮箱：{r['email']}\par\bigskip
{{\large\bfseries 工作经验}}\par\smallskip
{jobs}
{{\large\bfseries 项目经验}}\par\smallskip
{projects}
{{\large\bfseries 教育经历}}\par\smallskip
{edu['period']}\quad {edu['institution']}\quad {edu['degree']}\par\bigskip
{{\large\bfseries 技能}}\par\smallskip
熟悉 {tex(skills)}\par
\end{{document}}
"""


def docx_table_resume(r: dict, path: Path) -> None:
    """A Word resume laid out in a table: dates in the left cell, the job in the right one."""
    import docx

    d = docx.Document()
    d.add_paragraph().add_run(r["name"].upper()).bold = True
    d.add_paragraph(f"{r['phone']} · {r['email']}")
    d.add_paragraph().add_run("EMPLOYMENT HISTORY").bold = True
    table = d.add_table(rows=0, cols=2)
    for e in r["experience"]:
        cells = table.add_row().cells
        cells[0].text = e["period"].replace("--", "-")
        cells[1].text = f"{e['title']}, {e['organization']}, {e['location']}\n" + "\n".join(e["bullets"])
    d.add_paragraph().add_run("PROJECTS").bold = True
    for p in r["projects"]:
        d.add_paragraph(f"{p['name']} — {p['text']} ({', '.join(p['tech'])})")
    d.add_paragraph().add_run("EDUCATION").bold = True
    edu = r["education"][0]
    d.add_paragraph(f"{edu['institution']}, {edu['degree']} ({edu['period'].replace('--', '-')})")
    d.add_paragraph().add_run("SKILLS").bold = True
    d.add_paragraph(" • ".join(s for g in r["skill_groups"].values() for s in g))
    d.save(str(path))


def html_grid_resume(r: dict) -> str:
    """HTML for LibreOffice: the employer and dates in one table row, the title in italics below, a sidebar-free
    page with 'Employer | Title' headings."""
    rows = "".join(
        f"<h3>{e['organization']} | {e['title']}</h3><p><i>{e['location']} · {e['period'].replace('--', 'to')}"
        f"</i></p><ul>{''.join(f'<li>{b}</li>' for b in e['bullets'])}</ul>" for e in r["experience"])
    projects = "".join(f"<li><b>{p['name']}:</b> {p['text']}; stack: {', '.join(p['tech'])}</li>"
                       for p in r["projects"])
    edu = r["education"][0]
    skills = "".join(f"<tr><td><b>{g}</b></td><td>{', '.join(s)}</td></tr>" for g, s in r["skill_groups"].items())
    return (f"<html><body><p style='font-size:22pt'><b>{r['name']}</b></p><p>{r['email']} | {r['phone']}</p>"
            f"<h2>Career</h2>{rows}<h2>Side Projects</h2><ul>{projects}</ul>"
            f"<h2>Education</h2><p>{edu['degree']}<br><b>{edu['institution']}</b>, {edu['period']}</p>"
            f"<h2>Technical Skills</h2><table>{skills}</table></body></html>")


def timeline(r: dict) -> str:
    """A hand-written article: a narrow date column on the left, 'Title, Employer' bold with the city in italics."""
    jobs = "\n".join(
        rf"{e['period']} & \textbf{{{tex(e['title'])}, {tex(e['organization'])}}} "
        rf"""\newline \emph{{{tex(e['location'])}}}
\begin{{itemize}}\setlength\itemsep{{0pt}}
{items(e['bullets'])}
\end{{itemize}} \\""" for e in r["experience"])
    edu = r["education"][0]
    projects = "\n".join(
        rf" & \textbf{{{tex(p['name'])}}}: {tex(p['text'])}. \emph{{Stack: {tex(', '.join(p['tech']))}}} \\"
        for p in r["projects"])
    skills = "\n".join(rf"{g} & {tex(', '.join(s))} \\" for g, s in r["skill_groups"].items())
    return rf"""\documentclass[10pt,a4paper]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage{{lmodern}}
\usepackage[margin=1.8cm]{{geometry}}
\usepackage{{enumitem,tabularx}}
\pagestyle{{empty}}
\setlength\parindent{{0pt}}
\begin{{document}}
{{\LARGE\bfseries {tex(r['name'])}}}\hfill {r['email']} \textperiodcentered{{}} {r['phone']}
\section*{{Professional Experience}}
\begin{{tabularx}}{{\textwidth}}{{@{{}}p{{3.2cm}}X@{{}}}}
{jobs}
\end{{tabularx}}
\section*{{Education}}
\begin{{tabularx}}{{\textwidth}}{{@{{}}p{{3.2cm}}X@{{}}}}
{edu['period']} & {tex(edu['degree'])}, \textbf{{{tex(edu['institution'])}}} \\
\end{{tabularx}}
\section*{{Projects}}
\begin{{tabularx}}{{\textwidth}}{{@{{}}p{{3.2cm}}X@{{}}}}
{projects}
\end{{tabularx}}
\section*{{Skills}}
\begin{{tabularx}}{{\textwidth}}{{@{{}}p{{3.2cm}}X@{{}}}}
{skills}
\end{{tabularx}}
\end{{document}}
"""


def zh_table(r: dict) -> str:
    """A Chinese resume in a ruled table: company, title and dates in three cells, then the duties."""
    jobs = "\n".join(
        rf"""{e['organization']} & {e['title']} & {e['period']} \\
\multicolumn{{3}}{{p{{15cm}}}}{{{tex('；'.join(e['bullets']))}}} \\ \hline""" for e in r["experience"])
    edu = r["education"][0]
    projects = "\n".join(rf"\textbf{{{p['name']}}}（{tex('、'.join(p['tech']))}）：{tex(p['text'])}\par"
                         for p in r["projects"])
    skills = "\n".join(rf"{g}：{tex('、'.join(s))}\par" for g, s in r["skill_groups"].items())
    return rf"""\documentclass[11pt]{{article}}
\usepackage{{xeCJK}}
\setCJKmainfont{{WenQuanYi Micro Hei}}
\usepackage[margin=2cm]{{geometry}}
\pagestyle{{empty}}
\setlength\parindent{{0pt}}
\begin{{document}}
\begin{{center}}{{\huge {r['name']}}}\\[4pt] {r['phone']} \quad {r['email']}\end{{center}}
\section*{{教育经历}}
{edu['institution']} \hfill {edu['degree']} \hfill {edu['period']}
\section*{{工作经历}}
\begin{{tabular}}{{lll}}
\hline
{jobs}
\end{{tabular}}
\section*{{项目经历}}
{projects}
\section*{{技能特长}}
{skills}
\end{{document}}
"""


def plain_text(r: dict) -> str:
    """A resume typed into a text editor."""
    out = [r["name"].upper(), f"{r['email']} / {r['phone']}", "", "EXPERIENCE", ""]
    for e in r["experience"]:
        out += [f"{e['title']} @ {e['organization']} ({e['location']})", e["period"].replace("--", "-")]
        out += [f"  * {b}" for b in e["bullets"]] + [""]
    out += ["PROJECTS", ""]
    for p in r["projects"]:
        out += [f"{p['name']} - {p['text']}.", f"  Tools: {', '.join(p['tech'])}", ""]
    edu = r["education"][0]
    out += ["EDUCATION", "", f"{edu['degree']} - {edu['institution']} - {edu['period'].replace('--', '-')}", "",
            "SKILLS", ""]
    out += [f"{g}: {' / '.join(s)}" for g, s in r["skill_groups"].items()]
    return "\n".join(out) + "\n"


def html_at_resume(r: dict) -> str:
    """HTML for LibreOffice: 'Title @ Employer' headings with the dates in parentheses after the city."""
    rows = "".join(
        f"<p><b>{e['title']} @ {e['organization']}</b><br>{e['location']} ({e['period'].replace('--', '–')})</p>"
        f"<ul>{''.join(f'<li>{b}</li>' for b in e['bullets'])}</ul>" for e in r["experience"])
    projects = "".join(f"<p><b>{p['name']}</b><br>{p['text']}. Technologies: {', '.join(p['tech'])}</p>"
                       for p in r["projects"])
    edu = r["education"][0]
    skills = "<br>".join(f"{g}: {', '.join(s)}" for g, s in r["skill_groups"].items())
    return (f"<html><body><h1 align='center'>{r['name']}</h1><p align='center'>{r['email']} · {r['phone']}</p>"
            f"<h2>Work History</h2>{rows}<h2>Project Experience</h2>{projects}"
            f"<h2>Education</h2><p>{edu['institution']}<br>{edu['degree']} ({edu['period']})</p>"
            f"<h2>Core Skills</h2><p>{skills}</p></body></html>")


# ---------------------------------------------------------------------------------- HTML printed by a browser


def _page(title: str, css: str, body: str) -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n"
            f"<style>\n{css.strip()}\n</style>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n")


def _li(bullets: list[str]) -> str:
    return "".join(f"<li>{esc(b)}</li>" for b in bullets)


def _dash(period: str, dash: str = "–") -> str:
    return period.replace(" -- ", f" {dash} ")


def browser_jake(r: dict) -> str:
    """The 'Jake' single column as an HTML/CSS resume builder writes it: small-caps name and headings (the
    browser fakes them with smaller capitals), flex rows with the dates and places flush right, <ul> bullets."""
    deco = random.Random(f"{r['name']} projects")  # presentation only: the projects' years are not in the truth
    edu = r["education"][0]
    jobs = "".join(
        f"<div class=\"entry\"><div class=\"row\"><b>{esc(e['title'])}</b><span>{_dash(e['period'])}</span></div>"
        f"<div class=\"row sub\"><i>{esc(e['organization'])}</i><i>{esc(e['location'])}</i></div>"
        f"<ul>{_li(e['bullets'])}</ul></div>\n" for e in r["experience"])
    projects = "".join(
        f"<div class=\"entry\"><div class=\"row\"><span><b>{esc(p['name'])}</b> | <i>{esc(', '.join(p['tech']))}"
        f"</i></span><span>{deco.randint(2016, 2024)}</span></div><ul>{_li([p['text']])}</ul></div>\n"
        for p in r["projects"])
    skills = "".join(f"<p><b>{g}</b>: {esc(', '.join(s))}</p>" for g, s in r["skill_groups"].items())
    css = """
@page { size: letter; margin: 0.5in 0.6in; }
body { margin: 0; font-family: "Liberation Serif", serif; font-size: 11pt; color: #000; }
h1 { margin: 0; text-align: center; font-size: 26pt; font-weight: normal; font-variant: small-caps; }
.contact { margin: 2pt 0 4pt; text-align: center; font-size: 10pt; }
h2 { margin: 9pt 0 4pt; padding-bottom: 1pt; border-bottom: 1px solid #000; font-size: 14pt; font-weight: normal;
     font-variant: small-caps; }
.entry { margin: 0 0.1in 5pt; }
.row { display: flex; justify-content: space-between; }
.sub { font-size: 10pt; }
ul { margin: 2pt 0 0; padding-left: 0.3in; font-size: 10pt; }
li { margin: 1pt 0; }
.skills { margin: 0 0.1in; font-size: 10pt; }
.skills p { margin: 1pt 0; }
"""
    body = f"""
<h1>{esc(r['name'])}</h1>
<div class="contact">{r['phone']} | <a href="mailto:{r['email']}">{r['email']}</a></div>
<h2>Education</h2>
<div class="entry"><div class="row"><b>{esc(edu['institution'])}</b><span>{esc(edu['location'])}</span></div>
<div class="row sub"><i>{esc(edu['degree'])}</i><i>{_dash(edu['period'])}</i></div></div>
<h2>Experience</h2>
{jobs}<h2>Projects</h2>
{projects}<h2>Technical Skills</h2>
<div class="skills">{skills}</div>
"""
    return _page(f"{esc(r['name'])} - Resume", css, body)


def browser_sidebar(r: dict) -> str:
    """A resume builder's two-column CSS grid: a coloured sidebar (name, contact, skill chips, education) and a
    main column (experience with the dates under the title, projects with their stack)."""
    edu = r["education"][0]
    skills = "".join(f"<h3>{g}</h3><div class=\"chips\">{''.join(f'<span>{esc(s)}</span>' for s in ss)}</div>"
                     for g, ss in r["skill_groups"].items())
    jobs = "".join(
        f"<article><h3>{esc(e['title'])}</h3><p class=\"org\">{esc(e['organization'])} · {esc(e['location'])}</p>"
        f"<p class=\"when\">{_dash(e['period'], '-')}</p><ul>{_li(e['bullets'])}</ul></article>\n"
        for e in r["experience"])
    projects = "".join(
        f"<article><h3>{esc(p['name'])}</h3><p class=\"when\">{' · '.join(esc(t) for t in p['tech'])}</p>"
        f"<p>{esc(p['text'])}.</p></article>\n" for p in r["projects"])
    css = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.35; color: #222; }
.page { display: grid; grid-template-columns: 66mm 1fr; min-height: 296mm; }
aside { padding: 14mm 7mm; background: #1f3a5f; color: #f1f4f8; }
aside h1 { margin: 0 0 8mm; font-size: 20pt; line-height: 1.15; font-weight: bold; }
aside h2 { margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #7d93b2; font-size: 10.5pt; }
aside h3 { margin: 2.5mm 0 1mm; font-size: 8.5pt; font-weight: bold; color: #c7d3e3; }
aside p { margin: 0.6mm 0; }
.chips span { display: inline-block; margin: 0 1mm 1mm 0; padding: 0.4mm 2mm; border-radius: 3mm;
              background: #34567f; font-size: 8pt; }
main { padding: 14mm 11mm 10mm 9mm; }
main h2 { margin: 0 0 3mm; font-size: 13pt; color: #1f3a5f; border-bottom: 2px solid #1f3a5f; }
main h2 + article { margin-top: 0; }
main section { margin-bottom: 6mm; }
article { margin: 3.5mm 0; }
article h3 { margin: 0; font-size: 10.5pt; }
article p { margin: 0.5mm 0; }
.org { color: #2f6690; font-weight: bold; }
.when { color: #777; font-size: 8.5pt; }
main ul { margin: 1mm 0 0; padding-left: 5mm; }
main li { margin: 0.6mm 0; }
"""
    body = f"""
<div class="page">
<aside>
<h1>{esc(r['name'])}</h1>
<h2>Contact</h2>
<p>{r['email']}</p>
<p>{r['phone']}</p>
<h2>Skills</h2>
{skills}
<h2>Education</h2>
<p><b>{esc(edu['institution'])}</b></p>
<p>{esc(edu['degree'])}</p>
<p>{_dash(edu['period'], '-')} · {esc(edu['location'])}</p>
</aside>
<main>
<section>
<h2>Experience</h2>
{jobs}</section>
<section>
<h2>Projects</h2>
{projects}</section>
</main>
</div>
"""
    return _page("Resume", css, body)


def browser_datecol(r: dict) -> str:
    """Letter-spaced upper-case headings, the dates and place in a left column, the title over the employer
    on the right, square bullets."""
    edu = r["education"][0]
    jobs = "".join(
        f"<div class=\"item\"><div class=\"date\">{_dash(e['period'])}<br><span>{esc(e['location'])}</span></div>"
        f"<div><p class=\"title\">{esc(e['title'])}</p><p class=\"org\">{esc(e['organization'])}</p>"
        f"<ul>{_li(e['bullets'])}</ul></div></div>\n" for e in r["experience"])
    projects = "".join(f"<li><b>{esc(p['name'])}</b> ({esc(', '.join(p['tech']))}): {esc(p['text'])}.</li>"
                       for p in r["projects"])
    skills = "".join(f"<div class=\"item\"><div class=\"date\">{g}</div><div>{esc(', '.join(s))}</div></div>\n"
                     for g, s in r["skill_groups"].items())
    css = """
@page { size: A4; margin: 16mm 17mm; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.3;
       color: #1a1a1a; }
header { display: flex; justify-content: space-between; align-items: flex-end; margin-bottom: 4mm; }
header h1 { margin: 0; font-size: 24pt; font-weight: bold; letter-spacing: .02em; }
header p { margin: 0; text-align: right; font-size: 9pt; color: #444; }
h2 { margin: 6mm 0 2.5mm; padding-top: 1.5mm; border-top: 1.5px solid #1a1a1a; font-size: 10pt;
     font-weight: bold; text-transform: uppercase; letter-spacing: .1em; color: #333; }
.item { display: grid; grid-template-columns: 38mm 1fr; column-gap: 5mm; margin-bottom: 3mm; }
.date { font-size: 9pt; color: #555; }
.date span { font-style: italic; }
p { margin: 0; }
.title { font-weight: bold; }
.org { color: #444; }
ul { margin: 1mm 0 0; padding-left: 4.5mm; list-style: square; }
li { margin: 0.5mm 0; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p>{r['email']}<br>{r['phone']}</p>
</header>
<h2>Professional Experience</h2>
{jobs}<h2>Education</h2>
<div class="item"><div class="date">{_dash(edu['period'])}<br><span>{esc(edu['location'])}</span></div>
<div><p class="title">{esc(edu['institution'])}</p><p>{esc(edu['degree'])}</p></div></div>
<h2>Projects</h2>
<ul>{projects}</ul>
<h2>Skills</h2>
{skills}"""
    return _page(f"{esc(r['name'])} CV", css, body)


def browser_table(r: dict) -> str:
    """A serif page with small-caps headings, 'Title at Employer' with the dates and place on the next line,
    circle bullets, and the skills in a <table> grid, one group a row."""
    edu = r["education"][0]
    jobs = "".join(
        f"<div class=\"job\"><p><b>{esc(e['title'])}</b> at {esc(e['organization'])}</p>"
        f"<p class=\"meta\">{_dash(e['period'])}, {esc(e['location'])}</p><ul>{_li(e['bullets'])}</ul></div>\n"
        for e in r["experience"])
    projects = "".join(f"<p class=\"proj\"><b>{esc(p['name'])}.</b> {esc(p['text'])}. "
                       f"<i>Built with {esc(', '.join(p['tech']))}.</i></p>\n" for p in r["projects"])
    width = max(len(s) for s in r["skill_groups"].values())
    skills = "".join(f"<tr><th>{g}</th>" + "".join(f"<td>{esc(x)}</td>" for x in s)
                     + "<td></td>" * (width - len(s)) + "</tr>\n" for g, s in r["skill_groups"].items())
    css = """
@page { size: letter; margin: 0.75in 0.8in; }
body { margin: 0; font-family: "DejaVu Serif", Georgia, serif; font-size: 10pt; line-height: 1.35; color: #111; }
h1 { margin: 0; font-size: 22pt; font-weight: normal; font-variant: small-caps; letter-spacing: .03em;
     color: #6b1d1d; }
.contact { margin: 1mm 0 3mm; font-size: 9pt; }
h2 { margin: 5mm 0 2mm; font-size: 13pt; font-weight: bold; font-variant: small-caps; color: #6b1d1d; }
p { margin: 0; }
.job { margin-bottom: 3mm; }
.meta { font-style: italic; font-size: 9pt; color: #444; }
ul { margin: 1mm 0 0; padding-left: 6mm; list-style: circle; }
li { margin: 0.5mm 0; }
.proj { margin-bottom: 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th { text-align: left; font-weight: bold; width: 28mm; }
th, td { padding: 1mm 2mm; border: 0.5pt solid #bbb; }
"""
    body = f"""
<h1>{esc(r['name'])}</h1>
<p class="contact">{r['email']} · {r['phone']}</p>
<h2>Employment History</h2>
{jobs}<h2>Education</h2>
<p><b>{esc(edu['institution'])}</b>, {esc(edu['location'])}</p>
<p class="meta">{esc(edu['degree'])}, {_dash(edu['period'])}</p>
<h2>Personal Projects</h2>
{projects}<h2>Skills</h2>
<table>
{skills}</table>
"""
    return _page("Curriculum Vitae", css, body)


# ------------------------------------------------------------------------------------- dev-6 writers (held-out-5)


def word_tabstop_resume(r: dict, path: Path) -> None:
    """A Word resume as people type it: 'Employer, City' in bold with the dates after a right-aligned tab stop,
    the title in italics on the next line, the bullets as Word list paragraphs (List Bullet, numbered by Word),
    headings with a rule under them. LibreOffice exports it to PDF."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.8)
    section.top_margin = section.bottom_margin = Inches(0.7)
    width = section.page_width - section.left_margin - section.right_margin
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(3)
        run = p.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), RGBColor(0x1F, 0x3B, 0x6F)
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "1F3B6F")):
            bottom.set(qn(key), value)
        border.append(bottom)
        p._p.get_or_add_pPr().append(border)

    def dated(left: str, period: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(left).bold = True
        p.add_run("\t" + _dash(period))

    name = d.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = name.add_run(r["name"])
    run.bold, run.font.size = True, Pt(20)
    contact = d.add_paragraph(f"{r['email']}  |  {r['phone']}")
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading("Work Experience")
    for e in r["experience"]:
        dated(f"{e['organization']}, {e['location']}", e["period"])
        d.add_paragraph().add_run(e["title"]).italic = True
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    heading("Education")
    edu = r["education"][0]
    dated(f"{edu['institution']}, {edu['location']}", edu["period"])
    d.add_paragraph().add_run(edu["degree"]).italic = True
    heading("Projects")
    for p in r["projects"]:
        para = d.add_paragraph()
        para.paragraph_format.space_before = Pt(4)
        para.add_run(p["name"]).bold = True
        para.add_run(" | ")
        para.add_run(", ".join(p["tech"])).italic = True
        d.add_paragraph(f"{p['text']}.")
    heading("Skills")
    for g, s in r["skill_groups"].items():
        para = d.add_paragraph()
        para.add_run(f"{g}: ").bold = True
        para.add_run(", ".join(s))
    d.save(str(path))


def browser_builder(r: dict) -> str:
    """A modern online builder's page: a coloured header band (name, current title, contact), the jobs in the
    main column with the dates and city in a small grey line above 'Title — Employer', and a right-hand sidebar
    (skills as a bulleted list, education, the programming languages)."""
    edu = r["education"][0]
    jobs = "".join(
        f"<div class=\"job\"><p class=\"meta\">{_dash(e['period'], '—')} · {esc(e['location'])}</p>"
        f"<h3>{esc(e['title'])} — {esc(e['organization'])}</h3><ul>{_li(e['bullets'])}</ul></div>\n"
        for e in r["experience"])
    projects = "".join(
        f"<div class=\"job\"><h3>{esc(p['name'])}</h3><p class=\"meta\">{' · '.join(esc(t) for t in p['tech'])}</p>"
        f"<p>{esc(p['text'])}.</p></div>\n" for p in r["projects"])
    groups = r["skill_groups"]
    skills = "".join(f"<li>{esc(s)}</li>" for g, ss in groups.items() if g != "Languages" for s in ss)
    languages = "".join(f"<li>{esc(s)}</li>" for s in groups.get("Languages", []))
    css = """
@page { size: A4; margin: 0 0 12mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 9pt; line-height: 1.4; color: #2b2b2b; }
.band { padding: 11mm 14mm 8mm; background: #0f766e; color: #fff; }
.band h1 { margin: 0; font-size: 24pt; font-weight: bold; letter-spacing: .01em; }
.band .headline { margin: 1mm 0 3mm; font-size: 12pt; color: #ccfbf1; }
.band .contact { margin: 0; font-size: 8.5pt; }
.cols { display: grid; grid-template-columns: 1fr 56mm; column-gap: 9mm; padding: 8mm 14mm 0; }
h2 { margin: 0 0 3mm; font-size: 9pt; text-transform: uppercase; letter-spacing: .12em; color: #0f766e; }
main h2 ~ h2 { margin-top: 6mm; }
aside h2 { margin-top: 0; }
aside section { margin-bottom: 6mm; }
.job { margin-bottom: 4mm; }
.meta { margin: 0; font-size: 7.5pt; color: #8a8a8a; }
h3 { margin: 0.5mm 0 1mm; font-size: 10.5pt; font-weight: bold; color: #1b1b1b; }
p { margin: 0.5mm 0; }
ul { margin: 1mm 0 0; padding-left: 4.5mm; }
li { margin: 0.5mm 0; }
aside { padding-left: 6mm; border-left: 1px solid #d4d4d4; }
aside ul { padding-left: 4mm; }
"""
    body = f"""
<header class="band">
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['experience'][0]['title'])}</p>
<p class="contact">{r['email']} &nbsp;·&nbsp; {r['phone']}</p>
</header>
<div class="cols">
<main>
<h2>Experience</h2>
{jobs}<h2>Projects</h2>
{projects}</main>
<aside>
<section>
<h2>Skills</h2>
<ul>{skills}</ul>
</section>
<section>
<h2>Education</h2>
<p><b>{esc(edu['institution'])}</b></p>
<p>{esc(edu['degree'])}</p>
<p class="meta">{_dash(edu['period'], '—')} · {esc(edu['location'])}</p>
</section>
<section>
<h2>Languages</h2>
<ul>{languages}</ul>
</section>
</aside>
</div>
"""
    return _page(f"{esc(r['name'])} — Resume", css, body)


def markdown_resume(r: dict) -> str:
    """A resume written in Markdown, as people keep one on GitHub."""
    edu = r["education"][0]
    out = [f"# {r['name']}", "", f"[{r['email']}](mailto:{r['email']}) · {r['phone']}", "", "## Experience", ""]
    for e in r["experience"]:
        out += [f"### {e['title']}, {e['organization']} ({e['period'].replace(' -- ', '–')})", "",
                f"*{e['location']}*", ""]
        out += [f"- {b}" for b in e["bullets"]] + [""]
    out += ["## Projects", ""]
    out += [f"- **{p['name']}** — {p['text']} ({', '.join(p['tech'])})" for p in r["projects"]] + [""]
    out += ["## Education", "", f"### {edu['institution']} ({edu['period'].replace(' -- ', '–')})", "",
            f"{edu['degree']} · {edu['location']}", "", "## Skills", ""]
    for g, s in r["skill_groups"].items():
        out += [f"**{g}:** {', '.join(s)}", ""]
    return "\n".join(out)


def _md_inline(text: str) -> str:
    import re

    text = esc(text, quote=False)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    return re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)


def markdown_html(md: str) -> str:
    """The Markdown above turned into HTML by hand (headings, paragraphs, '-' lists, emphasis, links), styled
    like a rendered README."""
    html: list[str] = []
    para: list[str] = []
    items_open = False

    def flush() -> None:
        nonlocal items_open
        if para:
            html.append(f"<p>{_md_inline(' '.join(para))}</p>")
            para.clear()
        if items_open:
            html.append("</ul>")
            items_open = False

    for line in md.splitlines():
        if not line.strip():
            flush()
        elif line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            html.append(f"<h{level}>{_md_inline(line[level:].strip())}</h{level}>")
        elif line.startswith("- "):
            if para:
                flush()
            if not items_open:
                html.append("<ul>")
                items_open = True
            html.append(f"<li>{_md_inline(line[2:])}</li>")
        else:
            para.append(line.strip())
    flush()
    css = """
@page { size: A4; margin: 15mm 16mm; }
body { margin: 0; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial,
       sans-serif; font-size: 10.5pt; line-height: 1.5; color: #1f2328; }
h1, h2 { padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; font-weight: 600; line-height: 1.25; }
h1 { margin: 0 0 10px; font-size: 2em; }
h2 { margin: 18px 0 10px; font-size: 1.5em; }
h3 { margin: 14px 0 6px; font-size: 1.15em; font-weight: 600; }
p { margin: 0 0 8px; }
ul { margin: 0 0 10px; padding-left: 2em; }
li + li { margin-top: .25em; }
a { color: #0969da; text-decoration: none; }
"""
    return _page("README.md", css, "\n".join(html))


def _fodt_text(text: str) -> str:
    return esc(text, quote=False)


def fodt_compact(r: dict) -> str:
    """A one-page LibreOffice Writer document (flat ODT) as someone compacting their CV types it: headings in a
    coloured bar, each job on one line as 'Title | Employer | City | dates', bullets as a Writer list."""
    edu = r["education"][0]

    def p(style: str, *parts: str) -> str:
        return f"<text:p text:style-name=\"{style}\">{''.join(parts)}</text:p>"

    def b(text: str) -> str:
        return f"<text:span text:style-name=\"Strong\">{_fodt_text(text)}</text:span>"

    def h(text: str) -> str:
        return f"<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">{_fodt_text(text)}</text:h>"

    def bullets(lines: list[str]) -> str:
        return ("<text:list text:style-name=\"Dashes\">"
                + "".join(f"<text:list-item>{p('Bullet', _fodt_text(x))}</text:list-item>" for x in lines)
                + "</text:list>")

    body = [p("Name", _fodt_text(r["name"])), p("Contact", _fodt_text(f"{r['email']} · {r['phone']}")),
            h("Technical Skills")]
    body += [p("Standard", b(f"{g}: "), _fodt_text(", ".join(s))) for g, s in r["skill_groups"].items()]
    body.append(h("Work Experience"))
    for e in r["experience"]:
        body.append(p("Job", b(e["title"]), _fodt_text(f" | {e['organization']} | {e['location']} | "
                                                       f"{_dash(e['period'])}")))
        body.append(bullets(e["bullets"]))
    body.append(h("Projects"))
    body += [p("Job", b(x["name"]), _fodt_text(f" | {', '.join(x['tech'])} — {x['text']}.")) for x in r["projects"]]
    body.append(h("Education"))
    body.append(p("Job", b(edu["degree"]), _fodt_text(f" | {edu['institution']} | {edu['location']} | "
                                                      f"{_dash(edu['period'])}")))
    content = "\n".join(body)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>LibreOffice/7.4</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"
  style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:language="en" fo:country="US"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.04cm" fo:line-height="115%"/>
 </style:style>
 <style:style style:name="Name" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.05cm"/>
  <style:text-properties fo:font-size="19pt" fo:font-weight="bold" fo:color="#7a1f3d"/>
 </style:style>
 <style:style style:name="Contact" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
  style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="1"
  style:class="text">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm" fo:padding-top="0.04cm"
   fo:padding-bottom="0.04cm" fo:padding-left="0.15cm" fo:padding-right="0.15cm" fo:background-color="#7a1f3d"
   fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#ffffff" fo:text-transform="uppercase"
   fo:letter-spacing="0.03cm"/>
 </style:style>
 <style:style style:name="Job" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.12cm" fo:keep-with-next="always"/>
 </style:style>
 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Standard"
  style:list-style-name="Dashes">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="Dashes">
  <text:list-level-style-bullet text:level="1" text:bullet-char="–">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm"
     fo:text-indent="-0.3cm" fo:margin-left="0.5cm"/>
   </style:list-level-properties>
   <style:text-properties style:font-name="Liberation Sans"/>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
   fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body>
<office:text>
{content}
</office:text>
</office:body>
</office:document>
"""


# ------------------------------------------------------------------------------------ held-out-6 writers


def _profile(r: dict) -> str:
    """A profile paragraph made only of what was drawn (the current title, some skills): no new facts."""
    langs, infra = r["skill_groups"]["Languages"], r["skill_groups"]["Infrastructure"]
    return (f"{r['experience'][0]['title']} who likes owning a service end to end, from the first design review to "
            f"the on-call rota. Most at home in {langs[0]} and {langs[1]}, with {infra[0]} and {infra[1]} in "
            f"production.")


def word_two_column_resume(r: dict, path: Path) -> None:
    """A Word 'resume template' as python-docx builds one: the whole page is a borderless two-column table, a
    narrow shaded left cell (contact, skills as bulleted lists under their group, education) and a wide right
    cell (name, headline, profile, 'Title | Employer' with a grey 'dates · city' line under it, projects);
    headings in spaced capitals (Word's All Caps). LibreOffice exports it to PDF."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    accent, grey = RGBColor(0x2E, 0x5C, 0x8A), RGBColor(0x6B, 0x6B, 0x6B)
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.5)
    section.top_margin = section.bottom_margin = Inches(0.5)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial Narrow", Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)

    def element(tag: str, **attrs: str) -> OxmlElement:
        node = OxmlElement(tag)
        for key, value in attrs.items():
            node.set(qn(f"w:{key}"), value)
        return node

    table = d.add_table(rows=1, cols=2)
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    borders = element("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(element(f"w:{side}", val="nil"))
    tbl_pr.append(borders)
    tbl_pr.append(element("w:tblLayout", type="fixed"))
    left, right = table.rows[0].cells
    for cell, width in ((left, Inches(2.35)), (right, Inches(5.15))):
        cell.width = width
        margins = element("w:tcMar")
        for side, twips in (("top", "200"), ("left", "220"), ("bottom", "200"), ("right", "220")):
            margins.append(element(f"w:{side}", w=twips, type="dxa"))
        cell._tc.get_or_add_tcPr().append(margins)
    for column, width in zip(table.columns, (Inches(2.35), Inches(5.15)), strict=True):
        column.width = width
    left._tc.get_or_add_tcPr().append(element("w:shd", val="clear", color="auto", fill="E7EEF5"))

    def para(cell, text: str = "", *, bold: bool = False, italic: bool = False, size: float | None = None,
             color: RGBColor | None = None, before: float = 0, style: str | None = None):
        p = cell.paragraphs[0] if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text else \
            cell.add_paragraph(style=style)
        if style and p.style.name != style:
            p.style = d.styles[style]
        p.paragraph_format.space_before = Pt(before)
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
            if color is not None:
                run.font.color.rgb = color
        return p

    def heading(cell, text: str) -> None:
        run = para(cell, before=14).add_run(text)
        run.bold, run.font.size, run.font.color.rgb, run.font.all_caps = True, Pt(11), accent, True
        run._r.get_or_add_rPr().append(element("w:spacing", val="30"))

    heading(left, "Contact")
    para(left, r["email"])
    para(left, r["phone"])
    heading(left, "Skills")
    for group, skills in r["skill_groups"].items():
        para(left, group, bold=True, size=9.5, before=5)
        for skill in skills:
            para(left, skill, style="List Bullet")
    heading(left, "Education")
    edu = r["education"][0]
    para(left, edu["institution"], bold=True)
    para(left, edu["degree"])
    para(left, _dash(edu["period"]), color=grey)
    para(left, edu["location"], color=grey)

    para(right, r["name"], bold=True, size=26, color=accent)
    headline = para(right).add_run(r["experience"][0]["title"])
    headline.font.size, headline.font.color.rgb, headline.font.all_caps = Pt(11), grey, True
    headline._r.get_or_add_rPr().append(element("w:spacing", val="40"))
    heading(right, "Profile")
    para(right, _profile(r))
    heading(right, "Experience")
    for e in r["experience"]:
        p = para(right, before=8)
        run = p.add_run(e["title"])
        run.bold, run.font.size, run.font.color.rgb = True, Pt(11.5), accent
        run = p.add_run(f" | {e['organization']}")
        run.font.size = Pt(11.5)
        para(right, f"{_dash(e['period'])}  ·  {e['location']}", size=9.5, color=grey)
        for b in e["bullets"]:
            para(right, b, style="List Bullet")
    heading(right, "Projects")
    for x in r["projects"]:
        p = para(right, before=6)
        p.add_run(x["name"]).bold = True
        p.add_run(f" — {x['text']}.")
        para(right, f"Tech: {', '.join(x['tech'])}", italic=True, size=9.5, color=grey)
    d.save(str(path))


def _linkedin_duration(period: str, now: tuple[int, int] = (2026, 2)) -> str:
    """LinkedIn's 'N yrs M mos' for a period, counting both end months, 'Present' as February 2026."""
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    def index(text: str) -> int:
        month, year = text.split()
        return int(year) * 12 + months.index(month)

    begin, end = period.split(" -- ")
    total = (now[0] * 12 + now[1] - 1 if end == "Present" else index(end)) - index(begin) + 1
    years, rest = divmod(total, 12)
    parts = [f"{years} yr{'s' if years > 1 else ''}"] if years else []
    parts += [f"{rest} mo{'s' if rest > 1 else ''}"] if rest else []
    return " ".join(parts)


def linkedin_text(r: dict) -> str:
    """A LinkedIn-style profile copied out as plain text: a headline, 'About', then each job as the title, 'Employer ·
    Full-time', 'Mar 2021 - Present · 4 yrs 11 mos', the place (with the work mode), the description; education,
    projects (with their 'Skills: a · b' line) and skills, one a line, in the same style."""
    deco = random.Random(f"{r['name']} linkedin")  # presentation only: the work modes are not in the truth
    e0 = r["experience"][0]
    out = [r["name"], f"{e0['title']} at {e0['organization']}", "", "Contact info", r["email"], r["phone"], "",
           "About", _profile(r), "", "Experience"]
    for e in r["experience"]:
        mode = "" if e["location"] == "Remote" else deco.choice(["", " · On-site", " · Hybrid"])
        out += [e["title"], f"{e['organization']} · {'Internship' if 'Intern' in e['title'] else 'Full-time'}",
                f"{e['period'].replace(' -- ', ' - ')} · {_linkedin_duration(e['period'])}", e["location"] + mode]
        out += [f"• {b}" for b in e["bullets"]] + [""]
    edu = r["education"][0]
    out += ["Education", edu["institution"], edu["degree"], edu["period"].replace(" -- ", " - "), edu["location"],
            "", "Projects"]
    for x in r["projects"]:
        out += [x["name"], f"{x['text']}.", f"Skills: {' · '.join(x['tech'])}", ""]
    out += ["Skills"] + [s for g in r["skill_groups"].values() for s in g]
    return "\n".join(out) + "\n"


_ICONS = {  # 24×24 outline icons drawn as inline SVG paths (no text in the PDF)
    "mail": "<rect x='3' y='5' width='18' height='14' rx='2'/><path d='M3 7l9 6 9-6'/>",
    "phone": "<path d='M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2'/>",
    "work": "<rect x='3' y='7' width='18' height='13' rx='2'/>"
            "<path d='M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2M3 13h18'/>",
    "school": "<path d='M2 9l10-5 10 5-10 5z'/><path d='M6 11v5c3 2 9 2 12 0v-5'/>",
    "code": "<path d='M8 7l-5 5 5 5M16 7l5 5-5 5M14 4l-4 16'/>",
    "tools": "<circle cx='12' cy='12' r='3'/>"
             "<path d='M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2'/>",
}


def _icon(name: str) -> str:
    return (f"<svg class=\"icon\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" "
            f"stroke-linecap=\"round\" stroke-linejoin=\"round\">{_ICONS[name]}</svg>")


def browser_timeline(r: dict) -> str:
    """A 'timeline' page from an online builder: a vertical line with a dot at each entry, the title with the dates
    right-aligned on its line, 'Employer | City' under it, '▸' bullets drawn by CSS, inline SVG icons before the
    contact items and the section headings, the skills in four columns (one group each, one skill a line)."""
    edu = r["education"][0]

    def event(title: str, period: str, where: str, inner: str) -> str:
        return (f"<div class=\"event\"><div class=\"row\"><h3>{esc(title)}</h3><span class=\"date\">{_dash(period)}"
                f"</span></div><p class=\"where\">{esc(where)}</p>{inner}</div>\n")

    jobs = "".join(event(e["title"], e["period"], f"{e['organization']} | {e['location']}",
                         f"<ul>{_li(e['bullets'])}</ul>") for e in r["experience"])
    projects = "".join(f"<div class=\"project\"><h3>{esc(x['name'])}</h3><p>{esc(x['text'])}.</p>"
                       f"<p class=\"stack\">{' / '.join(esc(t) for t in x['tech'])}</p></div>\n"
                       for x in r["projects"])
    skills = "".join(f"<div><h4>{g}</h4>{''.join(f'<p>{esc(s)}</p>' for s in ss)}</div>"
                     for g, ss in r["skill_groups"].items())
    css = """
@page { size: A4; margin: 14mm 16mm 12mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; font-size: 9.5pt;
       line-height: 1.4; color: #263238; }
header { text-align: center; margin-bottom: 5mm; }
header h1 { margin: 0; font-size: 25pt; font-weight: bold; color: #37474f; }
.headline { margin: 0.5mm 0 2.5mm; font-size: 11pt; color: #e65100; }
.contact { display: flex; justify-content: center; gap: 8mm; margin: 0; padding: 0; list-style: none;
           font-size: 9pt; }
.contact li { display: flex; align-items: center; gap: 1.5mm; margin: 0; padding: 0; }
.contact li::before { content: none; }
.icon { width: 4mm; height: 4mm; flex: none; color: #e65100; }
h2 { display: flex; align-items: center; gap: 2mm; margin: 5mm 0 3mm; font-size: 13pt; color: #37474f; }
h2 .icon { width: 5.5mm; height: 5.5mm; }
.timeline { position: relative; margin-left: 2.7mm; padding-left: 7mm; border-left: 2px solid #cfd8dc; }
.event { position: relative; margin-bottom: 4mm; }
.event::before { content: ""; position: absolute; left: -9.5mm; top: 1mm; width: 3.4mm; height: 3.4mm;
                 border-radius: 50%; background: #fff; border: 2px solid #e65100; }
.row { display: flex; justify-content: space-between; align-items: baseline; }
h3 { margin: 0; font-size: 11pt; font-weight: bold; }
.date { font-size: 9pt; color: #78909c; white-space: nowrap; }
.where { margin: 0.3mm 0 1mm; color: #546e7a; font-style: italic; }
ul { margin: 0; padding: 0; list-style: none; }
li { position: relative; margin: 0.6mm 0; padding-left: 4mm; }
li::before { content: "▸"; position: absolute; left: 0; color: #e65100; }
.project { margin: 0 0 3mm 9.7mm; }
.project p { margin: 0.3mm 0; }
.stack { font-size: 8.5pt; color: #78909c; }
.skills { display: grid; grid-template-columns: repeat(4, 1fr); column-gap: 5mm; margin-left: 9.7mm; }
h4 { margin: 0 0 1mm; font-size: 9.5pt; color: #e65100; }
.skills p { margin: 0.4mm 0; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['experience'][0]['title'])}</p>
<ul class="contact"><li>{_icon('mail')}{r['email']}</li><li>{_icon('phone')}{r['phone']}</li></ul>
</header>
<h2>{_icon('work')}Work Experience</h2>
<div class="timeline">
{jobs}</div>
<h2>{_icon('school')}Education</h2>
<div class="timeline">
{event(edu['degree'], edu['period'], f"{edu['institution']} | {edu['location']}", '')}</div>
<h2>{_icon('code')}Projects</h2>
{projects}<h2>{_icon('tools')}Skills</h2>
<div class="skills">{skills}</div>
"""
    return _page(f"{esc(r['name'])} | Resume", css, body)


def uk_cv_resume(r: dict, path: Path) -> None:
    """A British-style CV typed in Word with direct formatting (no heading styles): 'Curriculum Vitae' on top, a
    borderless 'Personal details' table (Name:, Email:, Telephone:), a personal statement, each job as one line
    '**Employer** — Title (dates), City' followed by a paragraph of prose (no bullets), 'IT skills' lines and
    'References available on request'."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.27), Inches(11.69)
    section.left_margin = section.right_margin = Inches(1)
    section.top_margin = section.bottom_margin = Inches(0.9)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    normal.paragraph_format.space_after = Pt(6)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(12), Pt(4)
        run = p.add_run(text)
        run.bold, run.underline, run.font.size = True, True, Pt(13)

    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("Curriculum Vitae")
    run.bold, run.font.size = True, Pt(18)
    heading("Personal details")
    table = d.add_table(rows=0, cols=2)
    for label, value in (("Name:", r["name"]), ("Email:", r["email"]), ("Telephone:", r["phone"])):
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Inches(1.5), Inches(4.7)
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    for column, width in zip(table.columns, (Inches(1.5), Inches(4.7)), strict=True):
        column.width = width
    heading("Personal statement")
    d.add_paragraph(_profile(r))
    heading("Employment history")
    for e in r["experience"]:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.add_run(e["organization"]).bold = True
        p.add_run(f" — {e['title']} ({_dash(e['period'])}), {e['location']}")
        d.add_paragraph(" ".join(f"{b}." for b in e["bullets"]))
    heading("Education and qualifications")
    edu = r["education"][0]
    p = d.add_paragraph()
    p.add_run(edu["institution"]).bold = True
    p.add_run(f" — {edu['degree']} ({_dash(edu['period'])}), {edu['location']}")
    heading("Projects")
    for x in r["projects"]:
        p = d.add_paragraph()
        p.add_run(x["name"]).bold = True
        tech = x["tech"]
        p.add_run(f" — {x['text']}. Technologies used: {', '.join(tech[:-1])} and {tech[-1]}.")
    heading("IT skills")
    for g, s in r["skill_groups"].items():
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.add_run(f"{g} – ").italic = True
        p.add_run(", ".join(s))
    heading("References")
    d.add_paragraph("Available on request.")
    d.save(str(path))


# ------------------------------------------------------------------------ dev-8 (was held-out-7) writers
# Five people who are not software engineers (a teacher, an accountant, a hospitality manager, a pharmacist, a
# maintenance technician). Their content is written by hand below, not drawn from the pools above (those are a
# software engineer's); the truth is still derived from the data, never from a rendering. Every person, employer,
# school, award and registration here is invented; the towns are real places or invented ones.

PEOPLE_7: dict[str, dict] = {
    "teacher_word": {
        "name": "Rosalind Pryce-Ellery", "email": "r.pryce-ellery@example.com", "phone": "07700 900314",
        "address": "14 Larkspur Close, Kettleford KF4 9QP",
        "profile": "Head of Mathematics with twelve years' experience teaching Key Stages 3 to 5 in comprehensive "
                   "and faith schools. I care about closing attainment gaps through careful sequencing, retrieval "
                   "practice and high expectations of every pupil, and I enjoy developing new colleagues.",
        "experience": [
            {"title": "Head of Mathematics", "department": "Mathematics Department",
             "organization": "Hollinsbrook Academy", "location": "Kettleford", "period": "September 2020 – Present",
             "bullets": [
                 "Lead a department of 11 teachers and 2 teaching assistants serving 1,240 pupils aged 11–18",
                 "Raised the proportion of GCSE grades 4 and above from 64% to 78% in three years (maths Progress 8 "
                 "of +0.41 in 2024)",
                 "Rewrote the KS3 scheme of work around mastery and weekly retrieval quizzes; 92% of pupils now "
                 "hand homework in on time",
                 "Mentor 3 Early Career Teachers and 2 PGCE trainees each year, all of whom have passed induction",
                 "Manage a £38,000 annual department budget, including the move to one online homework platform"]},
            {"title": "Second in Department", "department": "Mathematics Department",
             "organization": "St Aldric's Catholic High School", "location": "Marlow Vale",
             "period": "September 2016 – August 2020",
             "bullets": [
                 "Coordinated KS5 Mathematics and Further Mathematics for 96 students; the A-level A*–B rate rose "
                 "from 48% to 61%",
                 "Built a tracking spreadsheet in Excel used by 14 staff to flag underachievement every half term",
                 "Ran the Year 11 intervention programme (Saturday sessions for 45 pupils), lifting the borderline "
                 "pass rate by 17 percentage points"]},
            {"title": "Teacher of Mathematics", "department": "Mathematics Department",
             "organization": "Brackenfield Community College", "location": "Ashby Moor",
             "period": "September 2013 – August 2016",
             "bullets": [
                 "Taught 22 lessons a week across Years 7–13, including two GCSE foundation groups",
                 "Completed NQT induction in July 2014 and ran the lunchtime maths challenge club (38 certificates "
                 "in 2016)",
                 "Form tutor to a Year 9 group of 28 pupils; attendance improved from 91% to 95%"]},
        ],
        "education": [
            {"degree": "PGCE Secondary Mathematics (11–18) with QTS", "institution": "University of Westhollow",
             "location": "", "period": "2012 – 2013"},
            {"degree": "BSc (Hons) Mathematics, 2:1", "institution": "University of Caldermere", "location": "",
             "period": "2009 – 2012"},
        ],
        "qualifications": [("National Professional Qualification for Senior Leadership (NPQSL)", "2023"),
                           ("Qualified Teacher Status (QTS)", "2013")],
        "skill_groups": {
            "ICT": ["SIMS", "Microsoft Excel", "Google Classroom", "Sparx Maths", "Desmos", "GeoGebra"],
            "Teaching": ["Mastery curriculum design", "Retrieval practice", "Assessment for learning",
                         "Differentiation", "Behaviour management", "SEND provision"],
        },
        "projects": [],
    },
    "browser_accountant": {
        "name": "Adaeze Okafor-Lindell", "postnominal": "ACA", "email": "adaeze.okafor@example.com",
        "phone": "+44 7700 900582", "city": "Leeds, UK", "headline": "Finance Business Partner",
        "profile": "ICAEW Chartered Accountant with four years in audit and five in industry finance. I turn "
                   "numbers into decisions for commercial teams: forecasting, investment cases and cost control in "
                   "fast-moving consumer goods.",
        "experience": [
            {"title": "Senior Finance Business Partner", "organization": "Brackwater Foods plc",
             "location": "Leeds, UK", "period": "Apr 2023 – Present",
             "bullets": [
                 "Partner the Commercial Director on a £186m revenue portfolio across 4 national retail customers",
                 "Built a driver-based rolling forecast in Power BI and Excel, cutting the monthly reforecast from "
                 "6 working days to 2",
                 "Found £2.3m of trade-spend leakage through promotion post-evaluation; £1.4m recovered in FY24",
                 "Line-manage 2 finance analysts, both studying for CIMA"]},
            {"title": "Finance Business Partner", "organization": "Brackwater Foods plc", "location": "Leeds, UK",
             "period": "Jan 2021 – Mar 2023",
             "bullets": [
                 "Owned month-end for 2 manufacturing sites with a £74m cost base, closing on working day 4",
                 "Led the finance workstream of the SAP S/4HANA migration: 1,900 cost centres mapped, live on time",
                 "Modelled a £12m packaging-line investment (IRR 18%, payback 3.4 years) approved by the board"]},
            {"title": "Audit Senior", "organization": "Calder & Wyke LLP", "location": "Manchester, UK",
             "period": "Sep 2016 – Dec 2020",
             "bullets": [
                 "Ran year-end audits of 9 clients with turnover from £15m to £420m in manufacturing, retail and "
                 "the charity sector",
                 "Led site teams of up to 5 and presented findings to 3 audit committees",
                 "Passed all 15 ACA exams at the first attempt while training (qualified 2019)"]},
        ],
        "education": [{"degree": "BSc Accounting and Finance, First Class", "institution": "Aldermoor University",
                       "location": "Sheffield, UK", "period": "2013 – 2016"}],
        "skill_groups": {
            "Technical": ["IFRS", "UK GAAP", "Group consolidation", "Budgeting & forecasting", "Variance analysis",
                          "Investment appraisal"],
            "Systems": ["Advanced Excel", "SAP S/4HANA", "Power BI", "Oracle Hyperion", "Alteryx"],
        },
        "languages": ["English — native", "Igbo — conversational", "French — professional"],
        "certifications": ["ACA, ICAEW (2019)", "ICAEW Data Analytics Certificate (2022)"],
        "projects": [],
    },
    "word_hospitality": {
        "name": "Imogen Varga-Whitfield", "email": "imogen.vw@example.com", "phone": "07700 900721",
        "city": "Bristol",
        "profile": "Hands-on operations manager with ten years in hotels and restaurants, from banqueting floors to "
                   "multi-site leadership. Known for calm service recovery, tight labour control and teams that "
                   "stay: staff turnover in my current hotels is 24% against an industry figure near 30%.",
        "experience": [
            {"title": "Operations Manager", "organization": "Cobbled Quay Hotels", "location": "Bristol",
             "period": "March 2021 – Present",
             "bullets": [
                 "Oversee day-to-day operations of 3 boutique hotels: 212 rooms, 140 team members and £9.4m revenue",
                 "Lifted the average guest review score from 8.1 to 8.9 and repeat bookings by 22% in 18 months",
                 "Cut agency staffing spend by £310k a year by building a cross-trained bank of 35 casual staff",
                 "Delivered a £1.2m refurbishment of 64 rooms without a single lost trading day"]},
            {"title": "General Manager", "organization": "Pennant & Rowe Restaurants", "location": "Cardiff",
             "period": "June 2017 – February 2021",
             "bullets": [
                 "Ran a 180-cover restaurant and bar with 48 staff and £3.1m annual turnover",
                 "Grew covers by 17% year on year while holding labour cost at 28% of sales",
                 "Reopened within 10 days of each lockdown easing in 2020, moving 60% of orders to table ordering",
                 "Kept a 5-star food hygiene rating through three consecutive inspections"]},
            {"title": "Assistant Food & Beverage Manager", "organization": "Larkhill Leisure Ltd",
             "location": "Bath", "period": "August 2014 – May 2017",
             "bullets": [
                 "Managed breakfast and banqueting for a 120-bedroom hotel, up to 450 covers a day",
                 "Reduced food waste by 30% with par-level ordering and weekly stock takes"]},
        ],
        "volunteering": [("Harbourside Community Kitchen", "Volunteer Shift Lead", "January 2019 – Present",
                          "Coordinate 12 volunteers serving 150 hot meals every Saturday morning")],
        "awards": "Operations Manager of the Year, Westcountry Hospitality Awards 2023; Site of the Year, "
                  "Pennant & Rowe Restaurants 2019",
        "education": [{"degree": "BA (Hons) International Hospitality Management",
                       "institution": "Severnmouth University", "location": "Exeter",
                       "period": "September 2011 – June 2014"}],
        "qualifications": ["Personal Licence Holder (APLH)", "Level 3 Award in Supervising Food Safety",
                           "IOSH Managing Safely"],
        "skill_groups": {"Key skills": ["P&L management", "Revenue management", "Rota planning", "Opera PMS",
                                        "Fourth", "Microsoft Excel", "HACCP", "Recruitment and training"]},
        "projects": [],
    },
    "browser_pharmacist": {
        "name": "Gráinne O'Kinsella", "email": "grainne.okinsella@example.com", "phone": "+44 7700 900947",
        "city": "Leicester, UK", "headline": "Senior Clinical Pharmacist · Independent Prescriber",
        "profile": "Hospital pharmacist with ten years' experience across acute medicine, community pharmacy and "
                   "rotational posts. Independent prescriber running a pharmacist-led discharge clinic; interested "
                   "in medicines safety, antimicrobial stewardship and teaching.",
        "experience": [
            {"title": "Senior Clinical Pharmacist", "organization": "Charnwood Vale NHS Foundation Trust",
             "location": "Leicester", "period": "Mar 2021 – Present",
             "bullets": [
                 "Lead pharmacist for a 56-bed acute medical unit admitting around 70 patients a day",
                 "Prescribe in a pharmacist-led discharge clinic: 1,100 discharge prescriptions in 2024, median "
                 "turnaround down from 4.5 to 1.8 hours",
                 "Led a gentamicin dosing audit on 6 wards; use of the dosing nomogram rose from 71% to 93%",
                 "Supervise 4 foundation pharmacists and teach safe prescribing to 20 junior doctors a year"]},
            {"title": "Pharmacist Manager", "organization": "Meadowgate Pharmacy", "location": "Loughborough",
             "period": "Jun 2017 – Feb 2021",
             "bullets": [
                 "Managed a community pharmacy dispensing 11,000 items a month with a team of 9",
                 "Set up a flu vaccination service that gave 1,850 vaccinations in its first two seasons",
                 "Carried out over 600 New Medicine Service consultations a year"]},
            {"title": "Rotational Pharmacist", "organization": "Trentside University Hospitals NHS Trust",
             "location": "Nottingham", "period": "Aug 2015 – May 2017",
             "bullets": [
                 "Four 6-month rotations: surgery, care of the elderly, oncology and paediatrics",
                 "Completed 340 medicines reconciliations on the admissions unit, 98% accurate on audit"]},
            {"title": "Pre-registration Pharmacist", "organization": "Trentside University Hospitals NHS Trust",
             "location": "Nottingham", "period": "Jul 2014 – Jul 2015",
             "bullets": ["Passed the GPhC registration assessment at the first sitting (June 2015)"]},
        ],
        "licences": ["General Pharmaceutical Council (GPhC): Registered Pharmacist, no. 2219046, since August 2015",
                     "GPhC annotation: Independent Prescriber, 2022",
                     "Enhanced DBS certificate on the Update Service"],
        "education": [
            {"degree": "Postgraduate Diploma in General Pharmacy Practice", "institution": "Trentbridge University",
             "location": "Nottingham", "period": "2015 – 2017"},
            {"degree": "MPharm (Hons), 2:1", "institution": "University of Glenmorris", "location": "Aberdeen",
             "period": "2010 – 2014"},
        ],
        "development": ["Advanced Life Support (ALS) provider course, 2023",
                        "Antimicrobial stewardship e-learning and assessment, 2024",
                        "Clinical Leadership Programme (12 months), Charnwood Vale NHS Foundation Trust, 2022",
                        "Poster: 'Discharge prescriptions written by pharmacists', regional pharmacy conference, 2024"],
        "skill_groups": {
            "Clinical": ["Medicines reconciliation", "Therapeutic drug monitoring", "Antimicrobial stewardship",
                         "Anticoagulation", "Independent prescribing", "Clinical audit"],
            "Systems": ["Cerner Millennium EPMA", "ProScript Connect", "Microsoft Excel"],
        },
        "projects": [],
    },
    "technician_paste": {
        "name": "Kwabena Thorsby", "email": "k.thorsby@example.com", "phone": "07700 900263",
        "city": "Wolverhampton, West Midlands",
        "profile": "Multi-skilled maintenance technician (mechanical bias) with 12 years in packaging and bottling "
                   "plants. Happy on any shift pattern, strong on fault finding and planned maintenance, and used "
                   "to working with OEM engineers on new lines.",
        "experience": [
            {"title": "Multi-skilled Maintenance Technician", "organization": "Redfern Packaging Ltd",
             "location": "Wolverhampton", "period": "06/2019 - present",
             "bullets": [
                 "Maintain 14 high-speed carton and flow-wrap lines on a 4 on 4 off shift pattern",
                 "Raised line OEE from 71% to 83% by rebuilding the PM schedule in SAP PM (1,200 tasks)",
                 "Cut average breakdown response to under 12 minutes; unplanned downtime down 38% in 2 years",
                 "Commissioned 2 robotic palletisers with the OEM and trained 16 operators on them"]},
            {"title": "Maintenance Fitter", "organization": "Castlegate Bottling Co", "location": "Telford",
             "period": "03/2015 - 05/2019",
             "bullets": [
                 "Breakdown and planned maintenance on 3 bottling lines running 600 bottles a minute",
                 "Rebuilt filler valves and capper heads in-house, saving about £45k a year in OEM call-outs",
                 "Wrote 25 illustrated job instructions still used for line changeovers"]},
            {"title": "Apprentice Mechanical Fitter", "organization": "Hexley Engineering Ltd", "location": "Dudley",
             "period": "09/2011 - 02/2015",
             "bullets": [
                 "Four-year apprenticeship: machining, fabrication, pump and gearbox overhauls",
                 "Apprentice of the Year 2014 (one of 22 apprentices on site)"]},
        ],
        "education": [
            {"degree": "HNC Mechanical Engineering (part-time)", "institution": "Ambleforth College",
             "location": "Telford", "period": "09/2016 - 06/2018"},
            {"degree": "Level 3 Advanced Apprenticeship in Engineering Maintenance",
             "institution": "Blackbrook College",
             "location": "Dudley", "period": "09/2011 - 02/2015"},
        ],
        "tickets": ["18th Edition Wiring Regulations (BS 7671:2018)", "IPAF 3a/3b", "Counterbalance forklift (B1)",
                    "CSCS card", "Full UK driving licence"],
        "skill_groups": {"Skills": ["Mechanical fault finding", "Hydraulics and pneumatics",
                                    "Siemens S7 PLC diagnostics", "MIG/TIG welding", "Planned preventive maintenance",
                                    "SAP PM", "Root cause analysis", "Laser shaft alignment"]},
        "projects": [],
    },
}


def teacher_word_resume(r: dict, path: Path) -> None:
    """A UK teacher's CV in Word with its built-in styles: the name as 'Title', sections as 'Heading 1', each post
    as 'Title, Department' in bold with the dates after a right-aligned tab stop, the school and town in italics on
    the line below, 'List Bullet' paragraphs; qualifications laid out like the posts."""
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.27), Inches(11.69)
    section.left_margin = section.right_margin = Inches(0.9)
    section.top_margin = section.bottom_margin = Inches(0.8)
    width = section.page_width - section.left_margin - section.right_margin
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(11)
    normal.paragraph_format.space_after = Pt(2)

    def dated(left: str, when: str, below: str = "") -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(left).bold = True
        p.add_run("\t" + when)
        if below:
            d.add_paragraph().add_run(below).italic = True

    d.add_heading(r["name"], 0)
    d.add_paragraph(r["address"])
    d.add_paragraph(f"Mobile: {r['phone']}    Email: {r['email']}")
    d.add_heading("Personal Profile", 1)
    d.add_paragraph(r["profile"])
    d.add_heading("Teaching Experience", 1)
    for e in r["experience"]:
        dated(f"{e['title']}, {e['department']}", e["period"], f"{e['organization']}, {e['location']}")
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    d.add_heading("Qualifications", 1)
    for edu in r["education"]:
        dated(edu["degree"], edu["period"], edu["institution"])
    for text, year in r["qualifications"]:
        dated(text, year)
    d.add_heading("Skills", 1)
    for g, s in r["skill_groups"].items():
        p = d.add_paragraph()
        p.add_run(f"{g}: ").bold = True
        p.add_run(", ".join(s))
    d.add_heading("Additional Information", 1)
    d.add_paragraph("Full UK driving licence. Enhanced DBS certificate (Update Service).")
    d.add_paragraph("References available on request.")
    d.save(str(path))


def browser_accountant(r: dict) -> str:
    """A two-column builder page for a chartered accountant: a dark left sidebar (contact, skills by group,
    certifications, languages), the main column with the name and its post-nominal, a profile, the experience with
    one heading per employer and the roles under it (a promotion), and the education."""
    jobs: list[str] = []
    for e in r["experience"]:
        if not jobs or r["experience"][len(jobs) - 1]["organization"] != e["organization"]:
            jobs.append(f"<div class=\"employer\"><h3>{esc(e['organization'])}</h3>"
                        f"<span class=\"place\">{esc(e['location'])}</span></div>\n")
        else:
            jobs.append("")
        jobs[-1] += (f"<div class=\"role\"><div class=\"row\"><h4>{esc(e['title'])}</h4><span class=\"when\">"
                     f"{esc(e['period'])}</span></div><ul>{_li(e['bullets'])}</ul></div>\n")
    edu = r["education"][0]
    skills = "".join(f"<h5>{esc(g)}</h5><ul class=\"tags\">{_li(s)}</ul>" for g, s in r["skill_groups"].items())
    css = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; line-height: 1.4; color: #222; }
.page { display: grid; grid-template-columns: 64mm 1fr; min-height: 297mm; }
aside { padding: 14mm 7mm 10mm 9mm; background: #1e3a4c; color: #e8eef2; }
main { padding: 14mm 12mm 10mm 10mm; }
aside h2 { margin: 0 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #6f8a9b; font-size: 10pt;
           text-transform: uppercase; letter-spacing: .1em; color: #fff; }
aside section { margin-bottom: 7mm; }
aside p { margin: 0 0 1mm; }
h5 { margin: 2.5mm 0 1mm; font-size: 9pt; color: #9fd3c7; }
ul.tags { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 1.5mm; }
ul.tags li { padding: 0.6mm 2mm; border-radius: 2mm; background: #2f5368; font-size: 8.5pt; }
aside ul.plain { margin: 0; padding-left: 4mm; }
h1 { margin: 0; font-size: 24pt; color: #1e3a4c; }
.headline { margin: 1mm 0 5mm; font-size: 12pt; color: #2a7f6f; }
main h2 { margin: 6mm 0 3mm; font-size: 11pt; text-transform: uppercase; letter-spacing: .1em; color: #1e3a4c;
          border-bottom: 2px solid #2a7f6f; padding-bottom: 1mm; }
.employer { display: flex; justify-content: space-between; align-items: baseline; margin-top: 4mm; }
h3 { margin: 0; font-size: 11.5pt; color: #1e3a4c; }
.place { color: #666; font-size: 9pt; }
.role { margin: 1.5mm 0 0 3mm; }
.row { display: flex; justify-content: space-between; align-items: baseline; }
h4 { margin: 0; font-size: 10pt; font-style: italic; }
.when { font-size: 9pt; color: #2a7f6f; white-space: nowrap; }
main ul { margin: 1mm 0 0; padding-left: 5mm; }
main li { margin: 0.6mm 0; }
"""
    body = f"""
<div class="page">
<aside>
<section>
<h2>Contact</h2>
<p>{esc(r['email'])}</p>
<p>{esc(r['phone'])}</p>
<p>{esc(r['city'])}</p>
</section>
<section>
<h2>Skills</h2>
{skills}
</section>
<section>
<h2>Certifications</h2>
<ul class="plain">{_li(r['certifications'])}</ul>
</section>
<section>
<h2>Languages</h2>
<ul class="plain">{_li(r['languages'])}</ul>
</section>
</aside>
<main>
<h1>{esc(r['name'])}, {r['postnominal']}</h1>
<p class="headline">{esc(r['headline'])}</p>
<p>{esc(r['profile'])}</p>
<h2>Experience</h2>
{''.join(jobs)}<h2>Education</h2>
<div class="employer"><h3>{esc(edu['institution'])}</h3><span class="place">{esc(edu['location'])}</span></div>
<div class="role"><div class="row"><h4>{esc(edu['degree'])}</h4><span class="when">{esc(edu['period'])}</span></div>
</div>
</main>
</div>
"""
    return _page(f"{esc(r['name'])}, {r['postnominal']} — CV", css, body)


def word_hospitality_resume(r: dict, path: Path) -> None:
    """A Word CV for a hospitality manager: name and a contact line centred, headings in bold small capitals with
    a rule above, '**Employer — Title**' lines with 'City | Month YYYY – Month YYYY' in grey italics under them,
    Word list bullets, a Volunteering section, an 'Awards:' line, key skills in a two-column list. LibreOffice
    exports it to PDF."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    grey, wine = RGBColor(0x5F, 0x5F, 0x5F), RGBColor(0x7A, 0x1F, 0x3D)
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.27), Inches(11.69)
    section.left_margin = section.right_margin = Inches(0.85)
    section.top_margin = section.bottom_margin = Inches(0.7)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Serif", Pt(10.5)
    normal.paragraph_format.space_after = Pt(1)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(3)
        run = p.add_run(text)
        run.bold, run.font.size, run.font.small_caps, run.font.color.rgb = True, Pt(12.5), True, wine
        border = OxmlElement("w:pBdr")
        top = OxmlElement("w:top")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"), ("w:color", "7A1F3D")):
            top.set(qn(key), value)
        border.append(top)
        p._p.get_or_add_pPr().append(border)

    def entry(org: str, title: str, place: str, when: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.add_run(f"{org} — {title}").bold = True
        run = d.add_paragraph().add_run(f"{place} | {when}" if place else when)
        run.italic, run.font.color.rgb, run.font.size = True, grey, Pt(9.5)

    name = d.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = name.add_run(r["name"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(22), wine
    contact = d.add_paragraph(f"{r['city']}  •  {r['phone']}  •  {r['email']}")
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading("Profile")
    d.add_paragraph(r["profile"])
    heading("Experience")
    for e in r["experience"]:
        entry(e["organization"], e["title"], e["location"], e["period"])
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    heading("Volunteering")
    for org, role, when, text in r["volunteering"]:
        entry(org, role, "", when)
        d.add_paragraph(text, style="List Bullet")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Awards: ").bold = True
    p.add_run(r["awards"])
    heading("Key Skills")
    skills = [s for g in r["skill_groups"].values() for s in g]
    table = d.add_table(rows=(len(skills) + 1) // 2, cols=2)
    for i, skill in enumerate(skills):
        cell = table.cell(i % len(table.rows), i // len(table.rows))
        cell.paragraphs[0].style = d.styles["List Bullet"]
        cell.paragraphs[0].add_run(skill)
    heading("Education & Qualifications")
    for edu in r["education"]:
        entry(edu["institution"], edu["degree"], edu["location"], edu["period"])
    for q in r["qualifications"]:
        d.add_paragraph(q, style="List Bullet")
    d.save(str(path))


def browser_pharmacist(r: dict) -> str:
    """A single-column page from a healthcare CV builder: the name (with an apostrophe and a fada) over a teal
    headline and a contact line, headings with a short accent bar, each post as '**Employer, City** | Title |
    dates' on one line, 'Licences & Registrations' and 'Professional Development' lists, skills as two labelled
    lines with middle dots."""
    jobs = "".join(
        f"<div class=\"post\"><p class=\"head\"><b>{esc(e['organization'])}, {esc(e['location'])}</b> | "
        f"{esc(e['title'])} | <span class=\"when\">{esc(e['period'])}</span></p><ul>{_li(e['bullets'])}</ul></div>\n"
        for e in r["experience"])
    education = "".join(
        f"<p class=\"head\"><b>{esc(e['institution'])}, {esc(e['location'])}</b> | {esc(e['degree'])} | "
        f"<span class=\"when\">{esc(e['period'])}</span></p>\n" for e in r["education"])
    skills = "".join(f"<p><b>{esc(g)}:</b> {' · '.join(esc(s) for s in ss)}</p>" for g, ss in r["skill_groups"].items())
    css = """
@page { size: A4; margin: 15mm 17mm 14mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Serif", Georgia, serif; font-size: 9.5pt; line-height: 1.45; color: #1d2a2f; }
h1 { margin: 0; font-size: 22pt; font-weight: normal; letter-spacing: .02em; }
.headline { margin: 0.5mm 0 1mm; font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; color: #00796b; }
.contact { margin: 0 0 2mm; font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #555; }
h2 { margin: 5mm 0 2mm; font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; font-weight: bold;
     text-transform: uppercase; letter-spacing: .08em; color: #00796b; }
h2::after { content: ""; display: block; width: 14mm; height: 0.8mm; margin-top: 1mm; background: #00796b; }
.post { margin-bottom: 2.5mm; }
p { margin: 0.5mm 0; }
.head { margin-top: 1.5mm; }
.when { color: #555; white-space: nowrap; }
ul { margin: 0.5mm 0 0; padding-left: 5mm; }
li { margin: 0.3mm 0; }
"""
    body = f"""
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<p class="contact">{esc(r['city'])} | {esc(r['phone'])} | {esc(r['email'])}</p>
<h2>Profile</h2>
<p>{esc(r['profile'])}</p>
<h2>Professional Experience</h2>
{jobs}<h2>Licences &amp; Registrations</h2>
<ul>{_li(r['licences'])}</ul>
<h2>Education</h2>
{education}<h2>Professional Development</h2>
<ul>{_li(r['development'])}</ul>
<h2>Skills</h2>
{skills}
"""
    return _page(f"{esc(r['name'])} | CV", css, body)


def technician_paste(r: dict) -> str:
    """A CV pasted into an application form's text box: ALL-CAPS headings, 'Title - Employer, City' then
    'MM/YYYY - present', hyphen bullets, skills and 'Tickets and licences' as hyphen lists."""
    out = [r["name"], f"{r['city']} | {r['phone']} | {r['email']}", "", "PROFILE", r["profile"], "",
           "EMPLOYMENT HISTORY"]
    for e in r["experience"]:
        out += [f"{e['title']} - {e['organization']}, {e['location']}", e["period"]]
        out += [f"- {b}" for b in e["bullets"]] + [""]
    out += ["SKILLS"] + [f"- {s}" for g in r["skill_groups"].values() for s in g] + [""]
    out += ["TICKETS AND LICENCES"] + [f"- {t}" for t in r["tickets"]] + ["", "EDUCATION AND TRAINING"]
    for edu in r["education"]:
        out += [f"{edu['degree']} - {edu['institution']}, {edu['location']}", edu["period"]]
    out += ["", "REFERENCES", "Available on request"]
    return "\n".join(out) + "\n"


def truth_7(r: dict, source: str) -> dict:
    """``truth`` for a hand-written person: the places only where the resume gives one."""
    record = truth(r, source)
    record["places"] = sorted({e["location"] for e in [*r["experience"], *r["education"]] if e["location"]})
    return record


# ------------------------------------------------------------------------------------ held-out-8 writers
# Five more hand-written people, none a software engineer (a product designer, a programme manager, a civil
# engineering graduate, a German warehouse operations manager, a growth marketer), each in a layout none of the
# earlier sets has. As for PEOPLE_7, the truth is derived from this data, never from a rendering; volunteering and
# student activities are not experience, internships and part-time jobs are. Every person, employer, school,
# project and award here is invented; the towns are real places or invented ones.

PEOPLE_8: dict[str, dict] = {
    "browser_designer": {
        "name": "Marisol Tenbrook", "headline": "Product & Visual Designer", "email": "marisol.tenbrook@example.com",
        "phone": "(503) 555-0186", "city": "Portland, OR", "website": "marisoltenbrook.example.com",
        "profile": "Designer with nine years across print, brand and digital product. I like messy problems: turning "
                   "research into flows people get right the first time, and building design systems that "
                   "engineers actually enjoy using.",
        "experience": [
            {"title": "Senior Product Designer", "organization": "Fieldnote Health", "location": "Portland, OR",
             "period": "2021 – Present",
             "bullets": [
                 "Lead designer for the patient app (iOS, Android and web) used by 310,000 members of 40 clinics",
                 "Redesigned care-plan onboarding after 14 moderated usability sessions; completion rose from 52% "
                 "to 81%",
                 "Built the Tidepool design system in Figma (180 components, tokens synced to code) with two "
                 "front-end engineers",
                 "Mentor two mid-level designers and run the fortnightly design critique"]},
            {"title": "Visual Designer", "organization": "Kettle & Pine Studio", "location": "Seattle, WA",
             "period": "2018 – 2021",
             "bullets": [
                 "Designed identities, packaging and websites for 25+ clients in food, outdoor and hospitality",
                 "Art-directed photo shoots and a 60-piece packaging range for a regional coffee roaster",
                 "Set up a shared web component kit that cut website builds from 6 weeks to 4"]},
            {"title": "Junior Graphic Designer", "organization": "Brightwater Print Co.", "location": "Tacoma, WA",
             "period": "2016 – 2018",
             "bullets": [
                 "Prepared print-ready files for brochures, signage and large-format vinyl; no reprints in 2017",
                 "Designed monthly menus and posters for 12 restaurant clients"]},
        ],
        "projects": [
            {"name": "Tidepool Design System", "tags": "Design system · Documentation",
             "text": "Fieldnote's component library and its documentation site: colour, type and spacing tokens "
                     "shared with the codebase."},
            {"name": "Harbor Lights Festival", "tags": "Brand identity · Wayfinding",
             "text": "Identity, signage and a 48-page programme for a three-day waterfront festival (pro bono, "
                     "2022)."},
            {"name": "Ferryday", "tags": "Concept app · UX research",
             "text": "A self-initiated concept for a calmer ferry timetable, tested with 8 daily commuters."},
        ],
        "education": [{"degree": "BFA, Graphic Design", "institution": "Cascadia College of Art & Design",
                       "location": "Portland, OR", "period": "2012 – 2016"}],
        "skill_groups": {
            "Expertise": ["UI/UX design", "Design systems", "Prototyping", "User research", "Brand identity",
                          "Typography"],
            "Software": ["Figma", "Adobe Illustrator", "Adobe InDesign", "After Effects"],
        },
        "levels": {"UI/UX design": 95, "Design systems": 90, "Prototyping": 85, "User research": 75,
                   "Brand identity": 90, "Typography": 85, "Figma": 95, "Adobe Illustrator": 90,
                   "Adobe InDesign": 80, "After Effects": 60},
        "languages": ["English", "Spanish (fluent)"],
        "recognition": ["Cascade Design Awards 2020, packaging shortlist"],
    },
    "word_pm_table": {
        "name": "Lorraine M. Castellucci", "postnominal": "PMP", "email": "lorraine.castellucci@example.com",
        "phone": "(614) 555-0173", "city": "Columbus, OH",
        "headline": "Senior Program Manager | Digital Transformation | Insurance & Healthcare",
        "profile": "PMP- and PRINCE2-certified program manager with 13 years delivering technology and operations "
                   "programs in insurance, logistics and healthcare. Known for landing multi-year portfolios on "
                   "budget, building PMOs from scratch, and keeping executives, vendors and frontline teams pulling "
                   "in the same direction.",
        "experience": [
            {"title": "Senior Program Manager", "organization": "Brightline Mutual Insurance",
             "location": "Columbus, OH", "period": "Jan 2019 – Present",
             "bullets": [
                 "Direct a $42M, three-year policy administration modernization program: 6 workstreams, 120 staff "
                 "and contractors",
                 "Stood up the enterprise PMO (intake, stage gates, a Power BI portfolio dashboard) now governing "
                 "34 projects",
                 "Delivered the first two releases on schedule and 4% under budget; retired 3 legacy mainframe "
                 "systems",
                 "Negotiated a fixed-price SOW with the core platform vendor, saving $1.8M against the first quote"]},
            {"title": "Project Manager", "organization": "Keystone Freight Partners", "location": "Pittsburgh, PA",
             "period": "Jun 2014 – Dec 2018",
             "bullets": [
                 "Managed 11 projects of up to $6M each, including a warehouse management system rollout to 9 "
                 "distribution centers",
                 "Cut go-live defects by 45% by introducing structured UAT and cutover rehearsals",
                 "Ran the weekly steering committee with the COO and 4 regional VPs"]},
            {"title": "Project Coordinator", "organization": "Allegheny Riverside Health System",
             "location": "Pittsburgh, PA", "period": "Aug 2011 – May 2014",
             "bullets": [
                 "Coordinated schedules, RAID logs and vendor invoices for an EHR go-live at 3 hospitals and 22 "
                 "clinics",
                 "Trained 140 clinical super-users on downtime procedures"]},
        ],
        "skill_groups": {
            "Core competencies": ["Program governance", "Portfolio planning", "Stakeholder management",
                                  "Risk & issue management", "Budgeting & forecasting", "Vendor management",
                                  "Agile & hybrid delivery", "Organizational change management",
                                  "Executive reporting"],
            "Tools": ["MS Project", "Smartsheet", "Jira", "Confluence", "Power BI", "ServiceNow SPM"],
        },
        "certifications": [("Project Management Professional (PMP)", "Project Management Institute", "2016"),
                           ("PRINCE2 Practitioner", "AXELOS", "2018"),
                           ("Certified ScrumMaster (CSM)", "Scrum Alliance", "2020")],
        "education": [
            {"degree": "Master of Business Administration (MBA)", "institution": "Three Rivers University",
             "location": "Pittsburgh, PA", "period": "2017"},
            {"degree": "B.S., Industrial Engineering", "institution": "Ohio Lakeshore University",
             "location": "Toledo, OH", "period": "2011"},
        ],
        "community": "Board Member & Treasurer, Olentangy Valley Youth Soccer Association (2020 – Present)",
        "projects": [],
    },
    "browser_graduate": {
        "name": "Elif Sandoval", "email": "elif.sandoval@example.com", "phone": "(520) 555-0148",
        "city": "Tucson, AZ",
        "objective": "Civil engineering senior (EIT) looking for an entry-level role in water resources or site "
                     "development from June 2026.",
        "education": [
            {"degree": "B.S. Civil Engineering, Minor in Hydrology", "institution": "Sonoran State University",
             "location": "Tucson, AZ", "period": "Expected May 2026",
             "gpa": "GPA 3.68/4.00, Dean's List (5 semesters)",
             "coursework": "Hydraulics, Hydrology, Geotechnical Engineering I–II, Structural Analysis, Reinforced "
                           "Concrete Design, Transportation Engineering, Engineering Economics",
             "thesis": "Infiltration of permeable pavers under monsoon storm intensities (advisor: Dr. R. "
                       "Almazán)"},
            {"degree": "Associate of Science", "institution": "Saguaro Bend Community College",
             "location": "Casa Grande, AZ", "period": "Aug 2020 – May 2022"},
        ],
        "experience": [
            {"section": "Internships", "title": "Civil Engineering Intern",
             "organization": "Mesquite & Rowe Engineering", "location": "Phoenix, AZ",
             "period": "May 2025 – Aug 2025",
             "bullets": [
                 "Drafted grading and drainage plan sheets in Civil 3D for 3 residential subdivisions (412 lots)",
                 "Ran Rational Method runoff calculations and sized 28 storm drain inlets, checked by the PE of "
                 "record",
                 "Joined 6 site visits to record as-built conditions and check erosion controls"]},
            {"section": "Internships", "title": "Water Resources Intern",
             "organization": "Rillito Basin Water District", "location": "Tucson, AZ",
             "period": "May 2024 – Aug 2024",
             "bullets": [
                 "Mapped 1,150 culverts in ArcGIS Pro from paper field inspection forms",
                 "Helped calibrate a HEC-RAS model of a 2.4-mile wash reach against 2021 high-water marks"]},
            {"section": "Part-time work", "title": "Undergraduate Lab Assistant",
             "organization": "SSU Geotechnical & Materials Lab", "location": "Tucson, AZ",
             "period": "Aug 2023 – Present",
             "bullets": [
                 "Prepare and break concrete cylinders and run Atterberg limits for 3 lab sections (75 students)",
                 "Keep the calibration records of 2 compression machines"]},
            {"section": "Part-time work", "title": "Shift Lead", "organization": "Copper Kettle Coffee",
             "location": "Casa Grande, AZ", "period": "Sep 2020 – May 2022",
             "bullets": ["Opened the store three mornings a week while studying full time; trained 5 new baristas"]},
        ],
        "projects": [
            {"name": "Cañada Wash Pedestrian Bridge",
             "text": "Senior capstone, team of 5: a 120 ft steel truss footbridge analysed in RISA-3D, with a $1.1M "
                     "cost estimate presented to city engineers."},
            {"name": "Campus Stormwater Audit",
             "text": "Surveyed 64 inlets, estimated 10-year storm runoff and proposed 3 bioswales (CE 340 term "
                     "project)."},
        ],
        "activities": [
            ("Project Manager, ASCE Concrete Canoe Team", "2024 – 2025",
             "Led 14 students through design, mix testing and casting; 4th of 18 at the regional conference"),
            ("Treasurer, Society of Hispanic Professional Engineers (SSU chapter)", "2023 – 2024",
             "Ran a $6,500 budget and organised two industry nights"),
            ("Volunteer builder, Desert Roots Housing Build", "2022 – Present", "Framing and roofing on 4 homes"),
        ],
        "skill_groups": {
            "Technical": ["AutoCAD Civil 3D", "HEC-RAS", "ArcGIS Pro", "RISA-3D", "MATLAB", "Microsoft Excel"],
            "Lab": ["Concrete cylinder testing", "Atterberg limits", "Sieve analysis", "Proctor compaction"],
        },
        "languages": "Spanish (fluent), Turkish (conversational)",
        "certifications": "EIT (passed FE Civil, January 2026); OSHA 10-Hour Construction",
    },
    "europass_lo": {
        "name": "Annika Schöllhammer", "address": "Am Holzhafen 7, 28217 Bremen (Germany)",
        "phone": "+49 421 5550 1843", "mobile": "+49 176 5550 2291", "email": "a.schoellhammer@example.com",
        "personal": "Sex Female | Date of birth 14/03/1989 | Nationality German",
        "applied_for": "Operations Manager Contract Logistics",
        "experience": [
            {"title": "Head of Warehouse Operations", "organization": "Nordhafen Kontraktlogistik GmbH",
             "location": "Bremen (Germany)", "period": "01/2018 – present",
             "sector": "Transport and logistics (contract logistics for automotive spare parts)",
             "bullets": [
                 "Responsible for 3 warehouses (62,000 m²) with 140 employees in three shifts and 11 team leaders",
                 "Introduction of SAP EWM with RF scanning: picking accuracy up from 99.1% to 99.8%",
                 "Overtime reduced by 27% with a new shift model agreed with the works council",
                 "Budget responsibility for EUR 9.6 million operating costs, monthly KPI reporting to the managing "
                 "director"]},
            {"title": "Shift Supervisor Inbound", "organization": "Weserbogen Spedition GmbH & Co. KG",
             "location": "Bremerhaven (Germany)", "period": "04/2013 – 12/2017",
             "sector": "Freight forwarding and port logistics",
             "bullets": [
                 "Leading a team of 24 for container unloading, goods receipt and quality inspection",
                 "Coordination of up to 90 inbound trucks per day in the yard management system",
                 "Company forklift instructor: trained 30 forklift drivers"]},
            {"title": "Trainee Supply Chain Planning", "organization": "Maaskade Distributie B.V.",
             "location": "Rotterdam (Netherlands)", "period": "09/2012 – 02/2013",
             "sector": "Wholesale distribution (Erasmus+ traineeship)",
             "bullets": [
                 "Transport planning support for 14 retail customers in the Benelux",
                 "Built an Excel tool for pallet space forecasting used by the planning team"]},
        ],
        "education": [
            {"degree": "Bachelor of Arts in Logistics Management", "institution": "Hochschule Weserland",
             "location": "Bremen (Germany)", "period": "10/2009 – 08/2012", "eqf": "EQF level 6",
             "detail": "Bachelor thesis: Cross-docking in the seaport hinterland (grade 1.3)"},
            {"degree": "Management assistant in freight forwarding (IHK)",
             "institution": "Berufsbildende Schulen Geestemünde", "location": "Bremerhaven (Germany)",
             "period": "08/2006 – 06/2009", "eqf": "EQF level 4",
             "detail": "Dual vocational training (Kauffrau für Spedition und Logistikdienstleistung)"},
        ],
        "mother_tongue": "German",
        "languages": [("English", ["C1", "C1", "B2", "B2", "C1"], "Cambridge English: Advanced (CAE), 2016"),
                      ("Dutch", ["B1", "B2", "B1", "A2", "A2"], "")],
        "organisational": "Leadership of large shift teams, good at planning capacity at short notice; gained as "
                          "head of warehouse operations and as the contact person between customers, the works "
                          "council and the shift teams.",
        "skill_groups": {
            "Job-related skills": ["Warehouse and yard management", "Lean warehousing (5S, Kaizen)",
                                   "Inventory control and cycle counting", "Shift and capacity planning",
                                   "Occupational health and safety"],
            "Digital skills": ["SAP EWM", "SAP S/4HANA MM", "Microsoft Excel", "Power BI"],
        },
        "driving_licence": "B, C1E",
        "certificates": ["Dangerous goods safety adviser (road), IHK, 2019",
                         "Forklift instructor (DGUV Grundsatz 308-001), 2015"],
        "projects": [],
    },
    "markdown_plain": {
        "name": "Nadia Ferreira-Holt", "headline": "Growth Marketing Manager", "email": "nadia.fholt@example.com",
        "phone": "(720) 555-0139", "city": "Denver, CO",
        "profile": "Growth marketer with ten years in direct-to-consumer brands and media. I run paid, lifecycle and "
                   "referral programs from the first test to the board slide, and I am happiest with a messy "
                   "spreadsheet and a clear number to move.",
        "experience": [
            {"title": "Growth Marketing Manager", "organization": "Harborline Outdoor Co.", "location": "Denver, CO",
             "period": "2022–present",
             "bullets": [
                 "Own paid, lifecycle and referral channels for a DTC outdoor gear brand with $38M online revenue",
                 "Grew email and SMS revenue from 18% to 29% of online sales with 22 automated Klaviyo flows",
                 "Cut blended CAC by 31% by moving budget from Meta prospecting to creator partnerships and search",
                 "Manage a team of 3 and a $4.5M annual media budget"]},
            {"title": "Senior Marketing Specialist", "organization": "Sproutly Meal Kits", "location": "Boulder, CO",
             "period": "2019–2022",
             "bullets": [
                 "Launched the referral program: 41,000 referred customers in year one at a CAC of $19",
                 "Ran 60+ A/B tests on landing pages and onboarding emails; trial-to-paid up from 34% to 46%",
                 "Built the weekly marketing dashboard in Looker Studio on top of BigQuery"]},
            {"title": "Marketing Coordinator", "organization": "Ridgeback Media Group", "location": "Chicago, IL",
             "period": "2016–2019",
             "bullets": [
                 "Scheduled social content for 9 magazine brands (1.2M combined followers)",
                 "Wrote and sent the weekly newsletter to 210,000 subscribers with a 38% open rate"]},
        ],
        "education": [{"degree": "B.A. Communications, Minor in Economics", "institution": "Lakeshore State University",
                       "location": "Chicago, IL", "period": "2012–2016"}],
        "skill_groups": {
            "Skills": ["Lifecycle & email marketing", "Paid social", "Paid search", "SEO & content strategy",
                       "A/B testing", "Marketing attribution", "Budget planning"],
            "Tools": ["HubSpot", "Klaviyo", "Google Analytics 4", "Looker Studio", "Google Ads", "Meta Ads Manager",
                      "SQL (BigQuery)", "Figma"],
        },
        "certifications": ["Google Ads Search Certification (2024)", "HubSpot Inbound Marketing (2021)"],
        "languages": "English (native), Portuguese (intermediate)",
        "projects": [{"name": "Trailhead Weekly",
                      "text": "a free newsletter of Colorado day hikes I write on Sundays; 4,200 subscribers"}],
    },
}



def browser_designer(r: dict) -> str:
    """A 'Canva-like' designer's page: a big name and headline over the main column, a right-hand tinted sidebar
    with a round photo placeholder (a CSS circle, no image), contact, skills as labelled bars (with percentages
    for one group), education, languages; each job as a date pill before the title, the employer in colour with
    the city, bullets; 'Selected Projects' with a coloured thumbnail block per project."""
    jobs = "".join(
        f"<div class=\"job\"><div class=\"head\"><span class=\"pill\">{esc(e['period'])}</span>"
        f"<h3>{esc(e['title'])}</h3></div><p class=\"org\"><span class=\"employer\">{esc(e['organization'])}</span>"
        f" <span class=\"city\">· {esc(e['location'])}</span></p><ul>{_li(e['bullets'])}</ul></div>\n"
        for e in r["experience"])
    projects = "".join(
        f"<div class=\"project\"><div class=\"thumb t{i}\"></div><div><h4>{esc(p['name'])}</h4>"
        f"<p class=\"tags\">{esc(p['tags'])}</p><p>{esc(p['text'])}</p></div></div>\n"
        for i, p in enumerate(r["projects"]))

    def bars(skills: list[str], percent: bool) -> str:
        return "".join(
            f"<div class=\"bar\"><div class=\"label\"><span>{esc(s)}</span>"
            + (f"<span class=\"pct\">{r['levels'][s]}%</span>" if percent else "")
            + f"</div><div class=\"track\"><div class=\"fill\" style=\"width: {r['levels'][s]}%\"></div></div></div>"
            for s in skills)

    groups = list(r["skill_groups"].items())
    skills = "".join(f"<section><h2>{esc(g)}</h2>{bars(s, i == 0)}</section>\n" for i, (g, s) in enumerate(groups))
    edu = "".join(f"<p class=\"degree\">{esc(e['degree'])}</p><p>{esc(e['institution'])}</p>"
                  f"<p class=\"muted\">{esc(e['location'])} | {esc(e['period'])}</p>" for e in r["education"])
    css = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", Helvetica, sans-serif; font-size: 8.6pt; line-height: 1.42;
       color: #33313b; }
.page { display: grid; grid-template-columns: 1fr 63mm; min-height: 297mm; }
main { padding: 15mm 9mm 10mm 14mm; }
aside { padding: 12mm 9mm 10mm 8mm; background: #f6ede6; }
h1 { margin: 0; font-size: 31pt; line-height: 1.05; font-weight: bold; color: #2d2a4a; letter-spacing: .01em; }
.headline { margin: 2mm 0 6mm; font-size: 12.5pt; color: #e0655a; letter-spacing: .05em; }
main h2 { margin: 6mm 0 3mm; font-size: 11pt; color: #2d2a4a; }
main h2::after { content: ""; display: block; width: 12mm; height: 1.2mm; margin-top: 1.2mm; border-radius: 1mm;
                 background: #e0655a; }
.job { margin-bottom: 3.5mm; }
.head { display: flex; align-items: center; gap: 2.5mm; }
.pill { padding: 0.4mm 2.4mm; border-radius: 3mm; background: #2d2a4a; color: #fff; font-size: 7.5pt;
        white-space: nowrap; }
h3 { margin: 0; font-size: 10.5pt; color: #2d2a4a; }
.org { margin: 0.8mm 0 0; }
.employer { color: #e0655a; font-weight: bold; }
.city { color: #8a8596; }
main ul { margin: 1mm 0 0; padding-left: 4.5mm; }
main li { margin: 0.5mm 0; }
main li::marker { color: #e0655a; }
.project { display: flex; gap: 3.5mm; margin-bottom: 3mm; }
.thumb { flex: none; width: 17mm; height: 17mm; border-radius: 2mm; }
.t0 { background: linear-gradient(135deg, #7fc8c2, #2d6e8e); }
.t1 { background: linear-gradient(135deg, #f7c873, #e0655a); }
.t2 { background: linear-gradient(135deg, #c3b6f2, #2d2a4a); }
h4 { margin: 0; font-size: 9.5pt; color: #2d2a4a; }
.tags { margin: 0.3mm 0; font-size: 7.5pt; color: #8a8596; text-transform: uppercase; letter-spacing: .06em; }
.project p { margin: 0.3mm 0; }
.photo { width: 36mm; height: 36mm; margin: 0 auto 7mm; border-radius: 50%; border: 1.5mm solid #fff;
         background: radial-gradient(circle at 50% 38%, #d9c6b8 0 22%, transparent 23%),
                     radial-gradient(ellipse at 50% 100%, #d9c6b8 0 45%, transparent 46%), #ebddd2; }
aside section { margin-bottom: 6mm; }
aside h2 { margin: 0 0 2.5mm; font-size: 9.5pt; color: #2d2a4a; text-transform: uppercase; letter-spacing: .12em; }
aside p { margin: 0 0 0.8mm; }
.bar { margin-bottom: 2mm; }
.bar .label { display: flex; justify-content: space-between; font-size: 8pt; }
.pct { color: #8a8596; }
.track { height: 1.6mm; margin-top: 0.6mm; border-radius: 1mm; background: #e5d6ca; }
.fill { height: 100%; border-radius: 1mm; background: #e0655a; }
.degree { font-weight: bold; color: #2d2a4a; }
.muted { color: #8a8596; }
aside ul { margin: 0; padding-left: 4mm; }
"""
    body = f"""
<div class="page">
<main>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<h2>About me</h2>
<p>{esc(r['profile'])}</p>
<h2>Experience</h2>
{jobs}<h2>Selected Projects</h2>
{projects}</main>
<aside>
<div class="photo"></div>
<section>
<h2>Contact</h2>
<p>{esc(r['phone'])}</p>
<p>{esc(r['email'])}</p>
<p>{esc(r['website'])}</p>
<p>{esc(r['city'])}</p>
</section>
{skills}<section>
<h2>Education</h2>
{edu}
</section>
<section>
<h2>Languages</h2>
<ul>{_li(r['languages'])}</ul>
</section>
<section>
<h2>Recognition</h2>
<ul>{_li(r['recognition'])}</ul>
</section>
</aside>
</div>
"""
    return _page(f"{esc(r['name'])} – Resume", css, body)


def word_pm_table_resume(r: dict, path: Path) -> None:
    """A US program manager's Word resume built from tables: the name with its post-nominal centred over a
    headline and a contact line, headings in navy capitals ruled underneath, 'Core Competencies' as a borderless
    three-column table of phrases with typed '▪' bullets and a 'Tools:' line, the experience as a borderless
    two-column table (the dates in the narrow left cell; the title in bold, 'Employer — City' in italics and
    Word list bullets in the right one), certifications and education as ruled tables."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    navy, grey = RGBColor(0x1F, 0x3A, 0x5F), RGBColor(0x55, 0x55, 0x55)
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.75)
    section.top_margin = section.bottom_margin = Inches(0.6)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Sans", Pt(10)
    normal.paragraph_format.space_after = Pt(1)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(4)
        run = p.add_run(text.upper())
        run.bold, run.font.size, run.font.color.rgb = True, Pt(11), navy
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "1F3A5F")):
            bottom.set(qn(key), value)
        border.append(bottom)
        p._p.get_or_add_pPr().append(border)

    def widths(table, inches: list[float]) -> None:
        table.autofit = False
        for column, w in zip(table.columns, inches, strict=True):  # the grid widths, which LibreOffice follows
            column.width = Inches(w)
        for row in table.rows:
            for cell, w in zip(row.cells, inches, strict=True):
                cell.width = Inches(w)

    def fill(cell, text: str, bold: bool = False) -> None:
        run = cell.paragraphs[0].add_run(text)
        run.bold = bold

    name = d.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name.paragraph_format.space_after = Pt(0)
    run = name.add_run(f"{r['name']}, {r['postnominal']}")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), navy
    headline = d.add_paragraph(r["headline"])
    headline.alignment = WD_ALIGN_PARAGRAPH.CENTER
    headline.runs[0].font.size = Pt(11)
    contact = d.add_paragraph(f"{r['city']}  •  {r['phone']}  •  {r['email']}")
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER
    contact.runs[0].font.color.rgb = grey
    heading("Professional Summary")
    d.add_paragraph(r["profile"])
    heading("Core Competencies")
    comp = r["skill_groups"]["Core competencies"]
    table = d.add_table(rows=(len(comp) + 2) // 3, cols=3)
    for i, phrase in enumerate(comp):
        fill(table.cell(i // 3, i % 3), f"▪ {phrase}")
    widths(table, [2.33, 2.33, 2.34])
    tools = d.add_paragraph()
    tools.paragraph_format.space_before = Pt(4)
    tools.add_run("Tools: ").bold = True
    tools.add_run(", ".join(r["skill_groups"]["Tools"]))
    heading("Professional Experience")
    table = d.add_table(rows=len(r["experience"]), cols=2)
    for row, e in zip(table.rows, r["experience"], strict=True):
        left, right = row.cells
        when = left.paragraphs[0].add_run(e["period"])
        when.font.color.rgb, when.font.size = grey, Pt(9.5)
        right.paragraphs[0].add_run(e["title"]).bold = True
        at = right.add_paragraph().add_run(f"{e['organization']} — {e['location']}")
        at.italic = True
        for b in e["bullets"]:
            right.add_paragraph(b, style="List Bullet")
        right.paragraphs[-1].paragraph_format.space_after = Pt(8)
    widths(table, [1.45, 5.55])
    heading("Certifications")
    table = d.add_table(rows=len(r["certifications"]) + 1, cols=3)
    table.style = d.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, ("Certification", "Issuing body", "Year"), strict=True):
        fill(cell, text, bold=True)
    for row, cert in zip(table.rows[1:], r["certifications"], strict=True):
        for cell, text in zip(row.cells, cert, strict=True):
            fill(cell, text)
    widths(table, [3.4, 2.8, 0.8])
    heading("Education")
    table = d.add_table(rows=len(r["education"]), cols=4)
    table.style = d.styles["Table Grid"]
    for row, edu in zip(table.rows, r["education"], strict=True):
        fill(row.cells[0], edu["degree"], bold=True)
        for cell, key in zip(row.cells[1:], ("institution", "location", "period"), strict=True):
            fill(cell, edu[key])
    widths(table, [2.9, 2.2, 1.2, 0.7])
    heading("Community Involvement")
    d.add_paragraph(r["community"])
    d.save(str(path))


def browser_graduate(r: dict) -> str:
    """A new graduate's one-page resume from a university careers template, printed by Chromium: a centred name
    and contact line, an objective, Education first (GPA, relevant coursework, honours thesis, a transfer from a
    community college), then 'Internships' and 'Part-time Work' as two sections with '**Title**, *Employer*' on
    the left and 'City | dates' on the right, 'Academic Projects', 'Leadership & Activities', and skills as
    'Technical:', 'Lab:', 'Languages:', 'Certifications:' lines."""

    def row(left: str, right: str) -> str:
        return f"<div class=\"row\"><span>{left}</span><span class=\"right\">{right}</span></div>"

    def jobs(section: str) -> str:
        return "".join(
            row(f"<b>{esc(e['title'])}</b>, <i>{esc(e['organization'])}</i>",
                f"{esc(e['location'])} | {esc(e['period'])}") + f"<ul>{_li(e['bullets'])}</ul>\n"
            for e in r["experience"] if e["section"] == section)

    education = ""
    for e in r["education"]:
        education += row(f"<b>{esc(e['institution'])}</b>, {esc(e['location'])}", esc(e["period"]))
        education += f"<p>{esc(e['degree'])}" + (f" · {esc(e['gpa'])}" if "gpa" in e else "") + "</p>"
        if "coursework" in e:
            education += f"<p><i>Relevant coursework:</i> {esc(e['coursework'])}</p>"
            education += f"<p><i>Honors thesis:</i> {esc(e['thesis'])}</p>"
        education += "\n"
    projects = "".join(f"<p class=\"item\"><b>{esc(p['name'])}</b> – {esc(p['text'])}</p>\n" for p in r["projects"])
    activities = "".join(row(f"<b>{esc(role)}</b>", esc(when)) + f"<ul><li>{esc(text)}</li></ul>\n"
                         for role, when, text in r["activities"])
    skills = "".join(f"<p><b>{esc(g)}:</b> {esc(', '.join(s))}</p>" for g, s in r["skill_groups"].items())
    css = """
@page { size: Letter; margin: 0.5in 0.6in; }
body { margin: 0; font-family: "Liberation Serif", "Times New Roman", serif; font-size: 10.5pt; line-height: 1.22;
       color: #000; }
h1 { margin: 0; text-align: center; font-size: 20pt; font-weight: bold; }
.contact { margin: 1mm 0 2mm; text-align: center; }
.objective { margin: 0 0 1mm; }
h2 { margin: 3.2mm 0 1.2mm; padding-bottom: 0.3mm; border-bottom: 1px solid #000; font-size: 11pt;
     text-transform: uppercase; letter-spacing: .04em; }
.row { display: flex; justify-content: space-between; margin-top: 1.2mm; }
.right { white-space: nowrap; padding-left: 4mm; }
p { margin: 0.2mm 0; }
.item { margin-top: 1mm; }
ul { margin: 0.3mm 0 0; padding-left: 5.5mm; }
li { margin: 0; }
"""
    body = f"""
<h1>{esc(r['name'])}</h1>
<p class="contact">{esc(r['city'])} · {esc(r['phone'])} · {esc(r['email'])}</p>
<p class="objective"><b>Objective:</b> {esc(r['objective'])}</p>
<h2>Education</h2>
{education}<h2>Internships</h2>
{jobs('Internships')}<h2>Part-time Work</h2>
{jobs('Part-time work')}<h2>Academic Projects</h2>
{projects}<h2>Leadership &amp; Activities</h2>
{activities}<h2>Skills</h2>
{skills}<p><b>Languages:</b> {esc(r['languages'])}</p>
<p><b>Certifications:</b> {esc(r['certifications'])}</p>
"""
    return _page(f"{esc(r['name'])} Resume", css, body)


def europass_fodt(r: dict) -> str:
    """A Europass CV (2013 layout) typed into LibreOffice Writer (flat ODT): a two-column table, the labels in blue
    upper case right-aligned in the narrow left column ('WORK EXPERIENCE', the dates '01/2018 – present'), the
    title, 'Employer, City (Country)', bullets and a 'Business or sector' line on the right; 'EQF level' flush
    right on the degree line; 'Mother tongue(s)', an 'Other language(s)' CEFR grid, 'Digital skills', 'Driving
    licence'. LibreOffice exports it to PDF."""
    t = _fodt_text

    def p(style: str, *parts: str) -> str:
        return f"<text:p text:style-name=\"{style}\">{''.join(parts)}</text:p>"

    def span(style: str, text: str) -> str:
        return f"<text:span text:style-name=\"{style}\">{t(text)}</text:span>"

    def bullets(lines: list[str]) -> str:
        return ("<text:list text:style-name=\"Squares\">"
                + "".join(f"<text:list-item>{p('Bullet', t(x))}</text:list-item>" for x in lines) + "</text:list>")

    def cell(content: str, style: str = "Cv.Cell", span_cols: int = 1) -> str:
        spanned = f" table:number-columns-spanned=\"{span_cols}\"" if span_cols > 1 else ""
        covered = "<table:covered-table-cell/>" * (span_cols - 1)
        return (f"<table:table-cell table:style-name=\"{style}\" office:value-type=\"string\"{spanned}>"
                f"{content or '<text:p/>'}"
                f"</table:table-cell>{covered}")

    def row(left: str, right: str) -> str:
        return f"<table:table-row>{cell(left)}{cell(right)}</table:table-row>"

    def section(label: str) -> str:
        return row(p("Section", t(label)), p("Rule", ""))

    rows = [row(p("CvTitle", "Curriculum Vitae"), ""),
            row(p("Label", "Personal information"), p("Name", t(r["name"]))),
            row("", p("Contact", t(r["address"])) + p("Contact", t(f"{r['phone']}    {r['mobile']}"))
                + p("Contact", t(r["email"])) + p("Personal", t(r["personal"]))),
            row(p("Label", "Job applied for"), p("Applied", t(r["applied_for"]))),
            section("Work experience")]
    for e in r["experience"]:
        rows.append(row(p("Date", t(e["period"])),
                        p("JobTitle", t(e["title"])) + p("Standard", t(f"{e['organization']}, {e['location']}"))
                        + bullets(e["bullets"]) + p("Sector", span("Strong", "Business or sector "), t(e["sector"]))))
    rows.append(section("Education and training"))
    for edu in r["education"]:
        rows.append(row(p("Date", t(edu["period"])),
                        p("JobTitle", t(edu["degree"]), "<text:tab/>", span("Eqf", edu["eqf"]))
                        + p("Standard", t(f"{edu['institution']}, {edu['location']}"))
                        + bullets([edu["detail"]])))
    rows.append(section("Personal skills"))
    rows.append(row(p("Label2", "Mother tongue(s)"), p("Applied", t(r["mother_tongue"]))))
    grid = ["<table:table table:name=\"Languages\" table:style-name=\"Lang\">"
            "<table:table-column table:style-name=\"Lang.A\"/>"
            "<table:table-column table:style-name=\"Lang.B\" table:number-columns-repeated=\"5\"/>",
            "<table:table-row>" + cell(p("LangHead", ""), "Lang.Head")
            + "".join(cell(p("LangHead", h), "Lang.Head", n) for h, n in (("UNDERSTANDING", 2), ("SPEAKING", 2),
                                                                           ("WRITING", 1)))
            + "</table:table-row>",
            "<table:table-row>" + cell(p("LangSub", ""), "Lang.Head")
            + "".join(cell(p("LangSub", h), "Lang.Head") for h in ("Listening", "Reading", "Spoken interaction",
                                                                    "Spoken production", ""))
            + "</table:table-row>"]
    for language, levels, certificate in r["languages"]:
        grid.append("<table:table-row>" + cell(p("LangName", t(language)), "Lang.Cell")
                    + "".join(cell(p("LangLevel", lv), "Lang.Cell") for lv in levels) + "</table:table-row>")
        if certificate:
            grid.append("<table:table-row>" + cell(p("LangName", ""), "Lang.Cell")
                        + cell(p("LangCert", t(certificate)), "Lang.Cell", 5) + "</table:table-row>")
    grid.append("</table:table>")
    rows.append(row(p("Label2", "Other language(s)"), "".join(grid) + p(
        "Note", "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user",
        "<text:line-break/>Common European Framework of Reference for Languages")))
    rows.append(row(p("Label2", "Organisational / managerial skills"), p("Standard", t(r["organisational"]))))
    for group, skills in r["skill_groups"].items():
        rows.append(row(p("Label2", t(group)), bullets(skills)))
    rows.append(row(p("Label2", "Driving licence"), p("Applied", t(r["driving_licence"]))))
    rows.append(section("Additional information"))
    rows.append(row(p("Label2", "Certifications"), bullets(r["certificates"])))
    rows.append(row(p("Label2", "References"), p("Standard", "Available on request")))
    content = ("<table:table table:name=\"CV\" table:style-name=\"Cv\"><table:table-column table:style-name=\"Cv.A\"/>"
               "<table:table-column table:style-name=\"Cv.B\"/>\n" + "\n".join(rows) + "\n</table:table>")
    blue, light = "#0e4194", "#1593cb"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>LibreOffice/7.4</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"
  style:font-pitch="variable"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"
  style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt" fo:color="#3f3a39" fo:language="en"
   fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.05cm"/>
 </style:style>
 <style:style style:name="CvTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="14pt" fo:color="{blue}"/>
 </style:style>
 <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-top="0.12cm"/>
  <style:text-properties fo:font-size="8pt" fo:color="{blue}" fo:text-transform="uppercase"/>
 </style:style>
 <style:style style:name="Section" style:family="paragraph" style:parent-style-name="Label">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Label2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-top="0.12cm"/>
  <style:text-properties fo:font-size="8.5pt" fo:color="{blue}"/>
 </style:style>
 <style:style style:name="Date" style:family="paragraph" style:parent-style-name="Label2">
  <style:paragraph-properties fo:margin-top="0.25cm"/>
 </style:style>
 <style:style style:name="Rule" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:line-height="0.12cm"
   fo:border-bottom="0.06pt solid {light}" fo:padding-bottom="0cm"/>
  <style:text-properties fo:font-size="2pt"/>
 </style:style>
 <style:style style:name="Name" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="16pt" fo:color="#26B4EA"/>
 </style:style>
 <style:style style:name="Contact" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Personal" style:family="paragraph" style:parent-style-name="Contact">
  <style:paragraph-properties fo:margin-top="0.15cm"/>
  <style:text-properties fo:color="{blue}"/>
 </style:style>
 <style:style style:name="Applied" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.12cm"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="JobTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.22cm" fo:keep-with-next="always">
   <style:tab-stops><style:tab-stop style:position="12.2cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="10.5pt" fo:color="{blue}"/>
 </style:style>
 <style:style style:name="Sector" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.08cm"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Standard"
  style:list-style-name="Squares"/>
 <style:style style:name="Note" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.1cm"/>
  <style:text-properties fo:font-size="7pt" fo:color="{blue}"/>
 </style:style>
 <style:style style:name="LangHead" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="7.5pt" fo:color="{blue}"/>
 </style:style>
 <style:style style:name="LangSub" style:family="paragraph" style:parent-style-name="LangHead">
  <style:text-properties fo:font-size="7pt"/>
 </style:style>
 <style:style style:name="LangName" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="9pt" fo:color="{blue}"/>
 </style:style>
 <style:style style:name="LangLevel" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
 </style:style>
 <style:style style:name="LangCert" style:family="paragraph" style:parent-style-name="LangLevel">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Strong" style:family="text"><style:text-properties fo:color="{blue}"/></style:style>
 <style:style style:name="Eqf" style:family="text">
  <style:text-properties fo:font-size="8.5pt" fo:color="#ffffff" fo:background-color="{light}"/>
 </style:style>
 <text:list-style style:name="Squares">
  <text:list-level-style-bullet text:level="1" text:bullet-char="▪">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.4cm"
     fo:text-indent="-0.35cm" fo:margin-left="0.4cm"/>
   </style:list-level-properties>
   <style:text-properties style:font-name="DejaVu Sans" fo:color="{light}"/>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Cv" style:family="table">
  <style:table-properties style:width="18.3cm" table:align="left"/>
 </style:style>
 <style:style style:name="Cv.A" style:family="table-column"><style:table-column-properties style:column-width="5.6cm"/>
 </style:style>
 <style:style style:name="Cv.B" style:family="table-column">
  <style:table-column-properties style:column-width="12.7cm"/>
 </style:style>
 <style:style style:name="Cv.Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding-left="0.2cm" fo:padding-right="0.2cm" fo:padding-top="0cm"
   fo:padding-bottom="0cm" fo:border="none"/>
 </style:style>
 <style:style style:name="Lang" style:family="table">
  <style:table-properties style:width="12.2cm" table:align="left" fo:margin-top="0.15cm"/>
 </style:style>
 <style:style style:name="Lang.A" style:family="table-column">
  <style:table-column-properties style:column-width="2.2cm"/>
 </style:style>
 <style:style style:name="Lang.B" style:family="table-column">
  <style:table-column-properties style:column-width="2cm"/>
 </style:style>
 <style:style style:name="Lang.Head" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #c0c0c0" fo:background-color="#eef3fa"/>
 </style:style>
 <style:style style:name="Lang.Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #c0c0c0"/>
 </style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.3cm"
   fo:margin-bottom="1.3cm" fo:margin-left="1.2cm" fo:margin-right="1.5cm"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body>
<office:text>
{content}
</office:text>
</office:body>
</office:document>
"""


def markdown_plain(r: dict) -> str:
    """A resume kept as Markdown and pasted as plain text: the name underlined with '=', a headline, a ' | '
    contact line, section headings underlined with '-', each job as 'Employer | Title | City | 2019–2022' on one
    line, '* ' bullets, a 'TOOLS:' line under the skills."""
    def heading(text: str) -> list[str]:
        return ["", text, "-" * len(text)]

    out = [r["name"], "=" * len(r["name"]), r["headline"], f"{r['city']} | {r['phone']} | {r['email']}"]
    out += heading("SUMMARY") + [r["profile"]]
    out += heading("EXPERIENCE")
    for i, e in enumerate(r["experience"]):
        out += ([""] if i else []) + [f"{e['organization']} | {e['title']} | {e['location']} | {e['period']}"]
        out += [f"* {b}" for b in e["bullets"]]
    out += heading("EDUCATION")
    out += [f"{e['institution']} | {e['degree']} | {e['location']} | {e['period']}" for e in r["education"]]
    out += heading("SKILLS") + [f"* {s}" for s in r["skill_groups"]["Skills"]]
    out += ["", f"TOOLS: {', '.join(r['skill_groups']['Tools'])}"]
    out += heading("CERTIFICATIONS") + [f"* {c}" for c in r["certifications"]]
    out += heading("SIDE PROJECTS") + [f"* {p['name']}: {p['text']}" for p in r["projects"]]
    out += heading("LANGUAGES") + [r["languages"]]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------------- dev-10 (held-out-10) writers
# Five more hand-written people, none a software engineer (a small animal veterinary surgeon, a specialist
# paramedic, a regional news editor, a construction site manager, a food-plant quality assurance manager), each in a
# layout none of the earlier sets has. As for PEOPLE_7 and PEOPLE_8, the truth is derived from this data, never from
# a rendering; volunteering and student activities are not experience, internships and part-time jobs are;
# certifications, licences, tickets, registrations and spoken languages are not skills. Every person, employer,
# school, project and award here is invented; the towns are real places.

PEOPLE_10: dict[str, dict] = {
    "browser_gdocs_vet": {
        "name": "Rowan Ellery-Hart", "headline": "Veterinary Surgeon · Small Animal Surgery",
        "address": ["27 Bootham Terrace", "York YO30 7DH"], "phone": "07700 900527",
        "email": "rowan.elleryhart@example.com",
        "profile": "RCVS-registered small animal vet with ten years in first-opinion and 24-hour hospital practice. "
                   "I do most of the soft tissue and orthopaedic surgery at a busy hospital, teach our new "
                   "graduates, and still enjoy a Tuesday evening of consults.",
        "experience": [
            {"title": "Senior Veterinary Surgeon & Surgical Lead", "organization": "Fenbridge Veterinary Hospital",
             "location": "York", "period": "JUNE 2021 – PRESENT",
             "bullets": [
                 "Operate four days a week: around 650 procedures a year, from TPLOs and fracture repair to "
                 "thoracotomies and complex wound reconstruction",
                 "Lead a surgical team of 3 vets and 6 registered veterinary nurses; wrote the hospital's "
                 "peri-operative checklist, adopted in all 4 branches",
                 "Cut surgical site infections from 4.1% to 1.6% after the audit listed under Projects",
                 "Take referrals for orthopaedics from 11 first-opinion practices in North Yorkshire"]},
            {"title": "Veterinary Surgeon", "organization": "Castlegate Vets", "location": "Harrogate",
             "period": "SEPTEMBER 2017 – MAY 2021",
             "bullets": [
                 "Consulted, operated and shared the out-of-hours rota at a busy 5-vet small animal practice",
                 "Set up the practice's abdominal ultrasound service (about 30 scans a month)",
                 "Ran the dental clinic: moved to full-mouth dental radiography for every anaesthetic"]},
            {"title": "Graduate Veterinary Surgeon", "organization": "Moorside Mixed Practice", "location": "Thirsk",
             "period": "JULY 2015 – AUGUST 2017",
             "bullets": [
                 "Mixed practice, about 70% small animal: consults, routine surgery and farm TB testing",
                 "Completed the RCVS Professional Development Phase in 14 months"]},
        ],
        "education": [
            {"degree": "Postgraduate Certificate in Advanced Veterinary Practice (Small Animal Surgery)",
             "institution": "Carrowmore University", "location": "", "period": "2018 – 2020",
             "text": "Part-time, by distance learning and practical workshops; modules in soft tissue and "
                     "orthopaedic surgery."},
            {"degree": "Bachelor of Veterinary Medicine (BVetMed)", "institution": "Whitlow University",
             "location": "London", "period": "SEPTEMBER 2010 – JUNE 2015",
             "text": "Final-year elective in small animal orthopaedics; class prize in clinical pathology."},
        ],
        "projects": [
            {"name": "Surgical site infection audit", "detail": "Clinical audit, 2022",
             "text": "Eighteen months of wound outcomes from 1,020 clean procedures; the changes it led to (clipping "
                     "in theatre prep, a 30-minute antibiotic window) are now hospital protocol."},
            {"name": "Graduate surgical skills course", "detail": "Teaching, 2023 – present",
             "text": "A six-evening wet-lab course in suturing, enterotomy and splenectomy for new graduates; 14 "
                     "vets trained so far."},
        ],
        "skill_groups": {
            "Skills": ["Soft tissue surgery", "Orthopaedic surgery", "Abdominal ultrasound", "Anaesthesia & analgesia",
                       "Emergency & critical care", "Dental radiography", "Client communication", "RxWorks"],
        },
        "licences": ["Member of the Royal College of Veterinary Surgeons (MRCVS), 2015",
                     "RCVS Advanced Practitioner in Small Animal Surgery, 2021"],
        "awards": ["Finalist, Surgeon of the Year, Northern Veterinary Awards 2023"],
        "volunteering": [{"title": "Volunteer Veterinary Surgeon", "organization": "Streetpaws Outreach",
                          "location": "Leeds", "period": "2019 – PRESENT",
                          "text": "A monthly free clinic for the dogs of people who are homeless: vaccinations, "
                                  "health checks and referrals."}],
        "languages": ["English (native)", "Swedish (conversational)"],
    },
    "word_paramedic": {
        "name": "Bethan Ashworth-Rhys", "headline": "Specialist Paramedic · Urgent and Emergency Care",
        "phone": "07700 900248", "email": "bethan.ashworthrhys@example.com", "city": "Poole, Dorset",
        "profile": "HCPC-registered paramedic with thirteen years in ambulance services, the last four as a "
                   "specialist paramedic seeing and treating patients in the community. Calm in a crisis, careful "
                   "with the notes, and keen to keep people out of hospital when home is the safer place.",
        "experience": [
            {"title": "Specialist Paramedic, Urgent & Emergency Care",
             "organization": "Wessex Coast Ambulance Service NHS Foundation Trust", "location": "Poole",
             "period": "March 2022 – Present",
             "summary": "Work from a rapid response car and the clinical hub, assessing and treating patients with "
                        "urgent illness or injury at home and referring them to community teams.",
             "bullets": [
                 "Discharge 68% of my patients safely at home or to community care (trust average 41%)",
                 "Close wounds, treat minor injuries and review falls with GP and frailty teams",
                 "Mentor 4 newly qualified paramedics a year and teach on the trust's clinical update days",
                 "Led the falls-pathway audit that added a same-day community referral route in Purbeck"]},
            {"title": "Paramedic", "organization": "Wessex Coast Ambulance Service NHS Foundation Trust",
             "location": "Bournemouth", "period": "September 2018 – February 2022",
             "summary": "Front-line emergency ambulance shifts across Bournemouth, Christchurch and the New "
                        "Forest.",
             "bullets": [
                 "Responded to around 1,400 emergency calls a year, from cardiac arrests to major trauma",
                 "Tactical commander's loggist at two major incidents, including a 2021 multi-vehicle collision on "
                 "the A35",
                 "Practice educator for 9 student paramedics from two universities"]},
            {"title": "Emergency Care Assistant", "organization": "Severn Borders Ambulance Service NHS Trust",
             "location": "Hereford", "period": "May 2012 – August 2015",
             "summary": "Crewed emergency ambulances with a paramedic across rural Herefordshire before training "
                        "as a paramedic.",
             "bullets": [
                 "Drove under blue lights on rural roads, about 900 incidents a year",
                 "Trained new starters in manual handling and vehicle checks"]},
        ],
        "education": [
            {"degree": "PGCert Urgent and Emergency Care", "institution": "Solent Downs University",
             "location": "Southampton", "period": "September 2020 – July 2021",
             "summary": "Part-time, alongside full-time shifts; minor illness, minor injury and clinical "
                        "decision-making modules."},
            {"degree": "BSc (Hons) Paramedic Science, First Class", "institution": "University of Glanmor",
             "location": "Cardiff", "period": "September 2015 – June 2018",
             "summary": "Dissertation on pre-hospital recognition of sepsis in older adults."},
        ],
        "skill_groups": {
            "Clinical": ["Advanced clinical assessment", "Minor illness and injury management",
                         "Wound closure (sutures, tissue adhesive)", "12-lead ECG interpretation",
                         "Cannulation and intraosseous access", "Major incident triage"],
            "Digital": ["Electronic patient care records (ePCR)", "SystmOne", "Microsoft Excel"],
        },
        "registration": ["HCPC registered Paramedic, PA0834216",
                         "Advanced Life Support (ALS) Provider, Resuscitation Council UK, 2024",
                         "Pre-Hospital Trauma Life Support (PHTLS), 2023",
                         "IHCD Emergency Response Driving, 2016", "Full UK driving licence with C1"],
        "volunteering": "Community First Responder trainer, Purbeck Community First Responders (2019 – present): a "
                        "monthly training evening for 22 volunteer responders.",
        "languages": "Welsh (fluent), English (native)",
        "projects": [],
    },
    "email_editor": {
        "name": "Imogen Saltmarsh", "headline": "Deputy News Editor | print and digital",
        "city": "Newcastle upon Tyne", "phone": "07700 900461", "email": "imogen.saltmarsh@example.com",
        "portfolio": "imogensaltmarsh.example.com/clips",
        "profile": "Regional journalist with twelve years on daily and weekly titles. I run a busy newsdesk, "
                   "rewrite under pressure, and know my way around court reporting, council budgets and the "
                   "Editors' Code. Looking for a news editor's job in the North East.",
        "experience": [
            {"title": "Deputy News Editor", "organization": "Tyneside Evening Chronicle",
             "location": "Newcastle upon Tyne", "period": "2021-present",
             "bullets": [
                 "Run the newsdesk four days a week: 9 reporters, 40+ stories a day across print, web and the app",
                 "Set up the live-blog rota for courts and breaking news; page views up 37% year on year",
                 "Plan the Saturday investigations slot with the editor and the data reporter",
                 "Legal check on court copy before it goes out, with the group's lawyers on call"]},
            {"title": "Features Writer & Sub-Editor", "organization": "Pennant, Vale & Morrow Publishing",
             "location": "Leeds", "period": "2017-2021",
             "bullets": [
                 "Wrote long reads and interviews for 3 regional lifestyle monthlies (combined 95,000 copies)",
                 "Subbed and laid out 24 pages a month in InDesign; moved the titles to a shared style guide"]},
            {"title": "Reporter", "organization": "Wearmouth Echo", "location": "Sunderland", "period": "2014-2017",
             "bullets": [
                 "Council, health and courts patch; broke the hospital parking-charge story picked up nationally",
                 "Passed the NCTJ National Qualification in Journalism in 2016"]},
            {"title": "Newsroom Intern", "organization": "Hexham Community Radio", "location": "Hexham",
             "period": "2013",
             "bullets": ["Summer internship: wrote and read hourly bulletins, recorded vox pops"]},
        ],
        "education": [
            {"degree": "NCTJ Diploma in Journalism (Gold Standard)", "institution": "Northern School of Journalism",
             "location": "Sheffield", "period": "2013-2014"},
            {"degree": "BA (Hons) English Literature, 2:1", "institution": "University of Harrowby",
             "location": "York", "period": "2010-2013"},
        ],
        "skill_groups": {
            "Skills": ["News editing", "Sub-editing", "Headline writing", "Live blogging", "Court reporting",
                       "Media law and the Editors' Code", "Teeline shorthand (110 wpm)", "Data journalism"],
            "Software": ["Adobe InDesign", "WordPress", "Atex", "Google Analytics", "Datawrapper"],
        },
        "projects": [{"name": "The Quayside Files", "period": "2020-present",
                      "text": "a fortnightly podcast on North East court and council stories that I co-host and "
                              "edit; 3,100 regular listeners"}],
        "awards": "Regional Press Awards 2022, Scoop of the Year (shortlisted)",
        "languages": "French (good working knowledge), Spanish (basic)",
    },
    "browser_site_manager": {
        "name": "Declan Moorcroft", "headline": "Senior Site Manager | Residential & Mixed-Use New Build",
        "city": "Bristol BS5", "phone": "07700 900733", "email": "declan.moorcroft@example.com",
        "licence": "Full UK driving licence",
        "profile": "Site manager with eleven years running new-build and refurbishment sites for main contractors "
                   "and a housebuilder, and six years on the tools as a carpenter before that. I hand over on time "
                   "because I plan the logistics early, keep subcontractors talking to each other and never let "
                   "safety slide to save a day.",
        "experience": [
            {"title": "Senior Site Manager", "organization": "Brennan, Shaw & Daughters Ltd", "location": "Bristol",
             "context": "main contractor, residential and mixed-use schemes of £15m–£40m",
             "period": "Apr 2020 – Present",
             "bullets": [
                 "Run sites of up to 140 operatives and 22 subcontract packages, reporting to the contracts manager",
                 "Delivered Harbourside Quarter (148 apartments, £32m) two weeks early with zero RIDDOR "
                 "reportable accidents",
                 "Write the construction phase plans, logistics plans and three-week look-ahead programmes",
                 "Chair weekly subcontractor coordination meetings and the client's monthly progress meeting",
                 "Took the site's average defects per plot at handover from 11 to 4 with a room-by-room "
                 "quality sign-off"]},
            {"title": "Site Manager", "organization": "Severnside Homes", "location": "Newport",
             "context": "regional housebuilder, 60–120 homes a year per site", "period": "Jun 2016 – Mar 2020",
             "bullets": [
                 "Built out 2 developments (210 homes in total) from groundworks to final handover",
                 "Managed the build programme, call-offs and a team of 2 assistant site managers",
                 "Scored 5 stars in the HBF customer satisfaction survey for three years running",
                 "Held NHBC build-quality inspections with no reportable items at 9 of 12 key stages"]},
            {"title": "Assistant Site Manager", "organization": "Kestrel Groundworks & Civils",
             "location": "Gloucester", "context": "groundworks and civils contractor",
             "period": "Aug 2013 – May 2016",
             "bullets": [
                 "Set out roads, drainage and plots on 5 residential schemes with a total station",
                 "Ran permits to dig and the temporary works register"]},
            {"title": "Carpenter & Site Joiner", "organization": "Hallam Brothers Joinery", "location": "Swindon",
             "context": "joinery subcontractor", "period": "Sep 2007 – Jul 2013",
             "bullets": [
                 "Apprentice from 2007 to 2010, then first- and second-fix carpenter on housing and schools",
                 "Chargehand for a gang of 6 carpenters from 2011"]},
        ],
        "projects": [
            {"name": "Harbourside Quarter", "period": "2021 – 2023",
             "text": "148 apartments in three blocks over a podium car park, Bristol; £32m, JCT Design and Build."},
            {"name": "St Anne's Mill Conversion", "period": "2020 – 2021",
             "text": "A listed Victorian mill turned into 46 flats and a ground-floor café, Bristol; £15m."},
            {"name": "Coldharbour Lane Primary School Extension", "period": "2018",
             "text": "An eight-classroom timber-frame extension built in the summer holidays, Newport; £3.4m."},
        ],
        "education": [
            {"degree": "HNC Construction and the Built Environment", "institution": "Cotswold Vale College",
             "location": "Cheltenham", "period": "2011 – 2013"},
            {"degree": "Level 3 NVQ Diploma in Site Carpentry", "institution": "Wiltshire Building Skills Centre",
             "location": "Swindon", "period": "2007 – 2010"},
        ],
        "skill_groups": {
            "Site management": ["Site set-up & logistics", "Programming & look-aheads", "Subcontractor coordination",
                                "Temporary works", "Quality inspections & snagging", "CDM 2015 compliance",
                                "Setting out"],
            "Software": ["Asta Powerproject", "Procore", "Microsoft Project", "Bluebeam Revu"],
        },
        "tickets": ["SMSTS (CITB), renewed 2024", "CSCS Black Card – Site Management",
                    "NEBOSH National Certificate in Construction Health and Safety", "First Aid at Work (3-day)",
                    "Temporary Works Supervisor (CITB)", "PASMA Towers for Users"],
        "interests": "Five-a-side football, and slowly restoring a 1970s narrowboat.",
    },
    "word_federal": {
        "name": "Teresa L. Vukovich", "address": "412 West Cloud Street, Salina, KS 67401",
        "phone": "(785) 555-0196", "email": "teresa.vukovich@example.com",
        "announcement": "FSIS-2026-0147 – Consumer Safety Inspector, GS-1862-09",
        "citizenship": "United States", "veterans": "No preference claimed",
        "federal_status": "Not a current or former federal civilian employee",
        "profile": "Food safety and quality assurance manager with twelve years in meat, dairy and ready-to-eat "
                   "food plants regulated by USDA FSIS and FDA. I write and verify HACCP and food safety plans, "
                   "lead plant audits, and work daily with inspection personnel on sanitation, labeling and "
                   "corrective actions.",
        "experience": [
            {"title": "Quality Assurance Manager", "organization": "Prairie Gold Foods, Inc.", "location": "Salina, KS",
             "street": "1400 Mill Road", "zip": "67401", "period": "03/2021 - Present", "hours": "45",
             "salary": "$96,500 per year", "supervisor": "Dana Whitfield, Plant Manager, (785) 555-0142",
             "contact": "Yes",
             "duties": "Manage the quality and food safety program of a USDA-inspected plant (Establishment "
                       "M-31420) producing 180,000 lb a day of cooked and raw sausage and deli meats for retail "
                       "and food-service customers. Lead a team of 2 supervisors and 14 technicians over three "
                       "shifts.",
             "bullets": [
                 "Reassessed and rewrote 6 HACCP plans and the Sanitation SOPs; no noncompliance records on HACCP "
                 "in the last 3 years",
                 "Raised the plant's SQF audit score from 88 to 97 (Excellent) in two audit cycles",
                 "Built a Listeria environmental monitoring program of 240 sites with zone-based trending",
                 "Led 2 voluntary product holds and the mock recalls (100% product traced within 2 hours)"]},
            {"title": "Quality Assurance Supervisor", "organization": "Prairie Gold Foods, Inc.",
             "location": "Salina, KS", "street": "1400 Mill Road", "zip": "67401", "period": "06/2017 - 02/2021",
             "hours": "45", "salary": "$71,000 per year", "supervisor": "Gregory Alcott, QA Director, "
                                                                        "(785) 555-0177",
             "contact": "Yes",
             "duties": "Supervised second-shift quality assurance for the cooked products lines.",
             "bullets": [
                 "Verified critical control points, cooking and cooling logs and pre-shipment reviews every shift",
                 "Trained 60 production employees a year in GMPs, allergen control and food defense",
                 "Cut customer complaints for foreign material by 52% with a metal detector and X-ray verification "
                 "program"]},
            {"title": "Quality Control Technician", "organization": "Heartland Valley Creamery",
             "location": "Manhattan, KS", "street": "2210 Dairy Lane", "zip": "66502",
             "period": "08/2013 - 05/2017", "hours": "40", "salary": "$18.50 per hour",
             "supervisor": "Lucia Romero, QC Lead, (785) 555-0121", "contact": "Contact me first",
             "duties": "Tested raw milk, finished cheese and cultured dairy products in the plant laboratory.",
             "bullets": [
                 "Ran antibiotic residue, butterfat, pH and coliform tests on incoming and finished product",
                 "Calibrated lab and line instruments and kept the records for state dairy inspections"]},
        ],
        "volunteer": {"organization": "Salina Community Food Pantry", "title": "Volunteer Food Safety Coordinator",
                      "period": "01/2019 - Present", "hours": "4",
                      "duties": "Train volunteers in safe food handling and keep the cold-storage temperature logs."},
        "education": [
            {"degree": "Bachelor of Science, Food Science and Industry", "institution": "Flint Hills State University",
             "location": "Manhattan, KS", "period": "05/2013",
             "detail": "GPA: 3.42 of 4.0 | Credits earned: 128 semester hours",
             "coursework": "Food Microbiology, Meat Science, Food Chemistry, Food Law and Regulation, Dairy "
                           "Processing, Statistics"},
            {"degree": "Associate of Science", "institution": "Smoky Hill Community College", "location": "Salina, KS",
             "period": "05/2011", "detail": "Credits earned: 64 semester hours", "coursework": ""},
        ],
        "certifications": ["HACCP Certification (meat and poultry), International HACCP Alliance, 2015",
                           "Preventive Controls Qualified Individual (PCQI), FSPCA, 2019",
                           "SQF Practitioner, SQF Institute, 2021",
                           "Better Process Control School, 2016"],
        "skill_groups": {
            "Technical skills": ["HACCP plan development", "Sanitation SOPs", "Listeria environmental monitoring",
                                 "Internal auditing", "Root cause analysis", "Statistical process control",
                                 "Allergen control", "Label review"],
            "Software": ["SAP QM", "SafetyChain", "Minitab", "Microsoft Excel"],
        },
        "languages": "Spanish – intermediate (reading and speaking)",
        "memberships": "Institute of Food Technologists (member since 2012)",
        "references": ["Dana Whitfield, Plant Manager, Prairie Gold Foods, Inc., (785) 555-0142",
                       "Dr. Alan Brightwater, Professor of Food Science, Flint Hills State University, "
                       "(785) 555-0110"],
        "projects": [],
    },
}



def browser_gdocs_vet(r: dict) -> str:
    """A Google Docs 'Serif'-like resume, its look rebuilt in HTML/CSS and printed by Chromium: the name huge
    in a serif face with the headline under it, the address, phone and email in a block at the right, the profile
    under a thin rule, headings in colour, each entry as '**Employer**, City — *Title*' with the dates on their own
    small upper-case line below, bullets; projects as '**Name** — *detail*', skills in three columns of bullets,
    licences, awards, volunteering in the job form and languages."""
    def entry(org: str, place: str, title: str, when: str, inner: str) -> str:
        where = f", {esc(place)}" if place else ""
        return (f"<div class=\"entry\"><h3><b>{esc(org)}</b>{where} — <i>{esc(title)}</i></h3>"
                f"<p class=\"when\">{esc(when)}</p>{inner}</div>\n")

    jobs = "".join(entry(e["organization"], e["location"], e["title"], e["period"], f"<ul>{_li(e['bullets'])}</ul>")
                   for e in r["experience"])
    edu = "".join(entry(e["institution"], e["location"], e["degree"], e["period"], f"<p>{esc(e['text'])}</p>")
                  for e in r["education"])
    vol = "".join(entry(e["organization"], e["location"], e["title"], e["period"], f"<p>{esc(e['text'])}</p>")
                  for e in r["volunteering"])
    projects = "".join(f"<div class=\"entry\"><h3><b>{esc(p['name'])}</b> — <i>{esc(p['detail'])}</i></h3>"
                       f"<p>{esc(p['text'])}</p></div>\n" for p in r["projects"])
    skills = "".join(f"<ul class=\"cols\">{_li(s)}</ul>" for s in r["skill_groups"].values())
    address = "<br>".join(esc(a) for a in r["address"])
    css = """
@page { size: Letter; margin: 0.6in 0.7in; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Serif", "Times New Roman", serif; font-size: 10.5pt; line-height: 1.35;
       color: #222; }
header { display: flex; justify-content: space-between; align-items: flex-start; }
h1 { margin: 0; font-size: 34pt; font-weight: normal; line-height: 1.05; color: #111; }
.headline { margin: 1.5mm 0 0; font-size: 12pt; color: #555; font-style: italic; }
.contact { margin: 1mm 0 0; text-align: right; font-size: 9.5pt; color: #444; line-height: 1.45; }
.profile { margin: 5mm 0 0; padding-top: 3mm; border-top: 0.5pt solid #bbb; }
h2 { margin: 6mm 0 2mm; font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; font-weight: bold;
     letter-spacing: .12em; color: #c0504d; break-after: avoid; }
.entry { margin: 0 0 3mm; break-inside: avoid; }
h3 { margin: 0; font-size: 11pt; font-weight: normal; }
.when { margin: 0.5mm 0 1mm; font-family: "Liberation Sans", Arial, sans-serif; font-size: 8pt; color: #777;
        letter-spacing: .04em; }
p { margin: 0; }
ul { margin: 0.5mm 0 0; padding-left: 5.5mm; }
li { margin: 0.4mm 0; }
ul.cols { columns: 3; column-gap: 8mm; }
ul.plain { padding-left: 5.5mm; }
"""
    body = f"""
<header>
<div>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
</div>
<p class="contact">{address}<br><b>{esc(r['phone'])}</b><br><b>{esc(r['email'])}</b></p>
</header>
<p class="profile">{esc(r['profile'])}</p>
<h2>EXPERIENCE</h2>
{jobs}<h2>EDUCATION</h2>
{edu}<h2>PROJECTS</h2>
{projects}<h2>SKILLS</h2>
{skills}
<h2>LICENCES &amp; MEMBERSHIPS</h2>
<ul class="plain">{_li(r['licences'])}</ul>
<h2>AWARDS</h2>
<ul class="plain">{_li(r['awards'])}</ul>
<h2>VOLUNTEERING</h2>
{vol}<h2>LANGUAGES</h2>
<p>{esc(', '.join(r['languages']))}</p>
"""
    return _page(f"{esc(r['name'])} - Resume", css, body)


def word_paramedic_resume(r: dict, path: Path) -> None:
    """A UK paramedic's Word CV: the name in large bold type (no 'Title' style), a headline and contact line,
    sections in Word's 'Heading 2'; each post as the dates on a grey line of their own, the title in bold with
    Word's All Caps font effect (the text itself is in mixed case), 'Employer · Town' in italics, a short paragraph
    and 'List Bullet' paragraphs; education in the same form; skills as '**Group** — a; b; c' paragraphs;
    registration and certificates as bullets, a volunteering paragraph, languages and a references line."""
    import docx
    from docx.shared import Inches, Pt, RGBColor

    grey = RGBColor(0x66, 0x66, 0x66)
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.27), Inches(11.69)
    section.left_margin = section.right_margin = Inches(0.8)
    section.top_margin = section.bottom_margin = Inches(0.7)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)

    def post(when: str, title: str, org: str, place: str, summary: str, bullets: list[str]) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(9), Pt(0)
        run = p.add_run(when)
        run.font.size, run.font.color.rgb = Pt(9.5), grey
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(title)
        run.bold, run.font.all_caps, run.font.size = True, True, Pt(11)
        d.add_paragraph().add_run(f"{org} · {place}").italic = True
        d.add_paragraph(summary)
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")

    name = d.add_paragraph()
    name.paragraph_format.space_after = Pt(0)
    run = name.add_run(r["name"])
    run.bold, run.font.size = True, Pt(24)
    headline = d.add_paragraph()
    run = headline.add_run(r["headline"])
    run.font.size, run.font.color.rgb = Pt(12.5), RGBColor(0x1F, 0x5C, 0x8A)
    d.add_paragraph(f"{r['city']}  |  {r['phone']}  |  {r['email']}")
    d.add_heading("Profile", 2)
    d.add_paragraph(r["profile"])
    d.add_heading("Employment", 2)
    for e in r["experience"]:
        post(e["period"], e["title"], e["organization"], e["location"], e["summary"], e["bullets"])
    d.add_heading("Education", 2)
    for e in r["education"]:
        post(e["period"], e["degree"], e["institution"], e["location"], e["summary"], [])
    d.add_heading("Skills", 2)
    for g, s in r["skill_groups"].items():
        p = d.add_paragraph()
        p.add_run(g).bold = True
        p.add_run(" — " + "; ".join(s))
    d.add_heading("Registration and Certificates", 2)
    for c in r["registration"]:
        d.add_paragraph(c, style="List Bullet")
    d.add_heading("Volunteering", 2)
    d.add_paragraph(r["volunteering"])
    d.add_heading("Languages", 2)
    d.add_paragraph(r["languages"])
    d.add_heading("References", 2)
    d.add_paragraph("References available on request.")
    d.save(str(path))


def email_editor(r: dict) -> str:
    """A CV pasted into the body of an email as plain text: no heading markup, sections as 'Work history:' with a
    colon, each job as '2019-2023  Employer (Town) — Title' with two spaces after the dates, '* ' achievements,
    education in the same form, skills and software as comma lines after their labels, a references line."""
    out = [r["name"], r["headline"], f"{r['city']} · {r['phone']} · {r['email']}", f"Clips: {r['portfolio']}", "",
           "Profile:", r["profile"], "", "Work history:", ""]
    for e in r["experience"]:
        out += [f"{e['period']}  {e['organization']} ({e['location']}) — {e['title']}"]
        out += [f"* {b}" for b in e["bullets"]] + [""]
    out += ["Education:", ""]
    out += [f"{e['period']}  {e['institution']} ({e['location']}) — {e['degree']}" for e in r["education"]]
    out += ["", f"Skills: {', '.join(r['skill_groups']['Skills'])}",
            f"Software: {', '.join(r['skill_groups']['Software'])}", ""]
    out += ["Side project:"] + [f"* {p['name']} ({p['period']}): {p['text']}" for p in r["projects"]] + [""]
    out += [f"Awards: {r['awards']}", f"Languages: {r['languages']}", "",
            "References: from my current editor and from Pennant, Vale & Morrow, on request."]
    return "\n".join(out) + "\n"


def browser_site_manager(r: dict) -> str:
    """A two-page UK construction CV printed by Chromium: a name and headline band, a contact line, then every
    section as a CSS grid with a narrow left date column; each job as '**Employer** – Title' on one line (an en
    dash), a grey 'Town · context' line, bullets; a forced page break inside the experience, with a running 'Name
    — CV, page 2' line at the top of the second page; a 'Project history' in the same grid, education, tickets in
    two columns, skills as labelled rows, interests and a references line."""
    def row(when: str, inner: str) -> str:
        return f"<div class=\"when\">{esc(when)}</div><div class=\"what\">{inner}</div>\n"

    jobs = []
    for i, e in enumerate(r["experience"]):
        inner = (f"<h3><b>{esc(e['organization'])}</b> – {esc(e['title'])}</h3>"
                 f"<p class=\"ctx\">{esc(e['location'])} · {esc(e['context'])}</p><ul>{_li(e['bullets'])}</ul>")
        if i == 2:  # the writer pushed the third job to page 2 so that it is not split
            jobs.append(f"</div>\n<p class=\"running\">{esc(r['name'])} — CV, page 2</p>\n<div class=\"grid\">\n")
        jobs.append(row(e["period"], inner))
    projects = "".join(row(p["period"], f"<h3><b>{esc(p['name'])}</b></h3><p>{esc(p['text'])}</p>")
                       for p in r["projects"])
    edu = "".join(row(e["period"], f"<h3><b>{esc(e['institution'])}</b> – {esc(e['degree'])}</h3>"
                                   f"<p class=\"ctx\">{esc(e['location'])}</p>") for e in r["education"])
    skills = "".join(row(g, f"<p>{esc(', '.join(s))}</p>") for g, s in r["skill_groups"].items())
    css = """
@page { size: A4; margin: 14mm 15mm 14mm 15mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4;
       color: #1d1d1d; }
.band { padding: 5mm 6mm; background: #f2b705; }
h1 { margin: 0; font-size: 24pt; letter-spacing: .02em; color: #1d1d1d; }
.headline { margin: 1mm 0 0; font-size: 11.5pt; font-weight: bold; }
.contact { margin: 2.5mm 0 0; color: #444; }
h2 { margin: 6mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #1d1d1d; font-size: 11pt;
     text-transform: uppercase; letter-spacing: .08em; }
.grid { display: grid; grid-template-columns: 30mm 1fr; column-gap: 5mm; row-gap: 3.5mm; }
.when { font-size: 9pt; color: #555; padding-top: 0.5mm; }
.what h3 { margin: 0; font-size: 10.5pt; font-weight: normal; }
.ctx { margin: 0.3mm 0 0; font-size: 9pt; color: #666; font-style: italic; }
p { margin: 0; }
ul { margin: 1mm 0 0; padding-left: 4.5mm; }
li { margin: 0.5mm 0; }
.running { break-before: page; margin: 0 0 4mm; padding-bottom: 1mm; border-bottom: 0.5pt solid #999;
           font-size: 8.5pt; color: #777; text-align: right; }
ul.tickets { columns: 2; column-gap: 8mm; }
"""
    body = f"""
<div class="band">
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
</div>
<p class="contact">{esc(r['city'])}  ·  {esc(r['phone'])}  ·  {esc(r['email'])}  ·  {esc(r['licence'])}</p>
<h2>Profile</h2>
<p>{esc(r['profile'])}</p>
<h2>Employment history</h2>
<div class="grid">
{''.join(jobs)}</div>
<h2>Project history</h2>
<div class="grid">
{projects}</div>
<h2>Education &amp; training</h2>
<div class="grid">
{edu}</div>
<h2>Tickets &amp; cards</h2>
<ul class="tickets">{_li(r['tickets'])}</ul>
<h2>Skills</h2>
<div class="grid">
{skills}</div>
<h2>Interests</h2>
<p>{esc(r['interests'])}</p>
<p style="margin-top: 4mm">References from current and previous employers are available on request.</p>
"""
    return _page(f"{esc(r['name'])} CV", css, body)


def word_federal_resume(r: dict, path: Path) -> None:
    """A US federal-style resume typed in Word for a USAJOBS application: the name centred over the address and
    contact, a block of labelled lines (citizenship, veterans' preference, federal status, the announcement),
    then each job as labelled lines in direct formatting ('**Employer:** X', 'Address:', '**Title:** Y',
    'Dates:', 'Hours per week:', 'Salary:', 'Supervisor:', 'May we contact your supervisor?'), a 'Duties,
    accomplishments and related skills:' paragraph and Word list bullets; a volunteer post in the same labelled
    form; education with credits, GPA and coursework; certifications, skills as labelled comma lines, languages,
    memberships, references. Headings are bold capitals in Normal paragraphs (no heading styles)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(1)
    section.top_margin = section.bottom_margin = Inches(0.8)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(11)
    normal.paragraph_format.space_after = Pt(0)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(12), Pt(4)
        run = p.add_run(text)
        run.bold, run.underline = True, True

    def label(name: str, value: str, bold_value: bool = False) -> None:
        p = d.add_paragraph()
        p.add_run(f"{name}: ").bold = True
        p.add_run(value).bold = bold_value

    for text, size, bold in ((r["name"], 16, True), (r["address"], 11, False),
                             (f"Phone: {r['phone']}  |  Email: {r['email']}", 11, False)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold, run.font.size = bold, Pt(size)
    d.add_paragraph()
    label("Job Announcement Number", r["announcement"])
    label("Citizenship", r["citizenship"])
    label("Veterans' Preference", r["veterans"])
    label("Federal Status", r["federal_status"])
    heading("SUMMARY OF QUALIFICATIONS")
    d.add_paragraph(r["profile"])
    heading("WORK EXPERIENCE")
    for i, e in enumerate(r["experience"]):
        if i:
            d.add_paragraph()
        label("Employer", e["organization"], bold_value=True)
        label("Address", f"{e['street']}, {e['location']} {e['zip']}")
        label("Title", e["title"], bold_value=True)
        label("Dates", e["period"])
        label("Hours per week", e["hours"])
        label("Salary", e["salary"])
        label("Supervisor", e["supervisor"])
        label("May we contact your supervisor?", e["contact"])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        p.add_run("Duties, accomplishments and related skills: ").bold = True
        p.add_run(e["duties"])
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    heading("VOLUNTEER EXPERIENCE")
    v = r["volunteer"]
    label("Organization", v["organization"], bold_value=True)
    label("Title", v["title"], bold_value=True)
    label("Dates", v["period"])
    label("Hours per week", v["hours"])
    p = d.add_paragraph()
    p.add_run("Duties: ").bold = True
    p.add_run(v["duties"])
    heading("EDUCATION")
    for i, e in enumerate(r["education"]):
        if i:
            d.add_paragraph()
        p = d.add_paragraph()
        p.add_run(f"{e['institution']}, {e['location']}").bold = True
        d.add_paragraph(f"{e['degree']} – {e['period']}")
        d.add_paragraph(e["detail"])
        if e["coursework"]:
            label("Relevant coursework", e["coursework"])
    heading("CERTIFICATIONS AND JOB-RELATED TRAINING")
    for c in r["certifications"]:
        d.add_paragraph(c, style="List Bullet")
    heading("SKILLS")
    for g, s in r["skill_groups"].items():
        label(g, ", ".join(s))
    heading("ADDITIONAL INFORMATION")
    label("Language skills", r["languages"])
    label("Professional memberships", r["memberships"])
    heading("REFERENCES")
    for ref in r["references"]:
        d.add_paragraph(ref)
    d.save(str(path))


# ------------------------------------------------------------------- dev-11 (dev-11 and held-out-11) writers
# Six more hand-written people (a backend software engineer, a US registered nurse, a logistics coordinator, a
# retail store manager moving into operations, a teacher becoming an instructional designer, a postdoctoral
# ecologist), each in a layout none of the earlier sets has. Built by someone who had not read the parser and did not
# run it on these files; the split of each file was fixed in FIXTURES before any of them was generated. As for
# PEOPLE_7, PEOPLE_8 and PEOPLE_10, the truth is derived from this data, never from a rendering; volunteering and
# student activities are not experience, internships and part-time jobs are; certifications, licences, tickets,
# registrations and spoken languages are not skills; publications and grants are not projects. Every person,
# employer, school, project, journal and award here is invented; the towns are real places.

PEOPLE_11: dict[str, dict] = {
    "browser_awesome_se": {
        "name": "Élodie Marchand-Vogt", "first": "Élodie", "last": "Marchand-Vogt",
        "positions": ["Backend Engineer", "Distributed Systems", "Payments"],
        "contact": ["Berlin, Germany", "+49 151 2760 4481", "elodie.marchand-vogt@example.com",
                    "github.com/elodie-mv", "linkedin.com/in/elodie-marchand-vogt"],
        "summary": "Backend engineer with six years of building payment and booking systems in Go and Kotlin. I like "
                   "boring, observable services, careful data migrations and teams that ship small changes often.",
        "experience": [
            {"title": "Senior Backend Engineer", "organization": "Kranich Mobility GmbH", "location": "Berlin, Germany",
             "period": "Mar. 2022 – Present",
             "bullets": [
                 "Lead a team of 5 engineers owning the fare-quote and booking services (Go, gRPC), 4,000 "
                 "requests/s at peak",
                 "Split the booking monolith into 6 services around a Kafka event bus; deploys went from weekly to "
                 "30+ a day",
                 "Cut p99 latency of the fare-quote API from 820 ms to 140 ms with request coalescing and a Redis "
                 "read-through cache",
                 "Introduced SLOs and error budgets for 14 services; paging alerts down 60% in two quarters"]},
            {"title": "Software Engineer, Payments", "organization": "Tessellate Pay B.V.",
             "location": "Amsterdam, Netherlands", "period": "Sep. 2019 – Feb. 2022",
             "bullets": [
                 "Built the SEPA Direct Debit collection service in Kotlin and Spring Boot, processing €1.2B a year "
                 "for 9,000 merchants",
                 "Designed idempotent retries for card settlements, removing about 300 duplicate payouts a month",
                 "Moved 40 TB of ledger data from MySQL to PostgreSQL with zero downtime using dual writes and "
                 "backfills"]},
            {"title": "Software Engineering Intern", "organization": "Atelier Onze SAS", "location": "Lyon, France",
             "period": "Apr. 2019 – Aug. 2019",
             "bullets": [
                 "Wrote a Python/FastAPI service that syncs stock levels for 120 shops, replacing a nightly CSV "
                 "import",
                 "Added contract tests to the order API, catching 11 breaking changes before release"]},
        ],
        "education": [
            {"degree": "M.Sc. in Computer Science (Distributed Systems)", "institution": "Université de Valmont",
             "location": "Grenoble, France", "period": "Sep. 2017 – Aug. 2019",
             "bullets": ["Thesis: Consistent hashing under churn for edge caches (17/20)"]},
            {"degree": "B.Sc. in Mathematics and Computer Science", "institution": "Université de Bellecombe",
             "location": "Lyon, France", "period": "Sep. 2014 – Jun. 2017", "bullets": []},
        ],
        "skill_groups": {
            "Languages": ["Go", "Kotlin", "Python", "SQL"],
            "Frameworks": ["Spring Boot", "gRPC", "FastAPI"],
            "Cloud & DevOps": ["AWS", "Kubernetes", "Terraform"],
            "Data": ["PostgreSQL", "Kafka"],
        },
        "honors": [
            ("2023", "Winner, payments track", "Spree Engineering Hack Days", "Berlin, Germany"),
            ("2019", "Best Master's Thesis in Computer Science", "Université de Valmont", "Grenoble, France"),
        ],
        "projects": [
            {"name": "ledgerlint", "text": "A linter that checks double-entry invariants in SQL migrations; 600 "
                                           "stars on GitHub.",
             "tech": ["Go", "PostgreSQL", "GitHub Actions"]},
            {"name": "Quaybus", "text": "An open-data departure board for Berlin's ferries, with push alerts for "
                                        "delays.",
             "tech": ["Python", "FastAPI", "Redis"]},
        ],
    },
    "word_header_nurse": {
        "name": "Danielle M. Ferreira", "postnominal": "BSN, RN", "city": "Sacramento, CA 95818",
        "phone": "(916) 555-0143", "email": "danielle.ferreira@example.com",
        "summary": "Registered nurse with nine years at the bedside, the last six in cardiac telemetry and "
                   "step-down. Charge nurse and preceptor on a 32-bed unit; calm with unstable patients, strict "
                   "about the sepsis bundle, and good at teaching families what to expect after discharge.",
        "experience": [
            {"title": "Charge Nurse", "unit": "Cardiac Step-Down Unit",
             "organization": "Riverbend Regional Medical Center", "location": "Sacramento, CA",
             "period": "June 2021 to Present",
             "bullets": [
                 "Run the 32-bed unit on three 12-hour night shifts a week: assignments for 9 RNs and 4 CNAs, "
                 "admissions and bed flow",
                 "Care for 4 patients a shift after PCI, CABG and ablation, titrating heparin, amiodarone and "
                 "diltiazem drips",
                 "Precepted 11 new graduate nurses; all completed orientation and 10 are still on the unit",
                 "Led the unit's CAUTI project: catheter days down 27% and no CAUTIs for 14 months"]},
            {"title": "Registered Nurse", "unit": "Medical-Surgical/Telemetry",
             "organization": "Mercy Oaks Community Hospital", "location": "Roseville, CA",
             "period": "August 2017 to May 2021",
             "bullets": [
                 "Cared for 5 to 6 telemetry patients a shift on a 36-bed unit",
                 "Super-user for the 2019 Epic go-live; trained 40 staff in barcode medication administration",
                 "Floated to the ICU for 9 months on the COVID-19 surge team in 2020–2021"]},
            {"title": "Licensed Vocational Nurse", "unit": "Long-Term Care",
             "organization": "Golden Poppy Care Center, LLC", "location": "Elk Grove, CA",
             "period": "March 2014 to July 2017",
             "bullets": [
                 "Passed medications and treatments for 30 residents a shift",
                 "Halved pressure injuries on my hall with a two-hourly turning board"]},
        ],
        "licences": [
            "Registered Nurse, California Board of Registered Nursing, License RN 95328417, exp. 11/2027",
            "Progressive Care Certified Nurse (PCCN), AACN, 2022",
            "ACLS and BLS, American Heart Association, current",
            "NIH Stroke Scale Certification, 2024",
        ],
        "education": [
            {"degree": "Bachelor of Science in Nursing (BSN)", "institution": "Western Sierra University",
             "location": "Sacramento, CA", "period": "August 2018 to May 2020"},
            {"degree": "Associate Degree in Nursing (ADN)", "institution": "Delta Oaks Community College",
             "location": "Stockton, CA", "period": "August 2015 to June 2017"},
        ],
        "skill_groups": {
            "Skills": ["Telemetry and 12-lead ECG interpretation", "Cardiac drip titration", "Post-PCI and CABG care",
                       "Sepsis bundle management", "Wound care", "Patient and family education", "Precepting",
                       "Epic EHR", "Pyxis MedStation"],
        },
        "languages": "Portuguese (conversational)",
        "projects": [],
    },
    "reportlab_builder": {
        "name": "Katarzyna Wróbel", "headline": "Logistics & Supply Chain Coordinator",
        "contact": ["Northampton, UK", "07700 900615", "k.wrobel@example.com", "linkedin.com/in/kwrobel-logistics"],
        "profile": "Supply chain coordinator with seven years in third-party logistics and retail distribution. I keep "
                   "inbound, stock and outbound moving for a 240,000 sq ft site, fix the process rather than the "
                   "symptom, and like a well-built spreadsheet more than I should.",
        "experience": [
            {"title": "Supply Chain Coordinator", "organization": "Halden & Roe Distribution Ltd",
             "location": "Daventry", "period": "Feb 2021 – Present",
             "bullets": [
                 "Coordinate inbound for 3 retail clients: 1,100 containers a year from 14 ports through 6 freight "
                 "forwarders",
                 "Raised on-time-in-full to stores from 91.4% to 97.8% by rebuilding the dock booking schedule",
                 "Cut demurrage and detention charges by £186,000 in 2023 with a daily container-release tracker",
                 "Key user for the SAP EWM rollout; trained 38 warehouse and transport staff"]},
            {"title": "Logistics Administrator", "organization": "Brightwater Freight Services",
             "location": "Northampton", "period": "Jun 2018 – Jan 2021",
             "bullets": [
                 "Prepared customs entries and export documents for about 220 shipments a month to the EU and the Gulf",
                 "Booked and tracked LTL and FTL loads with 25 hauliers; negotiated a 7% lower rate card in 2020",
                 "Wrote Brexit-readiness checklists for 40 exporting customers ahead of January 2021"]},
            {"title": "Part-time Warehouse Operative", "organization": "Corrigan Parcel Hub", "location": "Coventry",
             "period": "Sep 2015 – May 2018",
             "bullets": [
                 "Picked and packed up to 1,400 units a shift at peak, alongside full-time study",
                 "Counterbalance forklift driver and stock-count lead for the weekend shift"]},
        ],
        "education": [
            {"degree": "BSc (Hons) Logistics and Supply Chain Management, 2:1",
             "institution": "Mercia Valley University", "location": "Coventry", "period": "2015 – 2018",
             "text": "Dissertation on cross-docking for fast fashion returns."},
        ],
        "skill_groups": {
            "Skills": ["SAP EWM", "Inventory control", "Freight booking & tracking", "Customs documentation",
                       "Incoterms 2020", "Dock scheduling", "Advanced Excel (Power Query)", "Power BI"],
        },
        "certificates": ["CILT Level 3 Certificate in Logistics and Transport, 2020",
                         "Counterbalance forklift (B1), 2016"],
        "languages": ["Polish – native", "English – fluent", "German – basic"],
        "projects": [],
    },
    "indeed_export": {
        "name": "Brianna Castellanos", "city": "Columbus, OH", "email": "brianna.castellanos@example.com",
        "phone": "(614) 555-0178",
        "summary": "Retail store manager with 11 years in big-box and specialty retail, ready to bring P&L "
                   "ownership, inventory discipline and team building to a distribution or operations management "
                   "role.",
        "experience": [
            {"title": "Store Manager", "organization": "Buckeye Home & Hardware", "location": "Westerville, OH",
             "period": "March 2020 to Present",
             "lines": [
                 "- Run a $14.2M store with 62 associates and 4 assistant managers; sales up 18% in three years",
                 "- Cut shrink from 2.4% to 1.1% of sales with cycle counts, receiving audits and camera coverage "
                 "of the dock",
                 "- Rebuilt the weekly labor schedule around traffic counts, saving 1,900 payroll hours a year",
                 "- Piloted buy online, pick up in store for the district; 96% of orders ready within 2 hours"]},
            {"title": "Assistant Store Manager", "organization": "Tally's Outdoor Outfitters, Inc.",
             "location": "Dublin, OH", "period": "June 2016 to February 2020",
             "lines": [
                 "Managed receiving, stockroom and replenishment for a 38,000 sq ft store.",
                 "Led the annual physical inventory of 42,000 SKUs with 99.6% count accuracy.",
                 "Hired and trained 25 seasonal associates every year for the holiday peak."]},
            {"title": "Department Supervisor, Receiving & Stockroom", "organization": "Marketway Stores",
             "location": "Columbus, OH", "period": "August 2013 to May 2016",
             "lines": [
                 "- Supervised 9 associates unloading and working 4 trucks a week",
                 "- Reduced backstock by 30% with a bin-location system for the stockroom"]},
        ],
        "education": [
            {"degree": "Associate's degree in Supply Chain Management",
             "institution": "Scioto Valley Community College", "location": "Columbus, OH",
             "period": "January 2024 to Present"},
            {"degree": "Bachelor's degree in Business Administration", "institution": "Franklin Ridge University",
             "location": "Columbus, OH", "period": "August 2009 to May 2013"},
        ],
        "skill_groups": {
            "Skills": ["Inventory management", "Loss prevention", "Labor scheduling", "P&L management",
                       "Merchandising", "Microsoft Excel", "Team leadership", "Warehouse management systems"],
        },
        "skill_years": {"Inventory management": 11, "Loss prevention": 8, "Labor scheduling": 7, "P&L management": 5,
                        "Merchandising": 9, "Microsoft Excel": 6, "Team leadership": 8,
                        "Warehouse management systems": 2},
        "certifications": [("Lean Six Sigma Green Belt", "March 2023 to Present"),
                           ("OSHA 10-Hour General Industry", "October 2021 to Present"),
                           ("Forklift Operator Certification", "May 2022 to May 2025")],
        "additional": "Open to relocating within Ohio. Looking for a distribution center or operations management "
                      "role where store-level P&L and people experience count.",
        "projects": [],
    },
    "browser_functional": {
        "name": "Nadia Farrokhzad", "headline": "Instructional Designer | eLearning Developer",
        "contact": ["Toronto, ON", "416-555-0192", "nadia.farrokhzad@example.com", "nadiafdesigns.example.com"],
        "qualifications": [
            "Eight years planning, teaching and assessing Grades 7 and 8, now building e-learning for adult "
            "learners",
            "Completed an Instructional Design Certificate in 2023 and build courses in Storyline and Rise",
            "Fluent in ADDIE, backward design and writing measurable learning objectives",
            "At ease with subject-matter experts: turned 3 binders of safety procedures into a 25-minute course"],
        "relevant": [
            ("Instructional Design", [
                "Designed a 12-week blended literacy unit taught by 14 teachers in 5 schools",
                "Wrote learning objectives and assessment blueprints for 6 e-learning modules",
                "Reviewed learner surveys and LMS data; rebuilt 2 modules after completion fell below 70%"]),
            ("E-Learning Development", [
                "Built 9 Articulate Storyline and Rise modules for a logistics client, 3.5 hours of content in all",
                "Recorded 20+ Camtasia screencasts for staff moving to a new student information system",
                "Met WCAG 2.1 AA in every module: captions, alt text and full keyboard navigation"]),
            ("Facilitation & Assessment", [
                "Led 30+ professional development workshops for teachers, rated 4.7/5 on average",
                "Designed rubrics and performance tasks that cut marking time per assignment by about 40%"]),
        ],
        "experience": [
            {"title": "Junior Instructional Designer", "organization": "Kestrel & Finch Learning Inc.",
             "location": "Toronto", "period": "2024–present"},
            {"title": "Intermediate Teacher (Grades 7 & 8)", "organization": "Humber Ridge District School Board",
             "location": "Mississauga", "period": "2016–2024"},
            {"title": "Occasional Teacher", "organization": "Bronte Shores Catholic District School Board",
             "location": "Oakville", "period": "2014–2016"},
        ],
        "education": [
            {"degree": "Bachelor of Education (Primary/Junior)", "institution": "Trillium Bay University",
             "location": "Hamilton", "period": "2013–2014"},
            {"degree": "Honours Bachelor of Arts, English and History", "institution": "Georgian Shores University",
             "location": "Barrie", "period": "2009–2013"},
        ],
        "development": "Instructional Design Certificate, Lakeview School of Continuing Studies, 2023; Ontario "
                       "Certified Teacher (OCT)",
        "skill_groups": {
            "Relevant Skills": ["Instructional Design", "E-Learning Development", "Facilitation & Assessment"],
            "Technical Proficiencies": ["Articulate Storyline 360", "Articulate Rise 360", "Adobe Captivate",
                                        "Camtasia", "Canva", "Moodle", "SCORM Cloud"],
        },
        "projects": [
            {"name": "Safe Lifting in 20 Minutes",
             "text": "A scenario-based Storyline micro-course for warehouse staff, with branching practice and a "
                     "10-question check; built for a Kestrel & Finch client and shown with permission."},
            {"name": "First Week, Done Right",
             "text": "A Rise onboarding path for new occasional teachers: 6 short lessons, a checklist and a "
                     "knowledge check, piloted with 22 teachers."},
        ],
    },
    "word_academic_cv": {
        "name": "Tomás Echeverría", "title_line": "Curriculum Vitae",
        "contact": ["School of the Environment, Coralwood University, Townsville QLD 4811, Australia",
                    "tomas.echeverria@example.edu.au  ·  +61 7 5550 1187  ·  ORCID 0000-0002-1825-0097"],
        "education": [
            {"degree": "PhD, Ecology", "institution": "University of Kareela", "location": "Brisbane, Australia",
             "period": "2016–2020",
             "thesis": "Thesis: Drought refuges and the persistence of freshwater turtles in intermittent rivers. "
                       "Supervisors: Prof. Helen Marsh-Quayle and Dr Ravi Ohana."},
            {"degree": "MSc, Conservation Biology", "institution": "Universidad Austral de Valmira",
             "location": "Valdivia, Chile", "period": "2013–2015",
             "thesis": "Thesis: Occupancy of the Darwin's frog in fragmented temperate rainforest."},
            {"degree": "BSc, Biology", "institution": "Universidad del Pacífico Sur", "location": "Concepción, Chile",
             "period": "2008–2012",
             "thesis": "Honours thesis: Macroinvertebrate indicators of urban stream health."},
        ],
        "experience": [
            {"title": "Postdoctoral Research Fellow", "department": "School of the Environment",
             "organization": "Coralwood University", "location": "", "period": "2021–present",
             "text": "Lead the turtle-refuge field program in the northern Murray–Darling Basin; manage 2 field "
                     "technicians and a AU$310,000 budget."},
            {"title": "Research Assistant", "department": "Laboratorio de Ecología Acuática",
             "organization": "Universidad Austral de Valmira", "location": "", "period": "2015–2016",
             "text": "Ran amphibian and water-quality surveys at 48 wetland sites and managed the lab's field "
                     "database."},
        ],
        "grants": [
            ("2023", "Coralwood Early Career Researcher Grant (lead investigator), AU$48,000: “Where do turtles "
                     "wait out a drought?”"),
            ("2022", "Kareela Basin Authority Environmental Water Fund (co-investigator), AU$126,000"),
            ("2018", "Holloway Society for Freshwater Science student research award, AU$5,000"),
        ],
        "publications": [  # (authors and year, title, journal, volume and pages)
            ("Echeverría, T., Marsh-Quayle, H., & Ohana, R. (2024).",
             "Refuge pools sustain turtle populations through multi-year drought.",
             "Journal of Austral Freshwater Ecology", "39(2), 211–228."),
            ("Echeverría, T., Lindqvist, S., & Obi, C. (2023).",
             "Occupancy models for cryptic reptiles from camera-trap and eDNA data.", "Methods in Field Ecology",
             "14(6), 1402–1415."),
            ("Pradhan, A., Echeverría, T., & Marsh-Quayle, H. (2022).",
             "Environmental flows and the timing of turtle nesting.", "River Systems Letters", "8, 55–64."),
            ("Echeverría, T., & Ruiz-Tagle, C. (2016).",
             "Darwin's frog occupancy across a forest fragmentation gradient.", "Revista de Herpetología Austral",
             "21(1), 33–47."),
        ],
        "teaching": [
            ("2022–present", "Guest lecturer, ENV3104 Wetland Ecology, Coralwood University (6 lectures a year)"),
            ("2022–present", "Co-supervisor of 3 Honours students and 1 MPhil student"),
        ],
        "projects": [
            {"name": "Northern Basin Turtle Refuges Survey", "period": "2021–present",
             "text": "Radio-tracking 140 turtles of three species across 26 refuge pools to learn which pools must "
                     "hold water in a drought."},
            {"name": "Valdivian Wetland Amphibian Census", "period": "2014–2015",
             "text": "A two-season occupancy survey of 48 wetlands with 30 volunteer observers."},
        ],
        "skill_groups": {
            "Statistics": ["R (lme4, brms)", "Bayesian hierarchical models", "Occupancy modelling"],
            "GIS": ["QGIS", "ArcGIS Pro"],
            "Field methods": ["Radio telemetry", "Mark–recapture", "eDNA sampling"],
            "Data": ["Git", "Quarto"],
        },
        "languages": "Spanish (native), English (fluent)",
        "referees": [
            "Prof. Helen Marsh-Quayle, School of Biological Sciences, University of Kareela, "
            "h.marsh-quayle@example.edu.au",
            "Dr Ravi Ohana, Senior Lecturer, School of the Environment, Coralwood University, "
            "r.ohana@example.edu.au",
            "Dr Camila Ruiz-Tagle, Associate Professor, Universidad Austral de Valmira, cruiztagle@example.cl",
        ],
    },
}


def browser_awesome_se(r: dict) -> str:
    """The LaTeX 'Awesome-CV' look rebuilt in HTML/CSS and printed by Chromium: the name centred with the first
    name light and the surname bold, a coloured small-caps position line with '·' between the titles, a grey contact
    line with '|' separators (no icons), headings whose first three letters are coloured followed by a rule, each
    entry a two-row grid ('**Title**' / location in grey small caps, '*Employer*' / dates), bullets; projects with a
    one-line description and their stack, an 'Honors & Awards' table, skills as a two-column table of groups."""
    def heading(text: str) -> str:
        return f"<h2><span class=\"acc\">{esc(text[:3])}</span>{esc(text[3:])}</h2>\n"

    def entry(title: str, place: str, org: str, when: str, bullets: list[str]) -> str:
        items = f"<ul>{_li(bullets)}</ul>" if bullets else ""
        return (f"<div class=\"entry\"><div class=\"row\"><span class=\"title\">{esc(title)}</span>"
                f"<span class=\"loc\">{esc(place)}</span></div><div class=\"row\"><span class=\"org\">{esc(org)}"
                f"</span><span class=\"date\">{esc(when)}</span></div>{items}</div>\n")

    jobs = "".join(entry(e["title"], e["location"], e["organization"], e["period"], e["bullets"])
                   for e in r["experience"])
    edu = "".join(entry(e["degree"], e["location"], e["institution"], e["period"], e["bullets"])
                  for e in r["education"])
    projects = "".join(f"<div class=\"entry\"><div class=\"row\"><span class=\"title\">{esc(p['name'])}</span>"
                       f"<span class=\"loc\">{esc(' · '.join(p['tech']))}</span></div>"
                       f"<p class=\"desc\">{esc(p['text'])}</p></div>\n" for p in r["projects"])
    honors = "".join(f"<tr><td class=\"date\">{esc(year)}</td><td><b>{esc(award)}</b>, {esc(event)}</td>"
                     f"<td class=\"loc\">{esc(place)}</td></tr>" for year, award, event, place in r["honors"])
    skills = "".join(f"<tr><td class=\"group\">{esc(g)}</td><td>{esc(', '.join(s))}</td></tr>"
                     for g, s in r["skill_groups"].items())
    contact = " | ".join(esc(c) for c in r["contact"])
    css = """
@page { size: A4; margin: 11mm 14mm 10mm 14mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.3;
       color: #333; }
header { text-align: center; }
h1 { margin: 0; font-size: 30pt; line-height: 1.1; color: #222; font-weight: normal; }
h1 .first { font-family: "DejaVu Sans", sans-serif; font-weight: 200; color: #555; }
h1 .last { font-weight: bold; }
.positions { margin: 1.5mm 0 0; font-variant: small-caps; font-size: 10pt; color: #dc3522; letter-spacing: .03em; }
.contact { margin: 1.5mm 0 0; font-size: 8pt; color: #666; }
h2 { display: flex; align-items: baseline; margin: 3.5mm 0 1.5mm; font-size: 14pt; font-weight: bold; color: #222;
     break-after: avoid; }
h2::after { content: ""; flex: 1; margin-left: 2.5mm; border-bottom: 0.8pt solid #999; }
h2 .acc { color: #dc3522; }
.summary { margin: 0; text-align: justify; }
.entry { margin: 0 0 2.5mm; break-inside: avoid; }
.row { display: flex; justify-content: space-between; align-items: baseline; }
.title { font-weight: bold; font-size: 10.5pt; color: #222; }
.loc { font-variant: small-caps; font-size: 9pt; color: #777; }
.org { font-style: italic; color: #444; }
.date { font-style: italic; font-size: 8.5pt; color: #777; }
.desc { margin: 0.5mm 0 0; color: #444; }
ul { margin: 1mm 0 0; padding-left: 5mm; }
li { margin: 0.3mm 0; color: #444; }
table { width: 100%; border-collapse: collapse; break-inside: avoid; }
td { padding: 0.6mm 0; vertical-align: baseline; }
td.date { width: 14mm; }
td.loc { text-align: right; }
td.group { width: 32mm; padding-right: 4mm; text-align: right; font-weight: bold; color: #222; }
"""
    body = f"""
<header>
<h1><span class="first">{esc(r['first'])}</span> <span class="last">{esc(r['last'])}</span></h1>
<p class="positions">{' · '.join(esc(p) for p in r['positions'])}</p>
<p class="contact">{contact}</p>
</header>
{heading('Summary')}<p class="summary">{esc(r['summary'])}</p>
{heading('Experience')}{jobs}{heading('Projects')}{projects}{heading('Honors & Awards')}<table>{honors}</table>
{heading('Education')}{edu}{heading('Skills')}<table>{skills}</table>
"""
    return _page(f"{esc(r['name'])} — Résumé", css, body)


def indeed_export(r: dict) -> str:
    """A resume as a job board's 'download as text' gives it: the name, 'City, ST', email and phone one a line, a
    summary, then 'Work Experience' with per job the title, 'Employer - City, ST' and 'Month YYYY to Month YYYY'
    lines and free text (some lines '- ', some bare); 'Education' in the same three-line form; skills as '• Skill
    (N years)' lines, 'Certifications and Licenses' as name and dates, 'Additional Information'."""
    out = [r["name"], r["city"], r["email"], r["phone"], "", r["summary"], "",
           "Authorized to work in the US for any employer", "", "Work Experience", ""]
    for e in r["experience"]:
        out += [e["title"], f"{e['organization']} - {e['location']}", e["period"], *e["lines"], ""]
    out += ["Education", ""]
    for e in r["education"]:
        out += [e["degree"], f"{e['institution']} - {e['location']}", e["period"], ""]
    out += ["Skills", ""]
    for s in r["skill_groups"]["Skills"]:
        years = r["skill_years"][s]
        out.append(f"• {s} ({years} year{'s' if years != 1 else ''})")
    out += ["", "Certifications and Licenses", ""]
    for name, when in r["certifications"]:
        out += [name, when, ""]
    out += ["Additional Information", "", r["additional"]]
    return "\n".join(out) + "\n"


def _docx_rule_below(paragraph, color: str = "7F7F7F") -> None:
    """A thin rule under a Word paragraph (its bottom border), as Word's Borders button draws it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", color)):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def word_header_nurse_resume(r: dict, path: Path) -> None:
    """A US nurse's Word resume whose name and contact line sit in the page header (section.header), not the body:
    the body opens on 'Professional Summary'; headings are bold teal small capitals ruled underneath (direct
    formatting, no heading styles); each post as '**Title — Unit**', 'Employer, City, ST' and 'Month YYYY to
    Present' lines, then bullets typed as '•' characters in plain paragraphs with a hanging indent; licences,
    education in the post form, skills as one comma paragraph and a languages line."""
    import docx
    from docx.shared import Inches, Pt, RGBColor

    teal = RGBColor(0x1B, 0x6F, 0x78)
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.8)
    section.top_margin, section.bottom_margin = Inches(1.15), Inches(0.7)
    section.header_distance = Inches(0.4)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    normal.paragraph_format.space_after = Pt(0)

    header = section.header
    p = header.paragraphs[0]
    run = p.add_run(r["name"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(18), teal
    p.add_run(f", {r['postnominal']}").font.size = Pt(12)
    p = header.add_paragraph(f"{r['city']}  |  {r['phone']}  |  {r['email']}")
    p.runs[0].font.size = Pt(9.5)
    _docx_rule_below(p, "1B6F78")

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(4)
        run = p.add_run(text)
        run.bold, run.font.small_caps, run.font.size, run.font.color.rgb = True, True, Pt(12), teal
        _docx_rule_below(p)

    def bullet(text: str) -> None:
        p = d.add_paragraph(f"•\t{text}")
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Inches(0.25), Inches(-0.2)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(0.25))

    heading("Professional Summary")
    d.add_paragraph(r["summary"])
    heading("Clinical Experience")
    for i, e in enumerate(r["experience"]):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6 if i else 0)
        p.add_run(f"{e['title']} — {e['unit']}").bold = True
        d.add_paragraph(f"{e['organization']}, {e['location']}")
        d.add_paragraph().add_run(e["period"]).italic = True
        for b in e["bullets"]:
            bullet(b)
    heading("Licensure & Certifications")
    for c in r["licences"]:
        d.add_paragraph(c)
    heading("Education")
    for i, e in enumerate(r["education"]):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(4 if i else 0)
        p.add_run(e["degree"]).bold = True
        d.add_paragraph(f"{e['institution']}, {e['location']}")
        d.add_paragraph().add_run(e["period"]).italic = True
    heading("Skills")
    d.add_paragraph(", ".join(s for g in r["skill_groups"].values() for s in g))
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(4)
    p.add_run("Languages: ").bold = True
    p.add_run(r["languages"])
    d.save(str(path))


def word_academic_cv_resume(r: dict, path: Path) -> None:
    """An academic CV typed in Word: 'Curriculum Vitae' over a centred name and contact lines, sections in Word's
    'Heading 1'; education first, every dated line as 'YYYY–YYYY<TAB>text' against a left tab stop with a hanging
    indent (the appointments as 'Title, Department, University'), theses and descriptions indented under them;
    grants, numbered publications (Word's 'List Number', journals in italics), teaching, fieldwork projects, skills
    as '**Group:** a, b' lines, languages and referees."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Cambria", Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)
    h1 = d.styles["Heading 1"]
    h1.font.name, h1.font.size, h1.font.color.rgb = "Cambria", Pt(12.5), RGBColor(0x2E, 0x4A, 0x2F)
    h1.paragraph_format.space_before, h1.paragraph_format.space_after = Pt(12), Pt(4)
    indent = Cm(2.6)

    def dated(when: str) -> docx.text.paragraph.Paragraph:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(indent)
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = indent, -indent
        p.add_run(f"{when}\t")
        return p

    def under(text: str, italic: bool = False) -> None:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = indent
        p.paragraph_format.space_after = Pt(5)
        run = p.add_run(text)
        run.italic, run.font.size = italic, Pt(10)

    for text, size, bold in ((r["title_line"], 10, False), (r["name"], 20, True)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold, run.font.size = bold, Pt(size)
    for line in r["contact"]:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].font.size = Pt(9.5)
    d.add_heading("Education", 1)
    for e in r["education"]:
        p = dated(e["period"])
        p.add_run(e["degree"]).bold = True
        p.add_run(f", {e['institution']}, {e['location']}")
        under(e["thesis"], italic=True)
    d.add_heading("Academic Appointments", 1)
    for e in r["experience"]:
        p = dated(e["period"])
        p.add_run(e["title"]).bold = True
        p.add_run(f", {e['department']}, {e['organization']}")
        under(e["text"])
    d.add_heading("Grants and Funding", 1)
    for year, text in r["grants"]:
        dated(year).add_run(text)
    d.add_heading("Selected Publications", 1)
    for authors, title, journal, rest in r["publications"]:
        p = d.add_paragraph(style="List Number")
        p.add_run(f"{authors} {title} ")
        p.add_run(journal).italic = True
        p.add_run(f", {rest}")
    d.add_heading("Teaching", 1)
    for when, text in r["teaching"]:
        dated(when).add_run(text)
    d.add_heading("Fieldwork Projects", 1)
    for proj in r["projects"]:
        p = dated(proj["period"])
        p.add_run(proj["name"]).bold = True
        p.add_run(f". {proj['text']}")
    d.add_heading("Technical Skills", 1)
    for g, s in r["skill_groups"].items():
        p = d.add_paragraph()
        p.add_run(f"{g}: ").bold = True
        p.add_run(", ".join(s))
    d.add_heading("Languages", 1)
    d.add_paragraph(r["languages"])
    d.add_heading("Referees", 1)
    for ref in r["referees"]:
        d.add_paragraph(ref)
    d.save(str(path))


def reportlab_builder_resume(r: dict, path: Path) -> None:
    """A resume drawn straight onto a PDF canvas with reportlab at absolute positions, as an online builder's
    server-side renderer does: a tinted 60 mm left column (contact, skills one a line, languages, certificates) and a
    right column (name, title, profile, experience, education) whose lines fall at the same heights as the left
    column's (different leadings, so the two columns' baselines interleave); each job's title in bold with its dates
    in a small grey font right-aligned on the same baseline, 'Employer | City' below, bullets drawn as small filled
    circles (no bullet characters in the text)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fonts = Path("/usr/share/fonts/truetype/liberation")
    for face, file in (("Sans", "LiberationSans-Regular.ttf"), ("Sans-Bold", "LiberationSans-Bold.ttf"),
                       ("Sans-Italic", "LiberationSans-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(face, str(fonts / file)))
    ink, grey, accent = HexColor("#23313f"), HexColor("#6b7785"), HexColor("#2a7f62")
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(f"{r['name']} - CV")
    c.setAuthor(r["name"])
    c.setFillColor(HexColor("#eef3f1"))
    c.rect(0, 0, 60 * mm, height, stroke=0, fill=1)

    def lines(text: str, x: float, y: float, font: str, size: float, w: float, lead: float, color=ink) -> float:
        c.setFont(font, size)
        c.setFillColor(color)
        for line in simpleSplit(text, font, size, w):
            c.drawString(x, y, line)
            y -= lead
        return y

    def heading(text: str, x: float, y: float, w: float) -> float:
        c.setFont("Sans-Bold", 10)
        c.setFillColor(accent)
        c.drawString(x, y, text.upper())
        c.setStrokeColor(accent)
        c.setLineWidth(0.6)
        c.line(x, y - 3, x + w, y - 3)
        return y - 16

    # the left column: 60 mm wide, 12 pt leading
    lx, lw, lead = 9 * mm, 44 * mm, 12
    y = height - 18 * mm
    y = heading("Contact", lx, y, lw)
    for item in r["contact"]:
        y = lines(item, lx, y, "Sans", 8.5, lw, lead)
    y = heading("Skills", lx, y - 10, lw)
    for s in (s for g in r["skill_groups"].values() for s in g):
        y = lines(s, lx, y, "Sans", 9, lw, lead)
    y = heading("Languages", lx, y - 10, lw)
    for language in r["languages"]:
        y = lines(language, lx, y, "Sans", 9, lw, lead)
    y = heading("Certificates", lx, y - 10, lw)
    for cert in r["certificates"]:
        y = lines(cert, lx, y, "Sans", 8.5, lw, 11) - 4

    # the right column: from 68 mm to 12 mm short of the edge, 13 pt leading
    rx = 68 * mm
    rw = width - 12 * mm - rx
    right = rx + rw
    y = height - 22 * mm
    c.setFont("Sans-Bold", 24)
    c.setFillColor(ink)
    c.drawString(rx, y, r["name"])
    y = lines(r["headline"], rx, y - 18, "Sans", 12.5, rw, 13, accent)
    y = heading("Profile", rx, y - 14, rw)
    y = lines(r["profile"], rx, y, "Sans", 9.5, rw, 13)

    def entry(title: str, when: str, where: str, y: float) -> float:
        c.setFont("Sans-Bold", 10.5)
        c.setFillColor(ink)
        c.drawString(rx, y, title)
        c.setFont("Sans", 7.5)
        c.setFillColor(grey)
        c.drawRightString(right, y, when)
        return lines(where, rx, y - 13, "Sans-Italic", 9.5, rw, 13, grey)

    y = heading("Experience", rx, y - 14, rw)
    for e in r["experience"]:
        y = entry(e["title"], e["period"], f"{e['organization']} | {e['location']}", y)
        for b in e["bullets"]:
            c.setFillColor(accent)
            c.circle(rx + 3, y + 3, 1.3, stroke=0, fill=1)
            y = lines(b, rx + 9, y, "Sans", 9, rw - 9, 12)
        y -= 8
    y = heading("Education", rx, y - 6, rw)
    for e in r["education"]:
        y = entry(e["degree"], e["period"], f"{e['institution']} | {e['location']}", y)
        y = lines(e["text"], rx, y, "Sans", 9, rw, 12)
    c.showPage()
    c.save()


def browser_functional(r: dict) -> str:
    """A functional (skills-based) resume of a career changer printed by Chromium: the name and headline centred over
    a '·' contact line, 'Summary of Qualifications' bullets, 'Relevant Skills' as three bold skill headings each over
    its achievement bullets, then a compact 'Employment History' with each job on one line ('Title, Employer, City —
    2016–2024'), education in the same one-line form, professional development, a 'Technical Proficiencies:' line
    and a 'Portfolio' of two named pieces."""
    relevant = "".join(f"<h3>{esc(h)}</h3><ul>{_li(b)}</ul>" for h, b in r["relevant"])
    jobs = "".join(f"<p class=\"line\">{esc(e['title'])}, {esc(e['organization'])}, {esc(e['location'])} — "
                   f"{esc(e['period'])}</p>" for e in r["experience"])
    edu = "".join(f"<p class=\"line\"><b>{esc(e['degree'])}</b>, {esc(e['institution'])}, {esc(e['location'])} — "
                  f"{esc(e['period'])}</p>" for e in r["education"])
    portfolio = "".join(f"<li><b>{esc(p['name'])}</b> — {esc(p['text'])}</li>" for p in r["projects"])
    tools = ", ".join(r["skill_groups"]["Technical Proficiencies"])
    css = """
@page { size: Letter; margin: 0.55in 0.7in; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.38;
       color: #262626; }
header { text-align: center; }
h1 { margin: 0; font-family: "Liberation Serif", Georgia, serif; font-size: 24pt; font-weight: normal;
     letter-spacing: .04em; color: #3b2f63; }
.headline { margin: 0.5mm 0 0; font-size: 11pt; color: #3b2f63; }
.contact { margin: 1.5mm 0 0; font-size: 9pt; color: #555; }
h2 { margin: 5mm 0 2mm; padding-top: 1.2mm; border-top: 1.2pt solid #3b2f63; font-size: 10.5pt;
     text-transform: uppercase; letter-spacing: .1em; color: #3b2f63; break-after: avoid; }
h3 { margin: 2.5mm 0 0.5mm; font-size: 10.5pt; }
p { margin: 0; }
ul { margin: 0.5mm 0 0; padding-left: 5.5mm; }
li { margin: 0.5mm 0; }
.line { margin: 0.8mm 0; }
.label { font-weight: bold; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<p class="contact">{'  ·  '.join(esc(c) for c in r['contact'])}</p>
</header>
<h2>Summary of Qualifications</h2>
<ul>{_li(r['qualifications'])}</ul>
<h2>Relevant Skills</h2>
{relevant}
<h2>Employment History</h2>
{jobs}
<h2>Education</h2>
{edu}
<p class="line"><span class="label">Professional Development:</span> {esc(r['development'])}</p>
<p class="line" style="margin-top: 3mm"><span class="label">Technical Proficiencies:</span> {esc(tools)}</p>
<h2>Portfolio</h2>
<p>Samples at {esc(r['contact'][3])} (password on request)</p>
<ul>{portfolio}</ul>
"""
    return _page(f"{esc(r['name'])} - Resume", css, body)


# ------------------------------------------------------------------------------------ held-out-12 writers
# Four more hand-written people (a product manager, a UK pharmacy technician, a new computer-science graduate, an
# electrician), each in a layout none of the earlier sets has. Built by someone who had not read the parser and did
# not run it on these files; the split of each file was fixed in FIXTURES before any of them was generated. As for
# PEOPLE_7 to PEOPLE_11, the truth is derived from this data, never from a rendering; volunteering and student
# activities are not experience, internships and part-time jobs are; certifications, licences, tickets,
# registrations and spoken languages are not skills (soft skills listed as skills are); publications, hackathon
# awards and coursework are not projects. Every person, employer, school, project and award here is invented; the
# towns are real places.

PEOPLE_12: dict[str, dict] = {
    "browser_two_page_pm": {
        "name": "Imogen Vasiliou", "headline": "Senior Product Manager · B2B SaaS, payroll and logistics",
        "contact": ["Manchester, UK", "07700 900731", "imogen.vasiliou@example.com",
                    "linkedin.com/in/imogenvasiliou"],
        "profile": "Product manager with ten years in B2B software, six of them owning payroll products that small "
                   "businesses trust with their people's pay. I start from customer problems, measure what matters "
                   "and keep engineering, design and sales working from the same plan.",
        "achievements": [
            "Grew Larkspur's self-serve payroll product from 1,800 to 6,400 paying customers in three years "
            "(ARR £4.1M to £13.6M)",
            "Took 3 new products from discovery to general availability, including open-banking pay runs now used "
            "by 58% of customers",
            "Cut the time from sign-up to a new employer's first pay run from 9 days to 36 hours",
            "Hired and coached a team of 4 product managers; two have since been promoted to senior"],
        "employer_period": "2019 – present",  # the heading line of the employer with two roles
        "experience": [
            {"title": "Senior Product Manager", "organization": "Larkspur Payroll Ltd", "location": "Manchester, UK",
             "period": "2022–present",
             "bullets": [
                 "Own the payroll and pensions product area: 3 squads (22 engineers), a £2.4M annual budget and "
                 "the roadmap for 6,400 customers",
                 "Led discovery for Pay Now (open-banking pay runs): 40 customer interviews and 3 rounds of Figma "
                 "prototypes, generally available in 7 months",
                 "Defined the north-star metric (pay runs completed without a support contact) and its Amplitude "
                 "dashboards; it rose from 71% to 89%",
                 "Run quarterly planning with engineering, design and sales; 86% of committed roadmap items shipped "
                 "in 2024",
                 "Partner with compliance on RTI and auto-enrolment changes; every HMRC deadline met since 2022"]},
            {"title": "Product Manager", "organization": "Larkspur Payroll Ltd", "location": "Manchester, UK",
             "period": "2019–2022",
             "bullets": [
                 "Rebuilt the employer onboarding flow with one designer and 6 engineers, cutting time to first pay "
                 "run from 9 days to 36 hours",
                 "Ran 35 A/B tests on pricing pages and trial emails; trial-to-paid conversion rose from 11% to 17%",
                 "Sized churn drivers with SQL and Looker; the cancellation save flow that followed kept £610k of "
                 "ARR in its first year",
                 "Introduced dual-track agile and a shared Jira discovery board for 2 squads"]},
            {"title": "Product Owner", "organization": "Quayline Software", "location": "Leeds, UK",
             "period": "Jul 2016 – Feb 2019",
             "bullets": [
                 "Product owner for the carrier-booking web app used by 1,200 freight forwarders in 14 countries",
                 "Wrote and ordered the backlog for a team of 7 engineers; releases went from monthly to weekly",
                 "Shipped live shipment tracking across 9 carrier APIs, cutting 'where is my load?' support tickets "
                 "by 42%",
                 "Held 60+ customer calls a year and set up a customer advisory board of 12 forwarders",
                 "Introduced Amplitude product analytics and the team's first activation metric (first booking "
                 "within 7 days)",
                 "Supported sales on 8 enterprise deals worth £1.3M with solution designs and RFP answers"]},
            {"title": "Business Analyst", "organization": "Brightgate Insurance Services", "location": "Manchester, UK",
             "period": "Sep 2013 – Jun 2016",
             "bullets": [
                 "Mapped 40 claims-handling processes and wrote the requirements for a new claims portal (a £3.2M "
                 "programme)",
                 "Built Excel and SQL reports on claim cycle times that helped cut average settlement from 21 to 14 "
                 "days",
                 "Ran user acceptance testing with 25 claims handlers at 3 sites"]},
        ],
        "education": [
            {"degree": "MSc Business Analytics (Merit)", "institution": "Irwell Valley University",
             "location": "Manchester, UK", "period": "2012 – 2013"},
            {"degree": "BA (Hons) Economics, 2:1", "institution": "Castlegate University", "location": "York, UK",
             "period": "2009 – 2012"},
        ],
        "skill_groups": {
            "Product": ["Product discovery", "Roadmapping", "User story mapping", "Pricing & packaging",
                        "Stakeholder management"],
            "Analytics": ["SQL", "Amplitude", "Looker", "A/B testing"],
            "Tools": ["Jira", "Confluence", "Figma", "Productboard", "Miro"],
        },
        "projects": [],
    },
    "docx_cv_pharmacy_tech": {
        "name": "Chloe Bannerman", "address": "Worcester, Worcestershire", "phone": "07700 900318",
        "email": "chloe.bannerman@example.com",
        "profile": "GPhC-registered pharmacy technician with twelve years in community and hospital pharmacy, the "
                   "last six on the wards of a busy acute trust. Accredited checking technician, calm at discharge "
                   "time, careful with controlled drugs and happy to train new starters.",
        "experience": [
            {"title": "Accredited Checking Pharmacy Technician", "organization": "Wyvern Valley Hospitals NHS Trust",
             "location": "Worcester", "period": "Sept 2019 – Present",
             "bullets": [
                 "Carry out final accuracy checks on about 300 items a day for 6 medical and surgical wards",
                 "Complete medicines reconciliation for 25–30 admissions a day, within 24 hours for 94% of patients",
                 "Cut the wait for discharge prescriptions from 3.5 hours to 1 hour 40 minutes by running a "
                 "ward-based discharge service",
                 "Train and supervise 4 trainee pharmacy technicians; all 4 passed first time",
                 "Lead the monthly controlled drugs audit on 12 wards"]},
            {"title": "Pharmacy Technician", "organization": "Cherrywell Pharmacy Ltd", "location": "Kidderminster",
             "period": "Sept 2013 – Aug 2019",
             "bullets": [
                 "Joined as a trainee and qualified in 2015; dispensed and checked up to 450 prescriptions a day",
                 "Ran repeat dispensing and multi-compartment compliance aids for 140 care-home residents",
                 "Set up a weekly stock ordering routine that cut out-of-date stock write-offs by £3,200 a year",
                 "Organised bookings and records for 1,100 flu vaccinations a season"]},
            {"title": "Part-time Dispensing Assistant", "organization": "Boughton & Lyle Chemists",
             "location": "Bromsgrove", "period": "Sept 2011 – Aug 2013",
             "bullets": [
                 "Served on the counter 16 hours a week alongside college, selling pharmacy medicines under the "
                 "WWHAM questions",
                 "Labelled and assembled around 150 prescriptions a day"]},
        ],
        "skill_groups": {
            "Key skills": ["Final accuracy checking", "Medicines reconciliation", "Controlled drugs management",
                           "Patient counselling", "Dispensing", "Stock control", "Staff training", "JAC EPMA",
                           "ProScript Connect"],
        },
        "education": [
            {"degree": "NVQ Level 3 Diploma in Pharmacy Service Skills", "institution": "Severnside College",
             "location": "Worcester", "period": "2013 – 2015"},
            {"degree": "BTEC Level 3 Extended Diploma in Applied Science (D*DD)",
             "institution": "Charford Sixth Form College", "location": "Bromsgrove", "period": "2011 – 2013"},
            {"degree": "GCSEs: 10 at grades A*–C including English, Maths and Double Science",
             "institution": "Hagley Vale High School", "location": "Bromsgrove", "period": "2006 – 2011"},
        ],
        "registration": [
            "General Pharmaceutical Council (GPhC) registered pharmacy technician, registration number 5021847",
            "Accredited Checking Technician (ACT), Wyvern Valley Hospitals NHS Trust, 2021",
            "Safeguarding Adults and Children Level 2, 2024"],
        "projects": [],
    },
    "browser_grad_software": {
        "name": "Isabela Nakamura-Reid", "headline": "Graduate Software Engineer",
        "contact": ["Melbourne VIC", "0491 570 156", "isabela.nr@example.com", "github.com/isanakreid",
                    "linkedin.com/in/isabela-nakamura-reid"],
        "about": "Computer science graduate who likes turning fuzzy problems into small, well-tested services. "
                 "Looking for a graduate role on a product team that ships often.",
        "education": [
            {"degree": "Bachelor of Computer Science", "institution": "Yarrabend University",
             "location": "Melbourne VIC", "period": "Feb 2022 – Nov 2025",
             "gpa": "GPA 6.6 / 7.0 (WAM 84)",
             "coursework": "Algorithms and Data Structures, Operating Systems, Distributed Systems, Database "
                           "Systems, Software Engineering Studio, Machine Learning"},
            {"degree": "Exchange semester, Information Science", "institution": "Hokusei Institute of Technology",
             "location": "Sapporo, Japan", "period": "Apr 2024 – Jul 2024", "gpa": "",
             "coursework": "Human–Computer Interaction, Japanese for Engineers"},
        ],
        "experience": [
            {"title": "Software Engineering Intern", "organization": "Wattle Ledger", "location": "Melbourne VIC",
             "period": "Nov 2024 – Feb 2025",
             "bullets": [
                 "Built a reconciliation service in TypeScript and Node.js that matches 40,000 bank transactions a "
                 "day to invoices, 97% of them automatically",
                 "Added PostgreSQL indexes and query batching that cut the nightly reporting job from 52 to 9 "
                 "minutes",
                 "Wrote 120+ Jest tests and a CI check that blocks merges under 80% coverage"]},
            {"title": "Part-time Coding Tutor", "organization": "CodeSprouts Academy", "location": "Box Hill VIC",
             "period": "Mar 2023 – Nov 2025",
             "bullets": [
                 "Taught Python and Scratch to 8 weekly classes of 6–10 students aged 10 to 16",
                 "Wrote a 20-lesson introduction to Python now used at 4 campuses",
                 "Coached 3 students to finalist places in a state coding competition"]},
        ],
        "projects": [
            {"name": "Tramline", "link": "github.com/isanakreid/tramline",
             "stack": ["React", "TypeScript", "Node.js", "PostgreSQL"],
             "text": "A progressive web app with live tram arrivals and disruptions for 1,700 Melbourne stops; "
                     "2,300 monthly users."},
            {"name": "PantryPal", "link": "github.com/isanakreid/pantrypal",
             "stack": ["Python", "FastAPI", "Docker", "AWS Lambda"],
             "text": "Reads grocery receipts with OCR, tracks use-by dates and suggests recipes; built with 3 "
                     "classmates in Software Engineering Studio (High Distinction)."},
            {"name": "Minnow", "link": "github.com/isanakreid/minnow", "stack": ["Java", "ANTLR", "JUnit"],
             "text": "A small compiler for a teaching language that emits JVM bytecode; 400 tests, used by 60 "
                     "first-year students in their labs."},
        ],
        "awards": [
            "1st place, Yarra Hack 2024 — 48-hour hackathon, 60 teams; built a river-level alert bot",
            "7th of 92 teams, Southern Cross Collegiate Programming Contest 2024",
            "Dean's Honours List, Faculty of Engineering and IT, 2023 and 2024"],
        "skill_groups": {
            "Tech stack": ["Python", "Java", "TypeScript", "React", "Node.js", "PostgreSQL", "Docker", "AWS", "Git"],
            "Soft skills": ["Teamwork", "Clear communication", "Problem solving", "Mentoring"],
        },
        "languages": ["English (native)", "Japanese (JLPT N3)", "Portuguese (conversational)"],
    },
    "plain_cv_electrician": {
        "name": "Darren Hollingworth",
        "address": ["27 Moorfield Avenue", "Chorley", "Lancashire", "PR7 3QJ"],
        "mobile": "07700 900854", "email": "darren.hollingworth@example.com",
        "profile": "Approved electrician (JIB ECS Gold Card) with 15 years in domestic, commercial and light "
                   "industrial work, including a 4 year apprenticeship. Qualified to inspect and test, tidy on site "
                   "and used to working on my own or running a small team. Looking for a supervisor or lead "
                   "electrician role around Preston or Chorley.",
        "experience": [
            {"title": "Approved Electrician", "organization": "Ribblesdale Electrical Services Ltd",
             "location": "Preston", "period": "Jan 2018 to date",
             "duties": [
                 "Lead electrician on domestic rewires, extensions and consumer unit upgrades, about 60 jobs a year",
                 "Installed over 140 EV chargers and 35 solar PV and battery systems since 2021",
                 "EICRs for 3 housing associations, around 25 a month, written up on the tablet the same day",
                 "Supervise 2 electricians and an apprentice, no reportable accidents on any of our jobs",
                 "Fault finding and emergency call outs on a 1 in 4 weekend rota"]},
            {"title": "Electrician", "organization": "Pendle & Hart Building Services", "location": "Blackburn",
             "period": "Mar 2014 to Dec 2017",
             "duties": [
                 "Commercial fit outs for shops, offices and schools from first fix containment to final testing",
                 "Three phase distribution boards, fire alarm and emergency lighting installs",
                 "Wired 18 classrooms on a £2.1m school refurbishment over two summer holidays"]},
            {"title": "Apprentice Electrician", "organization": "J. Whittam & Sons Electrical Contractors",
             "location": "Chorley", "period": "Sep 2010 to Feb 2014",
             "duties": [
                 "Four year apprenticeship on domestic and small commercial jobs",
                 "Passed the AM2 assessment first time in January 2014"]},
        ],
        "education": [
            {"degree": "City & Guilds 2365 Level 3 Diploma in Electrical Installations",
             "institution": "Leyland Moss College", "location": "Leyland", "period": "2010 - 2012"},
            {"degree": "NVQ Level 3 Diploma in Electrotechnical Services", "institution": "Fylde Coast Skills Centre",
             "location": "Blackpool", "period": "2012 - 2014"},
        ],
        "certificates": [  # no institution: certificates, not education
            "18th Edition Wiring Regulations BS 7671 (City & Guilds 2382-22), 2019, updated 2022",
            "City & Guilds 2391-52 Inspection and Testing, 2016",
            "AM2 Assessment, 2014",
            "JIB ECS Gold Card (Approved Electrician), expires 2027"],
        "skill_groups": {
            "Skills": ["Domestic rewires", "Consumer unit upgrades", "Fault finding", "Inspection & testing", "EICRs",
                       "EV charger installation", "Solar PV & battery storage", "Three phase distribution",
                       "Fire alarm & emergency lighting", "Containment & trunking"],
        },
        "driving": "Full, clean",
        "references": "On request",
        "projects": [],
    },
}


def plain_cv_electrician(r: dict) -> str:
    """An electrician's CV typed in Notepad and pasted: the name in capitals, the address one line each, 'Mobile:'
    and 'Email:' lines, a 'PROFILE' paragraph on one long line, 'EMPLOYMENT' with each job as 'Jan 2018 to date:
    Title, Employer, Town' over its duties indented by two spaces (no bullets), 'QUALIFICATIONS' in the same dated
    form followed by undated certificate lines, 'SKILLS' as one line with ' / ' between the skills, 'DRIVING
    LICENCE:' and 'REFERENCES:' lines."""
    out = [r["name"].upper(), *r["address"], f"Mobile: {r['mobile']}", f"Email: {r['email']}", "", "PROFILE",
           r["profile"], "", "EMPLOYMENT", ""]
    for e in r["experience"]:
        out.append(f"{e['period']}: {e['title']}, {e['organization']}, {e['location']}")
        out += [f"  {d}" for d in e["duties"]] + [""]
    out += ["QUALIFICATIONS", ""]
    out += [f"{e['period']}: {e['degree']}, {e['institution']}, {e['location']}" for e in r["education"]]
    out += r["certificates"] + ["", "SKILLS", ""]
    out.append(" / ".join(s for g in r["skill_groups"].values() for s in g))
    out += ["", f"DRIVING LICENCE: {r['driving']}", "", f"REFERENCES: {r['references']}"]
    return "\n".join(out) + "\n"


def docx_cv_pharmacy_tech_resume(r: dict, path: Path) -> None:
    """A UK pharmacy technician's CV typed in Word without heading styles: the section names are Normal paragraphs
    in bold 14 pt with a bottom border; each job is one row of a borderless two-column table (the dates over the town
    in the narrow left cell; the title in bold, the employer in italics and bullets typed as '– ' lines in the right
    one); 'Key skills' as a borderless three-column table of single skills; 'Education & Training' in the job
    table's form; registration lines and a references line."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    grey = RGBColor(0x59, 0x59, 0x59)
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        _docx_rule_below(p, "404040")  # first, so that python-docx puts the spacing after the border in pPr
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(12), Pt(6)
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(14)

    def borderless(table) -> None:
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:val"), "nil")
            borders.append(element)
        table._tbl.tblPr.find(qn("w:tblW")).addnext(borders)  # where the schema puts it: after the width

    def widths(table, cm: list[float]) -> None:
        table.autofit = False
        for column, w in zip(table.columns, cm, strict=True):
            column.width = Cm(w)
        for row in table.rows:
            for cell, w in zip(row.cells, cm, strict=True):
                cell.width = Cm(w)

    def dated_rows(entries: list[dict], title: str, org: str) -> None:
        table = d.add_table(rows=len(entries), cols=2)
        borderless(table)
        widths(table, [4.2, 12.8])
        for row, e in zip(table.rows, entries, strict=True):
            left, right = row.cells
            left.paragraphs[0].add_run(e["period"]).bold = True
            town = left.add_paragraph().add_run(e["location"])
            town.font.color.rgb = grey
            right.paragraphs[0].add_run(e[title]).bold = True
            right.add_paragraph().add_run(e[org]).italic = True
            for b in e.get("bullets", []):
                p = right.add_paragraph(f"– {b}")
                p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(0.4), Cm(-0.4)
            right.paragraphs[-1].paragraph_format.space_after = Pt(8)

    p = d.add_paragraph()
    run = p.add_run(r["name"])
    run.bold, run.font.size = True, Pt(22)
    p = d.add_paragraph(f"{r['address']}  |  {r['phone']}  |  {r['email']}")
    p.runs[0].font.color.rgb = grey
    heading("Personal Profile")
    d.add_paragraph(r["profile"])
    heading("Employment History")
    dated_rows(r["experience"], "title", "organization")
    heading("Key skills")
    skills = [s for g in r["skill_groups"].values() for s in g]
    table = d.add_table(rows=(len(skills) + 2) // 3, cols=3)
    borderless(table)
    widths(table, [5.66, 5.67, 5.67])
    for i, skill in enumerate(skills):
        table.cell(i // 3, i % 3).paragraphs[0].add_run(skill)
    heading("Education & Training")
    dated_rows(r["education"], "degree", "institution")
    heading("Registration")
    for line in r["registration"]:
        p = d.add_paragraph(f"– {line}")
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(0.4), Cm(-0.4)
    heading("References")
    d.add_paragraph("Available on request.")
    d.save(str(path))


def browser_two_page_pm(r: dict) -> str:
    """A product manager's two-page resume printed by Chromium (A4): the name, headline and a '|' contact line, a
    profile, 'Key Achievements' bullets at the top, then per employer one bold line '**Employer — Title**' with the
    dates in a right-floated span and the city on a grey line under it; an employer with two roles gets a bold line
    with its name alone (and its whole span of years) and each role as a sub-line 'Title (years)' over its own
    bullets. No page break is forced: the text runs on, so the page ends inside the bullets of the second employer.
    Education, then skills as 'Product:', 'Analytics:' and 'Tools:' lines at the end."""
    groups: list[list[dict]] = []
    for e in r["experience"]:
        if groups and groups[-1][0]["organization"] == e["organization"]:
            groups[-1].append(e)
        else:
            groups.append([e])
    jobs = []
    for roles in groups:
        first = roles[0]
        if len(roles) == 1:
            head, when = f"{first['organization']} — {first['title']}", first["period"]
        else:
            head, when = first["organization"], r["employer_period"]
        inner = "".join(f"<h4>{esc(e['title'])} ({esc(e['period'])})</h4><ul>{_li(e['bullets'])}</ul>"
                        for e in roles) if len(roles) > 1 else f"<ul>{_li(first['bullets'])}</ul>"
        jobs.append(f"<div class=\"job\"><h3><span class=\"dates\">{esc(when)}</span>{esc(head)}</h3>"
                    f"<p class=\"city\">{esc(first['location'])}</p>{inner}</div>\n")
    edu = "".join(f"<div class=\"job\"><h3><span class=\"dates\">{esc(e['period'])}</span>{esc(e['institution'])} — "
                  f"{esc(e['degree'])}</h3><p class=\"city\">{esc(e['location'])}</p></div>\n" for e in r["education"])
    skills = "".join(f"<p class=\"skills\"><b>{esc(g)}:</b> {esc(', '.join(s))}</p>"
                     for g, s in r["skill_groups"].items())
    css = """
@page { size: A4; margin: 15mm 17mm 15mm 17mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.5;
       color: #222; }
h1 { margin: 0; font-size: 25pt; font-weight: bold; color: #14365d; letter-spacing: .01em; }
.headline { margin: 0.5mm 0 0; font-size: 12pt; color: #3d6a99; }
.contact { margin: 1.5mm 0 0; font-size: 9.5pt; color: #555; }
.profile { margin: 4mm 0 0; }
h2 { margin: 6mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 1pt solid #14365d; font-size: 12pt;
     color: #14365d; break-after: avoid; }
.job { margin: 0 0 4mm; }
h3 { margin: 0; font-size: 11pt; font-weight: bold; break-after: avoid; }
h3 .dates { float: right; font-weight: normal; font-size: 10pt; color: #333; }
.city { margin: 0; font-size: 9.5pt; color: #777; break-after: avoid; }
h4 { margin: 2mm 0 0; font-size: 10.5pt; font-weight: bold; font-style: italic; color: #3d6a99;
     break-after: avoid; }
ul { margin: 1mm 0 0; padding-left: 5mm; }
li { margin: 0.8mm 0; }
.skills { margin: 1mm 0; }
"""
    body = f"""
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<p class="contact">{' | '.join(esc(c) for c in r['contact'])}</p>
<p class="profile">{esc(r['profile'])}</p>
<h2>Key Achievements</h2>
<ul>{_li(r['achievements'])}</ul>
<h2>Experience</h2>
{''.join(jobs)}<h2>Education</h2>
{edu}<h2>Skills</h2>
{skills}
"""
    return _page(f"{esc(r['name'])} — Resume", css, body)


def browser_grad_software(r: dict) -> str:
    """A new graduate's colourful one-page resume printed by Chromium (A4): a gradient left sidebar 35% wide with a
    round photo placeholder drawn by CSS, contact, 'TECH STACK' as pill chips with no group names, 'SOFT SKILLS' as a
    list and 'LANGUAGES'; the main column has the name and headline, a short 'about' line, then 'EDUCATION' first
    (GPA and coursework), 'EXPERIENCE' with each job as '**Title** | Employer' over a small 'Mon YYYY – Mon YYYY ·
    City' line and bullets, 'PROJECTS' with the name, a GitHub link and a stack line over a description, and
    'HACKATHONS & AWARDS'."""
    def entry(title: str, org: str, when: str, place: str) -> str:
        return (f"<h3><b>{esc(title)}</b> <span class=\"bar\">|</span> <span class=\"org\">{esc(org)}</span></h3>"
                f"<p class=\"meta\">{esc(when)} · {esc(place)}</p>")

    edu = "".join(f"<div class=\"entry\">{entry(e['degree'], e['institution'], e['period'], e['location'])}"
                  + (f"<p>{esc(e['gpa'])}</p>" if e["gpa"] else "")
                  + f"<p><span class=\"label\">Coursework:</span> {esc(e['coursework'])}</p></div>\n"
                  for e in r["education"])
    jobs = "".join(f"<div class=\"entry\">{entry(e['title'], e['organization'], e['period'], e['location'])}"
                   f"<ul>{_li(e['bullets'])}</ul></div>\n" for e in r["experience"])
    projects = "".join(f"<div class=\"entry\"><h3><b>{esc(p['name'])}</b> <a href=\"https://{esc(p['link'])}\">"
                       f"{esc(p['link'])}</a></h3><p class=\"stack\">{esc(' · '.join(p['stack']))}</p>"
                       f"<p>{esc(p['text'])}</p></div>\n" for p in r["projects"])
    chips = "".join(f"<span class=\"chip\">{esc(s)}</span>" for s in r["skill_groups"]["Tech stack"])
    css = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 8.5pt; line-height: 1.38;
       color: #2b2d42; }
.page { display: grid; grid-template-columns: 35% 65%; min-height: 297mm; }
aside { padding: 14mm 7mm 10mm 9mm; background: linear-gradient(170deg, #5b2a86 0%, #3a4fb8 60%, #1f8a9e 100%);
        color: #f3f0fa; }
.photo { width: 30mm; height: 30mm; margin: 0 auto 5mm; border-radius: 50%; border: 1.2mm solid #ffd166;
         background: radial-gradient(circle at 50% 38%, #d9cdea 0 24%, transparent 25%),
                     radial-gradient(ellipse at 50% 100%, #d9cdea 0 45%, #8a6fb5 46%); }
aside h2 { margin: 6mm 0 2.5mm; font-size: 9.5pt; letter-spacing: .16em; color: #ffd166; }
aside p { margin: 0 0 1.2mm; word-break: break-word; }
.chips { display: flex; flex-wrap: wrap; gap: 1.6mm; }
.chip { padding: 0.7mm 2.6mm; border-radius: 4mm; background: rgba(255, 255, 255, .18);
        border: 0.3mm solid rgba(255, 255, 255, .45); font-size: 8.3pt; }
aside ul { margin: 0; padding-left: 4.5mm; }
aside li { margin: 0.6mm 0; }
main { padding: 12mm 11mm 8mm 9mm; }
h1 { margin: 0; font-size: 25pt; line-height: 1.1; color: #5b2a86; }
.headline { margin: 1.5mm 0 0; font-size: 12pt; font-weight: bold; color: #1f8a9e; }
.about { margin: 2.5mm 0 0; color: #4a4e69; }
main h2 { margin: 4.5mm 0 1.8mm; padding: 0.8mm 2.5mm; font-size: 10pt; letter-spacing: .14em; color: #fff;
          background: linear-gradient(90deg, #5b2a86, #3a4fb8); border-radius: 1.5mm; }
.entry { margin: 0 0 2.5mm; }
h3 { margin: 0; font-size: 10pt; font-weight: normal; }
h3 b { color: #2b2d42; }
.bar { color: #ef476f; font-weight: bold; }
.org { color: #3a4fb8; }
.meta { margin: 0.3mm 0 0.8mm; font-size: 8.3pt; color: #7a7f99; }
.label { font-weight: bold; }
main p { margin: 0.4mm 0; }
.stack { font-size: 8.3pt; color: #1f8a9e; font-weight: bold; }
a { color: #ef476f; font-size: 8.3pt; text-decoration: none; }
main ul { margin: 0.5mm 0 0; padding-left: 4.5mm; }
main li { margin: 0.5mm 0; }
main li::marker { color: #ef476f; }
"""
    body = f"""
<div class="page">
<aside>
<div class="photo"></div>
<h2>CONTACT</h2>
{''.join(f'<p>{esc(c)}</p>' for c in r['contact'])}
<h2>TECH STACK</h2>
<div class="chips">{chips}</div>
<h2>SOFT SKILLS</h2>
<ul>{_li(r['skill_groups']['Soft skills'])}</ul>
<h2>LANGUAGES</h2>
<ul>{_li(r['languages'])}</ul>
</aside>
<main>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<p class="about">{esc(r['about'])}</p>
<h2>EDUCATION</h2>
{edu}<h2>EXPERIENCE</h2>
{jobs}<h2>PROJECTS</h2>
{projects}<h2>HACKATHONS &amp; AWARDS</h2>
<ul>{_li(r['awards'])}</ul>
</main>
</div>
"""
    return _page(f"{esc(r['name'])} | Resume", css, body)


# ------------------------------------------------------------------------------------ held-out-13 writers
# Five more hand-written people (a data analyst from Karnataka two years out of college, a US mechanical design
# engineer, a Seattle data analyst, a Kent head chef, a North Carolina family nurse practitioner), each in a layout
# none of the earlier sets has. Built by someone who had not read the parser and did not run it on these files; the
# split of each file was fixed in FIXTURES before any of them was generated. As for PEOPLE_7 to PEOPLE_12, the truth
# is derived from this data, never from a rendering; volunteering and student activities are not experience,
# internships, co-ops and part-time jobs are; certifications, licences, tickets, registrations and spoken languages
# are not skills; named projects inside a job are projects; an examining board or affiliating university named
# beside a school is not a school; clinical rotations are neither experience nor education. Every person, employer,
# school, project and repository here is invented; the towns are real places.

PEOPLE_13: dict[str, dict] = {
    "docx_india_fresher": {
        "name": "Harshitha Kulkarni", "mobile": "+91 98765 43210", "email": "harshitha.kulkarni@example.com",
        "linkedin": "linkedin.com/in/harshitha-kulkarni-ds",
        "objective": "To work in a challenging and growth-oriented organisation where I can apply my knowledge of "
                     "data analysis, SQL and Python, keep learning new technologies and contribute to the success "
                     "of the company.",
        "education": [
            {"degree": "B.E. (Computer Science & Engineering)", "institution": "Malaprabha Institute of Technology",
             "location": "Belagavi", "board": "Karnataka Technological University", "period": "2022",
             "score": "8.42 CGPA"},
            {"degree": "Class XII (PCMC)", "institution": "Chetana Vidya PU College", "location": "Hubballi",
             "board": "Karnataka PUE Board", "period": "2018", "score": "91.33%"},
            {"degree": "Class X (SSLC)", "institution": "Saraswati Vidyamandir High School", "location": "Dharwad",
             "board": "KSEEB", "period": "2016", "score": "94.56%"},
        ],
        "experience": [
            {"title": "Data Analyst", "organization": "Vyomika Analytics Pvt. Ltd.", "location": "Bengaluru",
             "period": "August 2023 – Till Date",
             "bullets": [
                 "Build and maintain Power BI dashboards on secondary sales and inventory for 3 FMCG clients, "
                 "refreshed daily from SQL Server.",
                 "Write SQL queries and Python (Pandas) scripts to clean and merge 2–3 million rows of distributor "
                 "data every week.",
                 "Automated the weekly MIS report in Python, reducing the preparation time from 6 hours to 40 "
                 "minutes.",
                 "Developed a demand forecasting model in scikit-learn for 120 SKUs with a MAPE of 12% at the "
                 "monthly level.",
                 "Coordinate with client teams to gather requirements and present insights in weekly review calls."]},
            {"title": "Associate Software Engineer", "organization": "Sankalp Infotech Solutions Pvt. Ltd.",
             "location": "Pune", "period": "July 2022 – July 2023",
             "bullets": [
                 "Completed 3 months of training in Python, SQL and Django in the graduate trainee batch of 2022.",
                 "Developed REST APIs in Django for an insurance claims portal used by 400 agents.",
                 "Wrote unit test cases and fixed defects reported by the QA team in every sprint.",
                 "Optimised MySQL queries of the claims search module, reducing the response time from 4 seconds "
                 "to less than 1 second."]},
            {"title": "Data Science Intern", "organization": "Dhruva Data Labs", "location": "Belagavi",
             "period": "February 2022 – May 2022",
             "bullets": [
                 "Cleaned and analysed survey data of 5,000 farmers using Python (Pandas, Matplotlib).",
                 "Built a logistic regression model to predict loan repayment for a microfinance client.",
                 "Prepared weekly reports and presented the findings to the project guide."]},
        ],
        "skill_groups": {
            "Languages": ["Python", "SQL", "C"],
            "Libraries": ["Pandas", "NumPy", "scikit-learn", "Matplotlib", "Seaborn"],
            "Frameworks": ["Django", "Flask"],
            "Databases": ["MySQL", "SQL Server"],
            "Tools": ["Power BI", "Tableau", "MS Excel (Pivot Tables, VLOOKUP)", "Jupyter Notebook", "Git", "JIRA"],
        },
        "projects": [
            {"name": "Crop Yield Prediction for North Karnataka Districts using Machine Learning",
             "role": "Team Leader (team of 4 members)", "tech": "Python, scikit-learn, Flask",
             "text": "Final year project. Collected 10 years of rainfall, soil and crop data of 13 districts from "
                     "government open data portals and trained Random Forest and XGBoost models to predict the "
                     "yield per hectare (R² of 0.87). Built a Flask web page where a farmer selects the district, "
                     "crop and season to see the predicted yield."},
            {"name": "Smart Attendance System using Face Recognition", "role": "Developer",
             "tech": "Python, OpenCV, MySQL",
             "text": "Mini project in the 6th semester. A webcam application that marks classroom attendance by "
                     "recognising the faces of students with OpenCV and stores the records in MySQL; tested with "
                     "60 students of our class."},
        ],
        "certifications": ["Google Data Analytics Professional Certificate – Coursera (2023)",
                           "NPTEL Online Certification: Python for Data Science – Elite (2021)"],
        "activities": ["NSS volunteer (2019 – 2021): blood donation camps and a digital literacy drive in "
                       "Kakati village.",
                       "Student coordinator of 'Prayog 2021', the national level technical fest of our college."],
        "personal": [("Father's Name", "Ramesh Kulkarni"), ("Date of Birth", "14-03-2000"), ("Gender", "Female"),
                     ("Marital Status", "Single"), ("Nationality", "Indian"),
                     ("Languages Known", "English, Kannada, Hindi and Marathi"),
                     ("Hobbies", "Reading, Badminton, Carnatic music"),
                     ("Permanent Address", "Plot No. 27, 2nd Cross, Shri Nagar, Dharwad – 580003")],
        "declaration": "I hereby declare that the information furnished above is true to the best of my knowledge "
                       "and belief.",
        "place": "Bengaluru",
    },
    "reportlab_side_headings": {
        "name": "Nathan Brzezinski", "post_nominal": "P.E.",
        "contact": ["Waukesha, WI 53186", "(262) 555-0147", "nathan.brzezinski@example.com",
                    "linkedin.com/in/nathanbrzezinski"],
        "profile": "Mechanical design engineer with nine years in hydraulic and thermal products, from concept "
                   "sketches through FEA, prototype testing and launch. I like owning a product's mechanical "
                   "design, its drawings and its suppliers, and I do my best work on small cross-functional teams.",
        "experience": [
            {"title": "Senior Mechanical Design Engineer", "organization": "Kettle Moraine Fluid Power",
             "location": "Waukesha, WI", "period": "Mar 2021 – Present",
             "bullets": [
                 "Lead mechanical engineer for the compact hydraulic power unit line (14 models, $38M annual sales)",
                 "Own 3D models, drawings and GD&T for 600+ active part numbers in SolidWorks and Windchill",
                 "Cut warranty returns on the power unit line by 31% after leading a root cause study of seal "
                 "failures",
                 "Mentor 2 design engineers and review every drawing package before release"]},
            {"title": "Mechanical Engineer", "organization": "Badger State Thermal Systems, Inc.",
             "location": "New Berlin, WI", "period": "Jun 2017 – Feb 2021",
             "bullets": [
                 "Designed brazed aluminum heat exchangers and oil coolers for off-highway OEM customers",
                 "Sized cores with ANSYS Fluent CFD and thermal FEA, validated against 40+ wind tunnel tests",
                 "Wrote DFMEAs and control plans for 9 new product launches",
                 "Worked with the plant to move a fin press line to a new cell layout with no missed shipments"]},
            {"title": "Mechanical Engineering Co-op", "organization": "Lakeshore Agri-Implement Co.",
             "location": "Horicon, WI", "period": "Jan 2016 – Aug 2016",
             "bullets": [
                 "Modeled weldments and sheet-metal guards for a grain cart redesign in SolidWorks",
                 "Built the tolerance stack-up spreadsheet for the hitch assembly that the design team still uses",
                 "Supported field tests of 4 prototype carts during the summer wheat harvest"]},
        ],
        "projects_in": 0,  # the key projects are listed inside the first job
        "projects": [
            {"name": "HX-40 Compact Power Unit",
             "text": "new 40 hp unit with an integrated reservoir; 22% smaller footprint, launched on schedule in "
                     "2023, $6.1M in first-year sales"},
            {"name": "QuietLine Gear Pump Redesign",
             "text": "helical gear profile and ribbed housing optimized in ANSYS Mechanical; noise down from 78 to "
                     "69 dBA"},
            {"name": "Reservoir Weight Reduction",
             "text": "replaced welded steel reservoirs with rotomolded polyethylene on 5 models, saving $410k a year"},
        ],
        "education": [
            {"degree": "M.S. in Mechanical Engineering (part-time, online)",
             "institution": "Northwoods State University", "location": "Madison, WI", "period": "2018 – 2021",
             "detail": "Thesis: Fatigue life of brazed plate-fin joints under thermal cycling"},
            {"degree": "B.S. in Mechanical Engineering, magna cum laude",
             "institution": "Lakeshore Polytechnic University", "location": "Milwaukee, WI", "period": "2013 – 2017",
             "detail": "GPA 3.74 / 4.00; ASME student section treasurer"},
        ],
        "skill_groups": {
            "Software": ["SolidWorks", "SolidWorks Simulation", "ANSYS Mechanical", "ANSYS Fluent", "AutoCAD",
                         "PTC Windchill", "MATLAB", "Minitab"],
            "Engineering": ["GD&T (ASME Y14.5)", "FEA", "CFD", "DFMEA", "Tolerance stack-up analysis",
                            "Design for manufacturing", "Hydraulic circuit design", "Root cause analysis"],
        },
        "licenses": ["Professional Engineer (PE), State of Wisconsin, 2022",
                     "Certified SOLIDWORKS Professional (CSWP), 2018"],
    },
    "browser_at_grid": {
        "name": "Noelani Park", "headline": "Data Analyst · product, pricing & marketing analytics",
        "contact": ["Seattle, WA", "(206) 555-0183", "noelani.park@example.com", "github.com/noelanipark",
                    "noelanipark.dev"],
        "summary": "Analyst with six years of turning messy operational data into decisions: pricing tests for a "
                   "grocery chain, funnel and retention work for a mortgage lender. I write the SQL, build the dbt "
                   "models and the dashboards, and stay for the meeting where the decision gets made.",
        "experience": [
            {"title": "Senior Data Analyst", "organization": "Cascadia Home Loans", "location": "Seattle, WA",
             "period": "Mar 2023 – Present",
             "bullets": [
                 "Own analytics for the online application funnel (38k applications a year); the redesign my "
                 "funnel study led to lifted completion from 41% to 53%",
                 "Built the dbt project behind lending KPIs: 140 tested, documented models on Snowflake that "
                 "replaced 60 hand-run SQL reports",
                 "Designed and read out 18 A/B tests with product, using CUPED to cut required sample sizes by "
                 "about a third",
                 "Mentor 2 analysts and run fortnightly analytics office hours for 70 loan officers"]},
            {"title": "Data Analyst", "organization": "Puget Fresh Grocers", "location": "Tacoma, WA",
             "period": "Jun 2020 – Feb 2023",
             "bullets": [
                 "Analyzed promotions and price tests across 46 stores; a markdown model for bakery and produce cut "
                 "waste by $1.2M a year",
                 "Moved weekly sales reporting from Excel to Looker on BigQuery, now used by 120 store and category "
                 "managers",
                 "Forecast weekly demand for 9,000 SKUs in Python, bringing MAPE down from 14% to 9%",
                 "Wrote the Airflow jobs that load loyalty-card data for 3M members every night"]},
            {"title": "Marketing Analytics Intern", "organization": "Rainier Ridge Outfitters", "location": "Kent, WA",
             "period": "Jun 2019 – Sep 2019",
             "bullets": [
                 "Built an RFM segmentation of 250k customers in R that the email team used for the fall campaign",
                 "Automated a weekly Tableau report on paid-search spend and return"]},
            {"title": "Student Data Assistant", "organization": "Elliott Bay University Libraries",
             "location": "Seattle, WA", "period": "Sep 2017 – Jun 2020",
             "bullets": [
                 "Cleaned and reported gate-count and circulation data for 4 campus libraries, 15 hours a week",
                 "Wrote the R script that still produces the libraries' annual usage report"]},
        ],
        "skill_groups": {
            "Languages": ["SQL", "Python", "R"],
            "Data stack": ["Snowflake", "BigQuery", "dbt", "Airflow", "Fivetran"],
            "BI & dashboards": ["Looker", "Tableau", "Mode"],
            "Methods": ["A/B testing", "Causal inference", "Cohort analysis", "Forecasting", "Regression modeling"],
            "Libraries": ["pandas", "statsmodels", "scikit-learn", "Plotly"],
        },
        "certifications": ["dbt Analytics Engineering Certification · 2023", "Tableau Desktop Specialist · 2021"],
        "projects": [
            {"name": "noelanipark/ferry-delays", "stars": "312", "lang": "Python", "color": "#3572A5",
             "text": "Collects ferry positions every minute and publishes on-time statistics per route and sailing; "
                     "a Streamlit dashboard with about 1.8k visitors a month."},
            {"name": "noelanipark/cohort-kit", "stars": "148", "lang": "SQL", "color": "#e38c00",
             "text": "dbt macros for cohort and retention tables on Snowflake and BigQuery, with tests and examples."},
            {"name": "seattle-civic-data/bike-counters", "stars": "57", "lang": "R", "color": "#198CE7",
             "text": "Maintainer since 2021: cleans and weather-adjusts the city's bicycle counter data, updated "
                     "weekly by GitHub Actions."},
        ],
        "education": [
            {"degree": "B.S. in Statistics, minor in Economics", "institution": "Elliott Bay University",
             "location": "Seattle, WA", "period": "2016 – 2020",
             "detail": "Capstone on transit ridership forecasting · Dean's List, 6 quarters"},
        ],
    },
    "email_body_chef": {
        "name": "Owen Tregarthen", "phone": "07700 900274", "email": "owen.tregarthen@example.com",
        "intro": "I'd like to apply for the Head Chef job at The Lookout in Deal that I saw advertised last week. "
                 "I've cooked in Kent for sixteen years, the last seven running the kitchen at The Salt House, and "
                 "I'm ready for a bigger, busier kitchen on the coast. I've put my CV below as I wasn't sure the "
                 "attachment would come through.",
        "experience": [
            {"title": "Head Chef", "organization": "The Salt House", "location": "Whitstable", "period": "2019 - now",
             "duties": [
                 "Run a 70 cover seafood restaurant and terrace, up to 220 covers on summer Saturdays",
                 "Write the menus around the day boats and local growers, GP kept at 70-72%",
                 "Lead a brigade of 9: rotas, ordering, training, and two apprentices through their Level 2",
                 "Food hygiene rating of 5 at the last two inspections, allergen matrix and HACCP kept up to date",
                 "2 AA Rosettes since 2022"]},
            {"title": "Sous Chef", "organization": "The Anchor & Oyster", "location": "Faversham",
             "period": "2015 - 2019",
             "duties": [
                 "Second in a busy gastropub kitchen doing about 150 covers a day",
                 "Ran the kitchen on the head chef's days off and for three months of his leave",
                 "Brought butchery in house, buying whole lambs and pigs from a farm near Selling",
                 "Cut food cost from 34% to 30% with new ordering and portion specs"]},
            {"title": "Chef de Partie", "organization": "Quayside Brasserie", "location": "Ramsgate",
             "period": "2012 - 2015",
             "duties": ["Fish and sauce sections in a 120 cover harbour brasserie",
                        "Trained the commis chefs on the fish section"]},
            {"title": "Part-time Commis Chef", "organization": "The Old Forge Inn", "location": "Chartham",
             "period": "2010 - 2012",
             "duties": ["Weekends and holidays while at college: prep, veg and the pub grill"]},
        ],
        "education": [
            {"degree": "Professional Chef Diploma Level 2 & 3", "institution": "Stour Valley College",
             "location": "Canterbury", "period": "2010 - 2012"},
        ],
        "certificates": [("2024", "Level 3 Food Safety and Hygiene for Catering (renewed)"),
                         ("2023", "First Aid at Work (3 day)"),
                         ("2016", "Award for Personal Licence Holders (APLH)")],
        "skill_groups": {
            "Skills": ["menu writing and costing", "fish and shellfish preparation", "whole-animal butchery",
                       "pastry and bread", "kitchen management", "staff training", "stock control",
                       "allergen management", "HACCP"],
        },
        "closing": "I'm free for a trial shift any Monday or Tuesday and can start after four weeks' notice. My "
                   "references at The Salt House and The Anchor & Oyster are happy to talk to you.",
        "projects": [],
    },
    "word_two_page_nurse_practitioner": {
        "name": "Kristen Vaillancourt", "post_nominals": "MSN, APRN, FNP-C",
        "contact": "Greensboro, NC 27408  |  (336) 555-0129  |  kristen.vaillancourt@example.com",
        "summary": "Board-certified family nurse practitioner with five years in primary and urgent care after "
                   "eight years as an ICU nurse. I look after a panel of about 1,100 adults and children, with a "
                   "particular interest in diabetes, hypertension and women's health, and I still pick up urgent "
                   "care shifts because I like the pace.",
        "licensure": ["Advanced Practice Registered Nurse (Nurse Practitioner), North Carolina Board of Nursing, "
                      "No. 5012847",
                      "Registered Nurse, multistate license (North Carolina), No. 284613",
                      "Family Nurse Practitioner, board certified (FNP-C), AANPCB, since 2021",
                      "DEA registration, Schedules II–V",
                      "BLS, ACLS and PALS, American Heart Association, current"],
        "experience": [
            {"title": "Family Nurse Practitioner", "organization": "Piedmont Crossroads Family Medicine",
             "location": "Greensboro, NC", "period": "September 2021 – Present", "unit": "",
             "bullets": [
                 "See 18–22 patients a day across all ages in a four-provider practice; panel of about 1,100",
                 "Manage diabetes, hypertension, COPD and depression to practice protocols; 74% of my patients "
                 "with diabetes have an A1c under 8%, against a practice goal of 65%",
                 "Perform well-child and sports physicals, Pap smears, IUD and implant counseling, joint "
                 "injections, skin biopsies and simple laceration repair",
                 "Started a nurse practitioner-led transitional care clinic that sees patients within 7 days of "
                 "hospital discharge; 30-day readmissions fell from 17% to 11%",
                 "Precept 2 FNP students a year from Carolina Piedmont University"]},
            {"title": "PRN Nurse Practitioner", "organization": "Haw River Urgent Care, PLLC",
             "location": "Burlington, NC", "period": "January 2022 – Present", "unit": "",
             "bullets": [
                 "Work 2–4 twelve-hour shifts a month, seeing up to 45 patients a shift",
                 "Evaluate and treat minor injuries and acute illness; order and read x-rays and point-of-care "
                 "tests, splint fractures and repair lacerations",
                 "Cut the clinic's antibiotic prescribing for viral respiratory illness through a shared "
                 "stewardship checklist"]},
            {"title": "Charge Nurse", "organization": "Guilford Valley Medical Center", "location": "Greensboro, NC",
             "period": "July 2017 – August 2021", "unit": "Medical Intensive Care Unit, 24 beds",
             "bullets": [
                 "Charge nurse on 3 of 6 shifts a fortnight, directing 10–12 nurses and assigning admissions",
                 "Cared for ventilated, septic and post-arrest patients, including during the COVID-19 surges",
                 "Led the unit's CLABSI bundle work; no central line infections for 19 consecutive months",
                 "Trained 14 new graduate nurses as a unit preceptor"]},
            {"title": "Registered Nurse", "organization": "Guilford Valley Medical Center",
             "location": "Greensboro, NC", "period": "June 2013 – June 2017",
             "unit": "Medical Intensive Care Unit",
             "bullets": [
                 "Cared for 1–2 critically ill patients a shift: ventilators, vasoactive drips, CRRT",
                 "Member of the rapid response team from 2015",
                 "Joined the unit's practice council and rewrote the sedation protocol with the intensivists"]},
        ],
        "education": [
            {"degree": "Master of Science in Nursing, Family Nurse Practitioner",
             "institution": "Carolina Piedmont University", "location": "Winston-Salem, NC", "period": "May 2021",
             "detail": "GPA 3.91; Sigma Theta Tau International Honor Society"},
            {"degree": "Bachelor of Science in Nursing, cum laude", "institution": "Deep River University",
             "location": "High Point, NC", "period": "May 2013", "detail": ""},
        ],
        "rotations": [("Family Practice", "Yadkin Bend Community Health Center, Lexington, NC", "240 hours"),
                      ("Pediatrics", "Oak Hollow Pediatrics, High Point, NC", "180 hours"),
                      ("Women's Health", "Triad Women's Care, Greensboro, NC", "120 hours"),
                      ("Urgent Care", "Haw River Urgent Care, Burlington, NC", "120 hours")],
        "skill_groups": {
            "Clinical": ["Chronic disease management", "Diabetes and hypertension care", "Well-child exams",
                         "Women's health", "Contraception counseling", "Suturing and laceration repair",
                         "Joint injections", "Skin biopsy", "Point-of-care ultrasound"],
            "EHR": ["Epic", "athenaOne", "eClinicalWorks"],
        },
        "memberships": ["Piedmont Nurse Practitioner Council, member since 2021",
                        "Triad Chapter of Critical Care Nurses, member 2014 – 2021"],
        "languages": "English (native), Spanish (intermediate; medical Spanish course, 2020)",
        "projects": [],
    },
}


def _docx_shading(paragraph, fill: str) -> None:
    """A paragraph shaded across the text width, as Word's Borders and Shading dialogue sets it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(key), value)
    paragraph._p.get_or_add_pPr().append(shd)


def docx_india_fresher_resume(r: dict, path: Path) -> None:
    """An Indian-format CV typed in Word: 'CURRICULUM VITAE' centred and underlined on top, the name and a contact
    line ruled underneath, section names as bold paragraphs in a grey shaded bar; 'Career Objective', 'Educational
    Qualification' as a bordered table (Qualification | Institution | Board / University | Year of Passing |
    Percentage / CGPA), 'Work Experience' with labelled lines per job ('Company:', 'Designation:', 'Duration:' against
    a tab stop) over 'Roles & Responsibilities:' and Word list bullets, 'Technical Skills' as labelled lines,
    'Academic Projects' with 'Title:', 'Role:', 'Technologies:' and 'Description:' labels, certifications,
    extra-curricular activities, 'Personal Details' as 'Label<TAB>: value' lines, a 'Declaration' paragraph, then
    'Place:' and 'Date:' with the name in capitals in brackets at the right."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.5)
    text_width = Cm(17)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(11)
    normal.paragraph_format.space_after = Pt(2)
    label_stop = Cm(3.4)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        _docx_shading(p, "D9D9D9")
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(5)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(12)

    def labelled(label: str, value: str, colon_after_tab: bool = False, bold_value: bool = False,
                 gap: float = 0) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(gap)
        p.paragraph_format.tab_stops.add_tab_stop(label_stop)
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = label_stop, -label_stop
        p.paragraph_format.space_after = Pt(1)
        if colon_after_tab:
            p.add_run(f"{label}\t: ")
        else:
            p.add_run(f"{label}:").bold = True
            p.add_run("\t")
        p.add_run(value).bold = bold_value

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("CURRICULUM VITAE")
    run.bold, run.underline, run.font.size = True, True, Pt(14)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    run = p.add_run(r["name"])
    run.bold, run.font.size = True, Pt(16)
    d.add_paragraph(f"Mobile: {r['mobile']}  |  Email: {r['email']}")
    p = d.add_paragraph(f"LinkedIn: {r['linkedin']}")
    _docx_rule_below(p, "000000")
    heading("Career Objective")
    p = d.add_paragraph(r["objective"])
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    heading("Educational Qualification")
    columns = ["Qualification", "Institution", "Board / University", "Year of Passing", "Percentage / CGPA"]
    table = d.add_table(rows=1 + len(r["education"]), cols=len(columns))
    table.style = "Table Grid"
    table.autofit = False
    for column, w in zip(table.columns, [3.9, 4.6, 3.7, 2.2, 2.6], strict=True):
        column.width = Cm(w)
        for cell in column.cells:
            cell.width = Cm(w)
    for cell, text in zip(table.rows[0].cells, columns, strict=True):
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = True
    for row, e in zip(table.rows[1:], r["education"], strict=True):
        values = [e["degree"], f"{e['institution']}, {e['location']}", e["board"], e["period"], e["score"]]
        for i, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            p = cell.paragraphs[0]
            if i >= 3:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text)

    heading("Work Experience")
    for n, e in enumerate(r["experience"]):
        labelled("Company", f"{e['organization']}, {e['location']}", bold_value=True, gap=9 if n else 0)
        labelled("Designation", e["title"])
        labelled("Duration", e["period"])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(3)
        p.add_run("Roles & Responsibilities:").bold = True
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")

    heading("Technical Skills")
    for group, skills in r["skill_groups"].items():
        labelled(group, ", ".join(skills))

    heading("Academic Projects")
    for n, proj in enumerate(r["projects"]):
        labelled("Title", proj["name"], bold_value=True, gap=9 if n else 0)
        labelled("Role", proj["role"])
        labelled("Technologies", proj["tech"])
        labelled("Description", proj["text"])

    heading("Certifications")
    for c in r["certifications"]:
        d.add_paragraph(c, style="List Bullet")
    heading("Extra-Curricular Activities")
    for a in r["activities"]:
        d.add_paragraph(a, style="List Bullet")

    heading("Personal Details")
    for label, value in r["personal"]:
        labelled(label, value, colon_after_tab=True)
    heading("Declaration")
    p = d.add_paragraph(r["declaration"])
    p.paragraph_format.first_line_indent = Cm(1.25)
    p = d.add_paragraph(f"Place: {r['place']}")
    p.paragraph_format.space_before = Pt(12)
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("Date:\t")
    p.add_run(f"({r['name'].upper()})").bold = True
    d.save(str(path))


def reportlab_side_headings_resume(r: dict, path: Path) -> None:
    """A mechanical engineer's resume drawn straight onto a PDF canvas with reportlab (US Letter, Liberation Serif
    embedded; no source file: the writer function is the source): the name with its post-nominal and a '·' contact
    line over a rule; every section opens with a thin rule and its heading in a left gutter column on the same
    baseline as the section's first line, the content in the right column; each job as the employer in bold with
    the town and the dates right-aligned on the same baseline, the title in italics on the next line, '•' bullets,
    and inside the first job a 'Key projects' sub-list of '– **Name**: text' lines; education in the job form, skills
    as '**Software:**' and '**Engineering:**' lines, licences and certifications. Breaks onto a second page, where
    the running head repeats the name, if the page runs out."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fonts = Path("/usr/share/fonts/truetype/liberation")
    for face, file in (("LSerif", "LiberationSerif-Regular.ttf"), ("LSerif-Bold", "LiberationSerif-Bold.ttf"),
                       ("LSerif-Italic", "LiberationSerif-Italic.ttf"),
                       ("LSerif-BoldItalic", "LiberationSerif-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(face, str(fonts / file)))
    ink, grey, accent = HexColor("#1d1d1f"), HexColor("#5a5a5a"), HexColor("#7b1e22")
    width, height = LETTER
    left, right = 0.6 * 72, width - 0.6 * 72
    cx = left + 1.32 * 72  # the content column
    cw = right - cx
    bottom = 0.6 * 72
    c = canvas.Canvas(str(path), pagesize=LETTER)
    c.setTitle(f"{r['name']} - Resume")
    c.setAuthor(r["name"])
    size, lead = 10, 12.6
    state = {"y": 0.0, "page": 1}

    def new_page() -> None:
        c.showPage()
        state["page"] += 1
        c.setFont("LSerif-Italic", 8.5)
        c.setFillColor(grey)
        c.drawString(left, height - 0.45 * 72, f"{r['name']} — page {state['page']}")
        state["y"] = height - 0.75 * 72

    def room(lines: int) -> None:
        if state["y"] - lines * lead < bottom:
            new_page()

    def rich(x: float, w: float, segments: list[tuple[str, str]], color=ink) -> None:
        """Draw text of several fonts wrapped to w, each line's runs of one font drawn as one string."""
        words = [(font, word) for font, text in segments for word in text.split()]
        lines: list[list[tuple[str, str]]] = [[]]
        used = 0.0
        for font, word in words:
            ww = stringWidth(word, font, size)
            gap = stringWidth(" ", font, size) if lines[-1] else 0
            if lines[-1] and used + gap + ww > w:
                lines.append([])
                used, gap = 0.0, 0
            lines[-1].append((font, word))
            used += gap + ww
        for line in lines:
            room(1)
            c.setFillColor(color)
            pos, runs = x, []
            for font, word in line:
                if runs and runs[-1][0] == font:
                    runs[-1][1].append(word)
                else:
                    runs.append((font, [word]))
            for i, (font, ws) in enumerate(runs):
                text = (" " if i else "") + " ".join(ws)
                c.setFont(font, size)
                c.drawString(pos, state["y"], text)
                pos += stringWidth(text, font, size)
            state["y"] -= lead

    def bullet(text: str, x: float, mark: str = "•", font: str = "LSerif") -> None:
        room(1)
        c.setFont("LSerif", size)
        c.setFillColor(ink)
        c.drawString(x, state["y"], mark)
        rich(x + 10, right - x - 10, [(font, text)])

    def section(title: str) -> None:
        state["y"] -= 7
        room(3)
        c.setStrokeColor(HexColor("#b9b9b9"))
        c.setLineWidth(0.5)
        c.line(left, state["y"] + lead, right, state["y"] + lead)
        state["y"] -= 4
        c.setFont("LSerif-Bold", 11)
        c.setFillColor(accent)
        c.drawString(left, state["y"], title)

    def head(org: str, town: str, when: str, title: str, detail: str = "") -> None:
        room(3)
        y = state["y"]
        c.setFillColor(ink)
        c.setFont("LSerif-Bold", 10.5)
        c.drawString(cx, y, org)
        c.setFont("LSerif", size)
        c.drawRightString(right, y, when)
        c.setFillColor(grey)
        c.drawRightString(right - stringWidth(when, "LSerif", size) - 14, y, town)
        state["y"] -= lead
        rich(cx, cw, [("LSerif-Italic", title)])
        if detail:
            rich(cx, cw, [("LSerif", detail)], grey)

    # the name and the contact line
    y = height - 0.7 * 72
    c.setFillColor(ink)
    c.setFont("LSerif-Bold", 22)
    c.drawString(left, y - 6, r["name"])
    c.setFont("LSerif", 13)
    c.setFillColor(grey)
    c.drawString(left + stringWidth(r["name"], "LSerif-Bold", 22), y - 6, f", {r['post_nominal']}")
    c.setFont("LSerif", 9.5)
    c.drawString(left, y - 24, "  ·  ".join(r["contact"]))
    c.setStrokeColor(accent)
    c.setLineWidth(1.4)
    c.line(left, y - 32, right, y - 32)
    state["y"] = y - 54

    section("Profile")
    rich(cx, cw, [("LSerif", r["profile"])])
    section("Experience")
    for n, e in enumerate(r["experience"]):
        if n:
            state["y"] -= 5
        head(e["organization"], e["location"], e["period"], e["title"])
        for b in e["bullets"]:
            bullet(b, cx)
        if n == r["projects_in"]:
            room(2)
            c.setFont("LSerif-BoldItalic", size)
            c.setFillColor(ink)
            c.drawString(cx + 10, state["y"], "Key projects")
            state["y"] -= lead
            for proj in r["projects"]:
                room(1)
                c.setFont("LSerif", size)
                c.drawString(cx + 10, state["y"], "–")
                rich(cx + 20, cw - 20, [("LSerif-Bold", f"{proj['name']}:"), ("LSerif", proj["text"])])
    section("Education")
    for n, e in enumerate(r["education"]):
        if n:
            state["y"] -= 5
        head(e["institution"], e["location"], e["period"], e["degree"], e["detail"])
    section("Skills")
    for group, skills in r["skill_groups"].items():
        rich(cx, cw, [("LSerif-Bold", f"{group}:"), ("LSerif", ", ".join(skills))])
    section("Licenses")
    for lic in r["licenses"]:
        rich(cx, cw, [("LSerif", lic)])
    c.showPage()
    c.save()


_OCTICONS = {  # 16×16 GitHub-style glyphs as inline SVG paths (no text in the PDF)
    "repo": "M2 2.5A2.5 2.5 0 0 1 4.5 0h8.75a.75.75 0 0 1 .75.75v12.5a.75.75 0 0 1-.75.75h-2.5a.75.75 0 0 1 "
            "0-1.5h1.75v-2h-8a1 1 0 0 0-.71 1.71.75.75 0 0 1-1.06 1.06A2.49 2.49 0 0 1 2 11.5Zm10.5-1h-8a1 1 0 0 "
            "0-1 1v6.71A2.49 2.49 0 0 1 4.5 9h8ZM5 12.25a.25.25 0 0 1 .25-.25h3.5a.25.25 0 0 1 .25.25v3.25a.25.25 0 "
            "0 1-.4.2l-1.45-1.087a.249.249 0 0 0-.3 0L5.4 15.7a.25.25 0 0 1-.4-.2Z",
    "star": "M8 .25a.75.75 0 0 1 .673.418l1.882 3.815 4.21.612a.75.75 0 0 1 .416 1.279l-3.046 2.97.719 4.192a.751.751 "
            "0 0 1-1.088.791L8 12.347l-3.766 1.98a.75.75 0 0 1-1.088-.79l.72-4.194L.818 6.374a.75.75 0 0 1 "
            ".416-1.28l4.21-.611L7.327.668A.75.75 0 0 1 8 .25Z",
}


def _octicon(name: str, color: str) -> str:
    return (f"<svg class=\"oct\" viewBox=\"0 0 16 16\" width=\"11\" height=\"11\" aria-hidden=\"true\">"
            f"<path fill=\"{color}\" d=\"{_OCTICONS[name]}\"/></svg>")


def browser_at_grid(r: dict) -> str:
    """A modern data analyst's resume printed by Chromium (A4, 2 pages): a header with the name, a coloured headline
    and the contact items flush right; page 1 only is a two-column grid (the summary and the experience on the left,
    skills as tag chips grouped under small-caps labels and certifications in a ruled right column); each job head
    one line 'Title @ Employer' with the dates in a tinted pill at the right and a small grey town line beneath,
    bullets; page 2 single column: 'Projects' as GitHub-style cards ('owner/repo' in bold after a repository icon, a
    star icon and count at the right, a description, a coloured language dot), then education in the job form."""
    def job(e: dict) -> str:
        return (f"<div class=\"job\"><div class=\"head\"><h3>{esc(e['title'])} <span class=\"at\">@</span> "
                f"{esc(e['organization'])}</h3><span class=\"pill\">{esc(e['period'])}</span></div>"
                f"<p class=\"town\">{esc(e['location'])}</p><ul>{_li(e['bullets'])}</ul></div>\n")

    jobs = "".join(job(e) for e in r["experience"])
    groups = "".join(f"<h4 class=\"label\">{esc(g)}</h4><div class=\"chips\">"
                     + "".join(f"<span class=\"chip\">{esc(s)}</span>" for s in skills) + "</div>\n"
                     for g, skills in r["skill_groups"].items())
    repos = "".join(f"<div class=\"repo\"><div class=\"rhead\"><span>{_octicon('repo', '#57606a')} "
                    f"<b>{esc(p['name'])}</b></span><span class=\"stars\">{_octicon('star', '#57606a')} "
                    f"{esc(p['stars'])}</span></div><p>{esc(p['text'])}</p><p class=\"lang\"><span class=\"dot\" "
                    f"style=\"background:{p['color']}\"></span>{esc(p['lang'])}</p></div>\n" for p in r["projects"])
    edu = "".join(f"<div class=\"job\"><div class=\"head\"><h3>{esc(e['degree'])} <span class=\"at\">@</span> "
                  f"{esc(e['institution'])}</h3><span class=\"pill\">{esc(e['period'])}</span></div>"
                  f"<p class=\"town\">{esc(e['location'])}</p><p class=\"detail\">{esc(e['detail'])}</p></div>\n"
                  for e in r["education"])
    css = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 8.9pt; line-height: 1.42;
       color: #1f2933; }
.sheet { width: 210mm; height: 297mm; padding: 13mm 13mm 10mm; overflow: hidden; break-after: page; }
.sheet.rest { height: auto; overflow: visible; break-after: auto; }
header { display: flex; justify-content: space-between; align-items: flex-end; padding-bottom: 4mm;
         border-bottom: 0.6mm solid #0f766e; }
h1 { margin: 0; font-size: 25pt; line-height: 1.05; letter-spacing: -0.01em; }
.headline { margin: 1.5mm 0 0; font-size: 11pt; font-weight: bold; color: #0f766e; }
.contact { margin: 0; text-align: right; font-size: 8.4pt; line-height: 1.5; color: #52606d; }
.grid { display: grid; grid-template-columns: 1fr 57mm; gap: 7mm; margin-top: 5mm; }
h2 { margin: 0 0 2.5mm; font-size: 9.5pt; letter-spacing: .14em; text-transform: uppercase; color: #0f766e; }
.summary { margin: 0 0 5mm; }
.job { margin: 0 0 4mm; }
.head { display: flex; justify-content: space-between; align-items: baseline; gap: 3mm; }
.head h3 { margin: 0; font-size: 10.2pt; }
.at { color: #0f766e; font-weight: normal; }
.pill { flex: none; padding: 0.3mm 2.4mm; border-radius: 3mm; background: #d5f5ef; color: #115e59;
        font-size: 7.8pt; white-space: nowrap; }
.town { margin: 0.2mm 0 1mm; font-size: 7.9pt; color: #9aa5b1; }
ul { margin: 0; padding-left: 4.2mm; }
li { margin: 0.5mm 0; }
li::marker { color: #0f766e; }
aside { padding-left: 6mm; border-left: 0.3mm solid #e4e7eb; }
.label { margin: 3mm 0 1.3mm; font-size: 9pt; font-variant: small-caps; letter-spacing: .05em; color: #616e7c; }
.chips { display: flex; flex-wrap: wrap; gap: 1.3mm; }
.chip { padding: 0.3mm 2mm; border: 0.25mm solid #9ee6da; border-radius: 1.2mm; background: #effcf9;
        font-size: 8pt; }
aside h2.more { margin-top: 7mm; }
.cert { margin: 0 0 1.5mm; font-size: 8.3pt; }
.repo { margin: 0 0 3mm; padding: 2.5mm 3.5mm; border: 0.3mm solid #d0d7de; border-radius: 1.5mm; }
.rhead { display: flex; justify-content: space-between; align-items: center; }
.rhead b { color: #0969da; font-size: 9.6pt; }
.oct { vertical-align: -1.5px; }
.stars { font-size: 8.3pt; color: #57606a; }
.repo p { margin: 1mm 0 0; }
.lang { font-size: 8pt; color: #57606a; }
.dot { display: inline-block; width: 2.4mm; height: 2.4mm; margin-right: 1.3mm; border-radius: 50%;
       vertical-align: -0.3mm; }
.rest h2 { margin-top: 2mm; }
.detail { margin: 0.5mm 0 0; }
.rest .repo + h2 { margin-top: 6mm; }
"""
    body = f"""
<div class="sheet">
<header>
<div><h1>{esc(r['name'])}</h1><p class="headline">{esc(r['headline'])}</p></div>
<p class="contact">{'<br>'.join(esc(c) for c in r['contact'])}</p>
</header>
<div class="grid">
<main>
<h2>Summary</h2>
<p class="summary">{esc(r['summary'])}</p>
<h2>Experience</h2>
{jobs}</main>
<aside>
<h2>Skills</h2>
{groups}<h2 class="more">Certifications</h2>
{''.join(f'<p class="cert">{esc(c)}</p>' for c in r['certifications'])}
</aside>
</div>
</div>
<div class="sheet rest">
<h2>Projects</h2>
{repos}<h2>Education</h2>
{edu}</div>
"""
    return _page(f"{esc(r['name'])} – Resume", css, body)


def email_body_chef(r: dict) -> str:
    """A chef's CV pasted into the body of an email as plain text, each paragraph on one line as a mail client sends
    it: 'Dear Hiring Manager,' first, a paragraph, then 'My experience:' with each job as '2019 - now   Title at
    Employer, Town' (the dates first, padded with spaces so that the titles line up), '* ' duty lines, 'Training:'
    with the college in the job form ('at') and dated certificate lines, 'Skills:' as one comma sentence, a closing
    paragraph and the signature block with the name at the end, after 'Kind regards,', over the phone and email."""
    out = ["Dear Hiring Manager,", "", r["intro"], "", "My experience:", ""]
    for e in r["experience"]:
        out.append(f"{e['period']:<13}{e['title']} at {e['organization']}, {e['location']}")
        out += [f"* {duty}" for duty in e["duties"]] + [""]
    out += ["Training:", ""]
    out += [f"{e['period']:<13}{e['degree']} at {e['institution']}, {e['location']}" for e in r["education"]]
    out += [f"{year:<13}{text}" for year, text in r["certificates"]]
    out += ["", "Skills: " + ", ".join(s for g in r["skill_groups"].values() for s in g) + ".", ""]
    out += [r["closing"], "", "Kind regards,", "", r["name"], r["phone"], r["email"]]
    return "\n".join(out) + "\n"


def word_two_page_nurse_practitioner_resume(r: dict, path: Path) -> None:
    """A US family nurse practitioner's two-page Word resume (Letter, Calibri): the name with its post-nominals
    centred over a '|' contact line, sections in Word's 'Heading 2' with a rule underneath; each employer a Word
    'Heading 3' paragraph 'Employer — City, ST', then per role a line '**Title**<TAB>dates' against a right-aligned
    tab stop, the unit in italics where there is one, and 'List Bullet' paragraphs; two roles under one employer
    heading; education in the same form with a 'Clinical Rotations' list under the MSN (specialty, site and town,
    hours after a tab), skills as labelled lines, memberships and languages. Pages after the first carry a header
    with the name and the page number (a PAGE field); the first page has none."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    teal = RGBColor(0x1B, 0x5E, 0x6B)
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.85)
    section.top_margin = section.bottom_margin = Inches(0.75)
    text_width = Inches(8.5 - 2 * 0.85)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(11)
    normal.paragraph_format.space_after = Pt(2)
    h2, h3 = d.styles["Heading 2"], d.styles["Heading 3"]
    h2.font.name, h2.font.size, h2.font.color.rgb = "Calibri", Pt(13), teal
    h2.paragraph_format.space_before, h2.paragraph_format.space_after = Pt(14), Pt(4)
    h3.font.name, h3.font.size, h3.font.color.rgb = "Calibri", Pt(11.5), RGBColor(0x26, 0x26, 0x26)
    h3.paragraph_format.space_before, h3.paragraph_format.space_after = Pt(9), Pt(1)

    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = ""  # an empty header on page 1
    p = section.header.paragraphs[0]
    run = p.add_run(f"{r['name']}, FNP-C — page ")
    run.font.size, run.font.color.rgb = Pt(9), RGBColor(0x70, 0x70, 0x70)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    field_run = OxmlElement("w:r")
    field_props = OxmlElement("w:rPr")
    for tag, value in (("w:color", "707070"), ("w:sz", "18")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        field_props.append(element)
    field_run.append(field_props)
    field_text = OxmlElement("w:t")
    field_text.text = "2"
    field_run.append(field_text)
    field.append(field_run)
    p._p.append(field)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def heading(text: str) -> None:
        p = d.add_heading(text, 2)
        _docx_rule_below(p, "1B5E6B")

    def role(title: str, when: str, unit: str = "") -> None:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(1)
        p.add_run(title).bold = True
        p.add_run(f"\t{when}")
        if unit:
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            p.add_run(unit).italic = True

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(r["name"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), teal
    run = p.add_run(f", {r['post_nominals']}")
    run.font.size = Pt(13)
    p = d.add_paragraph(r["contact"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading("Professional Summary")
    d.add_paragraph(r["summary"])
    heading("Licensure & Certification")
    for line in r["licensure"]:
        d.add_paragraph(line, style="List Bullet")
    heading("Professional Experience")
    previous = None
    for e in r["experience"]:
        if e["organization"] != previous:
            d.add_heading(f"{e['organization']} — {e['location']}", 3)
        else:
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        previous = e["organization"]
        role(e["title"], e["period"], e["unit"])
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    heading("Education")
    for n, e in enumerate(r["education"]):
        d.add_heading(f"{e['institution']} — {e['location']}", 3)
        role(e["degree"], e["period"])
        if e["detail"]:
            d.add_paragraph(e["detail"])
        if n == 0:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(4)
            p.add_run("Clinical Rotations").bold = True
            p.add_run(f" ({sum(int(h.split()[0]) for _, _, h in r['rotations'])} precepted hours)")
            for specialty, site, hours in r["rotations"]:
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Inches(0.3)
                p.paragraph_format.space_after = Pt(1)
                p.paragraph_format.tab_stops.add_tab_stop(text_width - Inches(0.3), WD_TAB_ALIGNMENT.RIGHT)
                p.add_run(specialty).italic = True
                p.add_run(f" — {site}\t{hours}")
    heading("Clinical Skills")
    for group, skills in r["skill_groups"].items():
        p = d.add_paragraph()
        p.add_run(f"{group}: ").bold = True
        p.add_run(", ".join(skills))
    heading("Professional Memberships")
    for m in r["memberships"]:
        d.add_paragraph(m, style="List Bullet")
    heading("Languages")
    d.add_paragraph(r["languages"])
    d.save(str(path))


# ------------------------------------------------------------------------------------ held-out-14 writers
# Five more hand-written people (an Austin SaaS account executive, a Columbus supply-chain analyst, a Bristol primary
# school teacher, a Welsh management accountant, a front office manager from Mexico), each in a layout none of the
# earlier sets has. Built by someone who had not read the parser and did not run it on these files; the split of each
# file was fixed in FIXTURES before any of them was generated. As for PEOPLE_7 to PEOPLE_13, the truth is derived
# from this data, never from a rendering; volunteering and student activities are not experience, internships,
# part-time and summer jobs are; referees are not experience; certifications, licences, registrations, memberships
# and spoken languages are not skills; a skill phrase is one skill as written, brackets included. Text that CSS sets
# in capitals (a name, an employer) is given here, and in the truth, in the case the person typed it. Every person,
# employer, school and referee here is invented; the towns are real places.

PEOPLE_14: dict[str, dict] = {
    "browser_canva_sales": {
        "name": "Kiana Holloway", "headline": "Senior Account Executive",
        "contact": ["(512) 555-0164", "kiana.holloway@example.com", "Austin, TX", "linkedin.com/in/kianaholloway"],
        "profile": "Quota-carrying account executive with seven years in B2B SaaS sales, from cold calls as an SDR "
                   "to closing six-figure mid-market deals. I run a disciplined pipeline, sell on business outcomes "
                   "rather than features, and I like being the person a customer calls when something goes wrong.",
        "experience": [
            {"title": "Senior Account Executive", "organization": "Brightloop Software", "location": "",
             "period": "2023 - Present",
             "bullets": [
                 "Close new business with 200–1,000 employee companies across the Central US; average deal of "
                 "$68K ARR",
                 "Finished 2024 at 142% of a $1.1M quota, ranked #1 of 18 account executives",
                 "Built a referral program with two payroll partners that now sources 30% of my pipeline",
                 "Mentor three new AEs through their first two quarters"]},
            {"title": "Account Executive", "organization": "Tallgrass Freight Cloud", "location": "",
             "period": "2020 - 2023",
             "bullets": [
                 "Sold a freight visibility platform to shippers and 3PLs with $50M–$500M in revenue",
                 "Closed $2.4M in new ARR in 2022 (127% of quota), including the largest deal in company history",
                 "Shortened the average sales cycle from 94 to 71 days by introducing mutual action plans"]},
            {"title": "Sales Development Representative", "organization": "Pecan Street Payments", "location": "",
             "period": "2018 - 2020",
             "bullets": [
                 "Booked 45+ qualified meetings a quarter through calls, email and LinkedIn outreach",
                 "Trained six new SDRs on call scripts and Outreach sequences"]},
            {"title": "Part-time Sales Associate", "organization": "Lone Star Running Co.", "location": "",
             "period": "2015 - 2018",
             "bullets": ["Fitted and sold running shoes 20 hours a week while in college; top seller in 5 of 8 "
                         "quarters"]},
        ],
        "education": [
            {"degree": "B.B.A. in Marketing", "institution": "Texas Hill Country University", "location": "",
             "period": "2014 - 2018"},
        ],
        "skill_groups": {
            "Expertise": ["Full-cycle B2B sales", "Pipeline management", "Consultative selling",
                          "MEDDICC qualification", "Contract negotiation", "Forecasting", "Account planning",
                          "Cold outreach"],
            "Tools": ["Salesforce", "HubSpot", "Gong", "Outreach", "LinkedIn Sales Navigator", "ZoomInfo"],
        },
        "achievements": [("142%", "of quota in 2024"), ("$2.4M", "new ARR closed in 2022"),
                         ("#1", "of 18 AEs at Brightloop, 2024"), ("3×", "President's Club: 2021, 2022, 2024")],
        "projects": [],
    },
    "docx_ats_two_tables": {
        "name": "Caleb Lindstrom",
        "contact": ["Columbus, OH 43215", "(614) 555-0138", "caleb.lindstrom@example.com",
                    "linkedin.com/in/caleblindstrom"],
        "experience": [
            {"title": "Supply Chain Analyst II", "organization": "Scarlet Oak Home Goods", "location": "Groveport, OH",
             "period": "January 2024 – Present",
             "bullets": [
                 "Forecast weekly demand for 2,400 SKUs across three distribution centers in SAP IBP; raised "
                 "forecast accuracy (WMAPE) from 61% to 74%",
                 "Led a safety stock recalculation for the top 300 SKUs that released $3.2M of inventory while "
                 "holding fill rate above 97%",
                 "Run the weekly S&OP supply review with purchasing, transportation and finance"]},
            {"title": "Supply Chain Analyst", "organization": "Scarlet Oak Home Goods", "location": "Groveport, OH",
             "period": "June 2022 – December 2023",
             "bullets": [
                 "Built Power BI dashboards for OTIF, fill rate and inventory turns used by 40 planners and buyers",
                 "Automated the daily open purchase order report with SQL and Power Query, saving 6 hours a week",
                 "Analyzed carrier scorecards and supported an LTL bid that cut freight cost per unit by 8%"]},
            {"title": "Logistics Coordinator", "organization": "Tri-County Freight Services",
             "location": "Obetz, OH", "period": "July 2021 – May 2022",
             "bullets": [
                 "Scheduled 120+ inbound and outbound truckloads a week for four retail and grocery customers",
                 "Kept on-time pickup at 98% during the 2021 peak season by re-sequencing dock appointments"]},
            {"title": "Transportation Clerk", "organization": "Tri-County Freight Services", "location": "Obetz, OH",
             "period": "August 2020 – June 2021",
             "bullets": [
                 "Entered and audited bills of lading and carrier invoices in Oracle Transportation Management",
                 "Resolved 30–40 shipment exceptions a week with carriers and customer service"]},
            {"title": "Supply Chain Intern", "organization": "Vandalia Precision Components",
             "location": "Vandalia, OH", "period": "May 2019 – August 2019",
             "bullets": [
                 "Mapped the kanban replenishment process for 180 purchased parts and proposed new reorder points",
                 "Built an Excel model comparing two packaging suppliers, used in the final sourcing decision"]},
        ],
        "employer_periods": {"Scarlet Oak Home Goods": "June 2022 – Present",
                             "Tri-County Freight Services": "August 2020 – May 2022"},
        "education": [
            {"institution": "Olentangy State University", "location": "Columbus, OH",
             "degree": "Master of Science in Supply Chain Management (part-time, evening program)",
             "period": "Expected May 2026",
             "detail": "Relevant coursework: Inventory Optimization, Logistics Network Design, Predictive Analytics"},
            {"institution": "Mad River University", "location": "Dayton, OH",
             "degree": "Bachelor of Science in Business Administration, Operations & Supply Chain Management",
             "period": "May 2020", "detail": "Minor in Data Analytics; GPA: 3.62/4.00; Dean's List (5 semesters)"},
        ],
        "skill_groups": {
            "Technical": ["SAP S/4HANA (MM, SD)", "SAP IBP", "Oracle Transportation Management",
                          "Excel (Power Query, pivot tables, VBA)", "SQL", "Power BI", "Tableau", "Python (pandas)",
                          "Demand forecasting", "Inventory optimization"],
        },
        "languages": "Spanish (conversational)",
        "interests": "Distance running, woodworking, restoring vintage bicycles",
        "projects": [],
    },
    "pages_export_teacher": {
        "name": "Imogen Whitcombe", "headline": "Primary School Teacher",
        "contact": ["07700 900582", "imogen.whitcombe@example.com", "Bristol"],
        "profile": "Enthusiastic and organised primary teacher with six years' experience in Key Stage 1 and Lower "
                   "Key Stage 2. I plan lessons that are practical and full of talk, keep a calm and kind classroom, "
                   "and work closely with parents and support staff so that every child makes progress.",
        "experience": [
            {"title": "Year 4 Class Teacher", "organization": "Foxglove Lane Primary School", "location": "Bristol",
             "period": "September 2021 – Present", "section": "teaching",
             "bullets": [
                 "Teach a class of 30 pupils, 6 with SEN support plans and 5 learning English as an additional "
                 "language",
                 "Science subject leader since 2023: rewrote the Key Stage 2 science curriculum and run an annual "
                 "science week",
                 "91% of my class met the expected standard in the 2024 multiplication tables check",
                 "Mentor a trainee teacher each spring term"]},
            {"title": "Year 2 Class Teacher", "organization": "St Wenna's C of E Primary School",
             "location": "Keynsham", "period": "September 2019 – July 2021", "section": "teaching",
             "bullets": [
                 "Completed my NQT year here and taught Year 2 through two years of partial school closures",
                 "Planned and recorded remote phonics and maths lessons used across the key stage",
                 "Ran the after-school gardening club"]},
            {"title": "Camp Counsellor", "organization": "Camp Wildwood Lake", "location": "New Hampshire, USA",
             "period": "Summers 2017 and 2018", "section": "other",
             "bullets": [
                 "Looked after a cabin of eight children aged 9–11 for nine weeks each summer",
                 "Led the arts and crafts programme and evening campfire activities for 120 campers"]},
        ],
        "education": [
            {"degree": "BA (Hons) Primary Education with QTS, First Class", "institution": "Severnside University",
             "location": "Bristol", "period": "2016 – 2019"},
        ],
        "certification": ["Qualified Teacher Status (QTS), 2019", "Paediatric First Aid (12 hours), 2023",
                          "Designated Safeguarding Lead training (Level 3), 2024"],
        "skill_groups": {
            "Professional Skills": ["Phonics teaching (Read Write Inc.)", "guided reading", "White Rose Maths",
                                    "formative assessment", "behaviour management",
                                    "differentiation for SEND and EAL pupils", "curriculum planning",
                                    "Forest School sessions", "Seesaw and Tapestry", "interactive whiteboards",
                                    "parent communication"],
        },
        "references": [
            {"name": "Mrs Deborah Tennant", "role": "Headteacher", "school": "Foxglove Lane Primary School, Bristol",
             "email": "head@foxglovelane.example.org"},
            {"name": "Mr Paul Okafor", "role": "Deputy Headteacher",
             "school": "St Wenna's C of E Primary School, Keynsham", "email": "p.okafor@stwennas.example.org"},
        ],
        "projects": [],
    },
    "rtf_like_plain_accountant": {
        "name": "Rhian Gwilym", "address": "22 Heol y Parc, Cardiff CF14 6LZ", "phone": "07700 900419",
        "email": "rhian.gwilym@example.com",
        "profile": "ACCA qualified management accountant with nine years' experience in practice and in industry. "
                   "I produce monthly management accounts and board packs, run budgets and forecasts, and enjoy "
                   "replacing manual spreadsheets with systems the whole finance team can use. Fluent Welsh speaker.",
        "experience": [
            {"title": "Management Accountant", "organization": "Bryn Teg Leisure Parks Ltd", "location": "Swansea",
             "period": "04/2021 - Present",
             "duties": [
                 "Prepare monthly management accounts and the board pack for six holiday parks and a central office",
                 "Own the annual budget and quarterly reforecasts with the park managers and the operations director",
                 "Moved the group from Sage 50 to Xero with Dext and a consolidated Power BI report",
                 "Prepare quarterly VAT returns under Making Tax Digital and the year-end audit file",
                 "Line manage an assistant accountant and a purchase ledger clerk"]},
            {"title": "Accounts Senior", "organization": "Pryce Hughes Accountants", "location": "Bridgend",
             "period": "09/2017 - 03/2021",
             "duties": [
                 "Ran a portfolio of 70 clients: sole traders, partnerships and limited companies",
                 "Prepared statutory accounts, corporation tax returns and management information",
                 "Reviewed the work of two trainees and led the practice's move to cloud bookkeeping"]},
            {"title": "Trainee Accountant", "organization": "Pryce Hughes Accountants", "location": "Bridgend",
             "period": "09/2015 - 08/2017",
             "duties": [
                 "Bookkeeping, VAT returns and payroll for small business clients",
                 "Drafted year-end accounts and personal tax returns for review"]},
            {"title": "Part-time Purchase Ledger Clerk", "organization": "Castell Builders Merchants",
             "location": "Pontypridd", "period": "06/2012 - 08/2015",
             "duties": ["Matched and posted supplier invoices and ran the weekly supplier payment run, 16 hours a "
                        "week during university"]},
        ],
        "education": [
            {"degree": "BSc (Hons) Accounting and Finance, 2:1", "institution": "Glamorgan Valley University",
             "location": "Pontypridd", "period": "09/2012 - 06/2015"},
        ],
        "skill_groups": {
            "Skills": ["Monthly and year-end close", "Management accounts and board reporting",
                       "Budgeting and forecasting", "Cash flow forecasting", "VAT returns and Making Tax Digital",
                       "Payroll (PAYE and auto-enrolment)", "Fixed asset registers"],
            "Software": ["Xero", "Sage 50", "Sage 200", "QuickBooks Online", "Dext",
                         "Excel (pivot tables, XLOOKUP, Power Query)", "Power BI"],
        },
        "memberships": ["Association of Chartered Certified Accountants - Member (ACCA), since 11/2019",
                        "Association of Accounting Technicians - Member (MAAT), 2016 - 2020"],
        "languages": ["Welsh (fluent, spoken and written)", "English (native)"],
        "projects": [],
    },
    "browser_bilingual_es_en": {
        "name": "Ximena Alarcón Treviño", "headline": "Gerente de Recepción (Front Office Manager)",
        "contact": ["Playa del Carmen, Quintana Roo, México", "+52 984 555 0172", "ximena.alarcon@example.com",
                    "linkedin.com/in/ximena-alarcon-t"],
        "profile": "Front office manager with eleven years in full-service and all-inclusive hotels in Jalisco, "
                   "Guanajuato and the Riviera Maya. I lead reception, concierge and reservations teams, look after "
                   "guests in Spanish, English and French, and work closely with revenue management on occupancy and "
                   "upselling.",
        "experience": [
            {"title": "Front Office Manager", "organization": "Hotel Arrecife Blanco Resort & Spa",
             "location": "Playa del Carmen, Q. Roo", "period": "ene. 2021 – actualidad",
             "bullets": [
                 "Lead a team of 34 (front desk, concierge, bell staff, PBX and night audit) in a 412-room "
                 "all-inclusive resort",
                 "Raised the TripAdvisor rating from 4.2 to 4.6 and the check-in satisfaction score from 82 to 91",
                 "Upselling program at check-in generated US$640K in room upgrades in 2024",
                 "Moved the hotel from Opera 5 to Opera Cloud with no disruption to arrivals"]},
            {"title": "Front Desk Supervisor", "organization": "Gran Hotel Casa Jacaranda",
             "location": "Guadalajara, Jal.", "period": "mar. 2017 – dic. 2020",
             "bullets": [
                 "Supervised 12 receptionists across three shifts in a 190-room business hotel",
                 "Coordinated check-in for conventions and weddings of up to 300 guests",
                 "Trained new staff on Opera PMS, cash handling and service standards"]},
            {"title": "Guest Service Agent", "organization": "Hotel Posada de los Arcos",
             "location": "Guanajuato, Gto.", "period": "sept. 2014 – feb. 2017",
             "bullets": ["Check-in, check-out, reservations and night audit in a 60-room boutique hotel",
                         "Looked after international guests during the Festival Cervantino"]},
            {"title": "Front Office Intern", "organization": "Hotel Hacienda Santa Lucía del Bajío",
             "location": "León, Gto.", "period": "jun. 2013 – dic. 2013",
             "bullets": ["Professional internship (prácticas profesionales) at the front desk and in reservations"]},
        ],
        "education": [
            {"degree": "Licenciatura en Administración Turística (B.A. in Tourism Management)",
             "institution": "Universidad de Hospitalidad y Turismo del Bajío", "location": "León, Gto.",
             "period": "ago. 2010 – jun. 2014"},
        ],
        "skill_groups": {
            "Habilidades": ["Opera Cloud", "Opera PMS", "SynXis CRS", "Revenue management", "Upselling",
                            "Guest relations", "Complaint resolution", "Team leadership", "Staff training",
                            "Night audit", "Group & event check-in", "Budget control"],
        },
        "languages": [("Español", "nativo (Spanish, native)"), ("Inglés", "avanzado C1 (English, advanced)"),
                      ("Francés", "intermedio B1 (French, intermediate)")],
        "certifications": ["Certified Rooms Division Executive (CRDE), AHLEI, 2022",
                           "Distintivo H food safety training, Secretaría de Turismo, 2019"],
        "projects": [],
    },
}


def browser_canva_sales(r: dict) -> str:
    """A sales resume made in an online design tool (Canva-like) and printed by Chromium (Letter, one page): the name
    split over two lines in capitals (first name light, surname bold) beside a photo circle drawn by CSS, the
    headline letter-spaced under it; a wide left column (profile, experience, education) and a tinted right column
    (contact, 'EXPERTISE' as a bulleted list, 'TOOLS', 'ACHIEVEMENTS' as big numbers over short captions). Each job is
    the employer in letter-spaced capitals (CSS text-transform) over 'Job Title | 2020 - 2023' and bullets; the
    education in the same form."""
    first, last = r["name"].split(" ", 1)

    def entry(org: str, line: str, bullets: list[str]) -> str:
        return (f"<div class=\"entry\"><h3>{esc(org)}</h3><p class=\"role\">{esc(line)}</p>"
                + (f"<ul>{_li(bullets)}</ul>" if bullets else "") + "</div>\n")

    jobs = "".join(entry(e["organization"], f"{e['title']} | {e['period']}", e["bullets"]) for e in r["experience"])
    edu = "".join(entry(e["institution"], f"{e['degree']} | {e['period']}", []) for e in r["education"])
    wins = "".join(f"<div class=\"win\"><p class=\"big\">{esc(n)}</p><p class=\"cap\">{esc(c)}</p></div>"
                   for n, c in r["achievements"])
    css = """
@page { size: Letter; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 8.6pt; line-height: 1.45;
       color: #33302e; }
.sheet { width: 8.5in; height: 11in; overflow: hidden; }
header { display: flex; align-items: center; gap: 10mm; height: 52mm; padding: 0 14mm; background: #f3ece4; }
.photo { flex: none; width: 38mm; height: 38mm; border-radius: 50%; border: 1.4mm solid #fff;
         background: radial-gradient(circle at 50% 36%, #c9a98c 0 22%, transparent 23%),
                     radial-gradient(ellipse at 50% 104%, #c9a98c 0 46%, #8c6e5a 47%); }
h1 { margin: 0; font-size: 34pt; line-height: 1.02; letter-spacing: .08em; text-transform: uppercase;
     color: #2e2a27; }
h1 .first { display: block; font-weight: 200; }
h1 .last { display: block; font-weight: bold; }
.headline { margin: 3mm 0 0; font-size: 10pt; letter-spacing: .35em; text-transform: uppercase; color: #a0522d; }
.cols { display: grid; grid-template-columns: 1fr 64mm; height: calc(11in - 52mm); }
main { padding: 8mm 8mm 6mm 14mm; }
aside { padding: 8mm 10mm 6mm 8mm; background: #faf7f3; border-left: 0.3mm solid #e6dcd1; }
h2 { margin: 0 0 3mm; font-size: 10.5pt; letter-spacing: .3em; text-transform: uppercase; color: #2e2a27; }
h2::after { content: ""; display: block; width: 10mm; height: 0.8mm; margin-top: 1.5mm; background: #a0522d; }
section { margin-bottom: 6mm; }
.entry { margin: 0 0 3.6mm; }
h3 { margin: 0; font-size: 9.2pt; font-weight: bold; letter-spacing: .22em; text-transform: uppercase;
     color: #2e2a27; }
.role { margin: 0.6mm 0 1mm; font-size: 8.8pt; font-style: italic; color: #6b625b; }
ul { margin: 0; padding-left: 4.2mm; }
li { margin: 0.5mm 0; }
li::marker { color: #a0522d; }
aside p { margin: 0 0 1.2mm; }
aside ul { padding-left: 4mm; }
.tools { line-height: 1.7; }
.win { margin: 0 0 3mm; }
.big { margin: 0; font-size: 22pt; font-weight: bold; line-height: 1.05; color: #a0522d; }
.cap { margin: 0; font-size: 8.2pt; color: #6b625b; }
"""
    body = f"""
<div class="sheet">
<header>
<div class="photo"></div>
<div><h1><span class="first">{esc(first)}</span><span class="last">{esc(last)}</span></h1>
<p class="headline">{esc(r['headline'])}</p></div>
</header>
<div class="cols">
<main>
<section><h2>Profile</h2><p>{esc(r['profile'])}</p></section>
<section><h2>Work Experience</h2>
{jobs}</section>
<section><h2>Education</h2>
{edu}</section>
</main>
<aside>
<section><h2>Contact</h2>
{''.join(f'<p>{esc(c)}</p>' for c in r['contact'])}</section>
<section><h2>Expertise</h2><ul>{_li(r['skill_groups']['Expertise'])}</ul></section>
<section><h2>Tools</h2><p class="tools">{' · '.join(esc(t) for t in r['skill_groups']['Tools'])}</p></section>
<section><h2>Achievements</h2>
{wins}</section>
</aside>
</div>
</div>
"""
    return _page(f"{esc(r['name'])} Resume", css, body)


def docx_ats_two_tables_resume(r: dict, path: Path) -> None:
    """A US university career centre's 'ATS-friendly' Word template filled in by a supply-chain analyst (Letter,
    Calibri): the name centred, the contact on one centred line with ' • ' between the items, headings in bold
    capitals ruled underneath; 'PROFESSIONAL EXPERIENCE' with each employer as '**Employer, City, ST**' and its dates
    after a right-aligned tab stop, the title in italics under it, and bullets (Word 'List Bullet'); where the person
    was promoted, the employer line carries the whole span and each title its own '*Title*<TAB>dates' line over its
    bullets. The two tables of the template: 'EDUCATION' (a borderless two-column table, school, degree and details
    left, 'Expected May 2026' right) and 'SKILLS & INTERESTS' (a borderless table of 'Technical:', 'Languages:' and
    'Interests:' labels beside their text)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.75)
    section.top_margin = section.bottom_margin = Inches(0.6)
    width = Inches(8.5 - 2 * 0.75)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(0)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        _docx_rule_below(p, "000000")
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(4)
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(11.5)

    def tabbed(left: str, right: str, bold: bool = False, italic: bool = False, before: float = 0) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(left)
        run.bold, run.italic = bold, italic
        p.add_run(f"\t{right}")

    def table(rows: int, inches: list[float]):
        t = d.add_table(rows=rows, cols=len(inches))
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:val"), "nil")
            borders.append(element)
        t._tbl.tblPr.find(qn("w:tblW")).addnext(borders)
        t.autofit = False
        for column, w in zip(t.columns, inches, strict=True):
            column.width = Inches(w)
        for row in t.rows:
            for cell, w in zip(row.cells, inches, strict=True):
                cell.width = Inches(w)
        return t

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(r["name"])
    run.bold, run.font.size = True, Pt(18)
    p = d.add_paragraph(" • ".join(r["contact"]))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    heading("PROFESSIONAL EXPERIENCE")
    previous = None
    for e in r["experience"]:
        org = e["organization"]
        promoted = org in r["employer_periods"]
        if org != previous:
            tabbed(f"{org}, {e['location']}", r["employer_periods"][org] if promoted else e["period"], bold=True,
                   before=6)
            if promoted:
                tabbed(e["title"], e["period"], italic=True)
            else:
                d.add_paragraph().add_run(e["title"]).italic = True
        else:
            tabbed(e["title"], e["period"], italic=True, before=3)
        previous = org
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")

    heading("EDUCATION")
    t = table(len(r["education"]), [5.2, 1.8])
    for row, e in zip(t.rows, r["education"], strict=True):
        left, right = row.cells
        p = left.paragraphs[0]
        p.add_run(e["institution"]).bold = True
        p.add_run(f", {e['location']}")
        left.add_paragraph().add_run(e["degree"]).italic = True
        left.add_paragraph(e["detail"]).paragraph_format.space_after = Pt(4)
        right.paragraphs[0].add_run(e["period"])
        right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    heading("SKILLS & INTERESTS")
    lines = [("Technical:", ", ".join(r["skill_groups"]["Technical"])), ("Languages:", r["languages"]),
             ("Interests:", r["interests"])]
    t = table(len(lines), [1.1, 5.9])
    for row, (label, text) in zip(t.rows, lines, strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].paragraphs[0].add_run(text)
    d.save(str(path))


def pages_export_teacher(r: dict) -> str:
    """A primary teacher's resume in the look of an Apple Pages template, rebuilt in HTML/CSS and printed by Chromium
    (A4, one page): a coloured band across the top with the name in a serif display face and 'Primary School Teacher'
    under it, the contact items on one line at the foot of the band; a short profile; section headings in the serif
    face with a thin rule; each post as the employer in the serif face with ', Town' after it, over '*Title* · dates'
    and bullets; 'Teaching Experience', 'Other Experience' (a summer camp job), 'Education & Certification' (the
    degree in the post form, then the certificates as plain lines), 'Professional Skills' as one comma paragraph and
    'References' as two referee blocks side by side (name, role, school, email)."""
    def post(org: str, place: str, title: str, when: str, bullets: list[str]) -> str:
        return (f"<div class=\"post\"><h3>{esc(org)}<span class=\"town\">, {esc(place)}</span></h3>"
                f"<p class=\"meta\"><i>{esc(title)}</i> · {esc(when)}</p>"
                + (f"<ul>{_li(bullets)}</ul>" if bullets else "") + "</div>\n")

    def posts(kind: str) -> str:
        return "".join(post(e["organization"], e["location"], e["title"], e["period"], e["bullets"])
                       for e in r["experience"] if e["section"] == kind)

    edu = "".join(post(e["institution"], e["location"], e["degree"], e["period"], []) for e in r["education"])
    refs = "".join(f"<div class=\"ref\"><p><b>{esc(x['name'])}</b></p><p>{esc(x['role'])}</p>"
                   f"<p>{esc(x['school'])}</p><p class=\"mail\">{esc(x['email'])}</p></div>" for x in r["references"])
    skills = ", ".join(s for g in r["skill_groups"].values() for s in g)
    css = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.2pt; line-height: 1.4;
       color: #3a3a3a; }
.band { padding: 11mm 18mm 5mm; background: #2f5d62; color: #fdfaf3; }
h1 { margin: 0; font-family: "DejaVu Serif", "Liberation Serif", serif; font-size: 30pt; font-weight: normal;
     letter-spacing: .01em; }
.role { margin: 1mm 0 0; font-family: "DejaVu Serif", serif; font-size: 13pt; font-style: italic; color: #f2d7a7; }
.contact { margin: 5mm 0 0; font-size: 8.8pt; letter-spacing: .04em; color: #e4ede9; }
.contact span + span::before { content: "   ·   "; white-space: pre; color: #f2d7a7; }
.content { padding: 5mm 18mm 8mm; }
.profile { margin: 0 0 2mm; font-size: 9.8pt; }
h2 { margin: 4.5mm 0 2mm; padding-bottom: 0.8mm; border-bottom: 0.3mm solid #c9b79c; font-family: "DejaVu Serif",
     serif; font-size: 13pt; font-weight: normal; color: #2f5d62; break-after: avoid; }
.post { margin: 0 0 3mm; break-inside: avoid; }
h3 { margin: 0; font-family: "DejaVu Serif", serif; font-size: 10.5pt; font-weight: bold; color: #2b2b2b; }
.town { font-weight: normal; }
.meta { margin: 0.3mm 0 0.8mm; color: #6d6253; }
ul { margin: 0; padding-left: 4.8mm; }
li { margin: 0.4mm 0; }
li::marker { color: #2f5d62; }
.cert { margin: 0.6mm 0; }
.skills { margin: 0; }
.refs { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; break-inside: avoid; }
.ref p { margin: 0; }
.mail { color: #2f5d62; }
"""
    body = f"""
<div class="band">
<h1>{esc(r['name'])}</h1>
<p class="role">{esc(r['headline'])}</p>
<p class="contact">{''.join(f'<span>{esc(c)}</span>' for c in r['contact'])}</p>
</div>
<div class="content">
<p class="profile">{esc(r['profile'])}</p>
<h2>Teaching Experience</h2>
{posts('teaching')}<h2>Other Experience</h2>
{posts('other')}<h2>Education &amp; Certification</h2>
{edu}{''.join(f'<p class="cert">{esc(c)}</p>' for c in r['certification'])}
<h2>Professional Skills</h2>
<p class="skills">{esc(skills)}.</p>
<h2>References</h2>
<div class="refs">{refs}</div>
</div>
"""
    return _page(f"{esc(r['name'])} – Resume", css, body)


def rtf_like_plain_accountant(r: dict) -> str:
    """An accountant's CV typed in WordPad and saved as a plain text document: ASCII only, Windows line ends (CR LF),
    each paragraph on one line; title-case headings each over a row of '=' as long as the heading; each employer as
    'Employer Name (City)' over 'Title, MM/YYYY - MM/YYYY' lines (two titles under one employer), the duties on
    tab-indented lines with no bullet characters; 'Skills' as tab-indented lines and a 'Software: a, b' line,
    education in the job form, 'Professional memberships', 'Languages' and 'References'."""
    def heading(text: str) -> list[str]:
        return ["", text, "=" * len(text)]

    out = [r["name"], r["address"], f"Tel: {r['phone']}", f"Email: {r['email']}"]
    out += heading("Profile") + [r["profile"]]
    out += heading("Work Experience")
    previous = None
    for e in r["experience"]:
        if e["organization"] != previous:
            if previous is not None:
                out.append("")
            out.append(f"{e['organization']} ({e['location']})")
        previous = e["organization"]
        out.append(f"{e['title']}, {e['period']}")
        out += [f"\t{duty}" for duty in e["duties"]]
    out += heading("Education")
    for e in r["education"]:
        out += [f"{e['institution']} ({e['location']})", f"{e['degree']}, {e['period']}"]
    out += heading("Skills")
    out += [f"\t{s}" for s in r["skill_groups"]["Skills"]]
    out.append("Software: " + ", ".join(r["skill_groups"]["Software"]))
    out += heading("Professional memberships") + [f"\t{m}" for m in r["memberships"]]
    out += heading("Languages") + [f"\t{x}" for x in r["languages"]]
    out += heading("References") + ["Available on request."]
    text = "\r\n".join(out) + "\r\n"
    text.encode("ascii")  # WordPad's 'Text Document' is ANSI: keep the content ASCII
    return text


def browser_bilingual_es_en(r: dict) -> str:
    """A bilingual resume of a hotel front office manager from Mexico, printed by Chromium (Letter, one page; the page
    in Spanish, lang="es"): the name and a 'Gerente de Recepción (Front Office Manager)' headline over a '·' contact
    line, every heading in Spanish with the English in parentheses in a lighter weight ('Experiencia (Experience)'),
    the content mostly in English; each post as the title in bold with the dates at the right in Spanish month
    abbreviations ('ene. 2021 – actualidad'), the hotel in colour and the town ('Playa del Carmen, Q. Roo') below,
    bullets; 'Educación (Education)' in the same form; a right column with 'Habilidades (Skills)' as chips, 'Idiomas
    (Languages)' as a list (language in Spanish, its level after a dash) and 'Certificaciones (Certifications)'."""
    def head(es: str, en: str) -> str:
        return f"<h2>{esc(es)} <span class=\"en\">({esc(en)})</span></h2>"

    def post(title: str, org: str, place: str, when: str, bullets: list[str]) -> str:
        return (f"<div class=\"post\"><div class=\"top\"><h3>{esc(title)}</h3><span class=\"when\">{esc(when)}"
                f"</span></div><p class=\"org\"><b>{esc(org)}</b> — {esc(place)}</p>"
                + (f"<ul>{_li(bullets)}</ul>" if bullets else "") + "</div>\n")

    jobs = "".join(post(e["title"], e["organization"], e["location"], e["period"], e["bullets"])
                   for e in r["experience"])
    edu = "".join(post(e["degree"], e["institution"], e["location"], e["period"], []) for e in r["education"])
    chips = "".join(f"<span class=\"chip\">{esc(s)}</span>" for s in r["skill_groups"]["Habilidades"])
    langs = "".join(f"<li><b>{esc(lang)}</b> – {esc(level)}</li>" for lang, level in r["languages"])
    css = """
@page { size: Letter; margin: 12mm 13mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 9pt; line-height: 1.42;
       color: #263238; }
header { padding-bottom: 3.5mm; border-bottom: 0.8mm solid #c2185b; }
h1 { margin: 0; font-size: 24pt; color: #1a237e; }
.headline { margin: 0.5mm 0 0; font-size: 11.5pt; color: #c2185b; }
.contact { margin: 1.5mm 0 0; font-size: 8.6pt; color: #546e7a; }
.profile { margin: 0; }
.grid { display: grid; grid-template-columns: 1fr 58mm; gap: 8mm; }
h2 { margin: 5mm 0 2.2mm; font-size: 11pt; color: #1a237e; }
.en { font-weight: normal; color: #78909c; }
.post { margin: 0 0 3.2mm; }
.top { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; }
h3 { margin: 0; font-size: 10pt; }
.when { flex: none; font-size: 8.6pt; color: #546e7a; }
.org { margin: 0.2mm 0 0.8mm; color: #546e7a; }
.org b { color: #c2185b; font-weight: normal; }
ul { margin: 0; padding-left: 4.5mm; }
li { margin: 0.4mm 0; }
.chips { display: flex; flex-wrap: wrap; gap: 1.5mm; }
.chip { padding: 0.5mm 2.4mm; border-radius: 3.5mm; background: #e8eaf6; color: #1a237e; font-size: 8.4pt; }
aside ul { padding-left: 4mm; }
.cert { margin: 0 0 1.6mm; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<p class="contact">{' · '.join(esc(c) for c in r['contact'])}</p>
</header>
{head('Perfil', 'Profile')}
<p class="profile">{esc(r['profile'])}</p>
<div class="grid">
<main>
{head('Experiencia', 'Experience')}
{jobs}{head('Educación', 'Education')}
{edu}</main>
<aside>
{head('Habilidades', 'Skills')}
<div class="chips">{chips}</div>
{head('Idiomas', 'Languages')}
<ul>{langs}</ul>
{head('Certificaciones', 'Certifications')}
{''.join(f'<p class="cert">{esc(c)}</p>' for c in r['certifications'])}
{head('Referencias', 'References')}
<p>Disponibles a solicitud (available on request).</p>
</aside>
</div>
"""
    return _page(f"{esc(r['name'])} – CV", css, body).replace("<html lang=\"en\">", "<html lang=\"es\">")


# ------------------------------------------------------------------------------------ held-out-15 writers
# Five more hand-written people (a Memphis logistics coordinator, a US Army veteran in warehouse operations, a
# computer-science PhD candidate moving to industry, a Minneapolis communications manager, a Lisbon frontend
# developer), each in a layout none of the earlier sets has. Built by someone who had not read the parser and did not
# run it on these files; the split of each file was fixed in FIXTURES before any of them was generated. As for
# PEOPLE_7 to PEOPLE_14, the truth is derived from this data, never from a rendering; volunteering and student
# activities are not experience, internships and part-time jobs are; certifications, licences, courses, clearances,
# medals, memberships and spoken languages are not skills; publications are not projects; a skill phrase is one skill
# as written, brackets included. Graduate research and teaching assistantships are experience: the employer is the
# university, not the lab, department or course named beside it, and a teaching post's title is 'Teaching
# Assistant'. A military course is not education; the occupational code in brackets after a soldier's title is part
# of the title; dates typed in capitals are given as typed. Every person, employer, school, publication and award
# here is invented; the towns are real places.

PEOPLE_15: dict[str, dict] = {
    "docx_textbox_sidebar": {
        "name": "Marisol Fenwick", "headline": "Logistics Coordinator",
        "contact": ["Memphis, TN 38118", "(901) 555-0147", "marisol.fenwick@example.com",
                    "linkedin.com/in/marisolfenwick"],
        "profile": "Logistics coordinator with eight years in warehousing and transportation, the last four planning "
                   "temperature-controlled freight for food and pharmaceutical shippers. I keep trucks, docks and "
                   "paperwork moving on time, and I am known for calm carrier negotiations and clean data.",
        "experience": [
            {"title": "Logistics Coordinator", "organization": "Riverbend Cold Chain Logistics",
             "location": "Memphis, TN", "period": "Mar 2022 – Present",
             "bullets": [
                 "Plan and dispatch 60–80 refrigerated and frozen loads a week for 14 food and pharmaceutical "
                 "shippers",
                 "Book LTL and truckload capacity with 25 contract carriers in Descartes TMS; cut spot-market spend "
                 "by 11% in 2024",
                 "Keep temperature logs and seal records audit-ready; no major findings in three customer audits",
                 "Train new coordinators on dock appointment scheduling and the exception-handling playbook"]},
            {"title": "Shipping & Receiving Lead", "organization": "Delta Crossing Distribution",
             "location": "Southaven, MS", "period": "Jun 2019 – Feb 2022",
             "bullets": [
                 "Led a second-shift crew of 9 across 22 dock doors in a 400,000 sq ft consumer goods DC",
                 "Raised dock-to-stock within 24 hours from 82% to 96% by re-sequencing inbound appointments",
                 "Reconciled ASNs against receipts in Manhattan WMS and settled overages, shortages and damages with "
                 "vendors"]},
            {"title": "Warehouse Associate", "organization": "Bluff City Paper & Packaging",
             "location": "Memphis, TN", "period": "Aug 2016 – May 2019",
             "bullets": [
                 "Picked, packed and loaded orders for 300+ commercial customers at 99.7% pick accuracy",
                 "Part-time while completing my associate degree, full-time from 2018; backup inventory clerk for "
                 "monthly cycle counts of 1,200 SKUs"]},
        ],
        "education": [
            {"degree": "A.A.S. in Logistics and Supply Chain Management", "institution": "Wolf River Community College",
             "location": "Memphis, TN", "period": "Aug 2016 – May 2018"},
        ],
        "certifications": ["Certified Logistics Technician (CLT), MSSC, 2021",
                           "OSHA 10-Hour General Industry, 2020"],
        "skill_groups": {
            "Skills": ["Freight scheduling & dispatch", "Carrier & 3PL coordination",
                       "Cold chain compliance (FSMA, GDP)", "Inventory control", "Dock appointment scheduling",
                       "Freight audit", "Descartes TMS", "Manhattan WMS", "SAP ECC (MM)",
                       "Microsoft Excel (pivot tables, XLOOKUP)"],
        },
        "languages": ["English (native)", "Spanish (professional working)"],
        "projects": [],
    },
    "docx_military_transition": {
        "name": "Derek L. Whitacre", "target": "LOGISTICS & WAREHOUSE OPERATIONS",
        "contact": ["Killeen, TX 76542", "(254) 555-0193", "derek.whitacre@example.com",
                    "linkedin.com/in/derekwhitacre"],
        "qualifications": [
            "Ten years in logistics and supply operations: eight in the U.S. Army, four of them as a "
            "noncommissioned officer, and two as a civilian warehouse supervisor",
            "Accountable for $14M in equipment and supplies with zero losses across four annual inventories",
            "Led, trained and evaluated teams of up to 14 in warehousing, shipping and property accountability",
            "Experienced with SAP-based inventory systems, hazardous materials shipping and audit preparation",
            "Calm under pressure; planned and moved a battalion's equipment overseas on a fixed deadline"],
        "experience": [
            {"title": "Warehouse Operations Supervisor", "organization": "Brazos Valley Medical Distributors",
             "location": "Temple, TX", "period": "Oct 2023 – Present",
             "bullets": [
                 "Supervise 14 associates on the day shift in a 180,000 sq ft medical-surgical supply warehouse "
                 "serving 40 hospitals and clinics",
                 "Cut order-picking errors by 38% in the first year with slotting reviews and RF scan verification",
                 "Run weekly cycle counts and lot and expiry checks; 99.6% inventory accuracy at the 2024 audit"]},
            {"title": "Logistics Operations Sergeant (92A)", "organization": "United States Army",
             "location": "Fort Cavazos, TX", "period": "Jun 2019 – Aug 2023",
             "bullets": [
                 "Managed supply and equipment accountability for a 600-person battalion: $14M in property, no "
                 "losses in four annual inventories",
                 "Supervised and trained 12 supply specialists; 9 were promoted during my assignment",
                 "Processed 2,500+ requisitions a year in an SAP-based ERP system and cut average order time from 11 "
                 "to 6 days",
                 "Planned the rail and truck movement of 210 vehicles and 90 shipping containers for a nine-month "
                 "overseas rotation"]},
            {"title": "Automated Logistical Specialist (92A)", "organization": "United States Army",
             "location": "Camp Humphreys, South Korea", "period": "Feb 2016 – May 2019",
             "bullets": [
                 "Received, stored and issued repair parts for a 150-vehicle maintenance company",
                 "Kept a 3,000-line warehouse inventory at 98% accuracy through daily cycle counts",
                 "Prepared hazardous materials shipments and their paperwork under DOT and IATA rules"]},
        ],
        "education": [
            {"degree": "Associate of Applied Science in Logistics Management", "institution": "Lampasas River College",
             "location": "Killeen, TX", "period": "May 2022"},
        ],
        "courses": [("Army Basic Leader Course (BLC)", "leadership and training management, 22 days", "2018")],
        "clearance": "Secret (active)",
        "awards": "Army Commendation Medal (2), Army Achievement Medal (3), Army Good Conduct Medal (2)",
        "skill_groups": {
            "Technical": ["SAP ERP (GCSS-Army)", "Manhattan WMS", "Microsoft Excel", "Microsoft Access",
                          "RF scanning", "Hazardous materials shipping (DOT, IATA)", "Inventory auditing",
                          "Forklift operation"],
        },
        "projects": [],
    },
    "browser_phd_industry": {
        "name": "Anjali Raghunathan",
        "headline": "Ph.D. Candidate in Computer Science · Machine Learning for Medical Imaging",
        "contact": ["Pittsburgh, PA", "(412) 555-0186", "anjali.raghunathan@example.com", "anjali-r.github.io",
                    "github.com/anjali-r"],
        "summary": "Machine learning researcher finishing a Ph.D. on label-efficient segmentation of medical images, "
                   "looking for an applied scientist or machine learning engineer role. Five years of building "
                   "training pipelines that run on a shared GPU cluster, a summer shipping a model into a hospital "
                   "product, and a habit of writing code other people can pick up.",
        "experience": [
            {"title": "Graduate Research Assistant", "unit": "Medical Vision & Learning Lab",
             "organization": "Allegheny Ridge University", "location": "Pittsburgh, PA", "period": "Aug 2020 – Present",
             "section": "research", "note": "",
             "bullets": [
                 "Developed a semi-supervised segmentation method for abdominal CT that matches fully supervised "
                 "accuracy with 10% of the labels (Dice 0.91 vs. 0.92 on 1,800 scans)",
                 "Built the lab's PyTorch training framework (distributed data parallel, mixed precision, Slurm "
                 "launch scripts), now used by 11 students across 6 projects",
                 "Designed an uncertainty-based active learning loop with two radiologists that cut annotation time "
                 "for a new liver dataset by 55%",
                 "Distilled a 3D U-Net into a model 6× smaller for CPU-only inference in a clinical pilot",
                 "Mentored three undergraduate researchers; two co-authored workshop papers"]},
            {"title": "Machine Learning Research Intern", "unit": "", "organization": "Cobaltline Health AI",
             "location": "Boston, MA", "period": "May 2023 – Aug 2023", "section": "industry", "note": "",
             "bullets": [
                 "Trained a self-supervised pretraining pipeline on 250,000 unlabeled chest X-rays; improved "
                 "downstream nodule detection AUROC from 0.87 to 0.90",
                 "Moved the team's experiments from notebooks to a tracked pipeline with MLflow and Docker",
                 "Wrote the model card and validation report used in the product's internal release review",
                 "Presented results to the clinical and product teams; the model shipped in the Q4 release"]},
            {"title": "Teaching Assistant", "unit": "Department of Computer Science",
             "organization": "Allegheny Ridge University", "location": "Pittsburgh, PA",
             "period": "Aug 2021 – May 2022", "section": "teaching",
             "note": "CS 4780 Introduction to Machine Learning (two semesters, 140 students per semester)",
             "bullets": [
                 "Led weekly recitations, held office hours and wrote two new PyTorch homework assignments"]},
            {"title": "Teaching Assistant", "unit": "School of Engineering",
             "organization": "Green Mountain Polytechnic Institute", "location": "Burlington, VT",
             "period": "Jan 2019 – May 2020", "section": "teaching",
             "note": "CS 2240 Data Structures (three semesters)",
             "bullets": ["Ran weekly lab sessions and graded programming assignments for 80 students"]},
        ],
        "publications": [
            ("A. Raghunathan, M. Osei, and L. Brandt-Whelan", "2025",
             "Consistency under uncertainty: semi-supervised segmentation of abdominal CT with 10% of the labels",
             "Journal of Medical Image Computing", "42(3), 211–226"),
            ("A. Raghunathan and L. Brandt-Whelan", "2024",
             "Where to label next: uncertainty-guided active learning for liver lesion segmentation",
             "Proceedings of the Conference on Learning for Clinical Imaging", "pp. 88–99"),
            ("T. Kowalczyk, A. Raghunathan, S. Iyer, and R. Medina", "2024",
             "Self-supervised pretraining for chest radiograph nodule detection at scale",
             "Workshop on Foundation Models in Medicine", "pp. 1–9"),
            ("A. Raghunathan, J. Park, and L. Brandt-Whelan", "2023",
             "Knowledge distillation of 3D segmentation networks for CPU deployment",
             "Symposium on Efficient Medical AI", "pp. 40–48"),
            ("H. Nguyen, A. Raghunathan, and L. Brandt-Whelan", "2022",
             "Benchmarking label noise in public organ segmentation datasets",
             "Workshop on Data Quality in Medical Imaging", "pp. 12–20"),
        ],
        "skill_groups": {
            "Programming": ["Python", "C++", "SQL", "Bash"],
            "Machine learning": ["PyTorch", "JAX", "scikit-learn", "Hugging Face Transformers", "MONAI"],
            "MLOps & tools": ["Docker", "Kubernetes", "MLflow", "Weights & Biases", "Slurm", "Git"],
            "Methods": ["Semi-supervised learning", "Self-supervised pretraining", "Active learning",
                        "Uncertainty estimation", "Knowledge distillation"],
        },
        "education": [
            {"degree": "Ph.D. in Computer Science", "institution": "Allegheny Ridge University",
             "location": "Pittsburgh, PA", "period": "2020 – 2026 (expected)",
             "detail": "Thesis: Learning to segment with fewer labels. Advisor: Prof. Lena Brandt-Whelan"},
            {"degree": "M.S. in Computer Science", "institution": "Green Mountain Polytechnic Institute",
             "location": "Burlington, VT", "period": "2018 – 2020", "detail": "GPA 3.94/4.00"},
            {"degree": "B.S. in Mathematics and Computer Science", "institution": "Sangamon Valley University",
             "location": "Springfield, IL", "period": "2014 – 2018", "detail": "Summa cum laude"},
        ],
        "honors": ["Graduate Fellowship in Biomedical Data Science, Allegheny Ridge University, 2022–2024",
                   "Best Student Paper Award, Symposium on Efficient Medical AI, 2023",
                   "Outstanding Teaching Assistant Award, Department of Computer Science, 2022"],
        "projects": [],
    },
    "docx_gdocs_swiss": {
        "name": "Nadia Berglund",
        "contact": ["2418 Bryant Ave S, Minneapolis, MN 55405", "(612) 555-0126", "nadia.berglund@example.com"],
        "experience": [
            {"title": "Communications Manager", "organization": "Mill City Science Center", "location": "Minneapolis",
             "period": "MARCH 2021 - PRESENT",
             "text": "Run communications for a science museum with 420,000 visitors a year: press, social media, the "
                     "website and the member newsletter. I lead a team of three, wrote the crisis communications plan "
                     "we used during the 2023 roof closure, and grew newsletter subscribers from 18,000 to 41,000."},
            {"title": "Communications Coordinator", "organization": "Northstar Arts Council", "location": "St. Paul",
             "period": "JUNE 2018 - FEBRUARY 2021",
             "text": "Wrote press releases, grant reports and the weekly events email for a regional arts council "
                     "funding 90 artists and organizations a year. Moved the council's website to WordPress and "
                     "started an artist video series that reached 250,000 views."},
            {"title": "Staff Reporter", "organization": "Duluth Harbor Gazette", "location": "Duluth",
             "period": "AUGUST 2015 - MAY 2018",
             "text": "Covered city hall, the port and local business for a daily paper, filing four to six stories a "
                     "week and shooting my own photos."},
        ],
        "education": [
            {"degree": "B.A. in Journalism, minor in Scandinavian Studies", "institution": "Red River Lutheran College",
             "location": "Moorhead", "period": "SEPTEMBER 2011 - MAY 2015",
             "text": "Editor-in-chief of the student newspaper, The Red River Clarion, in my final year."},
        ],
        "skill_groups": {
            "Skills": ["Media relations", "Press releases and pitching", "Crisis communications",
                       "Social media strategy", "Email marketing (Mailchimp)", "WordPress", "Canva", "Adobe InDesign",
                       "Google Analytics 4", "AP style editing", "Event photography"],
        },
        "awards": [("Excellence in Communications Award", "Minnesota Association of Museums, 2023"),
                   ("Second Place, Feature Writing (Non-Daily)", "Upper Midwest Press Association, 2017")],
        "languages": "Norwegian (conversational)",
        "projects": [],
    },
    "browser_altacv_like": {
        "name": "Inês Carvalho Mota", "tagline": "Frontend Developer · Accessibility & Design Systems",
        "contact": [("envelope", "ines.mota@example.com"), ("mobile", "+351 912 555 048"),
                    ("marker", "Lisbon, Portugal"), ("linkedin", "linkedin.com/in/inescmota"),
                    ("github", "github.com/inesmota"), ("globe", "inesmota.dev")],
        "experience": [
            {"title": "Senior Frontend Developer", "organization": "Marisco Labs", "location": "Lisbon, Portugal",
             "period": "Mar 2022 – Present",
             "bullets": [
                 "Lead the frontend of a B2B logistics dashboard (React, TypeScript, GraphQL) used by 3,000 daily "
                 "users",
                 "Built the company's design system in Storybook: 60 components, WCAG 2.2 AA, adopted by four teams",
                 "Cut the main bundle by 41% and Largest Contentful Paint from 3.8 s to 1.7 s",
                 "Run the frontend guild and interview candidates for the web team"]},
            {"title": "Frontend Developer", "organization": "Vela Travel Technology", "location": "Porto, Portugal",
             "period": "Sep 2019 – Feb 2022",
             "bullets": [
                 "Rebuilt the booking flow as a Next.js app; mobile conversion rose from 2.1% to 2.9%",
                 "Introduced Playwright end-to-end tests and visual regression checks in CI",
                 "Worked with two designers on a new search experience for 14 markets in 9 languages"]},
            {"title": "Junior Web Developer", "organization": "Pixel Norte Agência Digital",
             "location": "Braga, Portugal", "period": "Jul 2017 – Aug 2019",
             "bullets": [
                 "Built 25+ marketing sites and e-commerce themes for local clients with Vue.js and Shopify",
                 "Took over the agency's accessibility audits and wrote its front-end style guide"]},
        ],
        "projects": [
            {"name": "Tabela", "subtitle": "Open source · React",
             "text": "An accessible, keyboard-first data grid for React; 1.4k stars on GitHub, used in production by "
                     "a dozen companies."},
            {"name": "Leitura", "subtitle": "Side project · Svelte",
             "text": "A reading-list app that works offline as a PWA; 2,000 monthly users."},
        ],
        "skill_groups": {
            "Strengths": ["React", "TypeScript", "Next.js", "Vue.js", "GraphQL", "CSS architecture",
                          "Design systems", "Storybook", "Web accessibility (WCAG 2.2)", "Web performance",
                          "Playwright", "Jest", "Figma"],
        },
        "languages": [("Portuguese", 5), ("English", 4), ("Spanish", 3), ("French", 2)],
        "education": [
            {"degree": "BSc in Computer Engineering", "institution": "Universidade do Vale do Cávado",
             "location": "Braga, Portugal", "period": "Sep 2014 – Jun 2017"},
        ],
    },
}


def docx_textbox_sidebar_resume(r: dict, path: Path) -> None:
    """A Word 'modern' resume template filled in by a logistics coordinator (Letter, Calibri): the left sidebar
    (contact, skills one a line, languages) is a floating text box, a shape anchored in the first paragraph of the
    body as Word 2010 and later save it (mc:AlternateContent: a DrawingML wps:wsp with its w:txbxContent, and the VML
    v:shape fallback with the same w:txbxContent), shaded, positioned against the page in the wide left margin; the
    body holds the name, the headline, 'PROFILE', 'EXPERIENCE' (the title in bold, 'Company | City', a grey 'Mar 2022 –
    Present' line, Word list bullets), 'EDUCATION' in the same form and 'CERTIFICATIONS'. Headings in spaced bold
    capitals ruled underneath (direct formatting, no heading styles)."""
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Inches, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin, section.right_margin = Inches(3.15), Inches(0.6)
    section.top_margin, section.bottom_margin = Inches(0.5), Inches(0.45)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(1)
    navy, accent, grey = RGBColor(0x1F, 0x3A, 0x5F), RGBColor(0x2E, 0x75, 0xB6), RGBColor(0x76, 0x76, 0x76)

    def box_paragraph(text: str, bold: bool = False, size: float = 9.5, color: str = "333333", before: int = 0,
                      after: int = 50, rule: bool = False) -> str:
        """One paragraph of the text box's w:txbxContent, in the XML Word writes (twentieths of a point)."""
        rpr = ('<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>' + ("<w:b/>" if bold else "")
               + f'<w:color w:val="{color}"/>' + ('<w:spacing w:val="20"/>' if rule else "")
               + f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>')
        border = (f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="{color}"/></w:pBdr>'
                  if rule else "")
        return (f'<w:p><w:pPr>{border}<w:spacing w:before="{before}" w:after="{after}"/><w:rPr>{rpr}</w:rPr>'
                f'</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{esc(text, quote=False)}</w:t></w:r>'
                f'</w:p>')

    box = [box_paragraph("CONTACT", bold=True, size=10.5, color="1F3A5F", after=100, rule=True)]
    box += [box_paragraph(c) for c in r["contact"]]
    box += [box_paragraph("SKILLS", bold=True, size=10.5, color="1F3A5F", before=320, after=100, rule=True)]
    box += [box_paragraph(s) for s in r["skill_groups"]["Skills"]]
    box += [box_paragraph("LANGUAGES", bold=True, size=10.5, color="1F3A5F", before=320, after=100, rule=True)]
    box += [box_paragraph(x) for x in r["languages"]]
    content = f'<w:txbxContent>{"".join(box)}</w:txbxContent>'
    emu, pt = 914400, 72  # per inch
    x, y, w, h = 0.35, 0.35, 2.5, 10.3  # inches from the page's top left corner
    vml_style = (f"position:absolute;margin-left:{x * pt:.1f}pt;margin-top:{y * pt:.1f}pt;width:{w * pt:.1f}pt;"
                 f"height:{h * pt:.1f}pt;z-index:251659264;visibility:visible;mso-wrap-style:square;"
                 "mso-position-horizontal:absolute;mso-position-horizontal-relative:page;"
                 "mso-position-vertical:absolute;mso-position-vertical-relative:page;v-text-anchor:top")
    shape = f"""<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w10="urn:schemas-microsoft-com:office:word"><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0"
 relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{round(x * emu)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{round(y * emu)}</wp:posOffset></wp:positionV>
<wp:extent cx="{round(w * emu)}" cy="{round(h * emu)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{round(w * emu)}" cy="{round(h * emu)}"/>
</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EDF1F6"/></a:solidFill>
<a:ln w="6350"><a:noFill/></a:ln></wps:spPr><wps:txbx>{content}</wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="182880" tIns="228600" rIns="137160" bIns="91440" anchor="t"
 anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>
<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>
<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV></wp:anchor></w:drawing>
</mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
 path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
</v:shapetype><v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="{vml_style}"
 fillcolor="#edf1f6" stroked="f" strokeweight=".5pt"><v:textbox inset="14.4pt,18pt,10.8pt,7.2pt">{content}</v:textbox>
<w10:wrap type="square" anchorx="page" anchory="page"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
    first = d.add_paragraph()
    first._p.append(parse_xml(shape.replace("\n", "")))  # the line breaks above fall between tags or attributes
    run = first.add_run(r["name"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(26), navy
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(6)
    run = p.add_run(r["headline"])
    run.font.size, run.font.color.rgb = Pt(13), accent

    def heading(text: str) -> None:
        p = d.add_paragraph()
        _docx_rule_below(p, "1F3A5F")
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(4)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(11), navy
        spacing = parse_xml('<w:spacing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                            'w:val="20"/>')  # expanded by 1 pt, as Word's Font dialogue sets it
        run._r.get_or_add_rPr().insert_element_before(spacing, "w:w", "w:kern", "w:position", "w:sz", "w:szCs")

    def entry(title: str, org: str, place: str, when: str, bullets: list[str]) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(title)
        run.bold, run.font.size = True, Pt(11)
        p = d.add_paragraph(f"{org} | {place}")
        p.paragraph_format.keep_with_next = True
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        run = p.add_run(when)
        run.font.size, run.font.color.rgb = Pt(9.5), grey
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")

    heading("PROFILE")
    d.add_paragraph(r["profile"])
    heading("EXPERIENCE")
    for e in r["experience"]:
        entry(e["title"], e["organization"], e["location"], e["period"], e["bullets"])
    heading("EDUCATION")
    for e in r["education"]:
        entry(e["degree"], e["institution"], e["location"], e["period"], [])
    heading("CERTIFICATIONS")
    for c in r["certifications"]:
        d.add_paragraph(c, style="List Bullet")
    d.save(str(path))


def docx_military_transition_resume(r: dict, path: Path) -> None:
    """A US Army veteran's transition resume typed in Word (Letter, Arial, direct formatting, no heading styles): the
    name centred over a '|' contact line and a target line in bold capitals; headings in bold capitals ruled
    underneath: 'SUMMARY OF QUALIFICATIONS' as Word list bullets, 'PROFESSIONAL EXPERIENCE' with each post as
    '**Employer, Place**' and its dates after a right-aligned tab stop over the title in italics (the Army posts as
    'United States Army, Fort Cavazos, TX' over 'Logistics Operations Sergeant (92A)') and bullets in civilian words,
    the civilian job first; 'EDUCATION' (an associate degree in the post form, then the Army Basic Leader Course on a
    dated line), 'AWARDS:' and 'CLEARANCE:' lines, 'TECHNICAL SKILLS' as one comma line."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.8)
    section.top_margin = section.bottom_margin = Inches(0.6)
    width = Inches(8.5 - 2 * 0.8)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(1)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        _docx_rule_below(p, "000000")
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(11), Pt(4)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(11)

    def tabbed(left: str, right: str, bold: bool = True, before: float = 7, tail: str = "") -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(left).bold = bold
        p.add_run(f"{tail}\t{right}")

    def labelled(label: str, text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run(label).bold = True
        p.add_run(f" {text}")

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(r["name"])
    run.bold, run.font.size = True, Pt(18)
    p = d.add_paragraph(" | ".join(r["contact"]))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(8)
    run = p.add_run(r["target"])
    run.bold, run.font.size = True, Pt(11.5)

    heading("SUMMARY OF QUALIFICATIONS")
    for q in r["qualifications"]:
        d.add_paragraph(q, style="List Bullet")
    heading("PROFESSIONAL EXPERIENCE")
    for e in r["experience"]:
        tabbed(f"{e['organization']}, {e['location']}", e["period"])
        d.add_paragraph().add_run(e["title"]).italic = True
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    heading("EDUCATION")
    for e in r["education"]:
        tabbed(f"{e['institution']}, {e['location']}", e["period"], before=2)
        d.add_paragraph().add_run(e["degree"]).italic = True
    for name, what, year in r["courses"]:
        tabbed(name, year, tail=f" – {what}")
    labelled("AWARDS:", r["awards"])
    labelled("CLEARANCE:", r["clearance"])
    heading("TECHNICAL SKILLS")
    d.add_paragraph(", ".join(r["skill_groups"]["Technical"]))
    d.save(str(path))


def browser_phd_industry(r: dict) -> str:
    """A computer-science PhD candidate's industry resume printed by Chromium (Letter, 2 pages, no forced break): the
    name, a headline and a '·' contact line; a summary; 'Research Experience' (a graduate research assistantship:
    '**Title**' with the dates flush right over '*Lab, University*' with the town flush right, bullets), 'Industry
    Experience' (an internship, the same form), 'Selected Publications' as a numbered list (authors with her name in
    bold, year, title, venue in italics), 'Teaching' (two 'Teaching Assistant' posts in the same form with
    '*Department, University*' and the course on a line of its own), 'Technical Skills' as a two-column table of group
    and items, 'Education' (PhD, MS, BS in the same form with a thesis or GPA line), 'Honors'."""
    def entry(title: str, where: str, place: str, when: str, note: str, bullets: list[str]) -> str:
        return (f"<div class=\"entry\"><div class=\"row\"><b class=\"title\">{esc(title)}</b><span>{esc(when)}</span>"
                f"</div><div class=\"row sub\"><i>{esc(where)}</i><span>{esc(place)}</span></div>"
                + (f"<p class=\"note\">{esc(note)}</p>" if note else "")
                + (f"<ul>{_li(bullets)}</ul>" if bullets else "") + "</div>\n")

    def jobs(kind: str) -> str:
        return "".join(entry(e["title"], ", ".join(x for x in (e["unit"], e["organization"]) if x), e["location"],
                             e["period"], e["note"], e["bullets"]) for e in r["experience"] if e["section"] == kind)

    me = "A. Raghunathan"
    pubs = "".join(f"<li>{esc(authors).replace(me, f'<b>{me}</b>')} ({year}). {esc(title)}. <i>{esc(venue)}</i>, "
                   f"{esc(pages)}.</li>" for authors, year, title, venue, pages in r["publications"])
    skills = "".join(f"<tr><th>{esc(g)}</th><td>{esc(', '.join(s))}</td></tr>" for g, s in r["skill_groups"].items())
    edu = "".join(entry(e["degree"], e["institution"], e["location"], e["period"], e["detail"], [])
                  for e in r["education"])
    css = """
@page { size: Letter; margin: 0.6in 0.65in; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Liberation Serif", "Times New Roman", serif; font-size: 10.5pt; line-height: 1.32;
       color: #1b1b1b; }
header { text-align: center; }
h1 { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 21pt; letter-spacing: .02em; }
.headline { margin: 1mm 0 0; font-size: 11pt; font-style: italic; color: #3d3d3d; }
.contact { margin: 1.2mm 0 0; font-size: 9.8pt; }
.contact span + span::before { content: " · "; }
h2 { margin: 5mm 0 2mm; padding-bottom: 0.6mm; border-bottom: 0.25mm solid #7a1f2b; font-family: "Liberation Sans",
     Arial, sans-serif; font-size: 11.5pt; color: #7a1f2b; break-after: avoid; }
.summary { margin: 0; }
.entry { margin: 0 0 2.6mm; break-inside: avoid; }
.row { display: flex; justify-content: space-between; gap: 6mm; }
.title { font-size: 10.8pt; }
.sub { color: #333; }
.note { margin: 0.3mm 0 0; }
ul { margin: 0.6mm 0 0; padding-left: 5mm; }
li { margin: 0.3mm 0; }
ol { margin: 0; padding-left: 6mm; }
ol li { margin: 0 0 1.4mm; }
table { border-collapse: collapse; width: 100%; }
th { width: 36mm; padding: 0.7mm 4mm 0.7mm 0; text-align: left; vertical-align: top; font-family: "Liberation Sans",
     Arial, sans-serif; font-size: 9.6pt; }
td { padding: 0.7mm 0; vertical-align: top; }
.honors { margin: 0; padding-left: 5mm; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<p class="contact">{''.join(f'<span>{esc(c)}</span>' for c in r['contact'])}</p>
</header>
<h2>Summary</h2>
<p class="summary">{esc(r['summary'])}</p>
<h2>Research Experience</h2>
{jobs('research')}<h2>Industry Experience</h2>
{jobs('industry')}<h2>Selected Publications</h2>
<ol>{pubs}</ol>
<h2>Teaching</h2>
{jobs('teaching')}<h2>Technical Skills</h2>
<table>{skills}</table>
<h2>Education</h2>
{edu}<h2>Honors</h2>
<ul class="honors">{_li(r['honors'])}</ul>
"""
    return _page(f"{esc(r['name'])} – Resume", css, body)


def docx_gdocs_swiss_resume(r: dict, path: Path) -> None:
    """A resume made from Google Docs' 'Swiss' template and downloaded as DOCX (Letter, Arial): Google's export keeps
    the template's named styles ('Title' for the name, 'Heading 1' for the section labels, 'Heading 2' for each job
    line, 'Heading 3' for its dates) and writes the fonts, sizes and colours on every run as well. A big bold name
    over the address, phone and email one a line; each section opens on a small bold red label typed in capitals;
    each job one line '**Company**, Location — *Job Title*' over a small grey 'MONTH YEAR - PRESENT' line typed in
    capitals, then a plain paragraph (no bullets); education in the same form; skills as one paragraph with ' · '
    between them; 'AWARDS' as '**Award**, body, year' lines; languages."""
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.85)
    section.top_margin, section.bottom_margin = Inches(0.6), Inches(0.6)
    red, grey, ink = RGBColor(0xE5, 0x39, 0x35), RGBColor(0x66, 0x66, 0x66), RGBColor(0x00, 0x00, 0x00)

    def styled(style: str, before: float, after: float) -> docx.text.paragraph.Paragraph:
        p = d.add_paragraph(style=style)
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(before), Pt(after)
        p.paragraph_format.line_spacing = 1.15
        return p

    def run(p, text: str, size: float, bold: bool = False, italic: bool = False, color: RGBColor = ink) -> None:
        x = p.add_run(text)
        x.font.name, x.font.size, x.bold, x.italic, x.font.color.rgb = "Arial", Pt(size), bold, italic, color

    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):  # the template's look, as the export defines it
        style = d.styles[name]
        style.font.name, style.font.color.rgb = "Arial", ink
        style.font.italic = False
        style.paragraph_format.keep_with_next = True
        for fonts in style.element.iter(qn("w:rFonts")):
            for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):  # Google's: no theme fonts
                fonts.attrib.pop(qn(theme), None)
        border = next(style.element.iter(qn("w:pBdr")), None)
        if border is not None:  # python-docx's Word template rules the 'Title' style underneath; Google's does not
            border.getparent().remove(border)
    d.styles["Normal"].font.name = "Arial"

    p = styled("Title", 0, 4)
    run(p, r["name"], 30, bold=True)
    for line in r["contact"]:
        run(styled("Normal", 0, 0), line, 10, color=grey)

    def label(text: str) -> None:
        run(styled("Heading 1", 16, 2), text, 9, bold=True, color=red)

    def job(org: str, place: str, title: str, when: str, text: str) -> None:
        p = styled("Heading 2", 10, 0)
        run(p, org, 12, bold=True)
        run(p, f", {place} — ", 12)
        run(p, title, 12, italic=True)
        run(styled("Heading 3", 2, 2), when, 8.5, color=grey)
        run(styled("Normal", 0, 2), text, 10)

    label("EXPERIENCE")
    for e in r["experience"]:
        job(e["organization"], e["location"], e["title"], e["period"], e["text"])
    label("EDUCATION")
    for e in r["education"]:
        job(e["institution"], e["location"], e["degree"], e["period"], e["text"])
    label("SKILLS")
    run(styled("Normal", 4, 0), " · ".join(r["skill_groups"]["Skills"]), 10)
    label("AWARDS")
    for award, body in r["awards"]:
        p = styled("Normal", 4, 0)
        run(p, award, 10, bold=True)
        run(p, f", {body}", 10)
    label("LANGUAGES")
    run(styled("Normal", 4, 0), r["languages"], 10)
    d.save(str(path))


_PUA_ICONS = {  # name: (code point in an icon font's Private Use Area, as Font Awesome 4 numbers them)
    "envelope": 0xF0E0, "mobile": 0xF10B, "marker": 0xF041, "linkedin": 0xF08C, "github": 0xF09B, "globe": 0xF0AC,
    "calendar": 0xF073,
}


def _pua_icon_font() -> str:
    """A small TrueType icon font built here with fontTools, as icon fonts (Font Awesome and the like) are: each glyph
    a plain outline mapped to a Private Use Area code point, so a page that uses it carries those code points in its
    text. Returns the font as a base64 data URL for an @font-face rule."""
    import base64
    import io
    import math

    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    def rect(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
        return [(x0, y0), (x0, y1), (x1, y1), (x1, y0)]

    def ellipse(cx: float, cy: float, rx: float, ry: float, n: int = 40) -> list[tuple[float, float]]:
        return [(cx + rx * math.cos(2 * math.pi * i / n), cy + ry * math.sin(2 * math.pi * i / n)) for i in range(n)]

    def marker() -> list[tuple[float, float]]:
        arc = [(500 + 270 * math.cos(math.radians(a)), 470 + 270 * math.sin(math.radians(a)))
               for a in range(-35, 216, 10)]
        return arc + [(500, -60)]

    outer = {  # filled outlines, then holes
        "envelope": ([rect(60, 40, 940, 700), [(130, 630), (500, 330), (870, 630), (870, 560), (500, 260),
                                                (130, 560)]], [rect(120, 100, 880, 640)]),
        "mobile": ([rect(270, -60, 730, 780)], [rect(320, 70, 680, 670), ellipse(500, 5, 35, 35)]),
        "marker": ([marker()], [ellipse(500, 470, 110, 110)]),
        "linkedin": ([rect(60, -60, 900, 780)], [ellipse(245, 585, 65, 65), rect(185, 30, 305, 450),
                                                   [(385, 30), (385, 450), (500, 450), (500, 395), (560, 440),
                                                    (640, 460), (730, 440), (790, 380), (810, 300), (810, 30),
                                                    (690, 30), (690, 280), (670, 330), (620, 350), (560, 340),
                                                    (515, 300), (505, 250), (505, 30)]]),
        "github": ([ellipse(500, 360, 430, 430)], [[(330, 110), (330, 300), (280, 340), (255, 430), (280, 520),
                                                    (285, 610), (360, 580), (430, 540), (500, 550), (570, 540),
                                                    (640, 580), (715, 610), (720, 520), (745, 430), (720, 340),
                                                    (670, 300), (670, 110)]]),
        "globe": ([ellipse(500, 360, 420, 420), rect(110, 335, 890, 385), rect(475, -40, 525, 760)],
                  [ellipse(500, 360, 370, 370)]),
        "calendar": ([rect(90, -50, 910, 700), rect(250, 620, 330, 800), rect(670, 620, 750, 800)],
                     [rect(150, 10, 850, 500)]),
    }
    outer["globe"][0].append(ellipse(500, 360, 190, 420))
    outer["globe"][1].append(ellipse(500, 360, 140, 370))
    for i in range(3):  # the calendar's days
        for j in range(2):
            outer["calendar"][0].append(rect(210 + 215 * i, 80 + 200 * j, 360 + 215 * i, 220 + 200 * j))

    def oriented(points: list[tuple[float, float]], clockwise: bool) -> list[tuple[float, float]]:
        area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True))
        return points if (area < 0) == clockwise else points[::-1]  # TrueType: filled clockwise, holes not

    order = [".notdef", "space", *_PUA_ICONS]
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        fills, holes = outer.get(name, ([], []))
        for points, clockwise in [*((p, True) for p in fills), *((p, False) for p in holes)]:
            points = oriented([(round(x), round(y)) for x, y in points], clockwise)
            pen.moveTo(points[0])
            for point in points[1:]:
                pen.lineTo(point)
            pen.closePath()
        glyphs[name] = pen.glyph()
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(order)
    fb.setupCharacterMap({0x20: "space", **{code: name for name, code in _PUA_ICONS.items()}})
    fb.setupGlyf(glyphs)
    table = fb.font["glyf"]
    fb.setupHorizontalMetrics({n: (1000 if n in _PUA_ICONS else 300, getattr(table[n], "xMin", 0)) for n in order})
    fb.setupHorizontalHeader(ascent=850, descent=-150)
    fb.setupNameTable({"familyName": "Resume Icons", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=850, sTypoDescender=-150, usWinAscent=850, usWinDescent=150)
    fb.setupPost()
    data = io.BytesIO()
    fb.save(data)
    return "data:font/ttf;base64," + base64.b64encode(data.getvalue()).decode("ascii")


def browser_altacv_like(r: dict) -> str:
    """A frontend developer's one-page resume in the look of the LaTeX 'AltaCV' class, rebuilt in HTML/CSS and printed
    by Chromium (A4, no sidebar colour): the name, a coloured tagline and a wrapping row of contact items, each after
    an icon glyph of an icon font (Private Use Area code points, as Font Awesome's are: U+F0E0 envelope, U+F10B mobile,
    U+F041 map marker, ...); two columns 60/40 with upper-case coloured headings over a rule; on the left
    'Experience', each entry the title (large), the company in the accent colour, and a small line with a calendar
    glyph before the dates and a marker glyph before the city, bullets, dashed dividers, then 'Projects' in the same
    form; on the right 'Strengths' as boxed tags, 'Languages' with five-dot ratings drawn by CSS and 'Education' in the
    entry form."""
    def icon(name: str) -> str:
        return f"<span class=\"fa\">&#x{_PUA_ICONS[name]:X};</span>"

    def event(title: str, org: str, when: str, place: str, bullets: list[str], text: str = "") -> str:
        meta = f"<span>{icon('calendar')} {esc(when)}</span>" if when else ""
        meta += f"<span>{icon('marker')} {esc(place)}</span>" if place else ""
        return (f"<div class=\"event\"><h3>{esc(title)}</h3><p class=\"org\">{esc(org)}</p>"
                + (f"<p class=\"meta\">{meta}</p>" if meta else "") + (f"<p>{esc(text)}</p>" if text else "")
                + (f"<ul>{_li(bullets)}</ul>" if bullets else "") + "</div>\n")

    divider = "<hr class=\"divider\">\n"
    jobs = divider.join(event(e["title"], e["organization"], e["period"], e["location"], e["bullets"])
                        for e in r["experience"])
    projects = divider.join(event(p["name"], p["subtitle"], "", "", [], p["text"]) for p in r["projects"])
    tags = "".join(f"<span class=\"tag\">{esc(s)}</span>" for s in r["skill_groups"]["Strengths"])
    langs = "".join(f"<div class=\"lang\"><span>{esc(lang)}</span><span class=\"dots\">"
                    + "".join(f"<i class=\"{'on' if k < level else 'off'}\"></i>" for k in range(5))
                    + "</span></div>" for lang, level in r["languages"])
    edu = divider.join(event(e["degree"], e["institution"], e["period"], e["location"], []) for e in r["education"])
    contact = "".join(f"<span class=\"item\">{icon(kind)} {esc(text)}</span>" for kind, text in r["contact"])
    css = """
@font-face { font-family: "Resume Icons"; src: url(ICON_FONT) format("truetype"); }
@page { size: A4; margin: 12mm 13mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 9pt; line-height: 1.38;
       color: #2b2b2b; }
.fa { font-family: "Resume Icons"; font-style: normal; font-weight: normal; color: #8f1d4d; }
h1 { margin: 0; font-size: 27pt; line-height: 1.1; color: #111; }
.tagline { margin: 1mm 0 2.5mm; font-size: 12pt; font-weight: bold; color: #8f1d4d; }
.contact { display: flex; flex-wrap: wrap; gap: 1mm 6mm; font-size: 8.6pt; }
.cols { display: grid; grid-template-columns: 6fr 4fr; gap: 9mm; margin-top: 4mm; }
h2 { margin: 3mm 0 2mm; padding-bottom: 0.8mm; border-bottom: 0.5mm solid #2b2b2b; font-size: 13pt;
     text-transform: uppercase; letter-spacing: .02em; color: #8f1d4d; }
.event h3 { margin: 0; font-size: 11.5pt; font-weight: normal; color: #111; }
.org { margin: 0.2mm 0 0; font-size: 10pt; font-weight: bold; color: #b2457a; }
.meta { display: flex; gap: 5mm; margin: 0.5mm 0 1mm; font-size: 8pt; color: #666; }
.meta .fa { color: #666; }
.event p { margin: 0.5mm 0 0; }
ul { margin: 0.5mm 0 0; padding-left: 4mm; }
li { margin: 0.4mm 0; }
hr.divider { margin: 2.2mm 0; border: 0; border-top: 0.3mm dashed #bbb; }
.tags { display: flex; flex-wrap: wrap; gap: 1.6mm 1.4mm; }
.tag { padding: 0.3mm 1.6mm; border: 0.35mm solid #8f1d4d; border-radius: 0.8mm; font-size: 8.6pt; }
.lang { display: flex; justify-content: space-between; align-items: center; margin: 0 0 1.6mm; }
.dots i { display: inline-block; width: 2.6mm; height: 2.6mm; margin-left: 1mm; border-radius: 50%; }
.dots i.on { background: #8f1d4d; }
.dots i.off { background: #e3c9d5; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="tagline">{esc(r['tagline'])}</p>
<div class="contact">{contact}</div>
</header>
<div class="cols">
<main>
<h2>Experience</h2>
{jobs}<h2>Projects</h2>
{projects}</main>
<aside>
<h2>Strengths</h2>
<div class="tags">{tags}</div>
<h2>Languages</h2>
{langs}
<h2>Education</h2>
{edu}</aside>
</div>
"""
    page = _page(f"{esc(r['name'])} – CV", css, body)
    return page.replace("ICON_FONT", _pua_icon_font())


# ------------------------------------------------------------------------------------ held-out-16 writers
# Five more hand-written people (a Boise retail store manager, a Grand Rapids nursing assistant, a Kraków backend
# developer, a Portland UX researcher, a Munich mechanical engineer), each in a layout none of the earlier sets has.
# Built by someone who had not read the parser and did not run it on these files; the split of each file was fixed in
# FIXTURES before any of them was generated. As for PEOPLE_7 to PEOPLE_15, the truth is derived from this data, never
# from a rendering; volunteering and student activities are not experience, internships, working-student and
# part-time jobs are; certifications, licences, memberships and spoken languages are not skills; a job board's
# '(N years)' after a skill is not part of it; a skill phrase is one skill as written, brackets included; open-source
# repositories are projects, named by their link text. A year range set over two lines ('2019 —' over '2023') is one
# period, its two lines joined by a space. Every person, employer, school and repository here is invented; the towns
# are real places.

PEOPLE_16: dict[str, dict] = {
    "browser_indeed_builder": {
        "name": "Tamika Haldane", "city": "Boise, ID", "email": "tamika.haldane@example.com",
        "phone": "(208) 555-0162",
        "summary": "Store manager with 15 years in specialty and grocery retail, from the sales floor to running a "
                   "$9M store. I build teams that stay, keep inventory honest and like a Saturday rush.",
        "experience": [
            {"title": "Store Manager", "organization": "Riverstone Home Goods", "location": "Boise, ID",
             "period": "April 2021 to Present",
             "bullets": [
                 "Run a $9.3M home goods store with 38 associates and 3 assistant managers; comparable sales up 14% "
                 "since 2022",
                 "Cut shrink from 2.1% to 0.9% of sales with weekly cycle counts, a receiving checklist and "
                 "bag-check training",
                 "Hire, train and schedule the whole team; associate turnover down from 71% to 38% in two years",
                 "Reset 40% of the floor for the 2024 kitchen and bath remodel over four overnight shifts"],
             "lines": []},
            {"title": "Assistant Store Manager", "organization": "Sawtooth Market & Pharmacy",
             "location": "Meridian, ID", "period": "June 2017 to March 2021", "bullets": [],
             "lines": [
                 "Ran day-to-day operations of a 45,000 sq ft grocery store with 90 associates across six "
                 "departments.",
                 "Owned ordering and receiving for grocery and frozen, about $220K a week, and kept in-stock at 98%.",
                 "Opened the store's curbside pickup in 2020 and trained 24 associates as personal shoppers."]},
            {"title": "Department Lead", "organization": "Canyon Crossing Sporting Goods", "location": "Nampa, ID",
             "period": "August 2014 to May 2017",
             "bullets": [
                 "Led the footwear and camping departments with 7 associates",
                 "Set planograms and seasonal displays; footwear sales rose 22% in my second year",
                 "Opened and closed the store as key holder and handled cash office counts"],
             "lines": []},
            {"title": "Sales Associate", "organization": "Payette Books", "location": "Boise, ID",
             "period": "May 2011 to July 2014", "bullets": [],
             "lines": ["Part-time during college. Cashier, special orders and the children's section story hour."]},
        ],
        "education": [
            {"degree": "Bachelor's degree in Business Management", "institution": "Boise Valley State University",
             "location": "Boise, ID", "period": "August 2010 to May 2014"},
            {"degree": "High school diploma", "institution": "Capital Hills High School", "location": "Boise, ID",
             "period": "August 2006 to May 2010"},
        ],
        "skill_groups": {
            "Skills": ["Retail management", "Inventory management", "Loss prevention", "Visual merchandising",
                       "Labor scheduling", "P&L management", "Recruiting", "Customer service", "Microsoft Excel",
                       "POS systems"],
        },
        "skill_years": {"Retail management": "9 years", "Inventory management": "12 years",
                        "Loss prevention": "9 years", "Visual merchandising": "12 years",
                        "Labor scheduling": "9 years", "P&L management": "5 years", "Recruiting": "8 years",
                        "Customer service": "10+ years", "Microsoft Excel": "7 years", "POS systems": "10+ years"},
        "certifications": [("CPR & First Aid", "February 2025 to February 2027"),
                           ("Forklift Certification", "June 2019 to Present")],
        "additional": ["Open to store manager or district roles anywhere in the Treasure Valley",
                       "Available to work weekends, holidays and overnight resets"],
        "projects": [],
    },
    "docx_two_column_table_nurse_aide": {
        "name": "Kayla M. Brewster",
        "contact": ["Grand Rapids, MI 49508", "(616) 555-0134", "kayla.brewster@example.com"],
        "summary": "Certified nursing assistant with six years of hands-on care in long-term care, rehab and "
                   "home health. Patient, steady on a busy hall and good with residents living with dementia. "
                   "Now studying for my ADN part-time.",
        "experience": [
            {"title": "Certified Nursing Assistant", "organization": "Cedar Hollow Rehabilitation & Nursing Center",
             "location": "Wyoming, MI", "period": "March 2022 – Present",
             "bullets": [
                 "Provide direct care to 10–12 residents a shift on a 40-bed long-term care and short-stay rehab "
                 "unit",
                 "Take and record vital signs, weights and intake and output in PointClickCare",
                 "Assist with bathing, dressing, feeding and toileting; reposition residents every two hours",
                 "Transfer residents safely with a Hoyer lift and gait belt; no resident falls on my assignments "
                 "in 2024",
                 "Orient new CNAs on the memory care hall as a peer mentor"]},
            {"title": "Home Health Aide", "organization": "BrightPath Home Care", "location": "Grand Rapids, MI",
             "period": "July 2020 – February 2022",
             "bullets": [
                 "Visited 5–7 elderly and disabled clients a day for personal care, meals and light housekeeping",
                 "Reminded clients of their medications and reported changes in condition to the RN case manager",
                 "Kept visit notes and mileage in the agency's mobile app"]},
            {"title": "Dietary Aide", "organization": "Maple Grove Senior Living", "location": "Kentwood, MI",
             "period": "September 2018 – June 2020",
             "bullets": [
                 "Part-time during high school: served meals to 80 residents and followed special diet cards",
                 "Cleaned the dining room and kitchen to health department standards"]},
        ],
        "education": [
            {"degree": "Associate Degree in Nursing (in progress)", "institution": "Grand River Community College",
             "location": "Grand Rapids, MI", "period": "August 2024 – Present"},
            {"degree": "High School Diploma", "institution": "Kentwood Heights High School", "location": "Kentwood, MI",
             "period": "June 2020"},
        ],
        "certifications": ["Certified Nursing Assistant (CNA), Michigan Nurse Aide Registry, 2021",
                           "Basic Life Support (BLS), American Heart Association, expires 08/2027"],
        "skill_groups": {
            "Skills": ["Vital signs", "Activities of daily living (ADLs)", "Safe patient transfers (Hoyer lift, gait "
                       "belt)", "Dementia care", "Infection control", "Intake and output charting",
                       "Fall prevention", "PointClickCare"],
        },
        "projects": [],
    },
    "txt_linkedin_about_dev": {
        "name": "Tomasz Wierzbicki",
        "headline": "Senior Backend Developer · Go · event-driven systems · Kraków, Poland (remote)",
        "contact": ["tomasz.wierzbicki@example.com", "github.com/twierzbicki", "linkedin.com/in/twierzbicki"],
        "about": ["I build backend services that move money and parcels around without losing any of them. Most of "
                  "my last eight years went into Go, Kafka and PostgreSQL: payment ledgers, shipment tracking and the "
                  "boring glue in between.",
                  "I like small services with clear ownership, migrations that don't lock tables and on-call weeks "
                  "where nothing happens."],
        "experience": [
            {"title": "Senior Backend Developer", "organization": "Fennel Pay", "location": "",
             "period": "2021–present",
             "bullets": [
                 "Own the ledger service (Go, PostgreSQL) that books 4M card transactions a day",
                 "Moved settlement from nightly batch jobs to Kafka streams; merchants get paid out 1 day sooner",
                 "Introduced the transactional outbox pattern across 12 services, removing a class of lost events",
                 "Cut p99 latency of the authorisation path from 380 ms to 95 ms",
                 "Mentor two mid-level developers and run the backend guild's design reviews"]},
            {"title": "Backend Developer", "organization": "Trasa Logistics", "location": "",
             "period": "2018–2021",
             "bullets": [
                 "Rewrote the parcel tracking API from PHP to Go; 1,200 requests/s on a third of the servers",
                 "Built the carrier webhook ingestion pipeline on Kafka for 30+ courier partners",
                 "Set up Prometheus and Grafana dashboards and the team's first on-call rota"]},
            {"title": "PHP Developer", "organization": "Kodeo Software House", "location": "",
             "period": "2015–2018",
             "bullets": [
                 "Built e-commerce back offices in Symfony for clients in Poland and Germany",
                 "Wrote the company's Docker-based local development setup"]},
        ],
        "skill_groups": {
            "Skills": ["Go", "Kafka", "PostgreSQL", "Redis", "gRPC", "Protocol Buffers", "Kubernetes", "Terraform",
                       "AWS", "Docker", "Prometheus", "Grafana", "OpenTelemetry", "PHP"],
        },
        "projects": [
            {"name": "kafka-replay", "url": "https://github.com/twierzbicki/kafka-replay",
             "text": "replays a Kafka topic into a new consumer group at a fixed rate, for backfills and load tests "
                     "(~900 ★)"},
            {"name": "pgoutbox", "url": "https://github.com/twierzbicki/pgoutbox",
             "text": "transactional outbox for Go and PostgreSQL that publishes through logical replication"},
            {"name": "migration-lint", "url": "https://github.com/twierzbicki/migration-lint",
             "text": "CI check that flags SQL migrations which would take long locks on big tables"},
        ],
        "education": [
            {"degree": "MSc in Computer Science", "institution": "Małopolska University of Technology",
             "location": "Kraków", "period": "2010–2015"},
        ],
        "languages": "Polish (native), English (C1), German (A2)",
    },
    "browser_timeline_left_years": {
        "name": "Celeste Okafor", "headline": "UX Researcher",
        "contact": ["Portland, OR", "celeste.okafor@example.com", "(503) 555-0119", "celesteokafor.example.com"],
        "about": "Mixed-methods researcher with nine years in health and logistics products. I plan studies that "
                 "answer the question a team is actually stuck on, bring engineers into the room with users, and "
                 "turn findings into decisions within the sprint.",
        "experience": [
            {"title": "Senior UX Researcher", "organization": "Tallgrass Health", "location": "",
             "years": ("2023", "Present"), "period": "2023 — Present",
             "text": "Lead research for the patient app and the care team console, 1.2 million members. Ran a "
                     "six-week diary study with 40 patients managing diabetes that reshaped the 2024 roadmap, and "
                     "set up the research repository and a monthly insight review used by four product teams."},
            {"title": "UX Researcher", "organization": "Parcelwise", "location": "",
             "years": ("2019", "2023"), "period": "2019 — 2023",
             "text": "First researcher at a shipping software start-up. Ran contextual inquiry in 14 warehouses, "
                     "usability tests for the label-printing flow (task time down 38%) and a quarterly customer "
                     "survey; trained designers and PMs to run their own lightweight tests."},
            {"title": "Research Associate", "organization": "Brightline Usability Group", "location": "",
             "years": ("2017", "2019"), "period": "2017 — 2019",
             "text": "Moderated 300+ usability sessions for clients in banking, travel and public services, wrote "
                     "test plans and reports, and recruited participants for accessibility studies."},
            {"title": "User Research Intern", "organization": "Fernhill Software", "location": "",
             "years": ("2016", ""), "period": "2016",
             "text": "Summer internship: card sorting and tree testing for a new help centre, and a competitive "
                     "review of onboarding flows."},
        ],
        "education": [
            {"degree": "MS in Human-Computer Interaction", "institution": "Lakeshore Institute of Technology",
             "location": "", "years": ("2015", "2017"), "period": "2015 — 2017",
             "text": "Thesis on how older adults learn telehealth tools. Graduated with distinction."},
            {"degree": "BA in Cognitive Science", "institution": "Whitcombe College", "location": "",
             "years": ("2011", "2015"), "period": "2011 — 2015", "text": "Minor in Statistics."},
        ],
        "skill_groups": {
            "Methods": ["Contextual inquiry", "Usability testing", "Diary studies", "Survey design",
                        "Jobs-to-be-done interviews", "Journey mapping", "Card sorting & tree testing",
                        "Mixed-methods synthesis"],
            "Tools": ["Figma", "Dovetail", "Maze", "UserTesting", "Optimal Workshop", "Qualtrics", "Lookback", "Miro",
                      "Airtable", "Notion", "Tableau", "Hotjar"],
        },
        "tool_colors": ["#a259ff", "#5b3cc4", "#2f6bff", "#e0392b", "#f5a623", "#1e8c7e", "#263238", "#ffd02f",
                        "#18bfff", "#111111", "#e97627", "#fd3a5c"],
        "projects": [],
    },
    "docx_german_lebenslauf_en": {
        "name": "Lukas Brandstetter",
        "personal": [("Name", "Lukas Brandstetter"), ("Address", "Belgradstraße 41, 80796 Munich"),
                     ("Phone", "+49 171 5550384"), ("Email", "lukas.brandstetter@example.com"),
                     ("Date of birth", "14.05.1991 in Regensburg"), ("Nationality", "German"),
                     ("Marital status", "Married")],
        "experience": [
            {"title": "Senior Development Engineer", "organization": "Isarwerk Antriebstechnik GmbH",
             "location": "Munich", "period": "04/2022 – today",
             "bullets": [
                 "Responsible for the mechanical design of end-of-line test rigs for electric drive units",
                 "Lead a team of three design engineers and two technicians",
                 "Reduced test rig build cost by 18% through a modular frame and clamping system",
                 "Technical contact for suppliers in Germany, Czechia and Italy"]},
            {"title": "Design Engineer", "organization": "Brenner Fahrzeugtechnik AG", "location": "Ingolstadt",
             "period": "11/2016 – 03/2022",
             "bullets": [
                 "Design of gearbox housings and brackets in CATIA V5 from concept to series release",
                 "FE strength and modal analyses in ANSYS Mechanical",
                 "Tolerance analyses and drawings according to ISO GPS",
                 "Carried out DFMEAs together with production planning and quality"]},
            {"title": "Working Student Mechanical Design", "organization": "Alpenstahl Maschinenbau GmbH",
             "location": "Garching", "period": "11/2014 – 06/2016",
             "bullets": [
                 "Design of assemblies for packaging machines in Siemens NX (16 hours per week)",
                 "Creation of parts lists and maintenance of article data in Teamcenter"]},
            {"title": "Production Engineering Intern", "organization": "Donau Präzisionsteile GmbH",
             "location": "Regensburg", "period": "03/2013 – 08/2013",
             "bullets": ["Practical semester: optimisation of a CNC turning cell, cycle time reduced by 9%"]},
        ],
        "education": [
            {"degree": "Master of Science Mechanical Engineering", "institution": "Technical University of Upper "
             "Bavaria", "location": "Munich", "period": "10/2014 – 09/2016",
             "bullets": ["Focus: product development and lightweight design",
                         "Master's thesis: Topology optimisation of a cast gearbox housing (grade 1.3)",
                         "Final grade: 1.5"]},
            {"degree": "Bachelor of Engineering Mechanical Engineering", "institution": "Danubia University of "
             "Applied Sciences", "location": "Regensburg", "period": "10/2010 – 07/2014",
             "bullets": ["Final grade: 1.9"]},
            {"degree": "Abitur (general university entrance qualification)", "institution": "Pfaffenstein-Gymnasium",
             "location": "Regensburg", "period": "09/2001 – 06/2010", "bullets": ["Final grade: 2.1"]},
        ],
        "languages": [("German", "Native speaker (C2)"), ("English", "Business fluent (C1)"),
                      ("French", "Basic knowledge (A2)")],
        "skill_groups": {
            "CAD": ["CATIA V5", "Siemens NX", "SolidWorks"],
            "Simulation": ["ANSYS Mechanical", "MATLAB/Simulink"],
            "PLM": ["Teamcenter", "SAP PLM"],
            "Programming": ["Python", "VBA"],
            "Office": ["Microsoft Office (Excel, PowerPoint, Project)"],
        },
        "interests": "Mountain biking, ski touring, restoring old motorcycles",
        "signed": "Munich, 03.11.2026",
        "projects": [],
    },
}


def browser_indeed_builder(r: dict) -> str:
    """The PDF a job board's resume builder makes of a profile (Letter, Arial-like sans): the name large in the board's
    blue, then 'City, ST', the email and the phone one a line; a summary and a work-authorisation line; section
    headings ruled underneath: 'Work Experience' with per job the title in bold, the company, 'City, ST' and 'Month
    YYYY to Present' each on a line of its own (the dates grey), then bullets or plain lines; 'Education' as the
    degree in bold, 'School - City, ST' and the dates; 'Skills' as bullets with '(N years)' after each;
    'Certifications and Licenses' as a name over its dates; 'Additional Information' as bullets."""
    def job(e: dict) -> str:
        text = (f"<ul>{_li(e['bullets'])}</ul>" if e["bullets"] else "") + "".join(
            f"<p class=\"desc\">{esc(line)}</p>" for line in e["lines"])
        return (f"<div class=\"entry\"><p class=\"title\">{esc(e['title'])}</p><p>{esc(e['organization'])}</p>"
                f"<p>{esc(e['location'])}</p><p class=\"dates\">{esc(e['period'])}</p>{text}</div>\n")

    jobs = "".join(job(e) for e in r["experience"])
    edu = "".join(f"<div class=\"entry\"><p class=\"title\">{esc(e['degree'])}</p><p>{esc(e['institution'])} - "
                  f"{esc(e['location'])}</p><p class=\"dates\">{esc(e['period'])}</p></div>\n" for e in r["education"])
    skills = "".join(f"<li>{esc(s)} ({esc(r['skill_years'][s])})</li>" for s in r["skill_groups"]["Skills"])
    certs = "".join(f"<div class=\"entry\"><p class=\"title\">{esc(name)}</p><p class=\"dates\">{esc(when)}</p></div>"
                    for name, when in r["certifications"])
    css = """
@page { size: Letter; margin: 0.55in 0.7in; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4;
       color: #2d2d2d; }
h1 { margin: 0 0 1.5mm; font-size: 22pt; font-weight: bold; color: #2557a7; }
.contact p { margin: 0; color: #595959; }
.summary { margin: 4mm 0 0; }
.auth { margin: 2mm 0 0; color: #595959; }
h2 { margin: 6mm 0 3mm; padding-bottom: 1mm; border-bottom: 0.3mm solid #d4d2d0; font-size: 13.5pt;
     font-weight: bold; color: #2d2d2d; break-after: avoid; }
.entry { margin: 0 0 4mm; break-inside: avoid; }
.entry p { margin: 0; }
.entry .title { font-size: 11pt; font-weight: bold; }
.entry .dates { color: #767676; }
.entry ul { margin: 1.5mm 0 0; padding-left: 5.5mm; }
.entry li { margin: 0.6mm 0; }
.entry .desc { margin-top: 1.2mm; }
ul.plain { margin: 0; padding-left: 5.5mm; }
ul.plain li { margin: 0.8mm 0; }
"""
    body = f"""
<h1>{esc(r['name'])}</h1>
<div class="contact"><p>{esc(r['city'])}</p><p>{esc(r['email'])}</p><p>{esc(r['phone'])}</p></div>
<p class="summary">{esc(r['summary'])}</p>
<p class="auth">Authorized to work in the US for any employer</p>
<h2>Work Experience</h2>
{jobs}<h2>Education</h2>
{edu}<h2>Skills</h2>
<ul class="plain">{skills}</ul>
<h2>Certifications and Licenses</h2>
{certs}
<h2>Additional Information</h2>
<ul class="plain">{_li(r['additional'])}</ul>
"""
    return _page(f"{esc(r['name'])} - Resume", css, body)


def docx_two_column_table_nurse_aide_resume(r: dict, path: Path) -> None:
    """A nursing assistant's resume from a cheap Word template (Letter, Calibri): the whole body is one two-column
    table with visible single borders ('Table Grid'); its first row, merged across both columns, holds the name and a
    '|' contact line; in each other row the section name in bold capitals in the narrow left cell ('SUMMARY',
    'EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS', 'SKILLS') and its contents in the right one: each job as '**Title,
    Employer**' over an italic 'Month YYYY – Month YYYY | City, ST' line and Word 'List Bullet' paragraphs inside the
    cell; education in the same form; certifications and skills as 'List Bullet' paragraphs."""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.7)
    section.top_margin = section.bottom_margin = Inches(0.6)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(1)
    teal = RGBColor(0x1F, 0x5F, 0x6B)
    sections = ["SUMMARY", "EXPERIENCE", "EDUCATION", "CERTIFICATIONS", "SKILLS"]
    table = d.add_table(rows=1 + len(sections), cols=2)
    table.style = "Table Grid"
    table.autofit = False
    for column, w in zip(table.columns, (1.55, 5.55), strict=True):
        column.width = Inches(w)
        for cell in column.cells:
            cell.width = Inches(w)
    top = table.cell(0, 0).merge(table.cell(0, 1))
    p = top.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(6)
    run = p.add_run(r["name"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), teal
    p = top.add_paragraph(" | ".join(r["contact"]))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(6)

    def write(cell, text: str, *, bold: bool = False, italic: bool = False, before: float = 0,
              style: str | None = None) -> None:
        empty = len(cell.paragraphs) == 1 and not cell.paragraphs[0].text
        p = cell.paragraphs[0] if empty else cell.add_paragraph(style=style)
        if empty and style:
            p.style = d.styles[style]
        p.paragraph_format.space_before = Pt(before)
        run = p.add_run(text)
        run.bold, run.italic = bold, italic

    def entry(cell, head: str, line: str, bullets: list[str], first: bool) -> None:
        write(cell, head, bold=True, before=0 if first else 8)
        write(cell, line, italic=True)
        for b in bullets:
            write(cell, b, style="List Bullet")

    cells = {}
    for row, name in zip(table.rows[1:], sections, strict=True):
        left, right = row.cells
        left.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        p = left.paragraphs[0]
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(4), Pt(4)
        run = p.add_run(name)
        run.bold, run.font.color.rgb = True, teal
        cells[name] = right
    write(cells["SUMMARY"], r["summary"], before=4)
    for n, e in enumerate(r["experience"]):
        entry(cells["EXPERIENCE"], f"{e['title']}, {e['organization']}", f"{e['period']} | {e['location']}",
              e["bullets"], n == 0)
    for n, e in enumerate(r["education"]):
        entry(cells["EDUCATION"], f"{e['degree']}, {e['institution']}", f"{e['period']} | {e['location']}", [],
              n == 0)
    for c in r["certifications"]:
        write(cells["CERTIFICATIONS"], c, style="List Bullet")
    for s in r["skill_groups"]["Skills"]:
        write(cells["SKILLS"], s, style="List Bullet")
    for name in sections:  # a little air at the foot of each cell, as the template has
        cells[name].paragraphs[0].paragraph_format.space_before = Pt(4)
        cells[name].paragraphs[-1].paragraph_format.space_after = Pt(5)
    d.save(str(path))


def txt_linkedin_about_dev(r: dict) -> str:
    """A backend developer's resume typed as Markdown in a text editor and sent as the .txt it was saved as (never
    converted): '# Name', a headline and a '·' contact line, '## About' (the LinkedIn 'About' text), '## Experience'
    with each job as '**Title** @ Company (2021–present)' over '- ' bullets, '## Skills' as backticked words on two
    lines, '## Open source' as '- [name](url) — text' links, '## Education' and '## Languages'."""
    out = [f"# {r['name']}", "", r["headline"], " · ".join(r["contact"]), "", "## About", ""]
    for para in r["about"]:
        out += [para, ""]
    out += ["## Experience", ""]
    for e in r["experience"]:
        out += [f"**{e['title']}** @ {e['organization']} ({e['period']})", *(f"- {b}" for b in e["bullets"]), ""]
    skills = [f"`{s}`" for s in r["skill_groups"]["Skills"]]
    out += ["## Skills", "", " ".join(skills[:7]), " ".join(skills[7:]), "", "## Open source", ""]
    out += [f"- [{p['name']}]({p['url']}) — {p['text']}" for p in r["projects"]]
    out += ["", "## Education", ""]
    out += [f"**{e['degree']}** — {e['institution']}, {e['location']} ({e['period']})" for e in r["education"]]
    out += ["", "## Languages", "", r["languages"]]
    return "\n".join(out) + "\n"


def browser_timeline_left_years(r: dict) -> str:
    """A UX researcher's page in a designer's style, printed by Chromium (A4, DejaVu Sans): a big name, headline and a
    contact row; 'About'; 'Experience' where each entry is a row of a CSS grid: a narrow left column with the year
    range set big and light over two lines ('2019 —' over '2023'; a one-year internship has one line), and on the right
    'Title, Employer' on one line (the title bold) and a paragraph; 'Education' in the same form; 'Methods' as a
    two-column list; 'Tools' as a grid of tiles, each a coloured logo shape drawn by CSS (no text in it) over the
    tool's name."""
    def row(years: tuple[str, str], title: str, org: str, text: str) -> str:
        start, end = years
        when = f"<span>{esc(start)}{' —' if end else ''}</span>" + (f"<span>{esc(end)}</span>" if end else "")
        return (f"<div class=\"row\"><div class=\"years\">{when}</div><div class=\"what\"><h3><b>{esc(title)}</b>, "
                f"{esc(org)}</h3><p>{esc(text)}</p></div></div>\n")

    jobs = "".join(row(e["years"], e["title"], e["organization"], e["text"]) for e in r["experience"])
    edu = "".join(row(e["years"], e["degree"], e["institution"], e["text"]) for e in r["education"])
    methods = "".join(f"<li>{esc(m)}</li>" for m in r["skill_groups"]["Methods"])
    shapes = ["circle", "square", "diamond", "pill"]
    tools = "".join(f"<div class=\"tile\"><i class=\"logo {shapes[n % 4]}\" style=\"background:{color}\"></i>"
                    f"<span>{esc(name)}</span></div>"
                    for n, (name, color) in enumerate(zip(r["skill_groups"]["Tools"], r["tool_colors"],
                                                          strict=True)))
    contact = "".join(f"<span>{esc(c)}</span>" for c in r["contact"])
    css = """
@page { size: A4; margin: 11mm 15mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 8.7pt; line-height: 1.42;
       color: #33333a; }
h1 { margin: 0; font-size: 26pt; font-weight: bold; letter-spacing: -.01em; color: #1c1c24; }
.headline { margin: 0.5mm 0 2mm; font-size: 12pt; color: #d0573a; }
.contact { display: flex; flex-wrap: wrap; gap: 1mm 7mm; font-size: 8.4pt; color: #6b6b75; }
h2 { margin: 5mm 0 2.5mm; font-size: 8.4pt; font-weight: bold; text-transform: uppercase; letter-spacing: .16em;
     color: #d0573a; break-after: avoid; }
.about { margin: 0; max-width: 150mm; }
.row { display: grid; grid-template-columns: 30mm 1fr; column-gap: 6mm; margin: 0 0 3.5mm; break-inside: avoid; }
.years { display: flex; flex-direction: column; font-size: 15pt; font-weight: 200; line-height: 1.15;
         color: #9a9aa6; }
.what h3 { margin: 0.6mm 0 1mm; font-size: 10.5pt; font-weight: normal; color: #1c1c24; }
.what p { margin: 0; }
ul.methods { margin: 0; padding: 0; list-style: none; columns: 2; column-gap: 8mm; }
ul.methods li { margin: 0 0 1mm; }
.tools { display: grid; grid-template-columns: repeat(6, 1fr); gap: 2.4mm; }
.tile { display: flex; flex-direction: column; align-items: center; gap: 1.2mm; padding: 2mm 1mm 1.6mm;
        border: 0.3mm solid #e4e4ea; border-radius: 2mm; font-size: 8pt; text-align: center; }
.logo { display: block; width: 8mm; height: 8mm; }
.logo.circle { border-radius: 50%; }
.logo.square { border-radius: 1.6mm; }
.logo.diamond { width: 6.4mm; height: 6.4mm; margin: 0.8mm; transform: rotate(45deg); border-radius: 1mm; }
.logo.pill { height: 5mm; margin: 1.5mm 0; border-radius: 2.5mm; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<div class="contact">{contact}</div>
</header>
<h2>About</h2>
<p class="about">{esc(r['about'])}</p>
<h2>Experience</h2>
{jobs}<h2>Education</h2>
{edu}<h2>Methods</h2>
<ul class="methods">{methods}</ul>
<h2>Tools</h2>
<div class="tools">{tools}</div>
"""
    return _page(f"{esc(r['name'])} — UX Researcher", css, body)


def docx_german_lebenslauf_en_resume(r: dict, path: Path) -> None:
    """A German-style CV ('Lebenslauf') written in English in Word (A4, Arial): a top table whose left cell holds
    'Curriculum Vitae' and whose right cell is the bordered photo box; section headings in bold ruled underneath;
    'Personal Data' as label and value rows (date and place of birth, nationality, marital status); 'Professional
    Experience' and 'Education' as borderless two-column tables, the dates 'MM/YYYY – MM/YYYY' in the left column,
    the title in bold, 'Employer, City' and Word list bullets in the right one; 'Language Skills' and 'IT Skills' as
    label and value rows; 'Interests'; the place and date ('Munich, 03.11.2026') with a signature line and the name
    under it at the end."""
    import docx
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.2), Cm(2)
    section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.8)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(0)
    grey = RGBColor(0x40, 0x40, 0x40)

    def borders(owner, tag: str, value: str, edges: tuple[str, ...]) -> None:
        """Table (w:tblBorders) or cell (w:tcBorders) borders: 'nil' to hide them, 'single' to draw them."""
        node = OxmlElement(tag)
        for edge in edges:
            side = OxmlElement(f"w:{edge}")
            side.set(qn("w:val"), value)
            if value == "single":
                side.set(qn("w:sz"), "6")
                side.set(qn("w:color"), "808080")
            node.append(side)
        if tag == "w:tblBorders":
            owner.tblPr.find(qn("w:tblW")).addnext(node)
        else:
            owner.get_or_add_tcPr().append(node)

    def grid(rows: int, cm: tuple[float, float]):
        table = d.add_table(rows=rows, cols=2)
        table.autofit = False
        borders(table._tbl, "w:tblBorders", "nil", ("top", "left", "bottom", "right", "insideH", "insideV"))
        for column, w in zip(table.columns, cm, strict=True):
            column.width = Cm(w)
            for cell in column.cells:
                cell.width = Cm(w)
        return table

    def put(cell, text: str, *, bold: bool = False, italic: bool = False, style: str | None = None,
            before: float = 0) -> None:
        empty = len(cell.paragraphs) == 1 and not cell.paragraphs[0].text
        p = cell.paragraphs[0] if empty else cell.add_paragraph(style=style)
        if empty and style:
            p.style = d.styles[style]
        p.paragraph_format.space_before = Pt(before)
        run = p.add_run(text)
        run.bold, run.italic = bold, italic

    def heading(text: str) -> None:
        p = d.add_paragraph()
        _docx_rule_below(p, "404040")
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(14), Pt(6)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12.5), grey

    def labelled(rows: list[tuple[str, str]]) -> None:
        table = grid(len(rows), (4.4, 12.4))
        for row, (label, value) in zip(table.rows, rows, strict=True):
            put(row.cells[0], label, before=1)
            put(row.cells[1], value, before=1)

    def dated(entries: list[dict], title: str, org: str) -> None:
        table = grid(len(entries), (4.4, 12.4))
        for n, (row, e) in enumerate(zip(table.rows, entries, strict=True)):
            gap = 0 if n == 0 else 9
            put(row.cells[0], e["period"], before=gap)
            put(row.cells[1], e[title], bold=True, before=gap)
            put(row.cells[1], f"{e[org]}, {e['location']}", italic=True)
            for b in e["bullets"]:
                put(row.cells[1], b, style="List Bullet")

    top = grid(1, (12.6, 4.2))
    top.rows[0].height, top.rows[0].height_rule = Cm(5.2), WD_ROW_HEIGHT_RULE.EXACTLY
    left, photo = top.rows[0].cells
    p = left.paragraphs[0]
    p.paragraph_format.space_before = Pt(36)
    run = p.add_run("Curriculum Vitae")
    run.bold, run.font.size = True, Pt(24)
    borders(photo._tc, "w:tcBorders", "single", ("top", "left", "bottom", "right"))

    heading("Personal Data")
    labelled(r["personal"])
    heading("Professional Experience")
    dated(r["experience"], "title", "organization")
    heading("Education")
    dated(r["education"], "degree", "institution")
    heading("Language Skills")
    labelled(r["languages"])
    heading("IT Skills")
    labelled([(group, ", ".join(items)) for group, items in r["skill_groups"].items()])
    heading("Interests")
    d.add_paragraph(r["interests"])
    p = d.add_paragraph(r["signed"])
    p.paragraph_format.space_before = Pt(28)
    p.paragraph_format.keep_with_next = True
    p = d.add_paragraph("_" * 30)
    p.paragraph_format.space_before = Pt(26)
    p.paragraph_format.keep_with_next = True
    d.add_paragraph(r["name"])
    d.save(str(path))


# ------------------------------------------------------------------------------------ held-out-17 writers
# Five more hand-written people (an Amsterdam product designer, a Columbus bridge engineer, a Leeds systems
# administrator, a Sheffield restaurant manager training as a primary teacher, a Manchester marketing manager), each
# in a layout none of the earlier sets has. Built by someone who had not read the parser and did not run it on these
# files; the split of each file was fixed in FIXTURES before any of them was generated. As for PEOPLE_7 to PEOPLE_16,
# the truth is derived from this data, never from a rendering; volunteering and student activities are not
# experience, internships, co-ops, placement years and part-time jobs are; certifications, licences, registrations,
# memberships, spoken languages and hobbies are not skills; a skill phrase is one skill as written, brackets included;
# portfolio pieces and named engineering projects are projects, named as the resume names them (a project's value,
# town and dates are not part of its name); a post-nominal (', PE') is not part of the name. New here: a school
# placement is experience, its title 'Student Teacher' and its employer the school; the square brackets round a year
# range are not part of the period; a dot rating ('●●●●○') after a skill is not part of it; the bold name before the
# colon of a 'Transferable Skills' paragraph is the skill; a Notion page's properties (role, location, availability
# as a select tag) are not skills, its 'Skills' tags are. Every person, employer, school and project here is invented;
# the towns are real places.

PEOPLE_17: dict[str, dict] = {
    "browser_notion_export": {
        "name": "Noa van der Heijden", "icon": "✏",
        "properties": [("Role", "text", "Senior Product Designer"), ("Location", "text", "Amsterdam, Netherlands"),
                       ("Email", "email", "noa.vanderheijden@example.com"),
                       ("Portfolio", "url", "noavdh.example.com"), ("Availability", "select", "Open to new roles")],
        "intro": ("☕", "Product designer with nine years in fintech and mobility apps. I care about clear flows, "
                        "honest copy and design systems that engineers actually like using. Based in Amsterdam, "
                        "happy with hybrid roles anywhere in the Randstad."),
        "experience": [
            {"title": "Senior Product Designer", "organization": "Mossbank", "location": "Amsterdam",
             "period": "Sep 2022 → Present",
             "bullets": [
                 "Lead designer for the business current account app (iOS, Android and web) used by 60,000 small "
                 "businesses",
                 "Redesigned invoicing end to end: the time to send a first invoice fell from 11 to 4 minutes",
                 "Built and look after Kade, our Figma design system: 140 components, tokens synced to code, used by "
                 "five squads",
                 "Run fortnightly usability sessions with customers together with the research team"]},
            {"title": "Product Designer", "organization": "Fietsly", "location": "Utrecht",
             "period": "Mar 2019 → Aug 2022",
             "bullets": [
                 "First in-house designer at an e-bike subscription start-up; hired and onboarded two more designers",
                 "Designed the swap-a-bike and repair booking flows; support tickets about repairs down 30%",
                 "Shipped dark mode and an accessibility pass of the app to WCAG 2.1 AA"]},
            {"title": "UX/UI Designer", "organization": "Studio Haventoren", "location": "Rotterdam",
             "period": "Jan 2017 → Feb 2019",
             "bullets": [
                 "Wireframes, prototypes and UI for twelve client launches in retail, culture and local government",
                 "Ran discovery workshops with clients and wrote the studio's first accessibility checklist"]},
            {"title": "Design Intern", "organization": "Plaatwerk Media", "location": "Rotterdam",
             "period": "Feb 2016 → Jul 2016",
             "bullets": ["Graduation internship: icon sets, social templates and an event website for a maritime "
                         "museum"]},
        ],
        "projects": [
            {"name": "Invoices in four minutes", "link": "noavdh.example.com/invoices",
             "text": "Mossbank, 2023. Research with 24 small-business owners, a new invoice editor with smart "
                     "defaults and a payment link; invoice volume up 38% in the first quarter after launch."},
            {"name": "Kade design system", "link": "noavdh.example.com/kade",
             "text": "Mossbank, 2022–now. From three drifting UI kits to one system: tokens, 140 components, usage "
                     "docs in Notion and a monthly design-system office hour."},
            {"name": "Swap-a-bike", "link": "noavdh.example.com/swap",
             "text": "Fietsly, 2020. A flow for swapping a broken e-bike for a working one within a day, designed "
                     "with the mechanics who run the vans."},
        ],
        "skill_groups": {
            "Design": ["Interaction design", "Prototyping", "Design systems", "Usability testing", "User flows",
                       "Accessibility (WCAG)", "UX writing", "Workshop facilitation"],
            "Tools": ["Figma", "FigJam", "Protopie", "Framer", "Maze", "Notion", "Jira"],
        },
        "education": [
            {"degree": "BA Communication & Multimedia Design", "institution": "Hogeschool Rijnmond",
             "location": "Rotterdam", "period": "2012 – 2016",
             "text": "Minor in Interaction Design. Graduation project: a ticketing app for a Rotterdam water taxi "
                     "operator."},
        ],
        "languages": ["Dutch — native", "English — fluent (C2)", "German — conversational (B1)"],
        "outro": ("✉", "References and the full case studies are available on request."),
    },
    "docx_headers_in_table_cells": {
        "name": "Marcus T. Olawale", "postnominal": "PE",
        "contact": ["Columbus, OH 43215", "(614) 555-0187", "marcus.olawale@example.com",
                    "linkedin.com/in/marcusolawale"],
        "headline": "Bridge and Structural Engineer",
        "summary": "Licensed professional engineer with ten years in bridge design, load rating, inspection and "
                   "rehabilitation for state, county and city clients in Ohio and Pennsylvania. I take projects from "
                   "scoping and field inspection through plans, specifications and estimates to construction support, "
                   "and I enjoy mentoring the engineers who will do it after me.",
        "registrations": ["Professional Engineer (PE), State of Ohio, License No. PE.0089341, 2019",
                          "Professional Engineer (PE), Commonwealth of Pennsylvania, License No. PE097712, 2021",
                          "NBIS Bridge Inspection Team Leader (FHWA-NHI-130055), 2019",
                          "Member, American Society of Civil Engineers (ASCE)"],
        "experience": [
            {"title": "Senior Bridge Engineer", "organization": "Harlan & Whitcomb Engineers, Inc.",
             "location": "Columbus, OH", "period": "2021–Present",
             "bullets": [
                 "Project manager and engineer of record for bridge rehabilitation and replacement projects of $2M to "
                 "$21M",
                 "Lead a team of four engineers and two CAD technicians; review all structural plans before "
                 "submission",
                 "Prepare scopes, fee proposals and schedules; won $3.8M of new design work in 2024",
                 "Attend pre-construction meetings and answer contractor RFIs and shop drawing reviews"]},
            {"title": "Bridge Engineer", "organization": "Miami Valley Transportation Consultants",
             "location": "Dayton, OH", "period": "2017–2021",
             "bullets": [
                 "Designed steel and prestressed concrete girder bridges to AASHTO LRFD and state bridge design "
                 "manuals",
                 "Load rated more than 180 county and municipal bridges in AASHTOWare BrR",
                 "Led routine and fracture-critical inspections as NBIS team leader"]},
            {"title": "Staff Engineer", "organization": "Three Rivers Structural Group",
             "location": "Pittsburgh, PA", "period": "2015–2017",
             "bullets": [
                 "Engineer in Training (EIT): bridge plans in MicroStation and quantity estimates for rehabilitation "
                 "contracts",
                 "Wrote inspection reports and repair recommendations for 60 culverts and short-span bridges"]},
            {"title": "Engineering Co-op", "organization": "Allegheny Span & Steel", "location": "Pittsburgh, PA",
             "period": "2013–2014",
             "bullets": ["Two co-op rotations: steel detailing checks, shop inspections and field measurements"]},
        ],
        "projects": [
            {"name": "Big Walnut Creek Bridge", "value": "$12M bridge rehabilitation", "location": "Gahanna, OH",
             "years": "2022–2024",
             "text": "Engineer of record: deck replacement, steel repairs and staged construction that kept two lanes "
                     "open on a four-span continuous steel girder bridge."},
            {"name": "Wilson Road Overpass", "value": "$21M bridge replacement and widening",
             "location": "Columbus, OH", "years": "2023–Present",
             "text": "Project manager for the replacement of a 1962 overpass with a two-span prestressed beam bridge "
                     "and a new shared-use path."},
            {"name": "Mad River Trail Pedestrian Bridge", "value": "$3.4M new pedestrian bridge",
             "location": "Dayton, OH", "years": "2019–2020",
             "text": "Lead designer of a 220 ft steel truss over the river, delivered on a design-build schedule."},
            {"name": "Greene County Load Rating Program", "value": "$1.1M load rating of 140 bridges",
             "location": "Xenia, OH", "years": "2018–2020",
             "text": "Rated and posted the county's bridge inventory and set up its rating files in BrR."},
        ],
        "education": [
            {"degree": "M.S. in Civil Engineering (Structural)", "institution": "Olentangy State University",
             "location": "Columbus, OH", "period": "2018–2021", "note": "Part-time, evenings"},
            {"degree": "B.S. in Civil Engineering", "institution": "Monongahela University",
             "location": "Pittsburgh, PA", "period": "2010–2015",
             "note": "Five-year co-op program; ASCE student chapter treasurer"},
        ],
        "skill_groups": {
            "Design & analysis": ["AASHTO LRFD bridge design", "Load rating (LRFR/LFR)", "Steel and prestressed "
                                  "concrete design", "Bridge inspection", "Constructability reviews",
                                  "Maintenance of traffic"],
            "Software": ["AASHTOWare BrR", "CSiBridge", "LEAP Bridge Steel", "MDX", "MicroStation",
                         "OpenRoads Designer", "AutoCAD Civil 3D", "Mathcad", "Bluebeam Revu"],
        },
    },
    "txt_plain_ascii_art": {
        "name": "Gareth Priestley", "headline": "Senior Systems Administrator / Linux & VMware",
        "contact": ["Leeds, West Yorkshire", "07700 900582", "gareth.priestley@example.com", "github.com/gpriestley"],
        "profile": "Systems administrator with twelve years of keeping Linux and Windows estates patched, backed up "
                   "and boring. Happiest automating the same job for the third time with Ansible, writing the "
                   "runbook, and then sleeping through the on-call week.",
        "experience": [
            {"title": "Infrastructure Lead", "organization": "Wharfedale Freight plc", "location": "Leeds",
             "period": "2024-present",
             "bullets": [
                 "Lead a team of three looking after 420 VMs across two data centres and an Azure landing zone",
                 "Moved the warehouse scanners' backend from ageing physical servers to vSphere 8 with no missed "
                 "shifts",
                 "Own the DR plan; ran the first full failover test in the company's history in March 2025"]},
            {"title": "Senior Systems Administrator", "organization": "Aireside Building Society",
             "location": "Bradford", "period": "2020-2024",
             "bullets": [
                 "Ran the RHEL and Windows Server estate (300 servers) for a regulated lender, 99.97% uptime",
                 "Wrote Ansible roles for patching and CIS hardening; monthly patching went from 3 days to 4 hours",
                 "Replaced Nagios with Prometheus, Grafana and Alertmanager, and cut out-of-hours pages by half",
                 "Rebuilt the backup setup on Veeam with immutable copies after a ransomware tabletop exercise"]},
            {"title": "Systems Administrator", "organization": "Kirkstall Data Centres Ltd", "location": "Leeds",
             "period": "2016-2020",
             "bullets": [
                 "Looked after customer colocation and managed hosting: Linux, VMware, firewalls and storage",
                 "Scripted server builds with Kickstart and Bash, down from half a day to 20 minutes",
                 "Third-line escalation on a 24/7 on-call rota"]},
            {"title": "IT Support Technician", "organization": "Calder Valley College", "location": "Halifax",
             "period": "2013-2016",
             "bullets": [
                 "First- and second-line support for 1,800 students and staff",
                 "Imaged and deployed 600 PCs a summer with WDS and MDT"]},
        ],
        "skill_groups": {
            "Linux": ["RHEL 8/9", "Debian", "Ubuntu Server", "systemd", "SELinux"],
            "Windows": ["Windows Server 2019/2022", "Active Directory", "Group Policy"],
            "Virtualisation": ["VMware vSphere", "Proxmox VE", "Azure"],
            "Automation": ["Ansible", "Terraform", "Bash", "PowerShell", "Python"],
            "Monitoring": ["Prometheus", "Grafana", "Zabbix", "Elastic Stack (ELK)"],
            "Backup/network": ["Veeam", "pfSense", "Cisco IOS (switching)", "WireGuard"],
        },
        "certifications": ["Red Hat Certified Engineer (RHCE), 2019",
                           "VMware Certified Professional - Data Center Virtualization (VCP-DCV), 2021",
                           "ITIL 4 Foundation, 2018", "CompTIA Security+, 2015"],
        "education": [
            {"degree": "BSc (Hons) Computer Networks", "institution": "West Riding University",
             "location": "Huddersfield", "period": "2010-2013"},
        ],
        "other": ["Homelab: a three-node Proxmox cluster, a Pi-hole and far too many Raspberry Pis",
                  "Volunteer IT for a community radio station in Headingley (2019-present)",
                  "Full UK driving licence"],
        "projects": [],
    },
    "browser_academic_to_teacher": {
        "name": "Hollie Ashworth",
        "headline": "Trainee primary teacher (PGCE 5–11 with QTS) · formerly a restaurant general manager",
        "contact": ["Sheffield S11", "07700 900418", "hollie.ashworth@example.com"],
        "statement": "After twelve years in hospitality, the last six running a busy independent restaurant, I am "
                     "training to teach in primary schools. The parts of my old job I loved most were training "
                     "young staff and watching them grow in confidence; I want to do that every day with children. "
                     "I bring calm under pressure, a lot of practice at clear instructions and a real interest in "
                     "early reading.",
        "experience": [
            {"section": "practice", "title": "Student Teacher", "organization": "Greystones Lane Primary School",
             "location": "Sheffield",
             "period": "February 2026 – present", "context": "Placement 2 · Year 4 · class of 29",
             "bullets": [
                 "Planning and teaching 80% of the timetable, including a six-week unit on the Romans in Britain",
                 "Running daily guided reading for a group of six pupils working below the expected standard",
                 "Leading a Year 4 multiplication tables check intervention with the class teaching assistant"]},
            {"section": "practice", "title": "Student Teacher",
             "organization": "St Wilfrid's Church of England Primary School",
             "location": "Rotherham", "period": "October 2025 – December 2025",
             "context": "Placement 1 · Year 1 · class of 27",
             "bullets": [
                 "Taught daily Read Write Inc. phonics sessions and phonics catch-up groups",
                 "Planned continuous provision for maths and a 'Let's open a café' role-play area",
                 "Judged 'good' in all Teachers' Standards at the end of the placement"]},
            {"section": "previous", "title": "Restaurant General Manager",
             "organization": "The Copper Still Kitchen & Bar",
             "location": "Sheffield", "period": "March 2019 – August 2025",
             "bullets": ["Ran a 120-cover independent restaurant with 35 staff and £2.6M turnover",
                         "Started a kitchen apprenticeship scheme with a local college; seven apprentices qualified"]},
            {"section": "previous", "title": "Assistant Manager", "organization": "Kelham Wharf Hotel",
             "location": "Sheffield",
             "period": "June 2016 – February 2019",
             "bullets": ["Ran the restaurant, bar and events for a 64-room hotel, weddings of up to 150 guests"]},
            {"section": "previous", "title": "Front of House Supervisor", "organization": "Brasserie Lune",
             "location": "Leeds",
             "period": "July 2013 – May 2016",
             "bullets": ["Supervised a team of 12 and trained every new starter on service and allergens"]},
            {"section": "previous", "title": "Bar Team Member", "organization": "The Foundry Tap",
             "location": "Leeds",
             "period": "September 2010 – June 2013",
             "bullets": ["Part-time alongside my degree"]},
        ],
        "volunteering": "Volunteer reading helper at Nether Edge Infant School, one morning a week from January "
                        "2024 to July 2025, before applying.",
        "skill_groups": {
            "Transferable Skills": ["Behaviour management", "Communication with parents and carers",
                                    "Planning and organisation", "Team leadership", "Resilience under pressure",
                                    "Budgeting and resources"],
        },
        "skill_text": {
            "Behaviour management": "calm, consistent routines learned running a 120-cover restaurant on a Saturday "
                                    "night, where a raised voice never helped anyone.",
            "Communication with parents and carers": "years of handling complaints and special requests politely, "
                                                     "and of explaining the same thing to a new team member three "
                                                     "different ways.",
            "Planning and organisation": "weekly rotas for 35 staff, stock orders and events booked months ahead; I "
                                         "plan lessons the same way, backwards from the end.",
            "Team leadership": "recruited, trained and led front-of-house teams; several of my first jobbers now run "
                               "restaurants of their own.",
            "Resilience under pressure": "service rarely goes to plan, and neither does a wet Friday afternoon.",
            "Budgeting and resources": "ran a £1.4M annual budget and cut food waste by a fifth; I am frugal with "
                                       "glue sticks.",
        },
        "education": [
            {"degree": "PGCE Primary (5–11) with recommendation for QTS", "institution": "Sheaf Valley University",
             "location": "Sheffield", "period": "2025 – 2026",
             "note": "Specialism: early reading and phonics. Expected to complete June 2026."},
            {"degree": "BA (Hons) Hospitality Business Management, 2:1", "institution": "Northcliffe University",
             "location": "Leeds", "period": "2010 – 2013", "note": ""},
            {"degree": "A levels: English Literature (B), Business (B), Psychology (C)",
             "institution": "Fulwood Park Sixth Form College", "location": "Sheffield", "period": "2008 – 2010",
             "note": ""},
        ],
        "checks": ["Enhanced DBS certificate on the Update Service (2025)", "Paediatric First Aid (12 hours), 2025",
                   "Level 3 Award in Food Safety, 2022", "Level 1 Safeguarding Children training, 2025"],
        "projects": [],
    },
    "docx_right_sidebar_table": {
        "name": "Aoife Gallagher", "headline": "Marketing Manager · consumer brands, CRM and paid social",
        "contact": ["Manchester M20", "07700 900736", "aoife.gallagher@example.com", "linkedin.com/in/aoifegallagher"],
        "profile": "Marketing manager with ten years in consumer brands, from a placement year in cosmetics to "
                   "leading a team of five at a homeware retailer. I plan campaigns around customer data, "
                   "write a decent subject line and keep a close eye on the budget.",
        "experience": [
            {"title": "Marketing Manager", "organization": "Brightwell Home & Garden", "location": "Manchester",
             "period": "March 2021 – Present",
             "bullets": [
                 "Lead a team of five (CRM, paid social, content) and a £1.9M annual marketing budget",
                 "Relaunched the loyalty programme: 210,000 members and repeat purchase rate up from 31% to 44%",
                 "Moved email and SMS to Braze with lifecycle journeys that bring in 18% of online revenue",
                 "Planned the 2024 rebrand across 46 stores with the creative agency and store operations"]},
            {"title": "Senior Marketing Executive", "organization": "Pennine Outdoor Co.", "location": "Stockport",
             "period": "June 2018 – February 2021",
             "bullets": [
                 "Ran paid social and Google Ads for an outdoor clothing brand; return on ad spend from 3.1 to 5.4",
                 "Launched the brand's first ambassador programme with 40 runners and climbers"]},
            {"title": "Digital Marketing Executive", "organization": "Ancoats Digital", "location": "Manchester",
             "period": "September 2016 – May 2018",
             "bullets": [
                 "Social, email and SEO campaigns for twelve agency clients in food, drink and retail",
                 "Wrote monthly performance reports in Google Analytics and Data Studio"]},
            {"title": "Marketing Assistant", "organization": "Vale Royal Cosmetics Ltd",
             "location": "Northwich", "period": "July 2014 – June 2015",
             "bullets": ["Placement year of my degree: product launches, trade shows and the brand's Instagram "
                         "account"]},
        ],
        "education": [
            {"degree": "BA (Hons) Marketing with Professional Placement, First", "institution": "Irwell Metropolitan "
             "University", "location": "Salford", "period": "September 2012 – June 2016"},
        ],
        "certifications": ["CIM Level 6 Diploma in Professional Marketing, 2019", "Google Ads Search certification, "
                           "2024"],
        "skill_groups": {
            "Skills": ["Brand strategy", "Campaign planning", "CRM & lifecycle (Braze)", "Paid social", "SEO",
                       "Copywriting", "Budget management", "Team leadership"],
            "Tools": ["Google Analytics 4", "HubSpot", "Meta Ads Manager", "Looker Studio", "Canva"],
        },
        "skill_dots": {"Brand strategy": 5, "Campaign planning": 5, "CRM & lifecycle (Braze)": 4, "Paid social": 4,
                       "SEO": 3, "Copywriting": 5, "Budget management": 4, "Team leadership": 4},
        "languages": [("English", 5), ("Irish", 3), ("Spanish", 2)],
        "hobbies": ["Fell running", "Sea swimming", "Cooking for supper clubs"],
        "projects": [],
    },
}


_NOTION_ICONS = {  # 14×14 property-type glyphs as Notion draws them: inline SVG paths, no text in the PDF
    "title": "M1.5 11.5 4.2 3h1.2l2.7 8.5H6.7L6 9.2H3.5l-.7 2.3zM3.9 8h1.8L4.8 4.9zM9 8.6c0-1.3 1-2 2.6-2h.9v-.4"
             "c0-.6-.4-.9-1-.9-.5 0-.9.2-1.1.6l-1-.5c.4-.8 1.2-1.2 2.2-1.2 1.4 0 2.2.7 2.2 2v4.3h-1.1v-.6c-.4.5-1 "
             ".7-1.6.7C9.8 11.6 9 10.9 9 9.9z",
    "text": "M2 3.5h10v1.2H2zm0 3h10v1.2H2zm0 3h6.5v1.2H2z",
    "email": "M1.5 3h11v8h-11zm1.2 1.2v.3L7 7.4l4.3-2.9v-.3zm8.6 1.7L7 8.8 2.7 5.9v3.9h8.6z",
    "url": "M5.6 8.4 8.4 5.6l.8.8-2.8 2.8zM4.2 6.9l-1 1a1.7 1.7 0 0 0 2.4 2.4l1-1 .8.8-1 1a2.9 2.9 0 0 1-4-4l1-1z"
           "m5.6.2 1-1a1.7 1.7 0 0 0-2.4-2.4l-1 1-.8-.8 1-1a2.9 2.9 0 0 1 4 4l-1 1z",
    "select": "M7 1.5a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11zm-2.3 4.3L7 8.2l2.3-2.4.8.8L7 9.8 3.9 6.6z",
    "multi_select": "M2 3h2v2H2zm3.5.4h6.5v1.2H5.5zM2 6h2v2H2zm3.5.4h6.5v1.2H5.5zM2 9h2v2H2zm3.5.4h6.5v1.2H5.5z",
    "table": "M1.5 2.5h11v9h-11zm1.2 1.2v1.8h8.6V3.7zm0 3v1.6h3.7V6.7zm4.9 0v1.6h3.7V6.7zm-4.9 2.8v.8h3.7v-.8zm4.9 "
             "0v.8h3.7v-.8z",
    "page": "M3 1.5h5.2L11 4.3v8.2H3zm1.2 1.2v8.6h5.6V5H7.9V2.7z",
    "toggle": "M3 4.5h8L7 10z",
}
_NOTION_TAGS = [("#e3e2e0", "#32302c"), ("#eee0da", "#44322a"), ("#fadec9", "#49290e"), ("#fdecc8", "#402c1b"),
                ("#dbeddb", "#1c3829"), ("#d3e5ef", "#183347"), ("#e8deee", "#412454"), ("#f5e0e9", "#4c2337"),
                ("#ffe2dd", "#5d1715")]  # Notion's light tag colours (background, text): default, brown, ... red


def _notion_icon(name: str) -> str:
    return (f"<svg class=\"ni\" viewBox=\"0 0 14 14\" width=\"14\" height=\"14\" aria-hidden=\"true\">"
            f"<path d=\"{_NOTION_ICONS[name]}\"/></svg>")


def browser_notion_export(r: dict) -> str:
    """A product designer's resume written as a Notion page and exported with Notion's 'Export → PDF' (A4, Notion's
    default sans stack): a big emoji page icon (✏) over the page title (the name); the page's properties as rows of a
    grey type glyph and name beside the value (role, location, email, portfolio, and 'Availability' as a green select
    tag); a grey callout with a ☕ icon; an inline database titled 'Experience' in table view, its header cells a type
    glyph and 'Role', 'Company', 'Dates' ('Sep 2022 → Present'), 'Location', each row followed by a full-width row of
    '•' bullet notes; 'Selected work' as toggles shown open (a triangle drawn by SVG, the case study's name in bold,
    its text and a link); 'Skills' as two property rows ('Design', 'Tools') of coloured multi-select tags; 'Education'
    as an open toggle; 'Languages' as bullets; a closing callout with a ✉ icon."""
    def tag(text: str, n: int) -> str:
        bg, fg = _NOTION_TAGS[n % len(_NOTION_TAGS)]
        return f"<span class=\"tag\" style=\"background:{bg};color:{fg}\">{esc(text)}</span>"

    def prop(icon: str, label: str, value: str) -> str:
        return (f"<div class=\"prop\"><div class=\"pname\">{_notion_icon(icon)}<span>{esc(label)}</span></div>"
                f"<div class=\"pval\">{value}</div></div>\n")

    def bullets(items: list[str]) -> str:
        return "".join(f"<div class=\"bullet\">{esc(b)}</div>" for b in items)

    def toggle(summary: str, body: str) -> str:
        return (f"<div class=\"toggle\"><div class=\"tsum\">{_notion_icon('toggle')}<span>{summary}</span></div>"
                f"<div class=\"tbody\">{body}</div></div>\n")

    def callout(icon: str, text: str) -> str:
        return f"<div class=\"callout\"><div class=\"ci\">{icon}</div><div>{esc(text)}</div></div>\n"

    props = ""
    for label, kind, value in r["properties"]:
        shown = (tag(value, 4) if kind == "select" else
                 f"<a>{esc(value)}</a>" if kind in ("email", "url") else esc(value))
        props += prop(kind, label, shown)
    rows = "".join(
        f"<tr class=\"row\"><td class=\"title\">{_notion_icon('page')}<span>{esc(e['title'])}</span></td>"
        f"<td>{esc(e['organization'])}</td><td>{esc(e['period'])}</td><td>{esc(e['location'])}</td></tr>"
        f"<tr class=\"notes\"><td colspan=\"4\">{bullets(e['bullets'])}</td></tr>\n" for e in r["experience"])
    head = "".join(f"<th>{_notion_icon(icon)}<span>{name}</span></th>"
                   for icon, name in (("title", "Role"), ("text", "Company"), ("text", "Dates"),
                                      ("text", "Location")))
    work = "".join(toggle(f"<b>{esc(p['name'])}</b>",
                          f"<p>{esc(p['text'])}</p><p class=\"link\">↗ <a>{esc(p['link'])}</a></p>")
                   for p in r["projects"])
    n = 0
    skills = ""
    for group, names in r["skill_groups"].items():
        tags = ""
        for name in names:
            tags += tag(name, 5 * n)  # Notion picks each new option's colour itself: here a fixed walk of the nine
            n += 1
        skills += prop("multi_select", group, tags)
    edu = "".join(toggle(f"<b>{esc(e['degree'])}</b>",
                         f"<p>{esc(e['institution'])} · {esc(e['location'])} · {esc(e['period'])}</p>"
                         f"<p>{esc(e['text'])}</p>") for e in r["education"])
    css = """
@page { size: A4; margin: 16mm 18mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica,
       "Apple Color Emoji", Arial, sans-serif; font-size: 10.5pt; line-height: 1.5; color: rgb(55, 53, 47); }
.ni { width: 3.6mm; height: 3.6mm; fill: rgba(55, 53, 47, .45); vertical-align: -0.6mm; margin-right: 1.6mm;
      flex: none; }
.pageicon { font-size: 44pt; line-height: 1.1; margin: 0 0 2mm; }
h1 { margin: 0 0 3mm; font-size: 28pt; font-weight: 700; line-height: 1.2; }
.prop { display: flex; align-items: flex-start; min-height: 6.6mm; padding: 0.6mm 0; font-size: 9.8pt; }
.pname { display: flex; align-items: center; width: 38mm; flex: none; color: rgba(55, 53, 47, .65); }
.pval { flex: 1; }
.pval a { color: inherit; text-decoration: underline; text-decoration-color: rgba(55, 53, 47, .4); }
.props { padding-bottom: 3mm; margin-bottom: 3mm; border-bottom: 1px solid rgb(233, 233, 231); }
.tag { display: inline-block; padding: 0 1.6mm; margin: 0 1.4mm 1.2mm 0; border-radius: 1mm; font-size: 9pt;
       line-height: 1.55; white-space: nowrap; }
.callout { display: flex; gap: 2.6mm; padding: 3.6mm 4mm 3.6mm 3mm; margin: 1mm 0 2mm; border-radius: 1mm;
           background: rgb(241, 241, 239); }
.callout .ci { font-size: 14pt; line-height: 1.2; }
h2 { margin: 7mm 0 1.5mm; font-size: 14.5pt; font-weight: 600; line-height: 1.3; break-after: avoid; }
.dbtitle { display: flex; align-items: center; margin: 7mm 0 1.5mm; font-size: 14.5pt; font-weight: 700; }
.dbtitle .ni { width: 5mm; height: 5mm; fill: rgba(55, 53, 47, .8); }
table.db { width: 100%; border-collapse: collapse; font-size: 9.6pt; }
table.db th { padding: 1.3mm 2mm; border-top: 1px solid rgb(233, 233, 231); border-bottom: 1px solid rgb(233, 233, 231);
              font-weight: 400; text-align: left; color: rgba(55, 53, 47, .65); white-space: nowrap; }
table.db td { padding: 1.3mm 2mm; vertical-align: top; }
table.db th + th, table.db tr.row td + td { border-left: 1px solid rgb(233, 233, 231); }
table.db tr.row td { border-top: 1px solid rgb(233, 233, 231); }
table.db td.title { font-weight: 500; }
table.db td.title span { border-bottom: 1px solid rgba(55, 53, 47, .16); }
table.db tr.notes td { padding: 0 2mm 2mm 7.2mm; border-bottom: 1px solid rgb(233, 233, 231); }
tr.row, tr.notes { break-inside: avoid; }
.bullet { position: relative; padding-left: 5mm; margin: 0.4mm 0; }
.bullet::before { content: "•"; position: absolute; left: 0.8mm; font-size: 1.2em; line-height: 1.25; }
.toggle { margin: 1mm 0 2mm; break-inside: avoid; }
.tsum { display: flex; align-items: center; }
.tsum .ni { width: 3.2mm; height: 3.2mm; fill: rgb(55, 53, 47); margin-right: 2mm; }
.tbody { padding-left: 5.4mm; }
.tbody p { margin: 0.6mm 0; }
.tbody .link { color: rgba(55, 53, 47, .65); }
.tbody .link a { color: inherit; text-decoration: underline; }
"""
    body = f"""
<div class="pageicon">{esc(r['icon'])}</div>
<h1>{esc(r['name'])}</h1>
<div class="props">
{props}</div>
{callout(*r['intro'])}
<div class="dbtitle">{_notion_icon('table')}<span>Experience</span></div>
<table class="db"><thead><tr>{head}</tr></thead><tbody>
{rows}</tbody></table>
<h2>Selected work</h2>
{work}<h2>Skills</h2>
{skills}<h2>Education</h2>
{edu}<h2>Languages</h2>
{bullets(r['languages'])}
{callout(*r['outro'])}
"""
    return _page(esc(r["name"]), css, body)


def _docx_borderless(table) -> None:
    """Hide every border of a python-docx table (w:tblBorders all 'nil'), as Word's 'No Border' does."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        side = OxmlElement(f"w:{edge}")
        side.set(qn("w:val"), "nil")
        borders.append(side)
    table._tbl.tblPr.find(qn("w:tblW")).addnext(borders)


def docx_headers_in_table_cells_resume(r: dict, path: Path) -> None:
    """A bridge engineer's resume typed in Word (Letter, Calibri) where every job heading is a one-row, three-cell
    borderless table: the dates ('2017–2021') in the narrow left cell, the title in bold over the employer in the
    middle cell, the town ('Dayton, OH') right-aligned in the right cell; the bullets follow as Word 'List Bullet'
    paragraphs under the table, outside it. A centred name with ', PE' and a '|' contact line; headings in bold
    capitals with a rule under them; 'Professional Registrations' as plain lines (licences, an inspection
    qualification, a membership); 'Key Projects' as bullets of '**Project name** — $12M bridge rehabilitation, Town
    (years)' followed by a sentence; education in the job form; skills as '**Group:** a, b, c' lines."""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.75)
    section.top_margin = section.bottom_margin = Inches(0.6)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(1)
    navy = RGBColor(0x1F, 0x3A, 0x5F)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        _docx_rule_below(p, "1F3A5F")
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(12), Pt(5)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(11.5), navy

    def header_row(when: str, top: str, below: str, town: str) -> None:
        """The one-row table that heads a job or a school."""
        table = d.add_table(rows=1, cols=3)
        table.autofit = False
        _docx_borderless(table)
        cells = table.rows[0].cells
        for column, cell, w in zip(table.columns, cells, (1.15, 4.35, 1.5), strict=True):
            column.width = cell.width = Inches(w)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        cells[0].paragraphs[0].add_run(when)
        run = cells[1].paragraphs[0].add_run(top)
        run.bold = True
        run = cells[1].add_paragraph().add_run(below)
        run.bold = True
        run.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
        p = cells[2].paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(town)
        spacer = d.add_paragraph()  # Word's empty paragraph between a table and the next one
        spacer.paragraph_format.space_after = Pt(0)
        spacer.paragraph_format.line_spacing = Pt(3)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(f"{r['name']}, {r['postnominal']}")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), navy
    p = d.add_paragraph(r["headline"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].font.size = Pt(12)
    p = d.add_paragraph(" | ".join(r["contact"]))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(3)

    heading("PROFESSIONAL SUMMARY")
    d.add_paragraph(r["summary"])
    heading("PROFESSIONAL REGISTRATIONS")
    for line in r["registrations"]:
        d.add_paragraph(line).paragraph_format.space_after = Pt(1)
    heading("PROFESSIONAL EXPERIENCE")
    for n, e in enumerate(r["experience"]):
        if n:
            d.add_paragraph().paragraph_format.line_spacing = Pt(6)
        header_row(e["period"], e["title"], e["organization"], e["location"])
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    heading("KEY PROJECTS")
    for pr in r["projects"]:
        p = d.add_paragraph(style="List Bullet")
        p.paragraph_format.space_after = Pt(3)
        p.add_run(pr["name"]).bold = True
        p.add_run(f" — {pr['value']}, {pr['location']} ({pr['years']}). {pr['text']}")
    heading("EDUCATION")
    for n, e in enumerate(r["education"]):
        if n:
            d.add_paragraph().paragraph_format.line_spacing = Pt(6)
        header_row(e["period"], e["degree"], e["institution"], e["location"])
        d.add_paragraph(e["note"], style="List Bullet")
    heading("TECHNICAL SKILLS")
    for group, names in r["skill_groups"].items():
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.add_run(f"{group}: ").bold = True
        p.add_run(", ".join(names))
    d.save(str(path))


def _ascii_box(title: str, width: int = 16) -> list[str]:
    return ["+" + "-" * width + "+", "| " + title.ljust(width - 1) + "|", "+" + "-" * width + "+"]


def txt_plain_ascii_art(r: dict) -> str:
    """A systems administrator's resume typed in a text editor (ASCII, 76 columns): the name, a headline and a ' | '
    contact line; every section name in an ASCII-art box ('+----------------+' / '| SKILLS         |' /
    '+----------------+'); each job as '[2020-2024] Title :: Employer :: Town' over '  * ' bullets wrapped with a
    hanging indent; skills as a two-column ASCII table (area, comma list) with a header row; certifications as '  * '
    lines; education in the job form; an 'OTHER' box of '  * ' lines (a homelab, volunteering, a driving licence)."""
    import textwrap

    def star(text: str) -> list[str]:
        return textwrap.wrap(text, 76, initial_indent="  * ", subsequent_indent="    ", break_on_hyphens=False)

    out = [r["name"], r["headline"], " | ".join(r["contact"]), ""]
    out += _ascii_box("PROFILE") + [""] + textwrap.wrap(r["profile"], 76, break_on_hyphens=False) + [""]
    out += _ascii_box("EXPERIENCE") + [""]
    for e in r["experience"]:
        out.append(f"[{e['period']}] {e['title']} :: {e['organization']} :: {e['location']}")
        for b in e["bullets"]:
            out += star(b)
        out.append("")
    out += _ascii_box("SKILLS") + [""]
    left = max(len(g) for g in [*r["skill_groups"], "Area"]) + 2
    right = max(len(", ".join(s)) for s in r["skill_groups"].values()) + 2
    rule = "+" + "-" * left + "+" + "-" * right + "+"
    out += [rule, "| " + "Area".ljust(left - 1) + "| " + "Tools".ljust(right - 1) + "|", rule]
    for group, names in r["skill_groups"].items():
        out.append("| " + group.ljust(left - 1) + "| " + ", ".join(names).ljust(right - 1) + "|")
    out += [rule, ""]
    out += _ascii_box("CERTIFICATIONS") + [""]
    for c in r["certifications"]:
        out += star(c)
    out += [""] + _ascii_box("EDUCATION") + [""]
    for e in r["education"]:
        out.append(f"[{e['period']}] {e['degree']} :: {e['institution']} :: {e['location']}")
    out += [""] + _ascii_box("OTHER") + [""]
    for line in r["other"]:
        out += star(line)
    return "\n".join(out) + "\n"


def browser_academic_to_teacher(r: dict) -> str:
    """A hospitality manager's resume for a first primary teaching post, printed by Chromium (A4, DejaVu Serif body,
    DejaVu Sans headings): the name large with a plum rule under the header, an italic headline and a contact row; a
    personal statement; numbered section headings ('01' set big and light before 'Teaching Practice'); each school
    placement as '**Student Teacher** · School, Town' with the dates flush right, an italic 'Placement 2 · Year 4 ·
    class of 29' line and bullets; 'Transferable Skills' as short paragraphs each opening with a bold skill name and a
    colon; 'Education' (PGCE, degree, A levels) as the qualification in bold with the dates right over 'School, Town'
    and a note; 'Previous Career' with the hospitality jobs in the placement form (a part-time job during the
    degree); 'Volunteering' and 'Checks & certificates' as short lists; a references line."""
    def entry(e: dict, sub: str) -> str:
        return (f"<div class=\"entry\"><div class=\"line\"><span><b>{esc(e['title'])}</b> · "
                f"{esc(e['organization'])}, {esc(e['location'])}</span><span class=\"when\">{esc(e['period'])}</span>"
                f"</div>{sub}<ul>{_li(e['bullets'])}</ul></div>\n")

    def heading(n: int, text: str) -> str:
        return f"<h2><span class=\"num\">{n:02d}</span>{esc(text)}</h2>\n"

    practice = "".join(entry(e, f"<p class=\"ctx\">{esc(e['context'])}</p>") for e in r["experience"]
                       if e["section"] == "practice")
    previous = "".join(entry(e, "") for e in r["experience"] if e["section"] == "previous")
    skills = "".join(f"<p class=\"skill\"><b>{esc(s)}:</b> {esc(r['skill_text'][s])}</p>\n"
                     for s in r["skill_groups"]["Transferable Skills"])
    edu = "".join(f"<div class=\"entry\"><div class=\"line\"><b>{esc(e['degree'])}</b><span class=\"when\">"
                  f"{esc(e['period'])}</span></div><p>{esc(e['institution'])}, {esc(e['location'])}</p>"
                  + (f"<p class=\"ctx\">{esc(e['note'])}</p>" if e["note"] else "") + "</div>\n"
                  for e in r["education"])
    contact = "".join(f"<span>{esc(c)}</span>" for c in r["contact"])
    css = """
@page { size: A4; margin: 14mm 17mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Serif", Georgia, serif; font-size: 9.4pt; line-height: 1.45; color: #2b2730; }
header { padding-bottom: 3mm; border-bottom: 0.6mm solid #7b3f6e; }
h1 { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 24pt; font-weight: bold; color: #3a2136; }
.headline { margin: 0.8mm 0 1.6mm; font-style: italic; font-size: 10.5pt; }
.contact { display: flex; gap: 6mm; font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #5d5660; }
.statement { margin: 3.5mm 0 0; }
h2 { display: flex; align-items: baseline; gap: 3mm; margin: 5.5mm 0 2mm; font-family: "DejaVu Sans", sans-serif;
     font-size: 11.5pt; font-weight: bold; color: #3a2136; break-after: avoid; }
h2 .num { font-size: 17pt; font-weight: 200; color: #b48aa9; }
.entry { margin: 0 0 2.6mm; break-inside: avoid; }
.entry p { margin: 0; }
.line { display: flex; justify-content: space-between; gap: 4mm; }
.when { flex: none; font-family: "DejaVu Sans", sans-serif; font-size: 8.3pt; color: #6d6570; }
.ctx { font-style: italic; color: #5d5660; }
ul { margin: 0.8mm 0 0; padding-left: 5mm; }
li { margin: 0.3mm 0; }
.skill { margin: 0 0 1.6mm; }
.skill b { color: #3a2136; }
ul.plain { margin: 0; }
.refs { margin: 4mm 0 0; font-style: italic; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<div class="contact">{contact}</div>
</header>
<p class="statement">{esc(r['statement'])}</p>
{heading(1, 'Teaching Practice')}{practice}{heading(2, 'Transferable Skills')}{skills}{heading(3, 'Education')}{edu}\
{heading(4, 'Previous Career')}{previous}{heading(5, 'Volunteering')}<p>{esc(r['volunteering'])}</p>
{heading(6, 'Checks & certificates')}<ul class="plain">{_li(r['checks'])}</ul>
<p class="refs">References are available from my PGCE tutor and both placement schools.</p>
"""
    return _page(f"{esc(r['name'])} — CV", css, body)


def docx_right_sidebar_table_resume(r: dict, path: Path) -> None:
    """A marketing manager's CV from a Word template (A4, Calibri) whose whole page is one borderless two-column
    table: the wide LEFT cell holds the main content (the name large, a coloured headline, 'PROFILE', 'EXPERIENCE'
    with each job as '**Employer — Title**' in bold over an italic 'Month YYYY – Present · Town' line and Word 'List
    Bullet' paragraphs, 'EDUCATION' in the same form, 'CERTIFICATIONS'); the narrow RIGHT cell is shaded and holds
    'CONTACT', 'SKILLS' as 'Skill name<TAB>●●●●○' (five-dot ratings after a right-aligned tab stop), 'TOOLS' one a line,
    'LANGUAGES' with dot ratings too and 'HOBBIES'."""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.4)
    section.top_margin = section.bottom_margin = Cm(1.3)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(1)
    teal, grey = RGBColor(0x0E, 0x6E, 0x6B), RGBColor(0x55, 0x55, 0x55)
    widths = (Cm(12.4), Cm(5.8))
    table = d.add_table(rows=1, cols=2)
    table.autofit = False
    _docx_borderless(table)
    row = table.rows[0]
    row.height, row.height_rule = Cm(26.8), WD_ROW_HEIGHT_RULE.AT_LEAST  # the shaded cell runs to the foot of the page
    main, side = row.cells
    for column, cell, w in zip(table.columns, (main, side), widths, strict=True):
        column.width = cell.width = w
    shading = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "E4F1EF")):
        shading.set(qn(key), value)
    side._tc.get_or_add_tcPr().append(shading)
    margins = OxmlElement("w:tcMar")
    for edge in ("top", "left", "bottom", "right"):
        m = OxmlElement(f"w:{edge}")
        m.set(qn("w:w"), "220")
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    side._tc.get_or_add_tcPr().append(margins)
    for cell in (main, side):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP

    def put(cell, text: str = "", *, bold: bool = False, italic: bool = False, size: float | None = None,
            color: RGBColor | None = None, before: float = 0, after: float = 0, style: str | None = None):
        empty = len(cell.paragraphs) == 1 and not cell.paragraphs[0].text
        p = cell.paragraphs[0] if empty else cell.add_paragraph(style=style)
        if empty and style:
            p.style = d.styles[style]
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(before), Pt(after)
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
            if color:
                run.font.color.rgb = color
        return p

    def heading(cell, text: str, first: bool = False) -> None:
        p = put(cell, text, bold=True, size=11, color=teal, before=0 if first else 12, after=3)
        p.paragraph_format.keep_with_next = True

    def rated(cell, name: str, dots: int) -> None:
        p = put(cell, name, after=1)
        p.paragraph_format.tab_stops.add_tab_stop(widths[1] - Cm(0.8), WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run("\t" + "●" * dots + "○" * (5 - dots))
        run.font.color.rgb = teal

    put(main, r["name"], bold=True, size=24, color=RGBColor(0x1D, 0x1D, 0x1D))
    put(main, r["headline"], size=12, color=teal, after=6)
    heading(main, "PROFILE")
    put(main, r["profile"])
    heading(main, "EXPERIENCE")
    for n, e in enumerate(r["experience"]):
        put(main, f"{e['organization']} — {e['title']}", bold=True, before=0 if n == 0 else 8)
        put(main, f"{e['period']} · {e['location']}", italic=True, color=grey, after=2)
        for b in e["bullets"]:
            put(main, b, style="List Bullet")
    heading(main, "EDUCATION")
    for e in r["education"]:
        put(main, f"{e['institution']} — {e['degree']}", bold=True)
        put(main, f"{e['period']} · {e['location']}", italic=True, color=grey)
    heading(main, "CERTIFICATIONS")
    for c in r["certifications"]:
        put(main, c, style="List Bullet")

    heading(side, "CONTACT", first=True)
    for c in r["contact"]:
        put(side, c, after=2)
    heading(side, "SKILLS")
    for s in r["skill_groups"]["Skills"]:
        rated(side, s, r["skill_dots"][s])
    heading(side, "TOOLS")
    for s in r["skill_groups"]["Tools"]:
        put(side, s, after=1)
    heading(side, "LANGUAGES")
    for name, dots in r["languages"]:
        rated(side, name, dots)
    heading(side, "HOBBIES")
    for h in r["hobbies"]:
        put(side, h, after=1)
    d.save(str(path))


# ------------------------------------------------------------------------------------ held-out-18 writers
# Five more hand-written people (a Wakefield care home team leader, a Nottingham HR advisor, a Glasgow payroll
# specialist, a Toronto business analyst, a Brisbane university administrator), each in a layout none of the earlier
# sets has. Built by someone who had not read the parser and did not run it on these files; the split of each file was
# fixed in FIXTURES before any of them was generated. As for PEOPLE_7 to PEOPLE_17, the truth is derived from this
# data, never from a rendering; volunteering and student activities are not experience, internships, co-ops and
# part-time jobs are; certifications, licences, registrations, memberships, training courses, spoken languages and
# hobbies are not skills; a skill phrase is one skill as written, brackets included; a period is given as typed. New
# here: a cover letter in front of the CV is not part of the resume (nothing in it is in the truth, and the employer
# it is addressed to is not experience); a name typed in capitals in a plain-text file (an employer, a university)
# is given as typed; a skill, title or employer that a hard line break splits is one, its parts joined by a space;
# the 'at ' before an employer on a timeline is not part of its name; a skill bar's level is not part of the skill
# and the 'Time spent' chart's legend (a share of the working week per activity) is not skills; the department or
# office named with a university post is not the employer (the university is); committees are not experience, and
# professional development courses are neither education nor skills; GCSE and A-level lines are education at the
# school they are listed under. Every person, employer, school and addressee here is invented; the towns are real
# places.

PEOPLE_18: dict[str, dict] = {
    "browser_reed_cv_builder": {
        "name": "Gemma Holroyd",
        "contact": ["Wakefield, West Yorkshire", "07700 900213", "gemma.holroyd@example.com",
                    "Full UK driving licence"],
        "statement": "Caring and organised team leader with fifteen years in residential and nursing care for older "
                     "people, the last five leading a team of eight care staff on a 42-bed dementia unit. I am "
                     "confident with medication rounds, care planning and CQC inspections, and I get the most out of "
                     "a team by working alongside them on the floor. I am looking for a deputy manager or senior team "
                     "leader role where I can keep developing as a leader while staying close to the residents.",
        "experience": [
            {"title": "Care Team Leader", "organization": "Oakwell Grange Care Home", "location": "Wakefield",
             "period": "04/2021 - Present",
             "bullets": [
                 "Leading a team of eight care assistants and senior carers on each shift on a 42-bed dementia unit",
                 "Writing and reviewing person-centred care plans and risk assessments with residents and families",
                 "Running medication rounds on eMAR and completing weekly controlled drugs checks",
                 "Supervisions and appraisals for six care staff, and inducting every new starter on the unit",
                 "Part of the home's team for the 2023 CQC inspection, rated Good in all five areas"]},
            {"title": "Senior Care Assistant", "organization": "Calder Lodge Nursing Home", "location": "Ossett",
             "period": "09/2016 - 03/2021",
             "bullets": [
                 "Shift lead for up to five care assistants in a 60-bed nursing home, working with the nurse in charge",
                 "Administered medication and kept accurate MAR charts and daily records",
                 "Trained as the home's moving and handling champion and dementia champion",
                 "Kept families updated and supported residents and relatives through end of life care"]},
            {"title": "Care Assistant", "organization": "Brookfield House Residential Home", "location": "Pontefract",
             "period": "08/2012 - 08/2016",
             "bullets": [
                 "Personal care, mealtimes and activities for 30 residents, many living with dementia",
                 "Recorded food and fluid intake, repositioning and skin checks",
                 "Helped start a weekly reminiscence and music group with the activities coordinator"]},
            {"title": "Weekend Care Assistant", "organization": "Brookfield House Residential Home",
             "location": "Pontefract", "period": "03/2011 - 07/2012",
             "bullets": [
                 "Part-time weekend shifts while at sixth form",
                 "Supported residents with personal care, meals and getting ready for visitors"]},
        ],
        "education": [
            {"degree": "Level 3 Diploma in Adult Care", "institution": "Wakefield College", "location": "Wakefield",
             "period": "09/2018 - 07/2019", "lines": []},
            {"degree": "A-levels and GCSEs", "institution": "Horbury Academy", "location": "Wakefield",
             "period": "09/2005 - 07/2012",
             "lines": ["A-levels: Health and Social Care (B), Psychology (C), English Literature (C)",
                       "GCSEs: 9 including English and Maths"]},
        ],
        "skill_groups": {
            "Skills": ["Person-centred care planning", "Medication administration (eMAR)", "Dementia care",
                       "End of life care", "Safeguarding adults", "Moving and handling", "Team leadership",
                       "Staff supervision", "Rota planning", "Infection prevention and control",
                       "Communication with families", "Nourish care records"],
        },
        "training": ["Safeguarding Adults Level 3 (2024)", "Moving and Handling Train the Trainer (2022)",
                     "First Aid at Work (2023)", "Oliver McGowan Mandatory Training on Learning Disability and Autism "
                     "(2024)"],
        "interests": "Walking my dog on the Pennine Way, baking, and helping run the Brownies pack in Horbury.",
        "projects": [],
    },
    "docx_cover_letter_then_cv": {
        "name": "Laura Fenwick",
        "address": ["14 Trent Crescent", "Beeston", "Nottingham", "NG9 2JX"],
        "phone": "07700 900587", "email": "laura.fenwick@example.com",
        "letter": {
            "date": "3 March 2026",
            "to": ["Ms Anjali Patel", "Head of People", "Castlegate Housing Association", "2 Station Street",
                   "Derby", "DE1 2AB"],
            "re": "Re: HR Advisor (ref. CHA-0214)",
            "salutation": "Dear Ms Patel,",
            "paragraphs": [
                "I am writing to apply for the role of HR Advisor at Castlegate Housing Association, advertised on "
                "your careers page. With over four years as an HR advisor and a CIPD Level 5 qualification, I "
                "believe I can hit the ground running in a busy generalist role supporting your managers across the "
                "East Midlands.",
                "In my current role I advise managers at two food manufacturing sites with 850 employees. I handle a "
                "caseload of around twenty employee relations cases at a time, from absence and capability to "
                "disciplinaries and grievances, and I took the lead on a TUPE transfer of 60 drivers in 2024. I have "
                "also rewritten our absence policy and trained 40 line managers to use it, which helped bring "
                "short-term sickness down by a fifth.",
                "I am drawn to Castlegate because of your commitment to tenants and to your own people, and I would "
                "welcome the chance to bring my casework experience to a values-led organisation. I have attached "
                "my CV and would be glad to discuss my application with you. Thank you for your time and "
                "consideration.",
            ],
            "closing": "Yours sincerely,",
        },
        "profile": "CIPD-qualified HR advisor with a generalist background in manufacturing and logistics. "
                   "Calm and practical with employee relations casework, and keen on clear policies and managers "
                   "who feel confident using them.",
        "experience": [
            {"title": "HR Advisor", "organization": "Sherwood Fresh Foods Ltd", "location": "",
             "period": "June 2021 – present",
             "bullets": [
                 "First point of contact for HR advice to 45 managers across two manufacturing sites (850 employees)",
                 "Manage an employee relations caseload of around 20 cases: absence, capability, disciplinary and "
                 "grievance, including note-taking and hearing packs",
                 "Led the consultation for a TUPE transfer of 60 delivery drivers from a contractor in 2024",
                 "Rewrote the absence management policy and trained 40 line managers; short-term sickness down 21%",
                 "Produce monthly HR reports on turnover, absence and casework for the operations board"]},
            {"title": "HR Assistant", "organization": "Broadmarsh Logistics Ltd", "location": "",
             "period": "September 2018 – May 2021",
             "bullets": [
                 "Ran end-to-end recruitment administration for warehouse and transport roles, up to 30 hires a month",
                 "Prepared contracts, variation letters and right-to-work checks",
                 "Kept the HR system accurate and ran the monthly starters, leavers and changes report for payroll",
                 "Took notes at disciplinary and grievance hearings"]},
            {"title": "Recruitment Administrator", "organization": "Lace Market Recruitment Ltd", "location": "",
             "period": "August 2014 – August 2018",
             "bullets": [
                 "Booked interviews and compliance checks for temporary industrial and office staff",
                 "Processed weekly timesheets for around 150 temporary workers"]},
            {"title": "Sales Assistant", "organization": "Hockley Books", "location": "",
             "period": "October 2011 – June 2014",
             "bullets": ["Part-time alongside my degree: tills, stock and customer orders"]},
        ],
        "education": [
            {"degree": "CIPD Level 5 Associate Diploma in People Management", "institution": "Nottingham College",
             "location": "", "period": "September 2019 – July 2021", "note": "Achieved with merit"},
            {"degree": "BA (Hons) Business Management with Human Resources", "institution": "Trentside University",
             "location": "", "period": "September 2011 – June 2014",
             "note": "2:1; dissertation on flexible working requests in small firms"},
        ],
        "membership": "Associate Member of the Chartered Institute of Personnel and Development (Assoc CIPD)",
        "skill_groups": {
            "Skills": ["Employee relations casework", "Absence management", "Disciplinary and grievance "
                       "investigations", "TUPE consultation", "Recruitment and onboarding", "HR policy writing",
                       "UK employment law", "Cezanne HR", "Microsoft Excel (pivot tables, XLOOKUP)",
                       "Coaching line managers"],
        },
        "projects": [],
    },
    "txt_ocr_like_linebreaks": {
        "name": "Claire Donnachie", "headline": "Payroll Specialist",
        "contact": ["Glasgow G12", "07700 900654", "claire.donnachie@example.com"],
        "profile": "Payroll specialist with ten years of UK payroll experience across a leisure trust, an "
                   "accountancy practice's payroll bureau and a manufacturer. I run accurate monthly and weekly "
                   "payrolls for up to 1,400 employees, look after RTI submissions, statutory payments and pension "
                   "auto-enrolment, and enjoy untangling the awkward queries that nobody else wants.",
        "experience": [
            {"title": "Payroll Specialist", "organization": "CLYDESIDE LEISURE TRUST", "location": "Glasgow",
             "period": "Apr 2023 – Present",
             "bullets": [
                 "Run the monthly salaried payroll and the four-weekly casual payroll for 1,400 employees across 23 "
                 "leisure centres and libraries",
                 "Submit FPS and EPS returns to HMRC and reconcile payroll to the general ledger each month",
                 "Moved casual staff timesheets from paper to an online system, removing about 300 manual "
                 "entries a month",
                 "Administer two pension schemes, including the Local Government Pension Scheme and auto-enrolment "
                 "re-assessment",
                 "Answer pay queries from staff and managers and train new payroll assistants"]},
            {"title": "Payroll Administrator", "organization": "MERCHANT CITY ACCOUNTANCY LLP", "location": "Glasgow",
             "period": "Jan 2019 – Mar 2023",
             "bullets": [
                 "Processed weekly and monthly payrolls for 65 bureau clients, from two-person businesses to a "
                 "hotel group with 300 staff",
                 "Calculated statutory sick, maternity and paternity pay and kept records for audit",
                 "Year-end processing, P60s and P11D returns for clients with benefits in kind",
                 "Set up new clients in BrightPay and migrated 20 clients from Sage 50 Payroll"]},
            {"title": "Payroll and Accounts Assistant", "organization": "STRATHKELVIN ENGINEERING LTD",
             "location": "Kirkintilloch", "period": "Aug 2015 – Dec 2018",
             "bullets": [
                 "Ran the weekly hourly-paid payroll for 180 production staff, including overtime and shift "
                 "allowances",
                 "Purchase ledger, supplier payment runs and bank reconciliations",
                 "Kept the HR and payroll starters and leavers process up to date with the HR manager"]},
            {"title": "Customer Assistant", "organization": "FORTH & CLYDE CINEMAS", "location": "Glasgow",
             "period": "Sep 2011 – Jun 2015",
             "bullets": ["Part-time evening and weekend job during university: box office, kiosk and cash-up"]},
        ],
        "education": [
            {"degree": "BA Accounting and Finance", "institution": "WESTBURN UNIVERSITY", "location": "Glasgow",
             "period": "Sep 2011 – Jun 2015"},
        ],
        "skill_groups": {
            "Skills": ["UK payroll processing", "RTI submissions", "Statutory payments (SSP, SMP, SPP)",
                       "Pension auto-enrolment", "Local Government Pension Scheme", "Payroll reconciliation",
                       "Year-end and P11D", "Salary sacrifice schemes", "Sage 50 Payroll", "BrightPay",
                       "iTrent", "Microsoft Excel (VLOOKUP, pivot tables)"],
        },
        "certifications": ["CIPP Level 3 Certificate in Payroll Technician, 2017",
                           "CIPP Level 4 Diploma in Payroll Management, 2022",
                           "Member of the Chartered Institute of Payroll Professionals (MCIPP)"],
        "projects": [],
    },
    "browser_infographic_skills": {
        "name": "Amara Nwosu-Bell", "headline": "Business Analyst · insurance & financial services",
        "contact": [("mail", "amara.nwosubell@example.com"), ("phone", "(416) 555-0143"), ("pin", "Toronto, ON"),
                    ("link", "linkedin.com/in/amaranwosubell")],
        "profile": "Business analyst with ten years in insurance, banking and logistics. I turn messy processes and "
                   "stakeholder wish lists into clear requirements, models and test plans that delivery teams can "
                   "build from, and I like nothing better than a workshop that ends with a decision.",
        "skill_groups": {
            "Core skills": ["Requirements elicitation", "Process modelling (BPMN)", "User stories & acceptance "
                            "criteria", "Data analysis (SQL)", "Stakeholder management", "UAT planning"],
            "Tools": ["Jira", "Confluence", "Visio", "Power BI", "Excel", "Miro"],
        },
        "skill_levels": {"Requirements elicitation": 95, "Process modelling (BPMN)": 90,
                         "User stories & acceptance criteria": 90, "Data analysis (SQL)": 75,
                         "Stakeholder management": 85, "UAT planning": 80},
        "time_spent": [("analysis", 40, "#1f6f8b"), ("workshops", 25, "#99c24d"), ("documentation", 20, "#f2a541"),
                       ("testing", 15, "#e4572e")],
        "languages": ["English (native)", "French (professional)", "Igbo (conversational)"],
        "certifications": ["CBAP, IIBA (2021)", "Professional Scrum Product Owner I (2019)"],
        "experience": [
            {"title": "Senior Business Analyst", "organization": "Northbeam Insurance", "location": "",
             "period": "2022–Present",
             "bullets": [
                 "Lead analyst on the replacement of the personal auto claims system (a $14M programme, 3 squads)",
                 "Mapped 38 as-is and to-be claims processes in BPMN with adjusters and the vendor",
                 "Cut the first notice of loss form from 41 questions to 17 without losing data the adjusters need"]},
            {"title": "Business Analyst", "organization": "Harbourfront Credit Union", "location": "",
             "period": "2018–2022",
             "bullets": [
                 "Wrote requirements and user stories for online account opening, now used by 60% of new members",
                 "Built Power BI dashboards for branch and contact-centre managers from the core banking data",
                 "Planned and ran user acceptance testing for four releases a year with branch staff"]},
            {"title": "Junior Business Analyst", "organization": "Kinross Logistics Group", "location": "",
             "period": "2016–2018",
             "bullets": [
                 "Documented warehouse and dispatch processes for a new transport management system",
                 "Wrote SQL reports on on-time delivery for the operations team"]},
            {"title": "Business Analyst Co-op", "organization": "Lakeshore Municipal Utilities", "location": "",
             "period": "2015",
             "bullets": ["Eight-month co-op term: billing process maps and a customer complaints analysis"]},
        ],
        "education": [
            {"degree": "Bachelor of Commerce, Information Systems", "institution": "Lakeshore University",
             "location": "", "period": "2011–2015"},
        ],
        "projects": [],
    },
    "docx_nested_tables_academic_admin": {
        "name": "Bronwyn Castellano", "headline": "Faculty Operations Manager · Higher Education Administration",
        "contact": ["Brisbane, QLD 4101", "0491 570 156", "b.castellano@example.com",
                    "linkedin.com/in/bcastellano"],
        "profile": "University administrator with twelve years in faculty, school and research offices. I keep "
                   "committees, budgets and accreditation on track so that academics can teach and research.",
        "experience": [
            {"title": "Faculty Operations Manager", "department": "Faculty of Health and Behavioural Sciences",
             "organization": "Moreton Bay University", "location": "Brisbane, QLD", "period": "March 2022 – present",
             "bullets": [
                 "Lead a professional staff team of 14 across four schools and the Dean's office",
                 "Manage the faculty's $9.2M operating budget with the finance business partner",
                 "Coordinated the nursing and psychology program reaccreditation submissions in 2023 and 2024",
                 "Introduced a faculty-wide workload allocation model and a shared timetabling calendar"]},
            {"title": "Senior School Administrator", "department": "School of Nursing and Midwifery",
             "organization": "Moreton Bay University", "location": "Brisbane, QLD",
             "period": "July 2018 – February 2022",
             "bullets": [
                 "Ran the school office for 70 academic staff and 2,100 students",
                 "Managed clinical placement agreements with 30 hospital and health services",
                 "Secretary to the school's board of examiners and student progression panel"]},
            {"title": "Research Administration Officer", "department": "Office of Research Services",
             "organization": "Darling Downs University", "location": "Toowoomba, QLD",
             "period": "January 2014 – June 2018",
             "bullets": [
                 "Checked and submitted around 120 grant applications a year to the ARC, NHMRC and industry funders",
                 "Set up post-award accounts and tracked milestones and reporting",
                 "Supported the human research ethics committee as its executive officer"]},
            {"title": "Library Assistant", "department": "University Library",
             "organization": "Darling Downs University", "location": "Toowoomba, QLD",
             "period": "February 2009 – November 2011",
             "bullets": ["Casual, about 15 hours a week during my degree: loans desk, shelving and inter-library "
                         "requests"]},
        ],
        "education": [
            {"degree": "Master of Business Administration", "note": "Part-time, evenings",
             "institution": "Moreton Bay University", "location": "Brisbane, QLD", "period": "2018 – 2021"},
            {"degree": "Bachelor of Arts (History and Politics)", "note": "First Class Honours",
             "institution": "Darling Downs University", "location": "Toowoomba, QLD", "period": "2008 – 2011"},
        ],
        "committees": ["Faculty Learning and Teaching Committee, secretary (2022 – present)",
                       "Academic Board Admissions Standing Committee, member (2019 – 2022)",
                       "Professional Staff Wellbeing Working Group, chair (2020 – 2021)",
                       "Human Research Ethics Committee, executive officer (2015 – 2018)"],
        "development": ["Leading Change in Higher Education, Universities Leadership Institute (2023)",
                        "PRINCE2 Foundation Certificate in Project Management (2019)",
                        "Mental Health First Aid (2021)",
                        "Records Management for Universities, Queensland State Archives online course (2016)"],
        "skill_groups": {
            "Skills": ["Committee secretariat and minuting", "Budget monitoring", "Workload allocation models",
                       "Student progression and appeals", "Accreditation submissions (ANMAC, APAC)",
                       "Grant administration", "Staff recruitment and onboarding", "Policy writing",
                       "TechnologyOne Financials", "PeopleSoft Campus Solutions", "Power BI",
                       "Microsoft 365 (SharePoint, Teams)"],
        },
        "memberships": ["Association for Tertiary Education Management (ATEM), member since 2015"],
        "languages": ["English (native)", "Italian (conversational)"],
        "projects": [],
    },
}


def browser_reed_cv_builder(r: dict) -> str:
    """The PDF a UK job site's CV builder makes (A4, Arial-like sans): the name large over a ' · ' contact line;
    section headings in the site's colour with a thin rule ('Personal statement', 'Work history', 'Education',
    'Skills', 'Training', 'Interests'); each job as the job title in bold over one grey line 'Company name, Location |
    MM/YYYY - MM/YYYY', then 'Key responsibilities:' and bullets; education in the same form, with 'A-levels: ...' and
    'GCSEs: 9 including English and Maths' lines under the school; skills as one comma paragraph; a references line."""
    def entry(title: str, org: str, town: str, when: str, inner: str) -> str:
        return (f"<div class=\"entry\"><p class=\"title\">{esc(title)}</p><p class=\"meta\">{esc(org)}, {esc(town)}"
                f" | {esc(when)}</p>{inner}</div>\n")

    jobs = "".join(entry(e["title"], e["organization"], e["location"], e["period"],
                         f"<p class=\"label\">Key responsibilities:</p><ul>{_li(e['bullets'])}</ul>")
                   for e in r["experience"])
    edu = "".join(entry(e["degree"], e["institution"], e["location"], e["period"],
                        "".join(f"<p class=\"line\">{esc(line)}</p>" for line in e["lines"]))
                  for e in r["education"])
    contact = " · ".join(esc(c) for c in r["contact"])
    css = """
@page { size: A4; margin: 15mm 17mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.42;
       color: #222; }
h1 { margin: 0; font-size: 24pt; font-weight: bold; color: #1b1b1b; }
.contact { margin: 1.5mm 0 0; color: #555; font-size: 9.5pt; }
h2 { margin: 6mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 0.3mm solid #e3c4d0; font-size: 13pt;
     font-weight: bold; color: #c4004b; break-after: avoid; }
p { margin: 0; }
.entry { margin: 0 0 3.6mm; break-inside: avoid; }
.title { font-size: 10.8pt; font-weight: bold; }
.meta { color: #6b6b6b; }
.label { margin-top: 1.2mm; }
ul { margin: 0.6mm 0 0; padding-left: 5.5mm; }
li { margin: 0.4mm 0; }
.line { margin-top: 0.5mm; }
ul.plain { margin: 0; }
.refs { margin-top: 5mm; color: #555; }
"""
    body = f"""
<h1>{esc(r['name'])}</h1>
<p class="contact">{contact}</p>
<h2>Personal statement</h2>
<p>{esc(r['statement'])}</p>
<h2>Work history</h2>
{jobs}<h2>Education</h2>
{edu}<h2>Skills</h2>
<p>{esc(', '.join(r['skill_groups']['Skills']))}</p>
<h2>Training</h2>
<ul class="plain">{_li(r['training'])}</ul>
<h2>Interests</h2>
<p>{esc(r['interests'])}</p>
<p class="refs">References available on request.</p>
"""
    return _page(f"{esc(r['name'])} CV", css, body)


def docx_cover_letter_then_cv_resume(r: dict, path: Path) -> None:
    """One Word document (A4, Calibri) as a person sends it: a one-page cover letter first (her address flush right,
    the date, the addressee's block, a 'Re:' line in bold, 'Dear Ms Patel,', three paragraphs, 'Yours sincerely,' and
    her name), then a page break and the CV: the name large, a ' | ' contact line, 'Profile', 'Experience' in Word's
    'Heading 1' with each job as one bold line 'Title, Employer (Month YYYY – present)' over 'List Bullet' paragraphs
    (no towns), 'Education' in the same form with a plain note line, a professional membership line and 'Skills' as
    'List Bullet' paragraphs."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(1)
    h1 = d.styles["Heading 1"]
    h1.font.name, h1.font.size, h1.font.color.rgb = "Calibri", Pt(13), RGBColor(0x2E, 0x54, 0x8C)
    h1.paragraph_format.space_before, h1.paragraph_format.space_after = Pt(12), Pt(4)
    letter = r["letter"]

    for line in r["address"] + [r["phone"], r["email"]]:
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph(letter["date"])
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(12)
    p = d.add_paragraph(letter["to"][0])
    p.paragraph_format.space_before = Pt(12)
    for line in letter["to"][1:]:
        d.add_paragraph(line)
    p = d.add_paragraph()
    p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(18), Pt(12)
    p.add_run(letter["salutation"])
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(10)
    p.add_run(letter["re"]).bold = True
    for text in letter["paragraphs"]:
        p = d.add_paragraph(text)
        p.paragraph_format.space_after = Pt(10)
        p.paragraph_format.line_spacing = 1.1
    p = d.add_paragraph(letter["closing"])
    p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(4), Pt(30)
    d.add_paragraph(r["name"])
    d.add_page_break()

    p = d.add_paragraph()
    run = p.add_run(r["name"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(22), RGBColor(0x1F, 0x1F, 0x1F)
    p = d.add_paragraph(" | ".join([", ".join(r["address"][1:3]), r["phone"], r["email"]]))
    p.paragraph_format.space_before = Pt(2)
    d.add_paragraph("Profile", style="Heading 1")
    d.add_paragraph(r["profile"])
    d.add_paragraph("Experience", style="Heading 1")
    for n, e in enumerate(r["experience"]):
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(0 if n == 0 else 8), Pt(2)
        p.paragraph_format.keep_with_next = True
        p.add_run(f"{e['title']}, {e['organization']} ({e['period']})").bold = True
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    for n, e in enumerate(r["education"]):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(0 if n == 0 else 6)
        p.add_run(f"{e['degree']}, {e['institution']} ({e['period']})").bold = True
        d.add_paragraph(e["note"])
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Professional membership: ").bold = True
    p.add_run(r["membership"])
    d.add_paragraph("Skills", style="Heading 1")
    for s in r["skill_groups"]["Skills"]:
        d.add_paragraph(s, style="List Bullet")
    d.save(str(path))


def txt_ocr_like_linebreaks(r: dict) -> str:
    """A payroll specialist's two-page PDF resume selected in a PDF viewer and pasted into a text box, so the text
    keeps the PDF's line breaks: every paragraph and bullet hard-wrapped at about 60 characters mid-sentence, the
    continuation lines flush left (the hanging indent lost), the page footer 'Page 1 of 2' in the middle where the
    first page ended; headings in capitals; each job as 'EMPLOYER NAME — City' over 'Job Title | Jan 2019 – Mar
    2023' and '• ' bullets; education in the job form; skills as a comma paragraph; certifications as '• ' lines."""
    import textwrap

    def wrap(text: str, first: str = "") -> list[str]:
        return textwrap.wrap(first + text, 60, break_on_hyphens=False)

    out = [r["name"], r["headline"], " | ".join(r["contact"]), "", "PROFILE"] + wrap(r["profile"]) + ["",
                                                                                                        "EXPERIENCE"]
    for e in r["experience"]:
        out += [f"{e['organization']} — {e['location']}", f"{e['title']} | {e['period']}"]
        for b in e["bullets"]:
            out += wrap(b, "• ")
        out.append("")
    out.append("EDUCATION")
    for e in r["education"]:
        out += [f"{e['institution']} — {e['location']}", f"{e['degree']} | {e['period']}", ""]
    out += ["SKILLS"] + wrap(", ".join(r["skill_groups"]["Skills"])) + ["", "CERTIFICATIONS"]
    for c in r["certifications"]:
        out += wrap(c, "• ")
    out += ["", "References available on request."]
    page_end = 46  # where the first page of the PDF ended: its footer lands in the middle of the pasted text
    out[page_end:page_end] = ["Page 1 of 2"]
    return "\n".join(out) + "\n\nPage 2 of 2\n"


_INFOGRAPHIC_ICONS = {  # 24×24 filled glyphs drawn as inline SVG paths (no text in the PDF)
    "mail": "M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.4V17h16V7.4l-8 5.3z"
            "M4.6 7l7.4 4.9L19.4 7z",
    "phone": "M6.6 10.8a15.2 15.2 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 "
             "1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z",
    "pin": "M12 2a7 7 0 0 1 7 7c0 5.2-7 13-7 13S5 14.2 5 9a7 7 0 0 1 7-7zm0 4.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z",
    "link": "M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0zM7.8 19.1a3.9 3.9 0 0 1 "
            "-2.8-6.7l2.5-2.5 1.4 1.4-2.5 2.5a2 2 0 0 0 2.8 2.8l2.5-2.5 1.4 1.4-2.5 2.5a3.9 3.9 0 0 1-2.8 1.1zm8.7"
            "-5-1.4-1.4 2.5-2.5a2 2 0 0 0-2.8-2.8l-2.5 2.5-1.4-1.4 2.5-2.5a3.9 3.9 0 0 1 5.6 5.6z",
    "briefcase": "M9 3h6a2 2 0 0 1 2 2v2h3a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2h3V5a2 2 "
                 "0 0 1 2-2zm0 4h6V5H9z",
    "cap": "M12 3 1 9l11 6 9-4.9V17h2V9zM5 13.2V17c0 1.7 3.1 3 7 3s7-1.3 7-3v-3.8l-7 3.8z",
    "chart": "M11 2v10h10A10 10 0 1 1 11 2zm2 0a9 9 0 0 1 9 9h-9z",
    "star": "M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z",
    "globe": "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm-1.3 2.1A8 8 0 0 0 4.1 11H8c.1-2.6.9-5 2.7-6.9zm2.6 0C15.1 "
             "6 15.9 8.4 16 11h3.9a8 8 0 0 0-6.6-6.9zM10 11h4c-.1-2.3-.8-4.3-2-5.9-1.2 1.6-1.9 3.6-2 5.9zm-5.9 2A8 8 "
             "0 0 0 10.7 19.9C8.9 18 8.1 15.6 8 13zm5.9 0c.1 2.3.8 4.3 2 5.9 1.2-1.6 1.9-3.6 2-5.9zm6 0c-.1 2.6-.9 "
             "5-2.7 6.9a8 8 0 0 0 6.6-6.9z",
}


def browser_infographic_skills(r: dict) -> str:
    """An infographic resume from an online design tool, printed by Chromium (Letter, DejaVu Sans): a dark header
    band with the name, a headline and contact items after filled SVG icons; a tinted left column with 'Skills' as
    labelled bars (the level only drawn), 'Time spent' as a CSS doughnut chart (a conic gradient) with a legend of
    '40% analysis' lines, 'Tools' as chips, 'Certifications' and 'Languages'; a right column with a profile and
    'Experience' as a vertical timeline: per job a dot on the line, a 'YYYY–YYYY' pill, the title in bold and 'at
    Employer' in colour on lines of their own, then bullets; 'Education' in the same form. Section headings open
    with an SVG icon in a circle."""
    def icon(name: str, cls: str = "ic") -> str:
        return (f"<svg class=\"{cls}\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">"
                f"<path fill-rule=\"evenodd\" d=\"{_INFOGRAPHIC_ICONS[name]}\"/></svg>")

    def heading(name: str, text: str) -> str:
        return f"<h2><span class=\"badge\">{icon(name)}</span>{esc(text)}</h2>\n"

    def node(when: str, top: str, org: str, bullets: list[str]) -> str:
        items = f"<ul>{_li(bullets)}</ul>" if bullets else ""
        return (f"<div class=\"node\"><span class=\"dot\"></span><span class=\"pill\">{esc(when)}</span>"
                f"<p class=\"t\">{esc(top)}</p><p class=\"at\">at {esc(org)}</p>{items}</div>\n")

    contact = "".join(f"<span>{icon(kind)}{esc(text)}</span>" for kind, text in r["contact"])
    bars = "".join(f"<div class=\"bar\"><p>{esc(s)}</p><div class=\"track\"><div class=\"fill\" style=\"width:"
                   f"{r['skill_levels'][s]}%\"></div></div></div>\n" for s in r["skill_groups"]["Core skills"])
    stops, at = [], 0
    for _, share, colour in r["time_spent"]:
        stops.append(f"{colour} {at}% {at + share}%")
        at += share
    legend = "".join(f"<li><span class=\"key\" style=\"background:{colour}\"></span>{share}% {esc(what)}</li>"
                     for what, share, colour in r["time_spent"])
    tools = "".join(f"<span class=\"chip\">{esc(t)}</span>" for t in r["skill_groups"]["Tools"])
    jobs = "".join(node(e["period"], e["title"], e["organization"], e["bullets"]) for e in r["experience"])
    edu = "".join(node(e["period"], e["degree"], e["institution"], []) for e in r["education"])
    css = f"""
@page {{ size: Letter; margin: 0; }}
* {{ box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ margin: 0; font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 8.6pt; line-height: 1.4;
        color: #26323a; }}
header {{ padding: 8mm 12mm 5mm; background: #16324f; color: #fff; }}
h1 {{ margin: 0; font-size: 25pt; font-weight: bold; letter-spacing: 0.3mm; }}
.headline {{ margin: 1mm 0 3mm; font-size: 11pt; color: #9fd3e6; }}
.contact {{ display: flex; flex-wrap: wrap; gap: 2mm 7mm; font-size: 8.3pt; }}
.contact span {{ display: inline-flex; align-items: center; }}
.contact .ic {{ width: 3.6mm; height: 3.6mm; margin-right: 1.6mm; fill: #99c24d; }}
.cols {{ display: grid; grid-template-columns: 70mm 1fr; min-height: 228mm; }}
.left {{ padding: 5mm 7mm 4mm 12mm; background: #eef4f7; }}
.right {{ padding: 6mm 12mm 6mm 8mm; }}
h2 {{ display: flex; align-items: center; gap: 2.4mm; margin: 0 0 3mm; font-size: 11pt; font-weight: bold;
      color: #16324f; text-transform: uppercase; letter-spacing: 0.4mm; }}
.badge {{ display: inline-flex; align-items: center; justify-content: center; width: 7mm; height: 7mm;
          border-radius: 50%; background: #1f6f8b; }}
.badge .ic {{ width: 4mm; height: 4mm; fill: #fff; }}
section {{ margin: 0 0 4.6mm; }}
p {{ margin: 0; }}
.bar {{ margin: 0 0 2.2mm; }}
.track {{ height: 2.2mm; margin-top: 0.8mm; border-radius: 1.1mm; background: #cfdde4; }}
.fill {{ height: 100%; border-radius: 1.1mm; background: linear-gradient(90deg, #1f6f8b, #3ba3c4); }}
.donut {{ position: relative; width: 29mm; height: 29mm; margin: 0 auto 2.4mm; border-radius: 50%;
          background: conic-gradient({', '.join(stops)}); }}
.donut::after {{ content: ""; position: absolute; inset: 7mm; border-radius: 50%; background: #eef4f7; }}
ul.legend {{ margin: 0; padding: 0; list-style: none; }}
ul.legend li {{ display: flex; align-items: center; margin: 0 0 1mm; }}
.key {{ width: 3mm; height: 3mm; margin-right: 2mm; border-radius: 0.6mm; }}
.chip {{ display: inline-block; margin: 0 1.4mm 1.6mm 0; padding: 0.6mm 2.4mm; border-radius: 3mm;
         background: #16324f; color: #fff; font-size: 8pt; }}
ul.plain {{ margin: 0; padding-left: 4mm; }}
ul.plain li {{ margin: 0 0 0.8mm; }}
.profile {{ margin: 0 0 6mm; font-size: 9pt; }}
.timeline {{ position: relative; padding-left: 7mm; }}
.timeline::before {{ content: ""; position: absolute; left: 1.5mm; top: 1mm; bottom: 2mm; width: 0.6mm;
                     background: #cfdde4; }}
.node {{ position: relative; margin: 0 0 4.5mm; break-inside: avoid; }}
.dot {{ position: absolute; left: -7mm; top: 0.5mm; width: 3.6mm; height: 3.6mm; border-radius: 50%;
        background: #fff; border: 0.8mm solid #1f6f8b; }}
.pill {{ display: inline-block; padding: 0.3mm 2.6mm; border-radius: 3mm; background: #99c24d; color: #16324f;
         font-size: 7.8pt; font-weight: bold; }}
.t {{ margin-top: 1.2mm; font-size: 10pt; font-weight: bold; color: #16324f; }}
.at {{ color: #1f6f8b; font-style: italic; }}
.node ul {{ margin: 1mm 0 0; padding-left: 4.4mm; }}
.node li {{ margin: 0 0 0.6mm; }}
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<div class="contact">{contact}</div>
</header>
<div class="cols">
<div class="left">
<section>{heading('star', 'Skills')}{bars}</section>
<section>{heading('chart', 'Time spent')}<div class="donut"></div><ul class="legend">{legend}</ul></section>
<section>{heading('briefcase', 'Tools')}<div>{tools}</div></section>
<section>{heading('cap', 'Certifications')}<ul class="plain">{_li(r['certifications'])}</ul></section>
<section>{heading('globe', 'Languages')}<ul class="plain">{_li(r['languages'])}</ul></section>
</div>
<div class="right">
<p class="profile">{esc(r['profile'])}</p>
<section>{heading('briefcase', 'Experience')}<div class="timeline">
{jobs}</div></section>
<section>{heading('cap', 'Education')}<div class="timeline">
{edu}</div></section>
</div>
</div>
"""
    return _page(f"{esc(r['name'])} — Business Analyst", css, body)


def docx_nested_tables_academic_admin_resume(r: dict, path: Path) -> None:
    """A university administrator's CV typed in Word (A4, Arial) on nested tables: the name, a headline and a rule,
    then one borderless outer 1x2 table; its narrow shaded left cell holds 'Contact', 'Profile', 'Memberships' and
    'Languages'; its wide right cell holds 'Professional Experience' with a borderless three-column inner table per
    job (the dates | the title in bold over the department and the university in italics | the city right-aligned)
    followed by 'List Bullet' paragraphs in the same cell, 'Education' in the same inner-table form, 'Committees' and
    'Professional Development' as plain lines, and 'Skills' as a two-column inner table of 'List Bullet' paragraphs."""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.6)
    section.top_margin = section.bottom_margin = Cm(1.5)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(9.5)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(1)
    maroon, grey = RGBColor(0x7A, 0x1F, 0x3D), RGBColor(0x55, 0x55, 0x55)

    def put(cell, text: str = "", *, bold: bool = False, italic: bool = False, size: float | None = None,
            color: RGBColor | None = None, before: float = 0, after: float = 0, style: str | None = None,
            align=None):
        """Write into a cell, reusing its trailing empty paragraph (a new cell's, or the one after a nested table)."""
        last = cell.paragraphs[-1] if cell.paragraphs else None
        reuse = (last is not None and not last.text and last._p.getnext() is None
                 and last._p.getparent() is cell._tc)
        p = last if reuse else cell.add_paragraph()
        if style:
            p.style = d.styles[style]
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(before), Pt(after)
        if align is not None:
            p.alignment = align
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
            if color:
                run.font.color.rgb = color
        return p

    def heading(cell, text: str, first: bool = False) -> None:
        put(cell, text.upper(), bold=True, size=10.5, color=maroon, before=0 if first else 11, after=4)

    def inner(cell, widths: tuple[float, ...]):
        table = cell.add_table(rows=1, cols=len(widths))
        table.autofit = False
        _docx_borderless(table)
        for column, c, w in zip(table.columns, table.rows[0].cells, widths, strict=True):
            column.width = c.width = Cm(w)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        return table.rows[0].cells

    def post(cell, when: str, top: str, middle: str, org: str, town: str) -> None:
        left, mid, right = inner(cell, (2.7, 6.6, 2.5))
        put(left, when, color=grey, size=9)
        put(mid, top, bold=True)
        put(mid, middle)
        put(mid, org, italic=True)
        put(right, town, align=WD_ALIGN_PARAGRAPH.RIGHT, size=9, color=grey)

    p = d.add_paragraph()
    run = p.add_run(r["name"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(22), maroon
    p = d.add_paragraph(r["headline"])
    p.runs[0].font.size, p.paragraph_format.space_after = Pt(11.5), Pt(8)
    _docx_rule_below(p, "7A1F3D")

    outer = d.add_table(rows=1, cols=2)
    outer.autofit = False
    _docx_borderless(outer)
    side, main = outer.rows[0].cells
    for column, cell, w in zip(outer.columns, (side, main), (Cm(5.3), Cm(12.5)), strict=True):
        column.width = cell.width = w
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    shading = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "F3ECEF")):
        shading.set(qn(key), value)
    side._tc.get_or_add_tcPr().append(shading)

    heading(side, "Contact", first=True)
    for c in r["contact"]:
        put(side, c, after=2)
    heading(side, "Profile")
    put(side, r["profile"])
    heading(side, "Memberships")
    for m in r["memberships"]:
        put(side, m, after=2)
    heading(side, "Languages")
    for lang in r["languages"]:
        put(side, lang, after=1)

    heading(main, "Professional Experience", first=True)
    for n, e in enumerate(r["experience"]):
        if n:
            put(main, after=0).paragraph_format.line_spacing = Pt(5)
        post(main, e["period"], e["title"], e["department"], e["organization"], e["location"])
        for b in e["bullets"]:
            put(main, b, style="List Bullet")
    heading(main, "Education")
    for n, e in enumerate(r["education"]):
        if n:
            put(main, after=0).paragraph_format.line_spacing = Pt(5)
        post(main, e["period"], e["degree"], e["note"], e["institution"], e["location"])
    heading(main, "Committees")
    for c in r["committees"]:
        put(main, c, after=2)
    heading(main, "Professional Development")
    for c in r["development"]:
        put(main, c, after=2)
    heading(main, "Skills")
    skills = r["skill_groups"]["Skills"]
    half = (len(skills) + 1) // 2
    for cell, names in zip(inner(main, (5.9, 5.9)), (skills[:half], skills[half:]), strict=True):
        for s in names:
            put(cell, s, style="List Bullet")
    put(main, "Referees are available on request.", italic=True, before=8, color=grey)
    d.save(str(path))


# ------------------------------------------------------------------------------------ held-out-19 writers
# Five more hand-written people (a Melbourne warehouse team leader, a Tulsa retail assistant manager, a Filipino staff
# nurse, a Vancouver platform engineer, a Milwaukee chief financial officer), each in a layout none of the earlier
# sets has. Built by someone who had not read the parser and did not run it on these files; the split of each file was
# fixed in FIXTURES before any of them was generated. As for PEOPLE_7 to PEOPLE_18, the truth is derived from this
# data, never from a rendering; volunteering and student activities are not experience, co-ops and part-time jobs are;
# referees are not experience; certifications, licences, checks, registrations, memberships, trainings and seminars,
# spoken languages and hobbies are not skills, and trainings and seminars are not education; a skill phrase is one
# skill as written, brackets included; the bold skill headings of a functional or hybrid resume are skills; a period
# is given as typed, and a job board's computed length in brackets after it ('(2 years 3 months)') is not part of it
# (towns named only inside a role's paragraph are not its place); a role's years in brackets after its title are its
# period, not part of the title; an employer typed in capitals is given as typed, text set in small capitals in the
# case typed; a post-nominal (', CPA, MBA') is not part of the name, and a person's name typed in capitals is given in
# the person's own spelling. New here: board service is not experience; the sentence describing a company under its
# name (its size and trade) is not part of the employer; the primary and secondary schools of a Philippine
# 'Educational Attainment' are education, and the personal information (age, civil status, religion, height and
# weight) and the character references are nothing in the truth; a hospital's 'Address:' line gives its town as the
# place; a job board's 'About your next role' preferences (availability, work type, locations, salary) are not skills;
# a skill list typed in square brackets is one skill per comma-separated item, its group label and the brackets not
# part of any; a project typed as '~/projects/name:' is named 'name' (the directory path is not part of it). Every
# person, employer, school, board, referee and project here is invented; the towns are real places.

PEOPLE_19: dict[str, dict] = {
    "browser_seek_profile_au": {
        "name": "Kieran Vuong", "where": "Epping VIC 3076",
        "contact": ["kieran.vuong@example.com", "0491 573 770"],
        "summary": "Warehouse team leader with more than ten years in chilled and ambient distribution centres in "
                   "Melbourne's north and west. I run a 14-person afternoon shift, keep DIFOT above target and look "
                   "after my team's safety first. Outside work I coach an under-12s footy team in Epping, and I am "
                   "looking for a shift manager or operations supervisor role in a larger DC.",
        "experience": [
            {"title": "Warehouse Team Leader", "organization": "Kinglake Cold Chain Logistics", "location": "",
             "period": "Dec 2023 - Present",
             "text": "I lead a team of 14 pickers, packers and forklift operators on the afternoon shift at a "
                     "22,000-pallet chilled and ambient DC in Truganina that supplies supermarkets across Victoria. "
                     "I plan the shift in Manhattan WMS, allocate labour to pick waves and report DIFOT, which has "
                     "stayed above 98.5% since I started. I introduced scan-to-confirm on the chilled pick faces, "
                     "which cut pick errors by 30%, and I run the daily toolbox talks that helped the site reach 400 "
                     "days LTI-free."},
            {"title": "Leading Hand", "organization": "Merri Creek Distribution Pty Ltd", "location": "",
             "period": "Jul 2019 - Nov 2023",
             "text": "Leading hand on the inbound dock of a 3PL warehouse in Somerton, receiving up to 45 containers "
                     "a week for hardware and homewares clients. I allocated unloading and put-away, trained new "
                     "starters on RF scanners and reach trucks, and ran the monthly cycle counts. Kept stock accuracy "
                     "at 99.6% through two peak seasons and covered the shift supervisor during leave."},
            {"title": "Forklift Operator", "organization": "Hume Freight Services Pty Ltd", "location": "",
             "period": "Feb 2016 - Jun 2019",
             "text": "Loading and unloading B-doubles and containers, replenishing pick faces and staging outbound "
                     "orders for a transport depot in Campbellfield. Counter-balance and reach truck up to 11 metres, "
                     "with no incidents in three years."},
            {"title": "Night Fill Team Member", "organization": "Fresh Basket Supermarkets", "location": "",
             "period": "Nov 2012 - Jan 2016",
             "text": "Casual night fill shifts while I finished Year 12 and my Certificate III: unloading deliveries, "
                     "filling shelves and rotating chilled stock."},
        ],
        "education": [
            {"degree": "Certificate IV in Leadership and Management", "institution": "Northern Ranges TAFE",
             "location": "", "finished": "Finished 2022",
             "highlights": "Completed part-time through my employer while working as a leading hand."},
            {"degree": "Certificate III in Supply Chain Operations", "institution": "Lakeside Logistics Training",
             "location": "", "finished": "Finished 2015", "highlights": ""},
            {"degree": "Victorian Certificate of Education (VCE)", "institution": "Mickleham Rise Secondary College",
             "location": "", "finished": "Finished 2013", "highlights": ""},
        ],
        "licences": [
            ("Licence to perform high risk work – Forklift truck (LF)", "WorkSafe Victoria", "Issued Mar 2016"),
            ("Working with Children Check", "Victorian Government", "Issued Aug 2022 · Expires Aug 2027"),
            ("Provide First Aid (HLTAID011)", "Safe Hands First Aid Training", "Issued Sep 2024 · Expires Sep 2027"),
            ("Driver licence – Car (C)", "VicRoads", "Issued Jan 2013"),
        ],
        "skill_groups": {
            "Skills": ["Team leadership", "Shift planning", "Manhattan WMS", "SAP EWM", "Inventory control",
                       "Stocktakes and cycle counts", "RF scanning", "Reach truck operation",
                       "Chilled and frozen handling", "WHS and incident reporting", "DIFOT reporting",
                       "Microsoft Excel"],
        },
        "languages": ["English", "Vietnamese"],
        "next_role": [("Availability", "4 weeks"), ("Preferred work types", "Full time"),
                      ("Preferred locations", "Epping VIC 3076, Truganina VIC 3029, Melbourne VIC"),
                      ("Right to work in Australia", "Australian citizen"),
                      ("Salary expectation", "$85,000 – $95,000 per year")],
        "projects": [],
    },
    "docx_functional_hybrid_retail": {
        "name": "Marisol Ketteridge", "headline": "Retail Assistant Manager",
        "contact": "Tulsa, OK 74105  •  (918) 555-0127  •  marisol.ketteridge@example.com",
        "qualifications": [
            "Twelve years in specialty retail, the last four as assistant manager of a $6.8M home and apparel store",
            "Leads a team of 22 sales associates and key holders across opening, closing and weekend shifts",
            "Known for floor sets that sell: planograms, seasonal resets and window displays done on deadline",
            "Calm with upset customers and fair with staff; promoted from within at every employer",
            "Bilingual in English and Spanish"],
        "achievements": {
            "Merchandising": [
                "Led 14 seasonal floor resets at Prairie Rose, each finished overnight and opened on time",
                "Redesigned the front-of-store tables around best-sellers; attachment rate rose from 1.6 to 2.1 units "
                "per transaction",
                "Won the district's holiday window contest two years running (2022, 2023)"],
            "Team Leadership": [
                "Hire, schedule and coach 22 associates; cut first-90-day turnover from 45% to 20%",
                "Trained six associates into key holders, three of whom were promoted to department supervisor",
                "Run the store on the manager's days off, including deposits, payroll edits and opening checklists"],
            "Customer Service": [
                "Raised the store's customer satisfaction score from 78 to 91 in eighteen months",
                "Introduced a buy-online-pick-up-in-store desk that handles 350 orders a month",
                "Resolve escalated returns and complaints, keeping refunds within policy"],
            "Inventory Control": [
                "Cut shrink from 2.4% to 1.1% of sales with weekly high-theft counts and receiving audits",
                "Led four annual physical inventories with variance under 0.5%"],
        },
        "experience": [
            {"title": "Assistant Store Manager", "organization": "Prairie Rose Home & Apparel", "location": "Tulsa, OK",
             "period": "2021–Present"},
            {"title": "Department Supervisor", "organization": "Cimarron Trail Outfitters",
             "location": "Broken Arrow, OK", "period": "2017–2021"},
            {"title": "Key Holder", "organization": "Redbud Books & Gifts", "location": "Tulsa, OK",
             "period": "2014–2017"},
            {"title": "Sales Associate", "organization": "Boomer Lake Western Wear", "location": "Stillwater, OK",
             "period": "2011–2014"},
        ],
        "education": [
            {"degree": "Bachelor of Science in Business Administration", "institution": "Osage Plains State University",
             "location": "Stillwater, OK", "period": "2014"},
        ],
        "certifications": "NRF Foundation Customer Service and Sales certification (2019); CPR and First Aid (2025)",
        "skill_groups": {
            "Relevant Achievements": ["Merchandising", "Team Leadership", "Customer Service", "Inventory Control"],
            "Computer Skills": ["Oracle Xstore POS", "UKG Workforce (Kronos)", "Microsoft Excel", "Google Workspace"],
        },
        "projects": [],
    },
    "txt_email_plain_nurse_ph": {
        "name": "Maria Cristina D. Salvador",
        "greeting": ["Good day, Ma'am/Sir!",
                     "I would like to apply for the Staff Nurse position. Please see my resume below for your "
                     "consideration. Thank you very much and God bless."],
        "address": "Blk 12 Lot 5 Mabini St., Brgy. San Isidro, Cainta, Rizal 1900",
        "mobile": "0917 555 0142", "email": "mcdsalvador.rn@example.com",
        "objective": "To obtain a position as a Staff Nurse in a reputable hospital where I can apply my knowledge, "
                     "skills and experience in giving safe, quality and compassionate care to patients, and to "
                     "continue growing as a nursing professional.",
        "personal": [("Age", "30"), ("Date of Birth", "March 14, 1995"),
                     ("Place of Birth", "Tuguegarao City, Cagayan"), ("Sex", "Female"), ("Civil Status", "Single"),
                     ("Religion", "Roman Catholic"), ("Height / Weight", "5'3\" / 52 kg"),
                     ("Citizenship", "Filipino"), ("Languages Spoken", "Filipino, English, Ilocano")],
        "education": [
            {"level": "Tertiary", "degree": "Bachelor of Science in Nursing",
             "institution": "St. Lorenzo Ruiz College of Health Sciences", "location": "Tuguegarao City, Cagayan",
             "period": "2011 – 2015"},
            {"level": "Secondary", "degree": "", "institution": "Tuguegarao Heights National High School",
             "location": "Tuguegarao City, Cagayan", "period": "2007 – 2011"},
            {"level": "Primary", "degree": "", "institution": "Linao Heights Elementary School",
             "location": "Tuguegarao City, Cagayan", "period": "2001 – 2007"},
        ],
        "experience": [
            {"title": "Staff Nurse", "organization": "Mabuhay Heights Medical Center",
             "street": "Sumulong Highway, Brgy. Mambugan", "location": "Antipolo City, Rizal",
             "period": "June 2019 – Present", "area": "Medical-Surgical Ward (Adult), 32 beds",
             "bullets": [
                 "Provides direct nursing care to 8 to 10 adult patients per shift",
                 "Administers oral, IV and parenteral medications and monitors IV fluids and blood transfusions",
                 "Performs admission and discharge of patients, including discharge health teaching",
                 "Prepares patients for surgery and monitors post-operative patients",
                 "Acts as charge nurse during night shifts when assigned",
                 "Orients newly hired nurses and nursing aides to ward routines"]},
            {"title": "Staff Nurse", "organization": "Cagayan Riverside Hospital",
             "street": "Bonifacio Street, Brgy. Centro 10", "location": "Tuguegarao City, Cagayan",
             "period": "February 2016 – May 2019", "area": "Emergency Room",
             "bullets": [
                 "Triaged and assessed patients in a 15-bed emergency room",
                 "Assisted physicians in minor surgical procedures, suturing and resuscitation",
                 "Inserted IV lines, collected specimens and took 12-lead ECGs",
                 "Coordinated transfers of patients to the wards, ICU and operating room"]},
        ],
        "licenses": [
            ["Registered Nurse – Professional Regulation Commission (PRC)", "License No.: 0745218",
             "Examination: Philippine Nurse Licensure Examination, November 2015", "Valid Until: March 14, 2027"],
            ["NCLEX-RN – Passed April 2024 (New York State Board of Nursing)"],
        ],
        "trainings": [
            ("Basic Life Support (BLS) Provider Course", "Mabuhay Heights Medical Center, Antipolo City",
             "January 2025"),
            ("Advanced Cardiac Life Support (ACLS) Provider Course", "Rizal Resuscitation Training Center, Cainta, "
             "Rizal", "March 2023"),
            ("Infection Prevention and Control Seminar", "Mabuhay Heights Medical Center, Antipolo City",
             "September 2021"),
            ("Basic Electrocardiogram (ECG) Reading Seminar", "Cagayan Riverside Hospital, Tuguegarao City",
             "October 2017"),
            ("IV Therapy Training", "Nursing Service Training Institute, Quezon City", "August 2016"),
        ],
        "skill_groups": {
            "Skills": ["IV insertion and IV therapy", "Medication administration", "Wound care and sterile dressing",
                       "Patient and family health teaching", "Hospital Information System (HIS) charting",
                       "Computer literate (MS Word, MS Excel, MS PowerPoint)"],
        },
        "references": [
            ["DR. ROMEO B. ALCANTARA", "Medical Director", "Mabuhay Heights Medical Center",
             "Contact No.: 0918 555 0177"],
            ["MRS. LEONORA T. MACARAEG, RN, MAN", "Chief Nurse", "Cagayan Riverside Hospital",
             "Contact No.: 0927 555 0163"],
            ["MS. JOCELYN P. DIZON, RN, MN", "Clinical Instructor", "St. Lorenzo Ruiz College of Health Sciences",
             "Contact No.: 0939 555 0118"],
        ],
        "projects": [],
    },
    "browser_dark_theme_dev": {
        "name": "Devon Achterberg", "user": "devon",
        "tagline": "platform engineer · kubernetes, go, postgres · vancouver, bc",
        "contact": [("email", "devon.achterberg@example.com"), ("github", "github.com/dachterberg"),
                    ("web", "achterberg.example.dev")],
        "about": "I build the boring, reliable platform that product teams deploy to: clusters, pipelines, "
                 "databases with backups on by default, and alerts that only page when a customer would notice. "
                 "Eight years of backend and platform work, mostly in Go.",
        "experience": [
            {"title": "Senior Platform Engineer", "organization": "Tidewater Payments", "location": "",
             "period": "2021-now",
             "bullets": [
                 "run the Kubernetes platform (14 EKS clusters, ~900 services) that 30 payments teams deploy to",
                 "moved deploys from Jenkins to Argo CD; median deploy time went from 22 min to 4 min",
                 "wrote the Go operator that provisions Postgres databases with PITR backups and alerts",
                 "on-call lead: cut paging alerts by 60% with SLO-based alerting in Prometheus"]},
            {"title": "Backend Developer", "organization": "Coastline Telematics", "location": "",
             "period": "2018-2021",
             "bullets": [
                 "built the Go ingestion service for 40k vehicle trackers (Kafka in, ClickHouse out)",
                 "split reporting out of the Django monolith into its own Python service",
                 "put the AWS accounts into Terraform and cut the monthly bill by 25%"]},
            {"title": "Software Developer Co-op", "organization": "Salish Sea Games", "location": "",
             "period": "2017",
             "bullets": [
                 "8-month co-op: build tooling and a crash-report dashboard in Python and PostgreSQL"]},
        ],
        "skill_groups": {
            "languages": ["go", "python", "typescript", "sql", "bash"],
            "infra": ["k8s", "terraform", "helm", "argo cd", "aws"],
            "data": ["postgresql", "kafka", "clickhouse", "redis"],
            "observability": ["prometheus", "grafana", "opentelemetry"],
        },
        "projects": [
            {"name": "kubectl-tidy", "text": "kubectl plugin that finds orphaned configmaps, secrets and PVCs "
                                             "(~300 stars)"},
            {"name": "pgpulse", "text": "tiny Go exporter for Postgres replication lag and vacuum stats"},
            {"name": "raincheck", "text": "CLI that tells you whether to bike to work today, from Environment "
                                          "Canada's open weather data"},
        ],
        "education": [
            {"degree": "B.Sc. Computer Science (co-op)", "institution": "Fraser Crest University", "location": "",
             "period": "2013-2018"},
        ],
    },
    "docx_two_page_exec_cfo": {
        "name": "Margaret L. Thorsby", "post_nominals": "CPA, MBA",
        "headline": "CHIEF FINANCIAL OFFICER  |  FOOD MANUFACTURING  |  PRIVATE EQUITY & M&A",
        "contact": "Milwaukee, WI 53202  |  (414) 555-0186  |  m.thorsby@example.com  |  linkedin.com/in/mthorsby",
        "profile": "Chief financial officer with 25 years in food and beverage manufacturing and public accounting. "
                   "Partner to CEOs and private equity boards through two sponsor-backed growth plans, five "
                   "acquisitions and a $310M refinancing. Builds finance teams that close in five days, forecast "
                   "within 2% and give operators the margin data they need to price and run plants. Known for plain "
                   "talk with lenders, auditors and the shop floor alike.",
        "skill_groups": {
            "Core Competencies": ["Financial Planning & Analysis", "M&A and Integration",
                                  "Capital Structure & Debt Financing", "Private Equity Reporting",
                                  "Treasury & Cash Management", "Cost Accounting & Margin Analysis",
                                  "ERP Implementation (SAP S/4HANA)", "Audit, SOX & Internal Controls",
                                  "Commodity Hedging", "Board & Lender Relations", "Tax Strategy",
                                  "Team Building & Succession"],
        },
        "experience": [
            {"title": "Chief Financial Officer", "organization": "HEARTHSTONE PROVISIONS CO.",
             "location": "Milwaukee, WI", "years": "2018–Present", "period": "2018–Present",
             "about": "A $400M specialty foods manufacturer of artisan crackers, cheese spreads and charcuterie for "
                      "grocery and club retailers, with three plants and 1,100 employees; owned by Larkspur Capital "
                      "Partners since 2019.",
             "bullets": [
                 "Led the finance side of the 2019 sale to Larkspur Capital Partners at 11.5x EBITDA, including the "
                 "quality-of-earnings review and the management presentation",
                 "Refinanced $310M of debt in 2023 with a unitranche facility, cutting cash interest by $4.2M a year "
                 "and adding a $60M delayed-draw line for acquisitions",
                 "Sourced, diligenced and integrated three bolt-on acquisitions ($85M combined revenue) within 12 "
                 "months of each close",
                 "Grew adjusted EBITDA from $38M to $61M with plant-level margin reporting, a SKU rationalization that "
                 "removed 140 low-margin items and a wheat and dairy hedging program",
                 "Replaced two legacy ERPs with SAP S/4HANA on time and $0.8M under its $9M budget",
                 "Cut the monthly close from 12 to 5 days and built a finance team of 28 across three sites"]},
            {"title": "Vice President, Finance", "organization": "NORTHSHORE BREWING & BEVERAGE CO.",
             "location": "Chicago, IL", "years": "2011–2018", "period": "2015–2018",
             "about": "A $1.2B family-owned regional producer of beer, hard seltzer and soft drinks with five "
                      "breweries across the Midwest.",
             "bullets": [
                 "Ran FP&A, treasury and tax for the company and reported to the family board each quarter",
                 "Built the business case and financing for a $140M canning and seltzer expansion that paid back in "
                 "under four years",
                 "Renegotiated aluminum and freight contracts worth $210M a year, saving $9M annually"]},
            {"title": "Corporate Controller", "organization": "NORTHSHORE BREWING & BEVERAGE CO.",
             "location": "Chicago, IL", "years": "2011–2018", "period": "2011–2015",
             "about": "A $1.2B family-owned regional producer of beer, hard seltzer and soft drinks with five "
                      "breweries across the Midwest.",
             "bullets": [
                 "Led accounting, payroll and internal audit for five breweries with a team of 35",
                 "Cleared three years of material weaknesses before the first outside lender audit",
                 "Introduced standard costing and monthly brewery P&Ls"]},
            {"title": "Director, Financial Planning & Analysis", "organization": "KETTLE MORAINE DAIRY COOPERATIVE",
             "location": "Sheboygan, WI", "years": "2007–2011", "period": "2007–2011",
             "about": "A $650M farmer-owned cheese and whey cooperative with 900 member farms.",
             "bullets": [
                 "Built the cooperative's first rolling 18-month forecast and milk price model",
                 "Modeled the $55M whey protein plant investment approved by the board in 2010",
                 "Managed a team of six analysts and the annual budget for four plants"]},
            {"title": "Audit Manager", "organization": "ASHGROVE & LIND LLP", "location": "Chicago, IL",
             "years": "2000–2007", "period": "2000–2007",
             "about": "A national public accounting and advisory firm.",
             "bullets": [
                 "Managed audits of public and private food, beverage and industrial manufacturers with revenue up "
                 "to $2B",
                 "Led Sarbanes-Oxley readiness work for two newly public clients"]},
        ],
        "board": [
            ("Lakefront Children's Museum, Milwaukee", "Director and Audit Committee Chair",
             "2020–Present"),
            ("Wisconsin Specialty Food Association", "Treasurer and Executive Committee Member", "2019–2023"),
            ("Northshore Brewing & Beverage Co. Foundation", "Trustee", "2014–2018"),
        ],
        "education": [
            {"degree": "Master of Business Administration, Finance", "institution": "Northbrook Lakes University",
             "location": "Evanston, IL", "period": "2006"},
            {"degree": "Bachelor of Business Administration, Accounting", "institution": "Rock River State University",
             "location": "Madison, WI", "period": "2000"},
        ],
        "credentials": "Certified Public Accountant, Illinois (2002) and Wisconsin (active)",
        "projects": [],
    },
}


def _seek_duration(period: str) -> str:
    """A job board's '2 years 3 months' for a 'Mon YYYY - Present' period, counted as ``_linkedin_duration`` counts
    (both end months, 'Present' as February 2026), with the words written out."""
    words = {"yr": "year", "yrs": "years", "mo": "month", "mos": "months"}
    return " ".join(words.get(w, w) for w in _linkedin_duration(period.replace(" - ", " -- ")).split())


def browser_seek_profile_au(r: dict) -> str:
    """An Australian job board's candidate profile saved as PDF from the browser (A4, a sans stack): a tinted band
    with the name, the suburb and the contact; outlined cards below it: 'Personal summary', 'Career history'
    with each role as the role title in bold, the company name and a grey 'Mon YYYY - Present (2 years 3 months)'
    line, each on a line of its own, then a paragraph; 'Education' as the qualification in bold, the institution and
    'Finished 2015'; 'Licences & certifications' as the name in bold, the issuer and an issued/expires line; 'Skills'
    as rounded pills; 'Languages' one a line; 'About your next role' as label and value rows."""
    def card(title: str, inner: str) -> str:
        return f"<section class=\"card\"><h2>{esc(title)}</h2>\n{inner}</section>\n"

    def item(top: str, middle: str, bottom: str, text: str = "") -> str:
        para = f"<p class=\"text\">{esc(text)}</p>" if text else ""
        return (f"<div class=\"item\"><p class=\"top\">{esc(top)}</p><p class=\"mid\">{esc(middle)}</p>"
                f"<p class=\"when\">{esc(bottom)}</p>{para}</div>\n")

    roles = "".join(item(e["title"], e["organization"], f"{e['period']} ({_seek_duration(e['period'])})",
                         e["text"]) for e in r["experience"])
    edu = "".join(item(e["degree"], e["institution"], e["finished"], e["highlights"]) for e in r["education"])
    licences = "".join(item(name, issuer, when) for name, issuer, when in r["licences"])
    pills = "".join(f"<span class=\"pill\">{esc(s)}</span>" for s in r["skill_groups"]["Skills"])
    langs = "".join(f"<p class=\"lang\">{esc(lang)}</p>" for lang in r["languages"])
    prefs = "".join(f"<div class=\"pref\"><p class=\"label\">{esc(k)}</p><p>{esc(v)}</p></div>"
                    for k, v in r["next_role"])
    contact = "".join(f"<span>{esc(c)}</span>" for c in r["contact"])
    css = """
@page { size: A4; margin: 10mm 12mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Roboto, Helvetica, Arial, sans-serif; font-size: 9.6pt;
       line-height: 1.45; color: #2e3849; }
.band { padding: 8mm 8mm 7mm; border-radius: 3mm; background: linear-gradient(120deg, #0d3880 0%, #1c4fa8 100%);
        color: #fff; }
.avatar { float: left; width: 17mm; height: 17mm; margin-right: 5mm; border-radius: 50%; background: #e60278;
          color: #fff; font-size: 17pt; font-weight: bold; line-height: 17mm; text-align: center; }
h1 { margin: 0.5mm 0 0; font-size: 21pt; font-weight: bold; }
.where { margin: 0.6mm 0 0; color: #d5e0f5; }
.contact { margin-top: 0.6mm; color: #d5e0f5; font-size: 9pt; }
.contact span + span::before { content: "|"; margin: 0 2.5mm; color: #8aa4d6; }
main { padding: 5mm 0 0; }
.card { margin: 0 0 4.5mm; padding: 5mm 6mm 2mm; border: 0.3mm solid #dde2ea; border-radius: 3mm; background: #fff; }
h2 { margin: 0 0 3.5mm; font-size: 12.5pt; font-weight: bold; color: #1c2a40; break-after: avoid; }
p { margin: 0; }
.summary { margin: 0 0 3mm; }
.item { margin: 0 0 4mm; break-inside: avoid; }
.top { font-weight: bold; font-size: 10.4pt; color: #1c2a40; }
.mid { color: #2e3849; }
.when { color: #6d7890; font-size: 9pt; }
.text { margin-top: 1.4mm; }
.pills { padding-bottom: 3mm; }
.pill { display: inline-block; margin: 0 1.6mm 1.8mm 0; padding: 1mm 3.2mm; border: 0.25mm solid #a9b4c8;
        border-radius: 5mm; background: #f4f6fa; font-size: 9pt; }
.lang { margin: 0 0 2.4mm; }
.pref { display: grid; grid-template-columns: 52mm 1fr; margin: 0 0 2.4mm; }
.pref .label { color: #6d7890; }
"""
    initials = "".join(part[0] for part in r["name"].split())
    cards = (card("Personal summary", f"<p class=\"summary\">{esc(r['summary'])}</p>")
             + card("Career history", roles) + card("Education", edu) + card("Licences & certifications", licences)
             + card("Skills", f"<div class=\"pills\">{pills}</div>") + card("Languages", langs)
             + card("About your next role", prefs))
    body = f"""
<header class="band">
<div class="avatar">{esc(initials)}</div>
<h1>{esc(r['name'])}</h1>
<p class="where">{esc(r['where'])}</p>
<p class="contact">{contact}</p>
</header>
<main>
{cards}</main>
"""
    return _page(f"{esc(r['name'])} | Profile", css, body)


def docx_functional_hybrid_retail_resume(r: dict, path: Path) -> None:
    """A retail assistant manager's hybrid resume typed in Word (Letter, Calibri, one page, direct formatting): the
    name centred over the headline and a '•' contact line; headings in bold capitals ruled underneath; 'Summary of
    Qualifications' as 'List Bullet' paragraphs; 'Relevant Achievements' grouped under bold skill headings
    ('Merchandising', 'Team Leadership', ...) each over 'List Bullet' paragraphs; a compact 'Employment History' as a
    borderless four-column table (Title | Employer | City | Years, no header row); 'Education' as the degree in bold
    over 'School, City' with the year after a right-aligned tab stop; 'Certifications:' and 'Computer Skills:' lines."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt, RGBColor

    navy = RGBColor(0x1F, 0x3A, 0x5F)
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.8)
    section.top_margin = section.bottom_margin = Inches(0.6)
    text_width = Inches(8.5 - 1.6)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(1)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(4)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(11.5), navy
        _docx_rule_below(p, "1F3A5F")

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(r["name"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(22), navy
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(r["headline"])
    run.font.size, run.font.color.rgb = Pt(12), RGBColor(0x59, 0x59, 0x59)
    p = d.add_paragraph(r["contact"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(2)

    heading("SUMMARY OF QUALIFICATIONS")
    for line in r["qualifications"]:
        d.add_paragraph(line, style="List Bullet")
    heading("RELEVANT ACHIEVEMENTS")
    for n, skill in enumerate(r["skill_groups"]["Relevant Achievements"]):
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(0 if n == 0 else 5), Pt(1)
        p.paragraph_format.keep_with_next = True
        p.add_run(skill).bold = True
        for b in r["achievements"][skill]:
            d.add_paragraph(b, style="List Bullet")
    heading("EMPLOYMENT HISTORY")
    table = d.add_table(rows=0, cols=4)
    table.autofit = False
    _docx_borderless(table)
    widths = (Inches(2.0), Inches(2.35), Inches(1.45), Inches(1.1))
    for e in r["experience"]:
        cells = table.add_row().cells
        for k, (cell, w, text) in enumerate(zip(cells, widths, (e["title"], e["organization"], e["location"],
                                                                 e["period"]), strict=True)):
            cell.width = w
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(2)
            p.add_run(text).bold = k == 0
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for column, w in zip(table.columns, widths, strict=True):
        column.width = w
    heading("EDUCATION")
    for e in r["education"]:
        d.add_paragraph().add_run(e["degree"]).bold = True
        p = d.add_paragraph(f"{e['institution']}, {e['location']}\t{e['period']}")
        p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    for label, text in (("Certifications: ", r["certifications"]),
                        ("Computer Skills: ", ", ".join(r["skill_groups"]["Computer Skills"]))):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(5)
        p.add_run(label).bold = True
        p.add_run(text)
    d.save(str(path))


def txt_email_plain_nurse_ph(r: dict) -> str:
    """A Filipino staff nurse's resume pasted into the body of an email as plain text (UTF-8), in the common
    Philippine format: a two-line greeting, the name in capitals, address, 'Mobile No.:' and 'Email:' lines;
    capital headings 'OBJECTIVE', 'PERSONAL INFORMATION' ('Label : value' rows: age, civil status, religion,
    height and weight), 'EDUCATIONAL ATTAINMENT' ('Tertiary:', 'Secondary:', 'Primary:' labels with the school, town
    and years indented beside them), 'WORK EXPERIENCE' (per job 'Staff Nurse', the hospital, 'Address: ...',
    'Inclusive Dates: June 2019 – Present', 'Area of Assignment:' and '- ' duties), 'LICENSE', 'TRAININGS AND
    SEMINARS ATTENDED', 'SKILLS', 'CHARACTER REFERENCES' (name, title, hospital or school, contact number) and the
    'I hereby certify ...' line over the name."""
    out = [*r["greeting"][:1], "", r["greeting"][1], "", "", r["name"].upper(), r["address"],
           f"Mobile No.: {r['mobile']}", f"Email: {r['email']}", "", "OBJECTIVE", "", r["objective"], "",
           "PERSONAL INFORMATION", ""]
    width = max(len(k) for k, _ in r["personal"]) + 2
    out += [f"{k.ljust(width)}: {v}" for k, v in r["personal"]]
    out += ["", "EDUCATIONAL ATTAINMENT", ""]
    for e in r["education"]:
        lines = [x for x in (e["degree"], e["institution"], e["location"], e["period"]) if x]
        out.append(f"{(e['level'] + ':').ljust(14)}{lines[0]}")
        out += [" " * 14 + line for line in lines[1:]]
        out.append("")
    out += ["WORK EXPERIENCE", ""]
    for e in r["experience"]:
        out += [e["title"], e["organization"], f"Address: {e['street']}, {e['location']}",
                f"Inclusive Dates: {e['period']}", f"Area of Assignment: {e['area']}", "Duties and Responsibilities:"]
        out += [f"  - {b}" for b in e["bullets"]]
        out.append("")
    out += ["LICENSE", ""]
    for lines in r["licenses"]:
        out += [lines[0], *(f"  {line}" for line in lines[1:]), ""]
    out += ["TRAININGS AND SEMINARS ATTENDED", ""]
    for title, where, when in r["trainings"]:
        out += [title, f"  {where} – {when}"]
    out += ["", "SKILLS", ""] + [f"  - {s}" for s in r["skill_groups"]["Skills"]]
    out += ["", "CHARACTER REFERENCES", ""]
    for lines in r["references"]:
        out += [*lines, ""]
    out += ["I hereby certify that the above information is true and correct to the best of my knowledge and "
            "belief.", "", "", r["name"].upper(), "Applicant"]
    return "\n".join(out) + "\n"


def browser_dark_theme_dev(r: dict) -> str:
    """A developer's personal resume page in a dark terminal theme, printed by Chromium with backgrounds (A4): a dark
    page with light text, a '$ whoami' prompt over the name, '//' tagline and 'key: value' contact lines; monospace
    headings typed as prompts ('> about', '> experience', '$ skills --list', '> projects', '> education'); each job
    one monospace line 'Company | Role | 2021-now' over bullet lines typed with '- '; skills as 'group: [a, b, c]'
    lines; projects as '~/projects/name: description' lines; education in the job form."""
    def line(text: str, cls: str) -> str:
        return f"<p class=\"{cls}\">{text}</p>\n"

    jobs = "".join(
        "<div class=\"job\">" + line(f"<span class=\"org\">{esc(e['organization'])}</span><span class=\"sep\"> | "
                                     f"</span><span class=\"role\">{esc(e['title'])}</span><span class=\"sep\"> | "
                                     f"</span><span class=\"when\">{esc(e['period'])}</span>", "head")
        + "".join(line(f"- {esc(b)}", "b") for b in e["bullets"]) + "</div>\n" for e in r["experience"])
    width = max(len(g) for g in r["skill_groups"]) + 1
    skills = "".join(line(f"<span class=\"key\">{esc((g + ':').ljust(width))}</span> "
                          f"<span class=\"br\">[</span>{esc(', '.join(s))}<span class=\"br\">]</span>", "sk")
                     for g, s in r["skill_groups"].items())
    projects = "".join(line(f"<span class=\"path\">~/projects/{esc(p['name'])}</span>: {esc(p['text'])}", "pr")
                       for p in r["projects"])
    edu = "".join(line(f"<span class=\"org\">{esc(e['institution'])}</span><span class=\"sep\"> | </span>"
                       f"<span class=\"role\">{esc(e['degree'])}</span><span class=\"sep\"> | </span>"
                       f"<span class=\"when\">{esc(e['period'])}</span>", "head") for e in r["education"])
    contact = "".join(line(f"<span class=\"key\">{esc(k)}:</span> {esc(v)}", "c") for k, v in r["contact"])
    css = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { background: #0d1117; }
body { margin: 0; padding: 14mm 16mm 12mm; background: #0d1117; color: #c9d1d9;
       font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 9.5pt; line-height: 1.5; }
.mono, h1, h2, .head, .sk, .pr, .c, .prompt, .tag { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; }
p { margin: 0; }
.prompt { color: #7ee787; font-size: 9pt; }
.prompt .cmd { color: #c9d1d9; }
h1 { margin: 1mm 0 0.5mm; font-size: 22pt; font-weight: bold; color: #f0f6fc; }
.tag { color: #8b949e; font-size: 9pt; margin-bottom: 2mm; }
.c { font-size: 9pt; }
.key { color: #d2a8ff; white-space: pre; }
h2 { margin: 6.5mm 0 2.5mm; font-size: 11pt; font-weight: bold; color: #7ee787; break-after: avoid; }
h2 .arg { color: #79c0ff; }
.job { margin: 0 0 3.6mm; break-inside: avoid; }
.head { color: #f0f6fc; font-size: 9.6pt; margin-bottom: 0.8mm; }
.org { color: #ffa657; font-weight: bold; }
.sep { color: #6e7681; white-space: pre; }
.when { color: #79c0ff; }
.b { padding-left: 3.5mm; text-indent: -3.5mm; margin: 0 0 0.6mm; }
.sk { margin: 0 0 1mm; font-size: 9pt; }
.br { color: #ff7b72; }
.pr { margin: 0 0 1.4mm; font-size: 9pt; padding-left: 4mm; text-indent: -4mm; }
.path { color: #79c0ff; }
.about { max-width: 165mm; }
.cursor { display: inline-block; width: 2.2mm; height: 4mm; margin-left: 1mm; vertical-align: -0.6mm;
          background: #7ee787; }
"""
    body = f"""
<p class="prompt">{esc(r['user'])}@dev:~$ <span class="cmd">whoami</span></p>
<h1>{esc(r['name'])}</h1>
<p class="tag">// {esc(r['tagline'])}</p>
{contact}<h2>&gt; about</h2>
<p class="about">{esc(r['about'])}</p>
<h2>&gt; experience</h2>
{jobs}<h2>$ skills <span class="arg">--list</span></h2>
{skills}<h2>&gt; projects</h2>
{projects}<h2>&gt; education</h2>
{edu}<p class="prompt" style="margin-top:6mm">{esc(r['user'])}@dev:~$ <span class="cursor"></span></p>
"""
    return _page(f"{esc(r['name'])} ~ resume", css, body)


def docx_two_page_exec_cfo_resume(r: dict, path: Path) -> None:
    """A chief financial officer's two-page executive resume typed in Word (Letter, Times New Roman, direct formatting):
    the name with ', CPA, MBA' centred over a '|' headline in capitals and a contact line; headings in bold capitals
    ruled underneath; 'EXECUTIVE PROFILE'; 'CORE COMPETENCIES' as a borderless three-column table of '▪' phrases;
    'PROFESSIONAL EXPERIENCE' with each employer as '**EMPLOYER NAME**, City, ST  •  2018–Present', the company
    described in an italic paragraph under it, then per role the title in bold small capitals (with its years in
    brackets where an employer has two roles), 'Selected accomplishments:' and 'List Bullet' paragraphs; 'BOARD
    SERVICE'; 'EDUCATION' and a CPA line. Pages after the first carry a header with the name on the left and 'Page N'
    (a PAGE field) on the right; the first page has none."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    ink, grey = RGBColor(0x1A, 0x2B, 0x3C), RGBColor(0x59, 0x59, 0x59)
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.9)
    section.top_margin = section.bottom_margin = Inches(0.75)
    text_width = Inches(8.5 - 1.8)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(2)

    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = ""  # an empty header on page 1
    p = section.header.paragraphs[0]
    for stop, kind in ((Inches(3.25), WD_TAB_ALIGNMENT.CLEAR), (Inches(6.5), WD_TAB_ALIGNMENT.CLEAR),
                       (text_width, WD_TAB_ALIGNMENT.RIGHT)):  # the Header style's centre and right stops cleared
        p.paragraph_format.tab_stops.add_tab_stop(stop, kind)
    run = p.add_run(f"{r['name']}, {r['post_nominals']}\tPage ")
    run.font.size, run.font.color.rgb = Pt(9.5), grey
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        field_run = OxmlElement("w:r")
        if kind:  # a complex field, as Word writes one: begin, instruction, separate, result, end
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            field_run.append(char)
        else:
            element = OxmlElement("w:instrText" if text.startswith(" ") else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
            field_run.append(element)
        p._p.append(field_run)
    _docx_rule_below(p, "8C8C8C")

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(12), Pt(5)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), ink
        _docx_rule_below(p, "1A2B3C")

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(r["name"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(22), ink
    run = p.add_run(f", {r['post_nominals']}")
    run.font.size, run.font.color.rgb = Pt(14), ink
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(3)
    run = p.add_run(r["headline"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(10), grey
    p = d.add_paragraph(r["contact"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(2)
    p.runs[0].font.size = Pt(10)

    heading("EXECUTIVE PROFILE")
    d.add_paragraph(r["profile"]).paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("CORE COMPETENCIES")
    skills = r["skill_groups"]["Core Competencies"]
    rows = (len(skills) + 2) // 3
    table = d.add_table(rows=rows, cols=3)
    table.autofit = False
    _docx_borderless(table)
    for n, s in enumerate(skills):  # filled down each column, as the template's placeholder text runs
        cell = table.cell(n % rows, n // rows)
        cell.width = Inches(6.7 / 3)
        cell.paragraphs[0].add_run(f"▪ {s}")
        cell.paragraphs[0].paragraph_format.space_after = Pt(2)

    heading("PROFESSIONAL EXPERIENCE")
    spans = [e["organization"] for e in r["experience"]]
    for n, e in enumerate(r["experience"]):
        if n == 0 or e["organization"] != spans[n - 1]:  # the employer's line and its description, once
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(0 if n == 0 else 10)
            p.paragraph_format.keep_with_next = True
            p.add_run(e["organization"]).bold = True
            p.add_run(f", {e['location']}  •  {e['years']}")
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(e["about"])
            run.italic, run.font.color.rgb = True, grey
        else:
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = True
        run = p.add_run(e["title"])
        run.bold, run.font.small_caps, run.font.size, run.font.color.rgb = True, True, Pt(12), ink
        if spans.count(e["organization"]) > 1:  # two roles at one employer: each with its own years
            p.add_run(f" ({e['period']})")
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(2), Pt(1)
        p.paragraph_format.keep_with_next = True
        p.add_run("Selected accomplishments:").italic = True
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")

    heading("BOARD SERVICE")
    for org, role, years in r["board"]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(role).bold = True
        p.add_run(f", {org}\t{years}")
    heading("EDUCATION")
    for e in r["education"]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(e["degree"]).bold = True
        p.add_run(f", {e['institution']}, {e['location']}\t{e['period']}")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(4)
    p.add_run(r["credentials"]).italic = True
    d.save(str(path))


# ------------------------------------------------------------------------------------ held-out-20 writers
# Five more hand-written people (a Porto logistics planner, a Fort Wayne office manager, a Dayton home caregiver, a
# Chicago UX writer, a Leicester senior staff nurse), each in a layout none of the earlier sets has. Built by someone
# who had not read the parser and did not run it on these files; the split of each file was fixed in FIXTURES before
# any of them was generated. As for PEOPLE_7 to PEOPLE_19, the truth is derived from this data, never from a
# rendering; volunteering and student activities are not experience, internships and part-time jobs are;
# certifications, licences, registrations, memberships, trainings, spoken languages and hobbies are not skills, and
# trainings and professional development courses are not education; a skill phrase is one skill as written, brackets
# included; a period is given as typed, the square brackets round it not part of it; text that CSS sets in capitals
# is given in the case typed, and a person's name typed in capitals in the person's own spelling; tools listed in
# their own group are skills; portfolio pieces are projects, named as the resume names them; A-level lines are
# education at the school they are listed under. New here: a Europass CV's 'City, Country' line under the employer
# is the place, its 'LANGUAGE SKILLS' grid (mother tongue and CEFR levels) and 'DRIVING LICENCE' are nothing in the
# truth, and its 'DIGITAL SKILLS' line is one skill per ' | '-separated item; a professional association under
# 'PROFESSIONAL AFFILIATIONS' is not experience; text typed in lower case or misspelt (a title, an employer, a school,
# a skill) is given exactly as typed, and the 'before that:' or 'and before that' leading a job line, the 'at' or
# '@' between title and employer and the brackets round a period are not part of any; an NHS CV's 'NMC PIN' and its
# 'Mandatory training' and 'Professional development' lists are not skills (nor education), its 'Clinical skills' and
# 'IT skills' are, and the 'Band' and 'Ward / Unit' rows of a job are not part of the title or the employer. Every
# person, employer, school, project and trust here is invented; the towns are real places.

PEOPLE_20: dict[str, dict] = {
    "browser_europass_2023": {
        "name": "Beatriz Almeida Fonseca",
        "contact": [("mail", "Email address:", "bia.fonseca@example.com"),
                    ("phone", "Phone number:", "(+351) 912 555 184"),
                    ("home", "Home:", "Rua das Camélias 87, 4450-112 Matosinhos (Portugal)"),
                    ("flag", "Nationality:", "Portuguese"),
                    ("cake", "Date of birth:", "22/06/1994"),
                    ("link", "LinkedIn:", "linkedin.com/in/biafonseca")],
        "about": "Logistics planner with seven years in road freight, food distribution and manufacturing in the north "
                 "of Portugal. I plan daily transport for a fleet of 60 trucks and their subcontractors, balance cost "
                 "against service levels and build the Excel and Power BI reports my managers use every morning. I am "
                 "looking for a planning or S&OP role in a larger logistics operation in Portugal or Spain.",
        "experience": [
            {"title": "Logistics Planner", "organization": "Transportes Sousa Vale, S.A.",
             "location": "Maia, Portugal", "period": "01/03/2021 – Current",
             "text": "I plan the daily routes and loads of a fleet of 60 own trucks and about 25 subcontracted "
                     "carriers serving retail and industrial clients in Portugal and Spain. I build the weekly "
                     "capacity plan in SAP TM, negotiate spot rates with carriers and follow up delays with drivers "
                     "and clients. In 2023 I cut empty kilometres by 11% by combining backhauls from Galicia, and late "
                     "deliveries fell from 6% to under 3%. I prepare the daily KPI dashboard in Power BI for the "
                     "operations director."},
            {"title": "Supply Chain Analyst", "organization": "Lusodis Distribuição Alimentar, Lda.",
             "location": "Vila Nova de Gaia, Portugal", "period": "17/09/2018 – 26/02/2021",
             "text": "Forecasting and replenishment of 1,800 grocery references supplied to 140 stores from the Gaia "
                     "warehouse. I maintained master data in SAP MM, ran the weekly demand review with purchasing and "
                     "analysed stock-outs and write-offs. I automated the replenishment report with Excel Power Query, "
                     "saving about six hours a week."},
            {"title": "Logistics Intern", "organization": "Faianças do Vouga, S.A.", "location": "Aveiro, Portugal",
             "period": "05/02/2018 – 31/07/2018",
             "text": "Curricular internship of my master's degree in the shipping department of a tableware factory: "
                     "export documents (CMR, packing lists) for customers in France and Germany, a study of the "
                     "picking process and a new layout for the finished goods warehouse, adopted the same year."},
            {"title": "Warehouse Operator", "organization": "Armazéns Douro Norte, Lda.",
             "location": "Porto, Portugal", "period": "01/07/2015 – 30/09/2016",
             "text": "Part-time job during my degree: picking and packing orders with RF scanners, receiving goods "
                     "and cycle counts in a third-party logistics warehouse."},
        ],
        "education": [
            {"degree": "Master's Degree in Logistics", "institution": "Escola Superior de Tecnologia e Gestão de Leça",
             "location": "Matosinhos, Portugal", "period": "15/09/2016 – 20/07/2018", "grade": "17/20",
             "eqf": "EQF level 7"},
            {"degree": "Bachelor's Degree in Management", "institution": "Universidade do Vale do Sousa",
             "location": "Penafiel, Portugal", "period": "14/09/2013 – 30/06/2016", "grade": "15/20",
             "eqf": "EQF level 6"},
        ],
        "mother_tongue": "Portuguese",
        "languages": [("English", "C1", "C1", "B2", "B2", "B2"), ("Spanish", "B2", "B2", "B1", "B1", "A2"),
                      ("French", "A2", "B1", "A2", "A2", "A2")],
        "skill_groups": {
            "Digital skills": ["SAP ERP (MM, SD, TM)", "Microsoft Excel (Power Query, pivot tables, VBA)", "Power BI",
                               "Transport management systems (TMS)", "Google Workspace", "SQL (basic)",
                               "Microsoft Teams"],
        },
        "driving": "B",
        "projects": [],
    },
    "docx_word_resume_wizard_1997": {
        "name": "Dorothy M. Kessler",
        "address": ["4127 Hawthorne Lane", "Fort Wayne, Indiana 46815", "(260) 555-0143"],
        "email": "dkessler58@example.com",
        "objective": "To obtain a position as office manager or administrative supervisor in a professional office "
                     "where my experience in bookkeeping, scheduling, supervision and office systems will be of value.",
        "experience": [
            {"title": "Office Manager", "organization": "Coldwater Road Family Dentistry",
             "location": "Fort Wayne, Indiana", "period": "2009-Present",
             "text": "Manage the business office of a four-dentist practice with 14 employees. Responsible for "
                     "payroll, accounts payable and receivable, insurance billing and collections, patient "
                     "scheduling and the supervision of three receptionists. Converted the practice from paper charts "
                     "to Dentrix practice management software in 2012 and cut accounts receivable over 90 days by "
                     "half."},
            {"title": "Administrative Office Manager", "organization": "Three Rivers Office Supply, Inc.",
             "location": "Fort Wayne, Indiana", "period": "1998-2009",
             "text": "Supervised a staff of six in order entry, billing and customer service for a commercial office "
                     "supply dealer with annual sales of $9 million. Kept the general ledger and prepared monthly "
                     "financial statements for the owners and the outside accountant. Selected and installed the "
                     "company's first networked computer system and trained all employees to use it."},
            {"title": "Executive Secretary", "organization": "Dekalb-Noble Rural Electric Cooperative",
             "location": "Auburn, Indiana", "period": "1991-1998",
             "text": "Secretary to the general manager and the board of directors. Prepared board minutes, "
                     "correspondence and reports, arranged the annual meeting for 2,500 members and kept the "
                     "confidential personnel files."},
            {"title": "Secretary/Receptionist", "organization": "Whitley & Baer Insurance Agency",
             "location": "Columbia City, Indiana", "period": "1985-1991",
             "text": "Answered a five-line telephone system, greeted clients and typed policies, endorsements and "
                     "correspondence. Posted premium payments and maintained the agency's filing system."},
            {"title": "Medical Records Clerk", "organization": "Wabash Valley Memorial Hospital",
             "location": "Huntington, Indiana", "period": "1980-1985",
             "text": "Filed and retrieved patient charts, typed discharge summaries from dictation and answered "
                     "requests for records from physicians' offices."},
        ],
        "education": [
            {"degree": "Associate Degree in Secretarial Science", "institution": "Summit City Business College",
             "location": "Fort Wayne, Indiana", "period": "1978-1980",
             "text": "Graduated with honors. Typing 75 wpm; Gregg shorthand 100 wpm."},
            {"degree": "Diploma, Business Education Program", "institution": "Riverview High School",
             "location": "Huntington, Indiana", "period": "1974-1978", "text": ""},
        ],
        "skill_groups": {
            "Computer Skills": ["Microsoft Word", "Microsoft Excel", "Microsoft Outlook", "QuickBooks Pro", "Dentrix",
                                "Peachtree Accounting", "10-key by touch"],
        },
        "affiliations": "Member, International Association of Administrative Professionals, Fort Wayne Chapter, since "
                        "1994 (chapter secretary 1996-1998).",
        "projects": [],
    },
    "txt_sms_style_caregiver": {
        "name": "Tanisha Brooks",
        "top": ["937 555 0164", "tbrooks.care94@example.com", "dayton oh"],
        "about": "hi my name is tanisha and ive been a caregiver since 2019. im patient, always on time and i "
                 "really care about my clients and there familys. looking for full time or part time, can do nights "
                 "and weekends too",
        "experience": [
            {"title": "caregiver", "organization": "sunrise home care", "location": "", "period": "2019 - now",
             "line": "{title} at {organization} ({period})",
             "text": "i go to elderly clients homes and help with bathing, dressing, meals, meds reminders, laundry "
                     "and getting to there appointments. right now i have 3 regular clients, one has dementia and one "
                     "is in a wheelchair so i do transfers. never missed a shift"},
            {"title": "cashier", "organization": "quickmart", "location": "", "period": "2016-2019",
             "line": "before that: {title} @ {organization} {period}",
             "text": "ran the register, stocked shelfs and the cooler, counted the drawer at close. employee of the "
                     "month 2 times"},
            {"title": "dishwasher", "organization": "mama rosa's kitchen", "location": "", "period": "2013-2015",
             "line": "and before that {title} at {organization} {period}",
             "text": "part time while i was in high school, dishes and helping the cooks with prep"},
        ],
        "education": [
            {"institution": "north ridge high school", "location": "",
             "line": "graduated from {institution} 2015"},
        ],
        "skill_groups": {
            "skills": ["cooking", "meds reminders", "lifting", "driving", "light house keeping", "personel care",
                       "dementia care", "patience"],
        },
        "certs": "stna (ohio) and cpr + first aid thru red cross",
        "other": ["i have my own car and a clean license", "can start right away",
                  "references if u need them just ask"],
        "sign_off": "thank u \U0001F64F",
        "projects": [],
    },
    "browser_two_column_reverse": {
        "name": "Nadia Fairweather", "headline": "UX Writer & Content Designer",
        "contact": ["Chicago, IL", "nadia.fairweather@example.com", "(312) 555-0178", "nadiafairweather.example.com"],
        "profile": "I write the words people read when they are trying to get something done: sign-up flows, error "
                   "messages, claim forms and the help text around them. More than ten years of writing, the last "
                   "eight in product teams, where I work with designers and researchers from the first sketch to "
                   "launch and keep the content style guide that everyone else uses.",
        "experience": [
            {"title": "Senior UX Writer", "organization": "Lakeshore Mutual Insurance", "location": "Chicago, IL",
             "period": "Mar 2022 – Present",
             "bullets": [
                 "Lead content design for the claims experience on the web and in the mobile app (2.1M policyholders)",
                 "Rewrote the report-a-claim flow with design and research; completion rose from 61% to 78%",
                 "Built the voice and tone guide and a shared string library in Figma and Ditto used by nine product "
                 "teams",
                 "Mentor two UX writers and run a fortnightly content critique"]},
            {"title": "UX Writer", "organization": "Pocketwise", "location": "New York, NY",
             "period": "Jun 2019 – Feb 2022",
             "bullets": [
                 "First content hire at a 40-person budgeting app startup",
                 "Wrote onboarding, notifications and in-app education for the savings and bill-pay features",
                 "Ran more than 30 unmoderated copy tests; the new paywall copy lifted trial starts by 14%"]},
            {"title": "Content Strategist", "organization": "Brightline Health", "location": "Evanston, IL",
             "period": "Aug 2017 – May 2019",
             "bullets": [
                 "Planned and wrote patient-facing content for a telehealth portal at an eighth-grade reading level",
                 "Worked with clinicians and the legal team to rewrite consent forms in plain language"]},
            {"title": "Copywriter", "organization": "Halsted & Finch", "location": "Chicago, IL",
             "period": "Jul 2014 – Jul 2017",
             "bullets": ["Wrote web, email and print campaigns for retail and banking clients at a 60-person agency"]},
        ],
        "projects": [
            {"name": "Report a Claim", "text": "the claim flow for Lakeshore Mutual cut from 14 steps to 8, with "
                                               "plain-language help text and new error messages (case study online)"},
            {"name": "Money Moments", "text": "40 short in-app lessons on saving and debt for Pocketwise, written "
                                              "with a financial counselor"},
            {"name": "Plain Language Consent Kit", "text": "templates and a checklist for rewriting patient consent "
                                                           "forms, adopted by Brightline Health's legal team"},
        ],
        "skill_groups": {
            "Skills": ["UX writing", "Content design", "Voice and tone guidelines", "Content style guides",
                       "Information architecture", "Plain language", "Localization (Spanish, French Canadian)",
                       "Copy testing"],
            "Tools": ["Figma", "Ditto", "Contentful", "Jira", "UserTesting", "Dovetail"],
        },
        "education": [
            {"degree": "B.A. in English, minor in Creative Writing", "institution": "Wabash Prairie University",
             "location": "Urbana, IL", "period": "2010 – 2014"},
        ],
        "languages": "English (native), Spanish (professional working proficiency)",
    },
    "docx_table_per_section_nurse_uk": {
        "name": "Rebecca Oyelaran",
        "registration": "Registered Nurse (Adult)  |  NMC PIN: 18F2047E  |  Revalidation due March 2027",
        "personal": [("Address", "14 Wycombe Road, Leicester LE5 1PQ"), ("Telephone", "07700 900412"),
                     ("Email", "rebecca.oyelaran@example.com"), ("Driving licence", "Full UK licence, own car")],
        "profile": "Band 6 senior staff nurse on a busy respiratory ward, with seven years' experience in acute "
                   "medicine and respiratory care since qualifying in 2018. I regularly take charge of the ward, "
                   "supervise and assess student nurses and care for patients on non-invasive ventilation. I am "
                   "calm under pressure, I put patient safety and dignity first, and I am now looking for a Band 6 "
                   "role in critical care outreach.",
        "experience": [
            {"organization": "Soar Valley Hospitals NHS Trust", "title": "Senior Staff Nurse", "band": "Band 6",
             "unit": "Respiratory Unit (Ward 27): 28 beds including a 6-bed respiratory support unit",
             "location": "Leicester", "period": "April 2022 – Present",
             "bullets": [
                 "Take charge of the ward on day and night shifts, leading up to 8 registered nurses and 5 healthcare "
                 "assistants",
                 "Care for patients on CPAP and BiPAP, including set-up, titration and weaning with the respiratory "
                 "team",
                 "Practice assessor for second- and third-year student nurses and preceptor for newly qualified "
                 "nurses",
                 "Ward lead for tissue viability; pressure ulcer incidents fell by a third in 2024",
                 "Investigate Datix incidents and share the learning at ward meetings"]},
            {"organization": "Soar Valley Hospitals NHS Trust", "title": "Staff Nurse", "band": "Band 5",
             "unit": "Acute Medical Unit", "location": "Leicester", "period": "September 2018 – March 2022",
             "bullets": [
                 "Assessed and admitted up to 8 acutely unwell patients a shift from the emergency department and GP "
                 "referrals",
                 "Redeployed to the respiratory high dependency unit during the COVID-19 pandemic (2020–2021)",
                 "Completed the Trust's preceptorship programme and became the unit's infection prevention link "
                 "nurse"]},
            {"organization": "Fosse Lodge Care Home", "title": "Healthcare Assistant", "band": "",
             "unit": "Nursing unit (bank and part-time shifts)", "location": "Loughborough",
             "period": "October 2015 – July 2018",
             "bullets": [
                 "Part-time alongside my nursing degree, about 16 hours a week",
                 "Personal care, observations, food and fluid charts and end of life care for 30 residents"]},
        ],
        "education": [
            {"institution": "East Midlands Metropolitan University", "location": "Nottingham",
             "qualification": "BSc (Hons) Nursing (Adult), First Class Honours",
             "period": "September 2015 – July 2018"},
            {"institution": "Abbey Meadows Sixth Form College", "location": "Leicester",
             "qualification": "A levels: Biology (A), Psychology (B), Sociology (B)",
             "period": "September 2013 – June 2015"},
        ],
        "skill_groups": {
            "Clinical skills": ["IV cannulation and venepuncture", "Administration of IV medicines and infusions",
                                "Non-invasive ventilation (CPAP and BiPAP)", "Tracheostomy care",
                                "Arterial blood gas sampling", "Male and female catheterisation",
                                "NEWS2 observations and escalation", "Blood transfusion",
                                "Wound care and pressure ulcer prevention"],
            "IT skills": ["Nervecentre e-observations", "SystmOne", "ICE requesting and results", "Datix",
                          "Microsoft Word, Excel and Outlook"],
        },
        "mandatory_training": ["Basic Life Support", "Immediate Life Support (ILS)",
                               "Safeguarding Adults and Children Level 3", "Moving and Handling",
                               "Infection Prevention and Control", "Fire Safety",
                               "Information Governance and Data Security", "Conflict Resolution",
                               "Mental Capacity Act and Deprivation of Liberty Safeguards"],
        "development": ["Practice Supervisor and Practice Assessor preparation (2021)",
                        "Non-invasive ventilation competency package (2020)",
                        "Leading a Ward Shift: Band 6 leadership programme, Soar Valley Hospitals (2023)"],
        "projects": [],
    },
}


_EUROPASS_ICONS = {  # 24×24 outline icons as inline SVG paths (no text in the PDF), for the contact rail
    "home": "<path d='M3 11l9-7 9 7'/><path d='M5 10v10h14V10'/><path d='M10 20v-6h4v6'/>",
    "flag": "<path d='M5 21V4'/><path d='M5 4h11l-2 4 2 4H5'/>",
    "cake": "<rect x='4' y='11' width='16' height='9' rx='1'/><path d='M4 15h16M12 11V7M12 4v1'/>",
    "link": "<path d='M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1'/><path d='M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 "
            "6l1-1'/>",
}


def browser_europass_2023(r: dict) -> str:
    """A CV made in the Europass online editor (2020+) and downloaded as PDF, rebuilt in HTML/CSS and printed by
    Chromium (A4, Liberation Sans): a blue rail down the left of every page with the name and the contact items on
    page 1, each after a white outline SVG icon and a small label ('Email address:', 'Nationality:'); on the right,
    'ABOUT ME', then 'WORK EXPERIENCE' headings in blue capitals ruled underneath; each job as the title in bold
    capitals (CSS text-transform; typed in mixed case), 'Employer name [ dd/mm/yyyy – Current ]' on one line, a
    'City, Country' line and a paragraph; 'EDUCATION AND TRAINING' with '[ dd/mm/yyyy – dd/mm/yyyy ]', the degree in
    bold capitals and the institution on one line, a 'City, Country' line and a 'Final grade | Level in EQF' line;
    'LANGUAGE SKILLS' (page 2, as the editor breaks it) with 'Mother tongue(s):' and a CEFR grid (UNDERSTANDING,
    SPEAKING, WRITING); 'DIGITAL SKILLS' as one line of items separated by ' | '; 'DRIVING LICENCE'."""
    def icon(name: str) -> str:
        paths = _ICONS.get(name) or _EUROPASS_ICONS[name]
        return (f"<svg class=\"icon\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" "
                f"stroke-linecap=\"round\" stroke-linejoin=\"round\">{paths}</svg>")

    def when(period: str) -> str:
        return f"<span class=\"when\">[ {esc(period)} ]</span>"

    contact = "".join(f"<li>{icon(kind)}<div><span class=\"label\">{esc(label)}</span> {esc(value)}</div></li>"
                      for kind, label, value in r["contact"])
    jobs = "".join(
        f"<div class=\"entry\"><h3>{esc(e['title'])}</h3><p class=\"org\">{esc(e['organization'])} "
        f"{when(e['period'])}</p><p class=\"place\">{esc(e['location'])}</p><p class=\"text\">{esc(e['text'])}</p>"
        "</div>\n" for e in r["experience"])
    edu = "".join(
        f"<div class=\"entry\"><p class=\"edu\">{when(e['period'])} <b class=\"degree\">{esc(e['degree'])}</b> "
        f"{esc(e['institution'])}</p><p class=\"place\">{esc(e['location'])}</p><p class=\"meta\"><b>Final grade"
        f"</b> {esc(e['grade'])} <span class=\"bar\">|</span> <b>Level in EQF</b> {esc(e['eqf'])}</p></div>\n"
        for e in r["education"])
    rows = "".join(f"<tr><th class=\"lang\">{esc(lang)}</th>" + "".join(f"<td>{esc(x)}</td>" for x in levels)
                   + "</tr>" for lang, *levels in r["languages"])
    digital = " | ".join(esc(s) for s in r["skill_groups"]["Digital skills"])
    css = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { background: linear-gradient(to right, #0e4194 0, #0e4194 64mm, #fff 64mm); }
body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 9.4pt; line-height: 1.42;
       color: #222; }
.rail { position: absolute; top: 0; left: 0; width: 64mm; padding: 16mm 6mm 0 8mm; color: #fff; }
h1 { margin: 0 0 7mm; font-size: 19pt; line-height: 1.2; font-weight: bold; }
.rail ul { list-style: none; margin: 0; padding: 0; }
.rail li { display: flex; gap: 2.4mm; margin: 0 0 3.4mm; font-size: 8.4pt; line-height: 1.35; }
.icon { flex: none; width: 4.2mm; height: 4.2mm; margin-top: 0.2mm; }
.label { display: block; font-weight: bold; color: #cfe0ff; }
main { margin-left: 64mm; padding: 14mm 13mm 0 9mm; }
.page2 { break-before: page; padding-top: 14mm; }
h2 { margin: 6mm 0 3mm; padding-bottom: 1mm; border-bottom: 0.4mm solid #0e4194; color: #0e4194; font-size: 11pt;
     font-weight: bold; letter-spacing: 0.02em; break-after: avoid; }
main > h2:first-child, .page2 > h2:first-child { margin-top: 0; }
p { margin: 0; }
.entry { margin: 0 0 4.2mm; break-inside: avoid; }
h3 { margin: 0 0 0.6mm; font-size: 9.8pt; font-weight: bold; text-transform: uppercase; color: #111; }
.org { font-weight: bold; color: #333; }
.when { font-weight: normal; color: #5a5a5a; font-size: 8.8pt; white-space: nowrap; }
.place { color: #444; font-size: 8.8pt; margin-bottom: 1mm; }
.text { text-align: justify; }
.edu .degree { text-transform: uppercase; color: #111; }
.meta { font-size: 8.8pt; }
.meta .bar { color: #888; margin: 0 1mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 1.5mm; font-size: 8.6pt; break-inside: avoid; }
th, td { border: 0.25mm solid #c5cfe0; padding: 1.2mm 1.5mm; text-align: center; }
thead th { background: #e8eef8; color: #0e4194; font-weight: bold; }
thead tr.sub th { background: #f4f7fc; color: #333; font-weight: normal; }
th.lang { text-align: left; text-transform: uppercase; font-weight: bold; background: #fff; }
.cefr { font-size: 7.8pt; color: #5a5a5a; font-style: italic; }
"""
    body = f"""
<aside class="rail">
<h1>{esc(r['name'])}</h1>
<ul>{contact}</ul>
</aside>
<main>
<h2>ABOUT ME</h2>
<p class="text">{esc(r['about'])}</p>
<h2>WORK EXPERIENCE</h2>
{jobs}<h2>EDUCATION AND TRAINING</h2>
{edu}<div class="page2">
<h2>LANGUAGE SKILLS</h2>
<p>Mother tongue(s): <b>{esc(r['mother_tongue'].upper())}</b></p>
<p style="margin-top:1.5mm">Other language(s):</p>
<table>
<thead><tr><th></th><th colspan="2">UNDERSTANDING</th><th colspan="2">SPEAKING</th><th>WRITING</th></tr>
<tr class="sub"><th></th><th>Listening</th><th>Reading</th><th>Spoken production</th><th>Spoken interaction</th>
<th></th></tr></thead>
<tbody>{rows}</tbody>
</table>
<p class="cefr">Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user</p>
<h2>DIGITAL SKILLS</h2>
<p>{digital}</p>
<h2>DRIVING LICENCE</h2>
<p><b>Driving Licence:</b> {esc(r['driving'])}</p>
</div>
</main>
"""
    return _page(f"Europass CV – {esc(r['name'])}", css, body)


def docx_word_resume_wizard_1997_resume(r: dict, path: Path) -> None:
    """An office manager's resume kept since it was first made with Word 97's Resume Wizard (Letter, Times New Roman,
    direct formatting): the name typed in capitals, centred, over the address, phone and email lines, centred;
    headings in bold capitals ruled underneath ('OBJECTIVE', 'EXPERIENCE', 'EDUCATION', 'COMPUTER SKILLS',
    'PROFESSIONAL AFFILIATIONS', 'REFERENCES'); each job a two-column borderless table of one row: the years
    '1998-2009' in the narrow left cell and, in the right one, '**Company Name, City, State**', the title in italics
    and a plain paragraph; education in the same form; computer skills as one comma paragraph; the affiliation as a
    sentence; 'Available upon request.'"""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(1)
    section.top_margin = section.bottom_margin = Inches(0.8)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(11)
    normal.paragraph_format.space_after = Pt(0)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(12), Pt(6)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(11)
        _docx_rule_below(p, "000000")

    def entry(years: str, head: str, title: str, text: str) -> None:
        table = d.add_table(rows=1, cols=2)
        table.autofit = False
        _docx_borderless(table)
        left, right = table.rows[0].cells
        for column, cell, w in zip(table.columns, (left, right), (Inches(1.35), Inches(5.15)), strict=True):
            column.width = cell.width = w
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        left.paragraphs[0].add_run(years)
        right.paragraphs[0].add_run(head).bold = True
        right.paragraphs[0].paragraph_format.keep_with_next = True
        p = right.add_paragraph()
        p.add_run(title).italic = True
        p.paragraph_format.space_after = Pt(2)
        if text:
            right.add_paragraph(text)
        d.add_paragraph()  # the empty line typed between two tables, which Word would otherwise join

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(r["name"].upper())
    run.bold, run.font.size = True, Pt(16)
    p.paragraph_format.space_after = Pt(4)
    for line in [*r["address"], r["email"]]:
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER

    heading("OBJECTIVE")
    d.add_paragraph(r["objective"])
    heading("EXPERIENCE")
    for e in r["experience"]:
        entry(e["period"], f"{e['organization']}, {e['location']}", e["title"], e["text"])
    heading("EDUCATION")
    for e in r["education"]:
        entry(e["period"], f"{e['institution']}, {e['location']}", e["degree"], e["text"])
    heading("COMPUTER SKILLS")
    d.add_paragraph(", ".join(r["skill_groups"]["Computer Skills"]) + ".")
    heading("PROFESSIONAL AFFILIATIONS")
    d.add_paragraph(r["affiliations"])
    heading("REFERENCES")
    d.add_paragraph("Available upon request.")
    d.save(str(path))


def txt_sms_style_caregiver(r: dict) -> str:
    """A home caregiver's resume typed on a phone and sent as plain text (UTF-8): no capitals except her name, no
    bullets; the phone, email and town one a line; lower-case headings ('about me', 'my experience', 'school'); each
    job one line as she typed it ('caregiver at sunrise home care (2019 - now)', 'before that: cashier @ quickmart
    2016-2019', 'and before that dishwasher at ...') over a run-on line of what she did; 'skills - a, b, c' and
    'certs - ...' lines; an 'other stuff' block; an emoji sign-off. Typos ('there', 'shelfs', 'personel') are left as
    typed."""
    out = [r["name"], *r["top"], "", "about me", r["about"], "", "my experience"]
    for e in r["experience"]:
        out += [e["line"].format(**e), e["text"], ""]
    out += ["school"] + [e["line"].format(**e) for e in r["education"]] + [""]
    for label, s in r["skill_groups"].items():
        out.append(f"{label} - {', '.join(s)}")
    out += [f"certs - {r['certs']}", "", "other stuff", *r["other"], "", r["sign_off"]]
    return "\n".join(out) + "\n"


def browser_two_column_reverse(r: dict) -> str:
    """A UX writer's resume printed by Chromium (Letter, DejaVu Sans): two columns where the MAIN column is on the
    right and the narrow left column holds only the section headings, each set right-aligned beside the first line of
    its section like a definition list ('Profile', 'Experience', 'Selected work', 'Skills', 'Tools', 'Education',
    'Languages'), a thin rule between the columns; the name and a contact row in the right column too; each job as
    the title in bold, 'Employer · City, ST' in grey below and bullets, its dates ('Mar 2022 – Present') in the right
    margin of the content column, level with the title; 'Selected work' as '**Name** — description' paragraphs; skills
    as a comma paragraph (brackets with a comma in one), tools as a ' · ' line; education in the job form."""
    def section(title: str, inner: str) -> str:
        return f"<section class=\"row\"><h2>{esc(title)}</h2><div class=\"body\">{inner}</div></section>\n"

    def item(head: str, sub: str, period: str, bullets: list[str]) -> str:
        items = f"<ul>{_li(bullets)}</ul>" if bullets else ""
        return (f"<div class=\"item\"><p class=\"when\">{esc(period)}</p><h3>{esc(head)}</h3>"
                f"<p class=\"sub\">{esc(sub)}</p>{items}</div>\n")

    jobs = "".join(item(e["title"], f"{e['organization']} · {e['location']}", e["period"], e["bullets"])
                   for e in r["experience"])
    work = "".join(f"<p class=\"work\"><b>{esc(p['name'])}</b> — {esc(p['text'])}</p>" for p in r["projects"])
    edu = "".join(item(e["degree"], f"{e['institution']} · {e['location']}", e["period"], [])
                  for e in r["education"])
    contact = "".join(f"<span>{esc(c)}</span>" for c in r["contact"])
    css = """
@page { size: Letter; margin: 15mm 14mm 14mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 9pt; line-height: 1.5; color: #2b2b2b; }
p { margin: 0; }
.row { display: grid; grid-template-columns: 34mm 1fr; margin: 0; break-inside: auto; }
.row > h2 { grid-column: 1; margin: 0; padding: 0.6mm 5mm 0 0; text-align: right; font-size: 8.6pt; font-weight: bold;
            letter-spacing: 0.04em; color: #a23b2a; }
.row > .body { grid-column: 2; position: relative; padding: 0 35mm 6mm 6mm; border-left: 0.3mm solid #d9d4cf; }
.head .body { padding-bottom: 7mm; }
h1 { margin: 0; font-size: 24pt; line-height: 1.15; font-weight: bold; color: #1d1d1d; letter-spacing: -0.01em; }
.headline { margin: 0.8mm 0 2mm; font-size: 11pt; color: #a23b2a; }
.contact span { white-space: nowrap; color: #555; }
.contact span + span::before { content: "/"; margin: 0 2mm; color: #bbb; }
.item { position: relative; margin: 0 0 4mm; break-inside: avoid; }
.when { position: absolute; top: 0.2mm; right: -35mm; width: 32mm; text-align: right; font-size: 8.4pt;
        white-space: nowrap; color: #6a6a6a; }
h3 { margin: 0; font-size: 9.8pt; font-weight: bold; color: #1d1d1d; }
.sub { color: #6a6a6a; font-size: 8.8pt; }
ul { margin: 1mm 0 0; padding-left: 4mm; }
li { margin: 0 0 0.6mm; }
.work { margin: 0 0 2mm; }
"""
    skills = f"<p>{esc(', '.join(r['skill_groups']['Skills']))}</p>"
    tools = f"<p>{esc(' · '.join(r['skill_groups']['Tools']))}</p>"
    rows = (section("Profile", f"<p>{esc(r['profile'])}</p>") + section("Experience", jobs)
            + section("Selected work", work) + section("Skills", skills) + section("Tools", tools)
            + section("Education", edu) + section("Languages", f"<p>{esc(r['languages'])}</p>"))
    body = f"""
<section class="row head"><h2></h2><div class="body">
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<p class="contact">{contact}</p>
</div></section>
{rows}"""
    return _page(f"{esc(r['name'])} — Resume", css, body)


def docx_table_per_section_nurse_uk_resume(r: dict, path: Path) -> None:
    """A UK Band 6 nurse's CV typed in Word (A4, Arial, direct formatting) with every section a bordered two-column
    table ('Table Grid') under a bold heading: the labels in the shaded narrow left column and the values on the
    right; the name, then a bold 'Registered Nurse (Adult) | NMC PIN: ... | Revalidation due ...' line; 'Personal
    details' (address, telephone, email, driving licence); 'Profile'; 'Employment history' as one table per job with
    the rows 'Employer', 'Post', 'Band', 'Ward / Unit', 'Location', 'Dates' and 'Responsibilities' (Word 'List
    Bullet' paragraphs in the cell; no 'Band' row for the care home job); 'Education and qualifications' as one table
    per qualification ('Institution', 'Location', 'Qualification', 'Dates'); 'Skills' with 'Clinical skills' and 'IT
    skills' rows of bullets; 'Training' with 'Mandatory training' and 'Professional development' rows of bullets;
    'References'."""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    blue = RGBColor(0x00, 0x5E, 0xB8)
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(1)
    widths = (Cm(4.2), Cm(12.8))

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(12), Pt(4)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), blue

    def table(rows: list[tuple[str, str | list[str]]]) -> None:
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        t.autofit = False
        for column, w in zip(t.columns, widths, strict=True):
            column.width = w
        for row, (label, value) in zip(t.rows, rows, strict=True):
            left, right = row.cells
            for cell, w in zip((left, right), widths, strict=True):
                cell.width = w
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            shading = OxmlElement("w:shd")
            for key, val in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "E8F0F8")):
                shading.set(qn(key), val)
            left._tc.get_or_add_tcPr().append(shading)
            p = left.paragraphs[0]
            p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(2)
            p.add_run(label).bold = True
            if isinstance(value, str):
                p = right.paragraphs[0]
                p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(2)
                p.add_run(value)
            else:
                for n, b in enumerate(value):
                    p = right.paragraphs[0] if n == 0 else right.add_paragraph()
                    p.style = d.styles["List Bullet"]
                    p.add_run(b)
                right.paragraphs[0].paragraph_format.space_before = Pt(2)
                right.paragraphs[-1].paragraph_format.space_after = Pt(2)
        d.add_paragraph().paragraph_format.space_after = Pt(2)  # Word needs a paragraph between two tables

    p = d.add_paragraph()
    run = p.add_run(r["name"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), blue
    p = d.add_paragraph()
    p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(2), Pt(2)
    p.add_run(r["registration"]).bold = True
    heading("Personal details")
    table(r["personal"])
    heading("Profile")
    table([("Profile", r["profile"])])
    heading("Employment history")
    for e in r["experience"]:
        rows = [("Employer", e["organization"]), ("Post", e["title"])]
        rows += [("Band", e["band"])] if e["band"] else []
        rows += [("Ward / Unit", e["unit"]), ("Location", e["location"]), ("Dates", e["period"]),
                 ("Responsibilities", e["bullets"])]
        table(rows)
    heading("Education and qualifications")
    for e in r["education"]:
        table([("Institution", e["institution"]), ("Location", e["location"]), ("Qualification", e["qualification"]),
               ("Dates", e["period"])])
    heading("Skills")
    table([("Clinical skills", r["skill_groups"]["Clinical skills"]), ("IT skills", r["skill_groups"]["IT skills"])])
    heading("Training")
    table([("Mandatory training", [*r["mandatory_training"], "All mandatory training up to date on ESR"]),
           ("Professional development", r["development"])])
    heading("References")
    table([("References", "Available on request")])
    d.save(str(path))


# ------------------------------------------------------------------------------------ held-out-21 writers
# Five more hand-written people (a York registered veterinary nurse, a Charlotte CPA, a Doncaster warehouse operative,
# a Denver sales engineer, a Springfield 4th grade teacher), each in a layout none of the earlier sets has. Built by
# someone who had not read the parser and did not run it on these files; the split of each file was fixed in FIXTURES
# before any of them was generated. As for PEOPLE_7 to PEOPLE_20, the truth is derived from this data, never from a
# rendering; volunteering and student activities are not experience, internships, student-teaching placements,
# part-time and summer jobs are; certifications, licences, registrations, courses, spoken languages and hobbies are
# not skills (nor education); a skill phrase is one skill as written, brackets included; a period is given as typed;
# a post-nominal (', CPA') is not part of the name. New here: a star rating drawn after a skill and a level word
# ('Expert', 'Skillful') beside it are not part of the skill; the 'Software:' and 'Technical:' labels of a one-line
# skills paragraph are not skills, its items are (separated by ', ' within a group and ' | ' between groups); in a
# job centre form the field labels ('Employer:', 'Job title:', 'Dates:') are not part of the values, and a job with
# no town named has no place; in a bullet-only resume the town after the employer in a job bullet is its place and
# the years in brackets its period. Every person, employer, school and rescue here is invented; the towns are real
# places.

PEOPLE_21: dict[str, dict] = {
    "browser_kickresume_like": {
        "name": "Harriet Pennock", "headline": "Registered Veterinary Nurse (RVN)",
        "contact": ["York, United Kingdom", "07700 900587", "harriet.pennock@example.com"],
        "profile": "Registered veterinary nurse with eight years in small animal practice, the last four as head "
                   "nurse of a busy hospital. I love anaesthesia and nurse clinics, I keep a calm theatre and a tidy "
                   "ward, and I enjoy training student nurses.",
        "experience": [
            {"title": "Head Veterinary Nurse", "organization": "Ouse Valley Veterinary Group", "location": "York",
             "period": "05/2021 – present",
             "bullets": ["Lead a team of 9 RVNs, 3 student nurses and 2 animal care assistants across two sites",
                         "Monitor general anaesthesia for up to 12 procedures a day and run the weekly theatre list",
                         "Set up weight, dental and senior pet nurse clinics, now about 60 appointments a month",
                         "Clinical coach for student veterinary nurses"]},
            {"title": "Registered Veterinary Nurse", "organization": "Minster Animal Hospital",
             "location": "Harrogate", "period": "09/2017 – 04/2021",
             "bullets": ["Theatre, ward and out-of-hours nursing in a 24-hour small animal hospital",
                         "Digital radiography, in-house laboratory tests and intravenous fluid therapy",
                         "Ward lead for infection control and barrier nursing"]},
            {"title": "Student Veterinary Nurse", "organization": "Kingfisher Vets", "location": "Malton",
             "period": "09/2014 – 08/2017",
             "bullets": ["Employed training post alongside my foundation degree",
                         "Consult room, kennels, theatre preparation and reception cover"]},
            {"title": "Kennel Assistant", "organization": "Fieldside Boarding Kennels", "location": "Selby",
             "period": "06/2012 – 08/2014",
             "bullets": ["Part-time weekend and holiday job: feeding, exercising and cleaning for up to 40 dogs"]},
        ],
        "education": [
            {"degree": "FdSc Veterinary Nursing", "institution": "Askham Moor College", "location": "York",
             "period": "09/2014 – 07/2017"},
            {"degree": "A levels: Biology, Chemistry, English Literature",
             "institution": "Wharfedale Sixth Form College", "location": "Tadcaster", "period": "09/2012 – 06/2014"},
        ],
        "skill_groups": {
            "Skills": ["Anaesthetic monitoring", "Intravenous catheter placement", "Nurse clinics",
                       "Digital radiography", "Dental scaling and polishing", "Laboratory diagnostics",
                       "Client communication", "RxWorks"],
        },
        "ratings": [5, 5, 5, 4, 4, 4, 5, 4],
        "certifications": ["RCVS Registered Veterinary Nurse, 2017",
                           "Certificate in Advanced Veterinary Nursing (Anaesthesia), 2022",
                           "Clinical Coach Certificate, 2019"],
        "languages": [("English", 5), ("French", 2)],
        "hobbies": ["Fell running", "Baking", "Fostering kittens for Ryedale Cat Rescue"],
        "projects": [],
    },
    "docx_chronological_accountant_us": {
        "name": "Jennifer Okafor", "postnominal": ", CPA",
        "contact": ["Charlotte, NC 28205", "(704) 555-0196", "jennifer.okafor@example.com",
                    "linkedin.com/in/jenniferokafor"],
        "summary": "CPA with nine years in public accounting and corporate accounting. Runs a five-day month-end close "
                   "for a $420M food manufacturer, owns the lease and revenue accounting and works with the "
                   "external auditors every year.",
        "experience": [
            {"organization": "Piedmont Crescent Foods, Inc.", "location": "Charlotte, NC",
             "title": "Senior Accountant", "period": "April 2021 – Present",
             "bullets": ["Lead the month-end close for three legal entities; cut the close from eight to five days",
                         "Own ASC 842 lease accounting for 46 leases and the revenue recognition memos under ASC 606",
                         "Moved 300 balance sheet reconciliations into BlackLine in 2022",
                         "Supervise two staff accountants and prepare the PBC list for the annual audit"]},
            {"organization": "Harlan & Voss LLP", "location": "Charlotte, NC", "title": "Audit Senior",
             "period": "September 2018 – March 2021",
             "bullets": ["Ran audits of manufacturing and distribution clients with revenues of $50M to $600M",
                         "Tested SOX 404 controls and led teams of up to four associates in the field"]},
            {"organization": "Harlan & Voss LLP", "location": "Raleigh, NC", "title": "Audit Associate",
             "period": "September 2016 – August 2018",
             "bullets": ["Substantive testing of cash, inventory and payables for private company audits",
                         "Prepared financial statement drafts and footnote disclosures in CaseWare"]},
            {"organization": "Blue Ridge Textile Co.", "location": "Greensboro, NC", "title": "Accounting Intern",
             "period": "May 2015 – August 2015",
             "bullets": ["Summer internship: accounts payable, vendor reconciliations and fixed asset schedules"]},
        ],
        "education": [
            {"institution": "Queensgate University", "location": "Charlotte, NC",
             "degree": "Master of Accountancy", "period": "May 2016"},
            {"institution": "Yadkin State University", "location": "Greensboro, NC",
             "degree": "B.S. in Accounting, magna cum laude", "period": "May 2015"},
        ],
        "certifications": ["Certified Public Accountant (CPA), North Carolina, License No. 38214",
                           "Member, North Carolina Association of CPAs"],
        "skill_groups": {
            "Software": ["NetSuite", "SAP S/4HANA", "BlackLine", "Microsoft Excel (Power Query, XLOOKUP)",
                         "Power BI", "CaseWare"],
            "Technical": ["US GAAP", "Month-end close", "Account reconciliations", "ASC 842 lease accounting",
                          "Revenue recognition (ASC 606)", "SOX 404 controls"],
        },
        "projects": [],
    },
    "txt_jobcentre_form_uk": {
        "name": "Daniel Ashworth",
        "address": "27 Carr House Road, Doncaster, DN4 5HP",
        "telephone": "07700 900316", "email": "dan.ashworth91@example.com",
        "profile": "I am a hard working and reliable warehouse operative with over 9 years experience in picking, "
                   "packing, loading and driving reach and counterbalance trucks. I have never had an accident at "
                   "work. I am looking for full time warehouse work on any shift in the Doncaster area.",
        "experience": [
            {"period": "02/2024 to 12/2025", "organization": "Northbridge Fulfilment Ltd", "location": "",
             "title": "Warehouse Operative",
             "duties": "Picking and packing online orders with an RF scanner to a rate of 140 items an hour, goods "
                       "in, replenishment and cycle counts. Contract ended when the site closed."},
            {"period": "03/2019 to 11/2023", "organization": "Castlegate Foods Distribution Ltd", "location": "",
             "title": "Reach Truck Driver",
             "duties": "Putting away and letting down pallets up to 11 metres in a chilled warehouse, loading and "
                       "unloading trailers with a counterbalance truck, stock rotation and daily truck checks. "
                       "Trained new starters on the reach truck."},
            {"period": "07/2016 to 02/2019", "organization": "Bargain Barn Stores Ltd", "location": "",
             "title": "Stock Assistant",
             "duties": "Part time (20 hours a week). Unloading deliveries, filling shelves, rotating stock and "
                       "helping customers."},
        ],
        "education": [
            {"period": "09/2016 to 06/2017", "institution": "Don Valley College", "location": "",
             "qualifications": "Level 1 Certificate in Warehousing and Storage"},
            {"period": "09/2011 to 07/2016", "institution": "Sandall Park Academy", "location": "",
             "qualifications": "GCSEs: English Language (4), Maths (4), Combined Science (4), Design and Technology "
                               "(5)"},
        ],
        "licences": "RTITB Reach Truck and Counterbalance licences (renewed 2023). Full UK driving licence.",
        "skill_groups": {
            "SKILLS": ["Reach truck", "Counterbalance forklift", "Pick and pack", "RF scanners", "Stock rotation",
                       "Loading and unloading", "Manual handling", "Teamwork", "Good timekeeping"],
        },
        "hobbies": "Five-a-side football, fishing and doing up my car.",
        "projects": [],
    },
    "browser_resume_io_like": {
        "name": "Rohan Mehta", "headline": "Senior Sales Engineer",
        "details": ["Denver, CO, United States", "(720) 555-0152", "rohan.mehta@example.com"],
        "links": ["LinkedIn"],
        "profile": "Sales engineer with ten years of experience in data and network products, the last six in "
                   "pre-sales. I run technical discovery, build demos and proofs of concept, and turn security and "
                   "architecture reviews into signed deals. Closed $14M in new business with my account executives "
                   "in 2024.",
        "experience": [
            {"title": "Senior Sales Engineer", "organization": "Tallgrass Data", "location": "Denver",
             "period": "Jan 2020 — Present",
             "bullets": ["Technical lead on enterprise deals from $100K to $1.5M ARR for a data integration platform",
                         "Built the reusable demo environment in AWS used by 18 sales engineers",
                         "Ran 40+ proofs of concept with a 72% technical win rate"]},
            {"title": "Sales Engineer", "organization": "Copperline Networks", "location": "Boulder",
             "period": "Jun 2016 — Dec 2019",
             "bullets": ["Supported four account executives selling SD-WAN and firewall products in the Mountain West",
                         "Answered security questionnaires and RFPs and led on-site network assessments"]},
            {"title": "Technical Support Engineer", "organization": "Copperline Networks", "location": "Boulder",
             "period": "Aug 2014 — May 2016",
             "bullets": ["Tier 2 support for enterprise customers; wrote 60 knowledge base articles"]},
            {"title": "IT Intern", "organization": "Front Range Water District", "location": "Golden",
             "period": "May 2013 — Aug 2013",
             "bullets": ["Summer internship: network inventory and help desk tickets"]},
        ],
        "education": [
            {"degree": "B.S. in Computer Engineering", "institution": "Colorado Plains University",
             "location": "Fort Collins", "period": "Aug 2010 — May 2014"},
        ],
        "courses": [("AWS Certified Solutions Architect – Associate, Amazon Web Services", "Mar 2021 — Mar 2024"),
                    ("MEDDICC Sales Qualification Workshop, Force Management", "Oct 2022 — Oct 2022")],
        "skill_groups": {
            "Skills": ["Technical discovery", "Solution demos", "Proof of concept management", "Network security",
                       "Salesforce", "AWS", "SQL", "Python"],
        },
        "levels": ["Expert", "Expert", "Expert", "Experienced", "Experienced", "Skillful", "Skillful", "Skillful"],
        "languages": [("English", "Native speaker"), ("Hindi", "Highly proficient"), ("Spanish", "Good working "
                                                                                        "knowledge")],
        "projects": [],
    },
    "docx_bullet_heavy_teacher_us": {
        "name": "Megan Schuler",
        "contact": "Springfield, IL 62704  •  (217) 555-0183  •  megan.schuler@example.com",
        "profile": ["Elementary teacher with ten years in 2nd and 4th grade classrooms",
                    "Strong in guided reading, small-group math and co-teaching with special education staff",
                    "Grade-level team lead since 2022"],
        "experience": [
            {"title": "4th Grade Teacher", "organization": "Maple Hollow Elementary", "location": "Springfield, IL",
             "period": "2019–present",
             "bullets": ["Teach all subjects to a class of 26 students, including 5 English learners",
                         "Raised the share of students meeting spring reading growth targets from 58% to 74%",
                         "Lead the 4th grade team of four teachers and plan the shared units",
                         "Co-teach math with a special education teacher for students with IEPs"]},
            {"title": "2nd Grade Teacher", "organization": "Lincoln Prairie Elementary", "location": "Chatham, IL",
             "period": "2015–2019",
             "bullets": ["Taught reading, writing and math to classes of 22 to 24 students",
                         "Started a family reading night attended by 60 families a term"]},
            {"title": "Student Teacher", "organization": "Sangamon Heights Elementary",
             "location": "Springfield, IL", "period": "Spring 2015",
             "bullets": ["Full-time placement in a 3rd grade classroom; planned and taught a six-week science unit"]},
            {"title": "Camp Counselor", "organization": "Lake Springfield Day Camp", "location": "Springfield, IL",
             "period": "Summers 2012–2014",
             "bullets": ["Led a group of 12 campers aged 7 and 8 in outdoor activities, crafts and swimming"]},
        ],
        "education": [
            {"degree": "M.S.Ed. in Reading and Literacy", "institution": "Lakeland Prairie College",
             "location": "Jacksonville, IL", "period": "2021",
             "bullets": ["Thesis: small-group fluency routines in the intermediate grades"]},
            {"degree": "B.S. in Elementary Education", "institution": "Mackinaw State University",
             "location": "Normal, IL", "period": "2011–2015",
             "bullets": ["GPA 3.8, Dean's List every semester"]},
        ],
        "certifications": ["Illinois Professional Educator License (PEL), Elementary Education 1–6",
                           "ESL Endorsement, Illinois State Board of Education",
                           "CPR and First Aid, American Red Cross"],
        "skill_groups": {
            "SKILLS": ["Differentiated instruction", "Guided reading", "Small-group math instruction",
                       "Classroom management (PBIS)", "Data-driven instruction", "Google Classroom", "Seesaw",
                       "IXL and i-Ready"],
        },
        "volunteer": ["Reading tutor, Lincoln Library summer reading program (2016–present)"],
        "projects": [],
    },
}

_STAR = ("<svg class=\"star\" viewBox=\"0 0 24 24\"><path fill=\"{fill}\" d=\"M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6"
         "L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z\"/></svg>")


def browser_kickresume_like(r: dict) -> str:
    """A veterinary nurse's resume from a modern online builder (Kickresume-like), rebuilt in HTML/CSS and printed by
    Chromium (A4, Liberation Sans): a teal header band with the name, the headline and a contact row; section
    headings in teal capitals with a small icon-less square; 'Work experience' and 'Education' as a timeline, a
    coloured vertical bar on the left with a dot per entry; each job as the title in bold with its dates ('05/2021 –
    present') right-aligned on the same row, 'Employer • Town' in teal below and bullets; 'Skills' as a two-column
    grid of names each followed by five SVG stars (filled for the rating, no text); 'Certificates', 'Languages'
    (stars too) and 'Hobbies' as a ' • ' line."""
    def stars(n: int) -> str:
        return "".join(_STAR.format(fill="#1b8a8f" if i < n else "#d3dfe0") for i in range(5))

    def item(head: str, sub: str, period: str, bullets: list[str]) -> str:
        items = f"<ul>{_li(bullets)}</ul>" if bullets else ""
        return (f"<div class=\"item\"><div class=\"top\"><h3>{esc(head)}</h3><span class=\"when\">{esc(period)}"
                f"</span></div><p class=\"org\">{esc(sub)}</p>{items}</div>\n")

    jobs = "".join(item(e["title"], f"{e['organization']} • {e['location']}", e["period"], e["bullets"])
                   for e in r["experience"])
    edu = "".join(item(e["degree"], f"{e['institution']} • {e['location']}", e["period"], [])
                  for e in r["education"])
    skills = "".join(f"<div class=\"skill\"><span>{esc(s)}</span><span class=\"stars\">{stars(n)}</span></div>"
                     for s, n in zip(r["skill_groups"]["Skills"], r["ratings"], strict=True))
    langs = "".join(f"<div class=\"skill\"><span>{esc(s)}</span><span class=\"stars\">{stars(n)}</span></div>"
                    for s, n in r["languages"])
    certs = "".join(f"<li>{esc(c)}</li>" for c in r["certifications"])
    contact = "".join(f"<span>{esc(c)}</span>" for c in r["contact"])
    css = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 8.8pt; line-height: 1.35;
       color: #2d3436; }
p { margin: 0; }
header { background: #1b8a8f; color: #fff; padding: 9mm 16mm 6mm; }
h1 { margin: 0; font-size: 25pt; line-height: 1.1; font-weight: bold; }
.headline { margin: 1mm 0 3mm; font-size: 11.5pt; color: #d8f1f2; }
.contact span { margin-right: 7mm; font-size: 8.8pt; }
main { padding: 4mm 16mm 0; }
h2 { margin: 4mm 0 2mm; font-size: 10.5pt; letter-spacing: 0.08em; text-transform: uppercase; color: #1b8a8f; }
h2::before { content: ""; display: inline-block; width: 2.4mm; height: 2.4mm; margin-right: 2mm; background: #1b8a8f;
             vertical-align: 0.2mm; }
.timeline { position: relative; margin-left: 1.2mm; padding-left: 6mm; border-left: 1.2mm solid #8fd0d3; }
.item { position: relative; margin: 0 0 2.4mm; break-inside: avoid; }
.item::before { content: ""; position: absolute; left: -8.3mm; top: 0.6mm; width: 3mm; height: 3mm; border-radius: 50%;
                background: #fff; border: 0.8mm solid #1b8a8f; }
.top { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; }
h3 { margin: 0; font-size: 10pt; font-weight: bold; color: #1e272e; }
.when { flex: none; font-size: 8.6pt; color: #636e72; }
.org { color: #1b8a8f; font-size: 9pt; }
ul { margin: 0.8mm 0 0; padding-left: 4.5mm; }
li { margin: 0 0 0.3mm; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 10mm; row-gap: 1.2mm; }
.skill { display: flex; justify-content: space-between; align-items: center; }
.star { width: 3.6mm; height: 3.6mm; margin-left: 0.5mm; }
.profile { text-align: justify; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
<p class="contact">{contact}</p>
</header>
<main>
<h2>Profile</h2>
<p class="profile">{esc(r['profile'])}</p>
<h2>Work experience</h2>
<div class="timeline">
{jobs}</div>
<h2>Education</h2>
<div class="timeline">
{edu}</div>
<h2>Skills</h2>
<div class="grid">{skills}</div>
<h2>Certificates</h2>
<ul>{certs}</ul>
<h2>Languages</h2>
<div class="grid">{langs}</div>
<h2>Hobbies</h2>
<p>{esc(' • '.join(r['hobbies']))}</p>
</main>
"""
    return _page(f"{esc(r['name'])} – Resume", css, body)


def docx_chronological_accountant_us_resume(r: dict, path: Path) -> None:
    """A US CPA's one-page chronological resume typed in Word (Letter, Calibri, direct formatting): a borderless
    one-row header table with the name (and ', CPA') large on the left and the contact lines right-aligned in the
    right cell, a rule under it; headings in bold capitals ruled underneath ('SUMMARY', 'EXPERIENCE', 'EDUCATION',
    'CERTIFICATIONS', 'SKILLS'); each job as '**Employer — City, ST**' over an italic 'Title | Month YYYY – Month
    YYYY' line and Word 'List Bullet' paragraphs; education in the same form; certifications as bullets; skills as one
    line '**Software:** a, b, c | **Technical:** d, e, f'."""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.75)
    section.top_margin = section.bottom_margin = Inches(0.6)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(0)

    table = d.add_table(rows=1, cols=2)
    table.autofit = False
    _docx_borderless(table)
    left, right = table.rows[0].cells
    for column, cell, w in zip(table.columns, (left, right), (Inches(4.2), Inches(2.8)), strict=True):
        column.width = cell.width = w
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    run = left.paragraphs[0].add_run(r["name"] + r["postnominal"])
    run.bold, run.font.size = True, Pt(22)
    for n, line in enumerate(r["contact"]):
        p = right.paragraphs[0] if n == 0 else right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(line).font.size = Pt(9.5)
    _docx_rule_below(d.add_paragraph(), "000000")

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(9), Pt(3)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(11.5)
        _docx_rule_below(p)

    def entry(head: str, sub: str, bullets: list[str]) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        p.paragraph_format.keep_with_next = True
        p.add_run(head).bold = True
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = bool(bullets)
        p.add_run(sub).italic = True
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")

    heading("SUMMARY")
    d.add_paragraph(r["summary"])
    heading("EXPERIENCE")
    for e in r["experience"]:
        entry(f"{e['organization']} — {e['location']}", f"{e['title']} | {e['period']}", e["bullets"])
    heading("EDUCATION")
    for e in r["education"]:
        entry(f"{e['institution']} — {e['location']}", f"{e['degree']} | {e['period']}", [])
    heading("CERTIFICATIONS")
    for c in r["certifications"]:
        d.add_paragraph(c, style="List Bullet")
    heading("SKILLS")
    p = d.add_paragraph()
    for n, (label, items) in enumerate(r["skill_groups"].items()):
        if n:
            p.add_run(" | ")
        p.add_run(f"{label}: ").bold = True
        p.add_run(", ".join(items))
    d.save(str(path))


def txt_jobcentre_form_uk(r: dict) -> str:
    """A warehouse operative's CV typed into a UK job centre's CV template and saved as plain text (UTF-8): every
    field a label in capitals with a colon ('NAME:', 'ADDRESS:', 'PERSONAL PROFILE:', 'EMPLOYMENT HISTORY:'), each
    job as 'Dates: 03/2019 to 11/2023', 'Employer: ...', 'Job title: ...' and 'Duties: ...' on lines of their own and
    a blank line between jobs; 'EDUCATION AND QUALIFICATIONS:' in the same form ('School/College:',
    'Qualifications:'); 'LICENCES AND CERTIFICATES:', 'SKILLS:' as one comma list, 'HOBBIES AND INTERESTS:',
    'REFERENCES:'. No town is given for any job."""
    out = [f"NAME: {r['name']}", f"ADDRESS: {r['address']}", f"TELEPHONE: {r['telephone']}",
           f"EMAIL: {r['email']}", "", "PERSONAL PROFILE:", r["profile"], "", "EMPLOYMENT HISTORY:", ""]
    for e in r["experience"]:
        out += [f"Dates: {e['period']}", f"Employer: {e['organization']}", f"Job title: {e['title']}",
                f"Duties: {e['duties']}", ""]
    out += ["EDUCATION AND QUALIFICATIONS:", ""]
    for e in r["education"]:
        out += [f"Dates: {e['period']}", f"School/College: {e['institution']}",
                f"Qualifications: {e['qualifications']}", ""]
    out += ["LICENCES AND CERTIFICATES:", r["licences"], "", "SKILLS:", ", ".join(r["skill_groups"]["SKILLS"]), "",
            "HOBBIES AND INTERESTS:", r["hobbies"], "", "REFERENCES:", "Available on request."]
    return "\n".join(out) + "\n"


def browser_resume_io_like(r: dict) -> str:
    """A sales engineer's resume from a resume.io-like builder, rebuilt in HTML/CSS and printed by Chromium (Letter,
    DejaVu Sans): a dark navy header band across the page with the name and the headline; below, a wide main column
    ('Profile', 'Employment History', 'Education', 'Courses', 'Skills') and a narrow right column ('Details',
    'Links', 'Languages'); each job as '**Title at Employer, City**' with 'Jan 2020 — Present' in small grey capitals
    below and bullets; education as '**Degree, School, City**' in the same form; 'Skills' as a two-column grid of
    rows with the skill on the left and its level word ('Expert', 'Experienced', 'Skillful') on the right over a thin
    level bar; languages the same way in the side column."""
    levels = {"Expert": 100, "Experienced": 80, "Skillful": 60, "Native speaker": 100, "Highly proficient": 80,
              "Good working knowledge": 60}

    def item(head: str, period: str, bullets: list[str]) -> str:
        items = f"<ul>{_li(bullets)}</ul>" if bullets else ""
        return (f"<div class=\"item\"><h3>{esc(head)}</h3><p class=\"when\">{esc(period)}</p>{items}</div>\n")

    def rated(name: str, level: str) -> str:
        return (f"<div class=\"rated\"><div class=\"row\"><span>{esc(name)}</span><span class=\"lvl\">{esc(level)}"
                f"</span></div><div class=\"bar\"><i style=\"width:{levels[level]}%\"></i></div></div>")

    jobs = "".join(item(f"{e['title']} at {e['organization']}, {e['location']}", e["period"], e["bullets"])
                   for e in r["experience"])
    edu = "".join(item(f"{e['degree']}, {e['institution']}, {e['location']}", e["period"], [])
                  for e in r["education"])
    courses = "".join(item(c, p, []) for c, p in r["courses"])
    skills = "".join(rated(s, lvl) for s, lvl in zip(r["skill_groups"]["Skills"], r["levels"], strict=True))
    langs = "".join(rated(s, lvl) for s, lvl in r["languages"])
    details = "".join(f"<p>{esc(x)}</p>" for x in r["details"])
    links = "".join(f"<p class=\"link\">{esc(x)}</p>" for x in r["links"])
    css = """
@page { size: Letter; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 8.6pt; line-height: 1.45;
       color: #1e2532; }
p { margin: 0; }
header { background: #1f2a3c; color: #fff; padding: 10mm 14mm 8mm; }
h1 { margin: 0; font-size: 22pt; line-height: 1.15; font-weight: bold; }
.headline { margin-top: 1mm; font-size: 9pt; letter-spacing: 0.12em; text-transform: uppercase; color: #b9c3d6; }
.cols { display: grid; grid-template-columns: 1fr 48mm; column-gap: 10mm; padding: 7mm 14mm 0; }
h2 { margin: 0 0 2.5mm; font-size: 11pt; font-weight: bold; color: #1f2a3c; }
section { margin: 0 0 5mm; }
.item { margin: 0 0 3.2mm; break-inside: avoid; }
h3 { margin: 0; font-size: 9.4pt; font-weight: bold; }
.when { margin: 0.4mm 0 0.6mm; font-size: 7.4pt; letter-spacing: 0.06em; text-transform: uppercase; color: #8a93a3; }
ul { margin: 0.6mm 0 0; padding-left: 4.2mm; }
li { margin: 0 0 0.3mm; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; row-gap: 2mm; }
.rated .row { display: flex; justify-content: space-between; gap: 3mm; }
.lvl { color: #6d7687; font-size: 8pt; }
.bar { height: 0.8mm; margin-top: 0.8mm; background: #dfe3ea; }
.bar i { display: block; height: 100%; background: #3a71e0; }
aside h2 { font-size: 10pt; }
aside p { margin: 0 0 0.8mm; }
aside .rated { margin: 0 0 2mm; }
.link { color: #3a71e0; text-decoration: underline; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="headline">{esc(r['headline'])}</p>
</header>
<div class="cols">
<main>
<section><h2>Profile</h2><p>{esc(r['profile'])}</p></section>
<section><h2>Employment History</h2>
{jobs}</section>
<section><h2>Education</h2>
{edu}</section>
<section><h2>Courses</h2>
{courses}</section>
<section><h2>Skills</h2><div class="grid">{skills}</div></section>
</main>
<aside>
<section><h2>Details</h2>{details}</section>
<section><h2>Links</h2>{links}</section>
<section><h2>Languages</h2>{langs}</section>
</aside>
</div>
"""
    return _page(f"{esc(r['name'])} – Resume", css, body)


def docx_bullet_heavy_teacher_us_resume(r: dict, path: Path) -> None:
    """A US elementary teacher's resume typed in Word (Letter, Georgia) where every entry of every section is a Word
    bullet: the name centred over a centred ' • ' contact line; headings in bold capitals ('PROFILE', 'TEACHING
    EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS', 'SKILLS', 'VOLUNTEER'); each job one 'List Bullet' paragraph '4th
    Grade Teacher, Maple Hollow Elementary, Springfield, IL (2019–present)' with the title in bold, its duties as
    'List Bullet 2' paragraphs at the deeper list level; education in the same form; certifications, skills and
    volunteering as plain bullets."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.8)
    section.top_margin = section.bottom_margin = Inches(0.55)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Georgia", Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    for style in ("List Bullet", "List Bullet 2"):
        d.styles[style].paragraph_format.space_after = Pt(0)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(r["name"])
    run.bold, run.font.size = True, Pt(20)
    p = d.add_paragraph(r["contact"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(8), Pt(2)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(11)
        _docx_rule_below(p)

    def entry(head: str, rest: str, bullets: list[str]) -> None:
        p = d.add_paragraph(style="List Bullet")
        p.paragraph_format.space_before = Pt(2)
        p.paragraph_format.keep_with_next = bool(bullets)
        p.add_run(head).bold = True
        p.add_run(rest)
        for b in bullets:
            d.add_paragraph(b, style="List Bullet 2")

    heading("PROFILE")
    for b in r["profile"]:
        d.add_paragraph(b, style="List Bullet")
    heading("TEACHING EXPERIENCE")
    for e in r["experience"]:
        entry(e["title"], f", {e['organization']}, {e['location']} ({e['period']})", e["bullets"])
    heading("EDUCATION")
    for e in r["education"]:
        entry(e["degree"], f", {e['institution']}, {e['location']} ({e['period']})", e["bullets"])
    heading("CERTIFICATIONS")
    for c in r["certifications"]:
        d.add_paragraph(c, style="List Bullet")
    heading("SKILLS")
    for s in r["skill_groups"]["SKILLS"]:
        d.add_paragraph(s, style="List Bullet")
    heading("VOLUNTEER")
    for v in r["volunteer"]:
        d.add_paragraph(v, style="List Bullet")
    d.save(str(path))


# ------------------------------------------------------------------------------------ held-out-22 writers
# Five more hand-written people (a Pittsburgh mechanical engineer, a Tucson dental hygienist, a Portland marketing
# specialist, a Penrith electrician, a Providence economics graduate), each in a layout none of the earlier sets has.
# Built by someone who had not read the parser and did not run it on these files; the split of each file was fixed in
# FIXTURES before any of them was generated. As for PEOPLE_7 to PEOPLE_21, the truth is derived from this data, never
# from a rendering; volunteering and student activities are not experience, internships, part-time, casual and summer
# jobs and a paid research assistantship are; certifications, licences, tickets, coursework, spoken languages and
# interests are not skills (nor education); a skill phrase is one skill as written, brackets included; a period is
# given as typed; a post-nominal (', RDH') is not part of the name; text that CSS sets in capitals is given in the case
# typed. New here: in a Deedy-like two-column page the '| Title' after the employer is the title without its bar, the
# 'Mar 2022 – Present | Pittsburgh, PA' line under it holds the period and the place, the 'Proficient:' and
# 'Familiar:' labels are not skills (their items are, separated by ' • '), and a project is named by its heading, the
# '| Master's Thesis' after it not part of the name; in a Zety-like page 'Current' is the period's end as typed, and
# 'Company - City, ST' is the employer and its place; in pdftotext's rendering of a two-column page each line holds a
# piece of each column, the left column's lines (contact, skills, tools, languages, certifications) belong to their
# own sections and not to the job beside them; in an Australian trades resume the 'Position:', 'Period:', 'Course:'
# and 'Completed:' labels are not part of the values, 'Company Pty Ltd — Suburb NSW' is the employer and its place,
# and the 'Tickets & Licences' are not skills; in a Harvard-template resume the 'Leadership & Activities' entries are
# not experience, a study-abroad programme is education, and of 'Skills & Interests' only the items of the
# 'Technical:' line (separated by ', ') are skills. Every person, employer, school, project and institute here is
# invented; the towns are real places.

PEOPLE_22: dict[str, dict] = {
    "browser_deedy_like": {
        "name": "Nadia Kowalczyk", "name_parts": ("Nadia", "Kowalczyk"),
        "contact": ["nkowalczyk.design", "nadia.kowalczyk@example.com", "412.555.0147"],
        "experience": [
            {"organization": "Forgepoint Robotics", "title": "Senior Mechanical Engineer",
             "period": "Mar 2022 – Present", "location": "Pittsburgh, PA",
             "bullets": ["Lead the mechanical design of the end-of-arm tooling for a palletizing robot now running "
                         "in 34 warehouses",
                         "Cut the gripper's unit cost by 22% by moving machined parts to sheet metal and "
                         "injection-molded nylon",
                         "Own the FEA and fatigue testing of the arm's carbon-fiber links; mentor two junior "
                         "engineers"]},
            {"organization": "Keystone Medical Devices", "title": "Design Engineer", "period": "Jan 2020 – Feb 2022",
             "location": "Cranberry Township, PA",
             "bullets": ["Designed the drive housing and cable management of a powered hospital bed through FDA "
                         "design controls",
                         "Wrote 40 design verification protocols and ran drop, ingress and cycle tests to IEC 60601",
                         "Worked with two contract manufacturers on DFM reviews that removed 31 parts"]},
            {"organization": "Brightwater Aerospace", "title": "Mechanical Engineering Intern",
             "period": "May 2017 – Aug 2017", "location": "Wichita, KS",
             "bullets": ["Modeled and analyzed bracket redesigns for an interior cabin monument in CATIA and NASTRAN",
                         "Built a spreadsheet tool for fastener stack-ups used by the whole interiors team"]},
        ],
        "education": [
            {"institution": "Allegheny Ridge University", "degree": "MS in Mechanical Engineering",
             "period": "Dec 2019", "location": "Pittsburgh, PA", "note": "GPA: 3.87 / 4.0"},
            {"institution": "Lakeshore Polytechnic Institute", "degree": "BS in Mechanical Engineering",
             "period": "May 2018", "location": "Cleveland, OH", "note": "Minor in Biomedical Engineering"},
        ],
        "links": [("LinkedIn", "nadiakowalczyk"), ("GrabCAD", "nkowalczyk"), ("Portfolio", "nkowalczyk.design")],
        "coursework": {"Graduate": ["Finite Element Methods", "Robot Dynamics & Control", "Advanced Machine Design",
                                    "Biomechanics of Human Motion"],
                       "Undergraduate": ["Mechatronics", "Heat Transfer", "Manufacturing Processes",
                                         "Vibrations"]},
        "skill_groups": {
            "Proficient": ["SolidWorks", "ANSYS Mechanical", "MATLAB", "GD&T (ASME Y14.5)", "DFM/DFA",
                           "Sheet metal design"],
            "Familiar": ["Python", "CATIA", "LabVIEW", "Arduino", "3D printing (FDM, SLA)"],
        },
        "projects": [
            {"name": "Passive Ankle Exoskeleton", "descript": "Master's Thesis", "period": "Jan 2019 – Dec 2019",
             "bullets": ["Designed a spring-clutch ankle exoskeleton weighing 640 g that cut the wearer's metabolic "
                         "cost of walking by 7% in a 10-person study"]},
            {"name": "Soft Robotic Gripper", "descript": "Course Project", "period": "Sep 2018 – Dec 2018",
             "bullets": ["Cast silicone pneumatic fingers and a 3D-printed palm that picked 18 of 20 test objects "
                         "without damage"]},
            {"name": "Formula SAE Rear Suspension", "descript": "Lakeshore Racing", "period": "Sep 2016 – May 2018",
             "bullets": ["Led the redesign of the rear uprights and pushrods, saving 1.9 kg of unsprung mass"]},
        ],
    },
    "browser_zety_like": {
        "name": "Brianna Castillo", "postnominal": ", RDH",
        "contact": ["Tucson, AZ 85718", "(520) 555-0174", "brianna.castillo@example.com"],
        "summary": "Registered dental hygienist with nine years in general and periodontal practices and a "
                   "dental assisting background. Known for gentle, thorough care, clear patient education and "
                   "keeping a full schedule of 8 to 10 patients a day on time. Bilingual in English and Spanish.",
        "skill_groups": {
            "Skills": ["Periodontal charting", "Scaling and root planing", "Digital radiography",
                       "Local anesthesia administration", "Patient education", "Dentrix",
                       "Infection control (OSHA)", "Sealants and fluoride varnish"],
        },
        "experience": [
            {"period": "06/2019 - Current", "title": "Registered Dental Hygienist",
             "organization": "Saguaro Family Dentistry", "location": "Tucson, AZ",
             "bullets": ["Provide prophylaxis, scaling and root planing and periodontal maintenance for 8-10 "
                         "patients a day",
                         "Take and review full-mouth series and bitewing radiographs with a Dexis sensor",
                         "Raised the office's periodontal maintenance acceptance from 55% to 71% through chairside "
                         "education",
                         "Train new hygienists and assistants on Dentrix perio charting"]},
            {"period": "08/2016 - 05/2019", "title": "Dental Hygienist",
             "organization": "Catalina Foothills Periodontics", "location": "Tucson, AZ",
             "bullets": ["Delivered non-surgical periodontal therapy and local anesthesia in a two-doctor "
                         "specialty practice",
                         "Placed locally delivered antimicrobials and recorded six-point pocket depths"]},
            {"period": "09/2014 - 05/2016", "title": "Front Desk Coordinator",
             "organization": "Rincon Smiles Pediatric Dentistry", "location": "Tucson, AZ",
             "bullets": ["Part-time while in school: scheduling, insurance verification and patient check-in"]},
            {"period": "07/2013 - 07/2014", "title": "Dental Assistant", "organization": "Bright Mesa Dental Group",
             "location": "Mesa, AZ",
             "bullets": ["Chairside assisting, sterilization and room turnover for three dentists",
                         "Took radiographs and poured and trimmed study models"]},
        ],
        "education": [
            {"degree": "Associate of Applied Science", "field": "Dental Hygiene", "period": "May 2016",
             "institution": "Sabino Canyon Community College", "location": "Tucson, AZ"},
            {"degree": "Certificate", "field": "Dental Assisting", "period": "June 2013",
             "institution": "Desert Bloom Career Institute", "location": "Mesa, AZ"},
        ],
        "certifications": ["Arizona Dental Hygiene License - 2016", "Arizona Local Anesthesia Permit - 2016",
                           "BLS for Healthcare Providers (CPR) - American Heart Association - 2025"],
        "languages": [("English", "Native or Bilingual"), ("Spanish", "Full Professional")],
        "projects": [],
    },
    "txt_pdftotext_two_column": {
        "name": "Camille Durand", "headline": "Marketing Specialist",
        "contact": ["(503) 555-0139", "camille.durand@example.com", "Portland, OR 97214",
                    "linkedin.com/in/camilledurand"],
        "profile": "Marketing specialist with seven years in outdoor retail and financial services brands. I plan "
                   "and run email, social and content campaigns from brief to report, write most of the copy "
                   "myself and work closely with sales and design. Grew Larkspur's email revenue by 38% in two "
                   "years.",
        "experience": [
            {"title": "Marketing Specialist", "organization": "Larkspur Outdoor Co.", "location": "Portland, OR",
             "period": "March 2021 – Present",
             "bullets": ["Run the email program for 210,000 subscribers: 3 campaigns a week and 14 automated flows",
                         "Grew email revenue by 38% in two years with segmentation and A/B testing",
                         "Plan the seasonal social calendar and manage a $25K monthly paid social budget",
                         "Brief and review work from two freelance designers and a photo agency"]},
            {"title": "Marketing Coordinator", "organization": "Willamette Valley Credit Union",
             "location": "Salem, OR", "period": "June 2018 – February 2021",
             "bullets": ["Coordinated branch events, direct mail and member newsletters for 11 branches",
                         "Rebuilt the website's loan pages with the web team, lifting organic traffic by 52%",
                         "Tracked campaign results and the marketing budget in monthly reports"]},
            {"title": "Marketing Assistant", "organization": "Riverbend Brewing Company", "location": "Eugene, OR",
             "period": "September 2016 – May 2018",
             "bullets": ["Part-time during college: social media posts, event flyers and taproom promotions"]},
        ],
        "education": [
            {"degree": "B.A. in Communication Studies, Minor in Marketing", "institution": "Cascadia State University",
             "location": "Eugene, OR", "period": "September 2014 – June 2018"},
        ],
        "skill_groups": {
            "SKILLS": ["Content marketing", "Email marketing automation", "SEO and SEM", "Social media strategy",
                       "Campaign analytics", "Copywriting", "Event marketing", "Budget tracking"],
            "TOOLS": ["HubSpot", "Google Analytics 4", "Salesforce Marketing Cloud", "Hootsuite", "Canva",
                      "Adobe InDesign"],
        },
        "languages": ["English (native)", "French (fluent)"],
        "certifications": ["HubSpot Content Marketing", "Google Ads Search"],
        "projects": [],
    },
    "docx_trades_tickets_au": {
        "name": "Jarrod McKenzie", "headline": "A-Grade Electrician",
        "contact": "Penrith NSW 2750  |  0491 570 156  |  jarrod.mckenzie@example.com  |  Full NSW driver licence, "
                   "own ute and tools",
        "summary": "Licensed electrician with ten years in commercial and industrial work across Western Sydney, "
                   "the last six as a leading hand. Safe, tidy and reliable, comfortable running a small crew on "
                   "site and dealing directly with builders and clients.",
        "tickets": ["NSW Electrician Licence – Qualified Supervisor Certificate No. 218845S",
                    "General Construction Induction Card (White Card)",
                    "High Risk Work Licence – Boom-type EWP 11 m and over (WP)",
                    "EWP Operator Ticket – scissor lift and vertical lift (under 11 m)",
                    "Working at Heights (RIIWHS204E)", "Confined Space Entry (RIIWHS202E)",
                    "Provide First Aid (HLTAID011) and CPR – renewed 2025",
                    "Test and Tag of portable electrical equipment"],
        "experience": [
            {"organization": "Nepean Valley Electrical Pty Ltd", "location": "Penrith NSW",
             "title": "Leading Hand Electrician", "period": "Mar 2019 – Present",
             "bullets": ["Run crews of 2-5 electricians and apprentices on commercial fit-outs up to $1.8M",
                         "Install and upgrade switchboards, sub-mains and distribution boards",
                         "Fault finding, testing and commissioning to AS/NZS 3000 and AS/NZS 3017",
                         "Complete SWMS, Certificates of Compliance (CCEW) and as-built drawings"]},
            {"organization": "Coastline Power & Data Pty Ltd", "location": "Wetherill Park NSW",
             "title": "Electrician", "period": "Jan 2016 – Feb 2019",
             "bullets": ["Industrial installs in warehouses and factories: cable tray, conduit and high-bay lighting",
                         "Data and comms cabling (Cat6, fibre) and rooftop solar PV installs",
                         "Preventive maintenance and breakdown call-outs for factory clients"]},
            {"organization": "Sparkline Contracting Pty Ltd", "location": "Blacktown NSW",
             "title": "Apprentice Electrician", "period": "Feb 2012 – Dec 2015",
             "bullets": ["Four-year apprenticeship on domestic and light commercial jobs",
                         "Rough-in and fit-off, new homes, renovations and shop fit-outs"]},
            {"organization": "Hills Timber & Hardware Pty Ltd", "location": "Castle Hill NSW",
             "title": "Casual Yard Hand", "period": "Nov 2010 – Jan 2012",
             "bullets": ["Loading customer orders, yard tidy-ups and stock deliveries"]},
        ],
        "education": [
            {"institution": "Mulgoa Technical College", "location": "Kingswood NSW",
             "course": "Certificate III in Electrotechnology Electrician (UEE30811)", "period": "Dec 2015"},
            {"institution": "Jamisontown Secondary College", "location": "Jamisontown NSW",
             "course": "Higher School Certificate", "period": "2010"},
        ],
        "skill_groups": {
            "Key Skills": ["Commercial and industrial fit-outs", "Switchboard upgrades", "Fault finding",
                           "Cable tray and conduit installation", "Testing and commissioning",
                           "Data and comms cabling", "Solar PV installation", "Reading drawings and schematics"],
        },
        "projects": [],
    },
    "docx_harvard_careers": {
        "name": "Sophia Lindgren",
        "contact": "45 Hope Street, Apt 3 • Providence, RI 02906 • sophia.lindgren@example.com • (401) 555-0162",
        "education": [
            {"institution": "Calloway University", "location": "Providence, RI",
             "degree": "A.B. in Economics, Secondary Field in Statistics. GPA 3.78", "period": "May 2025",
             "lines": ["Relevant Coursework: Econometrics, Intermediate Microeconomics, Financial Economics, Public "
                       "Finance, Machine Learning for Economists",
                       "Senior Thesis: Minimum wage increases and teen employment in New England counties, "
                       "2010-2023"]},
            {"institution": "Nordic Institute for Economic Studies", "location": "Copenhagen, Denmark",
             "degree": "Study abroad: European Economic Integration, Danish Language",
             "period": "January 2024 – May 2024", "lines": []},
        ],
        "experience": [
            {"organization": "Brookline Harbor Economics", "location": "Boston, MA", "title": "Research Analyst",
             "period": "July 2025 – Present",
             "bullets": ["Build damages and class certification analyses for antitrust and labor cases in Stata "
                         "and R",
                         "Clean and merge payroll and transaction data sets of up to 40 million rows",
                         "Draft exhibits and summaries of the economic literature for expert reports"]},
            {"organization": "Calloway University Department of Economics", "location": "Providence, RI",
             "title": "Research Assistant", "period": "September 2024 – May 2025",
             "bullets": ["Assisted Professor Hannah Weiss with a study of housing vouchers: coded survey data and "
                         "ran regressions in Stata",
                         "Wrote replication code and documentation for the published data package"]},
            {"organization": "Atlantic Policy Institute", "location": "Washington, DC",
             "title": "Economic Research Intern", "period": "June 2024 – August 2024",
             "bullets": ["Assembled a county-level panel of minimum wages and employment from BLS QCEW data",
                         "Wrote two blog posts on state child care subsidies, read by 6,000 people"]},
            {"organization": "Merrow & Pike Capital", "location": "New York, NY", "title": "Summer Analyst",
             "period": "June 2023 – August 2023",
             "bullets": ["Built comparable company and DCF models for two middle-market consumer deals",
                         "Prepared industry research pages for an investment committee memo"]},
        ],
        "activities": [
            {"organization": "Calloway Undergraduate Economics Association", "location": "Providence, RI",
             "role": "Treasurer", "period": "September 2022 – May 2025",
             "bullets": ["Managed a $14,000 annual budget and organized a speaker series of 8 economists a year"]},
            {"organization": "Providence Youth Tax Clinic", "location": "Providence, RI",
             "role": "Volunteer Tax Preparer", "period": "January 2023 – April 2025",
             "bullets": ["Prepared 90+ federal and state returns for low-income families as an IRS-certified "
                         "volunteer"]},
        ],
        "skill_groups": {
            "Technical": ["Stata", "R", "Python (pandas, statsmodels)", "SQL", "Microsoft Excel (pivot tables, VBA)",
                          "Bloomberg Terminal", "LaTeX"],
        },
        "language": "Fluent in Swedish; conversational Spanish",
        "interests": "Distance running, Scandinavian crime fiction, cooking for large groups",
        "projects": [],
    },
}


def browser_deedy_like(r: dict) -> str:
    """A mechanical engineer's resume in the look of the LaTeX 'Deedy resume', rebuilt in HTML/CSS and printed by
    Chromium (Letter, DejaVu Sans): the name centred at the top in two parts, the first name in a hairline weight and
    the surname in bold, over a ' | ' contact line; below, a narrow left column ('Education' with the school set in
    capitals, the degree, a 'Dec 2019 | Pittsburgh, PA' line and a note; 'Links' as 'LinkedIn:// handle';
    'Coursework' with 'Graduate' and 'Undergraduate' lists; 'Skills' as 'Proficient:' and 'Familiar:' lists joined
    by ' • ') and a wide right column ('Experience' with each employer set in capitals followed by '| Title', a 'Mar
    2022 – Present | Pittsburgh, PA' line in grey and bullets; 'Projects' in the same form, the project's name in
    capitals followed by '| Master's Thesis'). Headings in light grey capitals."""
    first, last = r["name_parts"]
    contact = " | ".join(esc(c) for c in r["contact"])

    def entry(head: str, descript: str, location: str, bullets: list[str]) -> str:
        return (f"<div class=\"entry\"><p class=\"head\"><span class=\"sub\">{esc(head)}</span> "
                f"<span class=\"descript\">| {esc(descript)}</span></p><p class=\"location\">{esc(location)}</p>"
                f"<ul>{_li(bullets)}</ul></div>\n")

    jobs = "".join(entry(e["organization"], e["title"], f"{e['period']} | {e['location']}", e["bullets"])
                   for e in r["experience"])
    projects = "".join(entry(p["name"], p["descript"], p["period"], p["bullets"]) for p in r["projects"])
    edu = "".join(f"<div class=\"school\"><p class=\"sub\">{esc(e['institution'])}</p><p>{esc(e['degree'])}</p>"
                  f"<p class=\"location\">{esc(e['period'])} | {esc(e['location'])}</p><p>{esc(e['note'])}</p>"
                  f"</div>\n" for e in r["education"])
    links = "".join(f"<p>{esc(site)}:// <b>{esc(handle)}</b></p>" for site, handle in r["links"])
    courses = "".join(f"<p class=\"label\">{esc(level)}</p>" + "".join(f"<p>{esc(c)}</p>" for c in items)
                      for level, items in r["coursework"].items())
    skills = "".join(f"<p class=\"label\">{esc(label)}:</p><p>{' &bull; '.join(esc(s) for s in items)}</p>"
                     for label, items in r["skill_groups"].items())
    css = """
@page { size: Letter; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; padding: 10mm 13mm 8mm; font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 8.2pt;
       line-height: 1.38; color: #3c3c3c; }
p { margin: 0; }
header { text-align: center; margin-bottom: 5mm; }
h1 { margin: 0; font-size: 32pt; line-height: 1.1; color: #2b2b2b; letter-spacing: 0.02em; }
h1 .thin { font-weight: 200; }
h1 .bold { font-weight: bold; }
.contact { margin-top: 1.5mm; font-size: 9pt; color: #555; }
.cols { display: grid; grid-template-columns: 50mm 1fr; column-gap: 9mm; }
h2 { margin: 0 0 1.8mm; font-size: 13pt; font-weight: 200; letter-spacing: 0.06em; text-transform: uppercase;
     color: #8a8a8a; }
section { margin: 0 0 4.5mm; }
.sub { font-weight: bold; font-size: 9.6pt; text-transform: uppercase; color: #2b2b2b; letter-spacing: 0.03em; }
.descript { font-size: 9.4pt; color: #2b2b2b; }
.location { font-size: 8pt; color: #8a8a8a; }
.school { margin: 0 0 2.6mm; }
.label { margin-top: 1.2mm; font-weight: bold; font-size: 8.6pt; color: #2b2b2b; }
.entry { margin: 0 0 3.2mm; break-inside: avoid; }
ul { margin: 0.8mm 0 0; padding-left: 3.8mm; }
li { margin: 0 0 0.4mm; }
"""
    body = f"""
<header>
<h1><span class="thin">{esc(first)}</span> <span class="bold">{esc(last)}</span></h1>
<p class="contact">{contact}</p>
</header>
<div class="cols">
<aside>
<section><h2>Education</h2>
{edu}</section>
<section><h2>Links</h2>{links}</section>
<section><h2>Coursework</h2>{courses}</section>
<section><h2>Skills</h2>{skills}</section>
</aside>
<main>
<section><h2>Experience</h2>
{jobs}</section>
<section><h2>Projects</h2>
{projects}</section>
</main>
</div>
"""
    return _page(f"{esc(r['name'])} – Resume", css, body)


def browser_zety_like(r: dict) -> str:
    """A dental hygienist's resume from a Zety/LiveCareer-style builder, rebuilt in HTML/CSS and printed by Chromium
    (Letter, Liberation Sans): the name (with ', RDH') large in dark blue over a contact line, a coloured rule;
    headings in bold blue with a rule ('Professional Summary', 'Skills', 'Work History', 'Education',
    'Certifications', 'Languages'); 'Skills' as a two-column grid of bullets; each job as the dates ('06/2019 -
    Current') on a line of their own, then the job title in bold, then 'Company Name - City, ST', then bullets;
    education as '**Associate of Applied Science**: Dental Hygiene, May 2016' over 'School - City, ST'; languages
    with a level word under each."""
    contact = " &nbsp;|&nbsp; ".join(esc(c) for c in r["contact"])
    skills = r["skill_groups"]["Skills"]
    half = (len(skills) + 1) // 2
    grid = "".join(f"<ul>{_li(part)}</ul>" for part in (skills[:half], skills[half:]))
    jobs = "".join(f"<div class=\"job\"><p class=\"dates\">{esc(e['period'])}</p>"
                   f"<p class=\"jt\">{esc(e['title'])}</p>"
                   f"<p class=\"co\">{esc(e['organization'])} - {esc(e['location'])}</p>"
                   f"<ul>{_li(e['bullets'])}</ul></div>\n" for e in r["experience"])
    edu = "".join(f"<div class=\"job\"><p><b>{esc(e['degree'])}</b>: {esc(e['field'])}, {esc(e['period'])}</p>"
                  f"<p class=\"co\">{esc(e['institution'])} - {esc(e['location'])}</p></div>\n"
                  for e in r["education"])
    langs = "".join(f"<div><p><b>{esc(lang)}</b>:</p><p class=\"lvl\">{esc(level)}</p><div class=\"bar\"><i></i>"
                    f"</div></div>" for lang, level in r["languages"])
    css = """
@page { size: Letter; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; padding: 12mm 17mm 10mm; font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.6pt;
       line-height: 1.4; color: #222; }
p { margin: 0; }
h1 { margin: 0; font-size: 24pt; line-height: 1.15; color: #1d3f72; }
.contact { margin: 1.5mm 0 0; padding-bottom: 3mm; border-bottom: 1.2mm solid #1d3f72; font-size: 9.2pt; }
h2 { margin: 5mm 0 2mm; padding-bottom: 0.8mm; font-size: 12pt; color: #1d3f72; border-bottom: 0.3mm solid #9fb3d1;
     break-after: avoid; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }
.grid ul { margin: 0; }
ul { margin: 1mm 0 0; padding-left: 5mm; }
li { margin: 0 0 0.5mm; }
.job { margin: 0 0 3.5mm; break-inside: avoid; }
.dates { font-weight: bold; color: #555; }
.jt { font-weight: bold; font-size: 10.4pt; }
.co { font-style: italic; }
.langs { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }
.lvl { font-size: 8.6pt; color: #555; }
.bar { height: 1.2mm; margin-top: 0.6mm; background: #d7e0ee; }
.bar i { display: block; width: 100%; height: 100%; background: #1d3f72; }
"""
    body = f"""
<h1>{esc(r['name'] + r['postnominal'])}</h1>
<p class="contact">{contact}</p>
<h2>Professional Summary</h2>
<p>{esc(r['summary'])}</p>
<h2>Skills</h2>
<div class="grid">{grid}</div>
<h2>Work History</h2>
{jobs}
<h2>Education</h2>
{edu}
<h2>Certifications</h2>
<ul>{_li(r['certifications'])}</ul>
<h2>Languages</h2>
<div class="langs">{langs}</div>
"""
    return _page(f"{esc(r['name'])} - Resume", css, body)


def txt_pdftotext_two_column(r: dict) -> str:
    """A marketing specialist's two-column resume as `pdftotext -layout` gives it (UTF-8 plain text, a form feed at
    the end of the page): the name and headline across the top, then a narrow left column ('CONTACT', 'SKILLS',
    'TOOLS', 'LANGUAGES', 'CERTIFICATIONS', one item a line) and a wide right column ('PROFILE', 'EXPERIENCE' with the
    title, 'Employer | City, ST' and 'March 2021 – Present' on lines of their own and '•' bullets, 'EDUCATION') side
    by side: each line holds the left column's text, a run of spaces and the right column's text."""
    import textwrap

    left = ["CONTACT", *r["contact"], ""]
    for label, items in r["skill_groups"].items():
        left += [label, *items, ""]
    left += ["LANGUAGES", *r["languages"], "", "CERTIFICATIONS", *r["certifications"]]

    right = ["PROFILE", *textwrap.wrap(r["profile"], 58), "", "EXPERIENCE"]
    for e in r["experience"]:
        right += [e["title"], f"{e['organization']} | {e['location']}", e["period"]]
        for b in e["bullets"]:
            right += textwrap.wrap(b, 58, initial_indent="• ", subsequent_indent="  ")
        right.append("")
    right.append("EDUCATION")
    for e in r["education"]:
        right += [*textwrap.wrap(e["degree"], 58), f"{e['institution']} | {e['location']}", e["period"]]

    column = 38
    out = [" " * 30 + r["name"], " " * 30 + r["headline"], "", ""]
    for n in range(max(len(left), len(right))):
        a = left[n] if n < len(left) else ""
        b = right[n] if n < len(right) else ""
        # pdftotext places each column at its x position; a short left line leaves a longer run of spaces
        out.append((a.ljust(column) + b).rstrip() if b else a)
    return "\n".join(out) + "\n\f"


def docx_trades_tickets_au_resume(r: dict, path: Path) -> None:
    """An Australian electrician's resume typed in Word (A4, Arial): the name in bold and the trade under it, a
    ' | ' contact line, headings in bold capitals over a rule ('CAREER SUMMARY', 'TICKETS & LICENCES', 'EMPLOYMENT
    HISTORY', 'QUALIFICATIONS', 'KEY SKILLS', 'REFEREES'); tickets and licences as bullets (White Card, Qualified
    Supervisor Certificate number, EWP tickets); each job as a bold 'Company Pty Ltd — Suburb NSW' line, then
    'Position: ...' and 'Period: Mar 2019 – Present' lines with the labels in bold, then the duties as 'List Bullet'
    paragraphs; qualifications in the same form ('Course:', 'Completed:'); 'Referees available on request'."""
    import docx
    from docx.shared import Mm, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(15)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(0)

    p = d.add_paragraph()
    run = p.add_run(r["name"])
    run.bold, run.font.size = True, Pt(20)
    p = d.add_paragraph()
    run = p.add_run(r["headline"])
    run.font.size = Pt(12)
    d.add_paragraph(r["contact"]).paragraph_format.space_before = Pt(3)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(3)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(11.5)
        _docx_rule_below(p, "404040")

    def labelled(label: str, value: str, keep: bool = True) -> None:
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = keep
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)

    def head(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        p.add_run(text).bold = True

    heading("CAREER SUMMARY")
    d.add_paragraph(r["summary"])
    heading("TICKETS & LICENCES")
    for t in r["tickets"]:
        d.add_paragraph(t, style="List Bullet")
    heading("EMPLOYMENT HISTORY")
    for e in r["experience"]:
        head(f"{e['organization']} — {e['location']}")
        labelled("Position", e["title"])
        labelled("Period", e["period"])
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    heading("QUALIFICATIONS")
    for e in r["education"]:
        head(f"{e['institution']} — {e['location']}")
        labelled("Course", e["course"])
        labelled("Completed", e["period"], keep=False)
    heading("KEY SKILLS")
    for s in r["skill_groups"]["Key Skills"]:
        d.add_paragraph(s, style="List Bullet")
    heading("REFEREES")
    d.add_paragraph("Referees available on request")
    d.save(str(path))


def docx_harvard_careers_resume(r: dict, path: Path) -> None:
    """A recent economics graduate's resume in the Harvard careers office template, typed in Word (Letter, Times New
    Roman 11): the name centred in bold over a centred ' • ' contact line; section headings centred in bold with a
    rule below, Education first; each school as the bold name on the left and 'City, ST' at a right tab stop, the
    degree in italics on the left and the date at the right tab stop, then plain 'Relevant Coursework:' and 'Senior
    Thesis:' lines; 'Experience' and 'Leadership & Activities' in the same form (bold organisation left, location
    right; italic title left, 'June 2024 – August 2024' right; 'List Bullet' paragraphs); 'Skills & Interests' as
    'Technical: ...', 'Language: ...' and 'Interests: ...' lines with bold labels."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.75)
    section.top_margin = section.bottom_margin = Inches(0.6)
    width = Inches(7.0)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(0)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(r["name"])
    run.bold, run.font.size = True, Pt(16)
    p = d.add_paragraph(r["contact"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(10), Pt(3)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(12)
        _docx_rule_below(p, "000000")

    def row(left: str, right: str, bold: bool = False, italic: bool = False, space: float = 0) -> None:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_before = Pt(space)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(left)
        run.bold, run.italic = bold, italic
        p.add_run("\t" + right)

    def entries(items: list[dict], title_key: str) -> None:
        for e in items:
            row(e["organization"], e["location"], bold=True, space=6)
            row(e[title_key], e["period"], italic=True)
            for b in e["bullets"]:
                d.add_paragraph(b, style="List Bullet")

    heading("Education")
    for e in r["education"]:
        row(e["institution"], e["location"], bold=True, space=6)
        row(e["degree"], e["period"], italic=True)
        for line in e["lines"]:
            d.add_paragraph(line)
    heading("Experience")
    entries(r["experience"], "title")
    heading("Leadership & Activities")
    entries(r["activities"], "role")
    heading("Skills & Interests")
    for label, value in (("Technical", ", ".join(r["skill_groups"]["Technical"])), ("Language", r["language"]),
                         ("Interests", r["interests"])):
        p = d.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)
    d.save(str(path))


# ------------------------------------------------------------------------------------ held-out-23 writers
# Five more hand-written people (a Minneapolis HR business partner, a Bath head chef, a Rockford CNC machinist, an
# ecology postdoc, a Saint-Jérôme welder-fitter), none a software engineer, each in a layout none of the earlier sets
# has. Built by someone who had not read the parser, its tests or the fixtures' README and did not run it on these
# files; the split of each file was fixed in FIXTURES before any of them was generated. As for PEOPLE_7 to PEOPLE_22,
# the truth is derived from this data, never from a rendering; volunteering and student activities are not
# experience, internships, part-time and summer jobs are; certifications, licences, tickets, food hygiene
# certificates, assessments, spoken languages and interests are not skills (nor education); a skill phrase is one
# skill as written, brackets included (a comma inside the brackets does not split it), and a skill on a line, bullet
# or pill of its own is one skill even where it holds commas ('SMAW, FCAW, GMAW and GTAW welding'); a period is given
# as typed; text that CSS sets in capitals is given in the case typed; a place is only what the resume gives beside a
# job or a school (an address or a city in the contact lines is not one); none of the five has a projects section.
# New here: in an Enhancv-like page each tag pill under 'Skills' is one skill, the 'Key Achievements' cards are
# neither experience nor skills, and the line under the employer holds the period (after a calendar icon) and the
# place (after a pin icon), for schools too; in the chef's LibreOffice-made document the bold 'Head Chef, The Copper
# Kettle, Bath' line is the title, the employer and the town (the place is the town as typed), the italic line under
# it ('2019 - present') the period, an education line is 'Qualification, School, Town' in the same way, each '- '
# line under 'KITCHEN SKILLS' is one skill without its hyphen, and the 'FOOD HYGIENE' certificates are neither skills
# nor education; in the text copied from an Indeed profile page the site's navigation, tab and footer lines are not
# part of the resume, 'Company - City, ST' is the employer and its place, a skill is given without its '(N years)',
# and 'Certifications and Licenses' and 'Assessments' are not skills; in the academic CV the 'Appointments' are the
# experience, each as 'Title, Unit, Institution' where the organisation is the institution (the last part) and the
# department, centre or programme is not part of it, '2022–' is a period open at its end and is given as typed,
# education has the same form (the school is the last part), no appointment or school has a place, and 'Grants and
# Awards', 'Publications', 'Presentations', 'Teaching' and 'Service' are neither experience nor projects; of its
# 'Skills' the items after the 'Laboratory:', 'Field:' and 'Software and statistics:' labels (separated by ', ') are
# skills, the labels are not; in the Quebec welder's resume the French words in brackets belong to the headings, each
# job is a row of a borderless table with the period in the left cell and the title, 'Employer, Town, QC' and bullets
# in the right one (the place is 'Town, QC'), the DEP and DES are degrees and not schools, and the CWB tickets and
# safety cards under 'CERTIFICATIONS' are not skills. Every person, employer, school, institute, grant number and
# publication here is invented; the towns are real places, and the certifying and funding bodies named (SHRM, CWB,
# NIMS, OSHA, NSF, ASP Construction) are real.

PEOPLE_23: dict[str, dict] = {
    "browser_enhancv_like": {
        "name": "Renata Falkenberg",
        "headline": "Senior HR Business Partner | Employee Relations | Organizational Change",
        "contact": [("phone", "(612) 555-0191"), ("mail", "renata.falkenberg@example.com"),
                    ("link", "linkedin.com/in/renatafalkenberg"), ("pin", "Minneapolis, Minnesota")],
        "summary": "HR business partner with thirteen years in agriculture, healthcare and transportation. I coach "
                   "leaders through reorganizations, handle the hard employee relations cases myself and back "
                   "people decisions with data. Known for calm investigations and for onboarding that keeps new "
                   "hires past their first 90 days.",
        "experience": [
            {"title": "Senior HR Business Partner", "organization": "Northstar Grain Cooperative",
             "period": "03/2021 - Present", "location": "Minneapolis, MN",
             "bullets": ["Partner with the VPs of Operations and Supply Chain on people plans for 1,150 employees at "
                         "14 grain terminals and two processing plants",
                         "Led the redesign of frontline onboarding, cutting 90-day turnover from 38% to 21%",
                         "Handle complex employee relations cases and investigations, including harassment "
                         "complaints and ADA accommodation requests",
                         "Guided the 2023 merger of two regional cooperatives: job mapping for 320 roles, union "
                         "consultation and employee communications"]},
            {"title": "HR Business Partner", "organization": "Lakehead Health System", "period": "06/2017 - 02/2021",
             "location": "Duluth, MN",
             "bullets": ["Supported nursing, pharmacy and facilities leaders across a 380-bed hospital and nine "
                         "clinics",
                         "Ran the annual merit and market-adjustment cycle for 2,400 employees on a $4.6M budget",
                         "Built a Power BI turnover dashboard that leaders now use in monthly staffing reviews",
                         "Co-led the COVID-19 redeployment team that moved 260 staff into testing and vaccination "
                         "roles"]},
            {"title": "HR Generalist", "organization": "Prairie Rail Logistics", "period": "08/2014 - 05/2017",
             "location": "Fargo, ND",
             "bullets": ["Full-cycle HR for a 600-person rail and trucking company: recruiting, leave "
                         "administration, payroll changes and policy questions",
                         "Rolled out the company's first annual performance review and trained 45 supervisors on "
                         "it"]},
            {"title": "Recruiting Coordinator", "organization": "Bluestem Staffing Group",
             "period": "01/2013 - 07/2014", "location": "St. Paul, MN",
             "bullets": ["Scheduled 40+ interviews a week for light industrial and clerical clients and ran new-hire "
                         "paperwork and background checks"]},
        ],
        "achievements": [
            ("star", "Turnover Down 17 Points",
             "Rebuilt frontline onboarding at Northstar; 90-day turnover fell from 38% to 21% within a year."),
            ("users", "A Merger With No Grievances",
             "Mapped 320 roles and consulted two unions through the 2023 cooperative merger; no grievance was "
             "filed."),
            ("chart", "People Analytics Adopted",
             "My turnover dashboard became the standard in monthly staffing reviews across Lakehead Health."),
        ],
        "skill_groups": {
            "Skills": ["Employee Relations", "Workplace Investigations", "Talent Acquisition",
                       "Performance Management", "Compensation Planning", "Organizational Change",
                       "Workforce Planning", "HR Analytics", "Power BI", "Workday HCM", "UKG Pro",
                       "FMLA & ADA Compliance", "Labor Relations", "Leadership Coaching"],
        },
        "education": [
            {"degree": "Master of Arts in Human Resources and Industrial Relations",
             "institution": "Hennepin Crossing University", "period": "09/2012 - 05/2014", "location": "St. Paul, MN"},
            {"degree": "Bachelor of Science in Psychology", "institution": "Red Cedar College",
             "period": "09/2008 - 05/2012", "location": "Moorhead, MN"},
        ],
        "certifications": [("SHRM Senior Certified Professional (SHRM-SCP)",
                            "Society for Human Resource Management, 2020")],
        "projects": [],
    },
    "docx_libreoffice_odt_export_chef": {
        "name": "Owen Trelawney",
        "address": "Flat 2, 31 Larkhall Terrace, Bath BA1 6RZ",
        "contact": "Mobile: 07700 900418   Email: owen.trelawney@example.co.uk",
        "profile": "Head chef with sixteen years in pub, hotel and brasserie kitchens around Bath and Bristol. I "
                   "write seasonal menus around what local farms and fishermen have that week, run a tidy, calm "
                   "kitchen and keep a close eye on food costs. I enjoy training young chefs and three of my "
                   "former commis now run sections of their own.",
        "experience": [
            {"title": "Head Chef", "organization": "The Copper Kettle", "location": "Bath",
             "period": "2019 - present",
             "bullets": ["Run a 70-cover kitchen open seven days, with a brigade of nine chefs and four kitchen "
                         "porters",
                         "Write the seasonal a la carte and Sunday lunch menus and cost every dish; gross profit "
                         "held at 69-72%",
                         "Buy from twelve local suppliers and cut food waste by a quarter with a weekly stock take",
                         "Kept a 5-star food hygiene rating through three inspections",
                         "Listed in a national pub guide in 2022, 2023 and 2024"]},
            {"title": "Sous Chef", "organization": "The Widcombe House Hotel", "location": "Bath",
             "period": "2015 - 2019",
             "bullets": ["Second in charge of a 40-bedroom hotel kitchen: breakfast, restaurant, afternoon teas and "
                         "weddings of up to 150 guests",
                         "Ran the kitchen on the head chef's days off and wrote the staff rota",
                         "Trained apprentices through their Level 2 and Level 3 qualifications"]},
            {"title": "Chef de Partie", "organization": "Marlowe's Brasserie", "location": "Bristol",
             "period": "2012 - 2015",
             "bullets": ["Ran the grill and fish sections in a busy city-centre brasserie doing 250 covers on a "
                         "Saturday",
                         "Prepared and portioned fish and meat deliveries every morning"]},
            {"title": "Commis Chef", "organization": "The Old Mill Inn", "location": "Frome",
             "period": "2010 - 2012",
             "bullets": ["Prep, veg and starters in a country pub kitchen; covered the pastry section at weekends"]},
        ],
        "education": [
            {"degree": "NVQ Level 3 Diploma in Professional Cookery", "institution": "Mendip College",
             "location": "Wells", "period": "2008 - 2010"},
            {"degree": "GCSEs (9 at grades A*-C including English and Maths)", "institution": "Marston Vale School",
             "location": "Frome", "period": "2003 - 2008"},
        ],
        "food_hygiene": ["Level 3 Award in Supervising Food Safety in Catering (2018, refreshed 2024)",
                         "Level 3 HACCP for Catering (2021)", "Level 2 Award in Food Allergen Awareness (2023)",
                         "Level 2 Health and Safety in the Workplace (2019)"],
        "skill_groups": {
            "KITCHEN SKILLS": ["Seasonal menu writing and dish costing", "Butchery and fish preparation",
                               "Sauces and stocks", "Bread and pastry", "Ordering, stock control and GP",
                               "Allergen management and labelling", "Rotas and kitchen brigade management",
                               "Training apprentices", "Banqueting and weddings"],
        },
        "interests": "Foraging, sea fishing off the Gower and cooking for my village cricket club's teas.",
        "projects": [],
    },
    "txt_indeed_resume_copy": {
        "name": "Dwayne Kosinski", "city": "Rockford, IL 61108", "email": "dwayne.kosinski@example.com",
        "phone": "+1 815 555 0133",
        "summary": "CNC machinist with over ten years on mills and lathes, from production runs to one-off setups. "
                   "I set up, prove out and run my own jobs, edit programs at the control and hold tight "
                   "tolerances on aerospace and hydraulic parts.",
        "experience": [
            {"title": "CNC Machinist", "organization": "Riverton Precision Components", "location": "Rockford, IL",
             "period": "March 2019 to Present",
             "bullets": ["Set up and run Haas VF-4 and Mazak Integrex machines for aerospace and hydraulic valve "
                         "parts in aluminum, 17-4 stainless and Inconel.",
                         "Edit G-code at the control and prove out new programs from Mastercam with the "
                         "programmer.",
                         "Hold tolerances down to +/- .0005 and check first articles with micrometers, bore gages "
                         "and the Zeiss CMM.",
                         "Train new operators on setups and inspection; lead the second shift when the lead is "
                         "out."]},
            {"title": "CNC Operator", "organization": "Belvidere Tool & Die", "location": "Belvidere, IL",
             "period": "June 2015 to February 2019",
             "bullets": ["Ran 3-axis vertical mills and Okuma lathes on production runs of up to 5,000 parts.",
                         "Changed inserts and offsets, deburred parts and filled out SPC charts every hour.",
                         "Moved up to doing my own setups in 2017."]},
            {"title": "Machine Operator", "organization": "Kishwaukee Plastics Inc", "location": "DeKalb, IL",
             "period": "August 2012 to May 2015",
             "bullets": ["Ran injection molding presses on 12-hour shifts, packed and inspected parts and changed "
                         "molds with the setup tech."]},
            {"title": "Production Associate", "organization": "Pecatonica Valley Foods", "location": "Freeport, IL",
             "period": "May 2010 to July 2012",
             "bullets": ["Packaging line work, sanitation and pallet wrapping. Drove forklift in the warehouse."]},
        ],
        "education": [
            {"degree": "Certificate in CNC Machining Technology", "institution": "Sinnissippi Community College",
             "location": "Rockford, IL", "period": "August 2013 to May 2014"},
            {"degree": "High school diploma", "institution": "Harlem Road High School", "location": "Loves Park, IL",
             "period": "August 2006 to May 2010"},
        ],
        "skill_groups": {
            "Skills": ["CNC programming", "G-code", "Mastercam", "Blueprint reading", "GD&T", "Haas",
                       "Mazak", "CMM", "Micrometers", "Lathe", "Mill", "Lean manufacturing", "Forklift"],
        },
        "years": {"CNC programming": 7, "G-code": 10, "Mastercam": 5, "Blueprint reading": 10, "GD&T": 7,
                  "Haas": 7, "Mazak": 4, "CMM": 3, "Lathe": 10, "Mill": 10, "Lean manufacturing": 1,
                  "Forklift": 8},
        "certifications": [("NIMS Machining Level I - CNC Milling: Programming Setup & Operations",
                            "May 2014 to Present"),
                           ("OSHA 10-Hour General Industry", "January 2020 to Present"),
                           ("Forklift Certification", "March 2022 to March 2025")],
        "assessments": [("Mechanical Knowledge", "Highly Proficient", "August 2023",
                         "Measures a candidate's ability to apply mechanical concepts and principles to solve "
                         "problems."),
                        ("Attention to Detail", "Expert", "August 2023",
                         "Measures a candidate's ability to check work for errors and follow complex instructions.")],
        "additional": "Own hand tools and toolbox. Available for second or third shift and overtime.",
        "projects": [],
    },
    "browser_academic_cv_two_page": {
        "name": "Miriam Osei-Lindqvist", "short": "M. Osei-Lindqvist",
        "contact": ["Department of Integrative Biology, Marrowstone University, 410 Alder Hall, Corvallis, OR 97331",
                    "miriam.oseilindqvist@example.edu · (541) 555-0126 · ORCID 0000-0003-1842-7719"],
        "interests": "Freshwater food webs after disturbance; how wildfire and drought change the timing of aquatic "
                     "insect emergence and what that means for the birds and bats that feed on it; stable isotopes "
                     "and DNA metabarcoding as tools to follow energy between streams and forests.",
        "experience": [
            {"period": "2022–", "title": "Postdoctoral Research Associate", "unit": "Department of Integrative Biology",
             "organization": "Marrowstone University", "location": "",
             "notes": ["Supervisor: Prof. Daniel Achterberg. Wildfire effects on stream–riparian food webs in the "
                       "western Cascades."]},
            {"period": "2019–2022", "title": "Postdoctoral Fellow", "unit": "Center for Freshwater Ecology",
             "organization": "Tahoma Lakes Research Institute", "location": "",
             "notes": ["NSF Postdoctoral Research Fellow in Biology. Drought and the timing of mayfly and stonefly "
                       "emergence."]},
            {"period": "2012–2014", "title": "Field Technician", "unit": "Long-Term Avian Monitoring Program",
             "organization": "Rogue Valley Bird Observatory", "location": "",
             "notes": ["Ran mist-net stations and point counts at 18 riparian sites; trained and led seasonal crews "
                       "of four."]},
        ],
        "education": [
            {"period": "2014–2019", "degree": "Ph.D. in Ecology", "unit": "Graduate Program in Ecology",
             "institution": "Ochoco State University", "location": "",
             "notes": ["Dissertation: Subsidies across the water's edge: aquatic insects, spiders and songbirds in "
                       "high-desert streams. Advisor: Prof. Ruth Castellanos."]},
            {"period": "2008–2012", "degree": "B.S. in Environmental Biology", "unit": "Department of Biology",
             "institution": "Kittitas Valley College", "location": "",
             "notes": ["Honors thesis: Caddisfly case-building materials along an urban gradient."]},
        ],
        "awards": [
            ("2024", "NSF Division of Environmental Biology, RAPID award DEB-2417730 (co-PI), $198,400: Food webs "
                     "of streams burned in the 2023 Cedar Ridge Fire"),
            ("2023", "Early Career Award, Western Society of Freshwater Science"),
            ("2019–2022", "NSF Postdoctoral Research Fellowship in Biology, DBI-1907641, $216,000"),
            ("2018", "Dissertation Improvement Grant, Ochoco State University Graduate School, $12,500"),
            ("2017", "Best Student Oral Presentation, Pacific Northwest Ecology Meeting"),
            ("2015–2018", "Graduate Research Fellowship, Ochoco State University"),
        ],
        "publications": [
            ("Osei-Lindqvist, M., Achterberg, D. & Tran, L. (2025). Burned streams emerge early: wildfire advances "
             "aquatic insect emergence by three weeks.", "Freshwater Biology", "70: e14388"),
            ("Tran, L.*, Osei-Lindqvist, M. & Achterberg, D. (2024). Riparian spiders track the loss of aquatic "
             "prey after wildfire.", "Ecosphere", "15: e4821"),
            ("Osei-Lindqvist, M. & Halvorsen, K. (2023). Drought shifts stonefly emergence and shrinks the "
             "subsidy to riparian birds.", "Ecology", "104: e4077"),
            ("Halvorsen, K., Osei-Lindqvist, M., Berg, S. & Mwangi, J. (2022). A metabarcoding primer set for "
             "western North American stream insects.", "Molecular Ecology Resources", "22: 2210–2224"),
            ("Osei-Lindqvist, M. (2021). Emergence traps, drift nets or both? Comparing methods for measuring "
             "aquatic subsidies.", "Limnology and Oceanography: Methods", "19: 601–614"),
            ("Osei-Lindqvist, M. & Castellanos, R. (2020). Aquatic insects make up half the diet of songbirds "
             "nesting along high-desert streams.", "Oecologia", "193: 845–857"),
            ("Castellanos, R., Osei-Lindqvist, M. & Ybarra, P. (2019). Grazing exclosures and the recovery of "
             "stream invertebrates in the northern Great Basin.", "Rangeland Ecology & Management", "72: 88–97"),
            ("Osei-Lindqvist, M., Castellanos, R. & Dunmore, A. (2018). Spiders at the water's edge: stable "
             "isotopes reveal reliance on aquatic prey.", "Freshwater Science", "37: 512–524"),
        ],
        "presentations": [
            ("2025", "Invited seminar, Department of Fish and Wildlife, Sawtooth State University"),
            ("2024", "Society for Freshwater Science Annual Meeting, Philadelphia, PA (oral)"),
            ("2023", "Ecological Society of America Annual Meeting, Portland, OR (oral)"),
            ("2021", "Western Society of Freshwater Science, virtual meeting (invited symposium talk)"),
        ],
        "teaching": [
            ("2024", "Co-instructor, Stream Ecology Field Course (BI 451/551), Marrowstone University, 18 students"),
            ("2023", "Guest lecturer, Community Ecology (BI 370), Marrowstone University, two lectures"),
            ("2016–2018", "Teaching assistant, Field Methods in Ecology (BIOL 341), Ochoco State University, five "
                          "terms"),
        ],
        "service": [
            "Reviewer for Ecology, Freshwater Biology, Oecologia and Freshwater Science (22 reviews since 2019)",
            "Mentor to four undergraduate researchers and one master's student (* above)",
            "Co-organizer, Early Career Freshwater Scientists workshop, Society for Freshwater Science, 2024",
        ],
        "skill_groups": {
            "Laboratory": ["Stable isotope analysis (δ13C, δ15N)", "DNA metabarcoding", "Aquatic insect "
                           "identification to genus", "Chlorophyll a and ash-free dry mass"],
            "Field": ["Emergence traps and drift nets", "Electrofishing", "Mist netting and bird banding",
                      "Stream discharge measurement"],
            "Software and statistics": ["R (lme4, brms, vegan)", "Bayesian mixing models (MixSIAR)", "QGIS",
                                        "Python", "Git"],
        },
        "languages": "English (native), Swedish (fluent), Twi (conversational)",
        "references": ["Prof. Daniel Achterberg, Marrowstone University (daniel.achterberg@example.edu)",
                       "Prof. Ruth Castellanos, Ochoco State University (ruth.castellanos@example.edu)",
                       "Dr. Kari Halvorsen, Tahoma Lakes Research Institute (kari.halvorsen@example.org)"],
        "projects": [],
    },
    "docx_canadian_bilingual_trades": {
        "name": "Étienne Lachance", "headline": "Welder-Fitter / Soudeur-monteur",
        "contact": "Saint-Jérôme, QC J7Z 5T3  |  450-555-0187  |  etienne.lachance@example.ca  |  Class 5 licence, "
                   "own vehicle",
        "profile": "Welder-fitter with fourteen years in structural and heavy fabrication shops in the Laurentians. "
                   "CWB-certified in SMAW and FCAW in all positions. I read shop drawings in English and French, "
                   "work safely and clean, and I like training apprentices. Available for shop or field work.",
        "experience": [
            {"period": "2018 – Present", "title": "Welder-Fitter", "organization": "Acier Laurentides Inc.",
             "location": "Saint-Jérôme, QC",
             "bullets": ["Fit and weld structural steel (beams, columns, bracing, stairs) for commercial and "
                         "industrial buildings from shop drawings",
                         "SMAW and FCAW in all positions on CWB-certified work; over 98% of my welds pass visual "
                         "and ultrasonic inspection",
                         "Lay out and fit connections with plate, angle and HSS; operate the 10-tonne overhead crane "
                         "and the beam line",
                         "Train and check the work of two apprentices from the local welding school"]},
            {"period": "2014 – 2018", "title": "MIG Welder", "organization": "Structures Boréal Ltée",
             "location": "Mirabel, QC",
             "bullets": ["GMAW production welding of trailer frames and dump bodies on a two-shift line",
                         "Set up jigs and fixtures and checked parts against drawings",
                         "Named employee of the quarter twice for quality and attendance"]},
            {"period": "2012 – 2014", "title": "Welder's Helper", "organization": "Métallurgie Rivière-du-Nord Inc.",
             "location": "Lachute, QC",
             "bullets": ["Cut with plasma and oxy-fuel, ground bevels and tack welded parts for the welders",
                         "Material handling with forklift and shop clean-up"]},
            {"period": "2010 – 2012", "title": "Part-time Yard Labourer", "organization": "Quincaillerie Saint-Antoine",
             "location": "Saint-Jérôme, QC",
             "bullets": ["Evenings and weekends during my DEP: lumber yard, deliveries and customer orders"]},
        ],
        "education": [
            {"period": "2010 – 2012",
             "degree": "DEP – Welding and Fitting (Diplôme d'études professionnelles – Soudage-montage)",
             "institution": "Centre de formation professionnelle des Cèdres-du-Nord", "location": "Saint-Jérôme, QC"},
            {"period": "2005 – 2010", "degree": "DES – Secondary School Diploma (Diplôme d'études secondaires)",
             "institution": "École secondaire du Versant-Nord", "location": "Saint-Jérôme, QC"},
        ],
        "certifications": ["CWB W47.1 – SMAW, all positions (F, H, V, OH), unlimited thickness – renewed 2024",
                           "CWB W47.1 – FCAW, all positions – renewed 2024",
                           "CWB W47.1 – GMAW, flat and horizontal – 2023",
                           "ASP Construction – General health and safety on construction sites (Santé et sécurité "
                           "générale sur les chantiers de construction)",
                           "Working at heights (Travail en hauteur) – 2022",
                           "WHMIS 2015 (SIMDUT)"],
        "skill_groups": {
            "SKILLS": ["SMAW, FCAW, GMAW and GTAW welding", "Structural steel fitting", "Blueprint and shop "
                       "drawing reading (English and French)", "Layout with plate, angle and HSS",
                       "Plasma and oxy-fuel cutting", "Overhead crane and rigging", "Magnetic drill and beam line",
                       "Visual weld inspection"],
        },
        "languages": ["French – native (langue maternelle)", "English – fluent, spoken and written"],
        "projects": [],
    },
}


_ICONS_23 = {  # 24×24 outline icons drawn as inline SVG paths (no text in the PDF), as Enhancv's pages have them
    "phone": _ICONS["phone"],
    "mail": _ICONS["mail"],
    "link": "<path d='M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1'/>"
            "<path d='M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'/>",
    "pin": "<path d='M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11z'/><circle cx='12' cy='10' r='2.5'/>",
    "calendar": "<rect x='3' y='5' width='18' height='16' rx='2'/><path d='M3 10h18M8 3v4M16 3v4'/>",
    "star": "<path d='M12 3l2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3l-5.6 2.9 1.1-6.2L3 9.6l6.2-.9z'/>",
    "users": "<circle cx='9' cy='8' r='3.5'/><path d='M2.5 20a6.5 6.5 0 0 1 13 0'/>"
             "<path d='M16 4.5a3.5 3.5 0 0 1 0 7M18 14.5a6.5 6.5 0 0 1 3.5 5.5'/>",
    "chart": "<path d='M4 20V10M10 20V4M16 20v-7M2 20h20'/>",
}


def _icon_23(name: str) -> str:
    return (f"<svg class=\"ic\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" "
            f"stroke-linecap=\"round\" stroke-linejoin=\"round\" aria-hidden=\"true\">{_ICONS_23[name]}</svg>")


def browser_enhancv_like(r: dict) -> str:
    """An HR business partner's resume from an Enhancv-style builder, rebuilt in HTML/CSS and printed by Chromium
    (Letter, Carlito): the name in bold capitals (CSS), a title line in the builder's blue and a row of contact items,
    each after an inline SVG icon (phone, mail, link, pin); below, two columns, the narrow one on the left (first in
    the page's order) with 'Key Achievements' as cards (a round icon badge, a bold title, a sentence), 'Skills' as tag
    pills, 'Education' (the degree in bold, the school in blue, a calendar-icon date range and a pin-icon town) and
    'Certification'; the wide one on the right with 'Summary' and 'Experience', each job as the title in bold, the
    company in blue, a line with a calendar icon and the dates ('03/2021 - Present') and a pin icon and the city,
    then bullets, the jobs separated by dashed rules. Headings in dark capitals over a thick rule."""
    contact = "".join(f"<span class=\"ci\">{_icon_23(kind)}{esc(text)}</span>" for kind, text in r["contact"])

    def when_where(period: str, location: str) -> str:
        return (f"<p class=\"meta\"><span>{_icon_23('calendar')}{esc(period)}</span>"
                f"<span>{_icon_23('pin')}{esc(location)}</span></p>")

    jobs = "".join(f"<div class=\"job\"><p class=\"jt\">{esc(e['title'])}</p><p class=\"co\">"
                   f"{esc(e['organization'])}</p>{when_where(e['period'], e['location'])}<ul>{_li(e['bullets'])}</ul>"
                   f"</div>\n" for e in r["experience"])
    cards = "".join(f"<div class=\"card\"><div class=\"badge\">{_icon_23(icon)}</div><div><p class=\"ct\">"
                    f"{esc(title)}</p><p class=\"cd\">{esc(text)}</p></div></div>\n"
                    for icon, title, text in r["achievements"])
    pills = "".join(f"<span class=\"pill\">{esc(s)}</span>" for s in r["skill_groups"]["Skills"])
    edu = "".join(f"<div class=\"school\"><p class=\"jt\">{esc(e['degree'])}</p><p class=\"co\">"
                  f"{esc(e['institution'])}</p>{when_where(e['period'], e['location'])}</div>\n"
                  for e in r["education"])
    certs = "".join(f"<div class=\"school\"><p class=\"ct\">{esc(name)}</p><p class=\"cd\">{esc(by)}</p></div>"
                    for name, by in r["certifications"])
    css = """
@page { size: Letter; margin: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; padding: 10mm 12mm 0; font-family: Carlito, "Liberation Sans", sans-serif; font-size: 9.8pt;
       line-height: 1.28; color: #384347; }
p { margin: 0; }
header { margin-bottom: 5.5mm; }
h1 { margin: 0; font-size: 26pt; line-height: 1.1; text-transform: uppercase; color: #1e2532;
     letter-spacing: 0.01em; }
.role { margin: 1mm 0 2.2mm; font-size: 12.5pt; font-weight: bold; color: #008cff; }
.contact { display: flex; flex-wrap: wrap; column-gap: 6mm; row-gap: 1mm; font-size: 9.2pt; }
.ci, .meta span { display: inline-flex; align-items: center; gap: 1.3mm; }
svg.ic { width: 3.4mm; height: 3.4mm; flex: none; color: #008cff; }
.cols { display: grid; grid-template-columns: 64mm 1fr; column-gap: 8mm; }
aside { grid-column: 1; grid-row: 1; }
main { grid-column: 2; grid-row: 1; }
h2 { margin: 0 0 2.6mm; padding-bottom: 0.8mm; border-bottom: 0.8mm solid #1e2532; font-size: 12pt;
     text-transform: uppercase; color: #1e2532; letter-spacing: 0.02em; }
section { margin: 0 0 4.5mm; }
section:last-child { margin-bottom: 0; }
.job { margin: 0 0 3.2mm; padding-bottom: 3mm; border-bottom: 0.25mm dashed #c3cad0; break-inside: avoid; }
.job:last-child { border-bottom: none; }
.jt { font-weight: bold; font-size: 11pt; color: #1e2532; }
.co { font-weight: bold; color: #008cff; }
.meta { display: flex; flex-wrap: wrap; column-gap: 5mm; margin: 0.7mm 0 1.2mm; font-size: 8.8pt; color: #6b7478; }
.meta svg.ic { width: 3mm; height: 3mm; color: #6b7478; }
ul { margin: 0; padding-left: 4.2mm; }
li { margin: 0 0 0.7mm; }
.card { display: flex; gap: 2.6mm; margin: 0 0 3.2mm; }
.badge { flex: none; display: flex; align-items: center; justify-content: center; width: 7.5mm; height: 7.5mm;
         border-radius: 50%; background: #e3f2ff; }
.badge svg.ic { width: 4mm; height: 4mm; }
.ct { font-weight: bold; color: #1e2532; }
.cd { font-size: 9pt; }
.pills { display: flex; flex-wrap: wrap; gap: 1.6mm; }
.pill { padding: 0.7mm 2.2mm 0.9mm; border: 0.3mm solid #b9c2c8; border-radius: 1.2mm; font-size: 9.2pt;
        font-weight: bold; color: #384347; }
.school { margin: 0 0 3mm; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="role">{esc(r['headline'])}</p>
<div class="contact">{contact}</div>
</header>
<div class="cols">
<aside>
<section><h2>Key Achievements</h2>
{cards}</section>
<section><h2>Skills</h2>
<div class="pills">{pills}</div></section>
<section><h2>Education</h2>
{edu}</section>
<section><h2>Certification</h2>
{certs}</section>
</aside>
<main>
<section><h2>Summary</h2>
<p>{esc(r['summary'])}</p></section>
<section><h2>Experience</h2>
{jobs}</section>
</main>
</div>
"""
    return _page(f"{esc(r['name'])} - Resume", css, body)


def docx_libreoffice_odt_export_chef_resume(r: dict, path: Path) -> None:
    """A head chef's CV typed in LibreOffice Writer and saved as Word (A4, Liberation Serif 12, a 'Text Body'
    paragraph style with space below, as Writer has it): the name centred in bold over the address and a 'Mobile:
    ...   Email: ...' line; each heading a plain paragraph in bold capitals ('PERSONAL PROFILE', 'EMPLOYMENT HISTORY',
    'EDUCATION AND TRAINING', 'FOOD HYGIENE', 'KITCHEN SKILLS', 'INTERESTS', 'REFERENCES') followed by a line of
    typed underscores on its own; each job as one bold 'Head Chef, The Copper Kettle, Bath' line over an italic
    '2019 - present' line, then the duties as paragraphs starting with a typed '- ' (no Word bullets or numbering);
    education in the same form; food hygiene certificates and kitchen skills as '- ' lines."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Serif", Pt(12)
    normal.paragraph_format.space_after = Pt(0)
    body = d.styles.add_style("Text Body", WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = normal
    body.paragraph_format.space_after = Pt(7)  # Writer's 0.25 cm
    body.paragraph_format.line_spacing = 1.15
    d.core_properties.author = r["name"]
    d.core_properties.title = "CV"

    def para(text: str = "", *, bold: bool = False, italic: bool = False, style: str = "Normal",
             center: bool = False, size: float | None = None, before: float = 0):
        p = d.add_paragraph(style=style)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        return p

    def heading(text: str) -> None:
        para(text, bold=True, before=12).paragraph_format.keep_with_next = True
        para("_" * 72).paragraph_format.space_after = Pt(6)

    def hyphened(lines: list[str]) -> None:
        for n, line in enumerate(lines):
            para(f"- {line}", style="Text Body").paragraph_format.space_after = Pt(7 if n == len(lines) - 1 else 0)

    para(r["name"], bold=True, center=True, size=20)
    para(r["address"], center=True, before=4)
    para(r["contact"], center=True)
    heading("PERSONAL PROFILE")
    para(r["profile"], style="Text Body")
    heading("EMPLOYMENT HISTORY")
    for e in r["experience"]:
        para(f"{e['title']}, {e['organization']}, {e['location']}", bold=True, before=6)
        para(e["period"], italic=True).paragraph_format.space_after = Pt(4)
        hyphened(e["bullets"])
    heading("EDUCATION AND TRAINING")
    for e in r["education"]:
        para(f"{e['degree']}, {e['institution']}, {e['location']}", bold=True, before=6)
        para(e["period"], italic=True, style="Text Body")
    heading("FOOD HYGIENE")
    hyphened(r["food_hygiene"])
    heading("KITCHEN SKILLS")
    hyphened(r["skill_groups"]["KITCHEN SKILLS"])
    heading("INTERESTS")
    para(r["interests"], style="Text Body")
    heading("REFERENCES")
    para("Available on request.", style="Text Body")
    d.save(str(path))


_INDEED_TOP = ["Skip to main content", "Home", "Company reviews", "Find salaries", "Employers / Post Job", "",
               "Profile", "Resume", "Qualifications", "Job preferences", "", "Ready to work"]
_INDEED_FOOT = ["Hiring Lab", "Career Advice", "Browse Jobs", "Browse Companies", "Salaries", "Indeed Events",
                "Work at Indeed", "Countries", "About", "Help", "ESG at Indeed", "", "© 2026 Indeed",
                "Your Privacy Choices", "Accessibility at Indeed", "Privacy Center and Ad Choices", "Terms"]


def txt_indeed_resume_copy(r: dict) -> str:
    """What a CNC machinist gets by selecting the whole of their Indeed profile page in a browser and copying it
    (plain UTF-8 text): the site's navigation and tab lines ('Skip to main content', 'Home', 'Company reviews', ...,
    'Profile', 'Resume', 'Ready to work') above, then the name, 'City, ST ZIP', email and phone one a line, a summary,
    the work authorisation and relocation lines; 'Work Experience' with per job the title, 'Company - City, ST' and
    'Month YYYY to Present' on lines of their own and the description lines as typed; 'Education' as 'Degree in
    Field' (or 'High school diploma'), 'School - City, ST' and 'Month YYYY to Month YYYY'; 'Skills' as '• Skill (N
    years)' lines (one without years); 'Certifications and Licenses' as the name over 'Month YYYY to Present';
    'Assessments' with Indeed's result lines and disclaimer; 'Additional Information'; then the site's footer
    links."""
    out = [*_INDEED_TOP, "", r["name"], r["city"], r["email"], r["phone"], "", r["summary"], "",
           "Authorized to work in the US for any employer", "Willing to relocate: No", "", "Work Experience", ""]
    for e in r["experience"]:
        out += [e["title"], f"{e['organization']} - {e['location']}", e["period"], *e["bullets"], ""]
    out += ["Education", ""]
    for e in r["education"]:
        out += [e["degree"], f"{e['institution']} - {e['location']}", e["period"], ""]
    out += ["Skills", ""]
    for s in r["skill_groups"]["Skills"]:
        years = r["years"].get(s)
        out.append(f"• {s}" if years is None else f"• {s} ({years} year{'' if years == 1 else 's'})")
    out += ["", "Certifications and Licenses", ""]
    for name, period in r["certifications"]:
        out += [name, period, ""]
    out += ["Assessments", ""]
    for n, (name, level, when, text) in enumerate(r["assessments"]):
        out += [f"{name} — {level}", when, "", text, f"Full results: https://share.indeed.com/a/{8217 + n}kq", ""]
    out += ["Indeed Assessments provides skills tests that are not indicative of a license or certification, or "
            "continued development in any professional field.", "", "Additional Information", "", r["additional"],
            "", *_INDEED_FOOT]
    return "\n".join(out) + "\n"


def browser_academic_cv_two_page(r: dict) -> str:
    """An ecology postdoc's academic CV in HTML/CSS printed by Chromium over two pages (Letter, Liberation Serif
    10.5): the name centred over the department address and a ' · ' contact line; headings in small capitals over a
    hairline ('Research Interests', 'Appointments', 'Education', 'Grants and Awards', 'Publications', 'Presentations',
    'Teaching', 'Service', 'Skills', 'Languages', 'References'); every dated entry a row of a 70px left column of
    years ('2022–', '2019–2022') and the text to its right: 'Postdoctoral Research Associate, Department of
    Integrative Biology, Marrowstone University' with a smaller note under it, education in the same form;
    publications as a reverse-numbered list with the journal in italics and the author's name in bold; skills as
    'Laboratory:', 'Field:' and 'Software and statistics:' lines; from page 2 a running header with the surname, and
    'Page N of 2' in every page's footer (CSS page margin boxes)."""
    def row(years: str, inner: str) -> str:
        return f"<div class=\"row\"><div class=\"yr\">{esc(years)}</div><div class=\"tx\">{inner}</div></div>\n"

    def notes(items: list[str]) -> str:
        return "".join(f"<p class=\"note\">{esc(n)}</p>" for n in items)

    appts = "".join(row(e["period"], f"<p>{esc(e['title'])}, {esc(e['unit'])}, {esc(e['organization'])}</p>"
                                     f"{notes(e['notes'])}") for e in r["experience"])
    edu = "".join(row(e["period"], f"<p>{esc(e['degree'])}, {esc(e['unit'])}, {esc(e['institution'])}</p>"
                                   f"{notes(e['notes'])}") for e in r["education"])
    awards = "".join(row(y, f"<p>{esc(t)}</p>") for y, t in r["awards"])
    me = esc(r["short"].split(" ", 1)[1] + ", " + r["short"].split(" ", 1)[0])
    pubs = "".join(f"<li>{esc(text).replace(me, f'<b>{me}</b>')} <i>{esc(journal)}</i> {esc(ref)}.</li>"
                   for text, journal, ref in r["publications"])
    talks = "".join(row(y, f"<p>{esc(t)}</p>") for y, t in r["presentations"])
    teaching = "".join(row(y, f"<p>{esc(t)}</p>") for y, t in r["teaching"])
    skills = "".join(f"<p class=\"sk\"><b>{esc(label)}:</b> {esc(', '.join(items))}</p>"
                     for label, items in r["skill_groups"].items())
    surname = r["name"].split(" ", 1)[1]
    css = f"""
@page {{ size: Letter; margin: 16mm 20mm 15mm;
        @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 9pt "Liberation Serif";
                         color: #555; }}
        @top-right {{ content: "{esc(surname)} – Curriculum Vitae"; font: italic 9pt "Liberation Serif";
                     color: #555; }} }}
@page :first {{ @top-right {{ content: none; }} }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; font-family: "Liberation Serif", "Times New Roman", serif; font-size: 10.5pt; line-height: 1.27;
       color: #111; }}
p {{ margin: 0; }}
header {{ text-align: center; margin-bottom: 5mm; }}
h1 {{ margin: 0 0 1.5mm; font-size: 20pt; font-weight: normal; letter-spacing: 0.03em; }}
.contact {{ font-size: 9.8pt; }}
h2 {{ margin: 4mm 0 1.8mm; padding-bottom: 0.6mm; border-bottom: 0.3mm solid #444; font-size: 12pt;
     font-weight: normal; font-variant: small-caps; letter-spacing: 0.04em; break-after: avoid; }}
.row {{ display: grid; grid-template-columns: 70px 1fr; column-gap: 10px; margin: 0 0 1.6mm;
       break-inside: avoid; }}
.yr {{ color: #333; }}
.note {{ font-size: 9.6pt; color: #333; }}
ol {{ margin: 0; padding-left: 80px; }}
ol li {{ margin: 0 0 1.6mm; padding-left: 2px; break-inside: avoid; }}
ul {{ margin: 0; padding-left: 80px; }}
ul li {{ margin: 0 0 1mm; }}
.sk {{ margin: 0 0 1mm 80px; }}
.ind {{ margin-left: 80px; }}
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
{''.join(f'<p class="contact">{esc(c)}</p>' for c in r['contact'])}
</header>
<h2>Research Interests</h2>
<p class="ind">{esc(r['interests'])}</p>
<h2>Appointments</h2>
{appts}
<h2>Education</h2>
{edu}
<h2>Grants and Awards</h2>
{awards}
<h2>Publications</h2>
<p class="ind note">* mentored student</p>
<ol reversed>{pubs}</ol>
<h2>Presentations</h2>
{talks}
<h2>Teaching</h2>
{teaching}
<h2>Service</h2>
<ul>{_li(r['service'])}</ul>
<h2>Skills</h2>
{skills}
<h2>Languages</h2>
<p class="ind">{esc(r['languages'])}</p>
<h2>References</h2>
<ul>{_li(r['references'])}</ul>
"""
    return _page(f"{esc(r['name'])} – Curriculum Vitae", css, body)


def docx_canadian_bilingual_trades_resume(r: dict, path: Path) -> None:
    """A Quebec welder-fitter's resume typed in Word in English with the French heading in brackets (Letter, Calibri
    10.5): the name in bold and 'Welder-Fitter / Soudeur-monteur' centred over a ' | ' contact line; headings in bold
    capitals over a rule ('PROFILE (PROFIL)', 'WORK EXPERIENCE (EXPÉRIENCE DE TRAVAIL)', 'EDUCATION (FORMATION)',
    'CERTIFICATIONS', 'SKILLS (COMPÉTENCES)', 'LANGUAGES (LANGUES)', 'REFERENCES (RÉFÉRENCES)'); jobs and schools as
    rows of a borderless two-column table, the dates ('2018 – Present') in the narrow left cell and, in the right
    one, the title in bold, 'Employer Inc., Town, QC' and Word 'List Bullet' paragraphs; certifications (CWB tickets,
    ASP Construction, WHMIS), skills and languages as 'List Bullet' paragraphs."""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.75)
    section.top_margin = section.bottom_margin = Inches(0.6)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(0)
    navy = RGBColor(0x1B, 0x36, 0x5D)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(r["name"])
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), navy
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(r["headline"]).font.size = Pt(12)
    p = d.add_paragraph(r["contact"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(3)

    def heading(text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(11), Pt(4)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(11.5), navy
        _docx_rule_below(p, "1B365D")

    def write(cell, text: str, *, bold: bool = False, italic: bool = False, style: str | None = None) -> None:
        empty = len(cell.paragraphs) == 1 and not cell.paragraphs[0].text
        p = cell.paragraphs[0] if empty else cell.add_paragraph(style=style)
        if empty and style:
            p.style = d.styles[style]
        run = p.add_run(text)
        run.bold, run.italic = bold, italic

    def rows(items: list[dict], head: str, where: str) -> None:
        table = d.add_table(rows=len(items), cols=2)
        _docx_borderless(table)
        table.autofit = False
        for column, w in zip(table.columns, (1.35, 5.65), strict=True):
            column.width = Inches(w)
            for cell in column.cells:
                cell.width = Inches(w)
        for row, e in zip(table.rows, items, strict=True):
            left, right = row.cells
            left.vertical_alignment = right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            write(left, e["period"], bold=True)
            write(right, e[head], bold=True)
            write(right, f"{e[where]}, {e['location']}", italic=True)
            for b in e.get("bullets", []):
                write(right, b, style="List Bullet")
            right.paragraphs[-1].paragraph_format.space_after = Pt(7)

    heading("PROFILE (PROFIL)")
    d.add_paragraph(r["profile"])
    heading("WORK EXPERIENCE (EXPÉRIENCE DE TRAVAIL)")
    rows(r["experience"], "title", "organization")
    heading("EDUCATION (FORMATION)")
    rows(r["education"], "degree", "institution")
    heading("CERTIFICATIONS")
    for c in r["certifications"]:
        d.add_paragraph(c, style="List Bullet")
    heading("SKILLS (COMPÉTENCES)")
    for s in r["skill_groups"]["SKILLS"]:
        d.add_paragraph(s, style="List Bullet")
    heading("LANGUAGES (LANGUES)")
    for lang in r["languages"]:
        d.add_paragraph(lang, style="List Bullet")
    heading("REFERENCES (RÉFÉRENCES)")
    d.add_paragraph("Available on request / Disponibles sur demande")
    d.save(str(path))


# ------------------------------------------------------------------------------------ held-out-24 writers
# Five more hand-written people (a Corpus Christi property claims adjuster, a Tauranga real estate salesperson, a
# Gqeberha bank branch operations supervisor, a Cedar Rapids Class A CDL truck driver, a Nova Scotia public librarian),
# none a software engineer, each in a layout none of the earlier sets has. Built by someone who had not read the
# parser, its tests or the fixtures' README and did not run it on these files; the split of each file was fixed in
# FIXTURES before any of them was generated. As for PEOPLE_7 to PEOPLE_23, the truth is derived from this data, never
# from a rendering; volunteering and student activities are not experience, internships, part-time and summer jobs
# are; certifications, licences, endorsements, designations, memberships, spoken languages and interests are not
# skills (nor education); a skill phrase is one skill as written, brackets included (a comma inside the brackets does
# not split it); a title is given as typed, its own brackets included ('Cashier (part-time)', 'Reference Librarian
# (term)'); a period is given as typed; text that CSS sets in capitals is given in the case typed; a place is only
# what the resume gives beside a job or a school (an address or a city in the contact lines is not one); none of the
# five has a projects section.
# New here: in the adjuster's fixed-width text each job is a title line with the dates pushed to the right margin by
# spaces over an employer line with the town pushed to the right in the same way, education the same (the degree over
# the school), and the skills are three columns padded with spaces where each cell is one skill; 'LICENSES &
# CERTIFICATIONS' (the adjuster licences, Xactimate, AIC, HAAG) are not skills. In the realtor's page the section
# headings are rotated a quarter turn in a coloured strip at the left of each section; 'Results' figures are
# neither experience nor skills, nor are 'Licences' (the REA licence, REINZ membership, driver licence); an agency
# line is 'Agency Ltd (Licensed REAA 2008) · Town', where the bracket (the licensing statement New Zealand agencies
# print) is not part of the employer and the town is the place. In the bank supervisor's Word document the body runs
# in two Word columns (a narrow left one with contact, personal details, education, skills and languages, then after
# a column break a wide right one with the profile and the jobs), each job as the title, 'Employer | Town' and a
# 'February 2020 – to date' line, duties and, for past jobs, a 'Reason for leaving:' line that belongs to no field;
# 'SKILLS' and 'COMPUTER LITERACY' items are skills, 'LANGUAGES' and 'PERSONAL DETAILS' (licence code, nationality)
# are not; the Matric (National Senior Certificate) is a qualification and its school the education entry; a
# distance-learning degree has no place. In the truck driver's app-made PDF each job is a bold 'Employer · City, ST'
# line over 'Title (Mar 2019 - Present)': the period is the text inside the last brackets and the title the text
# before them (a bracket of the title's own stays in it: 'Local Delivery Driver (Class B)'); 'Licenses &
# Endorsements' (CDL class and endorsements, TWIC, medical card) and 'Safety Record' are neither skills nor
# experience, the CDL training school is education, and the app's 'Made with ...' footer and the page-2 running head
# are not part of the resume. In the librarian's pandoc-made DOCX each job is a definition-list term 'Title —
# Employer' over a definition 'Town, NS · Month YYYY – present' and compact bullets; two roles under one employer are
# two entries; education is a pipe table (Qualification | Institution | Place | Years); 'Professional Activities'
# (membership, a talk, volunteer reading) are neither experience nor skills. Every person, employer, agency, bank,
# school and licence number here is invented; the towns are real places, and the licensing and certifying bodies,
# associations and software products named (The Institutes, HAAG, Verisk Xactimate, REA, REINZ, FICA, FMCSA, TWIC,
# Omnitracs, Samsara, Polaris, OverDrive, LibGuides, APLA, CNIB) are real.

PEOPLE_24: dict[str, dict] = {
    "txt_right_aligned_dates_adjuster": {
        "name": "Lacey M. Van Zandt",
        "contact": ["Corpus Christi, TX 78413 | (361) 555-0172 | lacey.vanzandt@example.com",
                    "Texas All-Lines Adjuster | Xactimate Level 3 | Bilingual English/Spanish"],
        "summary": "Property claims adjuster with twelve years in auto and homeowners claims, including five "
                   "hurricane and hail deployments as an independent adjuster. I inspect, scope and settle "
                   "residential and small commercial losses up to $250,000, explain coverage plainly to "
                   "policyholders and keep files clean for audit. Comfortable on a roof, in a flooded house or on "
                   "the phone with an upset insured.",
        "experience": [
            {"title": "Senior Property Claims Adjuster", "organization": "Gulfside Mutual Insurance Company",
             "location": "Corpus Christi, TX", "period": "Apr 2020 - Present",
             "bullets": ["Handle a desk and field caseload of 90-110 open homeowners and small commercial claims "
                         "with settlement authority to $250,000",
                         "Inspect wind, hail, water and fire losses and write estimates in Xactimate; 96% of my "
                         "files passed quality review in 2024",
                         "Closed 1,150 claims after Hurricane Beryl (2024) as a member of the catastrophe response "
                         "team, with an average cycle time of 19 days",
                         "Spot fraud indicators and refer files to the Special Investigations Unit; recovered "
                         "$410,000 through subrogation in 2023",
                         "Mentor four new adjusters through their first year and their Texas license exam"]},
            {"title": "Independent Catastrophe Adjuster", "organization": "Brazos Bend Claims Services",
             "location": "Houston, TX", "period": "Aug 2017 - Mar 2020",
             "bullets": ["Deployed to Hurricanes Harvey, Irma and Michael and to hail storms in Colorado and "
                         "Oklahoma for six carrier clients",
                         "Inspected 8-10 homes a day, wrote estimates in Xactimate and Symbility and uploaded "
                         "files through XactAnalysis",
                         "Kept a 98% carrier approval rate on more than 1,400 closed files"]},
            {"title": "Auto Damage Appraiser", "organization": "Trinity Shield Auto Insurance",
             "location": "San Antonio, TX", "period": "Jun 2014 - Jul 2017",
             "bullets": ["Wrote 12-15 vehicle damage appraisals a day in CCC ONE at body shops, tow yards and "
                         "customers' homes",
                         "Negotiated repair costs with shops and declared total losses using market valuations"]},
            {"title": "Claims Service Representative", "organization": "Alamo Heights Insurance Group",
             "location": "San Antonio, TX", "period": "Jan 2012 - May 2014",
             "bullets": ["Took first notice of loss calls in English and Spanish, set up claims and assigned them "
                         "to field adjusters",
                         "Answered 70+ calls a day and kept a 94% customer satisfaction score"]},
        ],
        "education": [
            {"degree": "B.B.A., Risk Management and Insurance", "institution": "Nueces Bay University",
             "location": "Corpus Christi, TX", "period": "Aug 2007 - May 2011"},
        ],
        "licenses": [("Texas All-Lines Adjuster License #2178814", "exp. 11/2026"),
                     ("Florida 7-20 Independent All-Lines Adjuster (non-resident)", "exp. 03/2027"),
                     ("Xactimate Level 3 Certified (Verisk)", "2019"),
                     ("Associate in Claims (AIC), The Institutes", "2021"),
                     ("HAAG Certified Inspector - Residential Roofs", "2018")],
        "skill_groups": {
            "SKILLS": ["Xactimate", "XactAnalysis", "Symbility", "Guidewire ClaimCenter", "CCC ONE",
                       "Coverage analysis", "Scope writing", "Roof inspection", "Water mitigation review",
                       "Subrogation", "Reserve setting", "Fraud indicators", "Total loss valuation",
                       "Customer communication", "Microsoft Excel"],
        },
        "languages": "English (native), Spanish (fluent, spoken and written)",
        "projects": [],
    },
    "browser_rotated_headings_realtor_nz": {
        "name": "Georgia Paewai", "headline": "Licensed Real Estate Salesperson (REAA 2008)",
        "contact": ["021 555 0394", "georgia.paewai@example.co.nz", "Tauranga, Bay of Plenty"],
        "profile": "Residential salesperson in the Western Bay of Plenty with six years in sales and three before "
                   "that in property management. I sell family homes, coastal apartments and lifestyle blocks "
                   "from Katikati to Papamoa, run tight four-week auction campaigns and keep vendors informed "
                   "every week, whatever the news. Most of my listings now come from past clients and their "
                   "friends.",
        "track_record": [("$86M", "sold in 2024"), ("142", "sales since 2021"), ("24 days", "average days to sell"),
                         ("Top 5%", "of the Harbourline network, 2023 and 2024")],
        "experience": [
            {"title": "Licensed Salesperson", "organization": "Harbourline Realty Ltd", "licensed": True,
             "location": "Mount Maunganui", "period": "Mar 2021 – Present",
             "bullets": ["List and sell 40-50 homes a year, from $600,000 townhouses to $3M beachfront houses",
                         "Write appraisals and comparative market reports and run auction, tender and deadline "
                         "sale campaigns",
                         "Host two to four open homes every weekend and follow up every buyer within a day",
                         "Grew my database in Rex CRM from 300 to 2,100 contacts; 60% of 2024 listings came from "
                         "referrals"]},
            {"title": "Sales Associate", "organization": "Kaimai Property Group Ltd", "licensed": True,
             "location": "Tauranga", "period": "Jun 2018 – Feb 2021",
             "bullets": ["Supported two top-performing salespeople with listings, marketing, open homes and "
                         "settlement days",
                         "Earned my salesperson licence in 2019 and sold 31 homes in my first full year"]},
            {"title": "Property Manager", "organization": "Bayside Rentals Ltd", "licensed": False,
             "location": "Hamilton", "period": "Jan 2015 – May 2018",
             "bullets": ["Managed a portfolio of 120 residential rentals: tenant selection, inspections, "
                         "maintenance and rent arrears",
                         "Kept vacancy under 2% and represented owners at the Tenancy Tribunal"]},
            {"title": "Guest Services Agent", "organization": "Te Awa Lodge", "licensed": False,
             "location": "Rotorua", "period": "Nov 2012 – Dec 2014",
             "bullets": ["Front desk, reservations and tour bookings at a 48-room lakeside lodge"]},
        ],
        "education": [
            {"degree": "New Zealand Certificate in Real Estate (Salesperson) (Level 4)",
             "institution": "Te Whanake Institute of Technology", "location": "Tauranga", "period": "2019"},
            {"degree": "Bachelor of Management Studies (Marketing)", "institution": "Hauraki University",
             "location": "Hamilton", "period": "2009 – 2012"},
        ],
        "skill_groups": {
            "Skills": ["Appraisals and market reports", "Auction, tender and deadline campaigns",
                       "Vendor and buyer management", "Negotiation", "Open home presentation",
                       "Residential Tenancies Act", "Rex CRM", "Trade Me Property and realestate.co.nz listings",
                       "Social media marketing", "Photography and video briefs"],
        },
        "licences": ["Licensed Salesperson, Real Estate Authority (REA), licence 20018842",
                     "Member, Real Estate Institute of New Zealand (REINZ)", "Full NZ driver licence"],
        "interests": "Surf lifesaving at Mount Maunganui, waka ama and restoring mid-century furniture.",
        "projects": [],
    },
    "word_columns_bank_supervisor_za": {
        "name": "Zintle Mabandla", "headline": "Branch Operations Supervisor",
        "contact": ["072 555 0361", "zintle.mabandla@example.co.za", "Walmer, Gqeberha", "Eastern Cape"],
        "personal": [("Nationality", "South African"), ("Driver's licence", "Code B (EB)"),
                     ("Availability", "One month's notice")],
        "profile": "Branch operations supervisor with twelve years in retail banking, from teller to running the "
                   "back office of a busy branch. I know cash, compliance and people: vaults that balance, FICA "
                   "files that pass audit and a team that wants to come to work. Now looking for a branch manager "
                   "or service manager role in Nelson Mandela Bay.",
        "experience": [
            {"title": "Branch Operations Supervisor", "organization": "Protea Mutual Bank", "location": "Gqeberha",
             "period": "February 2020 – to date", "reason": "",
             "bullets": ["Supervise 9 tellers and 4 service consultants in a branch serving about 650 clients a day",
                         "Balance the vault and ATM cash daily; cash differences under R50 a month for three "
                         "years running",
                         "Sign off account openings and FICA documents; branch audit rating raised from 'Needs "
                         "improvement' to 'Good' in 2022",
                         "Draw up the staff roster, run the morning huddle and coach staff on product sales",
                         "Handle escalated complaints and suspected fraud cases with the Fraud Risk team"]},
            {"title": "Senior Teller", "organization": "Protea Mutual Bank", "location": "East London",
             "period": "March 2016 – January 2020", "reason": "Promoted and transferred to Gqeberha",
             "bullets": ["Cash and cheque deposits, withdrawals and foreign exchange for 120+ clients a day",
                         "Vault custodian under dual control; relieved the supervisor during leave",
                         "Trained six new tellers on the teller system and cash procedures"]},
            {"title": "Teller", "organization": "Amathole Building Society", "location": "Mthatha",
             "period": "June 2013 – February 2016", "reason": "Better opportunity at a larger bank",
             "bullets": ["Teller and enquiries counter; opened savings accounts and processed home loan payments"]},
            {"title": "Cashier (part-time)", "organization": "Kowie Fresh Supermarket", "location": "Port Alfred",
             "period": "January 2011 – May 2013", "reason": "Started full-time work in banking",
             "bullets": ["Till and cash-up, Saturdays and school holidays while studying"]},
        ],
        "education": [
            {"degree": "Bachelor of Commerce in Business Management (distance learning)",
             "institution": "University of the Karoo", "location": "", "period": "2017 – 2021"},
            {"degree": "Higher Certificate in Banking (NQF 5)", "institution": "Kowie Business College",
             "location": "Port Alfred", "period": "2011 – 2012"},
            {"degree": "National Senior Certificate (Matric)", "institution": "Ndlambe Hills High School",
             "location": "Port Alfred", "period": "2010"},
        ],
        "skill_groups": {
            "SKILLS": ["Cash and vault management", "FICA and KYC compliance", "Teller supervision",
                       "Staff rostering and coaching", "Complaint resolution", "Fraud awareness",
                       "Branch audit preparation", "Sales of transactional and savings products"],
            "COMPUTER LITERACY": ["MS Excel (intermediate)", "MS Word and Outlook", "Teller and branch systems"],
        },
        "languages": ["English – fluent", "isiXhosa – home language", "Afrikaans – good"],
        "projects": [],
    },
    "reportlab_mobile_app_cdl_driver": {
        "name": "Shawna Kowalewski",
        "headline": "Class A CDL Driver · Hazmat, Tanker, Doubles/Triples",
        "contact": ["(319) 555-0148", "shawna.kowalewski@example.com", "Cedar Rapids, IA"],
        "summary": "Class A driver with ten years behind the wheel: OTR flatbed, regional dry van and reefer, and "
                   "local beverage delivery before that. Over 1.1 million accident-free miles, clean MVR and "
                   "PSP. I plan my own routes, run my hours legally and treat the customer's dock like my own "
                   "yard. Looking for a regional run that gets me home every weekend.",
        "safety": ["1.1 million accident-free miles", "Zero moving violations since 2016",
                   "Four clean DOT roadside inspections (Level 1 and 2) since 2021",
                   "Heartland Freightways Driver of the Quarter, Q3 2022 and Q1 2024"],
        "experience": [
            {"title": "Class A CDL Driver - Regional", "organization": "Heartland Freightways",
             "location": "Cedar Rapids, IA", "period": "Mar 2019 - Present",
             "bullets": ["Run 2,400-2,800 miles a week on dry van and reefer lanes across IA, IL, WI, MN and MO",
                         "Drop-and-hook and live loads at 30+ grocery and retail distribution centers",
                         "Keep hours of service on Omnitracs ELD with no HOS violations in five years",
                         "Full pre- and post-trip inspections; report defects on DVIRs and keep reefer temps "
                         "logged for food loads",
                         "Train new drivers on ride-alongs: backing, coupling and trip planning"]},
            {"title": "Class A CDL Driver - OTR Flatbed", "organization": "Prairie Wind Transport",
             "location": "Council Bluffs, IA", "period": "Jun 2015 - Feb 2019",
             "bullets": ["Hauled steel coils, lumber, machinery and building materials in 48 states, out 2-3 "
                         "weeks at a time",
                         "Secured loads with chains, straps, edge protection and tarps to FMCSA cargo securement "
                         "rules",
                         "Averaged 125,000 miles a year with 98% on-time delivery"]},
            {"title": "Local Delivery Driver (Class B)", "organization": "Hawkeye Beverage Distributors",
             "location": "Waterloo, IA", "period": "Apr 2012 - May 2015",
             "bullets": ["Delivered beer and soft drinks to 25-30 bars, restaurants and stores a day on a side-load "
                         "bay truck",
                         "Handled up to 400 cases a day by hand truck and collected payments"]},
            {"title": "Warehouse Associate", "organization": "Midland Farm Supply", "location": "Waterloo, IA",
             "period": "Aug 2009 - Mar 2012",
             "bullets": ["Loaded feed, seed and fencing orders with forklifts and checked in inbound freight"]},
        ],
        "education": [
            {"degree": "CDL-A Training Program (160 hours)", "institution": "Cedar Valley Truck Driving School",
             "location": "Waterloo, IA", "period": "2015"},
            {"degree": "High School Diploma", "institution": "Black Hawk Valley High School",
             "location": "Waterloo, IA", "period": "2009"},
        ],
        "licenses": ["Class A CDL, Iowa - endorsements H, N, T, X", "TWIC card (valid to 2028)",
                     "DOT medical card (valid to 08/2027)"],
        "skill_groups": {
            "Skills": ["Flatbed load securement", "Reefer and dry van", "Doubles and triples", "Tanker hauling",
                       "ELD (Omnitracs, Samsara)", "Hours of Service compliance", "Pre-trip and post-trip "
                       "inspections", "Backing and docking", "Route planning", "Forklift and pallet jack"],
        },
        "app": "Made with Pocket Résumé for iPhone",
        "projects": [],
    },
    "docx_pandoc_markdown_librarian": {
        "name": "Ainsley MacPhee", "subtitle": "Public Librarian",
        "contact": [("text", "Halifax, NS"), ("text", "902-555-0148"),
                    ("link", "ainsley.macphee@example.ca", "mailto:ainsley.macphee@example.ca"),
                    ("link", "ainsleyreads.example.ca", "https://ainsleyreads.example.ca")],
        "profile": "Public librarian with ten years in rural and city branches of a regional library system. I "
                   "run a branch, build collections people actually borrow and bring the library to places that "
                   "have never had one nearby: schools, seniors' homes and the Saturday market. Looking for a "
                   "branch or community services manager role.",
        "experience": [
            {"title": "Branch Head Librarian", "organization": "Chebucto Regional Library",
             "location": "Musquodoboit Harbour, NS", "period": "September 2021 – present",
             "bullets": ["Run a rural branch with three staff and 11,000 visits a year; budget of $140,000",
                         "Started a seed library, a tool lending collection and a weekly outreach stop at the "
                         "Saturday market",
                         "Raised adult circulation by 22% in two years by reshaping the collection around what "
                         "people asked for",
                         "Partner with two schools and a seniors' residence on reading and digital literacy "
                         "programs"]},
            {"title": "Youth Services Librarian", "organization": "Chebucto Regional Library",
             "location": "Dartmouth, NS", "period": "July 2017 – August 2021",
             "bullets": ["Planned and ran 250+ programs a year for children and teens: storytimes, coding clubs "
                         "and a teen advisory group",
                         "Selected children's and young adult materials on a $60,000 budget",
                         "Moved summer reading online in 2020; 1,900 children took part"]},
            {"title": "Reference Librarian (term)", "organization": "Fundy Shore Community College",
             "location": "Truro, NS", "period": "January 2016 – June 2017",
             "bullets": ["Reference desk, chat reference and information literacy sessions for trades and nursing "
                         "classes",
                         "Built 14 subject guides in LibGuides"]},
            {"title": "Library Assistant (part-time)", "organization": "Chignecto University",
             "location": "Halifax, NS", "period": "September 2014 – December 2015",
             "bullets": ["Circulation desk, shelving and interlibrary loans, 15 hours a week during my MLIS"]},
        ],
        "education": [
            {"degree": "Master of Library and Information Studies (MLIS)", "institution": "Chignecto University",
             "location": "Halifax, NS", "period": "2014–2016"},
            {"degree": "Bachelor of Arts (Honours), English and History", "institution": "St. Brendan's University",
             "location": "Antigonish, NS", "period": "2008–2012"},
        ],
        "skill_groups": {
            "Skills": ["Collection development and weeding", "Readers' advisory", "Cataloguing (RDA, MARC 21)",
                       "Early literacy and storytime programming", "Teen programming",
                       "Information literacy instruction", "Community outreach and partnerships",
                       "Staff scheduling and supervision", "Polaris ILS", "OverDrive and Libby", "LibGuides",
                       "Microsoft 365", "Canva"],
        },
        "activities": ["Member, Atlantic Provinces Library Association; conference committee 2023",
                       "Speaker, 'A Library at the Farmers' Market', APLA Conference, Moncton, 2024",
                       "Volunteer reader, CNIB community radio, since 2019"],
        "languages": "English (native); French (intermediate, CEFR B1)",
        "projects": [],
    },
}


def txt_right_aligned_dates_adjuster(r: dict) -> str:
    """A property claims adjuster's resume typed as fixed-width plain text (78 columns, UTF-8, no tabs), as people
    keep one for pasting into job-board forms: the name in capitals and two contact lines centred with spaces;
    headings in capitals over a row of '-'; each job as the title at the left and the dates ('Apr 2020 - Present')
    pushed to the right margin with runs of spaces, the employer under it with the town pushed right in the same way,
    then '  * ' bullets wrapped with a hanging indent; education in the same form (the degree over the school);
    'LICENSES & CERTIFICATIONS' with the expiry or year pushed right; 'SKILLS' as three columns padded with spaces;
    'LANGUAGES' and 'REFERENCES' lines."""
    import textwrap

    width = 78

    def lr(left: str, right: str) -> str:
        return left + " " * max(3, width - len(left) - len(right)) + right

    def heading(text: str) -> list[str]:
        return ["", text, "-" * width]

    out = [r["name"].upper().center(width).rstrip(), *(c.center(width).rstrip() for c in r["contact"])]
    out += heading("PROFESSIONAL SUMMARY")
    out += textwrap.wrap(r["summary"], width)
    out += heading("PROFESSIONAL EXPERIENCE")
    for n, e in enumerate(r["experience"]):
        if n:
            out.append("")
        out += [lr(e["title"], e["period"]), lr(e["organization"], e["location"])]
        for b in e["bullets"]:
            out += textwrap.wrap(b, width, initial_indent="  * ", subsequent_indent="    ")
    out += heading("EDUCATION")
    for e in r["education"]:
        out += [lr(e["degree"], e["period"]), lr(e["institution"], e["location"])]
    out += heading("LICENSES & CERTIFICATIONS")
    out += [lr(f"  - {name}", when) for name, when in r["licenses"]]
    out += heading("SKILLS")
    skills = r["skill_groups"]["SKILLS"]
    column = max(len(s) for s in skills) + 3
    for i in range(0, len(skills), 3):
        out.append("  " + "".join(s.ljust(column) for s in skills[i:i + 3]).rstrip())
    out += heading("LANGUAGES")
    out.append(r["languages"])
    out += heading("REFERENCES")
    out.append("Available upon request.")
    return "\n".join(out) + "\n"


def browser_rotated_headings_realtor_nz(r: dict) -> str:
    """A New Zealand real estate salesperson's one-page resume in HTML/CSS printed by Chromium (A4, Carlito): a
    header with the name, the licence line and contact items separated by thin bars; every section a two-column row
    whose left cell is a narrow teal strip holding the section heading rotated a quarter turn (reading upwards, CSS
    writing-mode and a 180° turn, letter-spaced capitals set by CSS) and whose right cell holds the content:
    'Profile', 'Results' (four big figures with a caption each), 'Experience' (the title in bold, a teal line
    'Agency Ltd (Licensed REAA 2008) · Town' and a grey dates line, then bullets), 'Education' (the qualification in
    bold, 'Institution · Town' and the years), 'Skills' as a two-column bullet list, 'Licences' (licence and
    membership) and 'Interests'."""
    def section(title: str, inner: str) -> str:
        return (f"<section><h2><span>{esc(title)}</span></h2><div class=\"content\">{inner}</div></section>\n")

    stats = "".join(f"<div class=\"stat\"><b>{esc(big)}</b><span>{esc(small)}</span></div>"
                    for big, small in r["track_record"])
    jobs = ""
    for e in r["experience"]:
        agency = esc(e["organization"]) + (" (Licensed REAA 2008)" if e["licensed"] else "")
        jobs += (f"<div class=\"job\"><p class=\"jt\">{esc(e['title'])}</p><p class=\"co\">{agency} · "
                 f"{esc(e['location'])}</p><p class=\"when\">{esc(e['period'])}</p><ul>{_li(e['bullets'])}</ul>"
                 f"</div>\n")
    edu = "".join(f"<div class=\"job\"><p class=\"jt\">{esc(e['degree'])}</p><p class=\"co\">"
                  f"{esc(e['institution'])} · {esc(e['location'])}</p><p class=\"when\">{esc(e['period'])}</p></div>\n"
                  for e in r["education"])
    contact = " <span class=\"bar\">|</span> ".join(esc(c) for c in r["contact"])
    css = """
@page { size: A4; margin: 9mm 13mm 7mm 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: Carlito, "Liberation Sans", sans-serif; font-size: 9.5pt; line-height: 1.24;
       color: #2b2f33; }
p { margin: 0; }
header { margin: 0 0 4mm 24mm; }
h1 { margin: 0; font-size: 27pt; line-height: 1.05; color: #0d4a57; font-weight: bold; }
.role { margin: 1mm 0 1.6mm; font-size: 12pt; color: #c0663a; }
.contact { font-size: 9.4pt; color: #555; }
.bar { color: #bbb; padding: 0 1.2mm; }
section { display: grid; grid-template-columns: 8mm 1fr; column-gap: 7mm; margin: 0 0 3mm 9mm;
          break-inside: avoid; }
h2 { margin: 0; background: #0d4a57; color: #fff; writing-mode: vertical-rl; transform: rotate(180deg);
     text-transform: uppercase; letter-spacing: 0.18em; font-size: 8pt; font-weight: bold; text-align: right;
     padding: 2mm 0; display: flex; align-items: center; white-space: nowrap; }
.content { padding: 0.4mm 0 0; }
.stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; }
.stat { border-left: 0.7mm solid #c0663a; padding-left: 2.2mm; }
.stat b { display: block; font-size: 17pt; line-height: 1.1; color: #0d4a57; }
.stat span { font-size: 8.8pt; color: #555; }
.job { margin: 0 0 2.2mm; }
.jt { font-weight: bold; font-size: 10.8pt; color: #1b1f22; }
.co { color: #0d6d7e; font-weight: bold; }
.when { color: #777; font-size: 9pt; margin-bottom: 0.6mm; }
ul { margin: 0; padding-left: 4.4mm; }
li { margin: 0 0 0.5mm; }
ul.two { columns: 2; column-gap: 6mm; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="role">{esc(r['headline'])}</p>
<p class="contact">{contact}</p>
</header>
{section('Profile', f'<p>{esc(r["profile"])}</p>')}
{section('Results', f'<div class="stats">{stats}</div>')}
{section('Experience', jobs)}
{section('Education', edu)}
{section('Skills', f'<ul class="two">{_li(r["skill_groups"]["Skills"])}</ul>')}
{section('Licences', f'<ul>{_li(r["licences"])}</ul>')}
{section('Interests', f'<p>{esc(r["interests"])}</p>')}
"""
    return _page(f"{esc(r['name'])} – Resume", css, body)


def word_columns_bank_supervisor_za_resume(r: dict, path: Path) -> None:
    """A South African bank branch supervisor's CV typed in Word and turned into PDF by LibreOffice (the DOCX is the
    source; A4, Carlito 10): a header band of shaded paragraphs (the name in white capitals typed in capitals, the
    headline); then a continuous section break and a body set in two Word newspaper columns of unequal width with a
    line between (w:cols, equalWidth off): the narrow left column with 'CONTACT', 'PERSONAL DETAILS' ('Label: value'
    lines), 'EDUCATION' (the qualification in bold, 'School | Town' in italics and the years), 'SKILLS' and
    'COMPUTER LITERACY' as Word bullets and 'LANGUAGES', then a column break and the wide right column with
    'PROFILE', 'WORK EXPERIENCE' (the title in bold teal, 'Employer | Town' in italics, a grey 'February 2020 – to
    date' line, Word bullets and, for past jobs, an italic 'Reason for leaving: ...' line) and 'REFERENCES'.
    Headings are bold teal capitals with a rule below."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.6)
    section.top_margin, section.bottom_margin = Cm(1.2), Cm(1.2)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Carlito", Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    d.styles["List Bullet"].paragraph_format.space_after = Pt(0)
    teal, grey = RGBColor(0x0B, 0x5E, 0x63), RGBColor(0x6A, 0x6A, 0x6A)
    d.core_properties.author = r["name"]
    d.core_properties.title = "Curriculum Vitae"

    def para(text: str = "", *, bold: bool = False, italic: bool = False, size: float | None = None, color=None,
             style: str | None = None, before: float = 0, after: float = 0):
        p = d.add_paragraph(style=style)
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(before), Pt(after)
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
            if color is not None:
                run.font.color.rgb = color
        return p

    def heading(text: str, first: bool = False) -> None:
        p = para(text, bold=True, size=11, color=teal, before=0 if first else 10, after=4)
        p.paragraph_format.keep_with_next = True
        _docx_rule_below(p, "0B5E63")

    # the header band: shaded paragraphs across the text width
    band = [para(" ", size=6), para(r["name"].upper(), bold=True, size=24, color=RGBColor(0xFF, 0xFF, 0xFF)),
            para(r["headline"], size=13, color=RGBColor(0xD8, 0xEE, 0xEC), after=2), para(" ", size=6)]
    for p in band:
        p.paragraph_format.left_indent = Cm(0.3)
        _docx_shading(p, "0B5E63")
    para("", after=6)

    # the body in two columns of unequal width, a line between (Layout > Columns > More Columns in Word)
    body = d.add_section(WD_SECTION.CONTINUOUS)
    cols = body._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        body._sectPr.append(cols)
    for key, value in (("w:num", "2"), ("w:sep", "1"), ("w:space", "425"), ("w:equalWidth", "0")):
        cols.set(qn(key), value)
    for w, space in (("3260", "425"), ("6123", "0")):
        col = OxmlElement("w:col")
        col.set(qn("w:w"), w)
        col.set(qn("w:space"), space)
        cols.append(col)

    heading("CONTACT", first=True)
    for c in r["contact"]:
        para(c)
    heading("PERSONAL DETAILS")
    for label, value in r["personal"]:
        p = para(f"{label}: ", bold=True)
        p.add_run(value)
    heading("EDUCATION")
    for n, e in enumerate(r["education"]):
        para(e["degree"], bold=True, before=0 if n == 0 else 5).paragraph_format.keep_with_next = True
        para(e["institution"] + (f" | {e['location']}" if e["location"] else ""), italic=True)
        para(e["period"], color=grey)
    for group, skills in r["skill_groups"].items():
        heading(group)
        for s in skills:
            d.add_paragraph(s, style="List Bullet")
    heading("LANGUAGES")
    for lang in r["languages"]:
        d.add_paragraph(lang, style="List Bullet")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)

    heading("PROFILE", first=True)
    para(r["profile"])
    heading("WORK EXPERIENCE")
    for n, e in enumerate(r["experience"]):
        para(e["title"], bold=True, size=10.5, color=teal, before=0 if n == 0 else 7).paragraph_format.keep_with_next \
            = True
        para(f"{e['organization']} | {e['location']}", italic=True).paragraph_format.keep_with_next = True
        para(e["period"], color=grey, after=1).paragraph_format.keep_with_next = True
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
        if e["reason"]:
            para(f"Reason for leaving: {e['reason']}", italic=True, color=grey, before=1)
    heading("REFERENCES")
    para("Available on request.")
    d.save(str(path))


def reportlab_mobile_app_cdl_driver_resume(r: dict, path: Path) -> None:
    """A Class A truck driver's resume as a phone resume app's server draws it with reportlab (US Letter, Liberation
    Sans embedded; no source file: the writer function is the source): a full-width slate header band with the name
    in white and the headline in amber, a ' • ' contact line under it; headings in small capitals drawn by hand (the
    first letter of each word at 12 pt, the rest as 9.5 pt capitals) in amber with a thin rule running to the right
    margin; 'Summary', 'Safety Record' (drawn check marks), 'Work Experience' with each job as a bold 'Employer ·
    City, ST' line over 'Title (Mar 2019 - Present)' with the dates in brackets after the title, then '•' bullets;
    'Education' in the same form ('Degree (2015)'); 'Skills' in two columns after drawn squares; 'Licenses &
    Endorsements' and 'References'; on every page a small grey 'Made with ... for iPhone' footer, and a second page
    with the name in a running head if the first runs out."""
    from reportlab.lib.colors import HexColor, white
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fonts = Path("/usr/share/fonts/truetype/liberation")
    for face, file in (("LSans", "LiberationSans-Regular.ttf"), ("LSans-Bold", "LiberationSans-Bold.ttf"),
                       ("LSans-Italic", "LiberationSans-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(face, str(fonts / file)))
    ink, grey, slate, amber = HexColor("#222629"), HexColor("#6b7075"), HexColor("#27374d"), HexColor("#c9771a")
    width, height = LETTER
    left, right = 0.65 * 72, width - 0.65 * 72
    bottom = 0.75 * 72
    c = canvas.Canvas(str(path), pagesize=LETTER)
    c.setTitle(f"{r['name']} Resume")
    c.setAuthor(r["name"])
    c.setCreator("Pocket Résumé 4.12 (iOS)")
    size, lead = 10, 13.2
    state = {"y": 0.0, "page": 1}

    def footer() -> None:
        c.setFont("LSans", 7.5)
        c.setFillColor(HexColor("#a0a4a8"))
        c.drawCentredString(width / 2, 0.4 * 72, r["app"])

    def new_page() -> None:
        footer()
        c.showPage()
        state["page"] += 1
        c.setFont("LSans-Bold", 9)
        c.setFillColor(slate)
        c.drawString(left, height - 0.5 * 72, r["name"])
        state["y"] = height - 0.85 * 72

    def room(lines: float) -> None:
        if state["y"] - lines * lead < bottom:
            new_page()

    def wrap(text: str, font: str, w: float) -> list[str]:
        lines, line = [], ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if line and stringWidth(trial, font, size) > w:
                lines.append(line)
                line = word
            else:
                line = trial
        return [*lines, line] if line else lines

    def text(t: str, x: float = left, font: str = "LSans", color=ink) -> None:
        for line in wrap(t, font, right - x):
            room(1)
            c.setFont(font, size)
            c.setFillColor(color)
            c.drawString(x, state["y"], line)
            state["y"] -= lead

    def bullet(t: str, x: float = left + 8) -> None:
        room(1)
        c.setFont("LSans", size)
        c.setFillColor(amber)
        c.drawString(x, state["y"], "•")
        text(t, x + 10)

    def heading(title: str) -> None:
        state["y"] -= 8
        room(3)
        x, y = left, state["y"]
        c.setFillColor(amber)
        for n, word in enumerate(title.split()):
            if n:
                x += stringWidth(" ", "LSans-Bold", 12)
            c.setFont("LSans-Bold", 12)
            c.drawString(x, y, word[0])
            x += stringWidth(word[0], "LSans-Bold", 12)
            if word[1:]:
                c.setFont("LSans-Bold", 9.5)
                c.drawString(x, y, word[1:].upper())
                x += stringWidth(word[1:].upper(), "LSans-Bold", 9.5)
        c.setStrokeColor(HexColor("#e2c9a8"))
        c.setLineWidth(0.8)
        c.line(x + 8, y + 3.5, right, y + 3.5)
        state["y"] -= lead + 3

    def entry(where: str, what: str, when: str) -> None:
        room(3)
        c.setFont("LSans-Bold", 10.5)
        c.setFillColor(ink)
        c.drawString(left, state["y"], where)
        state["y"] -= lead
        c.setFont("LSans", size)
        c.drawString(left, state["y"], what)
        c.setFillColor(grey)
        c.drawString(left + stringWidth(what + " ", "LSans", size), state["y"], f"({when})")
        state["y"] -= lead

    # the header band
    band = 1.25 * 72
    c.setFillColor(slate)
    c.rect(0, height - band, width, band, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("LSans-Bold", 26)
    c.drawString(left, height - 0.62 * 72, r["name"])
    c.setFillColor(HexColor("#f2b25c"))
    c.setFont("LSans", 12.5)
    c.drawString(left, height - 0.95 * 72, r["headline"])
    c.setFillColor(grey)
    c.setFont("LSans", 9.5)
    c.drawString(left, height - band - 18, "  •  ".join(r["contact"]))
    state["y"] = height - band - 36

    heading("Summary")
    text(r["summary"])
    heading("Safety Record")
    for s in r["safety"]:
        room(1)
        c.setStrokeColor(amber)
        c.setLineWidth(1.4)
        y = state["y"]
        c.lines([(left + 8, y + 3.5, left + 11, y + 0.5), (left + 11, y + 0.5, left + 17, y + 7)])
        text(s, left + 24)
    heading("Work Experience")
    for n, e in enumerate(r["experience"]):
        if n:
            state["y"] -= 5
        entry(f"{e['organization']} · {e['location']}", e["title"], e["period"])
        for b in e["bullets"]:
            bullet(b)
    heading("Education")
    for n, e in enumerate(r["education"]):
        if n:
            state["y"] -= 5
        entry(f"{e['institution']} · {e['location']}", e["degree"], e["period"])
    heading("Skills")
    skills = r["skill_groups"]["Skills"]
    half = (len(skills) + 1) // 2
    for i in range(half):
        room(1)
        for col, x in ((0, left + 8), (1, left + (right - left) / 2 + 8)):
            k = i + col * half
            if k < len(skills):
                c.setFillColor(amber)
                c.rect(x, state["y"] + 1.5, 4, 4, stroke=0, fill=1)
                c.setFillColor(ink)
                c.setFont("LSans", size)
                c.drawString(x + 11, state["y"], skills[k])
        state["y"] -= lead
    heading("Licenses & Endorsements")
    for lic in r["licenses"]:
        bullet(lic)
    heading("References")
    text("Available upon request")
    footer()
    c.showPage()
    c.save()


def docx_pandoc_markdown_librarian_resume(r: dict, path: Path) -> None:
    """A public librarian's resume written in Markdown and turned into Word the way pandoc does (`pandoc
    resume.md -o resume.docx` with its default reference document), rebuilt with python-docx; the Markdown is
    kept in sources/ (pandoc is not needed to build it): pandoc's styles ('Title', 'Subtitle', 'First Paragraph',
    'Body Text', 'Compact', 'Definition Term', 'Definition', blue 'Heading 1'), the contact line with 'Hyperlink'
    runs inside w:hyperlink; 'Experience' as a definition list, each job a term 'Title — Employer' over a definition
    'Town, NS · Month YYYY – present' and compact bullets at the definition's indent; 'Education' as a pipe table
    (Qualification | Institution | Place | Years) in pandoc's 'Table' style with a rule under the header row;
    'Skills' and 'Professional Activities' as compact bullets; 'Languages' a paragraph."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    # the Markdown the person typed
    md = [f"---\ntitle: {r['name']}\nsubtitle: {r['subtitle']}\n---", ""]
    md.append(" · ".join(t[1] if t[0] == "text" else (f"<{t[1]}>" if t[2].startswith("mailto:") else
                                                      f"[{t[1]}]({t[2]})") for t in r["contact"]))
    md += ["", "# Profile", "", r["profile"], "", "# Experience", ""]
    for e in r["experience"]:
        md += [f"{e['title']} — {e['organization']}", f":   {e['location']} · {e['period']}", ""]
        md += [f"    -   {b}" for b in e["bullets"]] + [""]
    md += ["# Education", "", "| Qualification | Institution | Place | Years |", "|---|---|---|---|"]
    md += [f"| {e['degree']} | {e['institution']} | {e['location']} | {e['period']} |" for e in r["education"]]
    md += ["", "# Skills", ""] + [f"-   {s}" for s in r["skill_groups"]["Skills"]]
    md += ["", "# Professional Activities", ""] + [f"-   {a}" for a in r["activities"]]
    md += ["", "# Languages", "", r["languages"], ""]
    sources = path.parent / "sources"
    sources.mkdir(exist_ok=True)
    (sources / f"{path.stem}.md").write_text("\n".join(md), encoding="utf-8")

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(1)
    section.top_margin = section.bottom_margin = Inches(1)
    styles = d.styles
    styles["Normal"].font.name = "Cambria"
    styles["Normal"].font.size = Pt(12)
    styles["Normal"].paragraph_format.space_after = Pt(0)
    blue = RGBColor(0x4F, 0x81, 0xBD)
    for name, size, color, before in (("Title", 18, RGBColor(0x34, 0x5A, 0x8A), 24),
                                      ("Subtitle", 15, RGBColor(0x34, 0x5A, 0x8A), 12)):
        st = styles[name]
        st.font.name, st.font.size, st.font.color.rgb, st.font.bold = "Calibri", Pt(size), color, True
        st.font.italic = False
        st.paragraph_format.alignment = 1
        st.paragraph_format.space_before, st.paragraph_format.space_after = Pt(before), Pt(12)
    h1 = styles["Heading 1"]
    h1.font.name, h1.font.size, h1.font.color.rgb = "Calibri", Pt(16), blue
    h1.paragraph_format.space_before, h1.paragraph_format.space_after = Pt(24), Pt(0)
    body = styles["Body Text"]
    body.paragraph_format.space_before, body.paragraph_format.space_after = Pt(9), Pt(9)

    def style(name: str, base: str, *, before: float | None = None, after: float | None = None,
              bold: bool = False, keep: bool = False):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles[base]
        if before is not None:
            st.paragraph_format.space_before = Pt(before)
        if after is not None:
            st.paragraph_format.space_after = Pt(after)
        st.font.bold = bold
        st.paragraph_format.keep_with_next = keep
        return st

    style("First Paragraph", "Body Text")
    style("Compact", "Body Text", before=1.8, after=1.8)
    style("Definition Term", "Normal", keep=True)
    style("Definition", "Normal")
    link_style = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link_style.font.color.rgb = blue
    table_style = styles.add_style("Table", WD_STYLE_TYPE.TABLE)
    table_style.base_style = styles["Normal Table"]

    def bulleted(text: str, indent: float) -> None:
        p = d.add_paragraph(text, style="Compact")
        num = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", "0"), ("w:numId", "1")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), value)
            num.append(el)
        p._p.get_or_add_pPr().insert(0, num)
        p.paragraph_format.left_indent = Inches(indent + 0.25)
        p.paragraph_format.first_line_indent = Inches(-0.25)

    def hyperlink(p, text: str, url: str) -> None:
        rid = d.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rid)
        run = OxmlElement("w:r")
        props = OxmlElement("w:rPr")
        rstyle = OxmlElement("w:rStyle")
        rstyle.set(qn("w:val"), "Hyperlink")
        props.append(rstyle)
        run.append(props)
        t = OxmlElement("w:t")
        t.text = text
        run.append(t)
        link.append(run)
        p._p.append(link)

    d.core_properties.title = r["name"]
    d.add_paragraph(r["name"], style="Title")
    d.add_paragraph(r["subtitle"], style="Subtitle")
    p = d.add_paragraph(style="First Paragraph")
    for n, item in enumerate(r["contact"]):
        if n:
            p.add_run(" · ")
        if item[0] == "text":
            p.add_run(item[1])
        else:
            hyperlink(p, item[1], item[2])
    d.add_paragraph("Profile", style="Heading 1")
    d.add_paragraph(r["profile"], style="First Paragraph")
    d.add_paragraph("Experience", style="Heading 1")
    for e in r["experience"]:
        d.add_paragraph(f"{e['title']} — {e['organization']}", style="Definition Term").paragraph_format \
            .space_before = Pt(6)
        d.add_paragraph(f"{e['location']} · {e['period']}", style="Definition").paragraph_format.left_indent \
            = Inches(0.5)
        for b in e["bullets"]:
            bulleted(b, 0.5)
    d.add_paragraph("Education", style="Heading 1")
    head = ("Qualification", "Institution", "Place", "Years")
    table = d.add_table(rows=1 + len(r["education"]), cols=4)
    table.style = table_style
    for row, values in zip(table.rows, [head, *[(e["degree"], e["institution"], e["location"], e["period"])
                                                for e in r["education"]]], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.paragraphs[0].style = styles["Compact"]
            cell.paragraphs[0].add_run(value)
    for cell in table.rows[0].cells:  # pandoc's header row: a rule under it
        borders = OxmlElement("w:tcBorders")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
            bottom.set(qn(key), value)
        borders.append(bottom)
        cell._tc.get_or_add_tcPr().append(borders)
    header = OxmlElement("w:tblHeader")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    d.add_paragraph("Skills", style="Heading 1")
    for s in r["skill_groups"]["Skills"]:
        bulleted(s, 0)
    d.add_paragraph("Professional Activities", style="Heading 1")
    for a in r["activities"]:
        bulleted(a, 0)
    d.add_paragraph("Languages", style="Heading 1")
    d.add_paragraph(r["languages"], style="First Paragraph")
    d.save(str(path))


# ------------------------------------------------------------------------------------ held-out-25 writers
# Five more hand-written people (a Hamamatsu supplier quality engineer, a Galway architectural technologist, a
# Singapore physiotherapist, a Fife head greenkeeper, a Nakuru agronomist), none a software engineer, each in a layout
# none of the earlier sets has. Built by someone who had not read the parser, its tests or the fixtures' README and did
# not run it on these files; the split of each file was fixed in FIXTURES before any of them was generated. As for
# PEOPLE_7 to PEOPLE_24, the truth is derived from this data, never from a rendering; volunteering and student
# activities are not experience, internships, placements, part-time and seasonal jobs are; certifications, licences,
# registrations, memberships, trade tests, spoken languages, referees and interests are not skills (nor education); a
# skill phrase is one skill as written, brackets included (a comma inside the brackets does not split it); a title is
# given as typed, its own brackets included ('Assistant Greenkeeper (seasonal)'); a period is given as typed, except
# in the rirekisho, which types none (below); text that a style or CSS sets in capitals or small capitals is given in
# the case typed; a place is only what the resume gives beside a job or a school (an address or a town in the contact
# lines is not one); none of the five has a projects section.
# New here: the rirekisho (Japan's personal history form, here in English) is a spreadsheet grid typed in LibreOffice
# Calc, in time order with the oldest first: every event is a row of its own with the year and the month number in
# cells of their own ('2016 | 4 | Joined Sakuma Seimitsu Co., Ltd. (Iwata, Shizuoka)'), so a job is a 'Joined
# Employer (Town, Prefecture)' row, an 'Assigned to the ... as Title' row, duty rows and a 'Resigned from ...' row,
# and the current one ends in 'Currently employed'; its period is read off the year and month cells of the joining and
# leaving rows and written 'Apr 2016 – Aug 2019' ('Jul 2023 – Present' for the current job), the employer is the name
# after 'Joined' without the bracket, whose town is the place, and the title the words after 'as'; schools are
# 'Entered School (Town, Prefecture), Course' rows in the same grid; the 'Licences and Qualifications' grid (driving
# licence, the national trade skills test, QC Kentei, TOEIC) is neither skills nor education, and only the '・' lines
# under 'Special skills' in the motivation box are skills. In the architect's page the dates of each job are only in
# the horizontal 'Career path' timeline at the top (oldest at the left, the dates above a dot, the title, employer and
# town under it), while 'Experience' below gives the jobs newest first without dates: the truth period of a job is its
# timeline label; a placement is experience; 'Expertise' and 'Software' items are skills, 'Accreditations' (CIAT
# chartered membership, Passive House designer, Safe Pass) and 'Languages' are not. In the physiotherapist's DOCX every
# job and school is an item of a repeating-section content control (w:sdt), the name, the contact items and the
# section headings are content controls too (the contact items inline, inside the paragraph), each job a 'Heading 3'
# dates line typed 'April 2022 – Present' and shown in capitals by the style over a 'Heading 2' line 'Title, Company'
# (the company in a character style of its own) and a paragraph; the template gives no towns, so there is no place;
# the 'Activities' control still shows the template's placeholder text, which is not part of the resume; 'Skills' is a
# two-column table of bullets (each cell item a skill), 'Registration & Certifications' and 'Languages' are not
# skills. In the greenkeeper's CV each job is one line 'Title, Golf Club, Town' with the years after a right tab stop
# filled with a dot leader, two roles at one club are two entries, schools are in the same form, and so are the
# 'Certificates' (spraying, chainsaw, first aid, BIGGA membership), which are neither skills nor education. In the
# agronomist's WhatsApp export the CV is one message among the recruiter's: the 'DD/MM/YYYY, HH:MM - Sender: '
# prefix, the encryption notice, '<Media omitted>' and the recruiter's messages are not part of the resume, the
# sender's saved nickname is not her name (the name is the one typed in the CV), the '*' and '_' of WhatsApp's
# bold and italics are not part of a title or a period ('*Senior Field Agronomist* – Rift Valley Seed Co. Ltd,
# Nakuru' over '_Mar '21 – to date_'), the KCSE school is education, and 'Certifications', 'Languages', 'Other'
# (driving licence) and 'Referees' are neither skills nor experience. Every person, employer, club, hospital, school,
# recruiter, referee and number here is invented; the towns are real places, and the bodies, tests and standards named
# (the Japanese Standards Association, QC Kentei, the national trade skills test, TOEIC, IATF 16949, ISO 19650, CIAT,
# the Passive House Institute, SOLAS Safe Pass, the Allied Health Professions Council, the Singapore Resuscitation and
# First Aid Council, City & Guilds NPTC, Lantra, St Andrew's First Aid, BIGGA, KCSE, KEPHIS, the Pest Control
# Products Board, GlobalG.A.P.) and the products (Zeiss CMMs, Minitab, Revit, ArchiCAD, AutoCAD, Navisworks, Solibri,
# Enscape, NBS Chorus, Toro Lynx, Ransomes mowers, ODK, KoboToolbox, WhatsApp) are real.

PEOPLE_25: dict[str, dict] = {
    "fods_rirekisho_qa_technician_jp": {
        "name": "Kenta Morioka",
        "as_of": "5 December 2026",
        "personal": [("Date of birth", "14 June 1995 (age 31)"), ("Gender", "Male"),
                     ("Address", "3-14-8 Sumiyoshi, Naka-ku, Hamamatsu, Shizuoka 430-0906"),
                     ("Phone", "080-5550-0193"), ("Email", "kenta.morioka@example.jp")],
        "experience": [
            {"title": "CNC Lathe Operator", "organization": "Sakuma Seimitsu Co., Ltd.",
             "location": "Iwata, Shizuoka", "period": "Apr 2016 – Aug 2019", "joined": [2016, 4],
             "unit": "the Machining Section", "left": [2019, 8], "reason": "for personal reasons",
             "bullets": ["Turned crankshaft and camshaft parts for motorcycle engines on a two-shift line of eight "
                         "CNC lathes",
                         "Took over first-piece inspection for the line in my second year"]},
            {"title": "Quality Inspection Technician", "organization": "Enshu Precision Parts Co., Ltd.",
             "location": "Hamamatsu, Shizuoka", "period": "Sep 2019 – Jun 2023", "joined": [2019, 9],
             "unit": "the Quality Assurance Department", "left": [2023, 6], "reason": "for personal reasons",
             "bullets": ["Measured steering and brake parts on a Zeiss CMM and wrote 140 inspection programs",
                         "Ran SPC charts for 35 key characteristics and led 8D reports on customer complaints; "
                         "line defects down from 820 to 310 ppm in two years"]},
            {"title": "Supplier Quality Engineer", "organization": "Mikatahara Auto Components Co., Ltd.",
             "location": "Toyohashi, Aichi", "period": "Jul 2023 – Present", "joined": [2023, 7],
             "unit": "the Supplier Quality Group", "left": None, "reason": "",
             "bullets": ["Audit and develop 22 casting and machining suppliers in Aichi and Shizuoka; approve PPAP "
                         "submissions for new parts",
                         "Cut incoming rejections by 45% in 2025 by agreeing control plans and gauge studies with "
                         "suppliers"]},
        ],
        "education": [
            {"degree": "Department of Mechanical Engineering", "institution": "Hamanako Prefectural Technical High "
             "School", "location": "Kosai, Shizuoka", "period": "Apr 2011 – Mar 2014", "entered": [2011, 4],
             "finished": [2014, 3], "diploma": ""},
            {"degree": "Course of Production Engineering", "institution": "Tenryu College of Technology",
             "location": "Hamamatsu, Shizuoka", "period": "Apr 2014 – Mar 2016", "entered": [2014, 4],
             "finished": [2016, 3], "diploma": "Diploma in Production Engineering"},
        ],
        "licences": [[2013, 8, "Gas Welding Skill Training Course, completed"],
                     [2015, 2, "Ordinary Motor Vehicle Driving Licence"],
                     [2018, 2, "National Trade Skills Test, Machining (Lathe Work), Grade 2"],
                     [2020, 9, "Quality Control Certificate (QC Kentei) Grade 2, Japanese Standards Association"],
                     [2022, 5, "Forklift Truck Operation Skill Training, completed"],
                     [2024, 12, "TOEIC Listening & Reading Test, score 785"],
                     [2025, 11, "IATF 16949 Internal Auditor Training, completed"]],
        "motivation": "After ten years on the shop floor and in quality, I want to prevent defects at the design and "
                      "supplier stage rather than find them at the end of the line. Your company's move into "
                      "e-axle parts is where I would like to use my CMM and supplier audit experience.",
        "self_pr": "I go to the place, look at the part and talk to the operator before I write a report. At Enshu "
                   "Precision Parts I started a weekly quality walk with the line leaders that is still held today.",
        "skill_groups": {
            "Special skills": ["Coordinate measuring machine (CMM) programming", "Statistical process control (SPC)",
                               "Measurement system analysis (Gauge R&R)", "FMEA and control plans",
                               "8D problem solving", "PPAP review", "Reading GD&T drawings",
                               "Excel (pivot tables, macros)", "Minitab"],
        },
        "hobbies": "Cycling around Lake Hamana, shogi",
        "practical": [("Commuting time", "Approx. 35 minutes"), ("Dependants (excluding spouse)", "1"),
                      ("Spouse", "Yes"), ("Spouse's dependency obligation", "No")],
        "requests": "I would like to work as a quality engineer. I can start from 1 February 2027 after one "
                    "month's notice to my present employer.",
        "projects": [],
    },
    "browser_horizontal_timeline_architect_ie": {
        "name": "Clodagh Fennelly", "headline": "Chartered Architectural Technologist",
        "contact": ["Galway", "087 555 0142", "clodagh.fennelly@example.ie", "linkedin.com/in/clodaghfennelly"],
        "profile": "Architectural technologist with eleven years in practice, most of them leading the technical "
                   "design of schools, housing and healthcare buildings in the west of Ireland. I turn planning "
                   "drawings into buildable, compliant construction packages, run the BIM model from stage 2 to "
                   "handover and like being on site when the details meet reality.",
        "experience": [
            {"title": "Senior Architectural Technologist", "organization": "Corrib Lane Architects",
             "location": "Galway", "period": "Mar 2021 – Present",
             "bullets": ["Lead the technical design of education and healthcare projects up to €28M, with a team "
                         "of three technologists",
                         "Coordinate structural and services models in Revit and Solibri; clash reports down by "
                         "60% on a 44-unit social housing scheme",
                         "Prepare fire safety, disability access and Part L compliance packages and inspect work on "
                         "site"]},
            {"title": "Architectural Technologist", "organization": "Shannonside Design Partnership",
             "location": "Limerick", "period": "Sep 2017 – Feb 2021",
             "bullets": ["Produced tender and construction drawings for primary schools and a 60-bed nursing home",
                         "Set up the practice's Revit templates and trained six colleagues moving from AutoCAD"]},
            {"title": "BIM Technician", "organization": "Kilcolgan Building Services Ltd", "location": "Ennis",
             "period": "Jun 2015 – Aug 2017",
             "bullets": ["Modelled mechanical and electrical services for commercial fit-outs and pharmaceutical "
                         "plant rooms"]},
            {"title": "Placement Student", "organization": "Westbridge Architects", "location": "Cork",
             "period": "Jan 2014 – Aug 2014",
             "bullets": ["Survey drawings, planning drawings and door and window schedules during my third-year "
                         "work placement"]},
        ],
        "education": [
            {"degree": "Postgraduate Certificate in BIM and Digital Construction", "institution": "Blackwater "
             "University", "location": "Cork", "period": "2019 – 2020"},
            {"degree": "BSc (Hons) Architectural Technology", "institution": "Lough Atalia Institute of Technology",
             "location": "Galway", "period": "2011 – 2015"},
        ],
        "skill_groups": {
            "Expertise": ["Technical design and detailing", "Building Regulations compliance",
                          "Fire safety certificate applications", "BIM coordination (ISO 19650)",
                          "Measured surveys", "Site inspection and snagging", "Specification writing"],
            "Software": ["Revit", "ArchiCAD", "AutoCAD", "Navisworks", "Solibri", "Enscape", "NBS Chorus"],
        },
        "accreditations": ["Chartered Member, Chartered Institute of Architectural Technologists (MCIAT)",
                           "Certified Passive House Designer, Passive House Institute", "SOLAS Safe Pass"],
        "languages": "English (native), Irish (conversational), French (basic)",
        "projects": [],
    },
    "docx_content_controls_physio_sg": {
        "name": "Nur Aisyah binte Rahmat",
        "contact": ["Tampines, Singapore", "+65 9555 0137", "nuraisyah.rahmat@example.sg"],
        "linkedin": "linkedin.com/in/nuraisyah-physio",
        "objective": "Senior physiotherapist with ten years in acute, community and sports settings, looking for a "
                     "lead role in musculoskeletal outpatient care where I can build programmes, supervise junior "
                     "staff and keep treating patients.",
        "experience": [
            {"title": "Senior Physiotherapist", "organization": "Eastgate Community Hospital", "location": "",
             "period": "April 2022 – Present",
             "text": "Lead a team of five physiotherapists on two rehabilitation wards of 60 beds. Started a falls "
                     "prevention class that cut inpatient falls by a third in 2024, and supervise physiotherapy "
                     "students from two universities."},
            {"title": "Physiotherapist", "organization": "Lion City Sports Medicine Clinic", "location": "",
             "period": "January 2019 – March 2022",
             "text": "Assessed and treated sports and spinal injuries, about 14 patients a day; designed return-to-"
                     "play programmes for a national netball squad and ran the clinic's hydrotherapy sessions."},
            {"title": "Physiotherapist (Rotational)", "organization": "Kallang River General Hospital",
             "location": "", "period": "July 2016 – December 2018",
             "text": "Rotations in orthopaedics, cardiothoracic surgery, neurology and the outpatient clinic; "
                     "on-call respiratory physiotherapy on weekends."},
            {"title": "Gym Instructor (part-time)", "organization": "Pasir Ris Active Club", "location": "",
             "period": "March 2013 – June 2015",
             "text": "Evening and weekend floor instruction and exercise programmes for members while studying."},
        ],
        "education": [
            {"degree": "Bachelor of Science (Honours) in Physiotherapy",
             "institution": "Keppel Bay Institute of Health Sciences", "location": "", "period": "June 2016",
             "text": "First Class Honours. Final-year project on balance training for older adults after hip "
                     "fracture."},
            {"degree": "Diploma in Sport and Exercise Sciences", "institution": "Jurong West Polytechnic",
             "location": "", "period": "May 2012", "text": "Director's List, 2011."},
        ],
        "skill_groups": {
            "Skills": ["Musculoskeletal assessment", "Post-operative orthopaedic rehabilitation",
                       "Falls prevention programmes", "Sports injury management", "Dry needling",
                       "Exercise prescription", "Hydrotherapy", "Kinesio taping",
                       "Outcome measures (TUG, Berg, LEFS)", "Clinical supervision of students"],
        },
        "certifications": ["Registered Physiotherapist, Allied Health Professions Council (AHPC), Singapore",
                           "Basic Cardiac Life Support (BCLS + AED), Singapore Resuscitation and First Aid Council",
                           "Certificate in Dry Needling, Level 2"],
        "languages": "English, Malay and conversational Mandarin",
        "placeholder": "Use this section to show the interests, clubs and volunteer work that say something about "
                       "you, and what you would bring to the team.",
        "projects": [],
    },
    "word_dot_leaders_greenkeeper_scot": {
        "name": "Callum Drummond",
        "contact": ["7 Rodger Street, Anstruther, Fife KY10 3DU", "07700 900481 · callum.drummond@example.co.uk"],
        "profile": "Head greenkeeper with eighteen years on Fife links courses, from seasonal assistant to running a "
                   "nine-strong team on a championship clifftop links. I look after greens that have to run fast "
                   "in a sea haar and in a dry June, on a budget agreed with a committee, and I like to leave the "
                   "dunes a little wilder than I found them.",
        "experience": [
            {"title": "Head Greenkeeper", "organization": "Kinkell Braes Golf Club", "location": "St Andrews",
             "period": "2019 – present", "about": "18-hole clifftop links, 9 greenstaff, 38,000 rounds a year",
             "bullets": ["Plan and run all course maintenance on a budget of £410,000 a year, reporting to the "
                         "green committee each month",
                         "Prepared the links for two Scottish amateur championships and a senior tour qualifier",
                         "Replaced the irrigation system with Toro Lynx control; water use down by 30%",
                         "Moved the greens from ryegrass overseeding to fescue and bent, with a 6-year plan"]},
            {"title": "Deputy Head Greenkeeper", "organization": "Kinkell Braes Golf Club",
             "location": "St Andrews", "period": "2015 – 2019",
             "about": "Second in charge of the course and the machinery shed",
             "bullets": ["Ran the daily work sheet and the staff rota for 8 greenstaff and 2 seasonal workers",
                         "Calibrated sprayers and kept the pesticide and fertiliser records for audits"]},
            {"title": "First Assistant Greenkeeper", "organization": "Largo Bay Golf Club",
             "location": "Lower Largo", "period": "2011 – 2015", "about": "18-hole links, 5 greenstaff",
             "bullets": ["Cut greens and tees, set pins and raked bunkers; led the team on weekends",
                         "Rebuilt 14 revetted bunker faces over two winters"]},
            {"title": "Assistant Greenkeeper (seasonal)", "organization": "Fife Ness Links", "location": "Crail",
             "period": "2008 – 2011", "about": "9-hole links, April to October",
             "bullets": ["Mowing, divoting, bunker raking and course set-up as a modern apprentice"]},
        ],
        "education": [
            {"degree": "HNC Golf Course Management", "institution": "Tay Valley College", "location": "Cupar",
             "period": "2012 – 2014"},
            {"degree": "SVQ 2 Sports Turf (Modern Apprenticeship)",
             "institution": "Kingdom Turf Training", "location": "Glenrothes", "period": "2008 – 2010"},
            {"degree": "Standard Grades and Higher Biology", "institution": "Kilrenny High School",
             "location": "Anstruther", "period": "2002 – 2008"},
        ],
        "certificates": [("City & Guilds NPTC Level 2 Safe Use of Pesticides (PA1, PA2, PA6)", "2009"),
                         ("Lantra Chainsaw Maintenance and Cross-cutting (CS30/31)", "2013"),
                         ("First Aid at Work, St Andrew's First Aid", "2024"),
                         ("Member, British & International Golf Greenkeepers Association (BIGGA)", "since 2008")],
        "skill_groups": {
            "Skills": ["Fine turf management", "Links course maintenance", "Irrigation systems (Toro Lynx)",
                       "Sprayer calibration", "Nutrient and wetting agent programmes", "Hollow coring and top "
                       "dressing", "Bunker revetting", "Machinery maintenance", "Budgets and purchasing",
                       "Staff rotas and training", "Tournament course preparation", "Dune and habitat management"],
        },
        "interests": "Sea swimming, club cricket with Crail CC and restoring old Ransomes mowers.",
        "projects": [],
    },
    "txt_whatsapp_chat_export_agronomist_ke": {
        "name": "Wanjiru Njoroge",
        "nickname": "Wanjiru N (Agronomist)", "recruiter": "Mercy Otieno", "day": "05/12/2026",
        "contact": ["📍 Nakuru, Kenya", "📞 0712 555 048", "📧 wanjiru.njoroge@example.co.ke"],
        "profile": "Agronomist with over nine years in seed production, fresh produce for export and farmer "
                   "extension in the Rift Valley. I plan crop programmes, train farmers in groups of 30 or 300 and "
                   "turn soil and field data into advice a farmer can use the same week.",
        "experience": [
            {"title": "Senior Field Agronomist", "organization": "Rift Valley Seed Co. Ltd", "location": "Nakuru",
             "period": "Mar '21 – to date",
             "bullets": ["Supervise 12 field officers and 1,400 contracted maize and bean seed growers in Nakuru, "
                         "Baringo and Laikipia",
                         "Plan planting, isolation and roguing for 3,200 acres of seed crops and prepare fields "
                         "for KEPHIS inspection",
                         "Raised certified seed yield per acre by 18% in two seasons with soil-test based fertiliser "
                         "plans",
                         "Collect field data on KoboToolbox and report weekly to the production manager"]},
            {"title": "Agronomist", "organization": "Kinangop Fresh Produce Ltd", "location": "Naivasha",
             "period": "Jan '18 – Feb '21",
             "bullets": ["Ran crop programmes for French beans, snow peas and baby corn for export on 600 acres of "
                         "outgrower farms",
                         "Kept farms GlobalG.A.P. compliant: spray records, pre-harvest intervals and residue tests",
                         "Cut MRL rejections at the pack house from 4% to under 1%"]},
            {"title": "Agricultural Extension Officer", "organization": "Mau Farmers Cooperative Society",
             "location": "Molo", "period": "Aug '15 – Dec '17",
             "bullets": ["Trained 2,000+ smallholder members on potato and dairy fodder production through "
                         "demonstration plots and field days"]},
            {"title": "Soil Laboratory Intern", "organization": "Menengai Soil Testing Services",
             "location": "Nakuru", "period": "May '14 – Jul '14",
             "bullets": ["Prepared soil samples and ran pH and NPK tests for farmer clients"]},
        ],
        "education": [
            {"degree": "BSc. Agriculture (Second Class Honours, Upper Division)",
             "institution": "Mau Escarpment University", "location": "Njoro", "period": "2010 – 2014"},
            {"degree": "KCSE, Mean Grade A-", "institution": "Menengai Hills Girls' High School",
             "location": "Nakuru", "period": "2006 – 2009"},
        ],
        "skill_groups": {
            "Skills": ["Soil sampling and fertiliser recommendations", "Integrated pest management (IPM)",
                       "Seed production and roguing", "Farmer training and demonstration plots",
                       "GlobalG.A.P. compliance", "Drip irrigation scheduling", "Data collection (ODK, KoboToolbox)",
                       "MS Excel and Word"],
        },
        "certifications": ["Authorised Seed Inspector, KEPHIS (2022)",
                           "Pesticide Safe Use and Handling, Pest Control Products Board (2019)",
                           "GlobalG.A.P. IFA v6 Farm Assurer training (2023)"],
        "languages": "English, Kiswahili, Kikuyu",
        "other": "Driving licence: Class B, plus motorcycle (A2)",
        "referees": ["Dr. Peter Kiprono – Lecturer, Dept of Crops, Horticulture and Soils, Mau Escarpment "
                     "University – 0722 555 301",
                     "Mr. Samuel Mwangi – Production Manager, Rift Valley Seed Co. Ltd – 0733 555 917"],
        "projects": [],
    },
}


def fods_rirekisho_qa_technician_jp(r: dict) -> str:
    """A rirekisho, the Japanese personal history form, filled in in English in a LibreOffice Calc sheet (flat ODS,
    Liberation Sans; LibreOffice exports it to PDF on two A4 pages): 'RIREKISHO (Personal History)' and the date
    of the form, 'Name', 'Date of birth', 'Gender', 'Address', 'Phone' and 'Email' rows with their labels in a cell
    to the left and a dashed photo box at the right; then a bordered grid 'Year | Month | Education and Work History'
    in time order, the oldest first, every event a row of its own with the year and the month number in cells of
    their own (typed as numbers): 'Education' and 'Work History' centred in the grid, 'Entered School (Town,
    Prefecture), Course' and 'Graduated from School' rows, each job as 'Joined Employer Co., Ltd. (Town,
    Prefecture)', 'Assigned to the ... as Title' and duty rows in grey italics without a year or month, then
    'Resigned from Employer for personal reasons', the current job closed by 'Currently employed' and the grid by a
    right-aligned 'End', with blank bordered rows to the foot of page 1; on page 2 the 'Licences and
    Qualifications' grid in the same form, a box 'Motivation, self-PR, special skills and hobbies' (the skills as
    '・' lines), commuting time and dependants as label and value cells, and a 'Personal requests' box."""
    import math

    t = _fodt_text
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    for e in r["experience"]:  # the truth's period must be what the grid's cells say
        end = f"{months[e['left'][1] - 1]} {e['left'][0]}" if e["left"] else "Present"
        assert e["period"] == f"{months[e['joined'][1] - 1]} {e['joined'][0]} – {end}", e["period"]

    cell_styles = {  # name: (cell properties, paragraph properties, text properties)
        "Plain": ("", "", ""),
        "Title": ("", "", 'fo:font-size="17pt" fo:font-weight="bold"'),
        "AsOf": ("", 'fo:text-align="end"', 'fo:font-size="9pt"'),
        "Label": ('fo:border="0.5pt solid #000000" fo:background-color="#f3f3f3"', 'fo:text-align="center"',
                  'fo:font-size="8.5pt"'),
        "Name": ('fo:border="0.5pt solid #000000"', 'fo:text-align="start" fo:margin-left="0.2cm"',
                 'fo:font-size="18pt"'),
        "Value": ('fo:border="0.5pt solid #000000"', 'fo:text-align="start" fo:margin-left="0.2cm"',
                  'fo:font-size="10pt"'),
        "Photo": ('fo:border="0.5pt dashed #7f7f7f"', 'fo:text-align="center"',
                  'fo:font-size="8pt" fo:color="#7f7f7f"'),
        "Head": ('fo:border="0.5pt solid #000000" fo:background-color="#e6e6e6"', 'fo:text-align="center"',
                 'fo:font-size="9.5pt" fo:font-weight="bold"'),
        "Num": ('fo:border="0.5pt solid #000000"', 'fo:text-align="center"', 'fo:font-size="10pt"'),
        "Text": ('fo:border="0.5pt solid #000000"', 'fo:text-align="start" fo:margin-left="0.2cm"',
                 'fo:font-size="10pt"'),
        "Centre": ('fo:border="0.5pt solid #000000"', 'fo:text-align="center"', 'fo:font-size="10pt"'),
        "Duty": ('fo:border="0.5pt solid #000000"', 'fo:text-align="start" fo:margin-left="0.6cm"',
                 'fo:font-size="9pt" fo:font-style="italic" fo:color="#555555"'),
        "End": ('fo:border="0.5pt solid #000000"', 'fo:text-align="end" fo:margin-right="0.4cm"',
                'fo:font-size="10pt"'),
        "BoxHead": ('fo:border-top="0.5pt solid #000000" fo:border-left="0.5pt solid #000000" '
                    'fo:border-right="0.5pt solid #000000" fo:border-bottom="none"',
                    'fo:text-align="start" fo:margin-left="0.2cm"', 'fo:font-size="8.5pt" fo:color="#444444"'),
        "BoxText": ('fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" '
                    'fo:border-top="none" fo:border-bottom="none"', 'fo:text-align="start" fo:margin-left="0.2cm"',
                    'fo:font-size="10pt"'),
        "BoxLast": ('fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" '
                    'fo:border-top="none" fo:border-bottom="0.5pt solid #000000"',
                    'fo:text-align="start" fo:margin-left="0.2cm"', 'fo:font-size="10pt"'),
    }
    rows: list[str] = []
    heights: dict[str, str] = {}
    page_one: list[float] = []

    def row(cells: str, height: float = 0.72, page_break: bool = False) -> None:
        key = f"{height:.2f}" + ("b" if page_break else "")
        name = heights.setdefault(key, f"ro{len(heights) + 1}")
        rows.append(f"<table:table-row table:style-name=\"{name}\">{cells}</table:table-row>")
        page_one.append(height)

    def cell(style: str, *paras: str, cols: int = 1, down: int = 1, number: int | None = None) -> str:
        spans = (f" table:number-columns-spanned=\"{cols}\"" if cols > 1 else "") + (
            f" table:number-rows-spanned=\"{down}\"" if down > 1 else "")
        value = (f"office:value-type=\"float\" office:value=\"{number}\"" if number is not None
                 else "office:value-type=\"string\"" if paras else "")
        body = "".join(f"<text:p>{t(p)}</text:p>" for p in paras)
        return (f"<table:table-cell table:style-name=\"{style}\" {value}{spans}>{body}</table:table-cell>"
                + "<table:covered-table-cell/>" * (cols - 1))

    def covered() -> str:
        return "<table:covered-table-cell/>"

    def lines(text: str, width: int) -> int:
        return max(1, math.ceil(len(text) / width))

    def event(year: int | None, month: int | None, text: str, style: str = "Text") -> None:
        row(cell("Num", *([str(year)] if year else []), number=year) + cell("Num", *([str(month)] if month else []),
                                                                             number=month)
            + cell(style, text, cols=2), 0.2 + 0.52 * lines(text, 86 if style != "Duty" else 96))

    # the head of the form: the name and personal rows beside the photo box
    row(cell("Title", "RIREKISHO  (Personal History)", cols=3) + cell("AsOf", f"As of {r['as_of']}"), 1.1)
    row(cell("Label", "Name", cols=2) + cell("Name", r["name"]) + cell("Photo", "Photo", "30 mm × 40 mm", down=4),
        1.3)
    for label, value in r["personal"][:3]:
        row(cell("Label", label, cols=2) + cell("Value", value) + covered(), 0.8)
    for label, value in r["personal"][3:]:
        row(cell("Label", label, cols=2) + cell("Value", value, cols=2), 0.8)
    row(cell("Plain"), 0.5)

    # Education and Work History, oldest first
    row(cell("Head", "Year") + cell("Head", "Month") + cell("Head", "Education and Work History", cols=2), 0.75)
    event(None, None, "Education", "Centre")
    for e in r["education"]:
        event(*e["entered"], f"Entered {e['institution']} ({e['location']}), {e['degree']}")
        done = f"Graduated from {e['institution']}" + (f" ({e['diploma']})" if e["diploma"] else "")
        event(*e["finished"], done)
    event(None, None, "Work History", "Centre")
    for e in r["experience"]:
        event(*e["joined"], f"Joined {e['organization']} ({e['location']})")
        event(None, None, f"Assigned to {e['unit']} as {e['title']}")
        for b in e["bullets"]:
            event(None, None, b, "Duty")
        if e["left"]:
            event(*e["left"], f"Resigned from {e['organization']} {e['reason']}")
    event(None, None, "Currently employed")
    event(None, None, "End", "End")
    while sum(page_one) + 0.72 < 26.4:  # the form's blank rows to the foot of the page
        event(None, None, "")

    # page 2: licences and qualifications, then the boxes
    rows.append("")
    page_one.clear()
    row(cell("Head", "Year") + cell("Head", "Month") + cell("Head", "Licences and Qualifications", cols=2), 0.75,
        page_break=True)
    for year, month, text in r["licences"]:
        event(year, month, text)
    for _ in range(3):
        event(None, None, "")
    row(cell("Plain"), 0.5)
    box = [("Motivation", r["motivation"]), ("Self-PR", r["self_pr"]), ("Special skills", "")]
    row(cell("BoxHead", "Motivation, self-PR, special skills and hobbies", cols=4), 0.6)
    for label, text in box:
        line = f"{label}: {text}".rstrip() if text else f"{label}:"
        row(cell("BoxText", line, cols=4), 0.15 + 0.5 * lines(line, 100))
    for skill in r["skill_groups"]["Special skills"]:
        row(cell("BoxText", f"・{skill}", cols=4), 0.5)
    row(cell("BoxLast", f"Hobbies: {r['hobbies']}", cols=4), 0.75)
    row(cell("Plain"), 0.5)
    for label, value in r["practical"]:
        row(cell("Label", label, cols=3) + cell("Value", value), 0.72)
    row(cell("Plain"), 0.5)
    row(cell("BoxHead", "Personal requests (salary, position, working hours, place of work, etc.)", cols=4), 0.6)
    row(cell("BoxLast", r["requests"], cols=4), 0.25 + 0.5 * lines(r["requests"], 100) + 0.8)

    row_styles = "".join(
        f"<style:style style:name=\"{name}\" style:family=\"table-row\"><style:table-row-properties "
        f"style:row-height=\"{key.rstrip('b')}cm\" style:use-optimal-row-height=\"false\" "
        f"fo:break-before=\"{'page' if key.endswith('b') else 'auto'}\"/></style:style>"
        for key, name in heights.items())
    col_styles = "".join(
        f"<style:style style:name=\"co{n}\" style:family=\"table-column\"><style:table-column-properties "
        f"fo:break-before=\"auto\" style:column-width=\"{w}\"/></style:style>"
        for n, w in enumerate(("1.6cm", "1.3cm", "11.1cm", "4cm"), 1))
    ce_styles = "".join(
        f"<style:style style:name=\"{name}\" style:family=\"table-cell\" style:parent-style-name=\"Default\">"
        f"<style:table-cell-properties style:text-align-source=\"fix\" style:vertical-align=\"middle\" "
        f"fo:wrap-option=\"wrap\" fo:padding=\"0.05cm\" {cp}/><style:paragraph-properties {pp}/>"
        f"<style:text-properties style:font-name=\"Liberation Sans\" {tp}/></style:style>"
        for name, (cp, pp, tp) in cell_styles.items())
    columns = "".join(f"<table:table-column table:style-name=\"co{n}\"/>" for n in range(1, 5))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:generator>LibreOffice/7.4</meta:generator><dc:title>Rirekisho</dc:title>
<meta:initial-creator>{t(r['name'])}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"
 style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="table-cell"><style:text-properties style:font-name="Liberation Sans"
 fo:font-size="10pt"/></style:default-style>
<style:style style:name="Default" style:family="table-cell"/>
</office:styles>
<office:automatic-styles>
{col_styles}
{row_styles}
<style:style style:name="ta1" style:family="table" style:master-page-name="Form"><style:table-properties
 table:display="true"/></style:style>
{ce_styles}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1cm" fo:margin-left="1.5cm"
 fo:margin-right="1.5cm" style:print="charts drawings objects zero-values" style:table-centering="horizontal"/>
</style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Form" style:page-layout-name="pm1"><style:header style:display="false"/>
<style:footer style:display="false"/></style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Rirekisho" table:style-name="ta1">
{columns}
{chr(10).join(x for x in rows if x)}
</table:table>
</office:spreadsheet></office:body></office:document>
"""


def browser_horizontal_timeline_architect_ie(r: dict) -> str:
    """An Irish architectural technologist's one-page resume in HTML/CSS printed by Chromium (A4, Carlito): the name,
    the headline and a ' · ' contact line at the left of a header with a thin rule under it; then a 'Career path'
    band across the page, a horizontal line with one dot per job spaced evenly, the oldest at the left and an arrow
    head at the right, each dot with the job's dates ('Mar 2021 – Present') above it in bold green and the title, the
    employer and the town in a centred block under it; below the band, a wide left column with 'Profile',
    'Experience' (the jobs again, newest first, each as the bold title, 'Employer · Town' in green and bullets, with
    no dates: they are only in the timeline) and 'Education' (the degree in bold, 'Institution · Town' and the
    years), and a narrow tinted right column with 'Expertise' and 'Software' lists, 'Accreditations' and
    'Languages'."""
    stops = "".join(f"<div class=\"stop\"><p class=\"when\">{esc(e['period'])}</p><span class=\"dot\"></span>"
                    f"<p class=\"what\"><b>{esc(e['title'])}</b>{esc(e['organization'])}<br>{esc(e['location'])}</p>"
                    f"</div>" for e in reversed(r["experience"]))
    jobs = "".join(f"<div class=\"job\"><h3>{esc(e['title'])}</h3><p class=\"co\">{esc(e['organization'])} · "
                   f"{esc(e['location'])}</p><ul>{_li(e['bullets'])}</ul></div>\n" for e in r["experience"])
    edu = "".join(f"<div class=\"job\"><h3>{esc(e['degree'])}</h3><p class=\"co\">{esc(e['institution'])} · "
                  f"{esc(e['location'])}</p><p class=\"years\">{esc(e['period'])}</p></div>\n" for e in r["education"])
    side = "".join(f"<h2>{esc(group)}</h2><ul class=\"plain\">{_li(skills)}</ul>"
                   for group, skills in r["skill_groups"].items())
    contact = " · ".join(esc(c) for c in r["contact"])
    css = """
@page { size: A4; margin: 11mm 13mm 10mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: Carlito, "Liberation Sans", sans-serif; font-size: 9.6pt; line-height: 1.27;
       color: #27323a; }
p { margin: 0; }
header { border-bottom: 0.4mm solid #cfd8dc; padding-bottom: 2.5mm; }
h1 { margin: 0; font-size: 26pt; line-height: 1.05; color: #1d3b45; letter-spacing: 0.01em; }
.role { font-size: 12.5pt; color: #00796b; margin: 0.8mm 0 1.2mm; }
.contact { color: #5f6b73; font-size: 9.3pt; }
.path { margin: 4mm 0 5mm; }
.path .label { font-size: 8.5pt; letter-spacing: 0.16em; color: #78909c; font-weight: bold; margin-bottom: 2mm; }
.track { position: relative; display: grid; grid-template-columns: repeat(4, 1fr); column-gap: 3mm;
         padding-right: 6mm; }
.track::before { content: ""; position: absolute; left: 0; right: 2mm; top: 7.6mm; height: 0.7mm;
                 background: #90a4ae; }
.track::after { content: ""; position: absolute; right: 0; top: 6.2mm; border-left: 3.4mm solid #90a4ae;
                border-top: 1.75mm solid transparent; border-bottom: 1.75mm solid transparent; }
.stop { position: relative; text-align: center; }
.when { font-weight: bold; color: #00796b; font-size: 9.2pt; height: 5mm; white-space: nowrap; }
.dot { display: block; position: relative; z-index: 1; width: 4.6mm; height: 4.6mm; margin: 0 auto 1.8mm;
       border-radius: 50%; background: #00897b; border: 1mm solid #fff; box-shadow: 0 0 0 0.35mm #00897b; }
.what { font-size: 8.8pt; color: #4a565e; line-height: 1.22; }
.what b { display: block; color: #1d3b45; font-size: 9.4pt; }
.cols { display: grid; grid-template-columns: 1fr 56mm; column-gap: 7mm; }
h2 { margin: 0 0 1.6mm; font-size: 11pt; color: #1d3b45; border-bottom: 0.3mm solid #cfd8dc; padding-bottom: 0.6mm; }
main h2 + * { margin-top: 0; }
section { margin-bottom: 3.4mm; }
h3 { margin: 0; font-size: 10.6pt; color: #1d3b45; }
.job { margin-bottom: 2.4mm; }
.co { color: #00796b; font-weight: bold; font-size: 9.4pt; }
.years { color: #6b777f; font-size: 9pt; }
ul { margin: 0.6mm 0 0; padding-left: 4.2mm; }
li { margin-bottom: 0.5mm; }
aside { background: #eef4f3; padding: 3mm 3.4mm; align-self: start; }
aside h2 { font-size: 10pt; margin-top: 2.4mm; }
aside h2:first-child { margin-top: 0; }
ul.plain { list-style: none; padding: 0; margin: 0 0 1mm; }
ul.plain li { margin-bottom: 0.6mm; }
aside p { font-size: 9pt; }
"""
    body = f"""
<header>
<h1>{esc(r['name'])}</h1>
<p class="role">{esc(r['headline'])}</p>
<p class="contact">{contact}</p>
</header>
<div class="path">
<p class="label">CAREER PATH</p>
<div class="track">
{stops}
</div>
</div>
<div class="cols">
<main>
<section><h2>Profile</h2><p>{esc(r['profile'])}</p></section>
<section><h2>Experience</h2>
{jobs}</section>
<section><h2>Education</h2>
{edu}</section>
</main>
<aside>
{side}
<h2>Accreditations</h2><ul class="plain">{_li(r['accreditations'])}</ul>
<h2>Languages</h2><p>{esc(r['languages'])}</p>
</aside>
</div>
"""
    return _page(f"{esc(r['name'])} – CV", css, body)


def docx_content_controls_physio_sg_resume(r: dict, path: Path) -> None:
    """A Singapore physiotherapist's resume as Word's built-in 'modern chronological' resume template leaves it once
    filled in, rebuilt with python-docx (A4, Calibri): everything the template offers to fill in is a content control
    (w:sdt). The name is a plain-text control inside the 'Title' paragraph bound to the document's author property;
    the contact line holds three inline controls ('Address', 'Phone', 'Email') separated by ' | ' typed between
    them; the section headings ('Objective', 'Experience', 'Education', 'Skills', 'Activities') are block controls
    around 'Heading 1' paragraphs set in capitals by the style; 'Experience' and 'Education' are repeating-section
    controls (w15:repeatingSection) whose items (w15:repeatingSectionItem) each hold a 'Heading 3' dates line ('April
    2022 – Present', capitals by the style), a 'Heading 2' line 'Title, ' with the company after it in the
    'Intense Emphasis' character style, and a paragraph; 'Skills' is a borderless two-column table of 'List Bullet'
    paragraphs; 'Registration & Certifications' and 'Languages' were added by the person as plain paragraphs (no
    controls); the 'Activities' control still shows the template's grey placeholder text (w:showingPlcHdr)."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor
    from lxml import etree

    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.8)
    styles = d.styles
    styles["Normal"].font.name, styles["Normal"].font.size = "Calibri", Pt(10.5)
    styles["Normal"].font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    styles["Normal"].paragraph_format.space_after = Pt(6)
    blue, dark, grey = RGBColor(0x1F, 0x4E, 0x79), RGBColor(0x26, 0x26, 0x26), RGBColor(0x59, 0x59, 0x59)
    for name, size, color, caps, bold, before, after in (("Title", 28, dark, False, False, 0, 4),
                                                          ("Heading 1", 14, blue, True, True, 18, 6),
                                                          ("Heading 2", 12, dark, False, True, 0, 2),
                                                          ("Heading 3", 10, grey, True, False, 10, 0)):
        st = styles[name]
        st.font.name, st.font.size, st.font.color.rgb = "Calibri", Pt(size), color
        st.font.all_caps, st.font.bold, st.font.italic = caps, bold, False
        st.paragraph_format.space_before, st.paragraph_format.space_after = Pt(before), Pt(after)
    title_pr = styles["Title"].element.pPr
    if title_pr is not None:  # the default template's Title has a rule under it; this one has none
        for border in title_pr.findall(qn("w:pBdr")):
            title_pr.remove(border)
    for name, color in (("Intense Emphasis", RGBColor(0x2E, 0x74, 0xB5)), ("Placeholder Text",
                                                                          RGBColor(0x80, 0x80, 0x80))):
        names = {s.name for s in styles}
        st = styles[name] if name in names else styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        st.font.color.rgb, st.font.bold, st.font.italic = color, False, False
    d.core_properties.author = r["name"]
    d.core_properties.title = "Resume"
    ids = iter(range(1730402811, 1730402811 + 1000, 7))

    def control(alias: str, *, kind: str | None = None, doc_part: str | None = None, showing: bool = False,
                bound: bool = False):
        sdt, pr = OxmlElement("w:sdt"), OxmlElement("w:sdtPr")
        if showing:
            rpr = OxmlElement("w:rPr")
            rstyle = OxmlElement("w:rStyle")
            rstyle.set(qn("w:val"), "PlaceholderText")
            rpr.append(rstyle)
            pr.append(rpr)
        for tag, value in (("w:alias", alias), ("w:tag", alias), ("w:id", str(next(ids)))):
            if not value:  # the items of a repeating section have no alias of their own
                continue
            el = OxmlElement(tag)
            el.set(qn("w:val"), value)
            pr.append(el)
        if doc_part:
            ph, part = OxmlElement("w:placeholder"), OxmlElement("w:docPart")
            part.set(qn("w:val"), doc_part)
            ph.append(part)
            pr.append(ph)
        if showing:
            pr.append(OxmlElement("w:showingPlcHdr"))
        if bound:  # the Author control: bound to dc:creator in the core properties part
            binding = OxmlElement("w:dataBinding")
            binding.set(qn("w:prefixMappings"), "xmlns:ns0='http://purl.org/dc/elements/1.1/' xmlns:ns1='http://"
                        "schemas.openxmlformats.org/package/2006/metadata/core-properties' ")
            binding.set(qn("w:xpath"), "/ns1:coreProperties[1]/ns0:creator[1]")
            binding.set(qn("w:storeItemID"), "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}")
            pr.append(binding)
        if kind == "text":
            pr.append(OxmlElement("w:text"))
        elif kind in ("repeatingSection", "repeatingSectionItem"):
            etree.SubElement(pr, f"{{{w15}}}{kind}", nsmap={"w15": w15})
        content = OxmlElement("w:sdtContent")
        sdt.append(pr)
        sdt.append(content)
        return sdt, content

    def wrap(elements: list, alias: str, **kw):
        """Put body-level elements into a block control standing where the first of them stood."""
        sdt, content = control(alias, **kw)
        elements[0].addprevious(sdt)
        for el in elements:
            content.append(el)
        return sdt

    def inline(p, alias: str, text: str, **kw) -> None:
        sdt, content = control(alias, kind="text", **kw)
        run, t = OxmlElement("w:r"), OxmlElement("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        run.append(t)
        content.append(run)
        p._p.append(sdt)

    def heading(text: str):
        return wrap([d.add_paragraph(text, style="Heading 1")._p], f"{text}:", doc_part=f"{text}Heading")

    def items(entries: list[dict], what: str, alias: str) -> None:
        blocks = []
        for e in entries:
            first = d.add_paragraph(e["period"], style="Heading 3")
            line = d.add_paragraph(style="Heading 2")
            line.add_run(f"{e[what]}, ")
            line.add_run(e["organization" if what == "title" else "institution"], style="Intense Emphasis")
            text = d.add_paragraph(e["text"])
            blocks.append(wrap([first._p, line._p, text._p], "", kind="repeatingSectionItem"))
        wrap(blocks, alias, kind="repeatingSection")

    p = d.add_paragraph(style="Title")
    inline(p, "Author", r["name"], bound=True, doc_part="AuthorName")
    p = d.add_paragraph()
    for n, (alias, value) in enumerate(zip(("Address", "Phone", "Email"), r["contact"], strict=True)):
        if n:
            p.add_run(" | ")
        inline(p, alias, value, doc_part=f"{alias}Text")
    d.add_paragraph(r["linkedin"])
    heading("Objective")
    wrap([d.add_paragraph(r["objective"])._p], "Objective", doc_part="ObjectiveText")
    heading("Experience")
    items(r["experience"], "title", "Experience")
    heading("Education")
    items(r["education"], "degree", "Education")
    heading("Skills")
    skills = r["skill_groups"]["Skills"]
    half = (len(skills) + 1) // 2
    table = d.add_table(rows=1, cols=2)
    for cell, part in zip(table.rows[0].cells, (skills[:half], skills[half:]), strict=True):
        cell.paragraphs[0].text = part[0]
        cell.paragraphs[0].style = styles["List Bullet"]
        for s in part[1:]:
            cell.add_paragraph(s, style="List Bullet")
    d.add_paragraph("Registration & Certifications", style="Heading 1")
    for c in r["certifications"]:
        d.add_paragraph(c, style="List Bullet")
    d.add_paragraph("Languages", style="Heading 1")
    d.add_paragraph(r["languages"])
    heading("Activities")
    p = d.add_paragraph()
    p.add_run(r["placeholder"], style="Placeholder Text")
    wrap([p._p], "Activities", doc_part="ActivitiesText", showing=True)
    d.save(str(path))


def word_dot_leaders_greenkeeper_scot_resume(r: dict, path: Path) -> None:
    """A Scottish head greenkeeper's CV typed in Word and turned into PDF by LibreOffice (the DOCX is the source; A4,
    Caladea 10.5): the name centred in letter-spaced small capitals over two centred contact lines and a rule;
    headings centred in bold small capitals ('Profile', 'Employment', 'Education & Training', 'Certificates',
    'Skills', 'Interests', 'References'); each job one line, the title in bold and ', Golf Club, Town' after it,
    then the years ('2019 – present') after a right tab stop at the margin filled with a dot leader (Word's
    Tabs dialogue, leader 2), an italic grey line about the course and Word bullets; schools and certificates in the
    same dot-leader form (the certificate's year or 'since 2008' at the right); skills as Word bullets."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.1)
    section.top_margin, section.bottom_margin = Cm(1.7), Cm(1.6)
    width = Cm(21 - 2 * 2.1)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Caladea", Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    bullet = d.styles["List Bullet"]
    bullet.font.size = Pt(10)
    bullet.paragraph_format.space_after = Pt(1)
    grey = RGBColor(0x59, 0x59, 0x59)
    d.core_properties.author = r["name"]
    d.core_properties.title = f"CV - {r['name']}"

    def para(text: str = "", *, bold: bool = False, italic: bool = False, size: float | None = None,
             center: bool = False, small_caps: bool = False, color=None, before: float = 0, after: float = 0):
        p = d.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(before), Pt(after)
        if text:
            run = p.add_run(text)
            run.bold, run.italic, run.font.small_caps = bold, italic, small_caps
            if size:
                run.font.size = Pt(size)
            if color is not None:
                run.font.color.rgb = color
        return p

    def heading(text: str) -> None:
        para(text, bold=True, size=12.5, center=True, small_caps=True, before=12, after=5) \
            .paragraph_format.keep_with_next = True

    def leader(bold: str, rest: str, right: str, before: float = 6) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(bold).bold = True
        p.add_run(f"{rest}\t{right}")

    name = para(r["name"], size=22, center=True, small_caps=True)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), "40")
    name.runs[0]._r.get_or_add_rPr().append(spacing)
    for n, line in enumerate(r["contact"]):
        p = para(line, size=9.5, center=True, color=grey, before=3 if n == 0 else 0)
    _docx_rule_below(p, "8C8C8C")
    heading("Profile")
    para(r["profile"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("Employment")
    for n, e in enumerate(r["experience"]):
        leader(e["title"], f", {e['organization']}, {e['location']}", e["period"], before=0 if n == 0 else 7)
        para(e["about"], italic=True, size=9.5, color=grey, after=2).paragraph_format.keep_with_next = True
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    heading("Education & Training")
    for n, e in enumerate(r["education"]):
        leader(e["degree"], f", {e['institution']}, {e['location']}", e["period"], before=0 if n == 0 else 3)
    heading("Certificates")
    for n, (what, when) in enumerate(r["certificates"]):
        leader("", what, when, before=0 if n == 0 else 3)
    heading("Skills")
    for s in r["skill_groups"]["Skills"]:
        d.add_paragraph(s, style="List Bullet")
    heading("Interests")
    para(r["interests"])
    heading("References")
    para("Available on request.")
    d.save(str(path))


def txt_whatsapp_chat_export_agronomist_ke(r: dict) -> str:
    """A WhatsApp chat exported as text from a recruiter's Android phone ('Export chat', without media): every message
    opens with 'DD/MM/YYYY, HH:MM - Sender: ' and its further lines follow unprefixed; the end-to-end encryption
    notice first, the recruiter's request, then the agronomist's CV pasted as one message under the nickname the
    recruiter saved her as: '*bold*' headings after emoji ('*💼 Work Experience*'), each job as '*Title* – Employer
    Ltd, Town' over an '_Mar '21 – to date_' line in WhatsApp italics and '▪️ ' bullets, education in the same form,
    'Skills' and 'Certifications' as '▪️ ' lines, 'Languages', 'Other' and numbered 'Referees'; then '<Media omitted>'
    (her photo) and the recruiter's thanks."""
    day, me, them = r["day"], r["nickname"], r["recruiter"]
    out = [f"{day}, 09:58 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
           "WhatsApp, can read or listen to them. Tap to learn more."]

    def message(time: str, who: str, text: str) -> None:
        first, *rest = text.split("\n")
        out.extend([f"{day}, {time} - {who}: {first}", *rest])

    message("09:58", them, "Good morning Wanjiru, this is Mercy from Greenleaf Talent. Thank you for applying for the "
                           "Agronomy Manager role 🙏")
    message("09:59", them, "The PDF you sent is not opening on my side. Kindly paste your CV here as text")
    message("10:17", me, "Good morning Mercy, no problem. Here it is 👇🏾")
    cv = ["*CURRICULUM VITAE*", "", f"*{r['name']}*", *r["contact"], "", "*🌱 Profile*", r["profile"], "",
          "*💼 Work Experience*"]
    for e in r["experience"]:
        cv += ["", f"*{e['title']}* – {e['organization']}, {e['location']}", f"_{e['period']}_"]
        cv += [f"▪️ {b}" for b in e["bullets"]]
    cv += ["", "*🎓 Education*"]
    for e in r["education"]:
        cv += ["", f"*{e['degree']}* – {e['institution']}, {e['location']}", f"_{e['period']}_"]
    cv += ["", "*🛠️ Skills*", *(f"▪️ {s}" for s in r["skill_groups"]["Skills"])]
    cv += ["", "*📜 Certifications*", *(f"▪️ {c}" for c in r["certifications"])]
    cv += ["", "*🗣️ Languages*", r["languages"], "", "*🚗 Other*", r["other"], "", "*👥 Referees*"]
    cv += [f"{n}. {ref}" for n, ref in enumerate(r["referees"], 1)]
    message("10:21", me, "\n".join(cv))
    message("10:22", me, "<Media omitted>")
    message("10:40", them, "Well received, asante sana. I will share with the client and revert by Friday.")
    message("10:41", me, "Thank you so much 🙏🏾")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------------------------------ the set

# name: (split, template/writer, seed, language, renderer kind)
FIXTURES: dict[str, tuple[str, str, int, str, str]] = {
    "jake_sre.pdf": ("dev", "single-column 'Jake' layout (pdfLaTeX article)", 11, "en", "jake"),
    "jake_long.pdf": ("dev", "single-column 'Jake' layout (pdfLaTeX article)", 12, "en", "jake_long"),
    "moderncv_classic.pdf": ("dev", "moderncv classic (pdfLaTeX)", 13, "en", "moderncv_classic"),
    "ctexart_zh.pdf": ("dev", "ctexart (XeLaTeX, Chinese)", 14, "zh", "ctexart"),
    "python_docx.docx": ("dev", "python-docx", 15, "en", "python_docx"),
    "moderncv_banking.pdf": ("dev-2", "moderncv banking (pdfLaTeX)", 21, "en", "moderncv_banking"),
    "moderncv_casual_zh.pdf": ("dev-2", "moderncv casual with xeCJK (XeLaTeX, Chinese)", 22, "zh",
                               "moderncv_casual_zh"),
    "europecv.pdf": ("dev-2", "europecv (pdfLaTeX)", 23, "en", "europecv"),
    "currvita.pdf": ("dev-2", "currvita (pdfLaTeX)", 24, "en", "currvita"),
    "sidebar_two_column.pdf": ("dev-2", "two-column minipage sidebar (pdfLaTeX article)", 25, "en", "twocolumn"),
    "libreoffice.pdf": ("dev-2", "LibreOffice Writer PDF export", 26, "en", "libreoffice_pdf"),
    "libreoffice.docx": ("dev-2", "LibreOffice Writer DOCX export", 27, "en", "libreoffice_docx"),
    "moderncv_oldstyle.pdf": ("dev-2", "moderncv oldstyle (pdfLaTeX)", 28, "en", "moderncv_oldstyle"),
    # dev-2 was the first held-out set, dev-3 the second: each measured once unread, then read (README.md).
    "simplecv.pdf": ("dev-3", "simplecv (pdfLaTeX)", 31, "en", "simplecv"),
    "curve.pdf": ("dev-3", "curve (pdfLaTeX)", 32, "en", "curve"),
    "moderncv_fancy.pdf": ("dev-3", "moderncv fancy (pdfLaTeX)", 33, "en", "moderncv_fancy"),
    "xecjk_article_zh.pdf": ("dev-3", "hand-written xeCJK article (XeLaTeX, Chinese)", 34, "zh", "xecjk"),
    "docx_table.docx": ("dev-3", "python-docx table layout", 35, "en", "docx_table"),
    "libreoffice_grid.pdf": ("dev-3", "LibreOffice Writer PDF export, other layout", 36, "en", "lo_grid_pdf"),
    # A third held-out set, built after the second held-out measurement and before any rule written for it.
    "moderncv_casual.pdf": ("held-out-3", "moderncv casual (pdfLaTeX)", 41, "en", "moderncv_casual"),
    "timeline_article.pdf": ("held-out-3", "hand-written tabularx date column (pdfLaTeX article)", 42, "en",
                             "timeline"),
    "zh_table.pdf": ("held-out-3", "Chinese resume in a ruled table (XeLaTeX)", 43, "zh", "zh_table"),
    "plain_text.txt": ("held-out-3", "typed in a text editor", 44, "en", "plain_text"),
    "libreoffice_at.pdf": ("held-out-3", "LibreOffice Writer PDF export, 'Title @ Employer'", 45, "en", "lo_at_pdf"),
    "libreoffice_at.docx": ("held-out-3", "LibreOffice Writer DOCX export, 'Title @ Employer'", 46, "en",
                            "lo_at_docx"),
    # Resumes printed to PDF by a web browser (HTML/CSS resume builders): Chromium headless.
    # dev-4 reproduces a resume the rules were fixed against (small-caps headings, <ul> bullets drawn as shapes).
    "browser_jake.pdf": ("dev-4", "HTML/CSS 'Jake'-like single column, small caps, printed by Chromium", 51, "en",
                         "browser_jake"),
    # dev-5 was the fourth held-out set: measured once unread after the dev-4 rules, then read (README.md).
    "browser_sidebar.pdf": ("dev-5", "HTML/CSS two-column grid with a coloured sidebar, printed by Chromium",
                            61, "en", "browser_sidebar"),
    "browser_datecol.pdf": ("dev-5", "HTML/CSS letter-spaced upper-case headings, date column, printed by "
                            "Chromium", 62, "en", "browser_datecol"),
    "browser_table.pdf": ("dev-5", "HTML/CSS serif small caps, 'Title at Employer', skills table, printed by "
                          "Chromium", 63, "en", "browser_table"),
    # dev-6 was the fifth held-out set: measured once unread after the dev-5 rules, then read (README.md).
    "word_tabstop.pdf": ("dev-6", "python-docx DOCX exported to PDF by LibreOffice: 'Employer, City' with the "
                         "dates after a right tab stop, italic title below, Word list bullets", 71, "en",
                         "word_tabstop"),
    "browser_builder.pdf": ("dev-6", "HTML/CSS online-builder page, header band, right-hand sidebar, grey "
                            "'dates · city' line above 'Title — Employer', printed by Chromium", 72, "en",
                            "browser_builder"),
    "markdown_github.pdf": ("dev-6", "Markdown (GitHub style) turned into HTML, '### Title, Employer (dates)', "
                            "printed by Chromium", 73, "en", "markdown"),
    "compact_bar.pdf": ("dev-6", "LibreOffice Writer flat ODT exported to PDF: one page, headings in a coloured "
                        "bar, 'Title | Employer | City | dates' on one line", 74, "en", "fodt_compact"),
    # A sixth held-out set, built before any rule was written for it: four more writers and layouts.
    "word_two_column.pdf": ("held-out-6", "python-docx Word 'resume template' exported to PDF by LibreOffice: the "
                            "page a borderless two-column table, shaded left cell (contact, skills, education), "
                            "'Title | Employer' over a grey 'dates · city' line", 81, "en", "word_two_column"),
    "linkedin_paste.txt": ("held-out-6", "LinkedIn-style profile pasted as plain text: title, 'Employer · "
                           "Full-time', 'dates · duration', place, description", 82, "en", "linkedin"),
    "browser_timeline.pdf": ("held-out-6", "HTML/CSS timeline (vertical line, dots), title with the dates right, "
                             "'Employer | City' below, inline SVG icons, printed by Chromium", 83, "en",
                             "browser_timeline"),
    "uk_cv.docx": ("held-out-6", "python-docx British CV: 'Personal details' table, '**Employer** — Title (dates), "
                   "City' then a paragraph of prose, no bullets", 84, "en", "uk_cv"),
    # A seventh held-out set, built before any rule was written for it: people who are not software engineers,
    # their content written by hand (PEOPLE_7; the seed is not used).
    "teacher_word.docx": ("dev-8", "python-docx UK teacher's CV with Word's heading styles: 'Title, Department' "
                          "in bold with the dates after a right tab stop, 'School, Town' in italics below, "
                          "'Qualifications' (PGCE, QTS)", 91, "en", "teacher_word"),
    "browser_accountant.pdf": ("dev-8", "HTML/CSS two-column page (dark sidebar: contact, skill chips, "
                               "certifications, languages), name with a post-nominal, two roles under one employer "
                               "heading, printed by Chromium", 92, "en", "browser_accountant"),
    "word_hospitality.pdf": ("dev-8", "python-docx DOCX exported to PDF by LibreOffice: '**Employer — Title**' "
                             "over 'City | Month YYYY – Month YYYY', Volunteering, an 'Awards:' line, key skills in a "
                             "borderless two-column table", 93, "en", "word_hospitality"),
    "browser_pharmacist.pdf": ("dev-8", "HTML/CSS single column, serif, name with an apostrophe and a fada, "
                               "'**Employer, City** | Title | dates' lines, 'Licences & Registrations', 'Professional "
                               "Development', printed by Chromium", 94, "en", "browser_pharmacist"),
    "technician_paste.txt": ("dev-8", "maintenance technician's CV pasted into a form as plain text: ALL-CAPS "
                             "headings, 'Title - Employer, City' over 'MM/YYYY - present', hyphen bullets, 'Tickets "
                             "and licences'", 95, "en", "technician_paste"),
    # An eighth held-out set, built before any rule was written for it: five more hand-written people (PEOPLE_8;
    # the seed is not used), none a software engineer, in layouts none of the earlier sets has.
    "browser_designer.pdf": ("held-out-8", "HTML/CSS 'Canva-like' designer page: big name, right-hand sidebar "
                             "(CSS photo circle, contact, skills as bars with percentages, education, languages), "
                             "a date pill before each title, the employer in colour, 'Selected Projects', printed by "
                             "Chromium", 101, "en", "browser_designer"),
    "word_pm_table.docx": ("held-out-8", "python-docx US program manager's resume in tables: the dates in a left "
                           "cell, '**Title**' over '*Employer — City*' and bullets in the right one; 'Core "
                           "Competencies' as a three-column table, certifications and education as ruled tables",
                           102, "en", "word_pm_table"),
    "browser_graduate.pdf": ("held-out-8", "HTML/CSS new graduate's one-page resume: Education first (GPA, "
                             "coursework, thesis), 'Internships' and 'Part-time Work' sections, 'Leadership & "
                             "Activities', 'Technical:'/'Lab:'/'Languages:' lines, printed by Chromium", 103, "en",
                             "browser_graduate"),
    "europass_lo.pdf": ("held-out-8", "Europass-style CV typed in LibreOffice Writer (flat ODT) exported to PDF: "
                        "labels and 'MM/YYYY – present' dates in the left column, title, 'Employer, City (Country)' "
                        "and bullets on the right, a CEFR language grid, 'Digital skills', 'Driving licence'", 104,
                        "en", "europass_lo"),
    "markdown_plain.txt": ("held-out-8", "a Markdown resume pasted as plain text: '='/'-' underlined headings, "
                           "'Employer | Title | City | 2019–2022' lines, '* ' bullets, a 'TOOLS:' line", 105, "en",
                           "markdown_plain"),
    # Built as a tenth held-out set before any rule was written for it: five more hand-written people (PEOPLE_10;
    # the seed is not used), none a software engineer, in layouts none of the earlier sets has; measured once
    # unread, then read and rules written against it (dev-10).
    "browser_gdocs_vet.pdf": ("dev-10", "Google Docs 'Serif'-like veterinary surgeon's resume: huge serif "
                              "name, contact block at the right, coloured headings, '**Employer**, City — *Title*' "
                              "over an upper-case dates line, volunteering in the job form, printed by Chromium",
                              121, "en", "browser_gdocs_vet"),
    "word_paramedic.docx": ("dev-10", "python-docx paramedic's CV, 'Heading 2' sections: 'Month YYYY – Month "
                            "YYYY' line, the title in All Caps (font effect), '*Employer · Town*', a paragraph and "
                            "bullets; '**Group** — a; b' skills", 122, "en", "word_paramedic"),
    "email_editor.txt": ("dev-10", "a news editor's CV pasted into an email as plain text: 'Work history:' "
                         "labels with colons, '2017-2021  Employer (Town) — Title' lines, '* ' bullets, 'Skills:' "
                         "and 'Software:' comma lines", 123, "en", "email_editor"),
    "browser_site_manager.pdf": ("dev-10", "HTML/CSS two-page construction CV: a CSS-grid date column, "
                                 "'**Employer** – Title' with an en dash, a page break and a running header inside "
                                 "the experience, 'Project history', tickets, printed by Chromium", 124, "en",
                                 "browser_site_manager"),
    "word_federal.docx": ("dev-10", "python-docx US federal-style resume: labelled lines ('Employer:', "
                          "'Title:', 'Dates:', 'Hours per week:', 'Salary:', 'Supervisor:'), volunteer experience in "
                          "the same form, bold underlined capital headings without heading styles", 125, "en",
                          "word_federal"),
    # An eleventh set, built before any rule was written for it by someone who had not read the parser (PEOPLE_11;
    # the seed is not used): six hand-written people in layouts none of the earlier sets has. The splits were fixed
    # here before any file was generated: three files for rules to be written against (dev-11), three held out
    # (held-out-11), measured unread, then read once held-out-12 was built, and renamed dev-11.
    "browser_awesome_se.pdf": ("dev-11", "Awesome-CV-like backend engineer's resume in HTML/CSS: centred name "
                               "(first name light, surname bold), '·' position line, '|' contact line, headings with "
                               "a coloured first three letters and a rule, '**Title** / Location' over '*Employer* / "
                               "dates', 'Honors & Awards' table, projects with a tech stack, printed by Chromium",
                               131, "en", "browser_awesome_se"),
    "word_header_nurse.docx": ("dev-11", "python-docx US nurse's resume with the name and contact line in the Word "
                               "page header: '**Title — Unit**', 'Employer, City, ST', 'Month YYYY to Present' "
                               "lines, typed '•' bullets, 'Licensure & Certifications', a comma skills paragraph",
                               132, "en", "word_header_nurse"),
    "reportlab_builder.pdf": ("dev-11", "reportlab canvas PDF as a builder's server renders it: a 60 mm left column "
                              "(contact, skills one a line, languages) beside a right column (name, title, profile, "
                              "'**Title**' with small right-aligned dates, 'Employer | City', drawn circle bullets)",
                              133, "en", "reportlab_builder"),
    "indeed_export.txt": ("dev-11", "a job board's 'download resume as text': 'Work Experience' with title, "
                          "'Employer - City, ST', 'Month YYYY to Month YYYY' lines, '• Skill (N years)', "
                          "'Certifications and Licenses', 'Additional Information'", 134, "en", "indeed_export"),
    "browser_functional.pdf": ("dev-11", "HTML/CSS functional resume of a career changer: 'Summary of "
                               "Qualifications', 'Relevant Skills' under three bold headings, one-line 'Title, "
                               "Employer, City — 2016–2024' jobs, 'Technical Proficiencies:', 'Portfolio', printed "
                               "by Chromium", 135, "en", "browser_functional"),
    "word_academic_cv.docx": ("dev-11", "python-docx academic CV of a postdoctoral ecologist: education first "
                              "with theses, 'YYYY–present<TAB>Title, Department, University' appointments, grants, "
                              "numbered publications, teaching, 'Fieldwork Projects', 'Group: a, b' skills, referees",
                              136, "en", "word_academic_cv"),
    # A twelfth set, built before any rule was written for it by someone who had not read the parser and did not run
    # it on these files (PEOPLE_12; the seed is not used): four hand-written people in layouts none of the earlier
    # sets has (held-out-12), measured unread, then read once held-out-13 was built, and renamed dev-12.
    "browser_two_page_pm.pdf": ("dev-12", "HTML/CSS two-page product manager's resume: 'Key Achievements' "
                                "first, '**Employer — Title**' with the dates floated right over a grey city line, "
                                "two roles with their years under one employer, a page break inside a job's "
                                "bullets, 'Product:'/'Analytics:'/'Tools:' skill lines last, printed by Chromium",
                                141, "en", "browser_two_page_pm"),
    "docx_cv_pharmacy_tech.docx": ("dev-12", "python-docx UK pharmacy technician's CV without heading styles "
                                   "(bold 14 pt ruled Normal paragraphs): each job a borderless table row (dates "
                                   "over town left; bold title, italic employer, typed '– ' lines right), 'Key "
                                   "skills' as a three-column borderless table, 'Education & Training'", 142, "en",
                                   "docx_cv_pharmacy_tech"),
    "browser_grad_software.pdf": ("dev-12", "HTML/CSS colourful new-graduate software engineer's page: a 35% "
                                  "coloured sidebar (photo circle, contact, 'TECH STACK' chips, 'SOFT SKILLS', "
                                  "'LANGUAGES'), education first, 'Title | Employer' over 'Mon YYYY – Mon YYYY · "
                                  "City', projects with GitHub links and stack lines, 'HACKATHONS & AWARDS', printed "
                                  "by Chromium", 143, "en", "browser_grad_software"),
    "plain_cv_electrician.txt": ("dev-12", "an electrician's CV typed in Notepad and pasted: the name in "
                                 "capitals, address lines, 'Mobile:'/'Email:', 'Jan 2018 to date: Title, Employer, "
                                 "Town' with two-space indented duties, 'QUALIFICATIONS', a ' / ' skills line, "
                                 "'DRIVING LICENCE:' and 'REFERENCES:' lines", 144, "en", "plain_cv_electrician"),
    # A thirteenth set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_13; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-13), measured unread, then read once held-out-14 was built, and renamed dev-13.
    "docx_india_fresher.docx": ("dev-13", "python-docx Indian-format CV: 'CURRICULUM VITAE' on top, grey "
                                "shaded section bars, 'Career Objective', 'Educational Qualification' as a bordered "
                                "table (Qualification | Institution | Board / University | Year | Percentage / CGPA), "
                                "labelled 'Company:'/'Designation:'/'Duration:' job lines, 'Languages:'/'Tools:' "
                                "skill lines, 'Title:'/'Role:'/'Description:' academic projects, 'Personal Details', "
                                "'Declaration', 'Place:' and 'Date:'", 151, "en", "docx_india_fresher"),
    "reportlab_side_headings.pdf": ("dev-13", "reportlab canvas PDF (Letter, serif) of a mechanical engineer: "
                                    "section headings in a left gutter on the baseline of the section's first line, "
                                    "'**Employer**' with the town and dates right-aligned, the title in italics "
                                    "below, '•' bullets, a 'Key projects' sub-list inside a job, 'Software:' and "
                                    "'Engineering:' skill lines", 152, "en", "reportlab_side_headings"),
    "browser_at_grid.pdf": ("dev-13", "HTML/CSS data analyst's resume, two columns on page 1 only: 'Title @ "
                            "Employer' heads with the dates in a pill at the right over a grey town line, skill chips "
                            "under small-caps group labels, GitHub-style 'owner/repo' project cards with star counts, "
                            "education last, printed by Chromium", 153, "en", "browser_at_grid"),
    "email_body_chef.txt": ("dev-13", "a chef's CV pasted into an email body as plain text, a paragraph a "
                            "line: 'Dear Hiring Manager,' first, 'My experience:' with '2019 - now   Title at "
                            "Employer, Town' lines, '* ' duties, 'Training:', a 'Skills:' comma sentence, the name "
                            "after 'Kind regards,' at the end", 154, "en", "email_body_chef"),
    "word_two_page_nurse_practitioner.docx": ("dev-13", "python-docx two-page US family nurse practitioner's "
                                              "resume: 'Heading 2' sections, each employer a 'Heading 3' paragraph "
                                              "'Employer — City, ST' over '**Title**<TAB>dates' lines (two roles under "
                                              "one employer), 'Clinical Rotations' under the MSN, a page-2 header "
                                              "with a PAGE field", 155, "en", "word_two_page_nurse_practitioner"),
    # A fourteenth set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_14; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-14), measured unread, then read once held-out-15 was commissioned, and renamed dev-14.
    "browser_canva_sales.pdf": ("dev-14", "Canva-like one-page account executive's resume in HTML/CSS: the name "
                                "in capitals over two lines (first name light, surname bold) beside a CSS photo "
                                "circle, employers in letter-spaced capitals over 'Job Title | 2020 - 2023', a tinted "
                                "right column with 'EXPERTISE' bullets, 'TOOLS' and 'ACHIEVEMENTS' as big numbers, "
                                "printed by Chromium", 161, "en", "browser_canva_sales"),
    "docx_ats_two_tables.docx": ("dev-14", "python-docx US career centre 'ATS-friendly' resume: centred name, "
                                 "' • ' contact line, '**Employer, City, ST**<TAB>Month YYYY – Month YYYY' over an "
                                 "italic title, promotions as '*Title*<TAB>dates' lines under one employer, "
                                 "'EDUCATION' and 'SKILLS & INTERESTS' ('Technical:', 'Languages:', 'Interests:') as "
                                 "two borderless tables, 'Expected May 2026'", 162, "en", "docx_ats_two_tables"),
    "pages_export_teacher.pdf": ("dev-14", "Apple Pages-like primary teacher's resume in HTML/CSS: a coloured "
                                 "top band with a serif name and 'Primary School Teacher', 'Employer, Town' in serif "
                                 "over '*Title* · dates', 'Teaching Experience', 'Other Experience' (a summer camp), "
                                 "'Education & Certification', 'Professional Skills' as a comma paragraph, two "
                                 "referees, printed by Chromium", 163, "en", "pages_export_teacher"),
    "rtf_like_plain_accountant.txt": ("dev-14", "an accountant's CV saved from WordPad as plain text (ASCII, CR "
                                      "LF): title-case headings over rows of '=', 'Employer Name (City)' over 'Title, "
                                      "MM/YYYY - MM/YYYY' lines, tab-indented duties without bullets, a 'Software:' "
                                      "line, 'Professional memberships'", 164, "en", "rtf_like_plain_accountant"),
    "browser_bilingual_es_en.pdf": ("dev-14", "bilingual Spanish/English hotel front office manager's resume "
                                    "in HTML/CSS: 'Experiencia (Experience)' headings, content in English, dates in "
                                    "Spanish month abbreviations ('ene. 2021 – actualidad'), the hotel in colour with "
                                    "'— Town' after it, 'Habilidades (Skills)' chips, 'Idiomas' list, printed by "
                                    "Chromium", 165, "en", "browser_bilingual_es_en"),
    # A fifteenth set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_15; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-15), measured unread, then read once held-out-16 was commissioned, and renamed dev-15.
    "docx_textbox_sidebar.docx": ("dev-15", "python-docx Word 'modern' template: the left sidebar (contact, "
                                  "skills one a line, languages) a shaded floating text box anchored in the first "
                                  "paragraph (a DrawingML shape's w:txbxContent with a VML fallback), the body with "
                                  "the name, profile, '**Title**', 'Company | City' and a grey 'Mar 2022 – Present' "
                                  "line over Word list bullets, education, certifications", 171, "en",
                                  "docx_textbox_sidebar"),
    "docx_military_transition.docx": ("dev-15", "python-docx US Army veteran's transition resume: 'SUMMARY OF "
                                      "QUALIFICATIONS' bullets, '**United States Army, Fort Cavazos, TX**<TAB>dates' "
                                      "over an italic 'Logistics Operations Sergeant (92A)', a civilian job first, an "
                                      "associate degree and the Army Basic Leader Course under 'EDUCATION', 'AWARDS:' "
                                      "and 'CLEARANCE:' lines, 'TECHNICAL SKILLS' as a comma line", 172, "en",
                                      "docx_military_transition"),
    "browser_phd_industry.pdf": ("dev-15", "HTML/CSS two-page resume of a computer-science PhD candidate moving "
                                 "to industry: 'Research Experience' (a graduate research assistantship over '*Lab, "
                                 "University*'), 'Industry Experience' (an internship), numbered 'Selected "
                                 "Publications', 'Teaching' ('Teaching Assistant' over '*Department, University*' and "
                                 "a course line), 'Technical Skills' as a group | items table, PhD, MS and BS, printed "
                                 "by Chromium", 173, "en", "browser_phd_industry"),
    "docx_gdocs_swiss.docx": ("dev-15", "Google Docs 'Swiss'-like resume downloaded as DOCX (python-docx, the "
                              "template's Title and Heading styles with direct run formatting): a big name, small bold "
                              "red labels in capitals, '**Company**, Location — *Job Title*' over a grey 'MONTH YEAR - "
                              "PRESENT' line and a paragraph (no bullets), skills as one ' · ' paragraph, 'AWARDS'",
                              174, "en", "docx_gdocs_swiss"),
    "browser_altacv_like.pdf": ("dev-15", "AltaCV-like frontend developer's page in HTML/CSS: contact items "
                                "after icon-font glyphs (Private Use Area code points), 60/40 columns, each job as the "
                                "title (large), the company in colour and a line of a calendar glyph and the dates, a "
                                "marker glyph and the city, 'Projects'; 'Strengths' as boxed tags, 'Languages' with "
                                "dot ratings and 'Education' on the right, printed by Chromium", 175, "en",
                                "browser_altacv_like"),
    # A sixteenth set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_16; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-16), measured unread, then read once held-out-17 was commissioned, and renamed dev-16.
    "browser_indeed_builder.pdf": ("dev-16", "a job board's resume builder PDF rebuilt in HTML/CSS: the name in "
                                   "blue, 'City, ST', email and phone one a line, 'Work Experience' with the title in "
                                   "bold, the company, 'City, ST' and 'Month YYYY to Present' each on a line of its "
                                   "own, '• Skill (N years)', 'Certifications and Licenses', 'Additional "
                                   "Information', printed by Chromium", 181, "en", "browser_indeed_builder"),
    "docx_two_column_table_nurse_aide.docx": ("dev-16", "python-docx nursing assistant's resume whose whole "
                                              "body is one two-column table with visible borders: section names in "
                                              "the left column, '**Title, Employer**' over 'Month YYYY – Month YYYY | "
                                              "City, ST' and Word list bullets in the right one", 182, "en",
                                              "docx_two_column_table_nurse_aide"),
    "txt_linkedin_about_dev.txt": ("dev-16", "a backend developer's Markdown resume typed in a text editor and "
                                   "never converted: '# Name', '## About', '**Title** @ Company (2021–present)', '- ' "
                                   "bullets, skills as backticked words, '## Open source' as '[name](url) — text' "
                                   "links", 183, "en", "txt_linkedin_about_dev"),
    "browser_timeline_left_years.pdf": ("dev-16", "HTML/CSS UX researcher's page: each job with a big year range "
                                        "('2019 —' over '2023') in a narrow left column, 'Title, Employer' on one "
                                        "line and a paragraph on the right, 'Education' in the job form, "
                                        "'Methods', 'Tools' as a grid of logo tiles with their names, printed by "
                                        "Chromium",
                                        184, "en", "browser_timeline_left_years"),
    "docx_german_lebenslauf_en.docx": ("dev-16", "python-docx German-style CV in English: 'Curriculum Vitae' "
                                       "with a photo box in a table cell top right, 'Personal Data' (date of birth, "
                                       "nationality), 'MM/YYYY – MM/YYYY' dates in the left column of borderless "
                                       "tables with the title, 'Employer, City' and bullets on the right, 'Language "
                                       "Skills', 'IT Skills', signed 'Munich, 03.11.2026' over a name line", 185,
                                       "en", "docx_german_lebenslauf_en"),
    # A seventeenth set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_17; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-17), measured unread, then read once held-out-18 was commissioned, and renamed dev-17.
    "browser_notion_export.pdf": ("dev-17", "a Notion page exported to PDF, rebuilt in HTML/CSS: an emoji page "
                                  "icon over the name, page properties with a select tag, callouts, an 'Experience' "
                                  "database in table view (Role | Company | Dates | Location, 'Sep 2022 → Present') "
                                  "with each row followed by '•' notes, case studies as open toggles, skills as "
                                  "coloured multi-select tags, printed by Chromium", 186, "en",
                                  "browser_notion_export"),
    "docx_headers_in_table_cells.docx": ("dev-17", "python-docx bridge engineer's resume where each job heading "
                                         "is a one-row, three-cell borderless table (dates '2017–2021' | bold title "
                                         "over employer | town right-aligned) with Word list bullets under it, "
                                         "'Professional Registrations', 'Key Projects' as '**Name** — $12M bridge "
                                         "rehabilitation, Town (years)'", 187, "en", "docx_headers_in_table_cells"),
    "txt_plain_ascii_art.txt": ("dev-17", "a systems administrator's plain-text resume with ASCII-art section "
                                "boxes ('+------+' / '| SKILLS |'), jobs as '[2020-2024] Title :: Employer :: Town' "
                                "over '*' bullets, skills in a two-column ASCII table, certifications", 188, "en",
                                "txt_plain_ascii_art"),
    "browser_academic_to_teacher.pdf": ("dev-17", "HTML/CSS resume of a restaurant manager training as a primary "
                                        "teacher: numbered headings, 'Teaching Practice' placements as '**Student "
                                        "Teacher** · School, Town' with the dates right, 'Transferable Skills' as "
                                        "paragraphs opening with a bold skill name and a colon, PGCE education, "
                                        "'Previous Career' in hospitality, printed by Chromium", 189, "en",
                                        "browser_academic_to_teacher"),
    "docx_right_sidebar_table.docx": ("dev-17", "python-docx marketing manager's CV in one borderless two-column "
                                      "table: the main content in the wide left cell ('**Employer — Title**' over an "
                                      "italic dates line and list bullets), a shaded narrow right cell with contact, "
                                      "'Skill name ●●●●○' dot ratings, tools, languages with dots and hobbies", 190,
                                      "en", "docx_right_sidebar_table"),
    # An eighteenth set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_18; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-18), measured unread, then read once held-out-19 was commissioned, and renamed dev-18.
    "browser_reed_cv_builder.pdf": ("dev-18", "a UK job site's CV builder PDF rebuilt in HTML/CSS (A4): "
                                    "'Personal statement', 'Work history' with the job title in bold over a grey "
                                    "'Company name, Location | MM/YYYY - MM/YYYY' line, 'Key responsibilities:' and "
                                    "bullets, 'Education' with 'A-levels:' and 'GCSEs: 9 including English and Maths' "
                                    "lines, skills as one comma paragraph, printed by Chromium", 191, "en",
                                    "browser_reed_cv_builder"),
    "docx_cover_letter_then_cv.docx": ("dev-18", "python-docx HR advisor's Word document that opens with a "
                                       "one-page cover letter (addresses, date, 'Dear Ms Patel,', three paragraphs, "
                                       "'Yours sincerely,') and, after a page break, the CV: 'Experience' with "
                                       "'Title, Employer (Month YYYY – present)' bold lines over list bullets, "
                                       "'Education', 'Skills' as list bullets", 192, "en",
                                       "docx_cover_letter_then_cv"),
    "txt_ocr_like_linebreaks.txt": ("dev-18", "a payroll specialist's PDF resume copied out of a PDF viewer as "
                                    "plain text: every line hard-wrapped at about 60 characters mid-sentence, "
                                    "headings in capitals, 'EMPLOYER NAME — City' over 'Job Title | Jan 2019 – Mar "
                                    "2023', '• ' bullets whose continuation lines are flush left, a 'Page 1 of 2' "
                                    "footer mid-text", 193, "en", "txt_ocr_like_linebreaks"),
    "browser_infographic_skills.pdf": ("dev-18", "HTML/CSS infographic resume of a business analyst: a left "
                                       "column of skill bars, a CSS doughnut chart with a 'Time spent' legend ('40% "
                                       "analysis'), tool chips; a right-column timeline with a 'YYYY–YYYY' pill, the "
                                       "title and 'at Employer' on lines of their own, SVG icons, printed by Chromium",
                                       194, "en", "browser_infographic_skills"),
    "docx_nested_tables_academic_admin.docx": ("dev-18", "python-docx university administrator's CV on nested "
                                               "tables: an outer borderless 1x2 table whose right cell holds a "
                                               "three-column inner table per job (dates | title, department and "
                                               "university | city) over list bullets, 'Committees', 'Professional "
                                               "Development' courses, skills as a two-column inner table of "
                                               "bullets", 195, "en", "docx_nested_tables_academic_admin"),
    # A nineteenth set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_19; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-19), measured unread, then read once held-out-20 was commissioned, and renamed dev-19.
    "browser_seek_profile_au.pdf": ("dev-19", "an Australian job board's candidate profile saved as PDF, "
                                    "rebuilt in HTML/CSS (A4): 'Career history' with the role title, the company name "
                                    "and 'Mon YYYY - Present (2 years 3 months)' each on a line of its own over a "
                                    "paragraph, 'Education' as qualification, institution and 'Finished 2015', "
                                    "'Licences & certifications', skills as pills, 'Languages', 'About your next "
                                    "role', printed by Chromium", 196, "en", "browser_seek_profile_au"),
    "docx_functional_hybrid_retail.docx": ("dev-19", "python-docx hybrid resume of a retail assistant manager: "
                                           "'Summary of Qualifications' bullets, 'Relevant Achievements' grouped "
                                           "under bold skill headings with list bullets, a compact 'Employment "
                                           "History' as a borderless table (Title | Employer | City | Years), "
                                           "'Education', 'Computer Skills:' line", 197, "en",
                                           "docx_functional_hybrid_retail"),
    "txt_email_plain_nurse_ph.txt": ("dev-19", "a Filipino staff nurse's resume pasted into an email as plain "
                                     "text in the Philippine format: 'PERSONAL INFORMATION' (age, civil status, "
                                     "religion), 'EDUCATIONAL ATTAINMENT' with 'Tertiary:', 'Secondary:' and "
                                     "'Primary:' labels, jobs as title, hospital, 'Address:' and 'Inclusive Dates:' "
                                     "lines, 'LICENSE', 'TRAININGS AND SEMINARS ATTENDED', 'CHARACTER REFERENCES', "
                                     "an 'I hereby certify' line", 198, "en", "txt_email_plain_nurse_ph"),
    "browser_dark_theme_dev.pdf": ("dev-19", "HTML/CSS developer's page in a dark terminal theme printed by "
                                   "Chromium with backgrounds: monospace prompt headings ('> experience', '$ skills "
                                   "--list'), jobs as 'Company | Role | 2021-now' over '- ' lines, skills as "
                                   "'group: [a, b, c]', projects as '~/projects/name: description'", 199, "en",
                                   "browser_dark_theme_dev"),
    "docx_two_page_exec_cfo.docx": ("dev-19", "python-docx two-page executive resume of a CFO: the name with "
                                    "', CPA, MBA', 'CORE COMPETENCIES' as a three-column table, each employer as "
                                    "'**EMPLOYER NAME**, City, ST  •  2018–Present' over an italic company "
                                    "description, the title in bold small caps, 'Selected accomplishments:' bullets, "
                                    "'BOARD SERVICE', 'EDUCATION', a 'Page 2' header", 200, "en",
                                    "docx_two_page_exec_cfo"),
    # A twentieth set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_20; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-20), measured unread, then read once held-out-21 was commissioned, and renamed dev-20.
    "browser_europass_2023.pdf": ("dev-20", "a CV from the Europass online editor (2020+) rebuilt in HTML/CSS: "
                                  "a blue left rail with the name and contact items after icons, 'WORK EXPERIENCE' "
                                  "with the title in capitals, 'Employer name [ dd/mm/yyyy – Current ]' and a 'City, "
                                  "Country' line over a paragraph, 'EDUCATION AND TRAINING' as '[ dates ] Degree "
                                  "Institution', a CEFR 'LANGUAGE SKILLS' grid, 'DIGITAL SKILLS' separated by ' | ', "
                                  "printed by Chromium", 201, "en", "browser_europass_2023"),
    "docx_word_resume_wizard_1997.docx": ("dev-20", "python-docx old-fashioned Word 97 'Resume Wizard' resume "
                                          "in Times New Roman: the name centred in capitals, 'OBJECTIVE', each job a "
                                          "two-column borderless table ('1998-2009' left; '**Company Name, City, "
                                          "State**', the title in italics and a paragraph right), education in the "
                                          "same form, 'COMPUTER SKILLS', 'PROFESSIONAL AFFILIATIONS', 'REFERENCES "
                                          "Available upon request.'", 202, "en", "docx_word_resume_wizard_1997"),
    "txt_sms_style_caregiver.txt": ("dev-20", "a caregiver's resume typed on a phone as plain text: lower-case "
                                    "headings ('my experience'), jobs as 'caregiver at sunrise home care (2019 - "
                                    "now)' and 'before that: cashier @ quickmart 2016-2019' lines over run-on "
                                    "sentences, 'skills - a, b, c', 'certs - ...', no bullets, typos as typed", 203,
                                    "en", "txt_sms_style_caregiver"),
    "browser_two_column_reverse.pdf": ("dev-20", "HTML/CSS UX writer's resume with the main column on the "
                                       "right and only the section headings in a narrow left column beside their "
                                       "content, each job's dates in the right margin of the content column level "
                                       "with the title, 'Employer · City, ST' below, 'Selected work', 'Skills' and "
                                       "'Tools' lines, printed by Chromium", 204, "en", "browser_two_column_reverse"),
    "docx_table_per_section_nurse_uk.docx": ("dev-20", "python-docx UK Band 6 nurse's CV with every section a "
                                             "bordered two-column table of labels and values, one table per job "
                                             "('Employer', 'Post', 'Band', 'Ward / Unit', 'Location', 'Dates', "
                                             "'Responsibilities' with bullets), an 'NMC PIN' line, 'Clinical skills' "
                                             "and 'IT skills' bullets, 'Mandatory training' and 'Professional "
                                             "development' lists", 205, "en", "docx_table_per_section_nurse_uk"),
    # A twenty-first set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_21; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-21), measured unread, then read once held-out-22 was commissioned, and renamed dev-21.
    "browser_kickresume_like.pdf": ("dev-21", "a modern online builder's page (Kickresume-like) rebuilt in "
                                    "HTML/CSS: a teal header band, a coloured vertical timeline bar with a dot per "
                                    "entry, each job as the title with its dates ('05/2021 – present') right-aligned "
                                    "on the same row and 'Employer • Town' below, skills as names with five SVG "
                                    "stars, 'Certificates', 'Languages' and 'Hobbies', printed by Chromium", 206, "en",
                                    "browser_kickresume_like"),
    "docx_chronological_accountant_us.docx": ("dev-21", "python-docx US CPA's one-page resume: a borderless "
                                              "header table (name with ', CPA' left, contact lines right), each job "
                                              "as '**Employer — City, ST**' over an italic 'Title | Month YYYY – "
                                              "Month YYYY' line and list bullets, 'CERTIFICATIONS' bullets, 'SKILLS' "
                                              "as one 'Software: ... | Technical: ...' line", 207, "en",
                                              "docx_chronological_accountant_us"),
    "txt_jobcentre_form_uk.txt": ("dev-21", "a UK job centre CV template filled in as plain text by a "
                                  "warehouse operative: 'NAME:', 'ADDRESS:', 'PERSONAL PROFILE:', 'EMPLOYMENT "
                                  "HISTORY:' with 'Dates: 03/2019 to 11/2023', 'Employer:', 'Job title:' and "
                                  "'Duties:' lines per job, 'EDUCATION AND QUALIFICATIONS:' in the same form, "
                                  "'SKILLS:' as a comma list", 208, "en", "txt_jobcentre_form_uk"),
    "browser_resume_io_like.pdf": ("dev-21", "a resume.io-like builder page rebuilt in HTML/CSS: a dark header "
                                   "band, 'Employment History' with '**Title at Employer, City**' over 'Jan 2020 — "
                                   "Present' in grey capitals, 'Skills' as a grid of names with level words "
                                   "('Expert', 'Skillful') on the right over thin bars, a right column with "
                                   "'Details', 'Links' and 'Languages', printed by Chromium", 209, "en",
                                   "browser_resume_io_like"),
    "docx_bullet_heavy_teacher_us.docx": ("dev-21", "python-docx US elementary teacher's resume where every "
                                          "entry is a Word bullet: jobs as '**4th Grade Teacher**, School, Town, ST "
                                          "(2019–present)' with duties as sub-bullets at the deeper list level "
                                          "('List Bullet 2'), education in the same form, 'CERTIFICATIONS', "
                                          "'SKILLS' and 'VOLUNTEER' bullets", 210, "en",
                                          "docx_bullet_heavy_teacher_us"),
    # A twenty-second set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_22; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-22), measured unread, then read once held-out-23 was commissioned, and renamed dev-22.
    "browser_deedy_like.pdf": ("dev-22", "the LaTeX 'Deedy resume' look rebuilt in HTML/CSS: the name in a "
                               "hairline first name and a bold surname over a ' | ' contact line, a narrow left column "
                               "('Education', 'Links', 'Coursework', 'Skills' as 'Proficient:'/'Familiar:' lists "
                               "joined by ' • ') and a wide right column ('Experience' with the employer in capitals "
                               "and '| Title', a 'Mar 2022 – Present | Pittsburgh, PA' line and bullets; "
                               "'Projects'), printed by Chromium", 211, "en", "browser_deedy_like"),
    "browser_zety_like.pdf": ("dev-22", "a Zety/LiveCareer-style builder page rebuilt in HTML/CSS: 'Professional "
                              "Summary', 'Skills' as a two-column bullet grid, 'Work History' with the dates "
                              "('06/2019 - Current') on their own line before the job title and 'Company - City, "
                              "ST', 'Education' as 'Degree: Field, Month Year' over 'School - City, ST', "
                              "'Certifications' and 'Languages', printed by Chromium", 212, "en",
                              "browser_zety_like"),
    "txt_pdftotext_two_column.txt": ("dev-22", "what `pdftotext -layout` gives for a two-column resume: the "
                                     "left column ('CONTACT', 'SKILLS', 'TOOLS', 'LANGUAGES', 'CERTIFICATIONS') and "
                                     "the right column ('PROFILE', 'EXPERIENCE' with title, 'Employer | City, ST' and "
                                     "'March 2021 – Present' lines and bullets, 'EDUCATION') side by side on the same "
                                     "lines, separated by runs of spaces", 213, "en", "txt_pdftotext_two_column"),
    "docx_trades_tickets_au.docx": ("dev-22", "python-docx Australian electrician's resume: 'TICKETS & "
                                    "LICENCES' bullets (White Card, licence number, EWP tickets), 'EMPLOYMENT "
                                    "HISTORY' with each job as a bold 'Company Pty Ltd — Suburb NSW' line, then "
                                    "'Position: ...' and 'Period: Mar 2019 – Present' lines and duty bullets, "
                                    "'QUALIFICATIONS' in the same form, 'KEY SKILLS' bullets, 'Referees available on "
                                    "request'", 214, "en", "docx_trades_tickets_au"),
    "docx_harvard_careers.docx": ("dev-22", "python-docx recent economics graduate's resume in the Harvard "
                                  "careers office template: Education first (bold school left, 'City, ST' at a right "
                                  "tab stop, the degree in italics left and the date right), 'Experience' and "
                                  "'Leadership & Activities' in the same form with bullets, 'Skills & Interests' as "
                                  "'Technical: ...', 'Language: ...' and 'Interests: ...' lines", 215, "en",
                                  "docx_harvard_careers"),
    # A twenty-third set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_23; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-23), measured unread, then read once held-out-24 was commissioned, and renamed dev-23.
    "browser_enhancv_like.pdf": ("dev-23", "an Enhancv-style builder page rebuilt in HTML/CSS: the name in "
                                 "capitals, a coloured title line and a row of contact items each after an SVG icon; "
                                 "a narrow left column first in the page ('Key Achievements' as cards with an icon "
                                 "badge, a bold title and a sentence, 'Skills' as tag pills, 'Education', "
                                 "'Certification') and a wide right column ('Summary', 'Experience' with each job as "
                                 "the bold title, the company in colour, a line of a calendar icon and the dates "
                                 "('03/2021 - Present') and a pin icon and the city, then bullets), printed by "
                                 "Chromium", 216, "en", "browser_enhancv_like"),
    "docx_libreoffice_odt_export_chef.docx": ("dev-23", "python-docx head chef's CV imitating a LibreOffice "
                                              "Writer document saved as .docx (A4, Liberation Serif, a 'Text Body' "
                                              "style): headings as plain bold capitals each followed by a line of "
                                              "typed underscores, each job as a bold 'Head Chef, The Copper Kettle, "
                                              "Bath' line over an italic '2019 - present' line and duties typed as "
                                              "'- ' paragraphs (no Word bullets), education in the same form, 'FOOD "
                                              "HYGIENE' certificates and 'KITCHEN SKILLS' as '- ' lines, "
                                              "'INTERESTS', 'REFERENCES'", 217, "en",
                                              "docx_libreoffice_odt_export_chef"),
    "txt_indeed_resume_copy.txt": ("dev-23", "the plain text got by selecting and copying a CNC machinist's "
                                   "Indeed profile page in a browser: the site's navigation and tab lines above and "
                                   "its footer links below; name, 'City, ST ZIP', email and phone lines, a summary, "
                                   "'Work Experience' with the title, 'Company - City, ST' and 'Month YYYY to "
                                   "Present' on lines of their own and plain description lines, 'Education' as "
                                   "'Degree in Field' / 'School - City, ST' / dates, 'Skills' as '• Skill (N years)' "
                                   "lines, 'Certifications and Licenses' as name over 'Month YYYY to Present', "
                                   "'Assessments', 'Additional Information'", 218, "en", "txt_indeed_resume_copy"),
    "browser_academic_cv_two_page.pdf": ("dev-23", "an ecology postdoc's two-page academic CV in HTML/CSS: "
                                         "'Appointments' and 'Education' with the years ('2022–', '2014–2019') in a "
                                         "70px left column and 'Title, Department, University' to their right, "
                                         "'Research Interests', 'Grants and Awards', reverse-numbered "
                                         "'Publications', 'Presentations', 'Teaching', 'Service', 'Skills' as "
                                         "'Laboratory:', 'Field:' and 'Software and statistics:' lines, "
                                         "'Languages', 'References'; a running header from page 2 and 'Page N of "
                                         "2' in the footer (CSS page margin boxes), printed by Chromium", 219, "en",
                                         "browser_academic_cv_two_page"),
    "docx_canadian_bilingual_trades.docx": ("dev-23", "python-docx Quebec welder-fitter's resume in English with "
                                            "the French headings in brackets ('WORK EXPERIENCE (EXPÉRIENCE DE "
                                            "TRAVAIL)', 'EDUCATION (FORMATION)', 'SKILLS (COMPÉTENCES)'): jobs and "
                                            "schools as rows of a borderless two-column table, the dates ('2018 – "
                                            "Present') in the left cell and the bold title, 'Employer Inc., Town, "
                                            "QC' and Word list bullets in the right one; a DEP in welding, "
                                            "'CERTIFICATIONS' with CWB tickets, 'LANGUAGES (LANGUES)'", 220, "en",
                                            "docx_canadian_bilingual_trades"),
    # A twenty-fourth set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_24; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has (held-out-24), measured unread, then read once held-out-25 was commissioned, and renamed dev-24.
    "txt_right_aligned_dates_adjuster.txt": ("dev-24", "a Texas property claims adjuster's resume typed as "
                                             "fixed-width plain text (78 columns, no tabs): the name and contact "
                                             "lines centred with spaces, capital headings over a row of '-', each "
                                             "job as the title with the dates ('Apr 2020 - Present') pushed to the "
                                             "right margin by runs of spaces over the employer with the town pushed "
                                             "right the same way, '  * ' bullets with hanging indents, education in "
                                             "the same form, 'LICENSES & CERTIFICATIONS' with expiry dates at the "
                                             "right, 'SKILLS' as three space-padded columns, 'LANGUAGES'", 221,
                                             "en", "txt_right_aligned_dates_adjuster"),
    "browser_rotated_headings_realtor_nz.pdf": ("dev-24", "a New Zealand real estate salesperson's one-page "
                                                "resume in HTML/CSS where every section heading is rotated a "
                                                "quarter turn (reading upwards, capitals set by CSS) in a narrow "
                                                "teal strip at the left of its section: 'Profile', 'Results' "
                                                "as four big figures, 'Experience' with the bold title, 'Agency Ltd "
                                                "(Licensed REAA 2008) · Town' in colour and a grey 'Mar 2021 – "
                                                "Present' line over bullets, 'Education', 'Skills' as a two-column "
                                                "bullet list, 'Licences', 'Interests', printed by "
                                                "Chromium", 222, "en", "browser_rotated_headings_realtor_nz"),
    "word_columns_bank_supervisor_za.pdf": ("dev-24", "python-docx South African bank branch supervisor's CV "
                                            "exported to PDF by LibreOffice: a header band of shaded paragraphs "
                                            "(name in capitals, headline), then a continuous section break and a "
                                            "body in two Word newspaper columns of unequal width with a line "
                                            "between: 'CONTACT', 'PERSONAL DETAILS', 'EDUCATION' (Matric, a "
                                            "distance-learning BCom), 'SKILLS', 'COMPUTER LITERACY' and "
                                            "'LANGUAGES' in the narrow left column, a column break, then "
                                            "'PROFILE', 'WORK EXPERIENCE' (bold title, '*Employer | Town*', "
                                            "'February 2020 – to date', Word bullets, 'Reason for leaving: ...') "
                                            "and 'REFERENCES' in the wide right one", 223, "en",
                                            "word_columns_bank_supervisor_za"),
    "reportlab_mobile_app_cdl_driver.pdf": ("dev-24", "reportlab canvas PDF as a phone resume app's server "
                                            "draws it (Letter, Liberation Sans) for a Class A CDL truck driver: a "
                                            "slate header band with the name and an amber headline, headings in "
                                            "hand-drawn small capitals with a rule to the margin, 'Safety Record' "
                                            "with drawn check marks, each job as a bold 'Employer · City, ST' line "
                                            "over 'Title (Mar 2019 - Present)' with the dates in brackets after the "
                                            "title and '•' bullets, education in the same form, skills in two "
                                            "columns after drawn squares, 'Licenses & Endorsements' and "
                                            "'References' on a second page under a running head with the name, a "
                                            "'Made with ... for iPhone' footer on each page", 224, "en",
                                            "reportlab_mobile_app_cdl_driver"),
    "docx_pandoc_markdown_librarian.docx": ("dev-24", "a Nova Scotia public librarian's Markdown resume "
                                            "turned into Word as pandoc does (rebuilt with python-docx in pandoc's "
                                            "styles: 'Title', 'Subtitle', 'First Paragraph', 'Compact', 'Definition "
                                            "Term', 'Definition', blue 'Heading 1'): the contact line with "
                                            "hyperlinks, 'Experience' as a definition list (term 'Title — "
                                            "Employer', definition 'Town, NS · September 2021 – present' and "
                                            "compact bullets; two roles under one employer), 'Education' as a "
                                            "pipe table (Qualification | Institution | Place | Years), 'Skills' "
                                            "and 'Professional Activities' as compact bullets, 'Languages'", 225,
                                            "en", "docx_pandoc_markdown_librarian"),
    # A twenty-fifth set, built before any rule was written for it by someone who had not read the parser and did not
    # run it on these files (PEOPLE_25; the seed is not used): five hand-written people in layouts none of the earlier
    # sets has. The split was fixed here before any file was generated: all five never to be read while writing rules.
    "fods_rirekisho_qa_technician_jp.pdf": ("held-out-25", "a Japanese rirekisho (personal history form) in "
                                            "English for a supplier quality engineer from Hamamatsu, typed into a "
                                            "LibreOffice Calc grid (flat ODS) and exported to PDF on two A4 pages: "
                                            "'Name', 'Date of birth', 'Address' rows beside a photo box, then a "
                                            "bordered 'Year | Month | Education and Work History' grid in time "
                                            "order, oldest first, the year and the month number of each event in "
                                            "cells of their own: each job as a 'Joined Employer Co., Ltd. (Town, "
                                            "Prefecture)' row, an undated 'Assigned to ... as Title' row and duty "
                                            "rows, and a 'Resigned from ... for personal reasons' row, the last "
                                            "closed by 'Currently employed' and 'End'; a 'Licences and "
                                            "Qualifications' grid, a 'Motivation, self-PR, special skills and "
                                            "hobbies' box with '・' skill lines, commuting time and dependants, "
                                            "'Personal requests'", 226, "en", "fods_rirekisho_qa_technician_jp"),
    "browser_horizontal_timeline_architect_ie.pdf": ("held-out-25", "an Irish architectural technologist's "
                                                     "one-page resume in HTML/CSS with a horizontal 'Career path' "
                                                     "timeline across the top: a line with one dot per job, oldest "
                                                     "at the left, the dates ('Mar 2021 – Present') above each dot "
                                                     "and the title, employer and town under it; below, "
                                                     "'Experience' newest first with the bold title, 'Employer · "
                                                     "Town' and bullets but no dates, 'Education' with years, "
                                                     "'Expertise' and 'Software' lists, 'Accreditations', "
                                                     "'Languages', printed by Chromium", 227, "en",
                                                     "browser_horizontal_timeline_architect_ie"),
    "docx_content_controls_physio_sg.docx": ("held-out-25", "python-docx Singapore physiotherapist's resume "
                                             "rebuilt as Word's built-in 'modern chronological' template leaves it "
                                             "once filled in: the name and contact line in content controls bound "
                                             "to the document properties, 'Experience' and 'Education' as repeating "
                                             "section content controls (w:sdt) whose items hold a 'Heading 3' dates "
                                             "line set in capitals by the style ('April 2022 – Present') over a "
                                             "'Heading 2' 'Job Title, Company' line with the company in a coloured "
                                             "character style and a paragraph; 'Skills' as a two-column table of "
                                             "bullets, 'Registration & Certifications', 'Languages', and an "
                                             "'Activities' control still showing the template's placeholder text",
                                             228, "en", "docx_content_controls_physio_sg"),
    "word_dot_leaders_greenkeeper_scot.pdf": ("held-out-25", "python-docx Scottish head greenkeeper's CV "
                                              "exported to PDF by LibreOffice (A4, Caladea): the name and headings "
                                              "centred in small capitals, each job one line 'Title, Golf Club, "
                                              "Town' with the years ('2019 – present') after a right tab stop with "
                                              "a dot leader, an italic line about the course and Word bullets; "
                                              "'Education & Training' and 'Certificates' (PA1/PA6, chainsaw, first "
                                              "aid) in the same dot-leader form; 'Skills' bullets, 'Interests', "
                                              "'References'", 229, "en", "word_dot_leaders_greenkeeper_scot"),
    "txt_whatsapp_chat_export_agronomist_ke.txt": ("held-out-25", "a WhatsApp chat exported as text by a "
                                                   "recruiter's phone ('DD/MM/YYYY, HH:MM - Sender: message' lines, "
                                                   "the end-to-end encryption notice, '<Media omitted>'), in which "
                                                   "a Kenyan agronomist, saved under a nickname, pastes her CV as "
                                                   "one message: '*bold*' headings after emoji, each job as "
                                                   "'*Title* – Employer Ltd, Town' over an '_Mar '21 – to date_' "
                                                   "line and '▪️' bullets, education in the same form (BSc, KCSE), "
                                                   "'Skills', 'Certifications', 'Languages', 'Referees'; the "
                                                   "recruiter's messages before and after", 230, "en",
                                                   "txt_whatsapp_chat_export_agronomist_ke"),
}
SCANNED = "scanned.pdf"  # an image-only rendering of a held-out file: must be refused


def latex(source: str, out: Path, engine: str, extra: dict[str, str] | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "cv.tex").write_text(source, encoding="utf-8")
        for name, text in (extra or {}).items():
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        # moderncv loads Font Awesome and academicons, which Debian ships only in the 500 MB texlive-fonts-extra;
        # the letters icons chosen with \moderncvicons{letters} need none of it.
        for icons in ("fontawesome5", "academicons"):
            (Path(tmp) / f"{icons}.sty").write_text(f"\\ProvidesPackage{{{icons}}}\n", encoding="utf-8")
        run = subprocess.run([engine, "-interaction=nonstopmode", "cv.tex"], cwd=tmp, capture_output=True,
                             text=True)
        if not (Path(tmp) / "cv.pdf").is_file():
            sys.exit(f"{engine} failed for {out.name}:\n{run.stdout[-3000:]}")
        shutil.copy(Path(tmp) / "cv.pdf", out)


def office(html: str, out: Path, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "cv.html").write_text(html, encoding="utf-8")
        target = {"pdf": "pdf:writer_web_pdf_Export", "docx": "docx:MS Word 2007 XML"}[fmt]
        subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", tmp, str(Path(tmp) / "cv.html")],
                       check=True, capture_output=True)
        shutil.copy(Path(tmp) / f"cv.{fmt}", out)


def office_file(source: Path, out: Path) -> None:
    """Export a document that LibreOffice opens as a text document (DOCX, flat ODT) to PDF (writer_pdf_Export), or
    a flat ODS spreadsheet (calc_pdf_Export, chosen by LibreOffice from the file)."""
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / f"cv{source.suffix}"
        shutil.copy(source, doc)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(doc)], check=True,
                       capture_output=True)
        shutil.copy(Path(tmp) / "cv.pdf", out)


def chromium(page: str, out: Path) -> None:
    """Print an HTML page to PDF as a browser's 'Save as PDF' does (Debian's chromium package)."""
    with tempfile.TemporaryDirectory() as tmp:
        html_file, pdf = Path(tmp) / "cv.html", Path(tmp) / "cv.pdf"
        html_file.write_text(page, encoding="utf-8")
        try:
            run = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                  f"--user-data-dir={Path(tmp) / 'profile'}", f"--print-to-pdf={pdf}",
                                  html_file.as_uri()], capture_output=True, text=True, timeout=180)
        except subprocess.TimeoutExpired:
            sys.exit(f"chromium timed out printing {out.name}")
        if not pdf.is_file() or pdf.stat().st_size == 0:
            sys.exit(f"chromium failed for {out.name}:\n{run.stderr[-3000:]}")
        shutil.copy(pdf, out)


BROWSER = {"browser_jake": browser_jake, "browser_sidebar": browser_sidebar, "browser_datecol": browser_datecol,
           "browser_table": browser_table, "browser_builder": browser_builder, "browser_timeline": browser_timeline}


def build(name: str) -> None:
    split, writer, seed, language, kind = FIXTURES[name]
    if (kind in PEOPLE_7 or kind in PEOPLE_8 or kind in PEOPLE_10 or kind in PEOPLE_11
            or kind in PEOPLE_12 or kind in PEOPLE_13 or kind in PEOPLE_14
            or kind in PEOPLE_15 or kind in PEOPLE_16 or kind in PEOPLE_17
            or kind in PEOPLE_18 or kind in PEOPLE_19 or kind in PEOPLE_20
            or kind in PEOPLE_21 or kind in PEOPLE_22 or kind in PEOPLE_23
            or kind in PEOPLE_24 or kind in PEOPLE_25):  # written by hand, not drawn
        build_hand(name, split, writer, kind)
        return
    r = fake_resume(seed, language, jobs=6 if kind == "jake_long" else 3, projects=2)
    if kind == "jake_long":  # three pages: bullets repeated into long entries
        for e in r["experience"]:
            e["bullets"] = e["bullets"] * 4
    sources = HERE / "sources"
    sources.mkdir(exist_ok=True)
    out = HERE / name
    if kind in ("jake", "jake_long", "moderncv_classic", "moderncv_banking", "moderncv_oldstyle", "moderncv_fancy",
                "moderncv_casual", "europecv", "currvita", "twocolumn", "simplecv", "timeline"):
        source = {"jake": jake, "jake_long": jake, "europecv": europecv, "currvita": currvita, "twocolumn": twocolumn,
                  "simplecv": simplecv, "timeline": timeline}.get(kind, lambda r: moderncv(r, kind.split("_", 1)[1]))(r)
        (sources / f"{out.stem}.tex").write_text(source, encoding="utf-8")
        latex(source, out, "pdflatex")
    elif kind == "curve":
        source, rubrics = curve(r)
        (sources / f"{out.stem}.tex").write_text(source + "".join(f"%% {k}\n{v}\n" for k, v in rubrics.items()),
                                                 encoding="utf-8")
        latex(source, out, "pdflatex", rubrics)
    elif kind in ("ctexart", "moderncv_casual_zh", "xecjk", "zh_table"):
        source = {"ctexart": ctexart, "xecjk": xecjk_article, "zh_table": zh_table}.get(
            kind, lambda r: moderncv(r, "casual", zh=True))(r)
        (sources / f"{out.stem}.tex").write_text(source, encoding="utf-8")
        latex(source, out, "xelatex")
    elif kind == "python_docx":
        docx_resume(r, out)
    elif kind == "docx_table":
        docx_table_resume(r, out)
    elif kind == "plain_text":
        out.write_text(plain_text(r), encoding="utf-8")
    elif kind == "word_tabstop":  # the DOCX is the source, LibreOffice's PDF the fixture
        word_tabstop_resume(r, sources / f"{out.stem}.docx")
        office_file(sources / f"{out.stem}.docx", out)
    elif kind == "word_two_column":  # the DOCX is the source, LibreOffice's PDF the fixture
        word_two_column_resume(r, sources / f"{out.stem}.docx")
        office_file(sources / f"{out.stem}.docx", out)
    elif kind == "uk_cv":
        uk_cv_resume(r, out)
    elif kind == "linkedin":
        out.write_text(linkedin_text(r), encoding="utf-8")
    elif kind == "fodt_compact":
        (sources / f"{out.stem}.fodt").write_text(fodt_compact(r), encoding="utf-8")
        office_file(sources / f"{out.stem}.fodt", out)
    elif kind == "markdown":
        md = markdown_resume(r)
        (sources / f"{out.stem}.md").write_text(md, encoding="utf-8")
        page = markdown_html(md)
        (sources / f"{out.stem}.html").write_text(page, encoding="utf-8")
        chromium(page, out)
    elif kind in BROWSER:
        page = BROWSER[kind](r)
        (sources / f"{out.stem}.html").write_text(page, encoding="utf-8")
        chromium(page, out)
    else:
        html = {"lo_grid_pdf": html_grid_resume, "lo_at_pdf": html_at_resume, "lo_at_docx": html_at_resume}.get(
            kind, html_resume)(r)
        (sources / f"{out.stem}.html").write_text(html, encoding="utf-8")
        office(html, out, "docx" if kind in ("libreoffice_docx", "lo_at_docx") else "pdf")
    write_truth(name, truth(r, f"tests/data/resumes/{name}: {writer}; fictional content (make_fixtures.py, seed "
                                f"{seed})"), split, writer)


def write_truth(name: str, record: dict, split: str, writer: str) -> None:
    record["split"] = split
    record["template"] = writer
    (HERE / "truth").mkdir(exist_ok=True)
    (HERE / "truth" / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")


# The hand-written people's renderers, by how their output becomes the fixture.
HAND_DOCX = {"teacher_word": teacher_word_resume, "word_pm_table": word_pm_table_resume,  # the DOCX is the fixture
             "word_paramedic": word_paramedic_resume, "word_federal": word_federal_resume,
             "word_header_nurse": word_header_nurse_resume, "word_academic_cv": word_academic_cv_resume,
             "docx_cv_pharmacy_tech": docx_cv_pharmacy_tech_resume, "docx_india_fresher": docx_india_fresher_resume,
             "word_two_page_nurse_practitioner": word_two_page_nurse_practitioner_resume,
             "docx_ats_two_tables": docx_ats_two_tables_resume,
             "docx_textbox_sidebar": docx_textbox_sidebar_resume,
             "docx_military_transition": docx_military_transition_resume,
             "docx_gdocs_swiss": docx_gdocs_swiss_resume,
             "docx_two_column_table_nurse_aide": docx_two_column_table_nurse_aide_resume,
             "docx_german_lebenslauf_en": docx_german_lebenslauf_en_resume,
             "docx_headers_in_table_cells": docx_headers_in_table_cells_resume,
             "docx_right_sidebar_table": docx_right_sidebar_table_resume,
             "docx_cover_letter_then_cv": docx_cover_letter_then_cv_resume,
             "docx_nested_tables_academic_admin": docx_nested_tables_academic_admin_resume,
             "docx_functional_hybrid_retail": docx_functional_hybrid_retail_resume,
             "docx_two_page_exec_cfo": docx_two_page_exec_cfo_resume,
             "docx_word_resume_wizard_1997": docx_word_resume_wizard_1997_resume,
             "docx_table_per_section_nurse_uk": docx_table_per_section_nurse_uk_resume,
             "docx_chronological_accountant_us": docx_chronological_accountant_us_resume,
             "docx_bullet_heavy_teacher_us": docx_bullet_heavy_teacher_us_resume,
             "docx_trades_tickets_au": docx_trades_tickets_au_resume,
             "docx_harvard_careers": docx_harvard_careers_resume,
             "docx_libreoffice_odt_export_chef": docx_libreoffice_odt_export_chef_resume,
             "docx_canadian_bilingual_trades": docx_canadian_bilingual_trades_resume,
             "docx_pandoc_markdown_librarian": docx_pandoc_markdown_librarian_resume,
             "docx_content_controls_physio_sg": docx_content_controls_physio_sg_resume}
HAND_DOCX_PDF = {"word_hospitality": word_hospitality_resume,  # the DOCX is the source, LibreOffice's PDF the fixture
                 "word_columns_bank_supervisor_za": word_columns_bank_supervisor_za_resume,
                 "word_dot_leaders_greenkeeper_scot": word_dot_leaders_greenkeeper_scot_resume}
HAND_FODT_PDF = {"europass_lo": europass_fodt}  # a flat ODT source, LibreOffice's PDF the fixture
HAND_FODS_PDF = {"fods_rirekisho_qa_technician_jp": fods_rirekisho_qa_technician_jp}  # a flat ODS (Calc) source
HAND_TEXT = {"technician_paste": technician_paste, "markdown_plain": markdown_plain, "email_editor": email_editor,
             "indeed_export": indeed_export, "plain_cv_electrician": plain_cv_electrician,
             "email_body_chef": email_body_chef, "rtf_like_plain_accountant": rtf_like_plain_accountant,
             "txt_linkedin_about_dev": txt_linkedin_about_dev, "txt_plain_ascii_art": txt_plain_ascii_art,
             "txt_ocr_like_linebreaks": txt_ocr_like_linebreaks, "txt_email_plain_nurse_ph": txt_email_plain_nurse_ph,
             "txt_sms_style_caregiver": txt_sms_style_caregiver, "txt_jobcentre_form_uk": txt_jobcentre_form_uk,
             "txt_pdftotext_two_column": txt_pdftotext_two_column, "txt_indeed_resume_copy": txt_indeed_resume_copy,
             "txt_right_aligned_dates_adjuster": txt_right_aligned_dates_adjuster,
             "txt_whatsapp_chat_export_agronomist_ke": txt_whatsapp_chat_export_agronomist_ke}
HAND_BROWSER = {"browser_accountant": browser_accountant, "browser_pharmacist": browser_pharmacist,
                "browser_designer": browser_designer, "browser_graduate": browser_graduate,
                "browser_gdocs_vet": browser_gdocs_vet, "browser_site_manager": browser_site_manager,
                "browser_awesome_se": browser_awesome_se, "browser_functional": browser_functional,
                "browser_two_page_pm": browser_two_page_pm, "browser_grad_software": browser_grad_software,
                "browser_at_grid": browser_at_grid, "browser_canva_sales": browser_canva_sales,
                "pages_export_teacher": pages_export_teacher, "browser_bilingual_es_en": browser_bilingual_es_en,
                "browser_phd_industry": browser_phd_industry, "browser_altacv_like": browser_altacv_like,
                "browser_indeed_builder": browser_indeed_builder,
                "browser_timeline_left_years": browser_timeline_left_years,
                "browser_notion_export": browser_notion_export,
                "browser_academic_to_teacher": browser_academic_to_teacher,
                "browser_reed_cv_builder": browser_reed_cv_builder,
                "browser_infographic_skills": browser_infographic_skills,
                "browser_seek_profile_au": browser_seek_profile_au, "browser_dark_theme_dev": browser_dark_theme_dev,
                "browser_europass_2023": browser_europass_2023,
                "browser_two_column_reverse": browser_two_column_reverse,
                "browser_kickresume_like": browser_kickresume_like, "browser_resume_io_like": browser_resume_io_like,
                "browser_deedy_like": browser_deedy_like, "browser_zety_like": browser_zety_like,
                "browser_enhancv_like": browser_enhancv_like,
                "browser_academic_cv_two_page": browser_academic_cv_two_page,
                "browser_rotated_headings_realtor_nz": browser_rotated_headings_realtor_nz,
                "browser_horizontal_timeline_architect_ie": browser_horizontal_timeline_architect_ie}
HAND_REPORTLAB = {"reportlab_builder": reportlab_builder_resume,  # drawn straight to the fixture PDF; no source file
                  "reportlab_side_headings": reportlab_side_headings_resume,
                  "reportlab_mobile_app_cdl_driver": reportlab_mobile_app_cdl_driver_resume}


def build_hand(name: str, split: str, writer: str, kind: str) -> None:
    """Render a hand-written person (PEOPLE_7, PEOPLE_8, PEOPLE_10, PEOPLE_11, PEOPLE_12, PEOPLE_13,
    PEOPLE_14, PEOPLE_15, PEOPLE_16, PEOPLE_17, PEOPLE_18, PEOPLE_19, PEOPLE_20, PEOPLE_21, PEOPLE_22, PEOPLE_23,
    PEOPLE_24, PEOPLE_25) and write the truth from the same data."""
    tables = {"PEOPLE_7": PEOPLE_7, "PEOPLE_8": PEOPLE_8, "PEOPLE_10": PEOPLE_10, "PEOPLE_11": PEOPLE_11,
              "PEOPLE_12": PEOPLE_12, "PEOPLE_13": PEOPLE_13,
              "PEOPLE_14": PEOPLE_14, "PEOPLE_15": PEOPLE_15, "PEOPLE_16": PEOPLE_16,
              "PEOPLE_17": PEOPLE_17, "PEOPLE_18": PEOPLE_18, "PEOPLE_19": PEOPLE_19,
              "PEOPLE_20": PEOPLE_20, "PEOPLE_21": PEOPLE_21, "PEOPLE_22": PEOPLE_22, "PEOPLE_23": PEOPLE_23,
              "PEOPLE_24": PEOPLE_24, "PEOPLE_25": PEOPLE_25}
    table = next(t for t, people in tables.items() if kind in people)
    r = json.loads(json.dumps(tables[table][kind]))  # a fresh copy
    sources = HERE / "sources"
    sources.mkdir(exist_ok=True)
    out = HERE / name
    if kind in HAND_DOCX:
        HAND_DOCX[kind](r, out)
    elif kind in HAND_DOCX_PDF:
        HAND_DOCX_PDF[kind](r, sources / f"{out.stem}.docx")
        office_file(sources / f"{out.stem}.docx", out)
    elif kind in HAND_FODT_PDF:
        (sources / f"{out.stem}.fodt").write_text(HAND_FODT_PDF[kind](r), encoding="utf-8")
        office_file(sources / f"{out.stem}.fodt", out)
    elif kind in HAND_FODS_PDF:
        (sources / f"{out.stem}.fods").write_text(HAND_FODS_PDF[kind](r), encoding="utf-8")
        office_file(sources / f"{out.stem}.fods", out)
    elif kind in HAND_TEXT:
        out.write_text(HAND_TEXT[kind](r), encoding="utf-8")
    elif kind in HAND_REPORTLAB:  # the Python function is the source
        HAND_REPORTLAB[kind](r, out)
    else:
        page = HAND_BROWSER[kind](r)
        (sources / f"{out.stem}.html").write_text(page, encoding="utf-8")
        chromium(page, out)
    source = f"tests/data/resumes/{name}: {writer}; fictional content written by hand (make_fixtures.py, {table})"
    write_truth(name, truth_7(r, source), split, writer)


def scanned() -> None:
    """Rasterise a held-out PDF and wrap the image as a PDF: no text layer, as a scanner would give."""
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "page.png"
        subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pnggray", "-r60", "-dFirstPage=1",
                        "-dLastPage=1", f"-sOutputFile={png}", str(HERE / "currvita.pdf")], check=True)
        from PIL import Image, ImageFilter

        page = Image.open(png).convert("L").rotate(0.7, fillcolor=255).filter(ImageFilter.GaussianBlur(0.6))
        page.save(HERE / SCANNED, "PDF", resolution=60)


if __name__ == "__main__":
    for fixture in sys.argv[1:] or FIXTURES:
        build(fixture)
    if not sys.argv[1:]:
        scanned()
