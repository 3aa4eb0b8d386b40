"""Importing the registers kept today (CSV or XLSX) and exporting the registry.

Columns are recognised by header, in Russian or English (``HEADERS``); dates may be written
dd.mm.yyyy or yyyy-mm-dd. Every row is checked by the same rules as an admission; a file with
a bad row imports nothing unless the caller asks to skip bad rows, and every bad row is named
by its line and reason. Imported prisoners count as admitted; the parts a legacy register lacks
(injury examination, contacts, rights) show up in the compliance list.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, Movement, Prisoner, Wing
from prisondesk.domain.clock import local, local_noon, local_today, zone
from prisondesk.domain.errors import UserFacingError
from prisondesk.domain.ids import new_id
from prisondesk.domain.numbers import is_prisoner_number, prisoner_number
from prisondesk.domain.roles import Permission
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor
from prisondesk.services.core.spreadsheets import write_table
from prisondesk.services.core.validate import optional_text
from prisondesk.services.intake import admissions, rules, search

# canonical column -> header spellings accepted (compared case-insensitively, spaces trimmed)
HEADERS: dict[str, tuple[str, ...]] = {
    "number": ("number", "prisoner number", "номер", "личный номер", "№ дела"),
    "surname": ("surname", "last name", "фамилия"),
    "given_name": ("given name", "first name", "name", "имя"),
    "patronymic": ("patronymic", "middle name", "отчество"),
    "date_of_birth": ("date of birth", "birth date", "дата рождения"),
    "sex": ("sex", "пол"),
    "pin": ("pin", "пин", "персональный номер"),
    "citizenship": ("citizenship", "гражданство"),
    "wing": ("wing", "блок", "отряд"),
    "cell": ("cell", "камера"),
    "regime": ("regime", "режим"),
    "admitted": ("admitted", "admission date", "дата поступления", "дата прибытия"),
    "authority": ("court", "authority", "суд", "орган"),
    "decision_number": ("decision number", "sentence number", "номер приговора", "номер решения"),
    "decision_date": ("decision date", "sentence date", "дата приговора", "дата решения"),
    "articles": ("articles", "статьи", "статья"),
    "status": ("status", "статус", "состояние"),
}
# a register row is someone held now; those who have left come with their own history
IN_CUSTODY_WORDS = {"", "in_custody", "in custody", "содержится", "at_court"}
REQUIRED = ("surname", "given_name", "date_of_birth", "sex")
SEX_WORDS = {
    "м": "male",
    "муж": "male",
    "мужской": "male",
    "male": "male",
    "m": "male",
    "ж": "female",
    "жен": "female",
    "женский": "female",
    "female": "female",
    "f": "female",
}
REGIME_WORDS = {
    "общий": "general",
    "строгий": "strict",
    "особый": "special",
    "колония-поселение": "settlement",
    "сизо": "remand",
    **{r: r for r in admissions.REGIMES},
}
EXPORT_COLUMNS = (
    "number",
    "surname",
    "given_name",
    "patronymic",
    "date_of_birth",
    "sex",
    "pin",
    "citizenship",
    "wing",
    "cell",
    "regime",
    "status",
    "admitted",
    "release_date",
)


class RegisterFileError(UserFacingError):
    """The file as a whole cannot be read (not CSV/XLSX, no header, missing columns)."""


@dataclass(frozen=True)
class BadRow:
    line: int
    column: str
    reason: str
    values: dict[str, str]


@dataclass
class ImportReport:
    rows: int = 0
    imported: int = 0
    bad: list[BadRow] = field(default_factory=list)


def _normalise_header(text: object) -> str:
    return " ".join(str(text or "").replace("_", " ").split()).casefold()


def _column_map(header: list[object]) -> dict[int, str]:
    known = {spelling: column for column, spellings in HEADERS.items() for spelling in spellings}
    mapping = {
        i: known[_normalise_header(h)]
        for i, h in enumerate(header)
        if _normalise_header(h) in known
    }
    missing = [c for c in REQUIRED if c not in mapping.values()]
    if missing:
        raise RegisterFileError(
            "The file has no column for: {missing}. Accepted headers: {help}.",
            missing=", ".join(missing),
            help="; ".join(f"{c}: {', '.join(HEADERS[c])}" for c in missing),
        )
    return mapping


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, {column: text}) for every non-empty row under the header."""
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise RegisterFileError(
                "{name} is not a readable XLSX file ({error}).", name=path.name, error=str(exc)
            ) from None
        lines = ((n, list(r)) for n, r in enumerate(book.active.iter_rows(values_only=True), 1))
    else:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            text = path.read_text(encoding="cp1251")  # registers saved by older Excel
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
        except csv.Error:
            dialect = csv.excel  # one column, or no separator found: read it plainly
        lines = enumerate(csv.reader(io.StringIO(text), dialect), 1)
    header_line = next(lines, None)
    if header_line is None:
        raise RegisterFileError("{name} is empty.", name=path.name)
    mapping = _column_map(header_line[1])
    for number, raw in lines:
        values = {column: _cell_text(raw[i]) for i, column in mapping.items() if i < len(raw)}
        if any(values.values()):
            yield number, values


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _date(text: str, column: str) -> date | None:
    if not text:
        return None
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"{column}: “{text}” is not a date (dd.mm.yyyy or yyyy-mm-dd)")


@dataclass
class _Checked:
    values: dict
    admitted: date | None


def _check(
    values: dict[str, str], wings: dict[str, str], today: date, facility_code: str
) -> _Checked:
    """The row's prisoner fields, or ValueError('column: reason')."""
    try:
        checked = {
            "surname": rules.person_name(values.get("surname"), "surname"),
            "given_name": rules.person_name(values.get("given_name"), "given_name"),
            "patronymic": rules.person_name(values.get("patronymic"), "patronymic", required=False),
            "date_of_birth": rules.birth_date(
                _date(values.get("date_of_birth", ""), "date_of_birth"), today
            ),
            "pin": rules.pin_number(values.get("pin")),
            "citizenship": optional_text(values.get("citizenship"), "citizenship", 100),
            "cell": optional_text(values.get("cell"), "cell", 20),
            "authority": optional_text(values.get("authority"), "authority", 200),
            "decision_number": optional_text(values.get("decision_number"), "decision_number", 100),
            "decision_date": rules.past_date(
                _date(values.get("decision_date", ""), "decision_date"), today, "decision_date"
            ),
            "articles": optional_text(values.get("articles"), "articles", 300),
        }
    except UserFacingError as problem:
        raise ValueError(f"{problem.field}: {problem}") from None
    sex = SEX_WORDS.get(values.get("sex", "").strip().casefold())
    if sex is None:
        raise ValueError(f"sex: “{values.get('sex', '')}” is not м/ж or male/female")
    checked["sex"] = sex
    wing_text = values.get("wing", "").strip()
    if wing_text and wing_text.casefold() not in wings:
        raise ValueError(f"wing: no wing “{wing_text}” in this facility")
    checked["wing_id"] = wings.get(wing_text.casefold())
    regime = values.get("regime", "").strip().casefold()
    if regime and regime not in REGIME_WORDS:
        raise ValueError(f"regime: “{values['regime']}” is not a known regime")
    checked["regime"] = REGIME_WORDS.get(regime, "")
    try:
        admitted = rules.past_date(_date(values.get("admitted", ""), "admitted"), today, "admitted")
    except UserFacingError as problem:
        raise ValueError(f"{problem.field}: {problem}") from None
    if admitted and admitted < checked["date_of_birth"]:
        raise ValueError("admitted: the admission comes before the date of birth")
    if values.get("status", "").strip().casefold() not in IN_CUSTODY_WORDS:
        raise ValueError(
            f"status: “{values['status']}”: only people held now are imported, not those who left"
        )
    number = values.get("number", "").strip().upper()
    if number and not is_prisoner_number(number, facility_code):
        shown = "".join(c if c.isprintable() else "\ufffd" for c in number[:40])
        raise ValueError(
            f"number: “{shown}” is not a number of this facility "
            f"({prisoner_number(facility_code, 'K7Q', 42)}); leave it empty to number the row"
        )
    checked["number"] = number
    return _Checked(checked, admitted)


def import_prisoners(
    db: Database, actor: Actor, path: Path, *, dry_run: bool = False, skip_bad: bool = False
) -> ImportReport:
    report = ImportReport()
    today = None  # the facility's calendar, read below
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.EDIT_PRISONERS)
        facility = session.get(Facility, actor.facility_id)
        tz = zone(facility.time_zone if facility else None)
        today = local_today(tz)
        wings = {
            w.name.casefold(): w.id
            for w in session.scalars(
                select(Wing).where(Wing.facility_id == actor.facility_id, ~Wing.deleted)
            )
        }
        known_pins = set(session.scalars(select(Prisoner.pin).where(Prisoner.pin != "")))
        known_numbers = set(session.scalars(select(Prisoner.number)))
        good: list[_Checked] = []
        for line, values in read_rows(path):
            report.rows += 1
            try:
                checked = _check(values, wings, today, facility.code)
                pin, number = checked.values["pin"], checked.values["number"]
                if pin and pin in known_pins:
                    raise ValueError(f"pin: {pin} is already registered (or repeated in the file)")
                if number and number in known_numbers:
                    raise ValueError(f"number: {number} is already used")
            except ValueError as problem:
                column, _, reason = str(problem).partition(": ")
                report.bad.append(BadRow(line, column, reason, values))
                continue
            known_pins.add(pin)
            if not number:  # numbered now, so that it cannot collide with a later row's number
                number = admissions.next_prisoner_number(session, db, facility.code)
                while number in known_numbers:
                    number = admissions.next_prisoner_number(session, db, facility.code)
                checked.values["number"] = number
            known_numbers.add(number)
            good.append(checked)
        if dry_run or (report.bad and not skip_bad) or not good:
            session.rollback()
            return report
        _insert_all(session, facility, good, tz)
        report.imported = len(good)
        audit.record(
            session,
            db,
            actor,
            "import",
            "prisoner",
            None,
            after={"file": path.name, "imported": len(good), "skipped": len(report.bad)},
        )
    return report


def _insert_all(session: Session, facility: Facility, rows: list[_Checked], tz: ZoneInfo) -> None:
    """All good rows in one flush, their search keys in one batch (10,000 rows in seconds)."""
    prisoners, moves = [], []
    for checked in rows:
        values = dict(checked.values)
        moment = local_noon(checked.admitted, tz) if checked.admitted else None
        prisoner = Prisoner(
            id=new_id(),
            facility_id=facility.id,
            status="in_custody",
            admitted_at=moment,
            deleted=False,
            **values,
        )
        prisoners.append(prisoner)
        if moment is not None:
            moves.append(
                Movement(
                    prisoner_id=prisoner.id,
                    facility_id=facility.id,
                    kind="admission",
                    occurred_at=moment,
                    wing_id=prisoner.wing_id,
                    cell=prisoner.cell,
                    reason="imported from a register",
                )
            )
    session.add_all(prisoners)
    session.flush()  # the prisoners exist before their movements refer to them
    session.add_all(moves)
    search.index_prisoners(session, prisoners)


def write_bad_rows(report: ImportReport, path: Path) -> None:
    """The refused rows with their line and reason, to correct and import again."""
    columns = list(HEADERS)
    write_table(
        path,
        "csv",
        ["line", "column", "reason", *columns],
        (
            [bad.line, bad.column, bad.reason, *(bad.values.get(c, "") for c in columns)]
            for bad in report.bad
        ),
    )


def export_prisoners(db: Database, actor: Actor, path: Path, fmt: str) -> int:
    with db.write(actor.user_id) as session:  # every name, birth date and PIN: audited
        verify_actor(session, actor, Permission.EXPORT_REGISTRY)
        rows = session.execute(
            select(Prisoner, Wing.name)
            .outerjoin(Wing, Wing.id == Prisoner.wing_id)
            .where(~Prisoner.deleted)
            .order_by(Prisoner.surname, Prisoner.given_name)
        )
        facility = session.get(Facility, actor.facility_id)
        tz = zone(facility.time_zone if facility else None)
        # written inside the transaction: no file without its audit entry, and none the other way
        count = write_table(
            path,
            fmt,
            EXPORT_COLUMNS,
            ([_export_value(p, wing, c, tz) for c in EXPORT_COLUMNS] for p, wing in rows),
            sheet="prisoners",
        )
        audit.record(
            session,
            db,
            actor,
            "export",
            "prisoner",
            None,
            after={"file": path.name, "rows": count},
        )
    return count


def _export_value(prisoner: Prisoner, wing: str | None, column: str, tz: ZoneInfo) -> object:
    if column == "wing":
        return wing or ""
    if column == "admitted":  # the facility's calendar day, not the UTC one
        return local(prisoner.admitted_at, tz).date().isoformat() if prisoner.admitted_at else ""
    value = getattr(prisoner, column)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value
