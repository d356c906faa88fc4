"""A recording in several WAV files (the capture rolls over before 4 GB) exports whole.

The recording is made the way a capture makes it: the segmented writer (with a tiny segment
size) writes the audio, the journal holds the marks, ``collect_result`` hashes the files and
``save_result`` stores them. Then the package must hold every file byte for byte, put each
mark in the right file's WebVTT and label files and report links, validate as a bag, and
verify, naming the one file that was changed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import bagit
import numpy as np
import pytest
from chromium_cdp import Browser, find_chromium
from evidence_helpers import EXPORT_TIME, RATE

from onrecord.audio.journal import Journal
from onrecord.audio.recordfiles import META_FORMAT, RecordingPaths, collect_result, write_meta
from onrecord.audio.segwriter import SegmentedWavWriter
from onrecord.capture.persist import relative, save_result
from onrecord.evidence.export import ExportError, ExportOptions, export_case
from onrecord.evidence.verify import verify_package
from onrecord.store import Workspace, open_workspace
from onrecord.store.engine import DB_FILENAME

SEGMENT_FRAMES = 2 * RATE  # two seconds per file
STARTED = dt.datetime(2026, 3, 3, 13, 15, tzinfo=dt.UTC)  # 08:15 in New York
#: (frame in the recording, tag, text): one in file 1, one exactly where file 2 starts, one
#: inside file 2 and one in file 3.
MARKS = [
    (4000, "name_given", "Mike, ID KRS-2291"),
    (SEGMENT_FRAMES, "threat", "will tell my employer"),
    (SEGMENT_FRAMES + 4000, "their_promise", "waive fees"),
    (2 * SEGMENT_FRAMES + 4000, "", "hung up"),
]


@dataclass
class Captured:
    case_id: int
    recording_id: int
    segments: list[Path]  # the originals in the data folder, in order


def capture(ws: Workspace, case_id: int, seconds: float, name: str = "call") -> Captured:
    """Record ``seconds`` of audio with the marks in ``MARKS`` that fall inside it, as the
    recorder and capture session do, with files of two seconds each."""
    folder = ws.data_dir / "recordings" / f"case-{case_id}" / f"{STARTED:%Y%m%dT%H%M%SZ}"
    folder.mkdir(parents=True)
    paths = RecordingPaths(folder / name)
    write_meta(
        paths.meta,
        {
            "format": META_FORMAT,
            "state": "recording",
            "samplerate": RATE,
            "channels": 2,
            "channel_roles": ["me", "them"],
            "subtype": "PCM_16",
            "devices": [],
            "started_at_utc": "2026-03-03T13:15:00.000Z",
        },
    )
    journal = Journal(paths.journal)
    frames = int(seconds * RATE)
    for seq, (frame, tag, text) in enumerate(MARKS, start=1):
        if frame < frames:
            wall = STARTED + dt.timedelta(seconds=frame / RATE)
            journal.append(
                {
                    "type": "mark",
                    "seq": seq,
                    "frame": frame,
                    "wall_time_utc": wall.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                    "tag": tag or None,
                    "text": text,
                }
            )
    journal.close()
    rng = np.random.default_rng(7)
    audio = (rng.normal(0, 0.1, (frames, 2)).clip(-0.9, 0.9) * 32767).astype(np.int16)
    writer = SegmentedWavWriter(
        paths.base, RATE, 2, max_segment_bytes=4096 + 4 * SEGMENT_FRAMES, fsync_interval_s=1e9
    )
    writer.write(audio)
    writer.close()
    rec = ws.recordings.begin(
        case_id,
        relative(ws, paths.segment(1)),
        sample_rate=RATE,
        channels=2,
        channel_roles="me,them",
        started_at=STARTED,
    )
    result = collect_result(paths, "complete", "2026-03-03T13:15:05.000Z")
    save_result(ws, rec.id, result)
    return Captured(case_id, rec.id, list(writer.segments))


@dataclass
class Package:
    data_dir: Path
    captured: Captured
    folder: Path

    def text(self, rel: str, encoding: str = "utf-8") -> str:
        """A package file's text; CSV files start with a byte order mark ("utf-8-sig")."""
        return (self.folder / rel).read_text(encoding)


STEM = "20260303-081500-rec1"
PARTS = [f"data/recordings/{STEM}-part{n}.wav" for n in (1, 2, 3)]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, signing_key_dir: Path) -> Package:
    """A case with one call of 5 s recorded in three files (2 s, 2 s, 1 s), exported."""
    base = tmp_path_factory.mktemp("multisegment")
    with open_workspace(base / "data") as ws:
        shutil.copytree(signing_key_dir, ws.data_dir / "keys")
        case = ws.cases.create_case("Harbor Bank card", jurisdiction="us", reference="MS-1")
        captured = capture(ws, case.id, 5.0)
        result = export_case(ws, case.id, base / "out", ExportOptions(now=EXPORT_TIME))
    assert result.folder is not None
    return Package(base / "data", captured, result.folder)


def test_the_capture_really_made_three_files(package: Package) -> None:
    assert [p.name for p in package.captured.segments] == [
        "call.wav",
        "call.002.wav",
        "call.003.wav",
    ]


def test_every_file_of_the_recording_is_in_the_package_byte_for_byte(package: Package) -> None:
    recordings = sorted(p.name for p in (package.folder / "data/recordings").iterdir())
    assert recordings == [Path(p).name for p in PARTS]
    for rel, original in zip(PARTS, package.captured.segments, strict=True):
        assert (package.folder / rel).read_bytes() == original.read_bytes(), rel


def test_the_package_is_a_valid_bag_and_verifies(package: Package) -> None:
    bagit.Bag(str(package.folder)).validate()
    report = verify_package(package.folder)
    assert report.ok, report.lines()
    assert report.recordings_checked == 1


def _cues(vtt: str) -> list[tuple[str, str, str]]:
    """(cue id, start, text) of each cue."""
    return re.findall(r"(mark-\d+)\n(\S+) --> \S+\n(.*)\n", vtt)


def test_each_file_has_its_own_webvtt_and_labels_with_the_marks_that_fall_in_it(
    package: Package,
) -> None:
    marks = sorted((package.folder / "data/marks").iterdir())
    assert [p.name for p in marks] == sorted(
        [f"{STEM}.marks.csv", f"{STEM}.marks.json"]
        + [f"{STEM}-part{n}.{kind}" for n in (1, 2, 3) for kind in ("vtt", "labels.txt")]
    )
    vtt = [package.text(f"data/marks/{STEM}-part{n}.vtt") for n in (1, 2, 3)]
    assert [[(start, text) for _, start, text in _cues(v)] for v in vtt] == [
        [("00:00:00.500", "Gave a name: Mike, ID KRS-2291")],
        [("00:00:00.000", "Threat of violence or harm: will tell my employer"), ("00:00:00.500", "Their promise or offer: waive fees")],
        [("00:00:00.500", "hung up")],
    ]  # fmt: skip
    labels = [package.text(f"data/marks/{STEM}-part{n}.labels.txt") for n in (1, 2, 3)]
    assert labels == [
        "0.500000\t0.500000\tGave a name: Mike, ID KRS-2291\n",
        "0.000000\t0.000000\tThreat of violence or harm: will tell my employer\n"
        "0.500000\t0.500000\tTheir promise or offer: waive fees\n",
        "0.500000\t0.500000\thung up\n",
    ]


def test_the_marks_csv_and_json_keep_the_call_time_and_add_the_file_and_its_time(
    package: Package,
) -> None:
    rows = list(
        csv.DictReader(io.StringIO(package.text(f"data/marks/{STEM}.marks.csv", "utf-8-sig")))
    )
    assert [
        (r["offset"], r["frame"], r["file"], r["file_offset"], r["file_frame"]) for r in rows
    ] == [
        ("00:00:00.500", "4000", f"recordings/{STEM}-part1.wav", "00:00:00.500", "4000"),
        ("00:00:02.000", "16000", f"recordings/{STEM}-part2.wav", "00:00:00.000", "0"),
        ("00:00:02.500", "20000", f"recordings/{STEM}-part2.wav", "00:00:00.500", "4000"),
        ("00:00:04.500", "36000", f"recordings/{STEM}-part3.wav", "00:00:00.500", "4000"),
    ]
    data = json.loads(package.text(f"data/marks/{STEM}.marks.json"))
    assert [(f["file"], f["start_frame"], f["frames"]) for f in data["recording_files"]] == [
        (f"recordings/{STEM}-part1.wav", 0, 16000),
        (f"recordings/{STEM}-part2.wav", 16000, 16000),
        (f"recordings/{STEM}-part3.wav", 32000, 8000),
    ]
    last = data["marks"][-1]
    assert (last["offset_seconds"], last["file"], last["file_offset_seconds"]) == (
        4.5,
        f"recordings/{STEM}-part3.wav",
        0.5,
    )


def test_case_json_lists_each_file_with_its_capture_hash(package: Package) -> None:
    (rec,) = json.loads(package.text("data/case/case.json"))["recordings"]
    stored = json.loads(rec["segments"])
    assert [f["package_file"] for f in rec["package_files"]] == [p[5:] for p in PARTS]
    assert [f["sha256"] for f in rec["package_files"]] == [s["sha256"] for s in stored]
    manifest = (package.folder / "manifest-sha256.txt").read_text("utf-8")
    for f in rec["package_files"]:
        assert f"{f['sha256']}  data/{f['package_file']}\n" in manifest
    timeline = list(
        csv.DictReader(io.StringIO(package.text("data/case/timeline.csv", "utf-8-sig")))
    )
    assert timeline[0]["recordings"] == " ".join(p[5:] for p in PARTS)


def _seek_links(html: str) -> list[tuple[str, str, str, str]]:
    """(shown time, href, audio element id, seconds) of each mark link."""
    return [
        (shown, href, audio, t)
        for href, audio, t, shown in re.findall(
            r'<a class="seek" href="([^"]+)" data-audio="([^"]+)" data-t="([^"]+)">([^<]+)</a>',
            html,
        )
    ]


def test_each_report_link_seeks_the_file_the_mark_is_in(package: Package) -> None:
    html = package.text("data/report/index.html")
    players = dict(
        re.findall(r'<audio id="([^"]+)" controls preload="metadata" src="([^"]+)"', html)
    )
    assert players == {f"audio-1-{n}": f"../recordings/{STEM}-part{n}.wav" for n in (1, 2, 3)}
    assert _seek_links(html) == [
        ("00:00:00.500", f"../recordings/{STEM}-part1.wav#t=0.500", "audio-1-1", "0.500"),
        ("00:00:02.000", f"../recordings/{STEM}-part2.wav#t=0.000", "audio-1-2", "0.000"),
        ("00:00:02.500", f"../recordings/{STEM}-part2.wav#t=0.500", "audio-1-2", "0.500"),
        ("00:00:04.500", f"../recordings/{STEM}-part3.wav#t=0.500", "audio-1-3", "0.500"),
    ]  # fmt: skip


def test_the_report_lists_each_file_and_its_hash(package: Package) -> None:
    html = package.text("data/report/index.html").replace("<wbr>", "")  # a path's breaks
    (rec,) = json.loads(package.text("data/case/case.json"))["recordings"]
    for n, f in enumerate(rec["package_files"], start=1):
        assert f"<th>Part {n} of 3</th><td>{f['package_file']}</td>" in html
        integrity = f'<tr><td class="path">{f["package_file"]}</td><td class="hash">{f["sha256"]}'
        assert integrity in html
    assert (
        f"<th>SHA-256 of the list of files (recorded at capture)</th><td>{rec['sha256']}</td>"
        in html
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_pdf_lists_each_file_hash(package: Package) -> None:
    import subprocess

    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(package.folder / "data/report/report.pdf"), "-"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    flat = re.sub(r"\s+", "", text)
    (rec,) = json.loads(package.text("data/case/case.json"))["recordings"]
    for f in rec["package_files"]:
        assert f["sha256"] in flat
    assert "Part2of3:00:00:00.500" in flat  # the in-file time of the third mark


def test_a_changed_byte_in_file_two_fails_verify_and_names_that_file(
    package: Package, tmp_path: Path
) -> None:
    copy = tmp_path / package.folder.name
    shutil.copytree(package.folder, copy)
    target = copy / PARTS[1]
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    report = verify_package(copy)
    assert not report.ok
    assert report.named_files == {PARTS[1]}
    assert [p.kind for p in report.problems] == ["altered"]  # one changed file, one problem
    assert [(p.kind, p.path) for p in report.follows] == [("recording", PARTS[1])]


def test_export_refuses_when_one_file_changed_after_capture(
    package: Package, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(package.data_dir, data_dir)
    second = data_dir / package.captured.segments[1].relative_to(package.data_dir)
    raw = bytearray(second.read_bytes())
    raw[-1] ^= 0x01
    second.write_bytes(bytes(raw))
    with open_workspace(data_dir) as ws, pytest.raises(ExportError) as caught:
        export_case(ws, package.captured.case_id, tmp_path / "out", ExportOptions(pdf=False))
    assert "part 2 of 3 of recording 1" in str(caught.value)
    assert "call.002.wav" in str(caught.value)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_capture_in_one_file_exports_as_one_file_without_parts(
    workspace: Workspace, tmp_path: Path
) -> None:
    case = workspace.cases.create_case("Harbor Bank card", jurisdiction="us", reference="MS-2")
    captured = capture(workspace, case.id, 1.5)
    assert len(captured.segments) == 1
    result = export_case(
        workspace, case.id, tmp_path / "out", ExportOptions(now=EXPORT_TIME, pdf=False)
    )
    assert result.folder is not None
    assert [p.name for p in (result.folder / "data/recordings").iterdir()] == [f"{STEM}.wav"]
    assert sorted(p.name for p in (result.folder / "data/marks").iterdir()) == sorted(
        f"{STEM}.{kind}" for kind in ("marks.csv", "marks.json", "vtt", "labels.txt")
    )
    assert (result.folder / "data/marks" / f"{STEM}.labels.txt").read_text("utf-8") == (
        "0.500000\t0.500000\tGave a name: Mike, ID KRS-2291\n"
    )
    html = (result.folder / "data/report/index.html").read_text("utf-8")
    assert _seek_links(html) == [
        ("00:00:00.500", f"../recordings/{STEM}.wav#t=0.500", "audio-1", "0.500")
    ]
    report = verify_package(result.folder)
    assert report.ok and report.recordings_checked == 1, report.lines()


chromium = find_chromium()


@pytest.mark.skipif(chromium is None, reason="chromium is not installed (apt install chromium)")
def test_in_a_browser_a_mark_in_file_three_plays_file_three_from_its_time(
    package: Package, tmp_path: Path
) -> None:
    browser = Browser(str(chromium), tmp_path / "profile")
    try:
        session = browser.open_page((package.folder / "data/report/index.html").resolve().as_uri())
        browser.evaluate(session, "document.querySelectorAll('a.seek')[3].click()")
        state = browser.evaluate(
            session,
            """new Promise(resolve => {
                  const audio = document.getElementById('audio-1-3');
                  const started = Date.now();
                  (function poll() {
                    if ((audio.readyState >= 1 && audio.currentTime >= 0.45)
                        || audio.error || Date.now() - started > 8000) {
                      resolve({time: audio.currentTime, ready: audio.readyState,
                               duration: audio.duration, error: audio.error && audio.error.code,
                               others: [1, 2].map(n =>
                                 document.getElementById('audio-1-' + n).currentTime)});
                    } else { setTimeout(poll, 50); }
                  })();
                })""",
        )
        assert state["error"] is None and state["ready"] >= 1, state
        assert abs(state["duration"] - 1.0) < 0.01, state  # the third file: one second
        assert 0.45 <= state["time"] < 1.0, state
        assert state["others"] == [0, 0], state
        assert browser.problems() == []
    finally:
        browser.close()


def test_a_part_whose_digests_were_changed_outside_onrecord_refuses_the_export(
    tmp_path: Path, signing_key_dir: Path
) -> None:
    # The manifests take each part's SHA-256 and SHA-512 from the case file once the copy's
    # BLAKE3 matches: a case file edited by another tool (the guard trigger dropped) must
    # not give a signed package whose manifests are wrong.
    data = tmp_path / "data"
    with open_workspace(data) as ws:
        shutil.copytree(signing_key_dir, ws.data_dir / "keys")
        case_id = ws.cases.create_case("Edited", jurisdiction="us", reference="MS-2").id
        capture(ws, case_id, 5.0)
    conn = sqlite3.connect(data / DB_FILENAME)
    try:
        [segments] = conn.execute("SELECT segments FROM recording").fetchone()
        parts = json.loads(segments)
        parts[1]["sha512"] = "0" * 128
        conn.execute("DROP TRIGGER recording_hash_fixed")
        conn.execute("UPDATE recording SET segments = ?", (json.dumps(parts),))
        conn.commit()
    finally:
        conn.close()
    out = tmp_path / "out"
    with (
        open_workspace(data) as ws,
        pytest.raises(
            ExportError, match=r"part 2 of 3 of recording \d+ .*SHA-512 on record .*audit log"
        ),
    ):
        export_case(ws, case_id, out, ExportOptions(now=EXPORT_TIME))
    assert not out.exists() or not any(out.iterdir())
