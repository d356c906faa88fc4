"""The user's choices, kept as a small JSON file in the data folder (never Qt's registry).

Everything is optional: a missing or damaged file gives the defaults (a damaged one is kept
aside as ``settings.json.bad-<time>`` so nothing the user set is silently thrown away).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .conduct.tags import TAGS

FILENAME = "settings.json"

#: Colours for the default tag buttons: calm for facts, warm for conduct that may be unlawful.
DEFAULT_COLOURS = {
    "name_given": "#2f6f9f",
    "company_given": "#2f6f9f",
    "amount_claimed": "#5b6b7a",
    "their_promise": "#2e8b57",
    "my_promise": "#3c9d6d",
    "threat": "#c0392b",
    "insult": "#d35400",
    "third_party": "#8e44ad",
    "legal_threat": "#a93226",
    "impersonation": "#7d3c98",
    "recording_announced": "#34495e",
}


@dataclass
class TagButton:
    """One tag on the call panel: which tag, which key, which colour, and its name.

    ``label`` is the user's own name for the button ("" = the tag's name in the UI language).
    A custom tag has an id starting with ``custom_``.
    """

    tag: str
    key: str | None
    colour: str
    label: str = ""


def default_tag_buttons() -> list[TagButton]:
    return [
        TagButton(t.id, t.default_key, DEFAULT_COLOURS.get(t.id, "#5b6b7a"))
        for t in TAGS
        if t.default_key
    ]


@dataclass
class Settings:
    mic: str | None = None  # an InputSource id such as "pulse:alsa_input..." or "pa:3"
    loopback: str | None = None
    tag_buttons: list[TagButton] = field(default_factory=default_tag_buttons)
    consent_seen: bool = False
    first_run_done: bool = False
    lock: str = ""  # salted scrypt hash of the opening passphrase ("" = no lock)
    default_jurisdiction: str | None = None  # for new cases (None: from the time zone)
    default_timezone: str | None = None
    language: str | None = None  # None = follow the system
    reporter_name: str = ""
    reporter_contact: str = ""
    #: The user's own values for editable conduct-rule parameters (unconfirmed or user-set
    #: rules only): {rule id: {parameter: value}}, e.g. {"CN-HOURS": {"end": "22:00"}}.
    conduct_overrides: dict[str, dict[str, str | int]] = field(default_factory=dict)
    export_folder: str = ""  # where the last evidence package was written
    import_folder: str = ""  # where the last file imported was (a phone's backup folder)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        settings = cls()
        for name in ("mic", "loopback", "language"):
            value = data.get(name)
            setattr(settings, name, value if isinstance(value, str) and value else None)
        for name in ("reporter_name", "reporter_contact"):
            value = data.get(name)
            setattr(settings, name, value if isinstance(value, str) else "")
        settings.consent_seen = data.get("consent_seen") is True
        settings.first_run_done = data.get("first_run_done") is True
        lock = data.get("lock")
        settings.lock = lock if isinstance(lock, str) else ""
        for name in ("default_jurisdiction", "default_timezone"):
            value = data.get(name)
            setattr(settings, name, value if isinstance(value, str) and value else None)
        for name in ("export_folder", "import_folder"):
            folder = data.get(name)
            setattr(settings, name, folder if isinstance(folder, str) else "")
        settings.conduct_overrides = _overrides(data.get("conduct_overrides"))
        buttons = data.get("tag_buttons")
        if isinstance(buttons, list) and buttons:
            parsed = [
                TagButton(
                    str(b["tag"]),
                    b.get("key") or None,
                    str(b.get("colour", "#5b6b7a")),
                    str(b.get("label") or ""),
                )
                for b in buttons
                if isinstance(b, dict) and b.get("tag")
            ]
            if parsed:
                settings.tag_buttons = parsed
        return settings


def _overrides(value: Any) -> dict[str, dict[str, str | int]]:
    """Keep only well-formed {rule: {parameter: text or whole number}} entries."""
    if not isinstance(value, dict):
        return {}
    clean: dict[str, dict[str, str | int]] = {}
    for rule_id, params in value.items():
        if not isinstance(rule_id, str) or not isinstance(params, dict):
            continue
        kept = {
            name: v
            for name, v in params.items()
            if isinstance(name, str) and isinstance(v, str | int) and not isinstance(v, bool)
        }
        if kept:
            clean[rule_id] = kept
    return clean


def load(data_dir: Path, *, repair: bool = True) -> Settings:
    """The settings kept in ``data_dir`` (the defaults when there are none). An unreadable
    file is set aside (renamed ``settings.json.bad-<time>``) unless ``repair`` is false, for
    a command that only reads, which gets the defaults and touches nothing."""
    path = data_dir / FILENAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return Settings.from_json(data)
    except FileNotFoundError:
        return Settings()
    except (ValueError, KeyError, TypeError, OSError):
        if not repair:
            return Settings()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        with contextlib.suppress(OSError):
            path.rename(path.with_name(f"{FILENAME}.bad-{stamp}"))
        return Settings()


def save(data_dir: Path, settings: Settings) -> None:
    """Write atomically: the old file stays whole until the new one is complete."""
    path = data_dir / FILENAME
    temp = path.with_name(f".{FILENAME}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(settings), handle, ensure_ascii=False, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
