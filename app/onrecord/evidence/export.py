"""Export a case as an evidence package: staged, bagged, signed, then moved into place at once.

Contract for callers (CLI, GUI worker):

- ``progress(fraction, message)``: ``fraction`` rises from 0.0 to 1.0; ``message`` is a short
  English phrase for a status line. Called on the calling thread.
- ``cancel()``: polled between steps and while copying/zipping; when it returns true the
  export stops, removes everything it wrote and raises :class:`ExportCancelled`.
- Failure raises :class:`ExportError` (an expected problem: one-line message for the user)
  and leaves nothing behind. Originals in the data folder are only ever read.
- On success the package folder (and/or zip) appears in ``out_dir`` by rename, complete.
"""

from __future__ import annotations

import csv
import datetime as dt
import getpass
import io
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import bagit

from .. import __version__
from .. import settings as settings_mod
from ..durable import fsync_dir, fsync_file, sync_tree
from ..messages import QT_TRANSLATE_NOOP
from ..paths import give_users_modes
from ..store import audit
from ..store.attachments import safe_name
from ..store.errors import StoreError
from ..store.types import to_utc_text, utcnow
from ..store.workspace import Workspace
from . import marks_formats
from .audit_scope import is_part, shown_in_full
from .bag import ALGORITHMS, make_signed_bag, tag_files
from .capture_log import capture_entries, logged_digests
from .case_json import case_json
from .catalogue import LANGUAGES, Strings
from .copyhash import CopyCancelled, CopyJob, ParallelCopy
from .custody import audit_lines, custody_json
from .findings import findings_for, findings_json
from .open_note import note_name, open_note
from .report_html import render_html
from .report_model import build_model
from .signing import SigningKey, SigningKeyError, load_or_create_key
from .snapshot import Snapshot, take_snapshot
from .staging import new_staging, remove_abandoned_staging, remove_staging
from .timeline_csv import readable_name, timeline_csv
from .verify_text import verify_text
from .zipping import write_zip

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


class ExportError(StoreError):
    """The export cannot be made; the message says why (nothing was written)."""


def _os_reason(exc: OSError) -> str:
    """str(exc), but with the file name after the reason: "No space left on device: /x"."""
    if exc.strerror and exc.filename:
        return f"{exc.strerror}: {exc.filename}"
    return str(exc)


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class ExportOptions:
    language: str = "en"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    calls: list[int] | None = None  # contact event ids: only these calls (see selection.py)
    make_zip: bool = False  # also write <name>.zip beside the folder
    password: str | None = None  # encrypt: write only an AES-256 <name>.zip, no folder
    contact_name: str = ""
    source_organization: str = ""
    exported_by: str | None = None  # default: the OS user name
    now: dt.datetime | None = None  # fixed time (tests, reproducible exports)
    pdf: bool = True
    #: The user's values for unconfirmed conduct-rule parameters (None: from settings.json).
    conduct_overrides: dict[str, dict[str, Any]] | None = None


@dataclass
class ExportResult:
    name: str
    folder: Path | None
    zip_path: Path | None
    fingerprint: str
    files: int  # in data/ (Payload-Oxum's count)
    payload_bytes: int
    recordings: int
    attachments: int
    warnings: list[str] = field(default_factory=list)
    #: beside an encrypted zip: how to open it (open_note.py); not part of the package
    note_path: Path | None = None
    #: the files with digests in the package's manifests, data/ and the files that describe
    #: and sign it: what `verify` counts as checked
    checked_files: int = 0
    #: for a package of part of the case, what it holds (bag-info.txt's OnRecord-Selection)
    selection: str = ""


def _noop_progress(fraction: float, message: str) -> None:
    pass


def _never() -> bool:
    return False


class _Run:
    def __init__(self, progress: Progress, cancel: Cancel) -> None:
        self.progress = progress
        self.cancel = cancel

    def check(self) -> None:
        if self.cancel():
            raise ExportCancelled("export cancelled")

    def report(self, fraction: float, message: str) -> None:
        self.progress(min(max(fraction, 0.0), 1.0), message)
        self.check()


@dataclass(frozen=True)
class Captured:
    """What was recorded of a package file's original when it was captured or added."""

    sha256: str
    sha512: str | None  # None for files kept before the SHA-512 was taken at capture
    blake3: str | None  # None for files kept before the BLAKE3 was taken at capture
    what: str  # names the file in messages
    #: the digests the audit chain logged of it then; None: the chain has no such entry
    logged: dict[str, str] | None = None

    @property
    def check(self) -> tuple[str, ...]:
        """The digests to take of the copy: the fastest one recorded at capture that,
        equal, proves the copy holds the captured bytes (BLAKE3, else SHA-256), plus any
        of the package's digests not recorded then."""
        if self.blake3 and self.sha512:
            return ("blake3",)
        return ("sha256",) if self.sha512 else ("sha256", "sha512")

    @property
    def recorded(self) -> dict[str, str]:
        digests = {"sha256": self.sha256, "sha512": self.sha512, "blake3": self.blake3}
        return {name: value for name, value in digests.items() if value}


# how the algorithms are named in messages
_NAMES = {"sha256": "SHA-256", "sha512": "SHA-512", "blake3": "BLAKE3"}
_NOTHING_RECORDED = QT_TRANSLATE_NOOP(
    "Export",
    "{what} has no digest on record from when it was saved, so the copy cannot be checked "
    "against it; nothing was exported",
)


def _check_records(expected: dict[str, Captured]) -> None:
    """Refuse the export if an original's digests on record are not those the audit chain
    logged when it was saved (the package's manifests are taken from the record)."""
    for original in expected.values():
        if original.logged is None:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "Export",
                    "{what} has no entry in the audit log from when it was saved, so its "
                    "digests on record cannot be confirmed; nothing was exported",
                ).format(what=original.what)
            )
        for algorithm, recorded in original.recorded.items():
            logged = original.logged.get(algorithm)
            if logged is not None and logged != recorded:
                raise ExportError(
                    QT_TRANSLATE_NOOP(
                        "Export",
                        "{what}: its {algorithm} on record ({recorded}…) is not the one "
                        "logged in the audit log when it was saved ({logged}…): the case "
                        "file was changed outside OnRecord or is damaged; nothing was exported",
                    ).format(
                        what=original.what,
                        algorithm=_NAMES[algorithm],
                        recorded=recorded[:16],
                        logged=logged[:16],
                    )
                )


def _check_hashes(
    copied: dict[str, dict[str, str]], expected: dict[str, Captured]
) -> dict[str, dict[str, str]]:
    """Refuse the export if a copied original does not have the digest recorded at capture;
    return every copy's SHA-256 and SHA-512.

    ``copied`` holds the digests of the bytes actually written into the package, taken while
    copying (``Captured.check``), so a file changed after capture (or while it was being
    copied) is caught here. A copy whose BLAKE3 (or SHA-256) is the one recorded at capture
    holds the captured bytes, so the SHA-256 and SHA-512 recorded with it are its own."""
    digests: dict[str, dict[str, str]] = {}
    for name, original in expected.items():
        got = copied.get(name, {})
        if not any(original.recorded.get(algorithm) for algorithm in original.check):
            raise ExportError(_NOTHING_RECORDED.format(what=original.what))
        for algorithm in original.check:
            recorded, now = original.recorded.get(algorithm), got.get(algorithm)
            if recorded is not None and now != recorded:
                raise ExportError(
                    QT_TRANSLATE_NOOP(
                        "Export",
                        "{what} no longer matches the {algorithm} recorded when it was saved "
                        "(recorded {recorded}…, now {now}…): the file was "
                        "changed or damaged after capture, so it cannot be exported as "
                        "evidence; nothing was exported",
                    ).format(
                        what=original.what,
                        algorithm=_NAMES[algorithm],
                        recorded=recorded[:16],
                        now=str(now)[:16],
                    )
                )
        together = {**original.recorded, **got}
        digests[name] = {algorithm: together[algorithm] for algorithm in ALGORITHMS}
    return digests


#: CSV files start with a UTF-8 byte order mark: without it Excel (on a Chinese Windows above
#: all) reads them in the system's legacy code page and garbles every non-ASCII character.
#: Python's "utf-8-sig", LibreOffice and our own importers read it as UTF-8 and drop it.
CSV_ENCODING = "utf-8-sig"


def _write(path: Path, text: str) -> None:
    """Write a package file; a .csv gets a byte order mark (``CSV_ENCODING``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    encoding = CSV_ENCODING if path.suffix.lower() == ".csv" else "utf-8"
    with path.open("w", encoding=encoding, newline="") as f:
        f.write(text)


def _recording_names(snapshot: Snapshot) -> None:
    """``<local start>-rec<id>.wav``; a recording in several files (segments) gets
    ``…-rec<id>-part1.wav``, ``-part2.wav``… (the id keeps every name unique)."""
    for r in snapshot.recordings:
        local = r.started_at.astimezone(ZoneInfo(r.timezone))
        r.package_stem = _manifest_safe(f"{local:%Y%m%d-%H%M%S}-rec{r.id}")
        for number, f in enumerate(r.files, start=1):
            part = f"-part{number}" if r.segmented else ""
            f.package_name = _manifest_safe(f"{r.package_stem}{part}{f.suffix}")
        r.package_name = r.files[0].package_name


def _attachment_names(snapshot: Snapshot) -> dict[int, str]:
    return {
        a["id"]: _manifest_safe(f"{index:03d}-{safe_name(a['original_name'])}")
        for index, a in enumerate(snapshot.attachments, start=1)
    }


def _manifest_safe(name: str) -> str:
    """A package file name that reads back from a manifest as written, in any BagIt reader.

    bagit writes "%" unescaped, so "%0A" would read back as LF; bagit-python splits manifest
    lines wherever str.splitlines() would (U+2028, U+0085, …) and strips white space at both
    ends of a line. The original name stays in attachments.csv and case.json."""
    kept = "".join("_" if c == "%" or len(f"a{c}b".splitlines()) > 1 else c for c in name)
    return kept.rstrip() or "file"


def _attachments_csv(snapshot: Snapshot, names: dict[int, str]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(
        [
            "package_file",
            "original_name",
            "sha256",
            "size",
            "media_type",
            "description",
            "added_at_utc",
            "event_id",
            "attachment_id",
        ]
    )
    for a in snapshot.attachments:
        w.writerow(
            [
                names[a["id"]],
                a["original_name"],
                a["sha256"],
                a["size"],
                a["media_type"],
                a["description"],
                a["added_at"],
                a["event_id"] or "",
                a["id"],
            ]
        )
    return out.getvalue()


def package_name(reference: str, when: dt.datetime, zone: str) -> str:
    """``OnRecord-<reference>-<date>-<time><offset>``, on the case's clock with its UTC
    offset (``20260401-173000+0800``; ``Z`` for UTC): the time the user sees on their own
    clock, and still one instant for anyone else."""
    try:
        local = when.astimezone(ZoneInfo(zone))
    except (ValueError, KeyError):  # not a zone name (checked when saved): UTC
        local = when.astimezone(dt.UTC)
    offset = "Z" if not local.utcoffset() else f"{local:%z}"
    # A slash is part of the reference ("2026/7"), not a folder: safe_name keeps the last part.
    label = safe_name(re.sub(r"[/\\\s]+", "_", reference))
    return f"OnRecord-{label}-{local:%Y%m%d-%H%M%S}{offset}"


def export_case(
    ws: Workspace,
    case_id: int | str,
    out_dir: Path,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportResult:
    """Export ``case_id`` into ``out_dir`` (created if missing). See the module doc."""
    opts = options or ExportOptions()
    if opts.language not in LANGUAGES:
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "no report language {value} (choose {choices})").format(
                value=repr(opts.language), choices=", ".join(LANGUAGES)
            )
        )
    if opts.password is not None and not opts.password:
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "an encrypted export needs a password that is not empty")
        )
    run = _Run(progress or _noop_progress, cancel or _never)
    run.report(0.0, "reading the case")
    now = opts.now or utcnow()
    try:
        snapshot = take_snapshot(
            ws, case_id, date_from=opts.date_from, date_to=opts.date_to, calls=opts.calls
        )
    except StoreError as exc:
        raise ExportError(*exc.args) from exc
    try:
        key = load_or_create_key(ws.data_dir)
    except (SigningKeyError, OSError) as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "cannot use the signing key: {reason}").format(reason=exc)
        ) from exc
    out_dir = Path(out_dir)
    made = _first_missing(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        if made is not None:  # a folder the user asked for: theirs, as if they had made it
            give_users_modes(made)
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "cannot create {path}: {reason}").format(
                path=out_dir, reason=exc.strerror
            )
        ) from exc
    name = package_name(snapshot.case["reference"], now, snapshot.case["timezone"])
    if snapshot.selection is not None:  # told apart from the whole case's in a file list
        name += snapshot.selection.name_suffix()
    folder = out_dir / name
    zip_path = out_dir / f"{name}.zip"
    note_path = out_dir / note_name(name, opts.language)
    want_folder = opts.password is None
    want_zip = opts.make_zip or opts.password is not None
    want_note = opts.password is not None
    outputs = [
        target
        for target, wanted in ((folder, want_folder), (zip_path, want_zip), (note_path, want_note))
        if wanted
    ]
    for target in outputs:
        if target.exists() or target.is_symlink():
            raise ExportError(
                QT_TRANSLATE_NOOP("Export", "{path} already exists; choose another folder").format(
                    path=target
                )
            )
    remove_abandoned_staging(out_dir)
    try:
        staging, lock = new_staging(out_dir, name)
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "cannot write in {path}: {reason}").format(
                path=out_dir, reason=exc.strerror
            )
        ) from exc
    try:
        result = _build(ws, snapshot, key, staging, name, now, opts, run)
        run.report(0.97, "writing the package to the disk")
        if want_folder:
            sync_tree(staging / name)
        if want_zip:
            fsync_file(staging / f"{name}.zip")
        if want_note:
            note = open_note(zip_path.name, snapshot.case["reference"], opts.language)
            (staging / note_path.name).write_text(note, encoding="utf-8")
            fsync_file(staging / note_path.name)
        # Built private (the staging folder is 0700); handed on with the user's own modes.
        give_users_modes(*(staging / target.name for target in outputs))
        run.report(0.99, "moving the package into place")
        moved: list[Path] = []
        try:
            if want_note:
                os.replace(staging / note_path.name, note_path)
                moved.append(note_path)
            if want_zip:
                os.replace(staging / f"{name}.zip", zip_path)
                moved.append(zip_path)
            if want_folder:
                os.replace(staging / name, folder)
                moved.append(folder)
        except BaseException:
            for path in moved:
                shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
            raise
        fsync_dir(out_dir)
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "the export failed and was removed: {reason}").format(
                reason=_os_reason(exc)
            )
        ) from exc
    finally:
        remove_staging(staging, lock)
    result.folder = folder if want_folder else None
    result.zip_path = zip_path if want_zip else None
    result.note_path = note_path if want_note else None
    _log_export(ws, snapshot, result, opts, now)
    run.progress(1.0, "done")
    return result


def _first_missing(folder: Path) -> Path | None:
    """The outermost of ``folder`` and its parents that does not exist yet (None: it exists)."""
    missing = None
    for path in (folder, *folder.parents):
        if path.exists():
            break
        missing = path
    return missing


def _build(
    ws: Workspace,
    snapshot: Snapshot,
    key: SigningKey,
    staging: Path,
    name: str,
    now: dt.datetime,
    opts: ExportOptions,
    run: _Run,
) -> ExportResult:
    s = Strings(opts.language)
    bag_dir = staging / name
    data = bag_dir / "data"
    for sub in ("recordings", "marks", "attachments", "case", "audit", "report"):
        (data / sub).mkdir(parents=True)
    _recording_names(snapshot)
    files = _attachment_names(snapshot)
    jobs: list[CopyJob] = []
    expected: dict[str, Captured] = {}  # data/… name -> its original's hashes at capture
    entries = capture_entries(snapshot.audit)
    for r in snapshot.recordings:
        for number, f in enumerate(r.files, start=1):
            if r.segmented:
                what = QT_TRANSLATE_NOOP(
                    "Export", "part {number} of {count} of recording {id} ({path})"
                ).format(number=number, count=len(r.files), id=r.id, path=f.stored_path)
            else:
                what = QT_TRANSLATE_NOOP("Export", "recording {id} ({path})").format(
                    id=r.id, path=f.stored_path
                )
            target = f"recordings/{f.package_name}"
            entry = entries.get(("recording", r.id))
            part = number - 1 if r.segmented else None
            logged = None if entry is None else logged_digests(entry, part)
            captured = Captured(f.sha256, f.sha512, f.blake3, what, logged)
            jobs.append(_job(f.source, data / target, captured))
            expected[f"data/{target}"] = captured
    for a in snapshot.attachments:
        what = QT_TRANSLATE_NOOP("Export", "attachment {id} ({name})").format(
            id=a["id"], name=a["original_name"]
        )
        target = f"attachments/{files[a['id']]}"
        entry = entries.get(("attachment", a["id"]))
        logged = None if entry is None else logged_digests(entry)
        captured = Captured(a["sha256"], a.get("sha512"), a.get("blake3"), what, logged)
        jobs.append(_job(ws.data_dir / a["path"], data / target, captured))
        expected[f"data/{target}"] = captured
    _check_records(expected)
    total = sum(_size(job.source) for job in jobs)
    # The originals are copied (and hashed on the way) in background threads while this
    # thread writes the smaller files and draws the report. The copies leave the memory once
    # on the disk, unless the zip reads them again.
    zipped = opts.make_zip or opts.password is not None
    with ParallelCopy(jobs, durable=True, keep_cached=zipped) as copier:
        run.report(0.02, "writing the case file and audit log")
        exporter, account = _exported_by(ws, opts)
        found, export_info = _write_small_files(
            ws,
            snapshot,
            key,
            data,
            name,
            now,
            opts,
            files,
            exporter or f"{account} (computer account)",
        )
        run.report(0.04, "writing the report")
        case_events = len(shown_in_full(snapshot))  # as the package's audit log shows them
        model = build_model(
            snapshot,
            s,
            fingerprint=key.fingerprint,
            public_key=key.public_base64,
            exported_at=now,
            exported_by=exporter or s("computer_account", user=account),
            device=export_info["device"],
            software=export_info["software"],
            attachment_files=files,
            audit_case_events=case_events,
            findings=found,
        )
        _write(data / "report" / "index.html", render_html(model))

        # The bar's share of copying and of drawing the PDF, from what each should take
        # (a case of 100 000 marks spends minutes on its PDF and seconds copying).
        pdf_at = 0.1 + 0.7 * _copy_share(total, model if opts.pdf else None)

        def copying(done: int) -> None:
            run.progress(
                0.1 + (pdf_at - 0.1) * done / max(total, 1), "copying recordings and attachments"
            )

        def drawing(fraction: float) -> None:
            run.progress(pdf_at + (0.8 - pdf_at) * fraction, "drawing the PDF report")

        run.report(0.1, "copying recordings and attachments")
        try:
            copied = copier.wait(copying, run.cancel)
        except CopyCancelled:
            raise ExportCancelled("export cancelled") from None
        if opts.pdf:
            # Drawn while the copies are written out to the disk: the hashing is done, so
            # the CPU is free (drawn earlier, it held up the copying threads: Qt's layout
            # keeps Python's lock).
            run.report(pdf_at, "drawing the PDF report")
            from .report_pdf import render_pdf

            try:
                render_pdf(
                    model,
                    data / "report" / "report.pdf",
                    when=now,
                    document_id=name,
                    progress=drawing,
                    cancel=run.cancel,
                )
            except InterruptedError:
                raise ExportCancelled("export cancelled") from None
        run.report(0.81, "writing the copies to the disk")
        copier.flushed()
    digests = _check_hashes(
        {name: c.digests for name, c in zip(expected, copied, strict=True)}, expected
    )
    run.report(0.82, "hashing every file (BagIt manifests) and signing")
    bag_info = _bag_info(ws, snapshot, key, name, now, opts, export_info["software"])
    try:
        summary = make_signed_bag(
            bag_dir,
            bag_info,
            key,
            {
                "VERIFY.txt": verify_text(
                    snapshot.case["reference"],
                    now,
                    key.fingerprint,
                    opts.language,
                    snapshot.case["timezone"],
                    snapshot.selection,
                    part=is_part(snapshot),
                )
            },
            known_digests=digests,
        )
    except bagit.BagError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Export", "the package failed the BagIt check ({reason}); nothing was exported"
            ).format(reason=exc)
        ) from exc
    run.report(0.85, "package complete")
    if opts.make_zip or opts.password is not None:
        all_bytes = sum(p.stat().st_size for p in bag_dir.rglob("*") if p.is_file())

        def zipped(done: int) -> None:
            run.progress(0.85 + 0.11 * done / max(all_bytes, 1), "writing the zip")

        try:
            write_zip(
                bag_dir,
                staging / f"{name}.zip",
                when=now,
                password=opts.password,
                progress=zipped,
                cancel=run.cancel,
            )
        except InterruptedError:
            raise ExportCancelled("export cancelled") from None
    return ExportResult(
        name=name,
        folder=None,
        zip_path=None,
        fingerprint=key.fingerprint,
        files=summary.files,
        checked_files=summary.files + len(tag_files(bag_dir)),
        payload_bytes=summary.payload_bytes,
        recordings=len(snapshot.recordings),
        attachments=len(snapshot.attachments),
        warnings=[
            f"recording {x['id']} not included: {x['reason']}" for x in snapshot.skipped_recordings
        ],
        selection=snapshot.selection.tag() if snapshot.selection is not None else "",
    )


#: what the bar's share of copying and drawing is reckoned from: bytes copied and checked per
#: second, and seconds per row of the PDF's tables (a contact, a mark, a file), on this
#: project's 2-core machine (BENCHMARKS.md)
COPY_BYTES_PER_SECOND = 1.5e9
PDF_SECONDS_PER_ROW = 0.001
PDF_SECONDS = 0.3


def _copy_share(total_bytes: int, model: Any | None) -> float:
    """The share of copying in copying plus drawing the PDF (``model`` None: no PDF)."""
    copying = total_bytes / COPY_BYTES_PER_SECOND
    if model is None:
        return 1.0
    rows = len(model.timeline) + len(model.findings) + len(model.integrity)
    rows += sum(len(call.marks) for call in model.calls)
    drawing = PDF_SECONDS + rows * PDF_SECONDS_PER_ROW
    return copying / (copying + drawing)


def _job(source: Path, target: Path, captured: Captured) -> CopyJob:
    """Copy ``source``, taking only the digests ``captured.check`` needs (see
    ``_check_hashes``)."""
    if not source.is_file():
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Export", "{what} is missing from the data folder ({path}); nothing was exported"
            ).format(what=captured.what, path=source)
        )
    return CopyJob(source, target, captured.check)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _write_small_files(
    ws: Workspace,
    snapshot: Snapshot,
    key: SigningKey,
    data: Path,
    name: str,
    now: dt.datetime,
    opts: ExportOptions,
    files: dict[int, str],
    exported_by: str,
) -> tuple[Any, dict[str, Any]]:
    """Marks, the attachments list, the case file, timeline, audit log, custody record and
    conduct findings. Returns the findings and the export's who/when/where."""
    s = Strings(opts.language)
    for r in snapshot.recordings:
        for marks_name, text in marks_formats.marks_files(r, s).items():
            _write(data / "marks" / marks_name, text)
    _write(data / "attachments" / "attachments.csv", _attachments_csv(snapshot, files))
    export_info = {
        "exported_at": to_utc_text(now),
        "exported_by": exported_by,
        "device": audit.device_label(),
        "software": f"OnRecord {__version__}",
        "package": name,
        "language": opts.language,
        "filters": snapshot.filters,
        "signing_key_fingerprint": key.fingerprint,
    }
    today = now.astimezone(snapshot.zone).date()  # the report's "today" for the promises
    _write(data / "case" / "case.json", case_json(snapshot, files, today, s))
    _write(data / "case" / "timeline.csv", timeline_csv(snapshot))
    if opts.language != "en":  # the same rows in the report's words, for a spreadsheet
        _write(data / "case" / readable_name(opts.language), timeline_csv(snapshot, s))
    _write(data / "audit" / "audit-log.jsonl", audit_lines(snapshot))
    _write(data / "audit" / "chain-of-custody.json", custody_json(snapshot, export_info, files))
    overrides = opts.conduct_overrides
    if overrides is None:
        overrides = settings_mod.load(ws.data_dir).conduct_overrides
    found = findings_for(
        ws,
        snapshot.case["id"],
        {e["id"] for e in snapshot.events},
        opts.language,
        overrides,
    )
    _write(
        data / "case" / "conduct-findings.json",
        findings_json(
            found,
            snapshot.filters,
            {e["id"] for e in snapshot.events} if snapshot.selection is not None else None,
        ),
    )
    return found, export_info


def _bag_info(
    ws: Workspace,
    snapshot: Snapshot,
    key: SigningKey,
    name: str,
    now: dt.datetime,
    opts: ExportOptions,
    software: str,
) -> dict[str, str]:
    bag_info = {
        "External-Identifier": snapshot.case["reference"],
        "External-Description": f"OnRecord evidence package for case {snapshot.case['reference']}: "
        f"{snapshot.case['title']}",
        "Bagging-Date": now.astimezone(dt.UTC).strftime("%Y-%m-%d"),
        "Bag-Software-Agent": f"{software} (checked with bagit.py {_bagit_version()})",
        "Internal-Sender-Identifier": name,
        "OnRecord-Audit-Head": snapshot.audit_head,
        "OnRecord-Signing-Key": key.fingerprint,
        "OnRecord-Report-Language": opts.language,
    }
    if snapshot.selection is not None:  # custom tags (RFC 8493 2.2.2 allows them)
        bag_info.update(snapshot.selection.tags())
    contact_name, contact = opts.contact_name, ""
    try:
        from ..settings import load as load_settings

        settings = load_settings(ws.data_dir)
        contact_name = contact_name or getattr(settings, "reporter_name", "")
        contact = getattr(settings, "reporter_contact", "")
    except (ImportError, OSError, ValueError):  # settings are optional for an export
        pass
    if contact_name:
        bag_info["Contact-Name"] = contact_name
    if contact:
        bag_info["Contact-Email" if "@" in contact else "Contact-Phone"] = contact
    if opts.source_organization:
        bag_info["Source-Organization"] = opts.source_organization
    return bag_info


def _bagit_version() -> str:
    return str(getattr(bagit, "VERSION", "?"))


def _exported_by(ws: Workspace, opts: ExportOptions) -> tuple[str, str]:
    """Who made the export, as (name, account): the name given for it, else the reporter
    name in the settings; only without either the computer account (it may be "root"), which
    is then labelled as such."""
    if opts.exported_by:
        return opts.exported_by, ""
    name = opts.contact_name
    if not name:
        try:
            from ..settings import load as load_settings

            name = getattr(load_settings(ws.data_dir), "reporter_name", "")
        except (ImportError, OSError, ValueError):
            name = ""
    return (name, "") if name else ("", _user())


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _log_export(
    ws: Workspace, snapshot: Snapshot, result: ExportResult, opts: ExportOptions, now: dt.datetime
) -> None:
    """Record the export in the audit chain (after it exists, so a failed export logs nothing)."""
    data = {
        "package": result.name,
        "folder": bool(result.folder),
        "zip": bool(result.zip_path),
        "encrypted": opts.password is not None,
        "language": opts.language,
        "filters": snapshot.filters,
        "recordings": result.recordings,
        "attachments": result.attachments,
        "audit_head_exported": snapshot.audit_head,
        "signing_key": result.fingerprint,
    }
    with ws.store.session() as s:
        audit.append(s, "case.exported", "case", snapshot.case["id"], snapshot.case["id"], data)
