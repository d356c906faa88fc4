"""A letter falls on the date written on it, in every place that works out a contact's day.

A letter dated 2 March and logged on Shanghai's clock is stored at noon there (04:00 UTC),
23:00 on 1 March in New York. In a New York case the conduct check and the export's date
range read it on the case's clock (1 March) while the timeline and the report listed it on
2 March: a possible issue dated a day before its letter, and a package "from 2 March" that
left the letter of 2 March out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from test_report_agrees_with_app import export, html_of, rows

from onrecord.conduct.evaluator import evaluate
from onrecord.conduct.model import CaseInput, EventIn, NoticeIn
from onrecord.conduct.rules import load_pack
from onrecord.conduct.service import check_case
from onrecord.contactday import contact_day, on_clock
from onrecord.evidence.snapshot import take_snapshot
from onrecord.store import Workspace
from onrecord.store.enums import DATE_ONLY_HOUR, EventKind
from onrecord.store.errors import InvalidInputError

NEW_YORK = ZoneInfo("America/New_York")
SHANGHAI = ZoneInfo("Asia/Shanghai")
WRITTEN = dt.date(2026, 3, 2)  # the date on the letter
#: stored as the log dialog stores a letter: noon of its date on the clock it was logged in
LETTER_AT = dt.datetime(2026, 3, 2, DATE_ONLY_HOUR, tzinfo=SHANGHAI)


def _letter_case(ws: Workspace) -> tuple[int, int]:
    case = ws.cases.create_case("Harbor Bank card", jurisdiction="us", timezone="America/New_York")
    letter = ws.cases.log_event(
        case.id, EventKind.LETTER, LETTER_AT, timezone="Asia/Shanghai", tags=["threat"]
    )
    return case.id, letter.id


def test_the_day_of_a_letter_is_the_date_written_on_it() -> None:
    assert LETTER_AT.astimezone(NEW_YORK).date() == dt.date(2026, 3, 1)  # what went wrong
    assert contact_day(LETTER_AT, SHANGHAI, dated=True, zone=NEW_YORK) == WRITTEN
    assert contact_day(LETTER_AT, "Asia/Shanghai", dated=True) == WRITTEN
    moved = on_clock(LETTER_AT, SHANGHAI, dated=True, zone=NEW_YORK)
    assert (moved.date(), moved.hour, moved.tzinfo) == (WRITTEN, DATE_ONLY_HOUR, NEW_YORK)
    # A contact with a time is read on the clock asked for: the case's, or its own.
    call = dt.datetime(2026, 3, 2, 9, 30, tzinfo=SHANGHAI)
    assert contact_day(call, SHANGHAI, dated=False, zone=NEW_YORK) == dt.date(2026, 3, 1)
    assert contact_day(call, SHANGHAI, dated=False) == WRITTEN
    assert on_clock(call, SHANGHAI, dated=False, zone=NEW_YORK) == call


def test_a_letter_from_another_zone_is_on_its_date_in_the_conduct_check(
    workspace: Workspace,
) -> None:
    case_id, letter_id = _letter_case(workspace)
    result = check_case(workspace, case_id)
    [finding] = [f for f in result.findings if letter_id in f.event_ids]
    # Every reader (the Possible issues panel, the report) dates it on the case's clock.
    assert finding.first_at.astimezone(NEW_YORK).date() == WRITTEN
    assert finding.date_only_at(finding.first_at)  # still shown by its date alone
    assert finding.local_times[0].startswith("2026-03-02 ")


def test_a_cease_letter_from_another_zone_takes_effect_on_its_date() -> None:
    """Their call on the letter's date is a same-day edge case, and one the day before is
    not after the notice (on the case's clock the letter had read as of 1 March)."""
    pack = load_pack("us")
    case = CaseInput(
        timezone="America/New_York",
        events=[
            EventIn(9, "call", "incoming", dt.datetime(2026, 3, 1, 23, 30, tzinfo=NEW_YORK)),
            EventIn(10, "call", "incoming", dt.datetime(2026, 3, 2, 14, 0, tzinfo=NEW_YORK)),
        ],
        notices=[NoticeIn("cease_request", LETTER_AT, dated=True, zone="Asia/Shanghai")],
    )
    found = [f for f in evaluate(case, pack).findings if "cease" in f.rule_id.lower()]
    assert [f.event_ids for f in found] == [(10,)]
    assert found[0].edge  # the same day as the letter: which came first is not known
    assert "Mar 2, 2026" in found[0].detail


def test_the_export_date_range_takes_a_letter_on_its_date(
    workspace: Workspace, tmp_path: Path
) -> None:
    case_id, letter_id = _letter_case(workspace)

    def exported(date_from: dt.date, date_to: dt.date) -> set[int]:
        snapshot = take_snapshot(workspace, case_id, date_from=date_from, date_to=date_to)
        return {e["id"] for e in snapshot.events}

    assert exported(WRITTEN, WRITTEN) == {letter_id}
    with pytest.raises(InvalidInputError, match="its contacts are from 2026-03-02 to 2026-03-02"):
        exported(dt.date(2026, 3, 1), dt.date(2026, 3, 1))  # an empty range is refused
    # The report lists it on that date, in the contacts and in the possible issues.
    html = html_of(export(workspace, case_id, tmp_path / "out", date_from=WRITTEN))
    [letter_row] = [r for r in rows(html, "timeline") if r[0] == str(letter_id)]
    assert letter_row[1] == "Mar 2, 2026"
    [issue] = [r for r in rows(html, "findings") if f"#{letter_id}" in r[4]]
    assert issue[3] == "Mar 2, 2026"
