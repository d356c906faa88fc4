"""Build the evaluator's ``CaseInput`` from the case file (the only conduct module that reads it).

Read: events with their number and collector, the tags of recordings' marks and of events
themselves (retracted ones are ignored), and the notices events carried (cease request,
lawyer, no calls at work). Callers may add more (``extra_tags``, ``notices``), e.g. to ask
"what if I had sent a cease letter on this date".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..store.casefile import CASE_STATEMENT_FIELDS
from ..store.enums import Direction, PartyRole
from ..store.phones import WITHHELD
from ..store.workspace import Workspace
from .model import DATE_ONLY_KINDS, CaseInput, EventIn, NoticeIn, TagIn

#: Roles that name an organisation by themselves (their name is the collector).
ORGANISATION_ROLES = {PartyRole.AGENCY, PartyRole.ORIGINAL_CREDITOR, PartyRole.LAW_FIRM}


def collector_key(party: object | None) -> tuple[str, str, str]:
    """(grouping key, display name, role) for a party; ("", "", "") for no party.

    Counts are per collector: people of the same organisation count together.
    """
    if party is None:
        return "", "", ""
    name = getattr(party, "name", "")
    organisation = getattr(party, "organisation", "") or ""
    role = getattr(party, "role", "")
    role_value = getattr(role, "value", str(role))
    if organisation.strip():
        return f"org:{organisation.strip().casefold()}", organisation.strip(), role_value
    if role in ORGANISATION_ROLES:
        return f"org:{name.strip().casefold()}", name, role_value
    return f"party:{getattr(party, 'id', '')}", name, role_value


def case_statements(case: object) -> dict[str, bool]:
    """What the user said about the case, by statement name (``rules.STATEMENTS``), e.g.
    {"debt_may_be_illegal": True}; False where nothing was said."""
    return {name: getattr(case, name, False) is True for name in CASE_STATEMENT_FIELDS}


def case_input(
    ws: Workspace,
    case_id: int | str,
    *,
    notices: Iterable[NoticeIn] = (),
    extra_tags: Mapping[int, Iterable[TagIn]] | None = None,
) -> CaseInput:
    case = ws.cases.case(case_id)
    tags: dict[int, list[TagIn]] = {}
    for recording in ws.recordings.recordings(case.id):
        for mark in recording.marks:
            if mark.tag and not mark.retracted:
                tags.setdefault(recording.event_id, []).append(
                    TagIn(mark.tag, mark.id, mark.text or "")
                )
    for event_tag in ws.cases.event_tags(case.id):
        if not event_tag.retracted:
            tags.setdefault(event_tag.event_id, []).append(
                TagIn(event_tag.tag, None, event_tag.note or "")
            )
    for event_id, extra in (extra_tags or {}).items():
        tags.setdefault(event_id, []).extend(extra)
    events = []
    logged_notices: list[NoticeIn] = []
    for event in ws.cases.events(case.id):
        if event.withdrawn_at is not None:
            continue  # logged by mistake: counts for nothing, its notice neither
        if event.notice is not None:
            logged_notices.append(
                NoticeIn(
                    event.notice.value,
                    event.started_at,
                    collector_key(event.party)[0],
                    event.id,
                    dated=event.kind.value in DATE_ONLY_KINDS,
                    zone=event.timezone,
                )
            )
        key, name, role = collector_key(event.party)
        phone = event.phone_number
        withheld = phone is None or phone.raw.strip().lower() in WITHHELD
        events.append(
            EventIn(
                id=event.id,
                kind=event.kind.value,
                direction=event.direction.value,
                started_at=event.started_at,
                duration_s=event.duration_s,
                conversation=event.conversation,
                collector=key,
                collector_name=name or case.agency or case.creditor,
                collector_role=role,
                number=phone.display if phone else "",
                withheld=withheld,
                tags=_with_third_party(event, tags.get(event.id, [])),
                zone=event.timezone,
            )
        )
    return CaseInput(
        timezone=case.timezone,
        events=events,
        notices=(*logged_notices, *notices),
        case_label=f"{case.reference} {case.title}",
    )


def _with_third_party(event: Any, tags: list[TagIn]) -> tuple[TagIn, ...]:
    """A contact of theirs with someone else is a third-party contact whether or not its
    tag was left ticked: the third-party rules read the tag."""
    if event.direction == Direction.TO_OTHERS and not any(t.tag == "third_party" for t in tags):
        return (*tags, TagIn("third_party", None, event.summary or ""))
    return tuple(tags)
