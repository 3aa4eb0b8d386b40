"""``N_``: marks an English text of the server that the console shows translated (Babel
extracts it into the console's catalogues, server/console/locale/), while the protocol's JSON
and the command line keep the English."""

from __future__ import annotations


def N_(text: str) -> str:
    return text
