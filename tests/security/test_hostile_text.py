"""Hostile text in every field the user can fill, through the store, export and verify.

Right-to-left overrides, emoji, terminal escapes, CJK, zero-width and combining marks, line
separators, WebVTT's own "-->", limit-length text: stored exactly (leading/trailing blanks
trimmed), exported into a package that verifies, and found unchanged in its case.json.
NUL and lone surrogates (undecodable bytes of a file name) are refused with the store's own
error — never a UnicodeEncodeError — and leave nothing behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from onrecord.evidence.export import ExportOptions, export_case
from onrecord.evidence.verify import verify_package
from onrecord.store import Workspace, open_workspace
from onrecord.store.audit import verify_chain
from onrecord.store.enums import EventKind, PromiseBy
from onrecord.store.errors import InvalidInputError

NASTY = {
    "rtl": "pay \u202egnp.exe\u202c now \u2067مرحبا\u2069",
    "emoji": "\U0001f4de\U0001f621 threat \U0001f3f4\u200d\u2620\ufe0f 👨‍👩‍👧",
    "control": "bell\x07 esc\x1b[31mred\x1b[0m bs\x08 del\x7f vt\x0b ff\x0c",
    "cjk": "催收员王经理：今天不还就去你单位 — 「威胁」",
    "zero-width": "a\u200bb\u200cc\u200dd\ufeffe\u0301\u0336",
    "separators": "line\u2028para\u2029next\r\nwin\rmac",
    "webvtt": "00:00:01.000 --> 00:00:02.000\nNOTE fake cue <b>bold</b> &amp;",
    "long": "长" * 200,
    "percent": "100% paid %41%2e%2e%2F %0A %25",
}
REFUSED = {
    "nul": "before\x00after",
    "surrogate": "bad \udcff name",
    "lone-high": "\ud800",
}
SHORT = {"title": 200, "creditor": 200, "agency": 200, "account_ref": 100, "name": 200}


def fit(text: str, limit: int) -> str:
    return text[:limit]


def fill_everything(ws: Workspace, text: str, tmp: Path) -> tuple[int, list[str]]:
    """A case with ``text`` in every text field; returns (case id, the stored values)."""
    case = ws.cases.create_case(
        fit(text, 200),
        jurisdiction="us",
        creditor=fit(text, 200),
        agency=fit(text, 200),
        account_ref=fit(text, 100),
        contract_notes=text,
        notes=text,
    )
    party = ws.cases.add_party(
        case.id,
        fit(text, 200),
        aliases=fit(text, 400),
        employee_id=fit(text, 100),
        organisation=fit(text, 200),
        notes=text,
    )
    ws.cases.add_number(case.id, "+1 212 555 0142", party_id=party.id, label=fit(text, 100))
    start = dt.datetime(2026, 3, 2, 14, 0, tzinfo=dt.UTC)
    ws.cases.log_event(case.id, EventKind.SMS, start, number="+12125550142", summary=text)
    wav = ws.data_dir / "recordings" / f"case-{case.id}" / "call.wav"
    write_wav(wav)
    rec = ws.recordings.begin(
        case.id, wav.relative_to(ws.data_dir).as_posix(), sample_rate=8000, channels=1
    )
    from onrecord.audio import file_sha256

    ws.recordings.finalise(rec.id, frames=8000, sha256=file_sha256(wav), pcm_sha256=None)
    mark = ws.recordings.add_mark(rec.id, 800, tag=fit(text, 64), text=text, wall_time=start)
    ws.recordings.edit_mark(mark.id, text + " (2)", reason=fit(text, 400))
    ws.ledger.add_promise(
        case.id, PromiseBy.COLLECTOR, description=text, amount="10", mark_id=mark.id
    )
    ws.ledger.add_payment(
        case.id, "5", "2026-03-03", method=fit(text, 100), reference=fit(text, 100), notes=text
    )
    name = "".join(c for c in fit(text, 60) if c not in "/\x00") or "x"
    source = tmp / f"{name}.txt"
    try:
        source.write_text(text, encoding="utf-8")
    except OSError:
        source = tmp / "plain.txt"
        source.write_text(text, encoding="utf-8")
    ws.attachments.add(case.id, source, description=text)
    return case.id, [fit(text, 200).strip(), text.strip(), (text + " (2)").strip()]


def write_wav(path: Path) -> None:
    import numpy as np
    import soundfile as sf

    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(path), (np.arange(8000) % 200).astype(np.int16), 8000, subtype="PCM_16")


@pytest.mark.parametrize("key", sorted(NASTY))
def test_hostile_text_round_trips_through_export_and_verify(
    qapp,
    tmp_path: Path,
    key: str,  # type: ignore[no-untyped-def]
) -> None:
    text = NASTY[key]
    with open_workspace(tmp_path / "data") as ws:
        case_id, expected = fill_everything(ws, text, tmp_path)
        result = export_case(
            ws, case_id, tmp_path / "out", ExportOptions(make_zip=True, pdf=key in ("rtl", "cjk"))
        )
        with ws.store.session() as s:
            assert verify_chain(s).ok
    assert result.folder is not None and result.zip_path is not None
    for package in (result.folder, result.zip_path):
        report = verify_package(package)
        assert report.ok, report.lines()
    case_json = json.loads((result.folder / "data" / "case" / "case.json").read_text("utf-8"))
    dumped = json.dumps(case_json, ensure_ascii=False)
    for value in expected:
        assert json.dumps(value, ensure_ascii=False)[1:-1] in dumped, (key, value[:40])


@pytest.mark.parametrize("key", sorted(REFUSED))
def test_nul_and_invalid_unicode_are_refused_plainly(tmp_path: Path, key: str) -> None:
    text = REFUSED[key]
    with open_workspace(tmp_path / "data") as ws:
        base = ws.cases.create_case("Base", jurisdiction="us")
        rec = ws.recordings.begin(base.id, "recordings/x.wav", sample_rate=8000, channels=1)
        attempts = [
            lambda: ws.cases.create_case(text, jurisdiction="us"),
            lambda: ws.cases.update_case(base.id, notes=text),
            lambda: ws.cases.add_party(base.id, text),
            lambda: ws.cases.add_number(base.id, "+12125550142", label=text),
            lambda: ws.cases.log_event(
                base.id, EventKind.SMS, dt.datetime(2026, 3, 1, tzinfo=dt.UTC), summary=text
            ),
            lambda: ws.recordings.add_mark(rec.id, 1, tag="threat", text=text),
            lambda: ws.ledger.add_promise(base.id, PromiseBy.COLLECTOR, description=text),
        ]
        with ws.store.session() as s:
            before = verify_chain(s).events
        for attempt in attempts:
            with pytest.raises(InvalidInputError):
                attempt()
        with ws.store.session() as s:
            report = verify_chain(s)
        assert report.ok and report.events == before
        assert ws.store.integrity_check() == "ok"


def test_attachment_whose_name_is_not_utf8(tmp_path: Path) -> None:
    """A file named in GBK bytes (an old phone, a zip from Windows) is kept, its name shown
    with U+FFFD, and the package verifies."""
    raw = os.path.join(os.fsencode(tmp_path), b"\xb4\xdf\xca\xd5-letter.txt")
    with open(raw, "wb") as handle:
        handle.write(b"final notice")
    with open_workspace(tmp_path / "data") as ws:
        case = ws.cases.create_case("GBK", jurisdiction="cn")
        attachment = ws.attachments.add(case.id, Path(os.fsdecode(raw)), description="letter")
        assert "\ufffd" in attachment.original_name
        result = export_case(ws, case.id, tmp_path / "out", ExportOptions(pdf=False))
    assert result.folder is not None and verify_package(result.folder).ok
