"""The words shown when the core refuses something, in the user's language.

The core writes its refusals in English and keeps each one's template and parameters
(``onrecord.messages``); here they are translated, with their parameters (field names
included) put back in. An error that carries no template shows as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..messages import Message


def message_text(message: str) -> str:
    """message in the user's language when it is one of ours, else as it is."""
    if not isinstance(message, Message):
        return str(message)
    template = message.template
    if message.context:
        template = QCoreApplication.translate(message.context, template)
    params = {
        name: message_text(value) if isinstance(value, Message) else value
        for name, value in message.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(message)


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
