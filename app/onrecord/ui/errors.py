"""The words shown when the core refuses something, in the user's language.

The core writes its refusals in English and keeps each one's template and parameters
(``onrecord.messages``); here they are translated, with their parameters (field names
included) put back in. An error that carries no template shows as it is.

The core's refusals are one-line clauses, as a command line prints them after "error:"
("this file was already withdrawn"); shown on their own in a message box they are made
sentences (``refusal_text``): a capital letter and a full stop, 。 in Chinese. A clause that
ends with something the user typed or a file's name ("cannot read {path}") gets no stop: a
dot after ``report.pdf`` or a number would read as part of it.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

from ..messages import Message
from ..translator import message_in


def message_text(message: str) -> str:
    """message in the user's language when it is one of ours, else as it is."""
    return message_in(message, QCoreApplication.translate)


def refusal_text(message: str) -> str:
    """One of the core's refusals, shown on its own: in the user's language, as a sentence."""
    text = message_text(message)
    if not isinstance(message, Message) or not text:
        return text
    template = message.template
    if message.context:
        template = QCoreApplication.translate(message.context, template) or template
    if template[:1].islower() and text[:1].islower():
        text = text[0].upper() + text[1:]
    last = text[-1]
    if template.rstrip().endswith("}") or not last.isalpha():
        return text  # a name, a path, a number or a quote at the end, or already a stop
    wide = unicodedata.east_asian_width(last) in "WF"
    return text + ("。" if wide else ".")


def error_text(exc: BaseException) -> str:
    """What to tell the user about exc, translated when the core gave it a template."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return refusal_text(exc.args[0])
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror
        if exc.filename:
            reason = f"{reason}: {exc.filename}"
        return QCoreApplication.translate(
            "Errors", "The computer reported a problem: {reason}"
        ).format(reason=reason)
    return str(exc)
