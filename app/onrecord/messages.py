"""Messages the core gives the user: English text that the UI can still translate.

The core never imports Qt, so it cannot translate; it writes its refusals in English (the CLI
prints them as they are). A message built here is still a plain ``str`` with that English text,
and it also remembers its untranslated template, its translation context and its parameters,
so the UI (``onrecord.ui.errors.error_text``) can show it in the user's language::

    raise InvalidInputError(
        QT_TRANSLATE_NOOP("Store", "{field} must not be empty").format(field=name)
    )

``QT_TRANSLATE_NOOP`` is the marker ``pyside6-lupdate`` looks for (scripts/update-translations.sh
runs it over every core module that uses it); the template must be a literal, with named
``{placeholders}`` and no ``!r`` (quote values with ``repr()`` before passing them). A
parameter that is itself a word of ours (a field name) is a Message too, and is translated
with the rest.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """English text that knows its template, translation context and parameters."""

    context: str
    template: str
    params: dict[str, Any]

    def __new__(
        cls,
        text: str,
        context: str = "",
        template: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> Message:
        message = super().__new__(cls, text)
        message.context = context
        message.template = text if template is None else template
        message.params = dict(params or {})
        return message

    def format(self, *args: object, **params: Any) -> Message:  # type: ignore[override]
        """The English text with params filled in, still translatable as a whole."""
        if args:
            raise TypeError("messages take named parameters only")
        english = {k: str(v) if isinstance(v, Message) else v for k, v in params.items()}
        return Message(str.format(str(self), **english), self.context, str(self), params)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:
    """Mark text for the translators; it stays English here (the UI translates it)."""
    return Message(text, context)


def term(context: str, word: str) -> Message:
    """A word chosen at run time (a field name) that the UI translates in context.

    Its translations come from a ``QT_TRANSLATE_NOOP`` list of the possible words.
    """
    return Message(word, context)


def sentences(*parts: str) -> str:
    """Sentences in a row: a space after "." but none after a Chinese "。"."""
    text = ""
    for part in parts:
        text += (
            part if not text or text.endswith(("。", "！", "？", "）", "」", "”")) else " " + part
        )
    return text
