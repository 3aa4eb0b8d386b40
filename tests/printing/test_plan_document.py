"""The printed individual rehabilitation plan, built through the services as a social worker
builds it (an approved assessment's needs, actions added by hand, a review) and read back
from the PDF in Russian and Kyrgyz: the prisoner's name and number, the actions in the
paper's plain words, who helps, by when and how it is going, days as dd.mm.yyyy, the next
review, the signatures; nothing of the assessment (no level). A plan of fifteen actions goes
on to a second page, numbered; a row longer than a page breaks between its lines; nothing
leaves the page's margins and every letter has its glyph."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pypdfium2
import pytest
from PIL import ImageOps
from reportlab.lib.units import mm

from prisondesk.domain.assessments import PlanDoc, PlanLine
from prisondesk.printing.assessments.plan import plan_pdf
from prisondesk.printing.fonts import BOLD, REGULAR, missing_glyphs
from prisondesk.services.assessments import documents, instruments, plans
from prisondesk.services.assessments.plans import ActionEntry
from tests.assessments.conftest import EXAMPLE, highest
from tests.assessments.flow import approved
from tests.printing.pdf_checks import overlaps
from tests.printing.plan_words import paper_words
from tests.workshops.fixtures import today

NAME = "Асанов Бакыт Нурланович"
WORKER = "Абдыкадырова Назгуль"
PSYCHOLOGIST = "Орозова Гулина"
SCHOOL = "Вечерняя школа при учреждении, 7 класс: математика и русский язык"


@pytest.fixture
def social_worker(staff):
    return staff("social1", "social_worker", WORKER)


@pytest.fixture
def psychologist(staff):
    return staff("psych1", "psychologist", PSYCHOLOGIST)


@pytest.fixture
def supervisor(staff):
    return staff("supervisor1", "supervisor", "Касымова Динара")


@pytest.fixture
def planned(db, complete, social_worker, psychologist, supervisor):
    """A prisoner at high risk with needs for education, work and family ties: the actions
    made from the needs, one more by hand with the psychologist, education started and
    described, the plan reviewed. Returns the prisoner's id and the days that matter."""
    prisoner = complete().id
    answers = highest("violence", "escape", "education", "work", "family")
    assessment = approved(db, social_worker, supervisor, prisoner, answers)
    day = today(db, social_worker)
    plans.actions_from_needs(db, social_worker, assessment, day + timedelta(days=60))
    talk = ActionEntry(
        "psychologist", day + timedelta(days=30), psychologist.user_id, "Раз в неделю"
    )
    plans.add_action(db, social_worker, prisoner, talk)
    view = plans.plan(db, social_worker, prisoner)
    school = next(a for a in view.actions if a.kind == "education")
    plans.update_action(db, social_worker, school.id, status="in_progress")
    plans.add_progress(db, social_worker, school.id, SCHOOL)
    review = day + timedelta(days=120)
    plans.review_plan(db, social_worker, prisoner, "План обсуждён", review)
    return prisoner, day, review


def _pages(pdf: bytes) -> list[str]:
    return [
        " ".join(page.get_textpage().get_text_range().replace("\ufffe", "-").split())
        for page in pypdfium2.PdfDocument(pdf)
    ]


def _dotted(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _levels() -> set[str]:
    """The example instrument's level labels in every language (Высокий, Жогорку, High)."""
    labels = set()
    for level in instruments.latest(EXAMPLE).levels:
        labels |= {level.label.en, level.label.ru, level.label.ky}
    return labels


def _chars_outside(pdf: bytes, margin: float) -> list[str]:
    """Every character that leaves the text column (``margin`` each side) or comes within
    ``margin`` less 5 mm of the top or the foot (the page number stands on the margin)."""
    outside = []
    for page in pypdfium2.PdfDocument(pdf):
        width, height = page.get_size()
        text = page.get_textpage()
        for index in range(text.count_chars()):
            left, bottom, right, top = text.get_charbox(index)
            across = left < margin - 0.5 or right > width - margin + 0.5
            if right > left and (
                across or bottom < margin - 5 * mm or top > height - margin + 5 * mm
            ):
                outside.append(text.get_text_range(index, 1))
    return outside


def test_the_plan_in_russian_says_what_who_and_by_when_in_plain_words(db, social_worker, planned):
    prisoner, day, review = planned
    doc = documents.plan_document(db, social_worker, prisoner)
    pdf = plan_pdf(doc, paper_words("ru"))
    [text] = _pages(pdf)
    assert text.startswith(f"Исправительная колония №1 Дата печати {_dotted(day)} Ваш план")
    assert "Ваш план Индивидуальный план реабилитации" in text
    assert f"Фамилия, имя, отчество {NAME} Номер {doc.number}" in text
    assert "Что мы сделаем вместе Что можете сделать вы Кто вам помогает Срок" in text
    # by their target dates: the psychologist in 30 days, the needs' actions in 60
    assert text.index("1. Беседовать с психологом Раз в неделю") < text.index("2. Учиться")
    assert f"{PSYCHOLOGIST} {_dotted(day + timedelta(days=30))} Ещё не начато" in text
    assert "Учиться: школьные уроки или курсы" in text
    assert "Ходите на каждый урок." in text
    assert f"{WORKER} {_dotted(day + timedelta(days=60))} Начато" in text
    assert "Работать в мастерской и освоить профессию" in text
    assert "Поддерживать связь с семьёй: письма, звонки и свидания" in text
    assert f"В следующий раз мы вместе посмотрим ваш план {_dotted(review)}." in text
    _, signatures = text.split("Мы обсудили этот план вместе.")
    assert signatures.index("Вы") < signatures.index(NAME)
    assert signatures.index("Социальный работник") < signatures.index(WORKER)
    assert signatures.count("(подпись)") == 2 and signatures.count("Дата") == 2
    # the prisoner's paper: nothing of the assessment, no staff's notes, no English left
    for word in (*_levels(), "риск", "балл", "оценк", SCHOOL, "План обсуждён"):
        assert word.lower() not in text.lower()
    assert "Your plan" not in text and "1 / 1" not in text
    assert missing_glyphs(text, REGULAR) == missing_glyphs(text, BOLD) == ""
    assert _chars_outside(pdf, 18 * mm) == [] and overlaps(pdf) == []


def test_the_plan_in_kyrgyz(db, social_worker, planned):
    prisoner, day, review = planned
    doc = documents.plan_document(db, social_worker, prisoner)
    pdf = plan_pdf(doc, paper_words("ky"))
    [text] = _pages(pdf)
    assert "Сиздин планыңыз" in text and f"Аты-жөнү {NAME}" in text
    assert "Чогуу эмне кылабыз Сиз эмне кыла аласыз Сизге ким жардам берет" in text
    assert "Психолог менен сүйлөшүү" in text and "Окуу: мектеп сабактары же курстар" in text
    assert "Устаканада иштеп, кесип үйрөнүү" in text
    assert f"{PSYCHOLOGIST} {_dotted(day + timedelta(days=30))} Азырынча башталган жок" in text
    assert f"{WORKER} {_dotted(day + timedelta(days=60))} Башталды" in text
    assert f"Планыңызды {_dotted(review)} күнү чогуу кайра карап чыгабыз." in text
    assert "Социалдык кызматкер" in text and text.count("(колу)") == 2
    for word in (*_levels(), "тобокел", "упай", "риск"):
        assert word.lower() not in text.lower()
    assert "Ваш план" not in text and "Your plan" not in text
    assert missing_glyphs(text, REGULAR) == missing_glyphs(text, BOLD) == ""
    assert _chars_outside(pdf, 18 * mm) == [] and overlaps(pdf) == []


def test_page_one_is_drawn(db, social_worker, planned):
    """Rendered to an image, page one has ink on it: the title, the table, the names."""
    prisoner, _, _ = planned
    doc = documents.plan_document(db, social_worker, prisoner)
    for language in ("ru", "ky"):
        page = pypdfium2.PdfDocument(plan_pdf(doc, paper_words(language)))[0]
        image = page.render(scale=1).to_pil().convert("L")
        ink = ImageOps.invert(image)
        left, top, right, bottom = ink.getbbox()
        assert right - left > image.width * 0.7 and bottom - top > image.height * 0.5
        dark = sum(ink.histogram()[128:])
        assert 0.01 < dark / (image.width * image.height) < 0.2


def test_fifteen_actions_run_onto_a_second_page_numbered(db, complete, social_worker, supervisor):
    prisoner = complete().id
    approved(db, social_worker, supervisor, prisoner)
    day = today(db, social_worker)
    kinds = ("education", "workshop_place", "family_contact", "release_preparation")
    for number in range(15):
        entry = ActionEntry(
            kinds[number % 4], day + timedelta(days=number + 1), description=f"Шаг №{number + 1}"
        )
        plans.add_action(db, social_worker, prisoner, entry)
    doc = documents.plan_document(db, social_worker, prisoner)
    pdf = plan_pdf(doc, paper_words("ru"))
    pages = _pages(pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert text.endswith(f"{number} / {len(pages)}")
        assert "Что мы сделаем вместе" in text or number == len(pages)
    for text in pages[1:]:  # whose plan a page come apart from the others is
        assert text.startswith(f"{NAME} — {doc.number} — Ваш план")
    everything = " ".join(pages)
    for number in range(1, 16):
        assert f"{number}. " in everything and f"Шаг №{number} " in everything
    assert f"{_dotted(day + timedelta(days=15))} Ещё не начато" in everything
    assert "Мы обсудили этот план вместе." in pages[-1]
    assert _chars_outside(pdf, 18 * mm) == [] and overlaps(pdf) == []


def _paper(**changes) -> PlanDoc:
    line = PlanLine("education", "", WORKER, "01.03.2027", "planned")
    doc = PlanDoc(
        "Исправительная колония №1",
        NAME,
        "BSH-1-K7Q-00042",
        "15.12.2026",
        (line,),
        "",
        WORKER,
        "social_worker",
    )
    return replace(doc, **changes)


def test_a_long_row_breaks_between_its_lines_and_long_names_wrap():
    long_name = "Абдыкадыров-Бейшеналиевдердин-Тукуму Жыргалбекмырзабектегин Орозбековичтинбаласы"
    words = " ".join(f"слово{n}" for n in range(330))  # some 2 000 letters, as staff may write
    doc = _paper(
        facility=f"{long_name} {long_name}",
        prisoner=long_name,
        staff=long_name,
        actions=(PlanLine("psychologist", words, long_name, "01.03.2027", "in_progress"),),
    )
    pdf = plan_pdf(doc, paper_words("ru"))
    pages = _pages(pdf)
    assert len(pages) >= 2
    assert set(words.split()) <= set(" ".join(pages).split())  # every word, none cut
    squeezed = "".join("".join(pages).split())
    assert squeezed.count("".join(long_name.split())) >= 3  # the head, its pages, the signature
    assert "Когда снова посмотреть ваш план, мы договоримся с вами." in " ".join(pages)
    assert _chars_outside(pdf, 18 * mm) == [] and overlaps(pdf) == []


def test_a_plan_without_actions_and_in_english():
    [text] = _pages(plan_pdf(_paper(actions=(), number="")))
    assert "Your plan" in text and "Nothing is planned yet." in text
    assert "What we will do together" not in text and "Number" not in text
    assert "We will agree with you when to look at your plan again." in text
    [text] = _pages(plan_pdf(_paper(next_review_on="01.06.2027", staff_role="psychologist")))
    assert "1. Study: school lessons or a course" in text and "By when" in text
    assert "We will look at your plan together again on 01.06.2027." in text
    assert "Psychologist" in text


def test_the_actions_in_each_language_are_the_papers_own_words():
    """Every kind of action and every status is said on the paper, in each language."""
    kinds = (
        "workshop_place",
        "education",
        "psychologist",
        "family_contact",
        "substance_programme",
        "release_preparation",
    )
    statuses = ("planned", "in_progress", "done", "planned", "in_progress", "done")
    lines = tuple(
        PlanLine(kind, "", WORKER, "01.03.2027", status)
        for kind, status in zip(kinds, statuses, strict=True)
    )
    for language, words in (
        ("ru", ("Получить помощь", "Подготовиться к освобождению", "Сделано")),
        ("ky", ("баңгизаттан", "Бошонууга даярдануу", "Аткарылды")),
    ):
        text = " ".join(_pages(plan_pdf(_paper(actions=lines), paper_words(language))))
        assert all(word in text for word in words)
        assert missing_glyphs(text, REGULAR) == missing_glyphs(text, BOLD) == ""
    workflow_words = ("Workshop place", "Sessions with a psychologist", "Planned")
    english = " ".join(_pages(plan_pdf(_paper(actions=lines))))
    assert not any(word in english for word in workflow_words)  # not the staff's labels
