"""Small widget factories for the inputs and labels every form repeats."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton


def line_edit(name: str, max_length: int | None = None, password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if max_length is not None:
        edit.setMaxLength(max_length)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def label(name: str = "", text: str = "") -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    return widget


def button(name: str) -> QPushButton:
    widget = QPushButton()
    widget.setObjectName(name)
    return widget
