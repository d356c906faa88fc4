"""Check a case in the case file: read it, pick its jurisdiction's pack, evaluate."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from ..store.workspace import Workspace
from .casedata import case_input
from .evaluator import evaluate
from .model import CheckResult, NoticeIn, TagIn
from .rules import JURISDICTIONS, load_pack


@functools.cache
def rule_ids(jurisdiction: str) -> frozenset[str]:
    """The ids of the shipped pack's rules (read once per process)."""
    return frozenset(rule.id for rule in load_pack(jurisdiction).rules)


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


def check_case(
    ws: Workspace,
    case_id: int | str,
    *,
    jurisdiction: str | None = None,
    language: str = "en",
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
    notices: Iterable[NoticeIn] = (),
    extra_tags: Mapping[int, Iterable[TagIn]] | None = None,
) -> CheckResult:
    case = ws.cases.case(case_id)
    code = jurisdiction or case.jurisdiction
    pack = load_pack(code, overrides_for(code, overrides))
    data = case_input(ws, case.id, notices=notices, extra_tags=extra_tags)
    return evaluate(data, pack, language)
