"""Every importer, fuzzed from end to end (prepare + execute) with hostile but well-formed input.

tests/imports/test_fuzz.py damages the sample files byte by byte; here the *structure* is
valid and the values are hostile: control characters, NUL, lone surrogates (invalid UTF-8
from JSON escapes or file names), right-to-left overrides, emoji, huge numbers, deep nesting.
The only errors allowed are the documented ones (ImportFileError, ImportCancelled, and the
store's StoreError for a value it refuses); each run ends within its time limit, a failed
import writes nothing, and a case file that took an import still passes its checks.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import quoteattr

import numpy as np
import pytest
import soundfile as sf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from onrecord.imports import ImportCancelled, ImportFileError, execute, prepare
from onrecord.store import Workspace, open_workspace
from onrecord.store.audit import verify_chain
from onrecord.store.errors import StoreError
from onrecord.store.models import AuditEvent, ContactEvent, Mark, Recording

FIXTURES = Path(__file__).resolve().parents[1] / "imports" / "fixtures"
FUZZ = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HOSTILE = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "\u202eevil\u202c",
            "\U0001f600\U0001f4a9",
            "\x00nul",
            "\ud800lone",
            "\udcff",
            "a" * 5000,
            "-1",
            "+86 138 0013 8000",
            "9" * 40,
            "催收 王经理",
            "\r\n\t",
            "",
        ]
    ),
)


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def expired(_sig: int, _frame: object) -> None:
        raise TimeoutError(f"the importer took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    with open_workspace(tmp_path_factory.mktemp("fuzz") / "data") as workspace:
        yield workspace


@pytest.fixture(scope="module")
def case_id(ws: Workspace) -> int:
    return ws.cases.create_case("Fuzz", jurisdiction="cn").id


def counts(ws: Workspace) -> dict[str, int]:
    with ws.store.session() as s:
        return {
            m.__name__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (ContactEvent, Recording, Mark, AuditEvent)
        }


def run_import(ws: Workspace, case_id: int, path: Path, fmt: str, **kw: object) -> None:
    before = counts(ws)
    with time_limit(20):
        try:
            plan = prepare(ws, case_id, path, fmt, **kw)  # type: ignore[arg-type]
        except (ImportFileError, ImportCancelled, StoreError) as exc:
            assert str(exc).strip()
            assert counts(ws) == before, "a failed prepare wrote to the case file"
            return
        assert counts(ws) == before, "prepare wrote to the case file"
        try:
            execute(ws, plan)
        except StoreError as exc:  # a value the store refuses: said plainly
            assert str(exc).strip()
    assert ws.store.integrity_check() == "ok"
    with ws.store.session() as s:
        assert verify_chain(s).ok


# --------------------------------------------------------- SMS Backup & Restore
def attr(value: object) -> str:
    return quoteattr(str(value).encode("utf-8", "replace").decode("utf-8"))  # XML has no surrogates


@FUZZ
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {
                "number": HOSTILE,
                "duration": st.one_of(st.integers(-10, 10**12), HOSTILE),
                "date": st.one_of(st.integers(-(10**15), 10**15), HOSTILE),
                "type": st.one_of(st.integers(-5, 12), HOSTILE),
                "contact_name": HOSTILE,
                "presentation": st.integers(0, 4),
            }
        ),
        max_size=6,
    ),
    kind=st.sampled_from(["calls", "sms"]),
    raw_control=st.booleans(),
)
def test_sms_backup_calls_and_messages(
    ws: Workspace, case_id: int, tmp_path_factory: pytest.TempPathFactory, rows, kind, raw_control
) -> None:
    lines = []
    for row in rows:
        if kind == "calls":
            fields = " ".join(f"{k}={attr(v)}" for k, v in row.items())
            lines.append(f"<call {fields} />")
        else:
            lines.append(
                f'<sms protocol="0" address={attr(row["number"])} date={attr(row["date"])} '
                f'type={attr(row["type"])} body={attr(row["contact_name"])} read="1" />'
            )
    root = "calls" if kind == "calls" else "smses"
    text = f"<?xml version='1.0' encoding='UTF-8'?>\n<{root} count=\"{len(rows)}\">\n"
    text += "\n".join(lines) + f"\n</{root}>\n"
    if raw_control:
        text = text.replace("<", "\x01<", 1)  # a raw control character: not XML
    path = tmp_path_factory.mktemp("xml") / f"{kind}-fuzz.xml"
    path.write_text(text, encoding="utf-8")
    run_import(ws, case_id, path, kind)


def test_xml_bombs_and_entities(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    samples = {
        "calls-laughs.xml": (FIXTURES / "billion-laughs.xml").read_text(encoding="utf-8"),
        "calls-external.xml": '<?xml version="1.0"?><!DOCTYPE calls [<!ENTITY x SYSTEM '
        '"file:///etc/passwd">]><calls><call number="&x;" date="1" type="1" /></calls>',
        "calls-deep.xml": "<calls>" + "<a>" * 50000 + "</a>" * 50000 + "</calls>",
        "calls-huge-attr.xml": f'<calls><call number="{"9" * 2_000_000}" date="1772320200000" '
        'type="1" duration="1" /></calls>',
    }
    for name, text in samples.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        run_import(ws, case_id, path, "calls")
    assert "root:" not in json.dumps([e.summary for e in ws.cases.events(case_id)])


# --------------------------------------------------------------------- BCR
def write_audio(path: Path, seed: int) -> None:
    samples = (np.sin(np.arange(800) / (3 + seed % 7)) * 8000).astype(np.int16)
    samples[:4] = seed % 30000
    sf.write(str(path), samples, 8000, subtype="PCM_16", format="WAV")


BCR_NAME = st.one_of(
    st.builds(
        lambda d, direction, number, name: f"{d}{direction}{number}{name}",
        st.sampled_from(
            ["20260301_101500.000+0800", "20230414_215701.088-0400", "19990101_000000Z"]
        ),
        st.sampled_from(["", "_in", "_out", "_conference"]),
        st.sampled_from(["", "_13800138000", "_+8613800138000", "_1"]),
        st.one_of(st.just(""), HOSTILE.map(lambda t: "_" + t)),
    ),
    HOSTILE,
)
JSON_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), HOSTILE),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(HOSTILE, inner, max_size=3)
    ),
    max_leaves=8,
)


def safe_file_name(name: str) -> str | None:
    name = name.replace("/", "_").replace("\x00", "_")
    try:
        encoded = os.fsencode(name)
    except UnicodeEncodeError:
        return None
    if not name.strip(".") or len(encoded) > 200:
        return None
    return name


@FUZZ
@given(
    name=BCR_NAME,
    meta=st.one_of(
        st.none(),
        st.fixed_dictionaries(
            {
                "timestamp_unix_ms": st.one_of(st.integers(), st.just(1772320200000), JSON_VALUE),
                "direction": JSON_VALUE,
                "calls": st.one_of(
                    st.lists(
                        st.fixed_dictionaries(
                            {"phone_number": JSON_VALUE, "contact_name": JSON_VALUE}
                        ),
                        max_size=2,
                    ),
                    JSON_VALUE,
                ),
                "output": JSON_VALUE,
                "sim_slot": JSON_VALUE,
            }
        ),
        st.sampled_from(["[" * 100_000, '{"timestamp_unix_ms": 1' + "0" * 5000 + "}"]),
    ),
    seed=st.integers(0, 10**6),
)
def test_bcr_names_and_json(
    ws: Workspace, case_id: int, tmp_path_factory: pytest.TempPathFactory, name, meta, seed
) -> None:
    stem = safe_file_name(name)
    if stem is None:
        return
    folder = tmp_path_factory.mktemp("bcr")
    write_audio(folder / "plain.wav", seed)  # (libsndfile cannot open undecodable names)
    os.rename(folder / "plain.wav", folder / f"{stem}.wav")
    if meta is not None:
        text = meta if isinstance(meta, str) else json.dumps(meta, ensure_ascii=True)
        (folder / f"{stem}.json").write_text(text, encoding="utf-8")
    run_import(ws, case_id, folder, "bcr")


def test_bcr_file_name_that_is_not_utf8(ws: Workspace, case_id: int, tmp_path: Path) -> None:
    """A name in GBK (an old phone, a zip from Windows): bytes that are not UTF-8."""
    folder = tmp_path / "bcr"
    folder.mkdir()
    raw = b"20260301_101500.000+0800_in_13800138000_\xb4\xdf\xca\xd5.wav"  # 催收 in GBK
    write_audio(folder / "plain.wav", 1)
    os.rename(os.fsencode(folder / "plain.wav"), os.path.join(os.fsencode(folder), raw))
    run_import(ws, case_id, folder, "bcr")


# ---------------------------------------------------------- Audacity labels
@pytest.fixture(scope="module")
def recording_id(ws: Workspace, case_id: int) -> int:
    rec = ws.recordings.begin(case_id, "recordings/fuzz.wav", sample_rate=48000, channels=1)
    return ws.recordings.finalise(rec.id, frames=48000 * 600, sha256="0" * 64, pcm_sha256=None).id


@FUZZ
@given(
    lines=st.lists(
        st.tuples(
            st.one_of(st.floats(allow_nan=True), st.integers(-(10**20), 10**20), HOSTILE),
            st.one_of(st.floats(allow_nan=True), HOSTILE),
            HOSTILE,
        ),
        max_size=8,
    )
)
def test_audacity_labels(
    ws: Workspace, case_id: int, recording_id: int, tmp_path_factory: pytest.TempPathFactory, lines
) -> None:
    text = "\n".join(f"{a}\t{b}\t{c}" for a, b, c in lines)
    path = tmp_path_factory.mktemp("labels") / "labels.txt"
    path.write_bytes(text.encode("utf-8", "replace"))
    run_import(ws, case_id, path, "audacity", recording_id=recording_id)


# ------------------------------------------------------------------- CSV log
@FUZZ
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {
                "start": st.one_of(st.datetimes().map(lambda d: d.isoformat(sep=" ")), HOSTILE),
                "kind": st.one_of(
                    st.sampled_from(["call", "missed_call", "sms", "letter"]), HOSTILE
                ),
                "direction": st.one_of(st.sampled_from(["incoming", "outgoing"]), HOSTILE),
                "number": HOSTILE,
                "duration_s": st.one_of(st.integers(-5, 10**15).map(str), HOSTILE),
                "timezone": st.one_of(st.sampled_from(["", "UTC", "Asia/Shanghai"]), HOSTILE),
                "summary": HOSTILE,
            }
        ),
        max_size=5,
    ),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gbk"]),
)
def test_csv_log(
    ws: Workspace, case_id: int, tmp_path_factory: pytest.TempPathFactory, rows, encoding
) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(
        out,
        ["start", "kind", "direction", "number", "duration_s", "timezone", "summary"],
    )
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("csv") / "log.csv"
    path.write_bytes(out.getvalue().encode(encoding, "replace"))
    run_import(ws, case_id, path, "csv")
