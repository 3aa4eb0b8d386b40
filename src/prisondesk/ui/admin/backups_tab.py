"""Administration tab for backups: the list (the data folder's and a chosen folder's), a
backup made to a chosen folder, and a restore asked for now and done at the next start
(services/core/backups.py says why)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from prisondesk.config import Paths
from prisondesk.services.core import backups
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.backups import BackupFile, PendingRestore
from prisondesk.services.store import Store
from prisondesk.ui.errors import FieldErrors, ShownMessage, shown
from prisondesk.ui.i18n import data_size, short_date_time
from prisondesk.ui.operations import Operations
from prisondesk.ui.tables import fill_table, rows_table
from prisondesk.ui.widgets import button, label, show_if


class BackupsTab(QWidget):
    def __init__(
        self, store: Store, ops: Operations, actor: Actor, paths: Paths, parent=None
    ) -> None:
        super().__init__(parent)
        self.store, self.ops, self.actor, self.paths = store, ops, actor, paths
        self.folder: Path | None = None  # the folder chosen to look in (a USB stick)
        self.rows: list[BackupFile] = []
        self.pending: PendingRestore | None = None
        self.table = rows_table("backupsTable", 4)
        self.make_button = button("makeBackup", self.make_backup)
        self.folder_button = button("lookInFolder", self.look_in_folder)
        self.restore_button = button("restoreBackup", self.restore)
        self.cancel_button = button("cancelRestore", self.cancel_restore)
        buttons = QHBoxLayout()
        for widget in (self.make_button, self.folder_button, self.restore_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        self.pending_label = label("pendingRestore")
        self.pending_label.setWordWrap(True)
        self.info = label("backupsInfo")
        self.info.setWordWrap(True)
        self.shown_info = ShownMessage(self.info)
        self.errors = FieldErrors(label("backupsError"))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        pending_row = QHBoxLayout()
        pending_row.addWidget(self.pending_label, 1)
        pending_row.addWidget(self.cancel_button)
        layout.addLayout(pending_row)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.info)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("Folder")]
        )
        self.make_button.setText(self.tr("&Back up to a folder…"))
        self.folder_button.setText(self.tr("Show backups in a &folder…"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.cancel_button.setText(self.tr("Cancel the &pending restore"))
        self._show(self.rows)
        self._show_pending(self.pending)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ops.run(
            backups.list_backups,
            self.actor,
            self.paths,
            self.folder,
            on_done=self._show,
            on_error=self.errors.show,
        )
        self.ops.run(backups.pending_restore, self.paths, on_done=self._show_pending)

    def _show(self, rows: list[BackupFile]) -> None:
        self.rows = rows
        data_folder = self.tr("Data folder")
        fill_table(
            self.table,
            [
                (
                    short_date_time(row.made_at.astimezone().replace(tzinfo=None)),
                    shown(row.kind_label),
                    data_size(row.size),
                    data_folder if row.in_data_folder else str(row.path.parent),
                )
                for row in rows
            ],
        )

    def _show_pending(self, pending: PendingRestore | None) -> None:
        self.pending = pending
        show_if(self.cancel_button, pending is not None)
        if pending is None:
            self.pending_label.clear()
            return
        self.pending_label.setText(
            self.tr(
                "{file} will be restored when PrisonDesk starts next (asked for by {user})."
            ).format(file=Path(pending.source).name, user=pending.requested_by)
        )

    def look_in_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Show the backups in a folder"))
        if folder:
            self.folder = Path(folder)
            self.refresh()

    # --- making one ----------------------------------------------------------------------
    def make_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to a folder"))
        if not folder:
            return
        self.errors.clear()
        self.shown_info.clear()
        self.make_button.setEnabled(False)
        self.folder = Path(folder)
        self.ops.run(
            backups.make_backup,
            self.store,
            self.actor,
            self.paths,
            self.folder,
            on_done=self._made,
            on_error=self._failed,
        )

    def _made(self, made: BackupFile) -> None:
        self.make_button.setEnabled(True)
        self.shown_info.say(
            lambda: self.tr("Backup written: {file} in {folder}.").format(
                file=made.path.name, folder=made.path.parent
            )
        )
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.make_button.setEnabled(True)
        self.errors.show(exc)

    # --- restoring one -------------------------------------------------------------------
    def restore(self) -> None:
        chosen = self._selected()
        if chosen is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Restore a backup"), "", self.tr("Backups (*.sqlite3)")
            )
            if not name:
                return
            chosen = Path(name)
        question = self.tr(
            "Restore {file}?\n\nWhen PrisonDesk starts next, this desk's database is replaced "
            "by the backup: what was entered here since it was made is gone from this desk "
            "(changes not yet sent and the audit trail are kept; the rest comes back from the "
            "central server if this desk syncs). The replaced database is kept in the "
            "backups folder as a \u201cbefore a restore\u201d backup."
        ).format(file=chosen.name)
        answer = QMessageBox.question(self, self.tr("Restore a backup"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.errors.clear()
        self.shown_info.clear()
        self.ops.run(
            backups.request_restore,
            self.store,
            self.actor,
            self.paths,
            chosen,
            on_done=self._restore_pending,
            on_error=self.errors.show,
        )

    def _selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()].path if rows else None

    def _restore_pending(self, pending: PendingRestore) -> None:
        self._show_pending(pending)
        self.shown_info.say(
            lambda: self.tr(
                "The backup was checked and will be restored at the next start. Close "
                "PrisonDesk (Session → Quit) and start it again."
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr("Close PrisonDesk now? The backup is restored when it starts again."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window().close()  # the start-up does the rest

    def cancel_restore(self) -> None:
        self.ops.run(
            backups.cancel_restore,
            self.store,
            self.actor,
            self.paths,
            on_done=lambda _: self._cancelled(),
            on_error=self.errors.show,
        )

    def _cancelled(self) -> None:
        self._show_pending(None)
        self.shown_info.say(lambda: self.tr("The pending restore was cancelled."))
