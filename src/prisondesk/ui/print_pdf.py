"""Printing our PDFs through the system's print dialog: each page is rendered (pdfium) at the
printer's resolution and painted onto the printer, so what prints is what the PDF shows."""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 600  # enough for barcodes; more only costs memory


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """Ask for a printer and print; False when the officer cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, pdf)
    return True


def paint_pdf(printer: QPrinter, pdf: bytes) -> list[QSizeF]:
    """Paint every page at its true size (an ID card stays 85.6 mm wide on A4; an 80 mm pass
    fills an 80 mm receipt roll, its bars whole printer dots), shrunk only when it does not
    fit the paper; returns the painted sizes in millimetres. Our PDFs keep their own margins,
    so a page is laid on the whole sheet, not inside the printer's margins (which would
    shrink a receipt by a tenth and blur its bars)."""
    document = pypdfium2.PdfDocument(pdf)
    printer.setFullPage(True)
    painter = QPainter(printer)
    painted = []
    try:
        device_dpi = printer.resolution()
        dpi = min(device_dpi, MAX_DPI)
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            width_pt, height_pt = page.get_size()
            rendered = page.render(scale=dpi / 72).to_pil().convert("RGB")
            image = QImage(
                rendered.tobytes("raw", "RGB"),
                rendered.width,
                rendered.height,
                3 * rendered.width,
                QImage.Format.Format_RGB888,
            ).copy()
            area = QRectF(painter.viewport())
            size = QSizeF(width_pt, height_pt) * (device_dpi / 72)  # true size, device pixels
            if size.width() > area.width() or size.height() > area.height():
                size = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), size), image)
            painted.append(size * (25.4 / device_dpi))
    finally:
        painter.end()
    return painted
