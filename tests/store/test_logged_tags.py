"""A contact logged with its tags is saved whole: the contact and every tag, or nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from onrecord.store import InvalidInputError
from onrecord.store.audit import verify_chain
from onrecord.store.casefile import CaseFile
from onrecord.store.engine import Store
from onrecord.store.models import AuditEvent

WHEN = dt.datetime(2026, 3, 4, 12, 10, tzinfo=dt.UTC)


def test_a_contact_is_logged_with_its_tags_each_audited(store: Store, cases: CaseFile) -> None:
    case = cases.create_case("Tags", jurisdiction="cn")
    event = cases.log_event(
        case.id, "call", WHEN, direction="to_others", tags=["third_party", "threat", "threat"]
    )
    assert [t.tag for t in cases.event_tags(case.id)] == ["third_party", "threat"]
    assert {t.event_id for t in cases.event_tags(case.id)} == {event.id}
    with store.session() as s:
        tagged = s.scalars(select(AuditEvent).where(AuditEvent.action == "event.tagged")).all()
        assert len(tagged) == 2
        assert verify_chain(s).ok


def test_a_bad_tag_saves_neither_the_contact_nor_its_tags(cases: CaseFile) -> None:
    case = cases.create_case("Tags", jurisdiction="cn")
    with pytest.raises(InvalidInputError):
        cases.log_event(case.id, "sms", WHEN, tags=["threat", "   "])
    assert cases.events(case.id) == []
    assert cases.event_tags(case.id) == []


def test_tags_given_as_one_string_are_refused(cases: CaseFile) -> None:
    case = cases.create_case("Tags", jurisdiction="cn")
    with pytest.raises(TypeError):
        cases.log_event(case.id, "sms", WHEN, tags="threat")
    assert cases.events(case.id) == []
