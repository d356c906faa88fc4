"""Rule packs: one TOML file per jurisdiction under ``onrecord/resources/rules/``.

A pack is data, not code: each rule has an id, titles in en / zh_CN / zh_TW, a citation (one
string, or a table in the three languages when it needs explaining), a confidence (C read in
the primary text, C2 via a secondary source, U unconfirmed), a type the evaluator knows, the
event kinds it looks at, and parameters. Parameters listed in ``editable`` may be changed by
the user (settings pass them as ``overrides``); every U rule must have some.
``Rule.user_set`` tells the UI and the report that the user changed one (or answered a
statement), so a finding rests on the user's own setting.

``statements`` names yes/no parameters that are not law but what the user says about the case
(e.g. ``debt_may_be_illegal``); each is one of ``STATEMENTS``, a field of the case that the user
ticks in the case form (``conduct.service.check_case`` gives the case's answer). They are given
like overrides ("yes"/"no", 1/0) and the rule is checked only when every one of them is yes
(``Rule.applies``).

Rule types and their parameters:

- ``time_window``: ``start``, ``end`` ("HH:MM", consumer-local). Before start or from one
  minute past end: a finding; a clock showing exactly start or end: an *edge* finding.
- ``frequency``: more than ``max_count`` collector-placed contacts within ``days`` consecutive
  calendar days in the consumer's zone; ``per`` = "collector" (the default: counts per
  collector, as Reg F's 7-in-7) or "case" (every collection contact of the case counts
  together, whoever made it, unknown callers included: for rules about the person disturbed).
- ``post_conversation``: a collector-placed call within ``days`` calendar days after a phone
  conversation with that collector, the conversation's day being day 1.
- ``tag``: a contact tagged with any of ``tags`` (see ``conduct.tags``).
- ``notice``: a collector-placed contact after the user logged ``notice`` (cease_request,
  lawyer_notice, no_calls_at_work); ``requires_tags`` narrows it (e.g. at_work).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any

from .model import EVENT_KINDS
from .tags import LANGUAGES, TAG_IDS

JURISDICTIONS = ("us", "cn", "tw", "hk", "uk")
CONFIDENCES = ("C", "C2", "U")
NOTICE_KINDS = ("cease_request", "lawyer_notice", "no_calls_at_work")
RULE_PARAMS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "time_window": {"start": str, "end": str},
    "frequency": {"max_count": int, "days": int, "per": str},
    "post_conversation": {"days": int},
    "tag": {"tags": list},
    "notice": {"notice": str, "requires_tags": list},
}
OPTIONAL_PARAMS = {"requires_tags", "per"}
FREQUENCY_PER = ("collector", "case")
#: The statements a rule may ask: each is a yes/no field of the case with the same name
#: (``store.casefile.CASE_STATEMENT_FIELDS``), so a case answers it for itself.
STATEMENTS = ("debt_may_be_illegal",)
#: How a statement may be given in an override (settings keep text or whole numbers).
_YES = {"yes", "true", "1", "y", "是"}
_NO = {"no", "false", "0", "n", "否"}
CALL_KINDS = ("call", "missed_call", "voicemail")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class RulePackError(Exception):
    """A rule pack or an override is not valid; the message names the rule and field."""


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    confidence: str
    citation: str  # in English when the pack gives it in three languages
    titles: Mapping[str, str]
    kinds: frozenset[str]
    params: Mapping[str, Any]
    editable: tuple[str, ...] = ()
    notes: Mapping[str, str] = field(default_factory=dict)
    overridden: tuple[str, ...] = ()  # parameters the user changed
    statements: tuple[str, ...] = ()  # yes/no parameters: what the user says about the case
    citations: Mapping[str, str] = field(default_factory=dict)  # by language, if given so

    def title(self, language: str = "en") -> str:
        return self.titles.get(language) or self.titles["en"]

    def cite(self, language: str = "en") -> str:
        """The citation in ``language`` when the pack gives it in three languages."""
        return self.citations.get(language) or self.citation

    @property
    def applies(self) -> bool:
        """False while the user has not said yes to every one of the rule's statements."""
        return all(self.params[name] is True for name in self.statements)

    def note(self, language: str = "en") -> str:
        """The note, with ``{parameter}`` replaced by the rule's current value (so a note can
        say "more than 3 contacts in 1 calendar day" and follow the user's setting)."""
        text = self.notes.get(language) or self.notes.get("en", "")
        return re.sub(
            r"\{([a-z_]+)\}",
            lambda m: str(self.params[m.group(1)]) if m.group(1) in self.params else m.group(0),
            text,
        )

    @property
    def user_set(self) -> bool:
        """True when the user changed a parameter or answered a statement: the finding rests
        on the user's own setting (label it so). A rule left at the pack's values is not:
        a walk-through's report said "a value the user set" of defaults she never touched."""
        return bool(self.overridden)


@dataclass(frozen=True)
class RulePack:
    jurisdiction: str
    version: int
    titles: Mapping[str, str]
    rules: tuple[Rule, ...]
    exclude_roles: frozenset[str] = frozenset()
    scope_note: Mapping[str, str] = field(default_factory=dict)
    notes: tuple[Mapping[str, str], ...] = ()

    def title(self, language: str = "en") -> str:
        return self.titles.get(language) or self.titles["en"]

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise RulePackError(f"the {self.jurisdiction} rules have no rule {rule_id}")


def _texts(value: Any, where: str, *, required: bool = True) -> Mapping[str, str]:
    if value is None and not required:
        return MappingProxyType({})
    if not isinstance(value, dict) or not all(
        isinstance(value.get(lang), str) for lang in LANGUAGES
    ):
        raise RulePackError(f"{where} needs texts in {', '.join(LANGUAGES)}")
    return MappingProxyType({lang: value[lang] for lang in LANGUAGES})


def _minutes(value: str) -> int:
    match = _CLOCK.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a time like 08:00")
    return int(match.group(1)) * 60 + int(match.group(2))


def _statement(value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise RulePackError(f"{where} must be yes or no, not {value!r}")


def _check_params(
    rule_type: str, params: dict[str, Any], where: str, statements: tuple[str, ...] = ()
) -> None:
    spec = RULE_PARAMS[rule_type]
    for name, kind in spec.items():
        if name not in params:
            if name in OPTIONAL_PARAMS:
                continue
            raise RulePackError(f"{where}: parameter {name} is missing")
        if isinstance(params[name], bool) or not isinstance(params[name], kind):
            raise RulePackError(f"{where}: parameter {name} has the wrong type")
    for name in statements:
        if not isinstance(params.get(name), bool):
            raise RulePackError(f"{where}: statement {name} must be true or false")
    extra = set(params) - set(spec) - set(statements)
    if extra:
        raise RulePackError(f"{where}: unknown parameter(s) {', '.join(sorted(extra))}")
    try:
        if rule_type == "time_window":
            if _minutes(params["start"]) >= _minutes(params["end"]):
                raise RulePackError(f"{where}: start must be before end")
        elif rule_type == "frequency":
            if not 1 <= params["max_count"] <= 1000 or not 1 <= params["days"] <= 366:
                raise RulePackError(f"{where}: max_count 1–1000 and days 1–366")
            if params.get("per", "collector") not in FREQUENCY_PER:
                raise RulePackError(f"{where}: per must be one of {', '.join(FREQUENCY_PER)}")
        elif rule_type == "post_conversation":
            if not 1 <= params["days"] <= 366:
                raise RulePackError(f"{where}: days must be 1–366")
        elif rule_type == "notice" and params["notice"] not in NOTICE_KINDS:
            raise RulePackError(f"{where}: notice must be one of {', '.join(NOTICE_KINDS)}")
    except ValueError as exc:
        raise RulePackError(f"{where}: {exc}") from None
    for name in ("tags", "requires_tags"):
        unknown = set(params.get(name, [])) - TAG_IDS
        if unknown:
            raise RulePackError(f"{where}: unknown tag(s) {', '.join(sorted(unknown))}")


def _rule(data: dict[str, Any], where: str, overrides: Mapping[str, Any]) -> Rule:
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise RulePackError(f"{where}: a rule has no id")
    where = f"{where} rule {rule_id}"
    rule_type = data.get("type")
    if rule_type not in RULE_PARAMS:
        raise RulePackError(f"{where}: unknown type {rule_type!r}")
    confidence = data.get("confidence")
    if confidence not in CONFIDENCES:
        raise RulePackError(f"{where}: confidence must be C, C2 or U")
    editable = tuple(data.get("editable", []))
    if confidence == "U" and not editable:
        raise RulePackError(f"{where}: an unconfirmed (U) rule must have editable parameters")
    params = dict(data.get("params", {}))
    bad_editable = set(editable) - set(params)
    if bad_editable:
        raise RulePackError(f"{where}: editable names unknown parameter(s) {bad_editable}")
    statements = tuple(data.get("statements", []))
    if set(statements) - set(params) or set(statements) & set(editable):
        raise RulePackError(f"{where}: each statement needs a yes/no parameter of its own")
    if set(statements) - set(STATEMENTS):
        raise RulePackError(f"{where}: a case cannot answer statement(s) {statements}")
    changed = []
    for name, value in overrides.items():
        if name in statements:
            value = _statement(value, f"{rule_id}.{name}")
        elif name not in editable:
            raise RulePackError(f"{rule_id}.{name} cannot be changed (it is confirmed law)")
        if params[name] != value:
            params[name] = value
            changed.append(name)
    _check_params(rule_type, params, where, statements)
    kinds = data.get("kinds", list(EVENT_KINDS))
    unknown = set(kinds) - set(EVENT_KINDS)
    if unknown:
        raise RulePackError(f"{where}: unknown event kind(s) {', '.join(sorted(unknown))}")
    citation = data.get("citation")
    citations: Mapping[str, str] = MappingProxyType({})
    if isinstance(citation, dict):
        citations = _texts(citation, f"{where} citation")
        citation = citations["en"]
    if not isinstance(citation, str) or not citation:
        raise RulePackError(f"{where}: citation is missing")
    return Rule(
        id=rule_id,
        type=rule_type,
        confidence=confidence,
        citation=citation,
        titles=_texts(data.get("title"), f"{where} title"),
        kinds=frozenset(kinds),
        params=MappingProxyType(params),
        editable=editable,
        notes=_texts(data.get("note"), f"{where} note", required=False),
        overridden=tuple(changed),
        statements=statements,
        citations=citations,
    )


def parse_pack(
    data: dict[str, Any], where: str, overrides: Mapping[str, Mapping[str, Any]] | None = None
) -> RulePack:
    overrides = dict(overrides or {})
    jurisdiction = data.get("jurisdiction")
    if jurisdiction not in JURISDICTIONS:
        raise RulePackError(f"{where}: unknown jurisdiction {jurisdiction!r}")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RulePackError(f"{where}: no rules")
    rules = tuple(_rule(r, where, overrides.pop(r.get("id"), {})) for r in raw_rules)
    if len({r.id for r in rules}) != len(rules):
        raise RulePackError(f"{where}: two rules share an id")
    if overrides:
        raise RulePackError(f"no rule {', '.join(overrides)} in the {jurisdiction} rules")
    scope = data.get("scope", {})
    return RulePack(
        jurisdiction=jurisdiction,
        version=int(data.get("version", 1)),
        titles=_texts(data.get("title"), f"{where} title"),
        rules=rules,
        exclude_roles=frozenset(scope.get("exclude_roles", [])),
        scope_note=_texts(scope.get("note"), f"{where} scope note", required=False),
        notes=tuple(_texts(n, f"{where} note") for n in data.get("notes", [])),
    )


def load_pack(
    jurisdiction: str, overrides: Mapping[str, Mapping[str, Any]] | None = None
) -> RulePack:
    """Load the shipped pack; ``overrides`` = {rule id: {parameter: value}} (editable only)."""
    code = jurisdiction.strip().lower()
    if code not in JURISDICTIONS:
        raise RulePackError(f"unknown jurisdiction {jurisdiction!r} ({', '.join(JURISDICTIONS)})")
    source = resources.files("onrecord").joinpath("resources", "rules", f"{code}.toml")
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulePackError(f"the {code} rule pack cannot be read: {exc}") from exc
    return parse_pack(data, f"{code}.toml", overrides)


@functools.cache
def jurisdictions_asking(statement: str) -> frozenset[str]:
    """The jurisdictions whose shipped pack has a rule that asks ``statement`` (the case form
    shows the question only there). Read once per process."""
    return frozenset(
        code
        for code in JURISDICTIONS
        if any(statement in rule.statements for rule in load_pack(code).rules)
    )
