"""Attaching again a file the user withdrew from the case: asked first.

A file still attached is refused when chosen again (a file is kept once), but the store takes
the bytes of a withdrawn one again without a word, so a private photo withdrawn from one call
went straight back into the case, on another call (a walk-through). Chosen again, a withdrawn
file is named with the day it was withdrawn and the reason given then, and attached only if
the user says so ("Don't attach" is the default). Used wherever files are attached: "Log a
contact" / "Edit a contact" (as a file is chosen) and Review's "Files for this call".
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...store import Workspace
from .. import dialogs, localefmt
from .contacts import file_sha256


def attach_again(parent: QWidget, workspace: Workspace, case_id: int, path: Path) -> bool:
    """True to attach the file at ``path``: it is no file withdrawn from the case, or the
    user chose to attach it again. A file the case still keeps (or one that cannot be read)
    is not asked about: it is refused, or said to be here, as before."""
    sha256 = file_sha256(path)
    attachments = workspace.attachments
    if sha256 is None or attachments.find_by_sha256(case_id, sha256) is not None:
        return True
    withdrawn = attachments.find_withdrawn_by_sha256(case_id, sha256)
    if withdrawn is None or withdrawn.withdrawn_at is None:
        return True
    # The day on the case's clock, as the timeline dates the case's contacts
    zone = ZoneInfo(workspace.cases.case(case_id).timezone)
    day = localefmt.date_text(withdrawn.withdrawn_at.astimezone(zone).date())
    if withdrawn.original_name == path.name:
        name = path.name
    else:  # the same bytes under another name: the name it was withdrawn under too
        name = (
            QCoreApplication.translate("AttachedFiles", "%1 (the same file as %2)")
            .replace("%1", path.name)
            .replace("%2", withdrawn.original_name)
        )
    text = (
        QCoreApplication.translate(
            "AttachedFiles",
            "You withdrew this file from the case on %1 (reason: %2). Attach it again?",
        )
        .replace("%1", day)
        .replace("%2", withdrawn.withdrawn_reason)
    )
    return dialogs.confirm(
        parent,
        QCoreApplication.translate("AttachedFiles", "Attach a withdrawn file again?"),
        f"{name}\n\n{text}",
        yes=QCoreApplication.translate("AttachedFiles", "Attach it again"),
        no=QCoreApplication.translate("AttachedFiles", "Don't attach"),
    )
