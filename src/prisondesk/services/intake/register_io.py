"""Importing the registers kept today (CSV or XLSX) and exporting the registry.

Columns are recognised by header, in Russian or English (``HEADERS``); dates may be written
dd.mm.yyyy or yyyy-mm-dd. Every row is checked by the same rules as an admission; a file with
a bad row imports nothing unless the caller asks to skip bad rows, and every bad row is named
by its line and reason. Imported prisoners count as admitted; the parts a legacy register lacks
(injury examination, contacts, rights) show up in the compliance list.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import charset_normalizer
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import Facility, Movement, Prisoner, Wing
from prisondesk.domain.clock import local, local_noon, local_today, zone
from prisondesk.domain.errors import UserFacingError
from prisondesk.domain.ids import new_id
from prisondesk.domain.numbers import device_tag, is_prisoner_number, prisoner_number
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
    """(line number, {column: text}) for every non-empty row under the header, read as the
    rows are wanted: a register of a million rows is never held in memory."""
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise RegisterFileError(
                "{name} is not a readable XLSX file ({error}).", name=path.name, error=str(exc)
            ) from None
        try:
            rows = ((n, list(r)) for n, r in enumerate(book.active.iter_rows(values_only=True), 1))
            yield from _mapped(rows, path)
        finally:
            book.close()
        return
    with path.open(encoding=_encoding_of(path), newline="") as handle:
        try:
            sample = handle.read(4096).replace("\r\n", "\n")  # the sniffer reads lines by \n
            dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
        except csv.Error:
            dialect = csv.excel  # one column, or no separator found: read it plainly
        except UnicodeDecodeError:
            raise _undecodable(path) from None
        handle.seek(0)
        try:
            yield from _mapped(enumerate(csv.reader(handle, dialect), 1), path)
        except UnicodeDecodeError:  # a byte further on that the detected encoding lacks
            raise _undecodable(path) from None


def _mapped(
    lines: Iterator[tuple[int, list[object]]], path: Path
) -> Iterator[tuple[int, dict[str, str]]]:
    header_line = next(lines, None)
    if header_line is None:
        raise RegisterFileError("{name} is empty.", name=path.name)
    mapping = _column_map(header_line[1])
    for number, raw in lines:
        values = {column: _cell_text(raw[i]) for i, column in mapping.items() if i < len(raw)}
        if any(values.values()):
            yield number, values


# Registers come from Excel and older programs: UTF-8 (with or without a BOM), UTF-16
# ("Unicode text"), Windows' Cyrillic CP1251 and DOS's CP866. charset-normalizer tells them
# apart from the first part of the file.
ENCODINGS = ["utf_8", "utf_16", "cp1251", "cp866"]
DETECT_BYTES = 256 * 1024


def _encoding_of(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(DETECT_BYTES)
    if len(head) == DETECT_BYTES and not head.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        head = head[: head.rfind(b"\n") + 1] or head  # never a character cut in two
    found = charset_normalizer.from_bytes(head, cp_isolation=ENCODINGS).best()
    if found is None:
        raise _undecodable(path)
    if found.encoding == "utf_8":
        return "utf-8-sig"  # reads a BOM if there is one
    return found.encoding


def _undecodable(path: Path) -> RegisterFileError:
    return RegisterFileError(
        "{name} is not text in UTF-8, UTF-16, CP1251 or CP866: save it from Excel as "
        "“CSV UTF-8” or as XLSX.",
        name=path.name,
    )


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


BATCH = 2000  # rows checked, numbered and written together


def import_prisoners(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import a register in one transaction: all or nothing (unless ``skip_bad``). Rows are
    read, checked and written a batch at a time, so memory stays flat for a million rows;
    a PIN or number repeated in the file or already registered is found by the database,
    where the earlier batches already are. ``progress(rows done, rows in the file)`` follows
    the work, after a first pass that counts the rows."""
    report = ImportReport()
    with db.read() as session:
        verify_actor(session, actor, Permission.EDIT_PRISONERS)
        facility = session.get(Facility, actor.facility_id)
        code, facility_id, tz = facility.code, facility.id, zone(facility.time_zone)
    # the first pass reads the file before the write lock is taken
    spoken_for, total = _numbers_of_this_desk(path, f"{code}-{device_tag(db.device_id)}-")
    place = _Place(facility_id, code, tz, spoken_for)
    show = progress or (lambda done, total: None)
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.EDIT_PRISONERS)
        today = local_today(place.tz)
        wings = {
            w.name.casefold(): w.id
            for w in session.scalars(
                select(Wing).where(Wing.facility_id == actor.facility_id, ~Wing.deleted)
            )
        }
        show(0, total)
        batch: list[tuple[int, dict[str, str]]] = []
        for row in read_rows(path):
            batch.append(row)
            if len(batch) == BATCH:
                report.imported += _import_batch(session, db, place, wings, today, batch, report)
                batch = []
                show(report.rows, total)
        report.imported += _import_batch(session, db, place, wings, today, batch, report)
        show(report.rows, total)
        if dry_run or (report.bad and not skip_bad) or not report.imported:
            session.rollback()  # nothing of it stays
            report.imported = 0
            return report
        audit.record(
            session,
            db,
            actor,
            "import",
            "prisoner",
            None,
            after={"file": path.name, "imported": report.imported, "skipped": len(report.bad)},
        )
    return report


@dataclass(frozen=True)
class _Place:
    facility_id: str
    code: str
    tz: ZoneInfo
    spoken_for: set[int]  # the counts of this desk's numbers that the file brings


def _numbers_of_this_desk(path: Path, prefix: str) -> tuple[set[int], int]:
    """A first pass over the file: the rows, and the counts of numbers that this desk could
    give out itself (``BSH-1-K7Q-00042``), so that none of them is given to another row
    before the row that brings it is read."""
    counts, rows = set(), 0
    for _, values in read_rows(path):
        rows += 1
        number = values.get("number", "").strip().upper()
        tail = number[len(prefix) :]
        if number.startswith(prefix) and tail.isascii() and tail.isdigit():
            counts.add(int(tail))
    return counts, rows


def _import_batch(
    session: Session,
    db: Database,
    place: _Place,
    wings: dict[str, str],
    today: date,
    rows: list[tuple[int, dict[str, str]]],
    report: ImportReport,
) -> int:
    """Check, number and write one batch; the rows written."""
    checked: list[tuple[int, dict[str, str], _Checked]] = []
    for line, values in rows:
        report.rows += 1
        try:
            checked.append((line, values, _check(values, wings, today, place.code)))
        except ValueError as problem:
            report.bad.append(_bad(line, values, problem))
    pins = [c.values["pin"] for _, _, c in checked if c.values["pin"]]
    numbers = [c.values["number"] for _, _, c in checked if c.values["number"]]
    taken_pins = set(session.scalars(select(Prisoner.pin).where(Prisoner.pin.in_(pins))))
    taken = set(session.scalars(select(Prisoner.number).where(Prisoner.number.in_(numbers))))
    good: list[_Checked] = []
    for line, values, row in checked:
        pin, number = row.values["pin"], row.values["number"]
        if pin and pin in taken_pins:
            problem = ValueError(f"pin: {pin} is already registered (or repeated in the file)")
            report.bad.append(_bad(line, values, problem))
        elif number and number in taken:
            report.bad.append(_bad(line, values, ValueError(f"number: {number} is already used")))
        else:
            taken_pins.add(pin)
            taken.add(number)
            good.append(row)
    unnumbered = [row for row in good if not row.values["number"]]
    for row, number in zip(
        unnumbered,
        admissions.reserve_numbers(session, db, place.code, len(unnumbered), skip=place.spoken_for),
        strict=True,
    ):
        row.values["number"] = number
    _insert_all(session, place, good)
    session.flush()
    session.expunge_all()  # the written rows leave memory; the database has them
    return len(good)


def _insert_all(session: Session, place: _Place, rows: list[_Checked]) -> None:
    """A batch of good rows in one flush, their search keys in one statement."""
    prisoners, moves = [], []
    for checked in rows:
        values = dict(checked.values)
        moment = local_noon(checked.admitted, place.tz) if checked.admitted else None
        prisoner = Prisoner(
            id=new_id(),
            facility_id=place.facility_id,
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
                    facility_id=place.facility_id,
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


def _bad(line: int, values: dict[str, str], problem: ValueError) -> BadRow:
    column, _, reason = str(problem).partition(": ")
    return BadRow(line, column, reason, values)


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
    """Every file to CSV or XLSX. The rows are read and written out in a read transaction (a
    registry of 100,000 takes seconds, and a write lock held that long would stall the
    desk's other writers); every name, birth date and PIN leaves the system: the export's
    audit entry is written before the file takes its name."""

    audited = audit.export_recorder(
        db, actor, Permission.EXPORT_REGISTRY, "prisoner", {"file": path.name}
    )

    with db.read() as session:
        verify_actor(session, actor, Permission.EXPORT_REGISTRY)
        facility = session.get(Facility, actor.facility_id)
        tz = zone(facility.time_zone if facility else None)
        rows = session.execute(
            select(Prisoner, Wing.name)
            .outerjoin(Wing, Wing.id == Prisoner.wing_id)
            .where(~Prisoner.deleted)
            .order_by(Prisoner.surname, Prisoner.given_name)
        )
        return write_table(
            path,
            fmt,
            EXPORT_COLUMNS,
            ([_export_value(p, wing, c, tz) for c in EXPORT_COLUMNS] for p, wing in rows),
            sheet="prisoners",
            publish=audited,
        )


def _export_value(prisoner: Prisoner, wing: str | None, column: str, tz: ZoneInfo) -> object:
    if column == "wing":
        return wing or ""
    if column == "admitted":  # the facility's calendar day, not the UTC one
        return local(prisoner.admitted_at, tz).date().isoformat() if prisoner.admitted_at else ""
    value = getattr(prisoner, column)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value
