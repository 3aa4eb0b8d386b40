"""The workshops' papers, drawn from their documents as the services fill them and read back
from the PDF: the deposit account statement (and the final one on release), the deposit
card handover the prisoner signs, and the certificate of a training programme. Amounts are
som with a decimal comma and thin groups of thousands, a payout with a minus; a long
statement goes on to more pages under its headers; long names wrap inside the page; in
Russian with Cyrillic drawn."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdfium2
from PIL import ImageOps
from reportlab.lib.units import mm

from prisondesk.domain.workshops import (
    CertificateDoc,
    DepositCardDoc,
    StatementDoc,
    StatementLine,
)
from prisondesk.printing.workshops.certificate import BORDER, render_certificate
from prisondesk.printing.workshops.deposit_card import render_deposit_card_handover
from prisondesk.printing.workshops.statement import money, render_statement

RUSSIAN = {
    "printing": {
        "Deposit account statement": "Выписка по депозитному счёту",
        "Final statement on release": "Итоговая выписка при освобождении",
        "Prisoner": "Осуждённый",
        "Period": "Период",
        "Opening balance on {day}": "Входящий остаток на {day}",
        "Closing balance on {day}": "Исходящий остаток на {day}",
        "Total": "Итого",
        "Date": "Дата",
        "Entry": "Операция",
        "No entries in this period.": "За период операций нет.",
        "The part held until release is set aside under Rule 103 of the Nelson Mandela Rules "
        "and paid on release.": "Часть, удерживаемая до освобождения, откладывается согласно "
        "правилу 103 Правил Нельсона Манделы и выплачивается при освобождении.",
        "Printed {time}": "Напечатано {time}",
        "Handover of the deposit card": "Акт выдачи депозитной карты",
        "Released on": "Дата освобождения",
        "Bank card": "Банковская карта",
        "Deposit account balance paid to the card": "Остаток депозитного счёта, "
        "перечисленный на карту",
        "Total paid to the card": "Всего перечислено на карту",
        "I have received my deposit card with the balance above.": "Депозитную карту "
        "с указанным выше остатком получил(а).",
        "signature": "подпись",
        "full name": "фамилия, инициалы",
        "Officer": "Сотрудник",
        "Certificate": "Свидетельство",
        "No. {number}": "№ {number}",
        "This certifies that {prisoner} completed the training programme {programme} "
        "({length_days} days, {first_day}–{last_day}) in the {workshop} workshop.": "Настоящее "
        "свидетельство удостоверяет, что {prisoner} прошёл(-ла) программу профессионального "
        "обучения «{programme}» ({length_days} дн., {first_day}–{last_day}) в мастерской "
        "«{workshop}».",
        "In cooperation with {enterprise}": "При участии {enterprise}",
        "Issued {day}": "Выдано {day}",
        "Instructor": "Мастер производственного обучения",
        "Head of the facility": "Начальник учреждения",
        "Place of the stamp": "М. П.",
    },
    "workshops": {
        "Spendable": "На текущие расходы",
        "Held until release": "До освобождения",
    },
}
FACILITY = "Исправительная колония №47 (г. Бишкек)"
PRISONER = "Асанов Бакыт Нурланович, BSH-1-K7Q-00042"
LONG_NAME = "Абдыкадыров-Бейшеналиевдердин-Тукуму Жыргалбекмырзабектегин Орозбековичтинбаласы"
WAGE = "Заработная плата, расчётный период 01.11.2026–30.11.2026"


def russian(context: str, text: str) -> str:
    return RUSSIAN[context].get(text, text)


def statement(count: int = 3, **changes) -> StatementDoc:
    """``count`` lines: wages of 12 345,67 som into each account by turns, then a payout of
    20 000 som from the spendable one."""
    entries = [
        StatementLine(
            f"{day % 28 + 1:02d}.11.2026",
            f"{WAGE} №{day}",
            "spendable" if day % 2 else "held",
            1234567,
        )
        for day in range(count - 1)
    ]
    entries.append(StatementLine("30.11.2026", "Выплата при освобождении", "spendable", -2000000))
    doc = StatementDoc(
        FACILITY,
        PRISONER,
        "01.11.2026",
        "30.11.2026",
        10000,
        250050,
        tuple(entries),
        5000,
        120000,
        "15.12.2026 10:42",
    )
    return replace(doc, **changes)


def card(**changes) -> DepositCardDoc:
    doc = DepositCardDoc(
        FACILITY, PRISONER, "15.12.2026", 1234567, 876543, "**** 4821", "Осмонов Улан Бекович"
    )
    return replace(doc, **changes)


def certificate(**changes) -> CertificateDoc:
    doc = CertificateDoc(
        "Исправительное учреждение №47",
        "2026-0014",
        "Асанов Бакыт Нурланович",
        "Кожевенное ремесло: основы",
        "Кожевенная",
        "ОАО «Кыял»",
        "01.10.2026",
        "31.10.2026",
        31,
        "15.12.2026",
        "Жумабекова Айгүл",
    )
    return replace(doc, **changes)


def _pages(pdf: bytes) -> list[str]:
    """Each page's text with its spaces made one (a narrow no-break space among them)."""
    return [
        " ".join(page.get_textpage().get_text_range().replace("\ufffe", "-").split())
        for page in pypdfium2.PdfDocument(pdf)
    ]


def _chars_outside(pdf: bytes, margin: float) -> list[str]:
    """Every character whose box (pypdfium2: left, bottom, right, top) leaves the page's
    text column, ``margin`` each side."""
    outside = []
    for page in pypdfium2.PdfDocument(pdf):
        width = page.get_size()[0]
        text = page.get_textpage()
        for index in range(text.count_chars()):
            left, _, right, _ = text.get_charbox(index)
            if right > left and (left < margin - 0.5 or right > width - margin + 0.5):
                outside.append(text.get_text_range(index, 1))
    return outside


def _squeezed(pages: list[str]) -> str:
    return "".join("".join(pages).split())


def test_amounts_are_som_with_a_decimal_comma_and_thin_groups_of_thousands():
    assert money(1234567) == "12\u202f345,67"
    assert money(123456789) == "1\u202f234\u202f567,89"
    assert money(5) == "0,05" and money(0) == "0,00"
    assert money(-2000000) == "\u221220\u202f000,00"  # a true minus
    assert money(1234567, signed=True) == "+12\u202f345,67"
    assert money(1234567, decimal_mark=".") == "12\u202f345.67"


def test_the_statement_shows_balances_and_lines_in_the_readers_language():
    [text] = _pages(render_statement(statement(), russian))
    assert text.startswith(FACILITY) and "Выписка по депозитному счёту" in text
    assert "Итоговая" not in text and PRISONER in text
    assert "Период 01.11.2026 – 30.11.2026" in text
    opening, rest = text.split("Дата Операция На текущие расходы До освобождения")
    assert "Входящий остаток на 01.11.2026" in opening
    assert "На текущие расходы 100,00 До освобождения 2 500,50 Итого 2 600,50" in opening
    assert f"01.11.2026 {WAGE} №0 +12 345,67" in rest  # in the held column
    assert "30.11.2026 Выплата при освобождении −20 000,00" in rest
    _, closing = rest.split("Исходящий остаток на 30.11.2026")
    assert "На текущие расходы 50,00 До освобождения 1 200,00 Итого 1 250,00" in closing
    assert "правилу 103 Правил Нельсона Манделы" in closing
    assert "Напечатано 15.12.2026 10:42" in closing and "1 / 1" in closing


def test_in_english_by_default_and_a_decimal_point_when_asked():
    [text] = _pages(render_statement(statement(), decimal_mark="."))
    assert "Deposit account statement" in text and "Opening balance on 01.11.2026" in text
    assert "Spendable 100.00 Held until release 2 500.50 Total 2 600.50" in text
    assert "Rule 103 of the Nelson Mandela Rules" in text and "−20 000.00" in text


def test_on_the_day_of_release_it_is_the_final_statement():
    [text] = _pages(render_statement(statement(final=True), russian))
    assert "Итоговая выписка при освобождении" in text
    assert "Выписка по депозитному счёту" not in text
    [english] = _pages(render_statement(statement(final=True)))
    assert "Final statement on release" in english


def test_a_statement_without_entries_says_so():
    [text] = _pages(render_statement(statement(lines=()), russian))
    assert "За период операций нет." in text and "Исходящий остаток на 30.11.2026" in text
    assert "Операция" not in text


def test_sixty_lines_go_on_to_more_pages_under_the_headers_again():
    pdf = render_statement(statement(count=60), russian)
    pages = _pages(pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert "Дата Операция На текущие расходы До освобождения" in text
        assert f"{number} / {len(pages)}" in text
    for text in pages[1:]:  # whose page it is, come apart from the others
        assert text.startswith(f"{PRISONER} — Выписка по депозитному счёту — 01.11.2026")
    everything = " ".join(pages)
    assert all(f"{WAGE} №{n} " in everything for n in range(59))
    assert "Исходящий остаток" in pages[-1] and "Исходящий остаток" not in pages[0]
    assert _chars_outside(pdf, 18 * mm) == []


def test_long_names_and_entries_wrap_inside_the_page():
    long_entry = "Заработная-плата-за-сверхурочную-работу-в-кожевенной-мастерской " * 3
    doc = statement(
        facility=f"{FACILITY} {FACILITY}",
        prisoner=LONG_NAME,
        lines=(StatementLine("02.11.2026", long_entry, "held", 999999999),),
    )
    pdf = render_statement(doc, russian)
    assert _chars_outside(pdf, 18 * mm) == []
    text = _squeezed(_pages(pdf))
    assert _squeezed([LONG_NAME]) in text and _squeezed([long_entry]) in text
    assert "+9999999,99" in text  # whole, its groups unbroken
    handover = render_deposit_card_handover(card(prisoner=LONG_NAME, officer=LONG_NAME), russian)
    assert _chars_outside(handover, 18 * mm) == []
    assert _squeezed(_pages(handover)).count(_squeezed([LONG_NAME])) == 3  # and signs
    programme = "Валяние-войлока-и-изготовление-ширдаков-и-ала-кийизов " * 3
    paper = render_certificate(
        certificate(prisoner=LONG_NAME, programme=programme, instructor=LONG_NAME), russian
    )
    assert _chars_outside(paper, BORDER + 3 * mm) == []
    text = _squeezed(_pages(paper))
    assert _squeezed([LONG_NAME]) in text and _squeezed([programme]) in text


def test_the_deposit_card_handover_is_signed_by_the_prisoner_and_the_officer():
    [text] = _pages(render_deposit_card_handover(card(), russian))
    assert text.startswith(FACILITY) and "Акт выдачи депозитной карты" in text
    assert f"Осуждённый {PRISONER}" in text and "Дата освобождения 15.12.2026" in text
    assert "Банковская карта **** 4821" in text
    assert "На текущие расходы 12 345,67 До освобождения 8 765,43" in text
    assert "Всего перечислено на карту 21 111,10" in text
    _, signatures = text.split("Депозитную карту с указанным выше остатком получил(а).")
    assert signatures.count("(подпись)") == 2 and signatures.count("Дата") == 2
    assert signatures.index(PRISONER) < signatures.index("Сотрудник")
    assert signatures.index("Сотрудник") < signatures.index("Осмонов Улан Бекович")


def test_without_a_card_number_the_handover_has_no_card_line():
    [text] = _pages(render_deposit_card_handover(card(card="")))
    assert "Bank card" not in text and "I have received my deposit card" in text
    assert "Total paid to the card 21 111,10" in text


def test_the_certificate_says_who_completed_what_and_never_prison():
    [text] = _pages(render_certificate(certificate(), russian))
    assert text.startswith("Исправительное учреждение №47") and "СВИДЕТЕЛЬСТВО" in text
    assert "№ 2026-0014" in text
    assert (
        "удостоверяет, что Асанов Бакыт Нурланович прошёл(-ла) программу профессионального "
        "обучения «Кожевенное ремесло: основы» (31 дн., 01.10.2026–31.10.2026) в мастерской "
        "«Кожевенная»." in text
    )
    assert "При участии ОАО «Кыял»" in text and "Выдано 15.12.2026" in text
    assert "Мастер производственного обучения Жумабекова Айгүл" in text
    assert "Начальник учреждения" in text
    [english] = _pages(render_certificate(certificate(enterprise="")))
    assert "CERTIFICATE" in english and "In cooperation" not in english
    assert "completed the training programme Кожевенное ремесло: основы (31 days" in english
    assert "prison" not in english.lower() and "тюрьм" not in text.lower()


def save_examples(folder: Path) -> None:  # pragma: no cover - by hand, for docs/screenshots
    papers = {
        "workshop-statement-ru.png": render_statement(statement(count=8), russian),
        "workshop-deposit-card-ru.png": render_deposit_card_handover(card(), russian),
        "workshop-certificate-ru.png": render_certificate(certificate(), russian),
    }
    for name, pdf in papers.items():
        image = pypdfium2.PdfDocument(pdf)[0].render(scale=1.5).to_pil()
        # the blank rest cut off (on A4 portrait, the page number at the foot with it)
        body = image.crop((0, 0, image.width, image.height - int(28 * mm * 1.5)))
        shown = body if image.height > image.width else image
        foot = ImageOps.invert(shown.convert("L")).getbbox()[3] + 60
        image.crop((0, 0, image.width, min(foot, image.height))).save(folder / name)
