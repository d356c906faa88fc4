"""Builders for the evidence tests: cases made with the store services, audio generated here.

Times are fixed and the signing key is made once per session and copied into each data folder,
so two exports of equal data at the same moment are byte-identical (volatile parts: the host
name in audit bodies, which is the same within one run).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import soundfile as sf

from onrecord.digests import file_digests
from onrecord.store import Workspace, open_workspace
from onrecord.store.engine import DB_FILENAME
from onrecord.store.enums import Direction, EventKind, PartyRole, PromiseBy

EXPORT_TIME = dt.datetime(2026, 4, 1, 9, 30, 0, tzinfo=dt.UTC)
RATE = 8000


def write_tone(path: Path, seconds: float, *, rate: int = RATE, freq: float = 440.0) -> None:
    """A two-channel 16-bit WAV: a tone on "me", a lower tone on "them"."""
    t = np.arange(int(seconds * rate)) / rate
    me = 0.3 * np.sin(2 * np.pi * freq * t)
    them = 0.2 * np.sin(2 * np.pi * freq / 2 * t)
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(path), np.stack([me, them], axis=1), rate, subtype="PCM_16", format="WAV")


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_recording(
    ws: Workspace, case_id: int, rel: str, start: dt.datetime, seconds: float, **event: object
) -> tuple[int, int]:
    """A finished recording of ``seconds`` on a new call event; returns (event id, recording id)."""
    path = ws.data_dir / rel
    write_tone(path, seconds, freq=300.0 + 7 * len(list(ws.data_dir.rglob("*.wav"))))
    rec = ws.recordings.begin(
        case_id, rel, sample_rate=RATE, channels=2, channel_roles="me,them", started_at=start
    )
    frames = int(seconds * RATE)
    pcm = hashlib.sha256(sf.read(str(path), dtype="int16")[0].tobytes()).hexdigest()
    digests = file_digests(path)  # as capture takes them
    ws.recordings.finalise(
        rec.id,
        frames=frames,
        sha256=digests.sha256,
        sha512=digests.sha512,
        blake3=digests.blake3,
        pcm_sha256=pcm,
    )
    return rec.event_id, rec.id


@dataclass
class FixtureCase:
    data_dir: Path
    case_id: int
    reference: str
    title: str
    recording_ids: list[int]
    event_ids: list[int]
    mark_ids: list[int]


def build_case(ws: Workspace, *, chinese: bool = False, attachments: int = 2) -> FixtureCase:
    """A small but complete case: parties, numbers, events (some off-hours), two recorded calls
    with marks (one edited, one retracted), promises, a payment and attachments."""
    zone_name = "Asia/Shanghai" if chinese else "America/New_York"
    zone = ZoneInfo(zone_name)
    title = "华信消费金融 分期贷款 2026" if chinese else "Harbor Bank card (Keystone Recovery)"
    case = ws.cases.create_case(
        title,
        jurisdiction="cn" if chinese else "us",
        reference="FX-CN-1" if chinese else "FX-US-1",
        creditor="华信消费金融有限公司" if chinese else "Harbor Bank N.A.",
        agency="中催信息咨询服务有限公司" if chinese else "Keystone Recovery Services LLC",
        account_ref="HX2025-0617-88" if chinese else "Visa ending 4821",
        amount="18600.00" if chinese else "3482.17",
        due_date="2026-01-15",
        notes="测试案件" if chinese else "Fixture case; every name is invented.",
    )
    agency = ws.cases.add_party(case.id, case.agency, role=PartyRole.AGENCY)
    collector = ws.cases.add_party(
        case.id,
        "王经理" if chinese else "Mike Dalton",
        employee_id="ZC-0317" if chinese else "KRS-2291",
        organisation=agency.name,
    )
    number = "138 0013 8000" if chinese else "(212) 555-0142"
    ws.cases.add_number(case.id, number, party_id=collector.id)
    base = dt.datetime(2026, 3, 2, tzinfo=zone)
    for day, hour, minute, kind in [
        (0, 7, 10, EventKind.MISSED_CALL),
        (0, 9, 30, EventKind.MISSED_CALL),
        (1, 12, 0, EventKind.SMS),
        (2, 21, 40, EventKind.VOICEMAIL),
        (3, 14, 5, EventKind.MISSED_CALL),
    ]:
        ws.cases.log_event(
            case.id,
            kind,
            (base + dt.timedelta(days=day)).replace(hour=hour, minute=minute),
            number=number,
            duration_s=25 if kind is EventKind.VOICEMAIL else None,
            summary="短信：“您的案件已移交法务部门”" if chinese and kind is EventKind.SMS else "",
        )
    recordings, events, marks = [], [], []
    for index, (day, hour) in enumerate([(1, 8), (4, 20)], start=1):
        start = (base + dt.timedelta(days=day)).replace(hour=hour, minute=15).astimezone(dt.UTC)
        event_id, rec_id = add_recording(
            ws, case.id, f"recordings/case-{case.id}/call-{index}.wav", start, 6.0
        )
        recordings.append(rec_id)
        events.append(event_id)
    r1, r2 = recordings
    t1 = (base + dt.timedelta(days=1)).replace(hour=8, minute=15).astimezone(dt.UTC)
    m1 = ws.recordings.add_mark(
        r1,
        RATE * 1,
        tag="name_given",
        text="王经理，工号 ZC-0317" if chinese else "Mike, ID KRS-2291",
        wall_time=t1 + dt.timedelta(seconds=1),
    )
    m2 = ws.recordings.add_mark(
        r1,
        int(RATE * 2.5),
        tag="threat",
        text="说要去单位找我" if chinese else "will tell my employer",
        wall_time=t1 + dt.timedelta(seconds=2.5),
    )
    m3 = ws.recordings.add_mark(
        r1,
        RATE * 4,
        tag="their_promise",
        text="减免 500 元" if chinese else "waive $500 fees",
        wall_time=t1 + dt.timedelta(seconds=4),
    )
    ws.recordings.edit_mark(m3.id, "减免 600 元" if chinese else "waive $600 in fees", "misheard")
    t2 = (base + dt.timedelta(days=4)).replace(hour=20, minute=15).astimezone(dt.UTC)
    m4 = ws.recordings.add_mark(
        r2, RATE * 3, text="wrong moment", wall_time=t2 + dt.timedelta(seconds=3)
    )
    ws.recordings.retract_mark(m4.id, "pressed by mistake")
    marks = [m1.id, m2.id, m3.id, m4.id]
    ws.ledger.add_promise(
        case.id,
        PromiseBy.COLLECTOR,
        description="waive fees",
        amount="600",
        due_date="2026-03-20",
        party_id=collector.id,
        mark_id=m3.id,
        made_at=t1,
    )
    ws.ledger.add_payment(case.id, "150.00", "2026-03-15", method="bank transfer")
    source_dir = ws.data_dir.parent / "incoming"
    source_dir.mkdir(exist_ok=True)
    for i in range(attachments):
        src = source_dir / f"letter-{i + 1}.txt"
        src.write_text(f"Final notice {i + 1}\n", encoding="utf-8")
        ws.attachments.add(case.id, src, description=f"letter {i + 1}")
    return FixtureCase(ws.data_dir, case.id, case.reference, title, recordings, events, marks)


def rename_attachment(data_dir: Path, attachment_id: int, original_name: str) -> None:
    """Give an attachment a hostile original name, as a careless importer might have stored."""
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        conn.execute(
            "UPDATE attachment SET original_name = ? WHERE id = ?", (original_name, attachment_id)
        )
        conn.commit()
    finally:
        conn.close()


def add_other_case(ws: Workspace) -> None:
    """Another case whose audit links must appear in a package only as bare digests."""
    other = ws.cases.create_case("Another debt", jurisdiction="us", reference="OTHER-1")
    ws.cases.log_event(
        other.id,
        EventKind.CALL,
        EXPORT_TIME - dt.timedelta(days=40),
        number="(646) 555-0188",
        direction=Direction.INCOMING,
        summary="SECRET of another case",
    )


@dataclass
class Exported:
    fixture: FixtureCase
    folder: Path
    zip_path: Path | None


def make_export(
    base: Path, key_dir: Path, *, chinese: bool = False, language: str = "en", **options: object
) -> Exported:
    """Build a fixture case in ``base/data`` and export it into ``base/out`` at EXPORT_TIME."""
    from onrecord.evidence.export import ExportOptions, export_case

    with open_workspace(base / "data") as ws:
        shutil.copytree(key_dir, ws.data_dir / "keys")
        add_other_case(ws)
        fixture = build_case(ws, chinese=chinese)
        opts = ExportOptions(language=language, now=EXPORT_TIME, **options)  # type: ignore[arg-type]
        result = export_case(ws, fixture.case_id, base / "out", opts)
    assert result.folder is not None
    return Exported(fixture, result.folder, result.zip_path)


def report_model(ws: Workspace, case_id: int, language: str = "en"):  # type: ignore[no-untyped-def]
    """What the report of ``case_id`` would say now (no attachments' package names, no
    signing key), for tests of the report's content without an export."""
    from onrecord.evidence.catalogue import Strings
    from onrecord.evidence.report_model import build_model
    from onrecord.evidence.snapshot import take_snapshot

    return build_model(
        take_snapshot(ws, case_id),
        Strings(language),
        fingerprint="SHA256:x",
        public_key="x",
        exported_at=EXPORT_TIME,
        exported_by="me",
        device="d",
        software="s",
        attachment_files={},
        audit_case_events=0,
    )
