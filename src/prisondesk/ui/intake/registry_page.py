"""The Intake page: find a prisoner as you type (any script, PIN, number), or browse the
whole registry page by page with filters; open a file or start a new admission."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.roles import Permission
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.headquarters import facilities_seen
from prisondesk.services.intake import admissions, registry, search
from prisondesk.services.intake.admissions import AdmissionView
from prisondesk.services.intake.registry import RegistryFilter
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.intake.admission_pages import REGIMES
from prisondesk.ui.intake.admission_wizard import AdmissionWizard
from prisondesk.ui.intake.prisoner_card import PrisonerCard
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.intake.registry_model import SORT_KEYS, STATUS_LABELS, RegistryModel
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import button, label, line_edit, show_if

TYPING_PAUSE_MS = 150


def _first_page(
    store: Store, actor: Actor, filters: RegistryFilter, sort: str, descending: bool
) -> tuple[list, int]:
    """The count and the first page, in one background call."""
    total = registry.count(store, actor, filters)
    return registry.page(store, actor, filters, sort, descending), total


class RegistryPage(QWidget):
    open_file = Signal(str)  # prisoner id
    new_admission = Signal()
    file_opened = Signal(object)  # the PrisonerFile dialog of an admitted prisoner

    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("registryPage")
        self._request = 0  # answers to older requests are dropped
        self._searching = False
        self._sort, self._descending = "surname", False
        self.heading = label("pageTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.query = line_edit("registrySearch", 100)
        self.query.setClearButtonEnabled(True)
        self.query.setMinimumWidth(300)  # it stretches; the filters need their room at 1280
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.refresh)
        self.query.textChanged.connect(lambda _: self.typing.start())
        self.query.returnPressed.connect(self.open_current)
        # a headquarters desk holds every facility: one of them, or all, is listed
        self.facilities = facilities_seen(store, actor)
        self.facility = QComboBox()
        self.facility.setObjectName("registryFacility")
        show_if(self.facility, len(self.facilities) > 1)
        self.wing = QComboBox()
        self.status = QComboBox()
        self.regime = QComboBox()
        for box in (self.facility, self.wing, self.status, self.regime):
            # as wide as the longest choice in the language shown now, after a switch too
            # ("Бардык блоктор" was cut to "Бардык бл" when the page was built in English)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            if box is not self.facility:  # a facility chosen lists its wings first
                box.currentIndexChanged.connect(self.refresh)
        self.new_button = button("newAdmission")
        # clicked(bool) would hand its checked flag to start_admission as the draft
        self.new_button.clicked.connect(lambda: self.start_admission())
        show_if(self.new_button, actor.can(Permission.EDIT_PRISONERS))
        self.model = RegistryModel(self)
        self.model.loader = self._load_page
        self.open_file.connect(self._open_draft_or_file)
        self.table = QTableView()
        self.table.setObjectName("registryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # every column as wide as its values and its header ("Дата рождения" is not cut)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.count = label("registryCount")
        self.error = label("registryError")
        self.errors = FieldErrors(self.error)
        bar = QHBoxLayout()
        bar.addWidget(self.query, 1)
        bar.addWidget(self.wing)
        bar.addWidget(self.status)
        bar.addWidget(self.regime)
        bar.addWidget(self.new_button)
        top = QHBoxLayout()  # the facility beside the title: the filter bar has no room left
        top.addWidget(self.heading, 1)
        top.addWidget(self.facility)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        self._fill_filters()
        self.retranslate()

    def _fill_filters(self) -> None:
        self.facility.blockSignals(True)
        self.facility.addItem("", None)
        for one in self.facilities:
            self.facility.addItem(one.label, one.id)
        self.facility.blockSignals(False)
        if len(self.facilities) > 1:
            self.model.show_facilities({one.id: one.code for one in self.facilities})
        self.facility.currentIndexChanged.connect(self._facility_chosen)
        self._fill_wings()
        for box, codes in ((self.status, STATUS_LABELS), (self.regime, REGIMES)):
            box.blockSignals(True)
            box.addItem("", None)
            for code in codes:
                box.addItem("", code)
            box.blockSignals(False)

    def _facility_chosen(self) -> None:
        self._fill_wings()
        self.refresh()

    def _fill_wings(self) -> None:
        """The wings of the facility listed: this desk's, or the one chosen at headquarters."""
        chosen = self.facility.currentData()
        if len(self.facilities) == 1:
            chosen = self.facilities[0].id
        wings = next((one.wings for one in self.facilities if one.id == chosen), ())
        self.wing.blockSignals(True)
        self.wing.clear()
        self.wing.addItem(self.tr("All wings"), None)
        for wing in wings:
            self.wing.addItem(wing.name, wing.id)
        self.wing.blockSignals(False)
        self.wing.setEnabled(bool(wings))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Prisoner registry"))
        self.facility.setItemText(0, self.tr("All facilities"))
        self.query.setPlaceholderText(self.tr("Name in any script, PIN or prisoner number"))
        self.new_button.setText(self.tr("&New admission…"))
        self.wing.setItemText(0, self.tr("All wings"))
        self.status.setItemText(0, self.tr("Any status"))
        self.regime.setItemText(0, self.tr("Any regime"))
        for box, labels in ((self.status, STATUS_LABELS), (self.regime, REGIMES)):
            for index in range(1, box.count()):
                box.setItemText(index, translate("intake", labels[box.itemData(index)]))
        for box in (self.facility, self.wing, self.status, self.regime):
            box.setMinimumWidth(box.sizeHint().width())  # Qt keeps the first language's minimum
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading -------------------------------------------------------------------------
    def _filters(self) -> RegistryFilter:
        return RegistryFilter(
            facility_id=self.facility.currentData(),
            wing_id=self.wing.currentData(),
            status=self.status.currentData(),
            regime=self.regime.currentData(),
        )

    def refresh(self) -> None:
        """Search when there is text, else list the registry from its first page."""
        self.errors.clear()
        self._request += 1
        request = self._request
        text = self.query.text().strip()
        if text:
            self.ops.run(
                search.search,
                self.store,
                self.actor,
                text,
                on_done=lambda hits: self._show(request, self._of_facility(hits), None),
                on_error=self.errors.show,
            )
        else:
            filters = self._filters()
            self.ops.run(
                self._first_page,
                filters,
                on_done=lambda r: self._show(request, *r),
                on_error=self.errors.show,
            )

    def _of_facility(self, hits: list) -> list:
        """Search finds across every facility on the desk; one chosen keeps its own."""
        chosen = self.facility.currentData()
        return [hit for hit in hits if not chosen or hit.facility_id == chosen]

    def _first_page(self, filters: RegistryFilter) -> tuple[list, int]:
        total = registry.count(self.store, self.actor, filters)
        return registry.page(self.store, self.actor, filters, self._sort, self._descending), total

    def _load_page(self, offset: int) -> None:
        request, filters = self._request, self._filters()

        def arrived(rows: list) -> None:
            if request == self._request:
                self.model.append_page(rows)

        self.ops.run(
            registry.page,
            self.store,
            self.actor,
            filters,
            self._sort,
            self._descending,
            offset,
            on_done=arrived,
            on_error=self.errors.show,
        )

    def _show(self, request: int, rows: list, total: int | None) -> None:
        if request != self._request:
            return  # the officer has typed on since
        self.model.set_rows(rows, total)
        self._searching = total is None
        self._show_count()
        if rows and self.query.text().strip():
            self.table.selectRow(0)

    def _show_count(self) -> None:
        if self._searching:
            self.count.setText(self.tr("Found: {n}").format(n=self.model.total))
        else:
            self.count.setText(self.tr("Prisoners: {n}").format(n=self.model.total))

    def _sort_by(self, column: int) -> None:
        key = SORT_KEYS.get(column)
        if key is None or self.query.text().strip():
            return  # search results come best match first
        self._descending = not self._descending if key == self._sort else False
        self._sort = key
        self.table.horizontalHeader().setSortIndicator(
            column,
            Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder,
        )
        self.refresh()

    # --- opening -------------------------------------------------------------------------
    def open_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_row(rows[0].row())

    def _open_row(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is None:
            return
        if self.actor.can(Permission.READ_FILES):
            self.open_file.emit(found.id)
        else:  # the registry card: what this desk may see
            card = PrisonerCard(self.store, self.ops, self.actor, found, parent=self)
            card.open()

    def start_admission(self, draft: AdmissionView | None = None) -> AdmissionWizard:
        wings = facility.current_facility(self.store).wings
        wizard = AdmissionWizard(self.store, self.ops, self.actor, wings, draft, parent=self)
        wizard.draft_saved.connect(lambda _view: self.refresh())
        wizard.open_existing.connect(self._open_draft_or_file)
        wizard.open()
        self.new_admission.emit()
        return wizard

    def _open_draft_or_file(self, prisoner_id: str) -> None:
        def loaded(view: AdmissionView) -> None:
            if view.status == "draft" and self.actor.can(Permission.EDIT_PRISONERS):
                self.start_admission(view)
            else:
                file = PrisonerFile(self.store, self.ops, self.actor, view, parent=self)
                file.changed.connect(self.refresh)
                file.open()
                self.file_opened.emit(file)

        self.ops.run(
            admissions.admission,
            self.store,
            self.actor,
            prisoner_id,
            on_done=loaded,
            on_error=self.errors.show,
        )

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        if not self.model.rowCount() and not self.query.text():
            self.refresh()
