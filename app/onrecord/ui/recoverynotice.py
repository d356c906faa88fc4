"""What the user is told after a start that filed recordings a crash had interrupted.

For each recording: which case it is in, how long it is, how many marks were kept, and what
she had typed but not saved (the caller, a note before Enter) that was kept too; and, for all
of them, that nothing already recorded was changed and where each recording ends.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from ..conduct.tags import UNCONFIRMED_DRAFT
from ..store import Workspace
from ..store.models import Recording
from ..store.search import recording_info
from ..timefmt import duration_text
from . import localefmt
from .i18n import fill


class Recovery(QObject):
    """The notice's counted words. A QObject because pyside6-lupdate reads self.tr(text, "",
    n) as a plural but QCoreApplication.translate(context, text, "", n) as one form (and
    finds no text passed to a helper as a variable: each other text is written out in a
    QCoreApplication.translate call of its own)."""

    def call_kept(self, marks: int) -> str:
        return self.tr("• Call of %1 in the case “%2”: %3 long, %n mark(s) kept.", "", marks)


_WORDS = Recovery()


def recovery_notice(workspace: Workspace, recovered: Sequence[Recording]) -> str:
    parts = [
        QCoreApplication.translate(
            "Recovery",
            "OnRecord stopped unexpectedly while a call was being recorded. What was recorded "
            "up to that moment is kept, and nothing already recorded was changed.",
        )
    ]
    for recording in recovered:
        parts.append(_recording_lines(workspace, recording))
    parts.append(
        QCoreApplication.translate(
            "Recovery",
            "The recording is open in Review calls. The evidence package says for each "
            "recording that it was interrupted and where it ends.",
        )
    )
    return "\n\n".join(parts)


def _recording_lines(workspace: Workspace, recording: Recording) -> str:
    info = recording_info(workspace.store, recording.id)
    case = workspace.cases.case(info.case_id)
    marks = workspace.recordings.marks(recording.id)
    drafts = [m for m in marks if m.tag == UNCONFIRMED_DRAFT]
    kept = len(marks) - len(drafts)
    lines = [
        fill(  # in one pass: a case titled "… %3 …" stays as it is
            _WORDS.call_kept(kept),
            localefmt.moment_text(recording.started_at, recording.timezone),
            case.title,
            duration_text(info.duration_s),
        )
    ]
    codes = {w.get("code") for w in json.loads(recording.warnings or "[]")}
    if "recovered_after_crash" in codes:
        lines.append(
            QCoreApplication.translate(
                "Recovery",
                "The recording ends where OnRecord stopped; the last second before that may "
                "be missing, and the call may have gone on after it.",
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "Recovery",
                "The recording ends where OnRecord stopped; nothing before that is missing, "
                "but the call may have gone on after it.",
            )
        )
    who = " · ".join(part for part in (info.party, info.number) if part)
    if who:
        lines.append(
            QCoreApplication.translate("Recovery", "The caller you typed is kept: %1").replace(
                "%1", who
            )
        )
    for draft in drafts:
        lines.append(
            QCoreApplication.translate(
                "Recovery",
                "The note you were typing and had not saved is kept as an unconfirmed draft "
                "at the moment you began it: “%1”",
            ).replace("%1", draft.text)
        )
    return "\n".join(lines)


def interruption_text(warnings_json: str) -> str:
    """What the review screen says of a recording filed by recovery: where it ends, and
    precisely what recovery did to its file (at most the length fields of the WAV header)."""
    warnings = json.loads(warnings_json or "[]")
    crash = next((w for w in warnings if w.get("code") == "recovered_after_crash"), None)
    if crash is None:  # only the app stopped; the recorder closed its file normally
        return QCoreApplication.translate(
            "Recovery",
            "This recording was completed after an interruption: it ends where OnRecord "
            "stopped, and the call may have gone on after that. Nothing before that is "
            "missing, and the file was not changed.",
        )
    if (crash.get("params") or {}).get("headers_repaired"):
        done = QCoreApplication.translate(
            "Recovery",
            "No recorded sound was changed: only the length written in the file's header was "
            "filled in.",
        )
    else:
        done = QCoreApplication.translate("Recovery", "The file was not changed.")
    return (
        QCoreApplication.translate(
            "Recovery",
            "This recording was completed after an interruption: it ends where OnRecord "
            "stopped, and the last second before that may be missing.",
        )
        + " "
        + done
    )
