"""The assessment instruments installed with the program: every ``*.toml`` file in
``resources/instruments``, read once a process (docs/instruments.md).

A social worker starting an assessment picks an instrument, and gets its latest version; an
assessment opened later is shown with the version it was made with, which is why old
versions stay installed. A broken file never stops the others: it is set aside with all its
problems, for the administrator to read, and the valid instruments stay usable.

A file's name must be ``<id>.v<version>.toml``, the id and version inside it: a copy of
version 1 saved as version 2 without changing its ``version`` is refused rather than
shadowing version 1, and two files can never claim the same version.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from prisondesk import config
from prisondesk.domain.instruments import (
    Instrument,
    InstrumentError,
    InstrumentProblem,
    parse_instrument,
)
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core.errors import NotFound


@dataclass(frozen=True)
class BrokenFile:
    path: Path
    error: InstrumentError  # every problem found in it


@dataclass(frozen=True)
class Catalogue:
    """The valid instruments by (id, version), and the files set aside."""

    instruments: Mapping[tuple[str, int], Instrument]
    broken: tuple[BrokenFile, ...]

    def instrument(self, instrument_id: str, version: int) -> Instrument:
        """The version an assessment was made with."""
        found = self.instruments.get((instrument_id, version))
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors", "Version {version} of the instrument {instrument} is not installed."
                ),
                instrument=instrument_id,
                version=version,
            )
        return found

    def latest(self, instrument_id: str) -> Instrument:
        """The version a new assessment is made with."""
        versions = [version for (found, version) in self.instruments if found == instrument_id]
        if not versions:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "The instrument {instrument} is not installed."),
                instrument=instrument_id,
            )
        return self.instruments[(instrument_id, max(versions))]

    def latest_of_each(self) -> tuple[Instrument, ...]:
        """What a new assessment may be made with, by id."""
        ids = sorted({instrument_id for instrument_id, _ in self.instruments})
        return tuple(self.latest(instrument_id) for instrument_id in ids)


def load_folder(folder: Path) -> Catalogue:
    """Read every instrument file in ``folder`` (none if it does not exist)."""
    instruments: dict[tuple[str, int], Instrument] = {}
    broken: list[BrokenFile] = []
    paths = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    for path in paths:
        try:
            instrument = read_file(path)
        except InstrumentError as error:
            broken.append(BrokenFile(path, error))
        else:
            instruments[(instrument.id, instrument.version)] = instrument
    return Catalogue(instruments, tuple(broken))


def read_file(path: Path) -> Instrument:
    """One instrument file, checked whole; :class:`InstrumentError` lists every problem."""
    try:
        text = path.read_bytes().decode("utf-8-sig")  # Notepad may save a byte-order mark
    except (OSError, UnicodeDecodeError) as error:
        problem = InstrumentProblem(
            QT_TRANSLATE_NOOP("errors", "The file cannot be read: {detail}."), detail=str(error)
        )
        raise InstrumentError(path.name, [problem]) from None
    instrument = parse_instrument(text, path.name)
    expected = f"{instrument.id}.v{instrument.version}.toml"
    if path.name != expected:
        problem = InstrumentProblem(
            QT_TRANSLATE_NOOP(
                "errors", "The file must be named “{expected}”, after its id and version."
            ),
            expected=expected,
        )
        raise InstrumentError(path.name, [problem])
    return instrument


@functools.cache
def available() -> Catalogue:
    """The instruments installed with the program, read on first use."""
    return load_folder(config.INSTRUMENTS_DIR)


def instrument(instrument_id: str, version: int) -> Instrument:
    return available().instrument(instrument_id, version)


def latest(instrument_id: str) -> Instrument:
    return available().latest(instrument_id)
