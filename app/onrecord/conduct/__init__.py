"""The conduct check: jurisdiction rule packs (data) and a pure evaluator over the contact log.

Public API (no Qt):

- ``load_pack(jurisdiction, overrides=None)`` → ``RulePack`` (``RulePackError`` if invalid).
- ``evaluate(CaseInput, RulePack, language)`` → ``CheckResult`` with ``Finding``s. Pure.
- ``conduct.service.check_case(ws, case_id, jurisdiction=None, language="en",
  overrides=None, statements=None, notices=(), extra_tags=None)`` reads the case file and
  evaluates it; a rule's statements (``Rule.statements``) are answered by the case's own
  fields (``Case.debt_may_be_illegal``), or by ``statements`` for one check.
- ``conduct.tags``: the tag vocabulary (stable ids, default keys, titles).

Importing this package imports no database code (``conduct.service`` and ``casedata`` do).
"""

from .evaluator import evaluate
from .model import CaseInput, CheckResult, EventIn, Finding, NoticeIn, TagIn
from .rules import JURISDICTIONS, Rule, RulePack, RulePackError, load_pack

__all__ = [
    "JURISDICTIONS",
    "CaseInput",
    "CheckResult",
    "EventIn",
    "Finding",
    "NoticeIn",
    "Rule",
    "RulePack",
    "RulePackError",
    "TagIn",
    "evaluate",
    "load_pack",
]
