"""The rule packs: every jurisdiction loads, unconfirmed rules are editable, overrides checked."""

from __future__ import annotations

import subprocess
import sys

import pytest

from onrecord.conduct import tags
from onrecord.conduct.model import DATE_ONLY_KINDS, EVENT_KINDS
from onrecord.conduct.rules import JURISDICTIONS, RulePackError, load_pack, parse_pack
from onrecord.store import enums as store_enums
from onrecord.store.enums import EventKind


@pytest.mark.parametrize("code", JURISDICTIONS)
def test_every_pack_loads_with_three_languages(code: str) -> None:
    pack = load_pack(code)
    assert pack.jurisdiction == code and pack.rules
    for rule in pack.rules:
        assert rule.citation
        assert {rule.title(lang) for lang in tags.LANGUAGES} and rule.title("zh_TW") != rule.title(
            "en"
        )
        if rule.confidence == "U":
            assert rule.editable and not rule.user_set  # the user can change it, and has not


def test_reference_rule_ids_present() -> None:
    ids = {r.id for code in JURISDICTIONS for r in load_pack(code).rules}
    for expected in [
        "US-TIME", "US-7IN7", "US-POSTCONV", "US-VIOL", "US-OBSC", "US-ANON", "US-3P",
        "US-WORK", "US-ATTY", "US-CEASE", "US-ARREST", "US-IMPERS", "CN-HOURS", "CN-3P",
        "CN-IMPERS", "CN-INSULT", "TW-HOURS", "TW-3P", "HK-HOURS", "HK-PERSIST", "HK-3P",
        "HK-ANON", "HK-THREAT", "UK-TIME", "UK-3P", "UK-LEGAL",
    ]:  # fmt: skip
        assert expected in ids
    cn = load_pack("cn").rule("CN-HOURS")
    assert cn.confidence == "U" and cn.params["end"] == "21:00" and "end" in cn.editable


def test_overrides_only_for_editable_parameters() -> None:
    pack = load_pack("cn", {"CN-HOURS": {"end": "22:00"}})
    assert pack.rule("CN-HOURS").params["end"] == "22:00"
    assert pack.rule("CN-HOURS").overridden == ("end",)
    with pytest.raises(RulePackError, match="cannot be changed"):
        load_pack("us", {"US-TIME": {"end": "23:00"}})
    with pytest.raises(RulePackError, match="start must be before end"):
        load_pack("cn", {"CN-HOURS": {"end": "07:00"}})
    with pytest.raises(RulePackError, match="no rule"):
        load_pack("cn", {"XX-1": {"a": 1}})


def test_invalid_pack_refused() -> None:
    base = {
        "jurisdiction": "us",
        "title": {"en": "x", "zh_CN": "x", "zh_TW": "x"},
        "rules": [
            {
                "id": "X",
                "type": "tag",
                "confidence": "U",
                "citation": "c",
                "title": {"en": "x", "zh_CN": "x", "zh_TW": "x"},
                "params": {"tags": ["threat"]},
            }
        ],
    }
    with pytest.raises(RulePackError, match="must have editable"):
        parse_pack(base, "test")
    base["rules"][0] |= {"confidence": "C", "params": {"tags": ["shouting"]}}
    with pytest.raises(RulePackError, match="unknown tag"):
        parse_pack(base, "test")


def test_tag_vocabulary_stable() -> None:
    for tag_id in [
        "threat", "insult", "third_party", "legal_threat", "impersonation", "no_identification",
        "name_given", "company_given", "amount_claimed", "their_promise", "my_promise",
        "recording_announced",
    ]:  # fmt: skip
        assert tag_id in tags.TAG_IDS
    assert len(tags.DEFAULT_KEYS) == len(set(tags.DEFAULT_KEYS.values()))
    assert tags.DEFAULT_KEYS["1"] == "name_given"
    assert tags.tag_title("threat", "zh_CN").startswith("威胁")
    assert tags.tag_title("not-a-tag") == "not-a-tag"


def test_event_kinds_match_the_store() -> None:
    assert tuple(k.value for k in EventKind) == EVENT_KINDS
    assert set(DATE_ONLY_KINDS) == {k.value for k in store_enums.DATE_ONLY_KINDS}


def test_evaluator_imports_no_qt_and_no_database() -> None:
    code = (
        "import sys, onrecord.conduct, onrecord.conduct.evaluator, onrecord.conduct.tags;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_importers_import_no_qt() -> None:
    code = (
        "import sys, onrecord.imports, onrecord.imports.commands, onrecord.conduct.commands;"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_a_note_shows_the_rules_current_setting_not_its_parameter_names() -> None:
    rule = {r.id: r for r in load_pack("cn", {"CN-PRIV": {"max_count": 5, "days": 2}}).rules}[
        "CN-PRIV"
    ]
    assert "more than 5 contacts in 2 calendar day(s)" in rule.note("en")
    assert "2 个自然日内超过 5 次" in rule.note("zh_CN")
    assert "max_count" not in rule.note("zh_TW") and "{" not in rule.note("zh_TW")
