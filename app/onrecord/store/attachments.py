"""Files the user adds as evidence: copied into the data dir, hashed while copied, never changed.

The copy is named by its content hash plus a safe version of the original name (which is kept,
exactly as it was, in the database), so a hostile or odd file name cannot escape the folder.
A file is kept once per case, by its bytes. One attached by mistake is withdrawn, not deleted:
kept, marked, left out of every export (``withdraw`` / ``restore``).
"""

from __future__ import annotations

import itertools
import mimetypes
import os
import re
import unicodedata
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..digests import copy_digested
from ..messages import QT_TRANSLATE_NOOP, term
from . import audit, lookup, validate
from .engine import Store
from .enums import EventKind, date_only
from .errors import InvalidInputError
from .models import Attachment, ContactEvent
from .staging import staging_path, sweep
from .types import to_utc_text, utcnow

MAX_NAME = 80

#: The contacts' kinds as the timeline's Kind column words them (``ui.labels.event_kind``,
#: whose translations, in the context "Labels", a refusal naming a contact uses too).
KIND_LABELS = {
    EventKind.CALL: "Call",
    EventKind.MISSED_CALL: "Missed call",
    EventKind.VOICEMAIL: "Voicemail",
    EventKind.SMS: "SMS",
    EventKind.CHAT: "Chat message",
    EventKind.EMAIL: "Email",
    EventKind.LETTER: "Letter",
    EventKind.VISIT: "Visit",
    EventKind.OTHER: "Other",
}


def _local_when(event: ContactEvent) -> str:
    """The contact's day on its own clock (2026-11-20), with its time (2026-11-20 19:32)
    unless it is dated alone (a letter): as the timeline lists it."""
    local = event.started_at.astimezone(ZoneInfo(event.timezone))
    return local.strftime("%Y-%m-%d" if date_only(event.kind) else "%Y-%m-%d %H:%M")


def printable(text: str) -> str:
    """``text`` as valid Unicode: the undecodable bytes of a file name (which Python keeps as
    lone surrogates) become U+FFFD, so the name can be stored, logged and exported."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


def safe_name(name: str) -> str:
    """A file name that is safe on every OS and cannot climb out of its folder."""
    base = unicodedata.normalize("NFC", Path(printable(name).replace("\\", "/")).name)
    base = re.sub(r"[\x00-\x1f\x7f/\\:*?\"<>|]", "_", base).strip(" .")
    if not base or set(base) <= {"_", "."}:
        base = "file"
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    room = MAX_NAME - (len(ext) + 1 if ext else 0)
    stem = stem[:room] or "file"
    return f"{stem}.{ext}" if ext else stem


def _live_copy(s: Session, case_id: int, sha256: str) -> Attachment | None:
    """The case's file with these bytes that is not withdrawn (the first kept), or None."""
    query = select(Attachment).where(
        Attachment.case_id == case_id,
        Attachment.sha256 == sha256.lower(),
        Attachment.withdrawn_at.is_(None),
    )
    return s.scalars(query.order_by(Attachment.added_at, Attachment.id)).first()


def _kept_once_text(s: Session, kept: Attachment, name: str) -> str:
    """Why the file ``name`` is not kept again: ``kept`` holds the same bytes, and where."""
    if kept.event_id is None:
        return QT_TRANSLATE_NOOP(
            "Store",
            "{name} is already in this case, attached to the case itself "
            "(the same file, by its fingerprint); a file is kept once",
        ).format(name=name)
    # Named as the timeline shows it (its kind and day), not by a number alone: the
    # timeline has no "#" column (a Taiwanese user).
    holder = lookup.get(s, ContactEvent, kept.event_id, "contact event")
    return QT_TRANSLATE_NOOP(
        "Store",
        "{name} is already in this case, attached to the contact of {when} "
        "({kind}, #{event}) (the same file, by its fingerprint); a file is "
        "kept once",
    ).format(
        name=name,
        kind=term("Labels", KIND_LABELS.get(holder.kind, "Other")),
        when=_local_when(holder),
        event=kept.event_id,
    )


def _free_path(s: Session, data_dir: Path, folder: Path, name: str) -> Path:
    """``folder / name``, or ``<fingerprint>-2-<name>``... when a withdrawn file of the same
    bytes and name holds that path (it is kept, never overwritten)."""
    prefix, _dash, rest = name.partition("-")
    candidate = folder / name
    for number in itertools.count(2):  # ends: each try passes one more row of that name
        relative = candidate.relative_to(data_dir).as_posix()
        if s.scalar(select(Attachment.id).where(Attachment.path == relative)) is None:
            break
        candidate = folder / f"{prefix}-{number}-{rest}"
    return candidate


class Attachments:
    def __init__(self, store: Store, data_dir: Path) -> None:
        self.store = store
        self.data_dir = data_dir

    def add(
        self,
        case_id: int | str,
        source: Path | str,
        *,
        description: str = "",
        event_id: int | None = None,
        reason: str = "",
    ) -> Attachment:
        """Copy ``source`` into the case, for the contact ``event_id`` (None: the case
        itself). ``reason``: why it is added, when it comes with a correction of the contact
        (the reason the user typed); kept in the audit log's entry for it.

        The same file (the same bytes, by their fingerprint, whatever its name) kept already
        for another contact or the case is refused, naming where it is; for the same contact
        that attachment is returned (kept once). A withdrawn file does not count: the same
        bytes can be attached again (to the right contact; ``find_withdrawn_by_sha256``
        finds it, for a dialog to ask first). ``find_by_sha256`` finds the case's file by
        its bytes, for a dialog to say so before the user saves."""
        source = Path(source)
        if not source.is_file():
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Store", "{path} is not a file").format(path=source)
            )
        description = validate.text(description, "description", limit=20000)
        reason = validate.text(reason, "reason", limit=2000)
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            if event_id is not None and (
                lookup.get(s, ContactEvent, event_id, "contact event").case_id != case.id
            ):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "that contact event belongs to another case")
                )
            folder = self.data_dir / "attachments" / f"case-{case.id}"
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            sweep(folder, safe_name(source.name))  # left by an add that was killed
            staging = staging_path(folder, safe_name(source.name))
            try:
                digests = copy_digested(source, staging)
            except OSError as exc:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "could not copy {path}: {reason}").format(
                        path=source, reason=exc.strerror
                    )
                ) from exc
            sha256, size = digests.sha256, digests.size
            kept = _live_copy(s, case.id, sha256)
            if kept is not None:
                staging.unlink()
                if kept.event_id == event_id:
                    return kept  # the same file for the same contact: kept once
                # A file is kept once, by its bytes: the same bytes under another name are
                # the same evidence (a renamed copy got in through Review while the name
                # was part of this check). Returned as if added, it stayed with the contact
                # it was first attached to while the user saw it "attached" here (a review).
                raise InvalidInputError(_kept_once_text(s, kept, printable(source.name)))
            final = _free_path(s, self.data_dir, folder, f"{sha256[:12]}-{safe_name(source.name)}")
            relative = final.relative_to(self.data_dir).as_posix()
            os.replace(staging, final)
            media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
            attachment = Attachment(
                case_id=case.id,
                event_id=event_id,
                original_name=printable(source.name),
                path=relative,
                sha256=sha256,
                sha512=digests.sha512,
                blake3=digests.blake3,
                size=size,
                media_type=media_type,
                description=description,
            )
            s.add(attachment)
            s.flush()
            audit.append(
                s,
                "attachment.added",
                "attachment",
                attachment.id,
                case.id,
                {
                    "original_name": printable(source.name),
                    "path": relative,
                    "sha256": sha256,
                    "sha512": digests.sha512,
                    "blake3": digests.blake3,
                    "size": size,
                    "media_type": media_type,
                    "event_id": event_id,
                    **({"reason": reason} if reason else {}),
                },
            )
            return attachment

    def find_by_sha256(self, case_id: int | str, sha256: str) -> Attachment | None:
        """The case's attachment with these bytes (the first kept, not withdrawn), or None:
        a file is kept once, so a dialog can say where it is before the user saves."""
        with self.store.session() as s:
            return _live_copy(s, lookup.case(s, case_id).id, sha256)

    def find_withdrawn_by_sha256(self, case_id: int | str, sha256: str) -> Attachment | None:
        """The case's withdrawn attachment with these bytes (the last withdrawn), or None:
        ``add`` takes the same bytes again without a word, so a dialog asks first (a private
        photo withdrawn from one call was attached to another at once, a walk-through)."""
        with self.store.session() as s:
            query = select(Attachment).where(
                Attachment.case_id == lookup.case(s, case_id).id,
                Attachment.sha256 == sha256.lower(),
                Attachment.withdrawn_at.is_not(None),
            )
            order = (Attachment.withdrawn_at.desc(), Attachment.id.desc())
            return s.scalars(query.order_by(*order)).first()

    def list(self, case_id: int | str, *, withdrawn: bool = False) -> list[Attachment]:
        """The case's files, oldest first; ``withdrawn``: with those withdrawn (marked so),
        for a list that offers to put one back."""
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            query = select(Attachment).where(Attachment.case_id == case.id)
            if not withdrawn:
                query = query.where(Attachment.withdrawn_at.is_(None))
            return list(s.scalars(query.order_by(Attachment.added_at, Attachment.id)))

    def withdraw(self, attachment_id: int, reason: str) -> Attachment:
        """Take out a file attached by mistake (a private photo, the wrong letter), with
        ``reason`` (required). Nothing is deleted: the row and the stored copy stay (so it
        can be put back, and nothing the audit log names disappears), but it is no longer
        one of the case's files: no export includes it, it counts nowhere, and the same
        bytes can be attached again. The audit log records its name, fingerprint and the
        reason, and an exported audit log shows that it was added and withdrawn.
        ``restore`` undoes it."""
        why = validate.text(reason, "reason", limit=2000, required=True)
        with self.store.session() as s:
            attachment = lookup.get(s, Attachment, attachment_id, "attached file")
            if attachment.withdrawn_at is not None:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Store", "this file was already withdrawn")
                )
            attachment.withdrawn_at = utcnow()
            attachment.withdrawn_reason = why
            audit.append(
                s,
                "attachment.withdrawn",
                "attachment",
                attachment.id,
                attachment.case_id,
                {
                    "original_name": attachment.original_name,
                    "sha256": attachment.sha256,
                    "event_id": attachment.event_id,
                    "reason": why,
                },
            )
            return attachment

    def restore(self, attachment_id: int, reason: str = "") -> Attachment:
        """Put a withdrawn file back among the case's files (the withdrawal stays in the
        audit log). Refused while the same bytes are attached again elsewhere in the case
        (a file is kept once), naming where."""
        why = validate.text(reason, "reason", limit=2000)
        with self.store.session() as s:
            attachment = lookup.get(s, Attachment, attachment_id, "attached file")
            if attachment.withdrawn_at is None:
                raise InvalidInputError(QT_TRANSLATE_NOOP("Store", "this file is not withdrawn"))
            kept = _live_copy(s, attachment.case_id, attachment.sha256)
            if kept is not None:
                raise InvalidInputError(_kept_once_text(s, kept, attachment.original_name))
            record: dict[str, Any] = {
                "original_name": attachment.original_name,
                "sha256": attachment.sha256,
                "withdrawn_at": to_utc_text(attachment.withdrawn_at),
                "withdrawn_reason": attachment.withdrawn_reason,
            }
            if why:
                record["reason"] = why
            attachment.withdrawn_at = None
            attachment.withdrawn_reason = ""
            audit.append(
                s, "attachment.restored", "attachment", attachment.id, attachment.case_id, record
            )
            return attachment
