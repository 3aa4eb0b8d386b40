"""The gate desk, built for speed: the scan field always has the focus; a scan opens the
visit with its visitors (a ban in force shows in red), one key checks them in with locker and
deposited items, the next scan of the same pass checks them out. A live list shows who is
inside now."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.keyboard import typed_code
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.visit_pass import parse_scan
from prisondesk.domain.visits import LOG_LABELS, OUTCOME_LABELS
from prisondesk.printing.visits.gate_log import render_gate_log
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.visits import calendar, gate, gate_day, gate_log
from prisondesk.services.visits.gate import GateVisit
from prisondesk.services.visits.gate_day import DayClosing
from prisondesk.ui.desk_message import DeskMessage
from prisondesk.ui.errors import translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.operations import Operations
from prisondesk.ui.scanner import ScanField
from prisondesk.ui.widgets import label, line_edit

KIND_LABELS = {
    "short": QT_TRANSLATE_NOOP("gate", "Short visit"),
    "long": QT_TRANSLATE_NOOP("gate", "Long family visit"),
    "lawyer": QT_TRANSLATE_NOOP("gate", "Lawyer visit"),
    "official": QT_TRANSLATE_NOOP("gate", "Official visit"),
}


class GateDeskPage(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("gateDesk")
        self.visit: GateVisit | None = None
        self.heading = label("pageTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.scan = ScanField()
        self.scan.setStyleSheet("font-size: 14pt; padding: 6px;")
        self.scan.scanned.connect(self.open_pass)
        self.scan.typed.connect(self._typed)
        self.scan.confirmed.connect(self.default_action)
        self.message = label("gateMessage")
        self.shown = DeskMessage(
            self.message, self.scan, self._stray_text, self._repeat_text, point_size=14
        )
        self.visit_title = label("visitTitle")
        self.visit_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.visit_details = label("visitDetails")
        self.visitors = QListWidget()
        self.visitors.setObjectName("gateVisitors")
        self.visitors.setStyleSheet("font-size: 12pt;")  # read at arm's length at the gate
        self.visitors.setIconSize(QSize(72, 96))  # the face beside the document
        self.locker = line_edit("locker", 20)
        self.items = line_edit("items", 2000)
        for field in (self.locker, self.items):
            field.returnPressed.connect(self.default_action)
        self.check_in_button = QPushButton()
        self.check_in_button.setObjectName("checkIn")
        self.check_in_button.clicked.connect(self.check_in)
        self.outcome = QComboBox()
        self.outcome.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.outcome.setObjectName("outcome")
        self.check_out_button = QPushButton()
        self.check_out_button.setObjectName("checkOut")
        self.check_out_button.clicked.connect(self.check_out)
        self.search_label = label("nameSearchLabel")
        self.search_label.setWordWrap(True)  # said whole in the narrow column, in every language
        self.name_search = line_edit("nameSearch", 100)
        self.name_search.returnPressed.connect(self.find_by_name)
        self.matches = QListWidget()
        self.matches.setObjectName("nameMatches")
        self.matches.setMaximumHeight(120)
        self.matches.itemActivated.connect(self._open_match)
        # Ctrl+F reaches the name search from anywhere on the desk (Tab takes four steps)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.name_search.setFocus)
        self.found: list[GateVisit] = []
        self.log_button = QPushButton()
        self.log_button.setObjectName("saveGateLog")
        self.log_button.clicked.connect(self.save_log)
        self.inside_label = label("insideCount")
        self.inside_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.inside = QListWidget()
        self.inside.setObjectName("insideNow")
        self.inside.itemActivated.connect(self._open_inside)  # let out without the pass
        self.inside_visits: list[GateVisit] = []
        self.close_day_button = QPushButton()
        self.close_day_button.setObjectName("closeDay")
        self.close_day_button.clicked.connect(self.close_day)
        self.locker_label, self.items_label = label(), label()
        self._layout()
        self.retranslate()
        self._show_visit(None)
        self.refresh_inside()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.locker_label, self.locker)
        form.addRow(self.items_label, self.items)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_button)
        buttons.addStretch()
        buttons.addWidget(self.outcome)
        buttons.addWidget(self.check_out_button)
        left = QVBoxLayout()
        left.addWidget(self.scan)
        left.addWidget(self.message)
        left.addWidget(self.visit_title)
        left.addWidget(self.visit_details)
        left.addWidget(self.visitors, 1)
        left.addLayout(form)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.search_label)
        right.addWidget(self.name_search)
        right.addWidget(self.matches)
        right.addWidget(self.inside_label)
        right.addWidget(self.inside, 1)
        right.addWidget(self.log_button)
        right.addWidget(self.close_day_button)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(row, 1)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Gate: visits"))
        self.scan.setPlaceholderText(self.tr("Scan a visit pass…"))
        self.locker_label.setText(self.tr("Loc&ker"))
        self.locker_label.setBuddy(self.locker)
        self.items_label.setText(self.tr("I&tems left at the gate"))
        self.items_label.setBuddy(self.items)
        self.check_in_button.setText(self.tr("Check &in"))
        self.check_out_button.setText(self.tr("Check &out"))
        self.log_button.setText(self.tr("Save today's gate lo&g…"))
        self.close_day_button.setText(self.tr("Close the &day…"))
        self.search_label.setText(self.tr("Pass lost? Find the visitor by name (Ctrl+F):"))
        self.name_search.setPlaceholderText(self.tr("Surname and name…"))
        current = self.outcome.currentData()
        self.outcome.clear()
        for code, text in OUTCOME_LABELS.items():
            self.outcome.addItem(translate("gate", text), code)
        index = self.outcome.findData(current)
        self.outcome.setCurrentIndex(max(index, 0))
        # Qt keeps the first language's width: the longest outcome of this one must fit
        self.outcome.setMinimumWidth(self.outcome.sizeHint().width())
        self._show_visit(self.visit)
        self._show_inside(self.inside_visits)  # "no adult inside" in the language of now

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- scanning ------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        """The code printed under the barcode, typed by hand (on either keyboard layout),
        opens the pass as a scan does; anything else is not a pass."""
        code = typed_code(text)
        if parse_scan(code) is not None:
            self.open_pass(code)
            return
        self.shown.say(
            lambda: self.tr(
                "This is not a pass code. Scan the barcode on the pass or type the code "
                "printed under it; if the pass is lost, find the visitor by name."
            ),
            warn=True,
        )

    def default_action(self) -> None:
        """Enter at the gate: check in the visit on screen, or let it out when it is inside."""
        if self.visit is None:
            return
        if self.check_in_button.isEnabled():
            self.check_in()
        elif self.visit.state == gate.INSIDE:
            self.check_out()

    def _stray_text(self) -> str:
        return self.tr(
            "A pass was scanned into another field or window: nothing was recorded. "
            "Clear what the scanner typed there, close the window or click the scan "
            "field, and scan again."
        )

    def _repeat_text(self) -> str:
        return self.tr("The same pass was scanned twice: the second scan was ignored.")

    def open_pass(self, code: str) -> None:
        self.ops.run(
            gate.open_scan,
            self.store,
            self.actor,
            code,
            on_done=self._opened,
            on_error=self._refused,
        )

    def _opened(self, visit: GateVisit) -> None:
        if (
            self.visit is not None
            and visit.booking_id == self.visit.booking_id
            and (visit.state == gate.INSIDE)
        ):
            self._show_visit(visit)  # the same pass again while inside: time to go out
            self.check_out()
            return
        self._show_visit(visit)
        banned = [v for v in visit.visitors if v.banned]
        if banned:
            self.shown.say(
                lambda: self.tr("BANNED: {names}. Do not let them in.").format(
                    names=", ".join(v.full_name for v in banned)
                ),
                warn=True,
            )
        elif visit.children_alone:
            self.shown.say(lambda: self._children_alone(visit), warn=True)
        elif visit.out_only == "cancelled":
            self.shown.say(
                lambda: self.tr(
                    "This visit was cancelled: its pass only lets out those still inside. "
                    "Scan it again or press Check out."
                ),
                lambda: self._hand_back(visit),
                warn=True,
            )
        elif visit.out_only:
            self.shown.say(
                lambda: self.tr(
                    "This pass is for {day}: it only lets out those still inside. Scan it "
                    "again or press Check out."
                ).format(day=short_date(visit.day)),
                lambda: self._hand_back(visit),
                warn=True,
            )
        elif visit.state == gate.INSIDE:
            self.shown.say(
                lambda: self.tr(
                    "Inside now. Scan the pass again or press Check out to let them out."
                ),
                lambda: self._hand_back(visit),
            )
        else:
            self.shown.say(lambda: self.tr("Check the documents, then press Check in."))
        self.scan.setFocus()

    def _refused(self, exc: Exception) -> None:
        self._show_visit(None)
        self.shown.say_error(exc)

    # --- the visit ----------------------------------------------------------------------
    def _show_visit(self, visit: GateVisit | None) -> None:
        self.visit = visit
        self.visitors.clear()
        has_visit = visit is not None
        for widget in (self.check_in_button, self.check_out_button, self.outcome):
            widget.setEnabled(has_visit)
        if visit is None:
            self.visit_title.clear()
            self.visit_details.clear()
            return
        self.visit_title.setText(f"{visit.number} · {visit.prisoner}")
        self.visit_details.setText(
            self.tr("{kind}, {day}, {starts}–{ends}").format(
                kind=translate("gate", KIND_LABELS.get(visit.kind, visit.kind)),
                day=short_date(visit.day),
                starts=visit.starts,
                ends=visit.ends,
            )
        )
        for person in visit.visitors:
            text = f"{person.full_name} — {person.document}"
            if person.child:
                text += " " + self.tr("(child)")
            if person.inside:
                text += " · " + self.tr("inside")
            if person.banned:
                text += " · " + self.tr("BANNED: {reason}").format(reason=person.banned)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            if person.photo:
                picture = QPixmap()
                picture.loadFromData(person.photo)
                item.setIcon(QIcon(picture))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if person.banned else Qt.CheckState.Checked)
            if person.banned:
                item.setForeground(Qt.GlobalColor.red)
            self.visitors.addItem(item)
        self.check_in_button.setEnabled(
            not visit.out_only
            and (visit.state == gate.EXPECTED or any(not p.inside for p in visit.visitors))
        )

    def _hand_back(self, visit: GateVisit) -> str:
        """What those inside left at the gate: said when they come out."""
        parts = []
        if visit.lockers:
            parts.append(self.tr("locker {lockers}").format(lockers=", ".join(visit.lockers)))
        parts.extend(visit.items_left)
        if not parts:
            return ""
        return self.tr("Hand back: {things}.").format(things="; ".join(parts))

    def _children_alone(self, visit: GateVisit) -> str:
        return self.tr(
            "Children inside without an adult of their visit: {names}. Do not leave them "
            "alone: an adult of the visit must be inside."
        ).format(names=", ".join(visit.children_alone))

    def chosen_visitors(self) -> list[str]:
        return [
            self.visitors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.visitors.count())
            if self.visitors.item(i).checkState() == Qt.CheckState.Checked
        ]

    def check_in(self) -> None:
        if self.visit is None:
            return
        self.ops.run(
            gate.check_in,
            self.store,
            self.actor,
            self.visit.booking_id,
            self.chosen_visitors(),
            self.locker.text(),
            self.items.text(),
            on_done=self._checked_in,
            on_error=self.shown.say_error,
        )

    def _checked_in(self, visit: GateVisit) -> None:
        self._show_visit(visit)
        self.locker.clear()
        self.items.clear()
        if visit.children_alone:
            self.shown.say(lambda: self._children_alone(visit), warn=True)
        else:
            self.shown.say(lambda: self.tr("Checked in. Scan the pass again when they leave."))
        self.refresh_inside()
        self.scan.setFocus()

    def check_out(self) -> None:
        if self.visit is None:
            return
        before = self.visit  # what they left at the gate, said when the visit is over
        self.ops.run(
            gate.check_out,
            self.store,
            self.actor,
            self.visit.booking_id,
            self.outcome.currentData() or "completed",
            on_done=lambda visit: self._checked_out(visit, before),
            on_error=self.shown.say_error,
        )

    def _checked_out(self, visit: GateVisit, before: GateVisit) -> None:
        """The visit is over; ``before`` is what they left at the gate, to hand back."""
        self._show_visit(None)
        self.shown.say(
            lambda: self.tr("Visit {number} finished: {outcome}.").format(
                number=visit.number,
                outcome=translate("gate", OUTCOME_LABELS.get(visit.outcome, visit.outcome)),
            ),
            lambda: self._hand_back(before),
            warn=bool(before.lockers or before.items_left),
        )
        self.outcome.setCurrentIndex(0)
        self.refresh_inside()
        self.scan.setFocus()

    # --- a lost pass -------------------------------------------------------------------
    def find_by_name(self) -> None:
        self.ops.run(
            gate.find_by_name,
            self.store,
            self.actor,
            self.name_search.text(),
            on_done=self._show_matches,
            on_error=self.shown.say_error,
        )

    def _show_matches(self, visits: list[GateVisit]) -> None:
        self.found = visits
        self.matches.clear()
        for visit in visits:
            people = ", ".join(v.full_name for v in visit.visitors)
            self.matches.addItem(f"{visit.starts} · {people} → {visit.prisoner}")
        if not visits:
            self.shown.say(lambda: self.tr("No visit today for that name."), warn=True)
        else:
            self.shown.say(lambda: self.tr("Choose the visit, then check the documents carefully."))
            self.matches.setCurrentRow(0)

    def _open_match(self) -> None:
        row = self.matches.currentRow()
        if 0 <= row < len(self.found):
            self._show_visit(self.found[row])
            self.name_search.clear()
            self.matches.clear()
            self.scan.setFocus()  # Enter checks them in; the next scan is read

    # --- the day's log -------------------------------------------------------------------
    def save_log(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save today's gate log"),
            "gate-log.xlsx",
            "Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)",
        )
        if path:
            self.write_log(Path(path))

    def write_log(self, path: Path) -> None:
        """Today's log, today being the facility's (not this desk's clock)."""
        self.ops.run(
            calendar.facility_day,
            self.store,
            self.actor,
            on_done=lambda today: self._write_log(path, today),
            on_error=self.shown.say_error,
        )

    def _write_log(self, path: Path, today: date) -> None:
        fmt = path.suffix.lstrip(".").lower()
        if fmt in gate_log.FORMATS:
            self.ops.run(
                gate_log.export_gate_log,
                self.store,
                self.actor,
                today,
                path,
                fmt,
                on_done=lambda count: self.shown.say(
                    lambda: self.tr("Gate log saved: %n visit(s).", "", count)
                ),
                on_error=self.shown.say_error,
            )
            return

        def printed(rows: list) -> None:
            info = facility.current_facility(self.store)
            name = info.name if info else ""
            path.write_bytes(
                render_gate_log(
                    name,
                    today,
                    rows,
                    translate,
                    lambda code: translate("gate", LOG_LABELS.get(code, code)),
                )
            )
            self.shown.say(lambda: self.tr("Gate log saved: %n visit(s).", "", len(rows)))

        self.ops.run(
            gate_log.gate_log,
            self.store,
            self.actor,
            today,
            on_done=printed,
            on_error=self.shown.say_error,
        )

    # --- inside now ---------------------------------------------------------------------
    def refresh_inside(self) -> None:
        self.ops.run(gate.inside_now, self.store, self.actor, on_done=self._show_inside)

    def _show_inside(self, visits: list[GateVisit]) -> None:
        self.inside_visits = visits
        self.inside.clear()
        for visit in visits:
            people = [p.full_name for p in visit.visitors if p.inside]
            item = QListWidgetItem(f"{visit.number} · {visit.prisoner}: {', '.join(people)}")
            if visit.children_alone:  # the live list shows it too, in red
                item.setText(item.text() + " · " + self.tr("no adult inside"))
                item.setForeground(Qt.GlobalColor.red)
            self.inside.addItem(item)
        self._inside_people = sum(sum(p.inside for p in v.visitors) for v in visits)
        self._show_inside_count()

    def _open_inside(self) -> None:
        row = self.inside.currentRow()
        if 0 <= row < len(self.inside_visits):
            self._show_visit(self.inside_visits[row])
            self.shown.say(lambda: self.tr("Inside now. Press Check out to let them out."))
            self.scan.setFocus()  # Enter lets them out; the next scan is read

    # --- end of the day ------------------------------------------------------------------
    def close_day(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Close the day"),
            self.tr(
                "Every visit of today that is over and that nobody came to will be recorded "
                "as not arrived. Close the day?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ops.run(
            gate_day.close_day,
            self.store,
            self.actor,
            on_done=self._day_closed,
            on_error=self.shown.say_error,
        )

    def _day_closed(self, closing: DayClosing) -> None:
        people = sum(sum(v.inside for v in visit.visitors) for visit in closing.still_inside)

        def summary() -> str:
            if closing.no_shows:
                text = self.tr("%n visit(s) recorded as not arrived.", "", len(closing.no_shows))
            else:  # "0 visits recorded" reads badly in every language
                text = self.tr("No visit had to be recorded as not arrived.")
            if closing.later:
                text += " " + self.tr("%n visit(s) not over yet were left open.", "", closing.later)
            if people:
                text += " " + self.tr(
                    "Still inside: %n visitor(s). Choose each visit in the list and check them "
                    "out.",
                    "",
                    people,
                )
            return text

        self.shown.say(summary, warn=bool(people))
        self._show_inside(list(closing.still_inside))

    def _show_inside_count(self) -> None:
        count = getattr(self, "_inside_people", 0)
        self.inside_label.setText(self.tr("Inside now: %n visitor(s)", "", count))
