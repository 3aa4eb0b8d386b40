"""Demo assessments, plans and case notes. The administrator has set the facility's own
assessment settings (a first assessment within three weeks of admission, after quarantine;
a wing suggested for each security level). What the desk did before today — first
assessments approved in the last months with their reviews now overdue, due soon or later,
their plans under way, eight weeks of case notes — is written as rows
(``assessment_history``: the services stamp every step with this moment and refuse past
review dates). Today's work goes through the services, as staff do it: the social worker, the
psychologist and a supervisor assess prisoners admitted weeks ago. Two are approved by the
supervisor, their plans built from the needs (on the first an action under way with its note,
one added by hand, the plan reviewed); one is approved at another level than the
instrument's, with the supervisor's reason; one made by the supervisor is approved by the
second supervisor (no one approves their own); one waits for approval, one is sent back with
the reason, one is a draft partly answered. After last week's fight, a prisoner's review is
brought forward and the prisoner reassessed (reason: an incident; the violence answers
changed), approved at a higher level. On the plans made before, an action is done and one
cancelled, each with its note, and a supervisor reviews a plan. Staff write the day's case
notes. Most prisoners admitted long ago still have no assessment: the due list shows them.

A run stopped part-way is made again whole on top of what it left: a prisoner with an
assessment is left as it is, and the settings the facility has are kept."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from prisondesk.db.engine import Database
from prisondesk.db.models import Assessment, Facility, LocalState, Prisoner, Wing
from prisondesk.domain.assessments import ActionStatus, NoteKind, ReviewReason, SecurityLevel
from prisondesk.domain.assessments import Visibility as Seen
from prisondesk.domain.clock import local, zone
from prisondesk.domain.instruments import Instrument, NeedCode, score
from prisondesk.domain.instruments import PlanAction as Kind
from prisondesk.domain.roles import Role
from prisondesk.domain.wire import utc_now
from prisondesk.services.assessments import (
    case_notes,
    instruments,
    plans,
    reading,
    settings,
    workflow,
)
from prisondesk.services.assessments.plans import ActionEntry
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.facility import facility_today
from prisondesk.services.demo.assessment_answers import answers_for
from prisondesk.services.demo.assessment_history import (
    HALF_YEAR,
    PROGRESS,
    PSYCHOLOGISTS,
    REVIEW_DAYS,
    Staff,
    take,
    write_history,
)
from prisondesk.services.demo.core import DEMO_WINGS, actor_with_role, staff_member

DONE_KEY = "demo_assessments_done"  # written last: a run without it stopped part-way
INSTRUMENT = "example-risk-needs"
SECOND_SUPERVISOR = "supervisor2"
FIRST_WITHIN_DAYS = 21
WINGS = {  # the wing suggested for each security level: the strictest first in the list
    SecurityLevel.HIGH: DEMO_WINGS[0],
    SecurityLevel.MEDIUM: DEMO_WINGS[1],
    SecurityLevel.LOW: DEMO_WINGS[2],
}
# today's first assessments: "planned" is approved and its plan made whole, "approved" has
# its plan built from the needs, "own" is the supervisor's, approved by the second one
TODAY = ("planned", "approved", "override", "own", "awaiting", "sent_back", "draft")
ASSESSORS = {"approved": "psychologist", "awaiting": "psychologist", "own": "chief"}
# answers of the example instrument: an escape long ago lifts the level to high by itself;
# a fight and a threat move the violence section
ESCAPED = {"escape.history": "escaped"}
FOUGHT = {"violence.assaults": "one", "violence.threats": "once"}
OVERRIDE = (
    "Побег совершён в 2009 году, по прошлому приговору; за этот срок нарушений нет, работает, "
    "характеристика положительная. Достаточно среднего уровня."
)
SENT_BACK = (
    "Ответ «нет» на вопрос об оружии не сходится с делом: в марте у него изъяли заточку "
    "(рапорт № 87). Проверьте раздел о насилии и отправьте снова."
)
BROUGHT_FORWARD = "Драка в отряде на прошлой неделе: оценка пересматривается досрочно."
INCIDENT = "Драка в отряде, рапорт № 214"
AFTER_INCIDENT_DAYS = 91  # watched more closely after the fight: reviewed in three months
UNDER_WAY = "План обсудили с осуждённым, он согласен; первая встреча назначена."
BY_HAND = {  # an action added by hand, of a kind the needs did not bring
    Kind.EDUCATION: "Курсы компьютерной грамотности при библиотеке",
    Kind.FAMILY_CONTACT: "Помочь написать письмо сестре в Ош",
    Kind.PSYCHOLOGIST: "Встреча с психологом перед свиданием с семьёй",
    Kind.RELEASE_PREPARATION: "Узнать в ГРС о замене паспорта",
}
REVIEWED = "План составлен вместе с осуждённым; пересмотр через три месяца."
CANCELLED = "Отменено: осуждённый отказался, беседа проведена; вернёмся к этому при пересмотре."
CHIEF_REVIEW = "Пересмотрено начальником отряда: сроки реальные, исполнитель назначен."
NOTES_TODAY = (  # (who, kind, who may read it, text)
    (
        "psychologist",
        NoteKind.HEALTH_REFERRAL,
        Seen.RESTRICTED,
        "Жалуется на бессонницу и тревогу перед судом по УДО; назначена встреча, медчасть "
        "предупреждена.",
    ),
    (
        "social",
        NoteKind.FAMILY,
        Seen.FILE,
        "Звонила сестра: семья переехала в Бишкек, новый адрес внесён в дело.",
    ),
    (
        "chief",
        NoteKind.POSITIVE,
        Seen.FILE,
        "Вызвался дежурить на кухне вместо заболевшего; справился хорошо.",
    ),
)


@dataclass
class _Desk:
    db: Database
    rng: random.Random
    instrument: Instrument
    today: date
    staff: Staff
    chief2: Actor  # the second supervisor: approves what the first one made


def fill_assessments(db: Database, rng: random.Random) -> int | None:
    """Returns the number of assessments made, or None when the demo has its assessments
    already."""
    with db.read() as session:
        if session.get(LocalState, DONE_KEY) is not None:
            return None
        facility = session.scalar(select(Facility).limit(1))
        assert facility is not None
        today = facility_today(session, facility.id)
    admin = actor_with_role(db, Role.ADMIN)
    staff = Staff(
        staff_member(db, admin, Role.SOCIAL_WORKER, rng),
        staff_member(db, admin, Role.PSYCHOLOGIST, rng),
        actor_with_role(db, Role.SUPERVISOR),
        actor_with_role(db, Role.REGISTRY_OFFICER),
    )
    chief2 = staff_member(db, admin, Role.SUPERVISOR, rng, SECOND_SUPERVISOR)
    desk = _Desk(db, rng, instruments.latest(INSTRUMENT), today, staff, chief2)
    _settings(desk, admin)
    tz = zone(facility.time_zone)
    candidates, held = _prisoners(desk, tz)
    history = write_history(db, rng, staff, desk.instrument, today, tz, candidates, held)
    made = history.assessments
    for story in TODAY:
        prisoner_id = take(rng, candidates, today - timedelta(days=FIRST_WITHIN_DAYS))
        if prisoner_id is None:
            break
        _assess(desk, story, prisoner_id)
        made += 1
    if history.incident is not None:
        _reassess(desk, history.incident)
        made += 1
    _plans_under_way(desk, history.plans)
    _notes(desk, held)
    with db.write(staff.chief.user_id) as session:
        session.add(LocalState(key=DONE_KEY, value=utc_now().isoformat()))
    return made


def _settings(desk: _Desk, admin: Actor) -> None:
    """The facility's own settings, unless it has them already."""
    if not settings.assessment_settings(desk.db, admin).example:
        return
    with desk.db.read() as session:
        wings = dict(
            session.execute(
                select(Wing.name, Wing.id).where(
                    Wing.facility_id == admin.facility_id, ~Wing.deleted
                )
            ).all()
        )
    chosen = {level.value: wings[name] for level, name in WINGS.items() if name in wings}
    settings.save_settings(desk.db, admin, FIRST_WITHIN_DAYS, chosen)


def _prisoners(desk: _Desk, tz: ZoneInfo) -> tuple[list[tuple[str, date]], list[str]]:
    """Held prisoners without an assessment, with their admission day; and every prisoner
    held, by number."""
    with desk.db.read() as session:
        assessed = select(Assessment.prisoner_id).where(~Assessment.deleted)
        rows = session.execute(
            select(Prisoner.id, Prisoner.admitted_at, Prisoner.id.in_(assessed))
            .where(Prisoner.status == "in_custody", ~Prisoner.deleted)
            .order_by(Prisoner.number)
        ).all()
    candidates = [
        (prisoner_id, local(admitted, tz).date())
        for prisoner_id, admitted, done in rows
        if admitted is not None and not done
    ]
    return candidates, [prisoner_id for prisoner_id, _, _ in rows]


def _assess(desk: _Desk, story: str, prisoner_id: str) -> None:
    """A first assessment as far as its story goes, and the plan of an approved one."""
    db, rng, staff = desk.db, desk.rng, desk.staff
    assessor = getattr(staff, ASSESSORS.get(story, "social"))
    level = {"override": "low", "own": "high"}.get(story) or rng.choice(["low", "medium"])
    answers = answers_for(desk.instrument, rng, level, rng.sample(list(NeedCode), 2))
    if story == "override":
        answers.update(ESCAPED)
    assessment = workflow.start(db, assessor, prisoner_id, INSTRUMENT, ReviewReason.INITIAL)
    if story == "draft":  # answered as far as the first sections
        workflow.save_answers(db, assessor, assessment, dict(list(answers.items())[:6]))
        return
    workflow.save_answers(db, assessor, assessment, answers)
    computed = score(desk.instrument, answers).level
    review = desk.today + timedelta(days=REVIEW_DAYS.get(computed, HALF_YEAR))
    workflow.submit(db, assessor, assessment, review)
    if story == "awaiting":
        return
    if story == "sent_back":
        workflow.send_back(db, staff.chief, assessment, SENT_BACK)
        return
    if story == "override":
        workflow.approve(db, staff.chief, assessment, "medium", OVERRIDE)
    else:
        workflow.approve(db, desk.chief2 if story == "own" else staff.chief, assessment)
    made = plans.actions_from_needs(db, staff.social, assessment)
    if story == "planned" and made:
        _whole_plan(desk, prisoner_id, made[0])


def _whole_plan(desk: _Desk, prisoner_id: str, first: str) -> None:
    """The first action under way (the psychologist's own if it is theirs), one added by
    hand, the plan reviewed."""
    db, social = desk.db, desk.staff.social
    plan = plans.plan(db, social, prisoner_id)
    kind = next(a.kind for a in plan.actions if a.id == first)
    owner = desk.staff.psychologist if kind in PSYCHOLOGISTS else social
    plans.update_action(db, social, first, status=ActionStatus.IN_PROGRESS, owner_id=owner.user_id)
    plans.add_progress(db, owner, first, UNDER_WAY)
    kinds = {a.kind for a in plan.actions}
    extra = next((k for k in BY_HAND if k not in kinds), None)
    if extra is not None:
        entry = ActionEntry(extra, desk.today + timedelta(days=120), description=BY_HAND[extra])
        plans.add_action(db, social, prisoner_id, entry)
    plans.review_plan(db, social, prisoner_id, REVIEWED, desk.today + timedelta(days=91))


def _reassess(desk: _Desk, prisoner_id: str) -> None:
    """The review brought forward after the fight, and the reassessment approved."""
    db, social, chief = desk.db, desk.staff.social, desk.staff.chief
    previous = reading.prisoner_assessments(db, social, prisoner_id)[0]
    before = reading.assessment_view(db, social, previous.id).answers
    workflow.change_review_date(db, social, previous.id, desk.today, BROUGHT_FORWARD)
    reason = ReviewReason.INCIDENT
    assessment = workflow.start(db, social, prisoner_id, INSTRUMENT, reason, INCIDENT)
    answers = answers_for(desk.instrument, desk.rng, "medium", start={**before, **FOUGHT})
    workflow.save_answers(db, social, assessment, answers)
    workflow.submit(db, social, assessment, desk.today + timedelta(days=AFTER_INCIDENT_DAYS))
    workflow.approve(db, chief, assessment)
    plans.actions_from_needs(db, social, assessment)


def _plans_under_way(desk: _Desk, prisoners: list[str]) -> None:
    """On the plans made before: an action under way is done, a planned one cancelled, each
    with its note; the supervisor reviews the second plan."""
    db, social, chief = desk.db, desk.staff.social, desk.staff.chief
    going = [(p, plans.plan(db, social, p).actions) for p in prisoners[:2]]
    under_way = [(p, a) for p, acts in going for a in acts if a.status == ActionStatus.IN_PROGRESS]
    if under_way:
        _, action = under_way[0]
        psychologist = desk.staff.psychologist
        owner = psychologist if action.owner_id == psychologist.user_id else social
        plans.update_action(db, owner, action.id, status=ActionStatus.DONE)
        plans.add_progress(db, owner, action.id, PROGRESS[Kind(action.kind)][1])
    waiting = [(p, a) for p, acts in going for a in acts if a.status == ActionStatus.PLANNED]
    if waiting:
        prisoner_id, action = waiting[-1]
        plans.update_action(db, social, action.id, status=ActionStatus.CANCELLED)
        plans.add_progress(db, social, action.id, CANCELLED)
        plans.review_plan(db, chief, prisoner_id, CHIEF_REVIEW, desk.today + timedelta(days=60))


def _notes(desk: _Desk, held: list[str]) -> None:
    """The day's case notes, each on someone held."""
    for who, kind, seen, text in NOTES_TODAY if held else ():
        writer = getattr(desk.staff, who)
        case_notes.write(desk.db, writer, desk.rng.choice(held), kind, seen, text)
