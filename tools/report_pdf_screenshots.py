"""Screenshots of a printed report with charts, in Russian and Kyrgyz: a month of visits at
two facilities, built by hand (no database): visits per day by kind as grouped bars, the
number of people held as a line, and the table of the days with their totals.

    .venv/bin/python tools/report_pdf_screenshots.py [folder] [--words new-words.tsv]

No display is needed: the report is a PDF, and its first page is rendered to PNG. PNG files
go to docs/screenshots (or the folder given). ``--words`` takes a tab-separated file
(context, source, ru, ky, with a header line) of the words the catalogues do not hold yet.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import pypdfium2

from prisondesk.printing.documents import Translate
from prisondesk.printing.reports.report_pdf import report_pdf
from prisondesk.services.reports.report import Chart, Column, Kind, Report, Series
from prisondesk.ui.i18n import paper_translate

# the sample's own words ("reports" context): the real reports bring theirs to the catalogues
SAMPLE_WORDS = {
    "Visits and population": ("Свидания и численность", "Жолугушуулар жана саны"),
    "Visits per day": ("Свидания по дням", "Күн сайын жолугушуулар"),
    "Short visits": ("Краткосрочные свидания", "Кыска мөөнөттүү жолугушуулар"),
    "Long visits": ("Длительные свидания", "Узак мөөнөттүү жолугушуулар"),
    "People held": ("Численность осуждённых", "Кармалгандардын саны"),
    "Day": ("День", "Күн"),
    "Deposits paid in": ("Зачислено на депозит", "Депозитке түшкөн акча"),
    "Workshop attendance": ("Посещаемость мастерских", "Устаканаларга катышуу"),
    "Duty officer's remark": ("Отметка дежурного", "Кезметчинин белгиси"),
}
REMARKS = (
    "",
    "Свидание отменено по просьбе родственников",
    "Карантин в отряде №3, длительные свидания перенесены",
    "",
)
FIRST = date(2027, 3, 1)
DAYS = 31


def sample_report() -> Report:
    """A month at two facilities, the same every time it is built."""
    chance = random.Random(19)
    days = tuple(FIRST + timedelta(days=n) for n in range(DAYS))
    short = tuple(chance.randint(8, 30) if d.weekday() < 5 else chance.randint(2, 9) for d in days)
    long = tuple(chance.randint(2, 9) for _ in days)
    held = tuple(1180 + n * 2 + chance.randint(-6, 6) for n in range(DAYS))
    rows = tuple(
        (
            day,
            s,
            g,
            chance.randint(0, 900_000_00),  # tyiyn
            chance.randint(70, 100),
            REMARKS[n % 4],
        )
        for n, (day, s, g) in enumerate(zip(days, short, long, strict=True))
    )
    totals = ("", sum(short), sum(long), sum(row[3] for row in rows), None, "")
    columns = (
        Column("day", "Day", Kind.DATE),
        Column("short", "Short visits", Kind.COUNT),
        Column("long", "Long visits", Kind.COUNT),
        Column("deposits", "Deposits paid in", Kind.SOM),
        Column("attendance", "Workshop attendance", Kind.PERCENT),
        Column("remark", "Duty officer's remark", Kind.TEXT),
    )
    charts = (
        Chart(
            "Visits per day",
            "bar",
            days,
            (Series("Short visits", short), Series("Long visits", long)),
        ),
        Chart("People held", "line", days, (Series("People held", held),)),
    )
    return Report(
        "sample",
        "Visits and population",
        FIRST,
        days[-1],
        ("Исправительная колония №1", "Следственный изолятор №1"),
        columns,
        rows,
        totals,
        charts,
        ("Длительные свидания считаются по дню их начала.",),
    )


def words(language: str, extra: Path | None) -> Translate:
    """The catalogue of ``language``, the sample's words and ``extra``'s words over it."""
    catalogue = paper_translate(language)
    column = 0 if language == "ru" else 1
    table = {("reports", source): pair[column] for source, pair in SAMPLE_WORDS.items()}
    if extra is not None:
        with extra.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                table[(row["context"], row["source"])] = row[language]
    return lambda context, text: table.get((context, text)) or catalogue(context, text)


def main(folder: Path, extra: Path | None) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    report = sample_report()
    for language in ("ru", "ky"):
        pdf = pypdfium2.PdfDocument(report_pdf(report, words(language, extra)))
        name = folder / f"report-sample-{language}.png"
        pdf[0].render(scale=1.5).to_pil().save(name)
        print(name, f"({len(pdf)} page{'s' if len(pdf) > 1 else ''})")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--words", type=Path, help="context, source, ru, ky (TSV)")
    arguments = parser.parse_args()
    sys.exit(main(arguments.folder, arguments.words))
