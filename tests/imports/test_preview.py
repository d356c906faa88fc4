"""The preview tells the truth about what an earlier import left: a contact imported and then
removed by the user is not "already in the case"; it is counted apart, and not added again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from onrecord.imports import execute, prepare
from onrecord.store import Workspace
from onrecord.store.enums import EventKind

CHINA = ZoneInfo("Asia/Shanghai")


def test_a_removed_contact_is_counted_as_removed_not_as_in_the_case(
    workspace: Workspace, case_id: int, fixtures: Path, row_counts
) -> None:
    log = fixtures / "contact-log.csv"
    first = prepare(workspace, case_id, log)
    assert (first.preview.already_imported, first.preview.removed_before) == (0, 0)
    assert execute(workspace, first).added == 4
    [wrong] = [e for e in workspace.cases.events(case_id) if e.kind == EventKind.MISSED_CALL]
    workspace.corrections.remove_event(wrong.id, "not this collector")

    again = prepare(workspace, case_id, log)

    assert again.preview.records == 4
    assert again.preview.already_imported == 3  # what the case really holds
    assert again.preview.removed_before == 1
    by_number = {n.key: n for n in again.preview.numbers}
    caller = by_number["+8613800138000"]  # the removed missed call and a call
    assert (caller.count, caller.already_imported, caller.removed_before) == (2, 1, 1)
    assert sum(n.already_imported for n in again.preview.numbers) == 3
    assert sum(n.removed_before for n in again.preview.numbers) == 1

    before = row_counts(workspace)
    result = execute(workspace, again)
    assert (result.added, result.already_there, result.removed_before) == (
        0,
        3,
        1,
    )  # not brought back
    assert row_counts(workspace) == before
    kinds = sorted(e.kind for e in workspace.cases.events(case_id))
    assert EventKind.MISSED_CALL not in kinds and len(kinds) == 3


def test_removing_a_contact_typed_by_hand_changes_nothing_in_the_preview(
    workspace: Workspace, case_id: int, fixtures: Path
) -> None:
    # The file's first contact, typed by hand, then removed: no import made it.
    typed = workspace.cases.log_event(
        case_id,
        EventKind.MISSED_CALL,
        dt.datetime(2026, 3, 2, 7, 55, tzinfo=CHINA),
        number="138 0013 8000",
    )
    workspace.corrections.remove_event(typed.id)
    plan = prepare(workspace, case_id, fixtures / "contact-log.csv")
    assert (plan.preview.already_imported, plan.preview.removed_before) == (0, 0)
    assert execute(workspace, plan).added == 4
