"""The payroll export of an approved period (CSV and XLSX, audited, formulas escaped) whose
totals reconcile with the ledger; and the money invariants, property-based: whatever order
the marks of desks working apart arrive in, the computed pay is the same and follows the
rounding rules, the ledger balances, and the payroll equals the posted entries."""

from __future__ import annotations

import csv
import sqlite3
import tempfile
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import func, insert, select

from prisondesk.db.engine import Database
from prisondesk.db.models import AttendanceMark, AuditEntry, LedgerEntry
from prisondesk.domain.ids import new_id
from prisondesk.domain.workshops import OUTCOMES, Outcome, half_sessions
from prisondesk.services.core.errors import PermissionDenied
from prisondesk.services.intake import movements
from prisondesk.services.intake.movements import MoveRequest
from prisondesk.services.workshops import attendance, ledger, pay, pay_views, payroll, rates
from prisondesk.services.workshops.marks import settle_all
from prisondesk.services.workshops.payroll import PayrollRefused
from prisondesk.services.workshops.periods import PayRefused
from prisondesk.services.workshops.rates import RateEntry
from tests.workshops.fixtures import allocated, audit_count, make_workshop, today
from tests.workshops.test_attendance import workdays_before
from tests.workshops.test_pay import HALF_DAYS


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def _tyiyn(text: object) -> int:
    return int(Decimal(str(text)) * 100)


@pytest.fixture
def approved(db, instructor, supervisor, complete, another):
    """Two prisoners who worked in a workshop named like a formula, paid and approved: the
    period's id."""
    now = today(db, supervisor)
    days = workdays_before(now, 2)
    workshop = make_workshop(db, supervisor, name="=HYPERLINK(1)")
    rates.add_rate(db, supervisor, RateEntry(workshop, "A", "session", 10_001, days[0]))
    rates.add_rate(db, supervisor, RateEntry(workshop, "B", "hour", 6_000, days[0]))
    start = days[0] - timedelta(days=7)
    _, first, _ = allocated(db, supervisor, complete().id, workshop_id=workshop, starts_on=start)
    _, second, _ = allocated(
        db, supervisor, another("Садыков"), workshop_id=workshop, starts_on=start, pay_band="B"
    )
    for day in days:
        attendance.mark(db, instructor, first, day, "full", "attended")
        attendance.mark(db, instructor, second, day, "full", "attended", minutes=90)
    period = pay.compute_period(db, supervisor, days[0], days[-1])
    return pay.approve_period(db, supervisor, period.id).id


def test_the_payroll_as_csv_reconciles_with_the_ledger(db, supervisor, approved, tmp_path):
    path = tmp_path / "payroll.csv"
    before = audit_count(db)
    assert payroll.export_payroll(db, supervisor, approved, path, "csv") == 3
    header, *rows, totals = _read_csv(path)
    assert header == list(payroll.COLUMNS)
    assert [row[1] for row in rows] == ["Асанов Бакыт Нурланович", "Садыков Бакыт Нурланович"]
    assert {row[2] for row in rows} == {"'=HYPERLINK(1)"}  # a formula is written as text
    assert rows[0][3:] == ["4", "0.00", "0", "200.02", "100.01", "100.01"]
    assert rows[1][3:] == ["4", "3.00", "0", "180.00", "90.00", "90.00"]  # 60 som an hour
    assert totals == ["TOTAL", "", "", "8", "3.00", "0", "380.02", "190.01", "190.01"]
    with db.read() as session:
        posted = ledger.posted_for(session, approved)
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.device_seq.desc())).first()
    assert (_tyiyn(totals[7]), _tyiyn(totals[8])) == (posted.spendable, posted.held)
    assert audit_count(db) == before + 1
    assert (entry.action, entry.entity, entry.after["rows"]) == ("export", "payroll", 3)


def test_the_payroll_as_xlsx(db, instructor, approved, tmp_path):
    path = tmp_path / "payroll.xlsx"
    payroll.export_payroll(db, instructor, approved, path, "xlsx")  # MANAGE_WORKSHOPS
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[-1][0] == "TOTAL" and Decimal(str(rows[-1][6])) == Decimal("380.02")
    assert rows[1][2] == "'=HYPERLINK(1)"


def test_a_period_not_approved_is_not_exported(db, instructor, supervisor, tmp_path):
    now = today(db, supervisor)
    period = pay.compute_period(db, supervisor, now - timedelta(days=3), now)
    path = tmp_path / "payroll.csv"
    with pytest.raises(PayrollRefused) as refused:
        payroll.export_payroll(db, supervisor, period.id, path, "csv")
    assert refused.value.reason == "not_approved" and not path.exists()


def test_a_payroll_that_does_not_reconcile_is_refused(db, supervisor, approved, tmp_path):
    with db.read() as session:
        entry = session.scalars(select(LedgerEntry).limit(1)).first()
        values = {c: getattr(entry, c) for c in LedgerEntry.data_columns()}
    with db.apply_remote() as session:  # a stray wage of the period, from who knows where
        session.execute(insert(LedgerEntry).values({**values, "id": new_id(), "hlc": "x"}))
    path, before = tmp_path / "payroll.csv", audit_count(db)
    with pytest.raises(PayrollRefused) as refused:
        payroll.export_payroll(db, supervisor, approved, path, "csv")
    assert refused.value.reason == "unreconciled" and not path.exists()
    assert audit_count(db) == before


def test_a_social_worker_does_not_export_the_payroll(db, social_worker, approved, tmp_path):
    with pytest.raises(PermissionDenied):
        payroll.export_payroll(db, social_worker, approved, tmp_path / "p.csv", "csv")


# -- the money invariants -------------------------------------------------------------------

# (workshop, band) -> (basis, [(first day offset, last day offset or None, tyiyn)]) with
# offsets into the period's days: band A of the leather workshop changes rate in the middle
RATES = {
    ("leather", "A"): ("session", [(-30, 3, 15_001), (4, None, 15_555)]),
    ("leather", "B"): ("hour", [(-30, None, 7_777)]),
    ("felt", "A"): ("piece", [(-30, None, 250)]),
    ("felt", "B"): ("session", [(-30, None, 3_333)]),
}
PLACES = (("leather", "A"), ("leather", "B"), ("felt", "A"), ("felt", "B"))
DAYS = 8


class Desks:
    """A template database (a facility, two workshops, four prisoners with places and
    rates) copied fresh for each order the marks arrive in."""

    def __init__(self, db, admin, instructor, supervisor, registrar, complete, another, folder):
        self.supervisor, self.registrar, self.folder = supervisor, registrar, folder
        self.instructor = instructor
        self.days = workdays_before(today(db, supervisor), DAYS)
        workshops = {
            "leather": make_workshop(db, supervisor),
            "felt": make_workshop(db, supervisor, name="Войлочный цех", sessions=HALF_DAYS),
        }
        self.rates: dict[tuple[str, str], list[tuple[date, date | None, str, int]]] = {}
        for (name, band), (basis, spans) in RATES.items():
            for first, last, amount in spans:
                start = self.days[0] + timedelta(days=first) if first < 0 else self.days[first]
                end = self.days[last] if last is not None else None
                rates.add_rate(
                    db, supervisor, RateEntry(workshops[name], band, basis, amount, start, end)
                )
                self.rates.setdefault((workshops[name], band), []).append(
                    (start, end, basis, amount)
                )
        people = [complete().id, *(another(s) for s in ("Садыков", "Исаков", "Мамытов"))]
        start = self.days[0] - timedelta(days=7)
        self.places: dict[str, tuple[str, str, str]] = {}  # allocation -> workshop, band, who
        self.slots: list[tuple[str, date, str]] = []
        for (name, band), prisoner in zip(PLACES, people, strict=True):
            workshop = workshops[name]
            _, allocation, _ = allocated(
                db, supervisor, prisoner, workshop_id=workshop, starts_on=start, pay_band=band
            )
            self.places[allocation] = (workshop, band, prisoner)
            parts = ("full",) if name == "leather" else ("morning", "afternoon")
            self.slots += [(allocation, day, part) for day in self.days for part in parts]
        with db.read() as session:
            self.facility_id = supervisor.facility_id
            self.template = session.get_bind().url.database
        self.copies = 0

    def fresh(self) -> Database:
        self.copies += 1
        path = Path(self.folder) / f"desk-{self.copies}.sqlite"
        source, target = sqlite3.connect(self.template), sqlite3.connect(path)
        with target:
            source.backup(target)
        source.close()
        target.close()
        return Database.open_sqlite(path)


def _mark_values():
    """A mark as a desk's register writes it: within the rules the service enforces."""

    def complete(outcome: Outcome) -> st.SearchStrategy[dict]:
        rule = OUTCOMES[outcome]
        return st.fixed_dictionaries(
            {
                "outcome": st.just(outcome.value),
                "paid": st.just(rule.paid),
                "minutes": st.integers(0, 480) if rule.paid else st.just(0),
                "pieces": st.integers(0, 40) if outcome == Outcome.ATTENDED else st.just(0),
                "note": st.just("причина" if rule.needs_note else ""),
                "after": st.integers(0, 3),  # minutes after the mark before it (ties happen)
            }
        )

    return st.sampled_from(list(Outcome)).flatmap(complete)


@st.composite
def _marks_of_two_desks(draw, desks: Desks) -> list[dict]:
    """Marks of a few sessions: desk A's mark and its corrections; maybe desk B's, made apart
    (its own first mark: a clash) or correcting A's first mark without seeing A's next."""
    chosen = draw(st.lists(st.sampled_from(desks.slots), min_size=1, max_size=6, unique=True))
    rows: list[dict] = []
    for allocation, day, part in chosen:
        workshop, _, prisoner = desks.places[allocation]
        moment = datetime.combine(day, time(9), UTC)
        session = {
            "facility_id": desks.facility_id,
            "workshop_id": workshop,
            "allocation_id": allocation,
            "prisoner_id": prisoner,
            "day": day,
            "part": part,
        }

        def chain(
            values: list[dict], supersedes: str | None, start: datetime, session=session
        ) -> list[dict]:
            made = []
            for value in values:
                start += timedelta(minutes=value["after"])
                row = {k: v for k, v in value.items() if k != "after"}
                made.append(
                    {
                        **row,
                        **session,
                        "id": new_id(),
                        "supersedes": supersedes,
                        "marked_at": start,
                        "hlc": "remote",
                        "origin_device": "desk",
                    }
                )
                supersedes = made[-1]["id"]
            return made

        desk_a = chain(draw(st.lists(_mark_values(), min_size=1, max_size=3)), None, moment)
        desk_b_values = draw(st.lists(_mark_values(), max_size=2))
        apart = draw(st.booleans())
        desk_b = chain(desk_b_values, None if apart else desk_a[0]["id"], moment)
        rows += desk_a + desk_b
    return rows


def _expected(desks: Desks, marks: list[dict]) -> dict[str, int]:
    """Each place's wage by the stated rules, from the marks themselves: of the marks no
    other supersedes, the latest (then greatest id); rate × count by day, each basis's sum
    rounded half up once."""
    superseded = {m["supersedes"] for m in marks if m["supersedes"]}
    sessions: dict[tuple, list[dict]] = defaultdict(list)
    for m in marks:
        if m["id"] not in superseded:
            sessions[(m["allocation_id"], m["day"], m["part"])].append(m)
    sums: dict[str, dict[str, Fraction]] = defaultdict(lambda: defaultdict(Fraction))
    for (allocation, day, part), heads in sessions.items():
        current = max(heads, key=lambda m: (m["marked_at"], m["id"]))
        if not current["paid"]:
            continue
        workshop, band, _ = desks.places[allocation]
        [(basis, amount)] = [
            (basis, amount)
            for start, end, basis, amount in desks.rates[(workshop, band)]
            if start <= day and (end is None or day <= end)
        ]
        count = {
            "session": Fraction(half_sessions(part), 2),
            "hour": Fraction(current["minutes"], 60),
            "piece": Fraction(current["pieces"]),
        }[basis]
        sums[allocation][basis] += amount * count
    return {
        allocation: sum(int(value + Fraction(1, 2)) for value in by_basis.values())
        for allocation, by_basis in sums.items()
    }


def _clashes(marks: list[dict]) -> set[tuple]:
    """The sessions whose marks no other supersedes disagree (outcome, minutes, pieces)."""
    superseded = {m["supersedes"] for m in marks if m["supersedes"]}
    heads: dict[tuple, set[tuple]] = defaultdict(set)
    for m in marks:
        if m["id"] not in superseded:
            heads[(m["allocation_id"], m["day"], m["part"])].add(
                (m["outcome"], m["minutes"], m["pieces"])
            )
    return {session for session, values in heads.items() if len(values) > 1}


def _correct_keeping_the_current_mark(db: Database, instructor) -> None:
    """What an instructor does with a clash the register flags: correct the mark that counts
    with its own values (the correction supersedes every mark left standing)."""
    with db.read() as session:
        stored = session.scalars(select(AttendanceMark)).all()
        clashing = [s.mark for s in settle_all(stored).values() if s.clash]
    for mark in clashing:
        attendance.correct(
            db, instructor, mark.id, mark.outcome, mark.minutes, mark.pieces, mark.note or "-"
        )


def _run(desks: Desks, marks: list[dict], payout_percent: int) -> tuple:
    """Apply the marks in this order to a fresh desk, run and approve the period, pay one
    prisoner out, export the payroll; check the invariants and return what was computed."""
    db = desks.fresh()
    try:
        with db.apply_remote() as session:
            for mark in marks:
                session.execute(insert(AttendanceMark).values(**mark))
        first, last = desks.days[0], desks.days[-1]
        clashing = _clashes(marks)
        if clashing:  # refused, with nothing written, until each clash is corrected
            with pytest.raises(PayRefused) as refused:
                pay.compute_period(db, desks.supervisor, first, last)
            assert refused.value.reason == "clash"
            assert refused.value.params["count"] == len(clashing)
            assert pay_views.periods(db, desks.supervisor) == []
            _correct_keeping_the_current_mark(db, desks.instructor)
        period = pay.compute_period(db, desks.supervisor, first, last)
        pay.approve_period(db, desks.supervisor, period.id)
        wages: dict[str, int] = defaultdict(int)
        for line in period.lines:
            wages[line.prisoner_id] += line.amount
            assert line.spendable + line.held == line.amount
        payouts: dict[str, int] = defaultdict(int)
        if period.lines:
            who = period.lines[0].prisoner_id
            amount = ledger.balance(db, desks.registrar, who).total * payout_percent // 100
            if amount > 0:  # on release: the part held until then is paid too
                movements.record_movement(db, desks.registrar, who, MoveRequest("release"))
                payouts[who] = ledger.pay_out_on_release(db, desks.registrar, who, amount).total
        for _, _, prisoner in desks.places.values():
            balance = ledger.balance(db, desks.registrar, prisoner)
            with db.read() as session:
                summed = session.scalar(
                    select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
                        LedgerEntry.prisoner_id == prisoner
                    )
                )
            assert balance.total == summed == balance.spendable + balance.held
            assert balance.total == wages[prisoner] - payouts[prisoner]
            assert balance.held >= 0 and balance.spendable >= 0
        path = Path(desks.folder) / f"payroll-{desks.copies}.csv"
        payroll.export_payroll(db, desks.supervisor, period.id, path, "csv")
        _, *rows, totals = _read_csv(path)
        with db.read() as session:
            posted = ledger.posted_for(session, period.id)
        assert (_tyiyn(totals[6]), _tyiyn(totals[7]), _tyiyn(totals[8])) == (
            posted.total,
            posted.spendable,
            posted.held,
        )
        assert sum(_tyiyn(row[6]) for row in rows) == posted.total == period.total
        return tuple(
            (line.allocation_id, line.half_sessions, line.minutes, line.pieces, line.amount)
            for line in sorted(period.lines, key=lambda line: line.allocation_id)
        )
    finally:
        db.dispose()


def test_the_ledger_balances_and_the_payroll_equals_it_whatever_order_desks_sync(
    db, admin, instructor, supervisor, registrar, complete, another, tmp_path
):
    folder = tempfile.mkdtemp(dir=tmp_path)
    desks = Desks(db, admin, instructor, supervisor, registrar, complete, another, folder)

    @settings(
        max_examples=20,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def property_(data):
        marks = data.draw(_marks_of_two_desks(desks), label="marks")
        arrived = data.draw(st.permutations(marks), label="another order")
        payout_percent = data.draw(st.integers(0, 100), label="payout %")
        computed = _run(desks, marks, payout_percent)
        assert _run(desks, list(arrived), payout_percent) == computed
        expected = _expected(desks, marks)
        assert {line[0]: line[4] for line in computed} == expected

    property_()
