"""The message line of a desk with a scan field (the gate's visits, the parcel desk, the
workshop register): under the scan field, one line says what the last scan or step did, green
when all is well and red and bold when the officer must act, and follows a language switch.
An error sends the keys back to the scan field for the next scan. A scan the desk did not act
on is said there too, in the desk's own words: one that landed in another field or window
(``ScanField.stray``) and, where the desk wants it said, the same code twice (``repeated``)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from prisondesk.ui.errors import MakeText, ShownMessage
from prisondesk.ui.scanner import ScanField

OK_COLOUR = "color: #1b5e20;"
WARN_COLOUR = "color: #b00020; font-weight: 600;"


class DeskMessage(QObject):
    """The message ``label`` of the desk whose field is ``scan``; ``stray`` and ``repeated``
    make the desk's words for a scan into another field and for a code scanned twice."""

    def __init__(
        self,
        label: QLabel,
        scan: ScanField,
        stray: MakeText,
        repeated: MakeText | None = None,
        *,
        point_size: int = 13,
    ) -> None:
        super().__init__(label)
        self.label, self.scan = label, scan
        label.setWordWrap(True)
        self.shown = ShownMessage(label)
        self._ok = f"font-size: {point_size}pt; {OK_COLOUR}"
        self._warn = f"font-size: {point_size}pt; {WARN_COLOUR}"
        self._stray, self._repeated = stray, repeated
        # slots of this object, not lambdas: disconnected when the label goes
        scan.stray.connect(self._said_stray)
        scan.repeated.connect(self._said_repeated)

    def say(self, make: MakeText, *more: MakeText, warn: bool = False) -> None:
        """``make`` (then ``more``, those that say something) makes the message in the
        current language, again after a switch."""
        self.label.setStyleSheet(self._warn if warn else self._ok)
        self.shown.say(make)
        for part in more:
            self.shown.add(part)

    def say_error(self, exc: BaseException) -> None:
        """A refusal or a failure, in red; the scan field takes the keys again."""
        self.label.setStyleSheet(self._warn)
        self.shown.say_error(exc)
        self.scan.setFocus()

    def _said_stray(self) -> None:
        self.say(self._stray, warn=True)

    def _said_repeated(self, _code: str) -> None:
        if self._repeated is not None:  # else a bouncing trigger goes without a word
            self.say(self._repeated)
