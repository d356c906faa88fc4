"""Rows as plain JSON-ready dicts (for `--json` output and the machine-readable export)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect

from .types import to_utc_text


def plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return to_utc_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Enum):
        return value.value
    return value


def row(obj: Any, **extra: Any) -> dict[str, Any]:
    """Every column of a model instance, with JSON-safe values, plus ``extra``."""
    mapper = inspect(type(obj))
    data = {attr.key: plain(getattr(obj, attr.key)) for attr in mapper.column_attrs}
    data.update({key: plain(value) for key, value in extra.items()})
    return data
