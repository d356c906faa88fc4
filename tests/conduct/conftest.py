"""Helpers for the conduct tests: events at given local times in a zone."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

from onrecord.conduct.model import EventIn

_ids = itertools.count(1)


def make_event(
    zone: str, local: str, kind: str = "call", direction: str = "incoming", **kw
) -> EventIn:
    """An event at ``local`` ("2026-03-08 07:59[:ss]") wall-clock time in ``zone``."""
    moment = dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    return EventIn(
        id=kw.pop("id", next(_ids)),
        kind=kind,
        direction=direction,
        started_at=moment.astimezone(dt.UTC),
        **kw,
    )


@pytest.fixture
def ev():
    return make_event
