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

from collections.abc import Callable
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
    #: the tops of its paragraphs: the first places to cut it (Qt draws the line just above
    #: where it is asked to start within a paragraph, which a PDF keeps as hidden text)
    paragraphs: tuple[float, ...] = field(default=(), compare=False)
    #: the table it is a row of (rows of one table share it); None: not a table row
    table: int | None = None
    #: the line a row shares with the next row of its table, as thick as it is drawn
    border: float = 0.0


@dataclass(frozen=True)
class Slice:
    """One page: the long page from ``top`` to ``bottom``, under ``header`` if any.
    ``reach``: set when the page ends between two rows of a table with lines, how far below
    ``bottom`` the next row starts being drawn (its top line is the line under this page's
    last row; the text below it stays off the page)."""

    top: float
    bottom: float
    header: Header | None = None
    reach: float = 0.0


def plan(atoms: list[Atom], height: float, first: float | None = None) -> list[Slice]:
    """Pages of at most ``height`` each for ``atoms`` (in order, top to bottom).

    ``first``: the room left on a page already begun (under the charts), where the first
    slice goes; it is empty (top == bottom) when what starts the atoms does not fit there,
    and everything goes on the pages after it."""
    pages: list[Slice] = []
    i = 0
    start: float | None = None  # where the page starts inside atoms[i], cut on the last one
    while i < len(atoms):
        header = atoms[i].header if start is not None or _continues_table(atoms, i) else None
        if header is not None and _height(header) > height / 3:
            header = None  # a header that big would leave too little room under it
        top = atoms[i].top if start is None else start
        full = height - (_height(header) if header else 0.0)  # the room on a page of its own
        begun = first is not None and not pages  # on the page already begun
        room = min(first, height) - (_height(header) if header else 0.0) if begun else full
        last = _last_that_fits(atoms, i, top + room)
        if begun and last < i:  # nothing (with what it is glued to) fits in what is left
            pages.append(Slice(top, top))
            continue
        if last < i:  # glued to more than fits on a page
            tall = next(j for j in range(i, len(atoms)) if atoms[j].bottom > top + room)
            if tall > i and atoms[tall].bottom - atoms[tall].top > full:
                # ...to something taller than any page: that starts here, under what is
                # glued to it (a heading, its table's header row), and goes on over pages
                cut = _cut(atoms[tall], atoms[tall].top, top + room)
                if cut > atoms[tall].top:
                    pages.append(Slice(top, cut, header))
                    i, start = tall, cut
                    continue
            last = _last_that_fits(atoms, i, top + room, glue=False)  # the glue gives way
        after = last + 1
        if (
            last >= i
            and after < len(atoms)
            and atoms[after].bottom - atoms[after].top > full
            and top + room - atoms[after].top > full / 4
        ):
            # The next atom is taller than any page: start it in the room left here rather
            # than leave that empty.
            cut = _cut(atoms[after], atoms[after].top, top + room)
            if cut > atoms[after].top:
                pages.append(Slice(top, cut, header))
                i, start = after, cut
                continue
        if last >= i:
            pages.append(Slice(top, atoms[last].bottom, header, _reach(atoms, last)))
            i, start = last + 1, None
            continue
        # Taller than a page: cut between two of its lines (through one only if a single
        # line is taller than the page).
        cut = _cut(atoms[i], top, top + room)
        pages.append(Slice(top, cut, header))
        start = cut
    return pages


def _reach(atoms: list[Atom], last: int) -> float:
    """How far into the next atom a page ending with atoms[last] is drawn: the line under a
    table row is drawn with the row after it, so a page that ends between two rows of one
    table reaches into the next row for it (not as far as that row's text)."""
    here = atoms[last]
    after = atoms[last + 1] if last + 1 < len(atoms) else None
    if here.table is None or after is None or after.table != here.table or not here.border:
        return 0.0
    return here.border + 1.0


def _cut(atom: Atom, top: float, limit: float) -> float:
    """The lowest place in ``atom`` after ``top`` and not below ``limit`` that is not inside
    one of its lines: between two paragraphs if there is such a place in the lower half of
    the page, else between two lines (``limit`` itself if there is none)."""
    inside = [(a, b) for a, b in atom.lines if a < limit and b > top]

    def fine(candidates: list[float]) -> list[float]:
        return [y for y in candidates if not any(a < y < b for a, b in inside)]

    half = top + (limit - top) / 2
    between = fine([y for y in atom.paragraphs if half <= y <= limit and y > top])
    if between:
        return max(between)
    anywhere = fine([a for a, _ in inside if top < a] + [limit])
    return max(anywhere) if anywhere else limit


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


def atoms_of(doc: Any, measured: Callable[[float], None] | None = None) -> list[Atom]:
    """The atoms of a laid-out ``QTextDocument`` (no page size: one long page).
    ``measured(fraction)`` is told how far it has got every few hundred paragraphs (a report
    of 100 000 marks takes tens of seconds here)."""
    from PySide6.QtGui import QTextCursor

    layout = doc.documentLayout()
    device = layout.paintDevice()
    # HTML pixels (padding, borders) are 1/96 inch: Qt scales them to the device's dots.
    scale = device.logicalDpiY() / 96 if device is not None else 1.0
    root = doc.rootFrame()
    tables: dict[int, _Table] = {}
    order: list[Atom | _Table] = []  # in document order
    in_list = False  # the last block was an item of a list
    block = doc.begin()
    count, blocks = 0, max(doc.blockCount(), 1)
    while block.isValid():
        count += 1
        if measured is not None and count % 500 == 0:
            measured(count / blocks)
        rect = layout.blockBoundingRect(block)
        text = block.layout()
        lines = tuple(
            (rect.top() + line.y(), rect.top() + line.y() + line.height())
            for line in (text.lineAt(n) for n in range(text.lineCount()))
        )
        first = lines[0][0] if lines else rect.top()
        table = QTextCursor(block).currentTable()
        heading = block.blockFormat().headingLevel() > 0
        if table is None:
            if block.text().strip() or heading:
                listed = block.textList() is not None
                label = order[-1] if order and isinstance(order[-1], Atom) else None
                if listed and not in_list and label is not None and _short(label):
                    order[-1] = replace(label, glue=True)  # a label stays with its list
                in_list = listed
                order.append(Atom(rect.top(), rect.bottom(), heading, None, lines, (rect.top(),)))
        else:
            outer = _outermost(table, root)
            if id(outer) not in tables:
                tables[id(outer)] = _Table(outer, scale)
                order.append(tables[id(outer)])
            row = outer.cellAt(block.position()).row()
            tables[id(outer)].add(row, rect.top(), rect.bottom(), lines, first)
            in_list = False
        block = block.next()
    atoms: list[Atom] = []
    for item in order:
        if isinstance(item, Atom):
            atoms.append(item)
            continue
        rows = item.atoms(len(atoms))
        if rows and atoms and atoms[-1].table is None and _short(atoms[-1]):
            atoms[-1] = replace(atoms[-1], glue=True)
        atoms.extend(rows)
    return atoms


def _short(atom: Atom) -> bool:
    """A paragraph short enough to be an introduction or a label (not a table row)."""
    return atom.table is None and not atom.glue and len(atom.lines) <= INTRO_LINES


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
        self.paragraphs: dict[int, list[float]] = {}

    def add(
        self,
        row: int,
        top: float,
        bottom: float,
        lines: tuple[tuple[float, float], ...],
        paragraph: float,
    ) -> None:
        span = self.rows.setdefault(row, [top, bottom])
        span[0], span[1] = min(span[0], top), max(span[1], bottom)
        self.lines.setdefault(row, []).extend(lines)
        self.paragraphs.setdefault(row, []).append(paragraph)

    def atoms(self, key: int) -> list[Atom]:
        """Its rows as atoms; ``key`` tells this table's rows from another's."""
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
                paragraphs=tuple(sorted(self.paragraphs[r])),
                table=key,
                border=self.border,
            )
            for r in rows
        ]
