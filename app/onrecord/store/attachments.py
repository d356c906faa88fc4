"""Files the user adds as evidence: copied into the data dir, hashed while copied, never changed.

The copy is named by its content hash plus a safe version of the original name (which is kept,
exactly as it was, in the database), so a hostile or odd file name cannot escape the folder.
"""

from __future__ import annotations

import mimetypes
import os
import re
import unicodedata
from pathlib import Path

from sqlalchemy import select

from ..digests import copy_digested
from ..messages import QT_TRANSLATE_NOOP
from . import audit, lookup, validate
from .engine import Store
from .errors import InvalidInputError
from .models import Attachment, ContactEvent
from .staging import staging_path, sweep

MAX_NAME = 80


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
    ) -> Attachment:
        source = Path(source)
        if not source.is_file():
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Store", "{path} is not a file").format(path=source)
            )
        description = validate.text(description, "description", limit=20000)
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
            final = folder / f"{sha256[:12]}-{safe_name(source.name)}"
            relative = final.relative_to(self.data_dir).as_posix()
            existing = s.scalar(select(Attachment).where(Attachment.path == relative))
            if existing is not None:
                staging.unlink()
                if existing.event_id == event_id:
                    return existing  # the same file for the same contact: kept once
                # A file is kept once: returned as if added, it stayed with the contact it
                # was first attached to while the user saw it "attached" here (a review).
                if existing.event_id is None:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP(
                            "Store",
                            "{name} is already in this case, attached to the case itself "
                            "(the same file, by its fingerprint); a file is kept once",
                        ).format(name=existing.original_name)
                    )
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "{name} is already in this case, attached to contact #{event} (the "
                        "same file, by its fingerprint); a file is kept once",
                    ).format(name=existing.original_name, event=existing.event_id)
                )
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
                },
            )
            return attachment

    def list(self, case_id: int | str) -> list[Attachment]:
        with self.store.session() as s:
            case = lookup.case(s, case_id)
            query = select(Attachment).where(Attachment.case_id == case.id)
            return list(s.scalars(query.order_by(Attachment.added_at)))
