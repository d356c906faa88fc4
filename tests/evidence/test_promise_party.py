"""The promise table's "who" column is never blank: a promise noted during a call (the call
panel stores its call, not a party) names the collector the call is linked to."""

from __future__ import annotations

import datetime as dt
import json
import re
from html import unescape
from pathlib import Path

from evidence_helpers import EXPORT_TIME

from onrecord.evidence.export import ExportOptions, export_case
from onrecord.store import Workspace
from onrecord.store.enums import EventKind, PartyRole, PromiseBy


def _promise_rows(html: str) -> list[list[str]]:
    body = re.search(r'<section id="promises">.*?</section>', html, re.S)
    assert body
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body[0])[1:]
    return [[unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)] for row in rows]


def test_a_promise_made_on_a_call_names_the_calls_collector(
    workspace: Workspace, tmp_path: Path
) -> None:
    case = workspace.cases.create_case(
        "招商银行信用卡", jurisdiction="cn", timezone="Asia/Shanghai", reference="PP-1"
    )
    collector = workspace.cases.add_party(case.id, "李经理", role=PartyRole.COLLECTOR)
    start = dt.datetime(2026, 3, 3, 1, 0, tzinfo=dt.UTC)
    with_party = workspace.cases.log_event(
        case.id, EventKind.CALL, start, number="13912345678", party_id=collector.id
    )
    number_only = workspace.cases.log_event(
        case.id, EventKind.CALL, start + dt.timedelta(hours=1), number="10690000888"
    )
    for n, event_id in enumerate((with_party.id, number_only.id, None)):
        workspace.ledger.add_promise(
            case.id,
            PromiseBy.COLLECTOR,
            description=f"承诺 {n}",
            amount="5000",
            currency="CNY",
            event_id=event_id,
            made_at=start + dt.timedelta(hours=n, minutes=5),
        )
    result = export_case(
        workspace,
        case.id,
        tmp_path / "out",
        ExportOptions(language="zh_CN", now=EXPORT_TIME, pdf=False),
    )
    assert result.folder is not None
    html = (result.folder / "data/report/index.html").read_text("utf-8")
    assert [(row[2], row[3]) for row in _promise_rows(html)] == [
        ("李经理", "承诺 0"),  # the call's collector
        ("10690000888", "承诺 1"),  # no party: the call's number
        ("不明", "承诺 2"),  # nothing known: said, not left blank
    ]
    case_json = json.loads((result.folder / "data/case/case.json").read_text("utf-8"))
    assert [(p["party"], p["party_id"], p["party_from_event"]) for p in case_json["promises"]] == [
        ("李经理", None, True),
        (None, None, False),
        (None, None, False),
    ]
