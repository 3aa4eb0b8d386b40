"""Supervisors' review of sync: conflicts (both values, who wrote them and when; keep the
winner or switch to the other value) and the changes the server rejected."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prisondesk.domain.field_labels import FIELD_LABELS, TABLE_LABELS
from prisondesk.services.core.actor import Actor
from prisondesk.services.store import Store
from prisondesk.services.sync import review
from prisondesk.services.sync.review import ConflictView, RejectedView, Side
from prisondesk.ui.errors import FieldErrors, translate
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import label


def _moment(value: datetime | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(value.timestamp())), QLocale.FormatType.ShortFormat
    )


def _value(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _field(column: str) -> str:
    """A column as people call it (the column's name when no label is known)."""
    return translate("fields", FIELD_LABELS.get(column, column))


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


class SyncReviewDialog(QDialog):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor = store, ops, actor
        self.setObjectName("syncReview")
        self.resize(1100, 520)
        self.conflicts: list[ConflictView] = []
        self.rejected: list[RejectedView] = []
        self.tabs = QTabWidget()
        self.conflict_table = _table("conflicts", 8)
        self.conflict_table.itemSelectionChanged.connect(self._update_buttons)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keep")
        self.keep_button.clicked.connect(lambda: self._decide(review.KEEP))
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switch")
        self.switch_button.clicked.connect(lambda: self._decide(review.SWITCH))
        self.errors = FieldErrors(label("reviewError"))
        conflicts_tab = QWidget()
        column = QVBoxLayout(conflicts_tab)
        column.addWidget(self.conflict_table)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.switch_button)
        row.addStretch()
        column.addLayout(row)
        column.addWidget(self.errors.general)
        self.rejected_table = _table("rejected", 7)
        self.tabs.addTab(conflicts_tab, "")
        self.tabs.addTab(self.rejected_table, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync conflicts and rejected changes"))
        self.tabs.setTabText(0, self.tr("Conflicts"))
        self.tabs.setTabText(1, self.tr("Rejected changes"))
        self.keep_button.setText(self.tr("&Keep the value shown everywhere"))
        self.switch_button.setText(self.tr("&Switch to the other value"))
        self.conflict_table.setHorizontalHeaderLabels(
            [
                self.tr("Detected"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Value kept"),
                self.tr("Written by, at"),
                self.tr("Other value"),
                self.tr("Written by, at"),
                self.tr("Decision"),
            ]
        )
        self.rejected_table.setHorizontalHeaderLabels(
            [
                self.tr("Made at"),
                self.tr("Table"),
                self.tr("Record"),
                self.tr("Change"),
                self.tr("Reason"),
                self.tr("By"),
                self.tr("Values"),
            ]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.ops.run(
            lambda: (
                review.conflicts(self.store, self.actor),
                review.rejected(self.store, self.actor),
            ),
            on_done=self._loaded,
            on_error=self.errors.show,
        )

    def _loaded(self, result: tuple) -> None:
        self.conflicts, self.rejected = result
        self._fill()

    def _side(self, side: Side, by: str) -> str:
        return f"{by or self.tr('unknown')}, {_moment(side.at)}"

    def _decision(self, decision: str | None) -> str:
        if decision == review.KEEP:
            return self.tr("kept")
        if decision == review.SWITCH:
            return self.tr("switched")
        return self.tr("to review")

    def _reason(self, code: str) -> str:
        reasons = {
            "out_of_scope": self.tr("belongs to another facility"),
            "unknown_table": self.tr("not known to the server (update it)"),
            "unknown_row": self.tr("the record is not on the server"),
            "append_only": self.tr("a recorded fact cannot be changed"),
            "invalid_value": self.tr("an invalid value"),
            "unique_violation": self.tr("a value another record already holds"),
            "schema_too_old": self.tr("made by an older version"),
            "forbidden": self.tr("not allowed from a workstation"),
            "too_large": self.tr("too large to send"),
            "cannot_store": self.tr("came from the server but cannot be stored here"),
        }
        return reasons.get(code, code)

    def _fill(self) -> None:
        self._fill_rows(
            self.conflict_table,
            [
                [
                    _moment(c.detected_at),
                    c.record,
                    _field(c.field),
                    _value(c.kept.value),
                    self._side(c.kept, c.kept_by),
                    _value(c.lost.value),
                    self._side(c.lost, c.lost_by),
                    self._decision(c.decision),
                ]
                for c in self.conflicts
            ],
        )
        self._fill_rows(
            self.rejected_table,
            [
                [
                    _moment(r.made_at),
                    translate("fields", TABLE_LABELS.get(r.table, r.table)),
                    r.row_id[-12:],
                    r.kind,
                    self._reason(r.reason),
                    r.by,
                    ", ".join(f"{_field(k)}: {_value(v)}" for k, v in r.fields.items()),
                ]
                for r in self.rejected
            ],
        )
        self._update_buttons()

    def _fill_rows(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)

    def _selected(self) -> ConflictView | None:
        rows = self.conflict_table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        for button in (self.keep_button, self.switch_button):
            button.setEnabled(chosen is not None and chosen.decision is None)

    def _decide(self, decision: str) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        self.errors.clear()
        self.ops.run(
            review.decide,
            self.store,
            self.actor,
            chosen.id,
            decision,
            on_done=lambda _: self.refresh(),
            on_error=self.errors.show,
        )

    def select_conflict(self, index: int) -> None:
        self.conflict_table.selectRow(index)
        self.conflict_table.setFocus(Qt.FocusReason.OtherFocusReason)
