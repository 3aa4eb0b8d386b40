"""What the demo's assessment desk did before today, written as rows — the way intake writes
the admissions of the last three years — because the assessment services stamp every step
with this moment and refuse a review date or a target date in the past. In one audited
transaction (``demo_fill``), as the services would have recorded it at the time: first
assessments approved in the last months, each with its started, submitted and approved steps
and the classification its approval gave (the scores and level computed by the instrument,
the classification by the service's own function), their reviews now overdue, due soon or
later; their plans built from the needs a few days after, the older ones under way (actions
in progress or done, with progress notes; one plan reviewed three weeks ago, some targets
passed); and case notes of every kind over the last eight weeks, one prisoner's among them a
quarrel and then a fight, which today's reassessment answers (``demo/assessments.py``)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Assessment, AssessmentStep, CaseNote, PlanAction, PlanNote
from prisondesk.domain.assessments import ActionStatus, NoteKind, ReviewReason, Status, Step
from prisondesk.domain.assessments import Visibility as Seen
from prisondesk.domain.clock import from_local
from prisondesk.domain.instruments import NEED_ACTIONS, Instrument, NeedCode, score
from prisondesk.domain.instruments import PlanAction as Kind
from prisondesk.services.assessments.classification import classify
from prisondesk.services.assessments.plans import TARGET_DAYS
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor
from prisondesk.services.demo.assessment_answers import answers_for

# (story, level, days): a review overdue or due soon by that many days; "incident": approved
# low, then a quarrel and a fight (reassessed today); "later": reviewed some months ahead
PAST = (
    ("overdue", "medium", 12),
    ("overdue", "low", 33),
    ("due_soon", "low", 5),
    ("due_soon", "high", 11),
    ("incident", "low", 0),
    ("later", "medium", 0),
    ("later", "high", 0),
    ("later", "low", 0),
)
LEVELS = {"low": 5, "medium": 3, "high": 1}  # the levels of the others, by weight
REVIEW_DAYS = {"high": 91}  # a high level is reviewed after three months, the others six
HALF_YEAR = 182
N = NoteKind
NOTES = (  # (kind, who may read it, text): each once on someone, then at random
    (N.POSITIVE, Seen.FILE, "Помогал дежурным при разгрузке продуктов; вежлив, замечаний нет."),
    (N.POSITIVE, Seen.FILE, "Сдал зачёт в вечерней школе на «хорошо», учитель отмечает старание."),
    (
        N.POSITIVE,
        Seen.RESTRICTED,
        "Впервые сам заговорил о семье и о том, где будет работать после освобождения.",
    ),
    (
        N.CONCERN,
        Seen.RESTRICTED,
        "Замкнут, третий день не выходит на прогулку; соседи по камере говорят, что плохо спит.",
    ),
    (
        N.CONCERN,
        Seen.FILE,
        "Задолжал другим осуждённым за сигареты; возможен конфликт, начальник отряда предупреждён.",
    ),
    (N.INCIDENT, Seen.FILE, "При обыске в камере изъята самодельная зажигалка; рапорт составлен."),
    (N.INCIDENT, Seen.FILE, "Пререкался с контролёром на вечерней проверке; проведена беседа."),
    (N.FAMILY, Seen.FILE, "Жена сообщила по телефону о рождении дочери; просит свидание."),
    (N.FAMILY, Seen.RESTRICTED, "Мать тяжело больна; готовится ходатайство о длительном свидании."),
    (
        N.FAMILY,
        Seen.FILE,
        "Впервые за год получил письмо от брата; помогли с конвертом для ответа.",
    ),
    (
        N.HEALTH_REFERRAL,
        Seen.RESTRICTED,
        "Говорил, что жизнь потеряла смысл; направлен к психологу, смена предупреждена.",
    ),
    (N.HEALTH_REFERRAL, Seen.FILE, "Жалобы на зубную боль; направлен в медчасть к стоматологу."),
    (
        N.HEALTH_REFERRAL,
        Seen.RESTRICTED,
        "Просит помочь бросить насвай; направлен к психологу.",
    ),
)
QUARREL = (
    N.CONCERN,
    Seen.RESTRICTED,
    "Спорит с соседом по камере из-за места у окна; говорит, что тот его провоцирует.",
)
FIGHT = (
    N.INCIDENT,
    Seen.FILE,
    "Драка в отряде: ударил соседа по камере, у того ушиб скулы. Водворён в ШИЗО на 5 суток, "
    "рапорт № 214.",
)
PROGRESS = {  # what the owner writes of an action: under way, then done
    Kind.WORKSHOP_PLACE: ("Поставлен в лист ожидания войлочного цеха.", "Обучение пройдено."),
    Kind.EDUCATION: ("Зачислен в 8-й класс вечерней школы.", "Окончил 9 классов, аттестат."),
    Kind.PSYCHOLOGIST: ("Прошли три встречи, контакт есть.", "Консультации завершены."),
    Kind.FAMILY_CONTACT: ("Написал матери, ждёт ответа.", "Было свидание с матерью и сестрой."),
    Kind.SUBSTANCE_PROGRAMME: ("Ходит на группу по четвергам.", "Программа пройдена."),
    Kind.RELEASE_PREPARATION: ("Подано заявление на паспорт.", "Паспорт получен."),
}
PLAN_REVIEW = "План выполняется: школа и консультации идут, к свиданию с семьёй готовимся."
PSYCHOLOGISTS = {Kind.PSYCHOLOGIST, Kind.SUBSTANCE_PROGRAMME}  # the actions they own


@dataclass(frozen=True)
class Staff:
    social: Actor
    psychologist: Actor
    chief: Actor  # approves
    registrar: Actor  # writes case notes too


@dataclass
class History:
    """What the past left for today's work."""

    assessments: int = 0
    incident: str | None = None  # the prisoner reassessed today after the fight
    plans: list[str] = field(default_factory=list)  # prisoners with actions open, oldest first


@dataclass
class _Book:
    """The history being written: one transaction, the instrument, the facility's days."""

    session: Session
    rng: random.Random
    staff: Staff
    instrument: Instrument
    today: date
    tz: ZoneInfo
    counts: dict[str, int] = field(default_factory=dict)

    def at(self, day: date, hour: int) -> datetime:
        return from_local(datetime.combine(day, time(hour, self.rng.randint(0, 59))), self.tz)

    def count(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1


def write_history(
    db: Database,
    rng: random.Random,
    staff: Staff,
    instrument: Instrument,
    today: date,
    tz: ZoneInfo,
    candidates: list[tuple[str, date]],
    held: list[str],
) -> History:
    """The past assessments, plans and case notes, on ``candidates`` (held prisoners without
    an assessment, with their admission day: those used are taken off the list) and case
    notes on any of the ``held``."""
    history = History()
    wanted = max(len(PAST), len(candidates) // 10)
    stories = [*PAST, *(("later", _level(rng), 0) for _ in range(wanted - len(PAST)))]
    with db.write(staff.chief.user_id) as session:
        book = _Book(session, rng, staff, instrument, today, tz)
        noted: list[str] = []
        for story, level, days in stories:
            review, approved_on = _dates(book, story, level, days)
            prisoner_id = take(rng, candidates, approved_on - timedelta(days=14))
            if prisoner_id is None:
                continue
            assessment = _approved(book, prisoner_id, level, approved_on, review)
            noted.append(prisoner_id)
            if story == "incident":
                history.incident = prisoner_id
                _note(book, prisoner_id, QUARREL, today - timedelta(days=9))
                _note(book, prisoner_id, FIGHT, today - timedelta(days=6))
            if _plan(book, assessment, reviewed=not history.plans):
                history.plans.append(prisoner_id)
        _notes(book, noted, held)
        history.assessments = book.counts.get("assessments", 0)
        if book.counts:
            audit.record(
                session, db, staff.chief, "demo_fill", "assessment", None, after=book.counts
            )
    return history


def _level(rng: random.Random) -> str:
    return rng.choices(list(LEVELS), list(LEVELS.values()))[0]


def _dates(book: _Book, story: str, level: str, days: int) -> tuple[date, date]:
    """The review day and the day of the approval that set it."""
    interval = REVIEW_DAYS.get(level, HALF_YEAR)
    if story == "overdue":
        review = book.today - timedelta(days=days)
    elif story == "due_soon":
        review = book.today + timedelta(days=days)
    else:  # approved 3 weeks to 5 months ago, the review well ahead
        review = book.today + timedelta(days=book.rng.randint(25, interval - 21))
    return review, review - timedelta(days=interval)


def take(rng: random.Random, candidates: list[tuple[str, date]], by: date) -> str | None:
    """A prisoner admitted by ``by``, taken off the list."""
    fit = [n for n, (_, admitted) in enumerate(candidates) if admitted <= by]
    return candidates.pop(rng.choice(fit))[0] if fit else None


def _approved(book: _Book, prisoner_id: str, level: str, day: date, review: date) -> Assessment:
    """A first assessment approved on ``day``, its steps and classification, as
    ``workflow`` records them."""
    rng, staff, instrument = book.rng, book.staff, book.instrument
    assessor = staff.psychologist if rng.random() < 0.3 else staff.social
    needs = rng.sample(list(NeedCode), rng.randint(1, 3))
    answers = answers_for(instrument, rng, level, needs)
    result = score(instrument, answers)
    submitted = book.at(day - timedelta(days=rng.randint(1, 2)), 15)
    started = book.at(submitted.date() - timedelta(days=rng.randint(0, 5)), 10)
    approved = book.at(day, 11)
    assessment = Assessment(
        facility_id=staff.chief.facility_id,
        prisoner_id=prisoner_id,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        instrument_digest=instrument.digest,
        reason=ReviewReason.INITIAL.value,
        reason_note="",
        previous_id=None,
        status=Status.APPROVED.value,
        answers=answers,
        section_scores=dict(result.sections),
        total=result.total,
        computed_level=result.level,
        needs=[need.value for need in result.needs],
        level=result.level,
        override_reason="",
        next_review_on=review,
        assessor_id=assessor.user_id,
        started_at=started,
        approved_by=staff.chief.user_id,
        approved_at=approved,
        deleted=False,
    )
    book.session.add(assessment)
    book.session.flush()
    levels = {"computed": result.level, "level": result.level}
    for step, who, moment, details in (
        (Step.STARTED, assessor, started, {}),
        (Step.SUBMITTED, assessor, submitted, {"level": result.level}),
        (Step.APPROVED, staff.chief, approved, levels),
    ):
        book.session.add(
            AssessmentStep(
                facility_id=assessment.facility_id,
                prisoner_id=prisoner_id,
                assessment_id=assessment.id,
                step=step.value,
                reason="",
                details=details,
                taken_by=who.user_id,
                taken_at=moment,
            )
        )
    classify(book.session, staff.chief, assessment, instrument, approved)
    book.count("assessments")
    return assessment


def _plan(book: _Book, assessment: Assessment, reviewed: bool) -> bool:
    """The plan built from the needs a few days after the approval, as far as it has come
    since; reviewed three weeks ago if asked and old enough. True if an action is open."""
    rng, staff = book.rng, book.staff
    approved = assessment.approved_at
    assert approved is not None
    made = approved.date() + timedelta(days=rng.randint(1, 3))
    age = (book.today - made).days
    opened = False
    for n, need in enumerate(assessment.needs):
        kind = NEED_ACTIONS[NeedCode(need)]
        owner = staff.psychologist if kind in PSYCHOLOGISTS else staff.social
        # the oldest plans have an action done and one under way; younger ones one under way
        done = age > 60 and n == 0
        going = (age > 60 and n == 1) or (20 < age <= 60 and n == 0)
        status = ActionStatus.DONE if done else ActionStatus.IN_PROGRESS if going else None
        action = PlanAction(
            facility_id=assessment.facility_id,
            prisoner_id=assessment.prisoner_id,
            assessment_id=assessment.id,
            need=need,
            kind=kind.value,
            description="",
            owner_id=owner.user_id,
            target_on=made + timedelta(days=TARGET_DAYS),
            status=(status or ActionStatus.PLANNED).value,
            workshop_id=None,
            created_by=staff.social.user_id,
            created_at=book.at(made, 14),
            deleted=False,
        )
        book.session.add(action)
        book.session.flush()
        book.count("plan_actions")
        opened = opened or status != ActionStatus.DONE
        if status is None:
            continue
        under_way, finished = PROGRESS[kind]
        halfway = made + timedelta(days=rng.randint(7, min(age - 2, 30)))
        _progress(book, action, owner, under_way, halfway)
        if done:
            _progress(
                book, action, owner, finished, book.today - timedelta(days=rng.randint(3, 20))
            )
    if reviewed and age > 40:
        book.session.add(
            PlanNote(
                facility_id=assessment.facility_id,
                prisoner_id=assessment.prisoner_id,
                action_id=None,
                text=PLAN_REVIEW,
                next_review_on=book.today + timedelta(days=40),
                written_by=staff.social.user_id,
                written_at=book.at(book.today - timedelta(days=21), 16),
            )
        )
        book.count("plan_reviews")
    return opened


def _progress(book: _Book, action: PlanAction, owner: Actor, text: str, day: date) -> None:
    book.session.add(
        PlanNote(
            facility_id=action.facility_id,
            prisoner_id=action.prisoner_id,
            action_id=action.id,
            text=text,
            next_review_on=None,
            written_by=owner.user_id,
            written_at=book.at(day, 15),
        )
    )
    book.count("progress_notes")


def _notes(book: _Book, assessed: list[str], held: list[str]) -> None:
    """Every kind of note once, on the assessed first, then a note for about one prisoner
    in four, over the last eight weeks."""
    rng = book.rng
    if not held:
        return
    first = [*assessed, *rng.sample(held, k=min(len(held), len(NOTES)))]
    for template, prisoner_id in zip(NOTES, first, strict=False):
        _note(book, prisoner_id, template, book.today - timedelta(days=rng.randint(1, 56)))
    for _ in range(len(held) // 4 - len(NOTES)):
        day = book.today - timedelta(days=rng.randint(1, 56))
        _note(book, rng.choice(held), rng.choice(NOTES), day)


def _note(book: _Book, prisoner_id: str, template: tuple[str, str, str], day: date) -> None:
    kind, seen, text = template
    staff = book.staff
    writers = {
        N.POSITIVE: (staff.chief, staff.social, staff.registrar),
        N.CONCERN: (staff.social, staff.psychologist),
        N.INCIDENT: (staff.chief,),
        N.FAMILY: (staff.social, staff.registrar),
        N.HEALTH_REFERRAL: (staff.psychologist, staff.social),
    }[NoteKind(kind)]
    book.session.add(
        CaseNote(
            facility_id=staff.chief.facility_id,
            prisoner_id=prisoner_id,
            kind=str(kind),
            visibility=str(seen),
            text=text,
            written_by=book.rng.choice(writers).user_id,
            written_at=book.at(day, book.rng.randint(9, 17)),
        )
    )
    book.count("case_notes")
