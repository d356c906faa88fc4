"""Notices and event tags stored in the case file reach the conduct check."""

from __future__ import annotations

import datetime as dt

from onrecord.conduct.casedata import case_input
from onrecord.store import open_workspace


def test_a_logged_cease_letter_and_a_tagged_sms_reach_the_evaluator(tmp_path):
    with open_workspace(tmp_path / "data") as ws:
        case = ws.cases.create_case("Card", jurisdiction="us")
        agency = ws.cases.add_party(case.id, "Keystone Recovery", role="agency")
        when = dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.UTC)
        letter = ws.cases.log_event(
            case.id,
            "letter",
            when,
            direction="outgoing",
            party_id=agency.id,
            notice="cease_request",
            summary="Cease letter, sent recorded delivery",
        )
        sms = ws.cases.log_event(case.id, "sms", when + dt.timedelta(days=2), number="2125550142")
        threat = ws.cases.tag_event(sms.id, "threat", "said they would come to my work")
        withdrawn = ws.cases.tag_event(sms.id, "insult")
        ws.cases.retract_event_tag(withdrawn.id, "misread it")

        data = case_input(ws, case.id)
    (notice,) = data.notices
    assert (notice.kind, notice.event_id, notice.at) == ("cease_request", letter.id, when)
    assert notice.collector.startswith("org:")
    event = next(e for e in data.events if e.id == sms.id)
    assert [t.tag for t in event.tags] == ["threat"] and threat.retracted is False
