"""The deposit account statement (A4 portrait), in the reader's language: whose account,
over which days, the opening balance, every wage and payout as a line in the column of its
account (spendable, or held until release under Rule 103), and the closing balance. On the
day of release the same paper is the final statement. A long statement goes on to more pages,
each headed with the prisoner and the period, the table's headers repeated; every page is
numbered "n / N" at its foot.

Amounts are som with two decimals, the decimal mark the reader's (a comma in Russian usage
unless told otherwise) and the thousands grouped by a narrow no-break space, so an amount is
never broken over two lines: ``1234567`` tyiyn is "12 345,67"."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.domain.workshops import WORKSHOPS, Account, StatementDoc, StatementLine, som
from prisondesk.printing.documents import CONTEXT, Translate, new_canvas, no_translation, wrap_text
from prisondesk.printing.tables import Table, draw_table

WIDTH, HEIGHT = A4
MARGIN = 18 * mm
COLUMN = WIDTH - 2 * MARGIN  # 174 mm
SIZE = 10
TABLE_SIZE = 9
LINE = SIZE * 0.45 * mm  # the distance between lines of ``SIZE`` text
GAP = 5 * mm
FOOT = MARGIN + 6 * mm  # the table stops over the page number
GROUP = "\u202f"  # a narrow no-break space between thousands
MINUS = "\u2212"
ACCOUNT_LABELS = {
    Account.SPENDABLE: QT_TRANSLATE_NOOP("workshops", "Spendable"),
    Account.HELD: QT_TRANSLATE_NOOP("workshops", "Held until release"),
}
DATE, WHAT, AMOUNT = 24 * mm, 86 * mm, 32 * mm  # 24 + 86 + 32 + 32 = 174 mm
BALANCE = 110 * mm  # the right edge of a balance's amounts
HELD_EXPLAINED = QT_TRANSLATE_NOOP(
    "printing",
    "The part held until release is set aside under Rule 103 of the Nelson Mandela Rules "
    "and paid on release.",
)
CLOSING = 48 * mm  # the closing balance, the note and the date printed, kept on one page
PAGES = "pages"  # the form that writes the number of pages, once it is known


def money(tyiyn: int, decimal_mark: str = ",", signed: bool = False) -> str:
    """Tyiyn as som: ``1234567`` is "12 345,67"; ``signed`` puts "+" before what comes in
    (and "−", a true minus, is always before what goes out)."""
    whole, _, part = som(abs(tyiyn)).partition(".")
    grouped = f"{int(whole):,}".replace(",", GROUP)
    sign = MINUS if tyiyn < 0 else "+" if signed and tyiyn > 0 else ""
    return f"{sign}{grouped}{decimal_mark}{part}"


def render_statement(
    doc: StatementDoc, translate: Translate = no_translation, decimal_mark: str = ","
) -> bytes:
    title = "Final statement on release" if doc.final else "Deposit account statement"
    canvas, buffer, regular, bold = new_canvas(A4, title)
    paper = _Statement(canvas, doc, translate, decimal_mark, (regular, bold))
    y = paper.heading()
    opening = paper.tr(QT_TRANSLATE_NOOP("printing", "Opening balance on {day}"))
    y = paper.balance(y, opening.format(day=doc.first_day), doc.opening_spendable, doc.opening_held)
    y = paper.lines_table(y)
    paper.closing(y)
    paper.page_foot()
    canvas.showPage()
    canvas.beginForm(PAGES)  # the "N" of every page's "n / N", now that N is known
    canvas.setFont(regular, 8)
    canvas.drawString(0, 0, str(paper.page))
    canvas.endForm()
    canvas.save()
    return buffer.getvalue()


class _Statement:
    """One statement being drawn: where the pen is is the caller's ``y``, passed along."""

    def __init__(
        self,
        canvas: Canvas,
        doc: StatementDoc,
        translate: Translate,
        decimal_mark: str,
        fonts: tuple[str, str],
    ) -> None:
        self.canvas, self.doc, self.translate = canvas, doc, translate
        self.decimal_mark = decimal_mark
        self.regular, self.bold = fonts
        self.page = 1

    def tr(self, text: str) -> str:
        return self.translate(CONTEXT, text)

    def title(self) -> str:
        if self.doc.final:
            return self.tr(QT_TRANSLATE_NOOP("printing", "Final statement on release"))
        return self.tr(QT_TRANSLATE_NOOP("printing", "Deposit account statement"))

    def period(self) -> str:
        return f"{self.doc.first_day}\u2009–\u2009{self.doc.last_day}"

    def money(self, tyiyn: int, signed: bool = False) -> str:
        return money(tyiyn, self.decimal_mark, signed)

    # -- the first page's top -------------------------------------------------------------

    def heading(self) -> float:
        doc, tr = self.doc, self.tr
        y = write(self.canvas, doc.facility, self.bold, SIZE, MARGIN, HEIGHT - MARGIN, COLUMN)
        y = write(self.canvas, self.title(), self.bold, 14, MARGIN, y - 1 * mm, COLUMN) - GAP
        rows = (
            (tr(QT_TRANSLATE_NOOP("printing", "Prisoner")), doc.prisoner),
            (tr(QT_TRANSLATE_NOOP("printing", "Period")), self.period()),
        )
        for label, value in rows:
            y = self.label_and_value(y, label, value, 38 * mm) - 1 * mm
        return y - GAP

    def label_and_value(self, y: float, label: str, value: str, room: float) -> float:
        canvas = self.canvas
        return min(
            write(canvas, label, self.bold, SIZE, MARGIN, y, room - 2 * mm),
            write(canvas, value, self.regular, SIZE, MARGIN + room, y, COLUMN - room),
        )

    # -- the balances ---------------------------------------------------------------------

    def balance(self, y: float, heading: str, spendable: int, held: int) -> float:
        """``heading`` over the two accounts and their total, the amounts right-aligned."""
        y = write(self.canvas, heading, self.bold, 11, MARGIN, y, COLUMN) - 1 * mm
        total = self.tr(QT_TRANSLATE_NOOP("printing", "Total"))
        parts = (spendable, held, total)
        fonts = (self.regular, self.bold)
        return draw_amounts(self.canvas, fonts, y, parts, self.translate, self.decimal_mark) - GAP

    # -- the lines ------------------------------------------------------------------------

    def lines_table(self, y: float) -> float:
        tr = self.tr
        if y - 25 * mm < FOOT:  # no room for the headers and a row
            y = self.next_page()
        columns = (
            (tr(QT_TRANSLATE_NOOP("printing", "Date")), DATE),
            (tr(QT_TRANSLATE_NOOP("printing", "Entry")), WHAT),
            (self.translate(WORKSHOPS, ACCOUNT_LABELS[Account.SPENDABLE]), AMOUNT),
            (self.translate(WORKSHOPS, ACCOUNT_LABELS[Account.HELD]), AMOUNT),
        )
        if not self.doc.lines:
            nothing = tr(QT_TRANSLATE_NOOP("printing", "No entries in this period."))
            return write(self.canvas, nothing, self.regular, SIZE, MARGIN, y, COLUMN) - GAP
        table = Table(MARGIN, columns, TABLE_SIZE)
        rows = map(self.row, self.doc.lines)
        return draw_table(self.canvas, table, rows, y, FOOT, self.next_page) - GAP

    def row(self, line: StatementLine) -> list[str]:
        amount = self.money(line.amount, signed=True)
        held = line.account == Account.HELD
        return [line.day, line.text, "" if held else amount, amount if held else ""]

    def closing(self, y: float) -> None:
        doc, tr = self.doc, self.tr
        if y - CLOSING < FOOT:
            y = self.next_page()
        heading = tr(QT_TRANSLATE_NOOP("printing", "Closing balance on {day}"))
        y = self.balance(
            y, heading.format(day=doc.last_day), doc.closing_spendable, doc.closing_held
        )
        y = write(self.canvas, tr(HELD_EXPLAINED), self.regular, 8, MARGIN, y, COLUMN) - 2 * mm
        printed = tr(QT_TRANSLATE_NOOP("printing", "Printed {time}")).format(time=doc.printed_at)
        write(self.canvas, printed, self.regular, 8, MARGIN, y, COLUMN)

    # -- pages ----------------------------------------------------------------------------

    def next_page(self) -> float:
        """A new page headed with the prisoner, the title and the period, so that a page
        come apart from the others still says whose account it is."""
        self.page_foot()
        self.canvas.showPage()
        self.page += 1
        head = " — ".join((self.doc.prisoner, self.title(), self.period()))
        return write(self.canvas, head, self.regular, 8, MARGIN, HEIGHT - MARGIN, COLUMN) - 3 * mm

    def page_foot(self) -> None:
        """The page's number and the count of pages ("n / N") at the foot on the right; the
        count is a form, drawn once the last page is done."""
        canvas = self.canvas
        x = WIDTH - MARGIN - 8 * mm
        canvas.setFont(self.regular, 8)
        canvas.drawRightString(x, MARGIN, f"{self.page} / ")
        canvas.saveState()
        canvas.translate(x, MARGIN)
        canvas.doForm(PAGES)
        canvas.restoreState()


def draw_amounts(
    canvas: Canvas,
    fonts: tuple[str, str],
    y: float,
    parts: tuple[int, int, str],
    translate: Translate,
    decimal_mark: str,
) -> float:
    """The spendable and the held amounts of ``parts`` under their accounts' names, and their
    sum in bold under a rule, labelled by ``parts``' text; the amounts right-aligned.
    Returns the foot of the sum."""
    regular, bold = fonts
    spendable, held, total_label = parts
    rows = (
        (translate(WORKSHOPS, ACCOUNT_LABELS[Account.SPENDABLE]), spendable, regular),
        (translate(WORKSHOPS, ACCOUNT_LABELS[Account.HELD]), held, regular),
        (total_label, spendable + held, bold),
    )
    right = MARGIN + BALANCE
    for label, amount, font in rows:
        foot = write(canvas, label, font, SIZE, MARGIN + 4 * mm, y, BALANCE - 36 * mm)
        canvas.setFont(font, SIZE)
        canvas.drawRightString(right, y - 0.8 * LINE, money(amount, decimal_mark))
        if font == bold:  # the sum under a rule
            canvas.setLineWidth(0.4)
            canvas.line(right - 30 * mm, y + 0.3 * mm, right, y + 0.3 * mm)
        y = foot - 0.8 * mm
    return y


def write(
    canvas: Canvas, text: str, font: str, size: float, x: float, y: float, room: float
) -> float:
    """``text`` wrapped to ``room`` from ``y`` down; returns the foot of its last line."""
    leading = LINE * size / SIZE
    canvas.setFont(font, size)
    for line in wrap_text(text, font, size, room):
        canvas.drawString(x, y - 0.8 * leading, line)
        y -= leading
    return y
