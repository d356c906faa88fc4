"""The words shown when the core refuses something, in the user's language.

The core writes its refusals in English and keeps each one's template and parameters
(``onrecord.messages``); here they are translated, with their parameters (field names
included) put back in. An error that carries no template shows as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..messages import Message
from ..translator import message_in


def message_text(message: str) -> str:
    """message in the user's language when it is one of ours, else as it is."""
    return message_in(message, QCoreApplication.translate)


def error_text(exc: BaseException) -> str:
    """What to tell the user about exc, translated when the core gave it a template."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return message_text(exc.args[0])
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror
        if exc.filename:
            reason = f"{reason}: {exc.filename}"
        return QCoreApplication.translate(
            "Errors", "The computer reported a problem: {reason}"
        ).format(reason=reason)
    return str(exc)
