"""Check a case in the case file: read it, pick its jurisdiction's pack, evaluate."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..store.workspace import Workspace
from .casedata import case_input
from .evaluator import evaluate
from .model import CheckResult, NoticeIn, TagIn
from .rules import load_pack


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
    pack = load_pack(jurisdiction or case.jurisdiction, overrides)
    data = case_input(ws, case.id, notices=notices, extra_tags=extra_tags)
    return evaluate(data, pack, language)
