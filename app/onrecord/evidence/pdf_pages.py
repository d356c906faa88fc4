"""Where the PDF report's pages break: never through a table row or a line of text, never
right after a heading, and a table that goes on over a page break repeats its header row.

Qt's own pagination (``QTextDocument.setPageSize``) moves lines, not rows: a contact whose
summary wraps to three lines was cut in two across pages, and a heading could end a page
with its table on the next. Here the document is laid out once as one long page, cut into
*atoms* (a paragraph, a table row; a heading sticks to what follows it, a table's header row
to its first row), and :func:`plan` chooses each page's last atom. Only something taller than
a whole page is cut inside, and then between two lines of text.

The planning is plain arithmetic on the atoms (tested without Qt); :func:`atoms_of` measures
them from a laid-out ``QTextDocument``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Header:
    """A table's header rows, drawn again at the top of each page the table goes on to."""

    top: float
    bottom: float
    overlap: float = 0.0  # the border line the header and the next row share


@dataclass(frozen=True)
class Atom:
    """A part of the long page that a page break must not cut (top to bottom)."""

    top: float
    bottom: float
    #: no page break between this and the next atom (a heading, a table's header row)
    glue: bool = False
    #: the table this is a body row of, with its header rows (None: not a row, or no header)
    header: Header | None = None
    #: its lines of text (top, bottom): where to cut it if it is taller than a page
    lines: tuple[tuple[float, float], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Slice:
    """One page: the long page from ``top`` to ``bottom``, under ``header`` if any."""

    top: float
    bottom: float
    header: Header | None = None


def plan(atoms: list[Atom], height: float) -> list[Slice]:
    """Pages of at most ``height`` each for ``atoms`` (in order, top to bottom)."""
    pages: list[Slice] = []
    i = 0
    start: float | None = None  # where the page starts inside atoms[i], cut on the last one
    while i < len(atoms):
        header = atoms[i].header if start is None and _continues_table(atoms, i) else None
        if header is not None and _height(header) > height / 3:
            header = None  # a header that big would leave too little room under it
        top = atoms[i].top if start is None else start
        room = height - (_height(header) if header else 0.0)
        last = _last_that_fits(atoms, i, top + room)
        if last < i:  # glued to more than fits on a page: the glue gives way first
            last = _last_that_fits(atoms, i, top + room, glue=False)
        if last >= i:
            pages.append(Slice(top, atoms[last].bottom, header))
            i, start = last + 1, None
            continue
        # Taller than a page: cut between two of its lines (through one only if a single
        # line is taller than the page).
        cut = _cut(atoms[i], top, top + room)
        pages.append(Slice(top, cut, header))
        start = cut
    return pages


def _cut(atom: Atom, top: float, limit: float) -> float:
    """The lowest place in ``atom`` after ``top`` and not below ``limit`` that is not inside
    one of its lines (``limit`` itself if there is none)."""
    inside = [(a, b) for a, b in atom.lines if a < limit and b > top]
    candidates = [a for a, _ in inside if top < a] + [limit]
    fine = [y for y in candidates if not any(a < y < b for a, b in inside)]
    return max(fine) if fine else limit


def _height(header: Header) -> float:
    return header.bottom - header.top - header.overlap


def _continues_table(atoms: list[Atom], i: int) -> bool:
    """Is atoms[i] a body row whose table started on an earlier page (so not its first)?"""
    return atoms[i].header is not None and i > 0 and atoms[i - 1].header == atoms[i].header


def _last_that_fits(atoms: list[Atom], i: int, limit: float, *, glue: bool = True) -> int:
    """The last atom to end a page that starts with atoms[i]: the furthest that fits (and,
    with ``glue``, is not glued to the next); i - 1 if none is."""
    best = i - 1
    j = i
    while j < len(atoms) and atoms[j].bottom <= limit:
        if not (glue and atoms[j].glue) or j == len(atoms) - 1:
            best = j
        j += 1
    return best


#: a paragraph of at most this many lines just before a table (an introduction, a label)
#: stays on the page with the table's first row
INTRO_LINES = 2


def atoms_of(doc: Any) -> list[Atom]:
    """The atoms of a laid-out ``QTextDocument`` (no page size: one long page)."""
    from PySide6.QtGui import QTextCursor

    layout = doc.documentLayout()
    device = layout.paintDevice()
    # HTML pixels (padding, borders) are 1/96 inch: Qt scales them to the device's dots.
    scale = device.logicalDpiY() / 96 if device is not None else 1.0
    root = doc.rootFrame()
    tables: dict[int, _Table] = {}
    order: list[Atom | _Table] = []  # in document order
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        text = block.layout()
        lines = tuple(
            (rect.top() + line.y(), rect.top() + line.y() + line.height())
            for line in (text.lineAt(n) for n in range(text.lineCount()))
        )
        table = QTextCursor(block).currentTable()
        heading = block.blockFormat().headingLevel() > 0
        if table is None:
            if block.text().strip() or heading:
                order.append(Atom(rect.top(), rect.bottom(), heading, None, lines))
        else:
            outer = _outermost(table, root)
            if id(outer) not in tables:
                tables[id(outer)] = _Table(outer, scale)
                order.append(tables[id(outer)])
            row = outer.cellAt(block.position()).row()
            tables[id(outer)].add(row, rect.top(), rect.bottom(), lines)
        block = block.next()
    atoms: list[Atom] = []
    for item in order:
        if isinstance(item, Atom):
            atoms.append(item)
            continue
        rows = item.atoms()
        if rows and atoms and not atoms[-1].glue and len(atoms[-1].lines) <= INTRO_LINES:
            atoms[-1] = replace(atoms[-1], glue=True)
        atoms.extend(rows)
    return atoms


def _outermost(table: Any, root: Any) -> Any:
    """The table of ``root`` that holds ``table`` (itself unless nested in another's cell)."""
    from PySide6.QtGui import QTextTable

    found = table
    frame = table.parentFrame()
    while frame is not None and frame != root:
        if isinstance(frame, QTextTable):
            found = frame
        frame = frame.parentFrame()
    return found


class _Table:
    """The rows of one table, measured from the text in their cells: a row reaches from the
    line above its text to the line below (a line between two rows belongs to both)."""

    def __init__(self, table: Any, scale: float) -> None:
        fmt = table.format()
        self.border = fmt.border() * scale
        self.edge = fmt.cellPadding() * scale + self.border  # a cell's text to its row's line
        self.header_rows = fmt.headerRowCount()
        self.rows: dict[int, list[float]] = {}  # row -> [top, bottom] of its text
        self.lines: dict[int, list[tuple[float, float]]] = {}

    def add(
        self, row: int, top: float, bottom: float, lines: tuple[tuple[float, float], ...]
    ) -> None:
        span = self.rows.setdefault(row, [top, bottom])
        span[0], span[1] = min(span[0], top), max(span[1], bottom)
        self.lines.setdefault(row, []).extend(lines)

    def atoms(self) -> list[Atom]:
        rows = sorted(self.rows)
        spans = {r: (self.rows[r][0] - self.edge, self.rows[r][1] + self.edge) for r in rows}
        head = [r for r in rows if r < self.header_rows]
        header = None
        if head and len(head) < len(rows):
            header = Header(spans[head[0]][0], spans[head[-1]][1], self.border)
        return [
            Atom(
                *spans[r],
                glue=r < self.header_rows,
                header=None if r < self.header_rows else header,
                lines=tuple(sorted(self.lines[r])),
            )
            for r in rows
        ]
