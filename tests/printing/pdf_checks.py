"""Checks of a printed PDF's layout, read back with pypdfium2."""

from __future__ import annotations

import pypdfium2


def overlaps(pdf: bytes, pages: int | None = None) -> list[str]:
    """Pairs of characters drawn over each other (more than a hair), page by page, on the
    first ``pages`` pages or all. Neighbours in the text may touch: a kerned pair such as
    "TJ" in a number overlaps by design (a random number made a test fail once)."""
    found = []
    for number, page in enumerate(pypdfium2.PdfDocument(pdf)):
        if pages is not None and number >= pages:
            break
        text = page.get_textpage()
        boxes = []
        for index in range(text.count_chars()):
            left, bottom, right, top = text.get_charbox(index)
            if right > left and top > bottom:
                boxes.append((left, bottom, right, top, index, text.get_text_range(index, 1)))
        boxes.sort()
        for at, (_, bottom, right, top, index, char) in enumerate(boxes):
            for other in boxes[at + 1 :]:
                if other[0] >= right - 0.3:
                    break
                neighbours = abs(other[4] - index) == 1
                if not neighbours and min(top, other[3]) - max(bottom, other[1]) > 0.3:
                    found.append(char + other[5])
    return found
