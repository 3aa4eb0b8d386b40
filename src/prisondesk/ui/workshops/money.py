"""Money on screen: integer tyiyn written as som the way the interface's locale writes
numbers (1 234,50 in Russian and Kyrgyz, 1,234.50 in English)."""

from __future__ import annotations

from prisondesk.ui.i18n import locale


def show_som(tyiyn: int) -> str:
    whole, part = divmod(abs(tyiyn), 100)
    sign = "−" if tyiyn < 0 else ""
    return f"{sign}{locale().toString(whole)}{locale().decimalPoint()}{part:02d}"
