"""Check a case in the case file: read it, pick its jurisdiction's pack, evaluate."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from ..store.workspace import Workspace
from .casedata import case_input, case_statements
from .evaluator import evaluate
from .model import CheckResult, NoticeIn, TagIn
from .rules import JURISDICTIONS, load_pack


@functools.cache
def rule_ids(jurisdiction: str) -> frozenset[str]:
    """The ids of the shipped pack's rules (read once per process)."""
    return frozenset(rule.id for rule in load_pack(jurisdiction).rules)


@functools.cache
def rule_statements(jurisdiction: str) -> Mapping[str, tuple[str, ...]]:
    """{rule id: its statements} for the shipped pack's rules that ask any (read once)."""
    return MappingProxyType(
        {rule.id: rule.statements for rule in load_pack(jurisdiction).rules if rule.statements}
    )


def overrides_for(
    jurisdiction: str, overrides: Mapping[str, Mapping[str, Any]] | None
) -> dict[str, Mapping[str, Any]]:
    """The user's saved values minus those for another jurisdiction's rules.

    Settings keep values for every pack the user looked at (say HK-PERSIST), and a case is
    checked against one pack; an id no pack knows is kept, so ``load_pack`` still names it.
    """
    code = jurisdiction.strip().lower()
    others = set().union(*(rule_ids(j) for j in JURISDICTIONS if j != code))
    own = rule_ids(code) if code in JURISDICTIONS else frozenset()
    return {k: v for k, v in (overrides or {}).items() if k in own or k not in others}


def pack_values(
    jurisdiction: str,
    case: object,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
    statements: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, dict[str, Any]]:
    """The values to load ``jurisdiction``'s pack with for ``case``.

    ``overrides``: the user's saved values (editable parameters). A statement is what the user
    says about one debt, so the case answers it (its field of the same name), whatever a saved
    setting says; ``statements`` ({rule id: {name: yes/no}}) answers instead for one check
    (``onrecord check --param``).
    """
    code = jurisdiction.strip().lower()
    values = {rule: dict(v) for rule, v in overrides_for(code, overrides).items()}
    said = case_statements(case)
    if code in JURISDICTIONS:
        for rule_id, names in rule_statements(code).items():
            own = values.setdefault(rule_id, {})
            for name in names:
                own[name] = said.get(name, False)
    for rule_id, given in (statements or {}).items():
        values.setdefault(rule_id, {}).update(given)  # a wrong name: load_pack says so
    return values


def check_case(
    ws: Workspace,
    case_id: int | str,
    *,
    jurisdiction: str | None = None,
    language: str = "en",
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
    statements: Mapping[str, Mapping[str, Any]] | None = None,
    notices: Iterable[NoticeIn] = (),
    extra_tags: Mapping[int, Iterable[TagIn]] | None = None,
) -> CheckResult:
    """Check the case against its jurisdiction's rules (or ``jurisdiction``'s).

    ``overrides``: saved values of editable parameters; rules' statements (e.g. "the debt may
    be illegal") are answered by the case itself, or by ``statements`` for this check only.
    """
    case = ws.cases.case(case_id)
    code = jurisdiction or case.jurisdiction
    pack = load_pack(code, pack_values(code, case, overrides, statements))
    data = case_input(ws, case.id, notices=notices, extra_tags=extra_tags)
    return evaluate(data, pack, language)
