"""report/index.html: one self-contained page that works offline from the package folder.

No external URL anywhere (a content security policy forbids loading any); charts are inline
SVG; each mark's time is a link that seeks the call's <audio> element (and, without script,
opens the file at that time with a media fragment). A call recorded in several files has an
<audio> element per file, and each mark seeks the one it falls in, at its time in that file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from importlib import resources

from .catalogue import HTML_LANG
from .charts import per_day_svg, per_hour_svg
from .marks_formats import tag_text
from .report_model import PHONE_IN_TEXT, ReportModel

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "media-src 'self' file:; img-src data:"
)

SCRIPT = """
document.addEventListener('click', function (ev) {
  var link = ev.target.closest ? ev.target.closest('a.seek') : null;
  if (!link) { return; }
  var audio = document.getElementById(link.getAttribute('data-audio'));
  if (!audio) { return; }
  ev.preventDefault();
  audio.currentTime = parseFloat(link.getAttribute('data-t'));
  var played = audio.play();
  if (played && played.catch) { played.catch(function () {}); }
  var current = document.querySelectorAll('a.seek.current');
  for (var i = 0; i < current.length; i++) { current[i].classList.remove('current'); }
  link.classList.add('current');
});
"""


#: The demo banner's look (here rather than in report.css: only this page draws it).
DEMO_CSS = (
    ".demo { margin: 0 0 12px; padding: 10px 14px; border: 3px solid #a32020; color: #a32020;"
    " background: #fdecec; font-weight: 700; font-size: 17px; }"
    # A package of part of the case says so where the reader starts (see _selection).
    " .selection { margin: 12px 0; padding: 8px 14px; border: 3px solid #8a5a00;"
    " background: #fff4d6; color: #3d2a00; }"
    " .selection h2 { margin: 4px 0; font-size: 17px; color: #3d2a00; border: none; }"
    " .selection p { margin: 4px 0; }"
)


def _selection(m: ReportModel) -> str:
    """The first page's statement that the package is a selection, and of what."""
    if not m.selection:
        return ""
    said = "".join(f"<p>{_e(text)}</p>" for text in m.selection)
    return f'<div class="selection" role="note"><h2>{_e(m.s("selection.heading"))}</h2>{said}</div>'


def _ledger(m: ReportModel, table: str) -> str:
    """A promises or payments table, after the note that a selection lists only its own."""
    note = f'<p class="note">{_e(m.ledger_note)}</p>' if m.ledger_note else ""
    if not note:
        return table
    return note + (table or f"<p>{_e(m.s('none'))}</p>")


def _css() -> str:
    css = resources.files("onrecord").joinpath("resources", "report", "report.css")
    return css.read_text("utf-8") + DEMO_CSS


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _cell(value: object) -> str:
    """A table cell's text: a phone number never broken, nor a date or a time (_moment)."""
    return _moment(str(value))


def _plain(text: str) -> str:
    return PHONE_IN_TEXT.sub(lambda m: f'<span class="tel">{m.group(0)}</span>', _e(text))


def _facts(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    return f'<table class="facts">{cells}</table>'


def _table(
    header: list[str],
    rows: list[list[str]],
    css: str = "",
    marks: list[bool] | None = None,
    *,
    row_ids: list[str] | None = None,
    cell: Callable[[int, int, str], str] | None = None,
    columns: tuple[str, ...] = (),
) -> str:
    """``row_ids``: each row's anchor; ``cell(row, column, text)``: a cell's HTML where it
    is more than its escaped text (a link); ``columns``: each column's class, its header's
    too ("nw": short words, never broken; "path": a file's name, broken only after "/", "-"
    and "_"), "" for none."""
    if not rows:
        return ""

    def name(column: int) -> str:
        return columns[column] if column < len(columns) else ""

    def td(tag: str, column: int, content: str) -> str:
        cls = name(column)
        return f'<{tag} class="{cls}">{content}</{tag}>' if cls else f"<{tag}>{content}</{tag}>"

    def content(row: int, column: int, text: str) -> str:
        if name(column) == "path":
            return _path(text)
        if name(column) == "nw":  # short words, whole anyway
            return _plain(text)
        return cell(row, column, text) if cell else _cell(text)

    head = "".join(td("th", j, _e(h)) for j, h in enumerate(header))
    body = []
    for i, r in enumerate(rows):
        cls = ' class="off"' if marks and marks[i] else ""
        anchor = f' id="{_e(row_ids[i])}"' if row_ids else ""
        cells = (content(i, j, c) for j, c in enumerate(r))
        body.append(
            f"<tr{anchor}{cls}>" + "".join(td("td", j, c) for j, c in enumerate(cells)) + "</tr>"
        )
    return f'<table class="grid {css}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


#: The pieces of a moment as localefmt writes them, each kept whole on a line: a date
#: ("2026年11月7日", "Nov 7, 2026", "November 7, 2026"), a time with its time-of-day word
#: ("下午7:30:00", "5:17 PM", "17:17"), an offset ("UTC-05:00"), an ISO instant in brackets
#: ("(2026-11-29T11:32:16Z)"). A 1000-pixel findings table broke "下午" in two.
MOMENT_PIECE = re.compile(
    r"\d{4}年\d{1,2}月\d{1,2}日"
    r"|\b[A-Z][a-z]+ \d{1,2}, \d{4}"
    r"|(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?(?: [AP]M\b)?"
    r"|UTC[+-]\d{2}:\d{2}"
    r"|\(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\)"
)


def _moment(text: str) -> str:
    """Text holding moments ("2026年11月7日 17:17", "Nov 7, 2026 5:17 PM UTC-05:00", a span
    "… … …", a sentence with a time in it, "07:00–22:00") with the date, the time and the
    offset of each never broken, a line break allowed only between them and in the words
    around them (as the PDF puts the date over the time)."""
    out, at = [], 0
    for found in MOMENT_PIECE.finditer(text):
        out.append(_plain(text[at : found.start()]))
        out.append(f'<span class="nw">{_e(found[0])}</span>')
        at = found.end()
    out.append(_plain(text[at:]))
    return "".join(out)


#: where a file's path or name may break: after a slash, a hyphen or an underscore
_PATH_BREAK = re.compile(r"(?<=[/_-])(?=.)")


def _path(text: str) -> str:
    """A file name or path ("attachments/002-envelope.png") that breaks only after "/", "-"
    or "_" (a narrow column broke it anywhere: "letter1.pn" / "g")."""
    return "<wbr>".join(_e(part) for part in _PATH_BREAK.split(text))


def _section(anchor: str, title: str, content: str, none: str) -> str:
    return f'<section id="{anchor}"><h2>{_e(title)}</h2>{content or f"<p>{_e(none)}</p>"}</section>'


def _withdrawn(m: ReportModel) -> str:
    """The contacts the user withdrew, each with the reason (a section only if there are)."""
    if not m.withdrawn:
        return ""
    s = m.s
    header = ["#", s("when"), s("kind"), s("who"), s("tags_col"), s("summary_col")]
    header += [s("withdrawn_reason"), s("withdrawn_on")]
    return _section(
        "withdrawn",
        s("withdrawn_title"),
        f"<p class='note'>{_e(s('withdrawn_intro'))}</p>"
        + _table(
            header,
            m.withdrawn,
            "withdrawn",
            columns=("nw", "when", "nw", "who", "tags", "summary", "", "when"),
        ),
        s("none"),
    )


def _notes_list(title: str, notes: list[str]) -> str:
    if not notes:
        return ""
    items = "".join(f"<li>{_e(note)}</li>" for note in notes)
    return f'<h3>{_e(title)}</h3><ul class="notes">{items}</ul>'


#: where the timeline's "Source" column is, to link a recorded call to its recording
_SOURCE_COLUMN = 7
#: the timeline's columns' classes (report.css): a 1000-pixel window broke "未接来电" one
#: character a line and stacked "已接通" while the mostly empty Tags column took a quarter
#: of the width. Short words never break: #, kind, duration and answered ("nw") not at
#: all, the date and the time of "when" each whole, the direction ("kw") only between words
#: ("from them to / someone else"; 对方联系他人 whole), as the source ("演示（虚构）" broke
#: as "演示（虚" / "构）"); who, tags and summary wrap, the summary with the most room
TIMELINE_COLUMNS = ("nw", "when", "nw", "kw", "nw", "nw", "who", "source kw", "tags", "summary")
_EVENT_REF = re.compile(r"#(\d+)")


def _timeline_cell(m: ReportModel) -> Callable[[int, int, str], str]:
    """A recorded contact's Source cell links to its recording below (a paralegal could not
    get from a call in the table to its audio)."""

    def cell(row: int, column: int, text: str) -> str:
        recording = m.timeline_recordings[row] if row < len(m.timeline_recordings) else None
        if column == _SOURCE_COLUMN and recording is not None:
            return f'<a href="#recording-{recording}">{_cell(text)}</a>'
        return _cell(text)

    return cell


def _findings_cell(events: set[str]) -> Callable[[int, int, str], str]:
    """A possible issue's "#13" links to that contact's row in the table above."""

    def cell(row: int, column: int, text: str) -> str:
        return _EVENT_REF.sub(
            lambda found: (
                f'<a href="#event-{found[1]}">{found[0]}</a>' if found[1] in events else found[0]
            ),
            _cell(text),
        )

    return cell


#: where the attachments' "Belongs to" column is, to link a file to its contact
_BELONGS_COLUMN = 1
#: the attachments' columns' classes (report.css): a 1000-pixel window stacked the empty
#: description's header 內容 one character a line and broke the names anywhere
#: ("letter1.pn" / "g", "attachments/002-envelo" / "pe.png"), as every cell of the table
#: could break anywhere for its hashes. Names break after "/", "-" and "_" only; the hash,
#: smaller and in monospace, anywhere.
ATTACHMENT_COLUMNS = ("name", "belongs", "path", "description", "hash")
#: the possible issues' columns: the time of each kept whole ("下午" was broken in two)
FINDINGS_COLUMNS = ("", "", "nw", "when", "")
#: the promises' columns: who made it and to whom break only between words (陳專員 was
#: broken in a 1000-pixel window, beside the times and amounts that never break)
PROMISE_COLUMNS = ("when", "kw", "kw", "", "nw", "when", "")


def _attachment_cell(m: ReportModel) -> Callable[[int, int, str], str]:
    """A file's contact ("#12 · letter · …") links to that contact's row in the timeline (a
    withdrawn contact, listed apart, is not linked)."""
    listed = {int(row[0]) for row in m.timeline}

    def cell(row: int, column: int, text: str) -> str:
        event = m.attachment_events[row] if row < len(m.attachment_events) else None
        if column == _BELONGS_COLUMN and event is not None and event in listed:
            return f'<a href="#event-{event}">{_cell(text)}</a>'
        if column == 0:  # the file's own name (its name in the package: a "path" column)
            return _path(text)
        return _cell(text)

    return cell


def _calls(m: ReportModel) -> str:
    s = m.s
    out = [f'<p class="hint">{_e(s("play_hint"))}</p>'] if m.calls else []
    for call in m.calls:
        r = call.recording
        several = len(call.audio) > 1
        rows = []
        for place in call.marks:
            mark, offset, wall = place.mark, place.offset, place.wall
            cls = "mark retracted" if mark.retracted else "mark"
            flags = []
            if mark.retracted:
                flags.append(f'<span class="badge retracted">{_e(s("retracted"))}</span>')
            if place.added:
                flags.append(f'<span class="badge">{_e(place.added)}</span>')
            if len(mark.revisions) > 1:
                history = " | ".join(
                    f"{r['number']}: {r['text']}" + (f" ({r['reason']})" if r["reason"] else "")
                    for r in mark.revisions
                )
                flags.append(
                    f'<span class="badge" title="{_e(s("history"))}{s("colon")}{_e(history)}">'
                    f"{_e(s('edited'))} ×{len(mark.revisions) - 1}</span>"
                )
            in_file = f"<td>{_e(place.in_file)}</td>" if several else ""
            rows.append(
                f'<tr class="{cls}"><td><a class="seek" href="{_e(place.audio.href)}#t={place.seconds:.3f}" '
                f'data-audio="{place.audio.element_id}" data-t="{place.seconds:.3f}">{_e(offset)}</a></td>'
                f"{in_file}"
                f"<td>{_e(wall)}</td><td>{_e(tag_text(mark, s))}</td><td>{_e(mark.text)} {' '.join(flags)}</td></tr>"
            )
        in_file_head = f"<th>{_e(s('in_file'))}</th>" if several else ""
        marks_html = (
            '<table class="grid marks"><thead><tr>'
            f"<th>{_e(s('offset'))}</th>{in_file_head}<th>{_e(s('when'))}</th><th>{_e(s('tag'))}</th><th>{_e(s('text'))}</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            if rows
            else f"<p>{_e(s('no_marks'))}</p>"
        )
        players = "".join(
            (f'<p class="note">{_e(audio.label)}</p>' if audio.label else "")
            + f'<audio id="{audio.element_id}" controls preload="metadata" src="{_e(audio.href)}"></audio>'
            for audio in call.audio
        )
        note = f'<p class="note">{_e(call.note)}</p>' if call.note else ""
        warning = f'<p class="warn" role="note">{_e(call.warning)}</p>' if call.warning else ""
        warning += "".join(
            f'<p class="note"><b>{_e(s("rec.heading"))}{_e(s("colon"))}</b>{_e(text)}</p>'
            for text in call.recorder
        )
        out.append(
            f'<article class="call" id="recording-{r.id}"><h3>{_e(s("recording"))} {r.id}{s("colon")}{_e(call.heading)}</h3>'
            f"{warning}{_facts(call.facts)}{note}{players}"
            f"{marks_html}</article>"
        )
    return "".join(out)


def render_html(m: ReportModel) -> str:
    s = m.s
    start, end = m.chart.allowed
    charts = ""
    if m.chart.per_day:
        charts = (
            f'<p class="note">{_e(m.charts_note)}</p>'
            + per_day_svg(m.chart, s("per_day"), s.language)
            + per_hour_svg(m.chart, s("per_hour"), s("off_hours_legend", start=start, end=end))
        )
    notes = "".join(f'<h3>{_e(k)}</h3><p class="note">{_e(v)}</p>' for k, v in m.notes)
    integrity = (
        f"<p>{_e(s('integrity_text'))}</p>"
        + (f"<p>{_e(m.audit_note)}</p>" if m.audit_note else "")
        + _facts(
            [
                (s("signing_key"), m.fingerprint),
                (s("audit_head"), m.audit_head),
                (s("audit_events"), str(m.audit_case_events)),
            ]
        )
        + _table([s("file"), s("sha256")], m.integrity, "hashes", columns=("path", "hash"))
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{HTML_LANG[s.language]}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(s('title'))} — {_e(m.reference)} — {_e(m.title)}</title>",
        f"<style>{_css()}</style></head><body>",
        '<header class="cover">',
        f'<p class="demo" role="note">{_e(m.demo_banner)}</p>' if m.demo_banner else "",
        f'<p class="kicker">{_e(s("title"))} · {_e(s("subtitle"))}</p>',
        f"<h1>{_e(m.title)}</h1>",
        f'<p class="ref">{_e(s("case_ref"))}{s("colon")}<strong>{_e(m.reference)}</strong> · '
        f"{_e(s('generated'))}{s('colon')}{_e(m.generated)}</p>",
        f'<p class="advice">{_e(s("not_advice"))}</p>',
        _selection(m),
        f'<p class="key">{_e(s("signing_key"))}{s("colon")}<code>{_e(m.fingerprint)}</code><br>'
        f"{_e(s('public_key'))}{s('colon')}<code>{_e(m.public_key)}</code></p>",
        "</header><main>",
        _section(
            "summary",
            s("summary"),
            _facts(m.summary_facts) + (f'<p class="warn">{_e(m.skipped)}</p>' if m.skipped else ""),
            s("none"),
        ),
        _section("case", s("case_title"), _facts(m.case_facts) + notes, s("none")),
        _section(
            "parties",
            s("parties"),
            _table(
                [s("name"), s("role"), s("employee_id"), s("organisation"), s("notes")], m.parties
            ),
            s("none"),
        ),
        _section(
            "numbers",
            s("numbers"),
            _table(
                [s("number"), s("as_entered"), s("who"), s("label"), s("number_check")],
                m.numbers,
            ),
            s("none"),
        ),
        _section("charts", s("charts"), charts, s("none")),
        _section(
            "timeline",
            s("timeline"),
            (f"<p class='note'>{_e(s('timeline_intro'))}</p>" if m.timeline else "")
            + (f"<p class='note'>{_e(m.letters_note)}</p>" if m.letters_note else "")
            + (
                f"<p class='note'>{_e(s('off_hours_rows', start=start, end=end))}</p>"
                if any(m.timeline_off)
                else ""
            )
            + _table(
                [
                    "#",
                    s("when"),
                    s("kind"),
                    s("direction"),
                    s("duration"),
                    s("answered"),
                    s("who"),
                    s("source"),
                    s("tags_col"),
                    s("summary_col"),
                ],
                m.timeline,
                "timeline",
                m.timeline_off,
                row_ids=[f"event-{row[0]}" for row in m.timeline],
                cell=_timeline_cell(m),
                columns=TIMELINE_COLUMNS,
            ),
            s("none"),
        ),
        _withdrawn(m),
        _section(
            "findings",
            s("findings"),
            (f"<p class='note'>{_e(m.findings_intro)}</p>" if m.findings else "")
            + _table(
                [s("rule"), s("citation"), s("confidence"), s("when"), s("what")],
                m.findings,
                cell=_findings_cell({row[0] for row in m.timeline}),
                columns=FINDINGS_COLUMNS,
            )
            + _notes_list(s("findings_notes"), m.findings_notes),
            s("none"),
        ),
        _section("calls", s("calls"), _calls(m), s("none")),
        _section(
            "promises",
            s("promises"),
            _ledger(
                m,
                _table(
                    [
                        s("made"),
                        s("by"),
                        s("who"),
                        s("description"),
                        s("amount"),
                        s("due_date"),
                        s("status"),
                    ],
                    m.promises,
                    columns=PROMISE_COLUMNS,
                ),
            ),
            s("none"),
        ),
        _section(
            "payments",
            s("payments"),
            _ledger(
                m,
                _table(
                    [s("paid_on"), s("amount"), s("method"), s("reference"), s("notes")],
                    m.payments,
                    columns=("when", "nw"),
                ),
            ),
            s("none"),
        ),
        _section(
            "attachments",
            s("attachments"),
            (
                _table(
                    [
                        s("original_name"),
                        s("belongs_to"),
                        s("package_file"),
                        s("description"),
                        s("sha256"),
                    ],
                    m.attachments,
                    "attachments",
                    cell=_attachment_cell(m),
                    columns=ATTACHMENT_COLUMNS,
                )
                or (f"<p>{_e(s('none'))}</p>" if m.attachments_note else "")
            )
            + (f"<p class='note'>{_e(m.attachments_note)}</p>" if m.attachments_note else ""),
            s("none"),
        ),
        _section("integrity", s("integrity"), integrity, s("none")),
        _section(
            "custody",
            s("custody"),
            _facts(m.custody)
            + _table(
                [s("file"), s("source"), s("created"), s("device"), s("finished")],
                m.custody_items,
                columns=("path", "", "when", "", "when"),
            ),
            s("none"),
        ),
        f"</main><footer><p>{_e(s('not_advice'))}</p><p>{_e(m.reference)} · {_e(m.fingerprint)}</p></footer>",
        f"<script>{SCRIPT}</script></body></html>",
    ]
    return "\n".join(parts) + "\n"
