"""What a phone's own record said of an imported contact, as facts to put in words later.

A call log says a call was rejected, that the caller's number was withheld, under which name
the phone had the number saved; BCR says which name the phone showed. These are OnRecord's
notes, not the user's: they are kept in the event's source detail, beside the record's own
fields (``calls-1.xml line 12: number='-1' type=5 presentation=2 contact_name='张经理'``), and
each screen and the report put them in its reader's language. The summary stays the user's.

Contacts imported before this was so hold the same notes as English text in their summary
("rejected on the phone; saved on the phone as '张经理'"); while that text is exactly what the
importer wrote, it is read back as these facts, so old imports read in the same words. Text
the user has changed since is hers, and is shown as she left it.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from .common import FORMAT_TITLES

#: the last field of an imported call's or recording's source detail: the name the phone
#: showed ('' for none), as ``repr`` writes it
NAME_FIELD = "contact_name"
#: a name longer than this is cut (the source detail holds 400 characters)
NAME_LIMIT = 80
#: an MMS's parts that were not imported (a picture: "image/jpeg IMG_0412.jpg"), and the
#: other numbers a message the user sent went to, as its source detail keeps them
MEDIA_FIELD = "media"
ALSO_TO_FIELD = "also_to"
FIELD_LIMIT = 120

#: a call log's ``type`` -> the fact it states (1 and 2 are plain calls: nothing to say)
CALL_TYPE_FACTS = {"3": "missed", "4": "voicemail", "5": "rejected", "6": "blocked"}
#: a call log's ``presentation`` -> how the network showed a withheld number
PRESENTATIONS = {"1": "allowed", "2": "restricted", "3": "unknown", "4": "payphone"}

_QUOTED = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""
_CALL = re.compile(
    rf"(?P<where>.+): number=(?P<number>{_QUOTED}) type=(?P<type>\S*)"
    rf" presentation=(?P<presentation>\S+)(?: {NAME_FIELD}=(?P<name>{_QUOTED}))?",
    re.DOTALL,
)
_NAME_AT_END = re.compile(rf" {NAME_FIELD}=(?P<name>{_QUOTED})\Z", re.DOTALL)

#: what the importer wrote before (English), read back as facts
_LEGACY_CALL = {
    "missed": "missed",
    "voicemail": "went to voicemail",
    "rejected": "rejected on the phone",
    "blocked": "blocked by the phone's refuse list",
}
_LEGACY_BCR = "Recording made by BCR (Basic Call Recorder) on the phone, imported"


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing the phone's record said.

    ``code``: ``missed``, ``voicemail``, ``rejected``, ``blocked`` (what became of a call the
    user did not answer), ``withheld`` (``value``: the presentation, ``restricted``… or ""),
    ``saved_as`` (``value``: the name the number was saved under in the phone's contacts),
    ``showed`` (``value``: the name the phone showed during a recorded call), ``media``
    (``value``: an MMS's parts not imported), ``also_to`` (``value``: the other numbers a
    message the user sent went to).
    """

    code: str
    value: str = ""

    def record(self) -> dict[str, str]:
        """The fact as case.json gives it."""
        return {"fact": self.code, **({"value": self.value} if self.value else {})}


def name_field(name: str) -> str:
    """The source detail's last field: `` contact_name='张经理'``."""
    return f" {NAME_FIELD}={name[:NAME_LIMIT]!r}"


def _unquote(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def _call_facts(call_type: str, presentation: str, withheld: bool) -> list[Fact]:
    facts = [Fact(CALL_TYPE_FACTS[call_type])] if call_type in CALL_TYPE_FACTS else []
    if withheld:
        facts.append(Fact("withheld", PRESENTATIONS.get(presentation, "")))
    return facts


def _legacy_call_text(facts: list[Fact], name: str) -> str:
    """The summary the importer wrote for these facts before they were kept apart."""
    parts = []
    for fact in facts:
        if fact.code in _LEGACY_CALL:
            parts.append(_LEGACY_CALL[fact.code])
        elif fact.code == "withheld":
            shown = f" (presentation: {fact.value})" if fact.value else ""
            parts.append(f"caller ID withheld{shown}")
    if name:
        parts.append(f"saved on the phone as {name!r}")
    return "; ".join(parts)


def _is_withheld(number: str, presentation: str) -> bool:
    # as smsbackup reads it: its WITHHELD_NUMBERS, the words phones use, or presentation 2-4;
    # "none" is how the source detail writes an empty number
    hidden = {"", "none", "-1", "-2", "-3", "-4", "null", "private", "unknown", "anonymous"}
    return number.lower() in hidden or presentation in {"2", "3", "4"}


def contact_facts(source: str, source_detail: str, summary: str) -> tuple[list[Fact], str]:
    """The facts the phone's record gave of a contact, and what is left of its summary: the
    user's own words ("" when the summary held only what an older import wrote)."""
    if source != "imported" or not source_detail.startswith("imported from "):
        return [], summary
    made_by, _sep, where = source_detail.partition(": ")
    if made_by == f"imported from {FORMAT_TITLES['calls']}":
        return _call_log(where, summary)
    if made_by == f"imported from {FORMAT_TITLES['bcr']}":
        return _recorder(where, summary)
    if made_by == f"imported from {FORMAT_TITLES['sms']}":
        return _message(where), summary
    return [], summary


def _message(where: str) -> list[Fact]:
    """An MMS's parts not imported and the other numbers it went to (messages imported
    before this was so hold them as English in their text, which is the message's: left)."""
    facts = []
    for field, code in ((MEDIA_FIELD, "media"), (ALSO_TO_FIELD, "also_to")):
        found = re.search(rf" {field}=(?P<value>{_QUOTED})", where)
        value = _unquote(found["value"]) if found else None
        if value:
            facts.append(Fact(code, value))
    return facts


def _call_log(where: str, summary: str) -> tuple[list[Fact], str]:
    found = _CALL.fullmatch(where)
    number = _unquote(found["number"]) if found else None
    if found is None or number is None:
        return [], summary
    presentation = found["presentation"]
    facts = _call_facts(found["type"], presentation, _is_withheld(number, presentation))
    if found["name"] is not None:  # kept apart from the summary: all of it is hers
        name = _unquote(found["name"]) or ""
        return facts + ([Fact("saved_as", name)] if name else []), summary
    name = ""
    saved = re.search(rf"saved on the phone as (?P<name>{_QUOTED})\Z", summary, re.DOTALL)
    if saved:
        name = _unquote(saved["name"]) or ""
    if summary != _legacy_call_text(facts, name):
        return [], summary  # changed by the user since: hers, as she left it
    return facts + ([Fact("saved_as", name)] if name else []), ""


def _recorder(where: str, summary: str) -> tuple[list[Fact], str]:
    found = _NAME_AT_END.search(where)
    if found is not None:
        name = _unquote(found["name"]) or ""
        return ([Fact("showed", name)] if name else []), summary
    if summary == _LEGACY_BCR:
        return [], ""  # the source says it came from BCR: nothing more to say
    showed = re.fullmatch(
        rf"{re.escape(_LEGACY_BCR)}; the phone showed (?P<name>{_QUOTED})", summary, re.DOTALL
    )
    name = _unquote(showed["name"]) if showed else None
    if not name:
        return [], summary
    return [Fact("showed", name)], ""


#: the description an import gives the JSON file BCR writes beside a recording
SIDECAR_DESCRIPTION = "BCR metadata for {file}"


def sidecar_of(description: str) -> str | None:
    """The recording a BCR JSON file describes, when ``description`` is what the import wrote
    (the report says it in its language); None for any other description."""
    found = re.fullmatch(r"BCR metadata for (.+)", description, re.DOTALL)
    return found[1] if found else None


#: a call's length and its length in the phone's log agree when this close (the two clocks
#: and rounding to whole seconds); a larger difference is shown beside the call's
LENGTH_SLACK_S = 5.0


def log_facts(source_detail: str) -> list[Fact]:
    """What the phone's call log's line that confirms a recorded call said of it (its
    ``source_detail``, kept with the call by ``store.confirmations``)."""
    facts, _own = contact_facts("imported", source_detail, "")
    return facts


def log_length_shown(call_s: float | None, log_s: float | None) -> float | None:
    """The log's length of a call, when it is worth showing beside the call's own: the call
    has none, or they differ by more than a few seconds (a call recorded here, stopped by
    hand after the call ended; a BCR call takes the log's length, so the two agree)."""
    if log_s is None:
        return None
    if call_s is None or abs(call_s - log_s) > LENGTH_SLACK_S:
        return log_s
    return None
