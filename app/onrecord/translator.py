"""The app's translations outside a window: which language, its .qm file, and words asked of it.

The windows install their translators on the application (``onrecord.ui.i18n``); the command
line has no application, so :class:`Words` reads the same compiled ``onrecord_<lang>.qm`` into
a ``QTranslator`` of its own and asks it directly (QtCore only: no window, no display). A
subclass's ``self.tr("…")`` calls are found by ``pyside6-lupdate`` like a widget's, with the
subclass's name as their context, so translators see them beside the window's words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

from PySide6.QtCore import QLocale, QTranslator

from .messages import Message

LANGUAGES = ("en", "zh_CN", "zh_TW")
TRADITIONAL_REGIONS = ("TW", "HK", "MO")


def language_for_locale(name: str) -> str:
    """en, zh_CN or zh_TW for a locale name such as zh_HK, zh-Hant-TW or de_DE."""
    lowered = name.replace("-", "_").lower()
    if not lowered.startswith("zh"):
        return "en"
    parts = lowered.split("_")
    if "hant" in parts or any(region.lower() in parts for region in TRADITIONAL_REGIONS):
        return "zh_TW"
    return "zh_CN"


def choose_language(setting: str | None, system: QLocale | None = None) -> str:
    """The user's choice when it is one we have, else the system's language."""
    if setting in LANGUAGES:
        return setting
    system = system or QLocale.system()
    for name in [system.name(), *system.uiLanguages()]:
        if name.replace("-", "_").lower().startswith("zh"):
            return language_for_locale(name)
    return "en"


def translation_path(language: str) -> resources.abc.Traversable:
    return resources.files("onrecord") / "resources" / "translations" / f"onrecord_{language}.qm"


def load_translation(translator: QTranslator, language: str) -> bool:
    """Load our compiled translation for ``language``; False when it is not there (a checkout
    whose ``scripts/build-translations.sh`` has not run: English source text then)."""
    source = translation_path(language)
    try:
        data = source.read_bytes()
    except OSError:
        return False
    # QTranslator.load(bytes) does not keep the data alive; keep it on the translator.
    translator._data = data  # type: ignore[attr-defined]
    return translator.load(data)


@functools.cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if load_translation(translator, language) else None


_LARGE = 1_000_000_000
#: "(s)" / "(es)" of an English source text, for when no .qm gives its plural forms
_PLURAL_MARK = re.compile(r"\((e?s)\)")


class Words:
    """Words in one language, asked of our translations without an application.

    Subclass it and call ``self.tr(text, disambiguation, n)`` as a widget would: the context is
    the subclass's name. With ``n``, ``%n`` becomes the number and the plural form is the
    language's (English included: its .qm holds "1 file" / "2 files"). Keep a call with a
    comment but no count free of a trailing comma (``self.tr("…", "comment")``, not split
    over lines by the formatter): lupdate takes a third argument, even an empty one, for a count.
    """

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._qt = _translator(self.language)

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        found = ""
        if self._qt is not None:
            # Qt takes the count as a C int; beyond it (bytes of a big package) every
            # language we speak uses the form of any large number.
            form = min(n, _LARGE) if n >= 0 else n
            found = self._qt.translate(type(self).__name__, text, disambiguation or None, form)
        if not found:
            found = text
            if n >= 0:
                found = _PLURAL_MARK.sub(lambda m: "" if n == 1 else m.group(1), found)
        # grouped as the report writes numbers: "13,476,612 bytes" ("13476612 位元組" was
        # hard to read, a walk-through)
        return found.replace("%n", f"{n:,}") if n >= 0 else found

    def message(self, message: Any) -> str:
        """One of the core's messages (``onrecord.messages``) in this language."""
        qt = self._qt
        if qt is None:
            return message_in(message, lambda context, text: text)
        return message_in(message, lambda context, text: qt.translate(context, text, None, -1))


def message_in(message: Any, translate: Callable[[str, str], str]) -> str:
    """``message`` with its template translated by ``translate(context, template)`` (an empty
    answer keeps the English) and its parameters, words of ours among them, put back in;
    anything not one of the core's messages as it is."""
    if not isinstance(message, Message):
        return str(message)
    template = message.template
    if message.context:
        template = translate(message.context, template) or template
    params = {
        name: message_in(value, translate) if isinstance(value, Message) else value
        for name, value in message.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(message)
