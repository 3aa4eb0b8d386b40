"""Screenshots of the printed individual rehabilitation plan, in Russian and Kyrgyz, made from
the demo's people: a social worker builds the plan of a prisoner whose approved assessment
found needs for education, work, family ties and preparation for release, adds a meeting
with the psychologist, marks what has started and what is done, reviews the plan, and prints
it for the prisoner to keep.

    .venv/bin/python tools/plan_screenshots.py [folder] [--words new-words.tsv]

No display is needed: the plan is a PDF, and its first page is rendered to PNG (the blank
foot cut off). PNG files go to docs/screenshots (or the folder given). ``--words`` takes a
tab-separated file (context, source, ru, ky, with a header line) of the words the
catalogues do not hold yet, so that new words can be seen before ``make translations``.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

import pypdfium2
from PIL import ImageOps
from sqlalchemy import select

from prisondesk.config import Paths
from prisondesk.db.models import Assessment, Prisoner
from prisondesk.domain.clock import local_today, zone
from prisondesk.printing.assessments.plan import plan_pdf
from prisondesk.printing.documents import Translate
from prisondesk.services.assessments import documents, instruments, plans, workflow
from prisondesk.services.assessments.plans import ActionEntry
from prisondesk.services.core import facility, users
from prisondesk.services.demo import DEMO_PASSWORD, fill_demo
from prisondesk.services.store import open_store
from prisondesk.ui.i18n import paper_translate

EXAMPLE = "example-risk-needs"
NEEDS = ("education", "work", "family", "release")  # the example's sections found wanting


def words(language: str, extra: Path | None) -> Translate:
    """The catalogue of ``language``, with ``extra``'s words over it."""
    catalogue = paper_translate(language)
    if extra is None or language == "en":
        return catalogue
    with extra.open(encoding="utf-8", newline="") as rows:
        table = {
            (row["context"], row["source"]): row[language]
            for row in csv.DictReader(rows, delimiter="\t")
        }
    return lambda context, text: table.get((context, text)) or catalogue(context, text)


def answers() -> dict[str, str]:
    """The example answered with its lowest options, the needs' sections at their highest."""
    instrument = instruments.latest(EXAMPLE)
    chosen = {item.id: min(item.options, key=lambda o: o.score).code for item in instrument.items()}
    for section in instrument.sections:
        if section.id in NEEDS:
            for item in section.items:
                chosen[item.id] = max(item.options, key=lambda o: o.score).code
    return chosen


def build_plan(store) -> str:
    """A demo prisoner's plan, as a social worker builds it with a supervisor; their id."""
    worker = users.authenticate(store, "social_worker", DEMO_PASSWORD)
    psychologist = users.authenticate(store, "psychologist", DEMO_PASSWORD)
    instructor = users.authenticate(store, "instructor", DEMO_PASSWORD)
    chief = users.authenticate(store, "supervisor", DEMO_PASSWORD)
    with store.read() as session:
        # one the demo has not assessed, so that the plan is this one's alone
        assessed = select(Assessment.prisoner_id)
        prisoner = session.scalar(
            select(Prisoner.id)
            .where(Prisoner.id.not_in(assessed), Prisoner.number.is_not(None))
            .order_by(Prisoner.number)
            .limit(1)
        )
    info = facility.current_facility(store)
    today = local_today(zone(info.time_zone if info else None))  # the facility's day
    assessment = workflow.start(store, worker, prisoner, EXAMPLE, "initial")
    workflow.save_answers(store, worker, assessment, answers())
    workflow.submit(store, worker, assessment, today + timedelta(days=180))
    workflow.approve(store, chief, assessment)
    actions = (
        ("education", "education", worker, 75, "Вечерняя школа при учреждении, 9 класс"),
        ("workshop_place", "work_skills", instructor, 60, "Столярная мастерская, курс столяра"),
        ("family_contact", "family_ties", worker, 30, "Найти сестру в Оше, оформить свидание"),
        ("psychologist", "", psychologist, 14, "Встречи раз в две недели"),
        ("release_preparation", "release_preparation", worker, 150, "Восстановить паспорт"),
    )
    made = {
        kind: plans.add_action(
            store,
            worker,
            prisoner,
            ActionEntry(kind, today + timedelta(days=days), who.user_id, text, need),
        )
        for kind, need, who, days, text in actions
    }
    plans.update_action(store, worker, made["education"], status="in_progress")
    plans.update_action(store, worker, made["family_contact"], status="in_progress")
    plans.update_action(store, worker, made["psychologist"], status="done")
    plans.review_plan(store, worker, prisoner, "План обсуждён", today + timedelta(days=90))
    return prisoner


def main(folder: Path, extra: Path | None) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        paths = Paths.resolve(home)
        paths.ensure()
        store, _ = open_store(paths.database, paths.backups)
        fill_demo(store, prisoners=12)
        prisoner = build_plan(store)
        worker = users.authenticate(store, "social_worker", DEMO_PASSWORD)
        doc = documents.plan_document(store, worker, prisoner)
        for language in ("ru", "ky"):
            pdf = pypdfium2.PdfDocument(plan_pdf(doc, words(language, extra)))
            image = pdf[0].render(scale=1.5).to_pil()
            foot = ImageOps.invert(image.convert("L")).getbbox()[3] + 60
            name = folder / f"assessment-plan-{language}.png"
            image.crop((0, 0, image.width, min(foot, image.height))).save(name)
            print(name, f"({len(pdf)} page{'s' if len(pdf) > 1 else ''})")
        store.dispose()
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--words", type=Path, help="context, source, ru, ky (TSV)")
    arguments = parser.parse_args()
    sys.exit(main(arguments.folder, arguments.words))
