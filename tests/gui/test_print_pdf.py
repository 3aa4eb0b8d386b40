"""Printing a PDF through a printer: an 80 mm receipt pass on an 80 mm roll at 203 dpi is
painted at its true size, so its bars stay whole printer dots and it still decodes."""

from __future__ import annotations

import pypdfium2
import zxingcpp
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from prisondesk.printing.visits.passes import render_visit_passes
from prisondesk.ui.print_pdf import paint_pdf
from tests.printing.test_visit_pass_print import LONG_NUMBERS, _pass


def test_a_receipt_pass_prints_at_true_size_on_an_80_mm_roll(qapp, tmp_path):
    document = _pass(LONG_NUMBERS[0])
    pdf = render_visit_passes([document], "receipt80", lambda context, text: text)
    width_pt, height_pt = pypdfium2.PdfDocument(pdf)[0].get_size()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" we can read back
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(203)
    roll = QPageSize(QSizeF(80, 200), QPageSize.Unit.Millimeter, "80 mm roll")
    # a thermal printer's own margins: a page laid inside them was shrunk to 72 mm
    printer.setPageLayout(
        QPageLayout(roll, QPageLayout.Orientation.Portrait, QMarginsF(4, 4, 4, 4))
    )
    [painted] = paint_pdf(printer, pdf)
    assert abs(painted.width() - width_pt * 25.4 / 72) < 0.2  # 79.95 mm, not 72
    assert abs(painted.height() - height_pt * 25.4 / 72) < 0.2
    page = pypdfium2.PdfDocument(tmp_path / "printed.pdf")[0]
    codes = {r.text for r in zxingcpp.read_barcodes(page.render(scale=203 / 72).to_pil())}
    assert document.barcode in codes
