"""PrisonDesk: offline-first desktop application for prison wings."""

__version__ = "0.1.0"
