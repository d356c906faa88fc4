"""Numbers as collectors present them: normalised where possible, kept and flagged otherwise."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.store import InvalidInputError
from onrecord.store.casefile import CaseFile
from onrecord.store.engine import Store
from onrecord.store.phones import normalise

T0 = dt.datetime(2026, 3, 2, 6, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("(212) 555-0142", "US", "+12125550142"),
        ("212.555.0142", "US", "+12125550142"),
        ("1-212-555-0142", "US", "+12125550142"),
        ("138 0013 8000", "CN", "+8613800138000"),
        ("13800138000", "CN", "+8613800138000"),
        ("021 6123 4567", "CN", "+862161234567"),
        ("0912 345 678", "TW", "+886912345678"),
        ("02 2345 6789", "TW", "+886223456789"),
        ("020 7946 0018", "GB", "+442079460018"),
        ("07911 123456", "GB", "+447911123456"),
        # Typed with another country's code: the code wins over the case's region.
        ("+86 138-0013-8000", "US", "+8613800138000"),
        ("0086 138 0013 8000", "CN", "+8613800138000"),
        ("+1 212 555 0142", "CN", "+12125550142"),
        ("+44 20 7946 0018", "TW", "+442079460018"),
        ("+886 912 345 678", "GB", "+886912345678"),
    ],
)
def test_numbers_are_normalised_to_e164(raw: str, region: str, e164: str) -> None:
    result = normalise(raw, region)
    assert (result.e164, result.is_valid, result.problem) == (e164, True, "")
    assert result.raw == raw


@pytest.mark.parametrize("raw", ["-1", "-2", "null", "NULL", "Unknown", "Private", "withheld", ""])
def test_withheld_callers_are_kept_and_flagged(raw: str) -> None:
    result = normalise(raw, "US")
    assert (result.raw, result.e164, result.is_valid) == (raw, None, False)
    assert "withheld" in result.problem


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("call me maybe", "US"),
        ("12", "US"),
        ("138 0013", "CN"),
        ("+999 1234 5678", "US"),
        ("1" * 40, "CN"),
        ("555-0199-ext-x", "GB"),
        ("☎️", "TW"),
    ],
)
def test_garbage_and_too_short_numbers_are_kept_raw_and_flagged(raw: str, region: str) -> None:
    result = normalise(raw, region)
    assert result.raw == raw
    assert result.e164 is None
    assert result.is_valid is False
    assert result.problem, "the reason is kept with the number"


def test_a_short_service_number_is_valid_but_has_no_e164() -> None:
    result = normalise("95588", "CN")
    assert (result.e164, result.is_valid) == (None, True)
    assert result.problem == "short service number"


@settings(max_examples=300, deadline=None)
@given(
    raw=st.text(max_size=80),
    region=st.sampled_from(["US", "CN", "TW", "HK", "GB", "DE", ""]),
)
def test_any_text_is_normalised_without_raising_and_kept_raw(raw: str, region: str) -> None:
    result = normalise(raw, region)
    assert result.raw == raw
    assert isinstance(result.is_valid, bool)
    if result.e164 is not None:
        assert result.e164.startswith("+") and result.e164[1:].isdigit()
        assert result.is_valid
    else:
        assert result.problem


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    raw=st.text(
        alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
        min_size=1,
        max_size=64,
    ).filter(lambda t: t.strip())
)
def test_any_number_text_is_stored_never_rejected(cases: CaseFile, raw: str) -> None:
    case = cases.create_case("numbers", jurisdiction="cn")
    event = cases.log_event(case.id, "missed_call", T0, number=raw)
    [number] = [n for n in cases.numbers(case.id) if n.id == event.phone_number_id]
    assert number.raw == raw.strip()
    assert number.e164 == normalise(raw, "CN").e164
    assert number.is_valid or number.problem


def test_the_same_number_typed_two_ways_is_one_number(cases: CaseFile) -> None:
    case = cases.create_case("one collector", jurisdiction="cn")
    party = cases.add_party(case.id, "王经理")
    cases.add_number(case.id, "138 0013 8000", party_id=party.id)
    first = cases.log_event(case.id, "missed_call", T0, number="+86 138-0013-8000")
    second = cases.log_event(case.id, "missed_call", T0, number="0086 13800138000")
    third = cases.log_event(case.id, "call", T0, number="13800138000")
    [number] = cases.numbers(case.id)
    assert first.phone_number_id == second.phone_number_id == third.phone_number_id == number.id
    assert number.raw == "138 0013 8000", "the first spelling is kept"
    assert {e.party_id for e in cases.events(case.id)} == {party.id}


def test_a_bad_number_typed_the_same_way_is_matched_too(cases: CaseFile) -> None:
    case = cases.create_case("withheld", jurisdiction="us")
    first = cases.log_event(case.id, "missed_call", T0, number="-1")
    second = cases.log_event(case.id, "missed_call", T0, number=" -1 ")
    assert first.phone_number_id == second.phone_number_id
    [number] = cases.numbers(case.id)
    assert (number.raw, number.e164, number.is_valid) == ("-1", None, False)


def test_numbers_are_normalised_in_the_cases_region(cases: CaseFile) -> None:
    us = cases.create_case("us", jurisdiction="us")
    tw = cases.create_case("tw", jurisdiction="tw")
    uk = cases.create_case("uk", jurisdiction="uk")
    assert cases.add_number(us.id, "(212) 555-0142").e164 == "+12125550142"
    assert cases.add_number(tw.id, "0912 345 678").e164 == "+886912345678"
    assert cases.add_number(uk.id, "020 7946 0018").e164 == "+442079460018"
    assert cases.add_number(tw.id, "+1 212 555 0142").e164 == "+12125550142"


def test_adding_a_number_the_case_already_has_says_so(cases: CaseFile) -> None:
    case = cases.create_case("dupes", jurisdiction="us")
    cases.add_number(case.id, "(212) 555-0142")
    with pytest.raises(InvalidInputError, match="already in this case"):
        cases.add_number(case.id, "+1 212-555-0142")
    assert len(cases.numbers(case.id)) == 1


def test_the_same_number_in_two_cases_is_two_records(store: Store) -> None:
    cases = CaseFile(store)
    a = cases.create_case("a", jurisdiction="us")
    b = cases.create_case("b", jurisdiction="us")
    cases.add_number(a.id, "(212) 555-0142")
    cases.add_number(b.id, "(212) 555-0142")
    assert len(cases.numbers(a.id)) == len(cases.numbers(b.id)) == 1


def test_correcting_a_number_renormalises_it(cases: CaseFile) -> None:
    case = cases.create_case("typo", jurisdiction="cn")
    number = cases.add_number(case.id, "138 0013 800")
    assert number.e164 is None and not number.is_valid
    fixed = cases.update_number(number.id, raw="138 0013 8000")
    assert (fixed.raw, fixed.e164, fixed.is_valid, fixed.problem) == (
        "138 0013 8000",
        "+8613800138000",
        True,
        "",
    )


def test_every_spelling_of_a_withheld_caller_is_one_number():
    from onrecord.store import open_store
    from onrecord.store.casefile import CaseFile

    cases = CaseFile(open_store(None))
    case = cases.create_case("Loan", jurisdiction="cn")
    when = dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC)
    for raw in ("-1", "null", "Unknown", "(Unknown)"):
        cases.log_event(case.id, "missed_call", when, number=raw)
    numbers = cases.numbers(case.id)
    assert len(numbers) == 1 and numbers[0].problem == "withheld or unknown caller"
    assert {e.phone_number_id for e in cases.events(case.id)} == {numbers[0].id}


def test_a_number_with_its_own_country_code_is_not_blamed_on_the_case_region():
    result = normalise("+44 7700 90012", "US")
    assert not result.is_valid and "region" not in result.problem


def test_an_absurd_time_zone_name_is_refused_with_a_message():
    from onrecord.store import validate

    for name in ("a" * 5000, "", "../../etc/passwd", "Asia/Nowhere"):
        with pytest.raises(InvalidInputError, match="time zone"):
            validate.timezone(name)
