"""Fuzzing the parsers: any input either parses or fails with ImportFileError, never anything
else, and a failed prepare writes nothing."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.imports import ImportFileError, prepare
from onrecord.imports.audacity import read_labels
from onrecord.imports.bcr import parse_bcr_name
from onrecord.imports.csvlog import read_csv
from onrecord.imports.smsbackup import read_backup

FIXTURES = Path(__file__).parent / "fixtures"
CALLS = (FIXTURES / "calls-20260301.xml").read_bytes()
SMS = (FIXTURES / "sms-20260301.xml").read_bytes()
CSV = (FIXTURES / "contact-log.csv").read_bytes()
CHINESE_CSV = (FIXTURES / "催收记录-2026年8月.csv").read_bytes()  # GB18030, as Excel saves it
LABELS = (FIXTURES / "labels.txt").read_bytes()
FAST = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """The real file cut, with bytes replaced or inserted: what a damaged copy looks like."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["flip", "insert", "cut"]))
        if action == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=12))
        else:
            data = data[: at + 1]
    return bytes(data)


def _check(reader, tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        reader(path)
    except ImportFileError as exc:
        assert str(exc) and "\n" not in str(exc).strip()


@FAST
@given(data=st.one_of(mutated(CALLS), mutated(SMS), st.binary(max_size=300)))
def test_backup_parser(tmp_path: Path, data: bytes) -> None:
    _check(lambda p: read_backup(p, "CN"), tmp_path, "calls-fuzz.xml", data)


@FAST
@given(data=st.one_of(mutated(CSV), mutated(CHINESE_CSV), st.binary(max_size=300)))
def test_csv_parser(tmp_path: Path, data: bytes) -> None:
    _check(lambda p: read_csv(p, "Asia/Shanghai", "CN"), tmp_path, "log.csv", data)


@FAST
@given(data=st.one_of(mutated(LABELS), st.binary(max_size=300)))
def test_label_parser(tmp_path: Path, data: bytes) -> None:
    _check(read_labels, tmp_path, "labels.txt", data)


@settings(max_examples=300, deadline=None)
@given(name=st.text(max_size=80))
def test_bcr_names(name: str) -> None:
    try:
        meta = parse_bcr_name(name)
    except ValueError:
        return
    assert meta["started_at"].tzinfo is not None


@FAST
@given(data=mutated(CALLS))
def test_failed_prepare_writes_nothing(
    workspace, case_id, row_counts, tmp_path: Path, data: bytes
) -> None:
    before = row_counts(workspace)
    path = tmp_path / "calls-fuzz.xml"
    path.write_bytes(data)
    with contextlib.suppress(ImportFileError):
        prepare(workspace, case_id, path)
    assert row_counts(workspace) == before


def test_parsers_accept_the_originals(tmp_path: Path) -> None:
    assert len(read_backup(FIXTURES / "calls-20260301.xml", "CN").records) == 7
    with pytest.raises(ImportFileError):
        read_backup(FIXTURES / "billion-laughs.xml", "CN")


@settings(max_examples=200, deadline=None)
@given(
    moment=st.datetimes(),
    zone=st.sampled_from(["", "UTC", "Asia/Shanghai", "America/New_York", "Mars/Base"]),
    kind=st.sampled_from(["call", "sms", "bogus"]),
    number=st.text(max_size=20),
)
def test_csv_rows_any_values(tmp_path_factory, moment, zone, kind, number) -> None:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["start", "kind", "timezone", "number"])
    writer.writerow([moment.isoformat(sep=" "), kind, zone, number])
    path = tmp_path_factory.mktemp("csv") / "rows.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    with contextlib.suppress(ImportFileError):
        read_csv(path, "Asia/Shanghai", "CN")
