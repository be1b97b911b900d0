"""Build teacher_table.docx (tests/data/resumes/README.md, dev-9): a UK teacher's CV whose posts and qualifications
are borderless two-column table rows, dates left and Word "List Bullet" paragraphs in the right cell.

python tests/data/resumes/sources/teacher_table.py tests/data/resumes/teacher_table.docx
"""

import sys

from docx import Document
from docx.shared import Cm, Pt

document = Document()
for section in document.sections:
    section.left_margin = section.right_margin = Cm(2)
document.add_paragraph().add_run("Fionnuala Brennan-Okoye").font.size = Pt(20)
document.add_paragraph("Secondary Mathematics Teacher (QTS)")
document.add_paragraph("Leeds, West Yorkshire  •  07700 900461  •  f.brennanokoye@example.co.uk")
document.add_heading("Personal statement", level=2)
document.add_paragraph("Mathematics teacher with six years in comprehensive schools, Head of Year 9 since 2023. I care "
                       "most about pupils who arrive believing they are 'not maths people', and I use data from "
                       "low-stakes quizzes to decide what to reteach.")


def post(dates: str, title: str, school: str, bullets: list[str]) -> None:
    """One table row: the dates left; the title in bold, the school and the bullets right."""
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.width, right.width = Cm(4), Cm(13)
    left.paragraphs[0].add_run(dates).italic = True
    right.paragraphs[0].add_run(title).bold = True
    right.add_paragraph(school)
    for bullet in bullets:
        right.add_paragraph(bullet, style="List Bullet")


document.add_heading("Teaching experience", level=2)
post("Sept 2021 – present", "Mathematics Teacher and Head of Year 9", "Kingsmead Academy, Leeds", [
    "Raised the share of Year 11 pupils achieving grade 5+ in GCSE Maths from 48% to 63% over two years",
    "Introduced weekly low-stakes retrieval quizzes on Sparx Maths; homework completion rose from 61% to 88%",
    "Lead pastoral care for 210 pupils; persistent absence in the year group fell from 19% to 12%"])
post("Sept 2019 – Aug 2021", "Mathematics Teacher (ECT)", "St Aidan's Catholic High School, Bradford", [
    "Taught KS3 and KS4 groups, including a nurture set of 14 pupils",
    "Ran the after-school UKMT Maths Challenge club; two pupils reached the Olympiad round"])
document.add_heading("Education and qualifications", level=2)
post("2018 – 2019", "PGCE Secondary Mathematics with QTS", "University of Leeds", [])
post("2015 – 2018", "BSc Mathematics (2:1)", "Newcastle University", [])
document.add_heading("Skills", level=2)
document.add_paragraph("Differentiation, assessment for learning, behaviour management, SEND support, Sparx Maths, "
                       "Microsoft Teams, Excel (mark-book analysis), safeguarding (Level 2)")
document.add_heading("Interests", level=2)
document.add_paragraph("Fell running, choir, volunteering with a Saturday code club")
document.save(sys.argv[1] if len(sys.argv) > 1 else "teacher_table.docx")
