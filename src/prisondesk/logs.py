"""Logging to a rotating file in the data folder; unexpected errors end up there."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "prisondesk.log"
BACKUP_COUNT = 5  # rotated files: prisondesk.log.1 (newest) … prisondesk.log.5 (oldest)


def configure_logging(folder: Path, level: int = logging.INFO) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
        )
        root.addHandler(handler)
    root.setLevel(level)
    return path


def log_files(folder: Path) -> list[Path]:
    """The log files in ``folder`` that exist, oldest first (the rotated ones, then the
    current one), for diagnostics."""
    names = [f"{LOG_FILE}.{n}" for n in range(BACKUP_COUNT, 0, -1)] + [LOG_FILE]
    return [folder / name for name in names if (folder / name).is_file()]
