"""Each payload format against a reference file (volatile values masked).

Regenerate after a deliberate format change with ``ONRECORD_UPDATE_REFERENCE=1 pytest
tests/evidence/test_evidence_formats.py`` and review the diff like code.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from onrecord.evidence.catalogue import CATALOGUE, LANGUAGES

REFERENCE = Path(__file__).parent / "reference"
UPDATE = os.environ.get("ONRECORD_UPDATE_REFERENCE") == "1"
#: Values that change from run to run or machine to machine (creation times are "now", the
#: host name is the machine's, the audit hashes cover both).
VOLATILE_KEYS = {
    "created_at",
    "updated_at",
    "added_at",
    "finalised_at",
    "case_created_at",
    "made_at_created",
    "audit_head",
    "device",
    "created_on_device",
    "finalised_on_device",
    "exported_by",
    "signing_key_fingerprint",
}
FINGERPRINT = re.compile(r"SHA256:[0-9a-f]{4}( [0-9a-f]{4}){15}")
UTC_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")

FORMATS = [
    "data/marks/20260303-081500-rec1.marks.csv",
    "data/marks/20260303-081500-rec1.marks.json",
    "data/marks/20260303-081500-rec1.vtt",
    "data/marks/20260303-081500-rec1.labels.txt",
    "data/marks/20260306-201500-rec2.marks.csv",
    "data/marks/20260306-201500-rec2.marks.json",
    "data/marks/20260306-201500-rec2.vtt",
    "data/marks/20260306-201500-rec2.labels.txt",
    "data/case/case.json",
    "data/case/timeline.csv",
    "data/attachments/attachments.csv",
    "data/audit/chain-of-custody.json",
    "VERIFY.txt",
    "bag-info.txt",
]


def _mask(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: ("<volatile>" if k in VOLATILE_KEYS else _mask(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask(v) for v in value]
    return value


def normalise(name: str, text: str) -> str:
    if name.endswith(".json"):
        return (
            json.dumps(_mask(json.loads(text)), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        )
    text = FINGERPRINT.sub("SHA256:<fingerprint>", text)
    text = re.sub(r"(?m)^OnRecord-Audit-Head: .*$", "OnRecord-Audit-Head: <volatile>", text)
    # the report's size depends on the (volatile) audit head it prints
    text = re.sub(r"(?m)^Payload-Oxum: \d+\.", "Payload-Oxum: <bytes>.", text)
    if name.endswith("attachments.csv"):
        text = UTC_STAMP.sub("<volatile>", text)
    return text


#: A Simplified Chinese package: the files a person reads speak Chinese (tag titles).
ZH_FORMATS = [
    "data/marks/20260303-081500-rec1.marks.csv",
    "data/marks/20260303-081500-rec1.marks-zh_CN.csv",
    "data/marks/20260306-201500-rec2.marks-zh_CN.csv",
    "data/marks/20260303-081500-rec1.marks.json",
    "data/marks/20260303-081500-rec1.vtt",
    "data/marks/20260303-081500-rec1.labels.txt",
    "data/marks/20260306-201500-rec2.vtt",
    "VERIFY.txt",
]


def _matches_reference(folder: Path, language: str, name: str) -> None:
    produced = normalise(name, (folder / name).read_text("utf-8"))
    reference = REFERENCE / language / name.replace("/", "__")
    if UPDATE:
        reference.parent.mkdir(parents=True, exist_ok=True)
        reference.write_text(produced, encoding="utf-8", newline="")
    assert reference.exists(), (
        f"no reference file {reference}; run with ONRECORD_UPDATE_REFERENCE=1"
    )
    assert produced == reference.read_text("utf-8")


@pytest.mark.parametrize("name", FORMATS)
def test_format_matches_reference(en_package, name: str) -> None:
    _matches_reference(en_package.folder, "en", name)


@pytest.mark.parametrize("name", ZH_FORMATS)
def test_chinese_format_matches_reference(zh_package, name: str) -> None:
    _matches_reference(zh_package.folder, "zh_CN", name)


def test_people_read_tag_titles_in_the_package_language_and_machines_keep_the_code(
    zh_package,
) -> None:
    folder = zh_package.folder / "data/marks"
    vtt = (folder / "20260303-081500-rec1.vtt").read_text("utf-8")
    labels = (folder / "20260303-081500-rec1.labels.txt").read_text("utf-8")
    for text in (vtt, labels):
        assert "威胁（暴力或伤害）：说要去单位找我" in text
        assert "threat" not in text and "their_promise" not in text
    assert "[已撤回] wrong moment" in (folder / "20260306-201500-rec2.vtt").read_text("utf-8")
    rows = list(
        csv.DictReader(
            io.StringIO((folder / "20260303-081500-rec1.marks.csv").read_text("utf-8-sig"))
        )
    )
    assert [(r["tag"], r["tag_title"]) for r in rows] == [
        ("name_given", "报出姓名"),
        ("threat", "威胁（暴力或伤害）"),
        ("their_promise", "对方承诺/提议"),
    ]
    data = json.loads((folder / "20260303-081500-rec1.marks.json").read_text("utf-8"))
    assert data["tag_title_language"] == "zh_CN"
    assert [(m["tag"], m["tag_title"]) for m in data["marks"]][1] == (
        "threat",
        "威胁（暴力或伤害）",
    )


@pytest.mark.parametrize(
    "name",
    [
        "data/case/timeline.csv",
        "data/case/timeline-zh_CN.csv",
        "data/attachments/attachments.csv",
        "data/marks/20260303-081500-rec1.marks.csv",
        "data/marks/20260303-081500-rec1.marks-zh_CN.csv",
    ],
)
def test_csv_files_start_with_a_byte_order_mark_for_excel_and_are_in_the_manifest(
    zh_package, name: str
) -> None:
    raw = (zh_package.folder / name).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\xef\xbb\xbf" * 2)
    raw.decode("utf-8")  # and UTF-8 after it
    manifest = (zh_package.folder / "manifest-sha256.txt").read_text("utf-8")
    assert f"{hashlib.sha256(raw).hexdigest()}  {name}\n" in manifest  # hashed with the BOM
    # the files a player or Audacity reads stay plain UTF-8
    for plain in (
        "data/marks/20260303-081500-rec1.vtt",
        "data/marks/20260303-081500-rec1.labels.txt",
    ):
        assert not (zh_package.folder / plain).read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_chinese_package_has_its_timeline_in_chinese_words_too(en_package, zh_package) -> None:
    """A Taiwanese lawyer listing exhibits in a spreadsheet found timeline.csv all codes
    ("missed_call", "incoming", "no"); its rows come again in the report's words."""
    codes = list(
        csv.reader(
            io.StringIO((zh_package.folder / "data/case/timeline.csv").read_text("utf-8-sig"))
        )
    )
    words = list(
        csv.reader(
            io.StringIO((zh_package.folder / "data/case/timeline-zh_CN.csv").read_text("utf-8-sig"))
        )
    )
    assert len(words) == len(codes) and words[0][:3] == ["编号", "日期（当地）", "时间（当地）"]
    column = {name: i for i, name in enumerate(codes[0])}
    for coded, said in zip(codes[1:], words[1:], strict=True):
        assert said[0] == coded[0] and said[column["summary"]] == coded[column["summary"]]
        assert said[column["kind"]] == CATALOGUE["zh_CN"][f"kind.{coded[column['kind']]}"]
        if coded[column["kind"]] in ("sms", "letter", "visit"):
            assert said[column["connected"]] == ""  # not answered or not: not a call
    assert not any(
        name.startswith("timeline-") for name in os.listdir(en_package.folder / "data/case")
    )


def test_both_timelines_carry_the_same_values_in_every_row(zh_package) -> None:
    """A mainland lawyer found an SMS "connected: no, conversation: no" in timeline.csv and
    blank in timeline-zh_CN.csv, which the report says hold the same: every cell of one is
    the other's in other words, and blank in both where a question does not apply."""

    def rows(name: str) -> list[list[str]]:
        text = (zh_package.folder / "data/case" / name).read_text("utf-8-sig")
        return list(csv.reader(io.StringIO(text)))

    codes, words = rows("timeline.csv"), rows("timeline-zh_CN.csv")
    zh = CATALOGUE["zh_CN"]
    said_as = {
        "kind": lambda code: zh[f"kind.{code}"],
        "direction": lambda code: zh[f"dir.{code}"],
        "connected": lambda code: zh[code],
        "conversation": lambda code: zh[code],
        "outside_allowed_hours": lambda code: zh[code],
    }
    worded = {"source", "tags", "notice"}  # said in words of their own (tested elsewhere)
    header = codes[0]
    assert len(words) == len(codes)
    kinds = {row[header.index("kind")] for row in codes[1:]}
    assert {"sms", "call"} <= kinds
    for coded, said in zip(codes[1:], words[1:], strict=True):
        for column, code, word in zip(header, coded, said, strict=True):
            where = f"#{coded[0]} {column}"
            assert (code == "") == (word == ""), where
            if code and column in said_as:
                assert word == said_as[column](code), where
            elif column not in worded:
                assert word == code, where
        if coded[header.index("kind")] not in ("call", "missed_call", "voicemail"):
            assert coded[header.index("connected")] == coded[header.index("conversation")] == ""


def test_a_chinese_package_has_its_marks_in_chinese_words_too(en_package, zh_package) -> None:
    """A mainland lawyer found English headings and "no" in the marks CSV of a zh_CN
    package. As with the timeline, the machine file stays as it is (codes, for programs) and
    the same rows come again in the report's words; every value is the machine file's."""
    zh = CATALOGUE["zh_CN"]
    folder = zh_package.folder / "data/marks"
    for stem in ("20260303-081500-rec1", "20260306-201500-rec2"):
        codes = list(
            csv.DictReader(io.StringIO((folder / f"{stem}.marks.csv").read_text("utf-8-sig")))
        )
        words = list(
            csv.reader(io.StringIO((folder / f"{stem}.marks-zh_CN.csv").read_text("utf-8-sig")))
        )
        columns = [c for c in codes[0] if c != "tag"]
        assert words[0] == [zh[f"marks_csv.{c}"] for c in columns]
        assert not {"yes", "no"} & {value for row in words[1:] for value in row}
        assert len(words) == len(codes) + 1
        for coded, said in zip(codes, words[1:], strict=True):
            for column, word in zip(columns, said, strict=True):
                if column in ("retracted", "added_later"):
                    assert word == zh[coded[column]], (stem, column)
                elif column == "tag_title":
                    assert word == (coded[column] or zh["untagged_mark"]), (stem, column)
                else:
                    assert word == coded[column], (stem, column)
    assert not [
        p
        for p in (en_package.folder / "data/marks").iterdir()
        if "-en" in p.name or "-zh" in p.name
    ]
    report = (zh_package.folder / "data/report/index.html").read_text("utf-8")
    assert ".marks-zh_CN.csv" in report  # the report says which file is which


def test_timeline_numbers_stay_text_in_a_spreadsheet(zh_package) -> None:
    """Excel and WPS read a cell of digits after a "+" as a number (8.61380E+12); a phone
    number must come out as written, so the CSV spaces it as it is written internationally."""
    text = (zh_package.folder / "data/case/timeline.csv").read_text("utf-8-sig")
    numbers = [row["number"] for row in csv.DictReader(io.StringIO(text)) if row["number"]]
    assert numbers and "+86 138 0013 8000" in numbers
    for number in numbers:
        with pytest.raises(ValueError):
            float(number)
    case = json.loads((zh_package.folder / "data/case/case.json").read_text("utf-8"))
    assert "+8613800138000" in json.dumps(case)  # programs get the E.164 form


def test_retracted_marks_stay_visible_with_their_history(en_package) -> None:
    folder = en_package.folder / "data/marks"
    assert "[RETRACTED] wrong moment" in (folder / "20260306-201500-rec2.vtt").read_text("utf-8")
    assert "[RETRACTED] wrong moment" in (folder / "20260306-201500-rec2.labels.txt").read_text()
    rows = list(
        csv.DictReader(
            io.StringIO((folder / "20260306-201500-rec2.marks.csv").read_text("utf-8-sig"))
        )
    )
    assert rows[0]["retracted"] == "yes"
    marks = json.loads((folder / "20260303-081500-rec1.marks.json").read_text())["marks"]
    edited = next(m for m in marks if m["tag"] == "their_promise")
    assert [r["text"] for r in edited["revisions"]] == ["waive $500 fees", "waive $600 in fees"]
    assert edited["revisions"][1]["reason"] == "misheard"


def test_webvtt_and_labels_follow_their_specs(en_package) -> None:
    vtt = (en_package.folder / "data/marks/20260303-081500-rec1.vtt").read_text("utf-8")
    assert vtt.startswith("WEBVTT\n\n")
    assert re.search(r"(?m)^00:00:02\.500 --> 00:00:05\.500$", vtt)
    labels = (en_package.folder / "data/marks/20260303-081500-rec1.labels.txt").read_text()
    for line in labels.splitlines():
        start, end, text = line.split("\t")
        assert start == end and re.fullmatch(r"\d+\.\d{6}", start) and text


def test_audit_log_shows_this_case_in_full_and_others_as_digests(en_package) -> None:
    lines = [
        json.loads(x)
        for x in (en_package.folder / "data/audit/audit-log.jsonl").read_text().splitlines()
    ]
    assert [x["seq"] for x in lines] == list(range(1, len(lines) + 1))
    case_id = json.loads((en_package.folder / "data/case/case.json").read_text())["case"]["id"]
    full = [x for x in lines if "body" in x]
    bare = [x for x in lines if "body_sha256" in x]
    assert full and bare and len(full) + len(bare) == len(lines)
    assert all(json.loads(x["body"])["case_id"] == case_id for x in full)


def test_every_language_has_every_report_string() -> None:
    keys = set(CATALOGUE["en"])
    for language in LANGUAGES:
        assert set(CATALOGUE[language]) == keys, language
