"""Import in two steps: ``prepare`` reads and previews (writes nothing), ``execute`` writes.

    plan = prepare(ws, case_id, path, progress=..., cancel=...)   # may raise ImportFileError
    plan.preview.numbers          # the user picks keys from here, and a collector for each
    result = execute(ws, plan, numbers={...}, party_id=..., progress=..., cancel=...)

Every record carries a ``source_key`` derived from what the contact *is* (number + time + type,
or the audio's SHA-256), so importing the same or an overlapping file again adds nothing.
A file that fails to read adds nothing. Cancelling while reading adds nothing; cancelling while
writing stops after the current record — each record written is complete with its audit link,
and running the same import again adds only the rest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select

from ..digests import copy_digested, file_digests
from ..messages import QT_TRANSLATE_NOOP
from ..store import validate
from ..store.attachments import safe_name
from ..store.enums import Direction, EventKind, EventSource, RecordingStatus
from ..store.errors import StoreError
from ..store.models import Case, ContactEvent, Recording
from ..store.phones import normalise
from ..store.staging import staging_path, sweep
from ..store.workspace import Workspace
from . import audacity, bcr, csvlog, filewords, smsbackup
from .common import (
    FORMAT_TITLES,
    NO_NUMBER_KEY,
    WITHHELD_KEY,
    WITHHELD_RAW,
    Cancel,
    ContactRecord,
    ImportCancelled,
    ImportFileError,
    LabelRecord,
    Progress,
    never_cancel,
    no_progress,
)
from .facts import SIDECAR_DESCRIPTION
from .preview import ImportPreview, KnownNumber, number_key, summarise_numbers
from .samecall import CallSide, pair_calls

#: Events written per transaction during an import.
BATCH = 500

FORMATS = ("calls", "sms", "bcr", "audacity", "csv")
KEY_PREFIX = "import"
#: Why a record dated more than a day ahead of this computer's clock is left out.
FUTURE_DATED = QT_TRANSLATE_NOOP(
    "Import", "dated more than a day in the future (a wrong date or clock)"
)


@dataclass
class ImportPlan:
    case_id: int
    case_reference: str
    region: str
    timezone: str
    format: str
    paths: tuple[Path, ...]
    records: list[ContactRecord]
    keys: list[str]  # number key of each record
    source_keys: list[str]
    already: set[str]  # source keys the import skips: in the case, or removed from it
    preview: ImportPreview
    labels: list[LabelRecord] = field(default_factory=list)
    recording_id: int | None = None
    #: source key -> the case's call that this recording is another side of (a recording
    #: of a call the log gave): see samecall.py
    joins: dict[str, int] = field(default_factory=dict)
    #: source key -> the recorded call whose note and tags this line of the user's own log
    #: adds to (it is that call, not another): see filewords.py
    filed: dict[str, int] = field(default_factory=dict)
    #: source key -> the recorded call this line of the phone's call log confirms: filed
    #: with that call as the phone's own record of it (store.confirmations)
    confirms: dict[str, int] = field(default_factory=dict)
    #: how dates that could be read two ways were read (also in ``preview.notes``)
    readings: tuple[str, ...] = ()


@dataclass
class ImportResult:
    added: int = 0
    already_there: int = 0
    removed_before: int = 0  # imported before, then removed by the user: not added again
    #: lines of the user's log for calls already recorded whose notes or tags were added
    filed_with_calls: int = 0
    #: lines of the phone's call log filed with the recorded calls they confirm
    confirmed_calls: int = 0
    not_picked: int = 0
    cancelled: bool = False
    event_ids: list[int] = field(default_factory=list)
    recording_ids: list[int] = field(default_factory=list)
    mark_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # how guessed dates were read


# ------------------------------------------------------------------ detection
def detect_format(path: Path) -> str:
    """Guess the format from the path (and, for XML, the root element)."""
    if path.is_dir():
        return "bcr"
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in {".txt", ".labels"}:
        return "audacity"
    if suffix == ".xml":
        try:
            with path.open("rb") as handle:
                head = handle.read(8192)
        except OSError as exc:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "cannot read {path}: {reason}").format(
                    path=path, reason=exc.strerror
                )
            ) from exc
        if b"<smses" in head or path.name.lower().startswith("sms"):
            return "sms"
        return "calls"  # read_backup refuses anything that is not a backup, with the reason
    raise ImportFileError(
        QT_TRANSLATE_NOOP("Import", "cannot tell what {file} is; give --format ({formats})").format(
            file=path.name, formats=", ".join(FORMATS)
        )
    )


def source_key(case_id: int, record: ContactRecord) -> str:
    digest = hashlib.sha256(record.identity.encode("utf-8")).hexdigest()[:40]
    return f"{KEY_PREFIX}:{case_id}:{digest}"


def _source_keys(ws: Workspace, case_id: int) -> tuple[set[str], set[str]]:
    """The source keys of the imported contacts in the case, and those of contacts the user
    removed after importing them (a removed contact is not brought back by importing the same
    file again, yet it is not in the case either: the preview counts the two apart)."""
    prefix = f"{KEY_PREFIX}:{case_id}:"
    with ws.store.session() as s:
        rows = s.scalars(
            select(ContactEvent.source_key).where(
                ContactEvent.case_id == case_id,
                ContactEvent.source_key.like(f"{prefix}%"),
            )
        )
        present = {r for r in rows if r}
    present |= ws.confirmations.source_keys(prefix)  # a log's lines filed with recorded calls
    return present, ws.corrections.removed_source_keys(prefix) - present


def _known_numbers(ws: Workspace, case_id: int, region: str) -> dict[str, KnownNumber]:
    parties = {p.id: p.name for p in ws.cases.parties(case_id)}
    known = {}
    for number in ws.cases.numbers(case_id):
        key = number.e164 or normalise(number.raw, region).key
        known[key] = KnownNumber(key, number.party_id, parties.get(number.party_id or -1, ""))
    return known


# -------------------------------------------------------------------- prepare
def prepare(
    ws: Workspace,
    case_id: int | str,
    paths: Path | str | Sequence[Path | str],
    fmt: str = "auto",
    *,
    recording_id: int | None = None,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> ImportPlan:
    """Read the source(s) and build the preview. Writes nothing."""
    case = ws.cases.case(case_id)
    items = [Path(paths)] if isinstance(paths, str | Path) else [Path(p) for p in paths]
    if not items:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "nothing to import: give a file or folder")
        )
    for item in items:
        if not item.exists():
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "{path} does not exist").format(path=item)
            )
    if fmt == "auto":
        found = {detect_format(p) for p in items}
        if len(found) > 1:
            raise ImportFileError(QT_TRANSLATE_NOOP("Import", "import one kind of file at a time"))
        fmt = found.pop()
    if fmt not in FORMATS:
        raise ImportFileError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt in {"bcr", "audacity"} and len(items) > 1:
        raise ImportFileError(
            f"{FORMAT_TITLES[fmt]}: give one {'folder' if fmt == 'bcr' else 'file'}"
        )
    records: list[ContactRecord] = []
    skipped: Counter[str] = Counter()
    problems: list[str] = []
    notes: list[str] = []
    readings: list[str] = []  # how dates that could be read two ways were read (CSV)
    labels: list[LabelRecord] = []
    share = 1.0 / len(items)
    for index, item in enumerate(items):

        def part(fraction: float, message: str, _i: int = index) -> None:
            progress(min((_i + fraction) * share, 1.0), message)

        if fmt in {"calls", "sms"}:
            if item.is_dir():
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Import", "{path} is a folder; give the backup's .xml file"
                    ).format(path=item)
                )
            contents = smsbackup.read_backup(item, case.region, progress=part, cancel=cancel)
            if contents.kind != fmt:
                other = (
                    QT_TRANSLATE_NOOP("Import", "messages (sms-*.xml)")
                    if contents.kind == "sms"
                    else QT_TRANSLATE_NOOP("Import", "calls (calls-*.xml)")
                )
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Import", "{file} is a backup of {other}, not {format}"
                    ).format(file=item.name, other=other, format=fmt)
                )
            found = len(contents.records) + sum(contents.skipped.values())
            if contents.declared_count is not None and contents.declared_count != found:
                notes.append(
                    QT_TRANSLATE_NOOP(
                        "Import", "{file} says it holds {declared} records; {found} were found"
                    ).format(file=item.name, declared=contents.declared_count, found=found)
                )
            records += contents.records
            skipped += contents.skipped
        elif fmt == "bcr":
            folder = bcr.read_folder(item, progress=part, cancel=cancel)
            records += folder.records
            skipped += folder.skipped
            problems += folder.problems
        elif fmt == "csv":
            log = csvlog.read_log(item, case.timezone, case.region)
            records += log.records
            readings += log.notes
        else:
            labels = audacity.read_labels(item)
    if fmt == "audacity":
        return _prepare_labels(ws, case, items[0], labels, recording_id)
    if cancel():
        raise ImportCancelled("cancelled")

    unique: dict[str, ContactRecord] = {}
    latest = dt.datetime.now(dt.UTC) + validate.FUTURE_SLACK
    for record in records:
        if record.started_at > latest:  # the store refuses it: a typo or a wrong clock
            skipped[FUTURE_DATED] += 1
            continue
        unique.setdefault(record.identity, record)
    merged = sorted(unique.values(), key=lambda r: r.started_at)
    in_case, removed = _source_keys(ws, case.id)
    keys = [number_key(r, case.region) for r in merged]
    skeys = [source_key(case.id, r) for r in merged]
    joins, settled, logged_as = _same_calls(
        ws, case.id, case.region, merged, keys, skeys, in_case | removed
    )
    filed = _words_to_file(ws, fmt, merged, skeys, logged_as)
    # The phone's own record of a call recorded by BCR or here: filed with it (see
    # store.confirmations); a line of her own log without new words is that call, as it was.
    confirms = dict(logged_as) if fmt == "calls" else {}
    in_case |= settled - filed.keys() - confirms.keys()
    numbers = summarise_numbers(
        zip(merged, keys, skeys, strict=True),
        case.region,
        _known_numbers(ws, case.id, case.region),
        in_case=in_case,
        removed=removed,
        filed=filed.keys(),
        confirming=confirms.keys(),
    )
    readings = tuple(dict.fromkeys(readings))
    preview = ImportPreview(
        format=fmt,
        format_title=FORMAT_TITLES[fmt],
        sources=tuple(p.name for p in items),
        records=len(merged),
        duplicates_merged=len(records) - skipped[FUTURE_DATED] - len(merged),
        already_imported=sum(1 for sk in skeys if sk in in_case),
        removed_before=sum(1 for sk in skeys if sk in removed),
        skipped=dict(skipped),
        problems=tuple(problems),
        numbers=numbers,
        notes=tuple(notes)
        + readings
        + _join_notes(fmt, joins)
        + _filed_notes(filed)
        + _confirm_notes(confirms),
        filed_with_calls=len(filed),
        confirms_calls=len(confirms),
    )
    progress(1.0, "read")
    return ImportPlan(
        case_id=case.id,
        case_reference=case.reference,
        region=case.region,
        timezone=case.timezone,
        format=fmt,
        paths=tuple(items),
        records=merged,
        keys=keys,
        source_keys=skeys,
        already=in_case | removed,
        preview=preview,
        joins=joins,
        filed=filed,
        confirms=confirms,
        readings=readings,
    )


def _case_calls(
    ws: Workspace, case_id: int, region: str
) -> list[tuple[CallSide, RecordingStatus | None]]:
    """The case's calls (not withdrawn), each with its finished recording's status (None:
    no finished recording)."""
    with ws.store.session() as s:
        events = s.scalars(
            select(ContactEvent).where(
                ContactEvent.case_id == case_id,
                ContactEvent.kind == EventKind.CALL,
                ContactEvent.withdrawn_at.is_(None),
            )
        ).all()
        recorded = dict(
            s.execute(
                select(Recording.event_id, Recording.status).where(
                    Recording.event_id.in_([e.id for e in events]), Recording.sha256.is_not(None)
                )
            ).all()
        )
        calls = []
        for event in events:
            number = event.phone_number
            # a call with no number given (recorded here, number never typed) matches nothing
            key = (number.e164 or normalise(number.raw, region).key) if number else f"#{event.id}"
            side = CallSide(event.id, key, event.direction, event.started_at, event.duration_s)
            calls.append((side, recorded.get(event.id)))
    return calls


def _same_calls(
    ws: Workspace,
    case_id: int,
    region: str,
    records: Sequence[ContactRecord],
    keys: Sequence[str],
    skeys: Sequence[str],
    known: set[str],
) -> tuple[dict[str, int], set[str], dict[str, int]]:
    """(joins, settled, logged_as): recordings that belong to a call already in the case
    (``joins``: source key -> that call), records that are already there though under
    another key (``settled``): a recording already filed with a call, or the log's line for
    a call the case has a recording of (``logged_as``: source key -> that call). Without
    this, a call imported from the log and again from its recording was counted twice."""
    fresh = [
        (r, k, sk)
        for r, k, sk in zip(records, keys, skeys, strict=True)
        if sk not in known and r.kind == EventKind.CALL
    ]
    if not fresh:
        return {}, set(), {}
    calls = _case_calls(ws, case_id, region)
    settled: set[str] = set()
    if any(r.audio is not None for r, _, _ in fresh):
        with ws.store.session() as s:
            kept = set(
                s.scalars(
                    select(Recording.sha256)
                    .join(ContactEvent, ContactEvent.id == Recording.event_id)
                    .where(ContactEvent.case_id == case_id, Recording.sha256.is_not(None))
                )
            )
        settled = {sk for r, _, sk in fresh if r.audio is not None and r.audio.sha256 in kept}
        recordings = [
            CallSide(sk, k, r.direction, r.started_at, r.duration_s)
            for r, k, sk in fresh
            if r.audio is not None and sk not in settled
        ]
        logged = [side for side, status in calls if status is None]
        joins = {str(a): int(b) for a, b in pair_calls(recordings, logged).items()}
        return joins, settled, {}
    logged = [CallSide(sk, k, r.direction, r.started_at, r.duration_s) for r, k, sk in fresh]
    # A BCR recording ends with its call (its call's length is the recording's); one made
    # here may have gone on after the call, until it was stopped by hand.
    recorded = [
        side if status == RecordingStatus.IMPORTED else replace(side, duration_s=None)
        for side, status in calls
        if status is not None
    ]
    found = pair_calls(recorded, logged)
    logged_as = {str(skey): int(event_id) for event_id, skey in found.items()}
    return {}, set(logged_as), logged_as


def _words_to_file(
    ws: Workspace,
    fmt: str,
    records: Sequence[ContactRecord],
    skeys: Sequence[str],
    logged_as: Mapping[str, int],
) -> dict[str, int]:
    """The lines of the user's own log (CSV) for calls already recorded that carry words or
    tags the call lacks: source key -> that call. The phone's call log has no words of hers."""
    if fmt != "csv" or not logged_as:
        return {}
    filed = {}
    for record, skey in zip(records, skeys, strict=True):
        event_id = logged_as.get(skey)
        if event_id is not None and filewords.missing(
            ws, event_id, record.summary, _row_tags(record)
        ):
            filed[skey] = event_id
    return filed


def _join_notes(fmt: str, joins: Mapping[str, int]) -> tuple[str, ...]:
    if not joins:
        return ()
    return (
        QT_TRANSLATE_NOOP(
            "Import",
            "{count} recording(s) are of calls already in the case (same number, same time): "
            "each is filed with its call, not added as another call",
        ).format(count=len(joins)),
    )


def _filed_notes(filed: Mapping[str, int]) -> tuple[str, ...]:
    if not filed:
        return ()
    return (
        QT_TRANSLATE_NOOP(
            "Import",
            "{count} row(s) are calls already recorded: their notes and tags are added to "
            "those calls",
        ).format(count=len(filed)),
    )


def _confirm_notes(confirms: Mapping[str, int]) -> tuple[str, ...]:
    if not confirms:
        return ()
    return (
        QT_TRANSLATE_NOOP(
            "Import",
            "{count} call(s) in the log are already recorded: each line is filed with its "
            "recorded call as the phone's own record of it (its length, the name saved in the "
            "phone's contacts), not added as another call",
        ).format(count=len(confirms)),
    )


def _recording(ws: Workspace, case_id: int, recording_id: int | None) -> Recording:
    if recording_id is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "Audacity labels go onto a recording: give --recording ID")
        )
    with ws.store.session() as s:
        recording = s.get(Recording, recording_id)
        event = s.get(ContactEvent, recording.event_id) if recording else None
    if recording is None or event is None or event.case_id != case_id:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "this case has no recording {id}").format(id=recording_id)
        )
    return recording


def _label_key(recording_id: int, label: LabelRecord) -> str:
    ident = f"{label.start_s:.6f}|{label.end_s:.6f}|{label.tag or ''}|{label.text}"
    return f"audacity:{recording_id}:{hashlib.sha256(ident.encode()).hexdigest()[:40]}"


def _prepare_labels(
    ws: Workspace, case: Case, path: Path, labels: list[LabelRecord], recording_id: int | None
) -> ImportPlan:
    case_id = case.id
    recording = _recording(ws, case_id, recording_id)
    existing = {m.journal_key for m in ws.recordings.marks(recording.id) if m.journal_key}
    keys = [_label_key(recording.id, label) for label in labels]
    tagged = Counter(label.tag for label in labels if label.tag)
    preview = ImportPreview(
        format="audacity",
        format_title=FORMAT_TITLES["audacity"],
        sources=(path.name,),
        records=len(labels),
        duplicates_merged=len(keys) - len(set(keys)),
        already_imported=sum(1 for k in set(keys) if k in existing),
        removed_before=0,  # a mark is never removed
        skipped={},
        problems=(),
        numbers=(),
        labels=len(labels),
        notes=tuple(f"{n} label(s) tagged {t}" for t, n in sorted(tagged.items())),
    )
    return ImportPlan(
        case_id=case_id,
        case_reference=case.reference,
        region=case.region,
        timezone=case.timezone,
        format="audacity",
        paths=(path,),
        records=[],
        keys=[],
        source_keys=keys,
        already=existing,
        preview=preview,
        labels=labels,
        recording_id=recording.id,
    )


# ---------------------------------------------------------------- pick numbers
def resolve_numbers(plan: ImportPlan, typed: Iterable[str]) -> set[str]:
    """Map numbers as the user typed them (any spelling, or ``withheld``) to preview keys."""
    available = {n.key for n in plan.preview.numbers}
    picked: set[str] = set()
    for text in typed:
        text = text.strip()
        if not text:
            continue
        lowered = text.lower()
        key = WITHHELD_KEY if lowered in {"withheld", "unknown", "hidden", "private"} else None
        key = key or (NO_NUMBER_KEY if lowered in {"none", "no-number"} else None)
        key = key or normalise(text, plan.region).key
        if key not in available:
            raise ImportFileError(
                f"{text} does not appear in {', '.join(plan.preview.sources)} "
                "(see the preview with --dry-run)"
            )
        picked.add(key)
    return picked


# -------------------------------------------------------------------- execute
def execute(
    ws: Workspace,
    plan: ImportPlan,
    *,
    numbers: Iterable[str] | None = None,
    party_id: int | None = None,
    parties: Mapping[str, int | None] | None = None,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> ImportResult:
    """Write the picked records. ``numbers``: preview keys (None = every number).

    ``parties`` maps a number key to its collector; ``party_id`` is the collector for picked
    numbers not in that map. Numbers already linked to a collector keep that link.
    """
    if plan.format == "audacity":
        return _execute_labels(ws, plan, progress, cancel)
    picked = None if numbers is None else set(numbers)
    parties = dict(parties or {})
    result = ImportResult(notes=list(plan.readings))
    chosen = [
        (record, key, skey)
        for record, key, skey in zip(plan.records, plan.keys, plan.source_keys, strict=True)
        if picked is None or key in picked
    ]
    result.not_picked = len(plan.records) - len(chosen)
    present, removed = _source_keys(ws, plan.case_id)
    # under another key: a recording already filed with a logged call, or the reverse
    existing = present | removed | (plan.already - removed)
    _link_numbers(ws, plan, {key for _, key, _ in chosen}, parties, party_id)
    total = max(len(chosen), 1)
    batch: list[dict[str, object]] = []

    def flush() -> None:
        # One transaction (one fsync) per batch: a 100 000-call backup imports in seconds,
        # and a batch is saved whole or not at all.
        if batch:
            result.event_ids.extend(ws.cases.log_events(plan.case_id, batch))
            result.added += len(batch)
            batch.clear()

    for index, (record, key, skey) in enumerate(chosen):
        if cancel():
            flush()
            result.cancelled = True
            result.warnings.append(
                f"cancelled after {result.added} of {len(chosen)}; importing again adds the rest"
            )
            break
        if index % BATCH == 0:
            progress(index / total, f"importing {index + 1} of {len(chosen)}")
        who = parties.get(key, party_id)
        if skey in plan.filed:
            _file_words(ws, plan, record, plan.filed[skey], result)
            continue
        if skey in plan.confirms:
            _confirm(ws, plan, record, skey, plan.confirms[skey], result)
            continue
        if skey in existing:
            unfinished = _unfinished_audio(ws, skey) if record.audio is not None else None
            if skey in removed:
                result.removed_before += 1
            elif unfinished is None:
                result.already_there += 1
            else:  # an import killed half-way through this call: finish it
                flush()
                _import_audio(ws, plan, record, skey, who, result, event_id=unfinished)
            continue
        if record.audio is not None:
            flush()
            _import_audio(ws, plan, record, skey, who, result, event_id=plan.joins.get(skey))
        else:
            batch.append(_event_row(plan, record, skey, who))
            if len(batch) >= BATCH:
                flush()
        existing.add(skey)
    else:
        flush()
    progress(1.0, "done")
    return result


def _detail(plan: ImportPlan, record: ContactRecord) -> str:
    return f"imported from {FORMAT_TITLES[plan.format]}: {record.where}"[:400]


def _file_words(
    ws: Workspace, plan: ImportPlan, record: ContactRecord, event_id: int, result: ImportResult
) -> None:
    """A line of the user's log for a call already recorded: its words go onto that call."""
    try:
        added = filewords.file_words(
            ws, event_id, record.summary, _row_tags(record), _detail(plan, record)
        )
    except StoreError as exc:
        result.warnings.append(f"{record.where}: its note was not added to the call ({exc})")
        result.filed_with_calls += 1  # its tags were
        return
    if added:
        result.filed_with_calls += 1
    else:  # added by an earlier run of this plan, or by the user
        result.already_there += 1


def _confirm(
    ws: Workspace,
    plan: ImportPlan,
    record: ContactRecord,
    skey: str,
    event_id: int,
    result: ImportResult,
) -> None:
    """A line of the phone's call log for a call already recorded: filed with that call as
    the phone's own record of it. A BCR recording begins after the call is answered, so the
    call's length was the recording's, short of the call's: the log's becomes the call's. A
    recording made here keeps its length (the log's is kept beside it)."""
    detail = _detail(plan, record)
    with ws.store.session() as s:
        event = s.get(ContactEvent, event_id)
        by_bcr = (
            s.scalar(
                select(Recording.id)
                .where(
                    Recording.event_id == event_id,
                    Recording.status == RecordingStatus.IMPORTED,
                    Recording.sha256.is_not(None),
                )
                .limit(1)
            )
            is not None
        )
        length = event.duration_s if event is not None else None
    take = (
        by_bcr and record.duration_s is not None and (length is None or record.duration_s > length)
    )
    where = detail.split(": number=", 1)[0]
    if take:
        reason = (
            f"{where}: the phone's call log confirms this recorded call; its length is the "
            "log's, as BCR began recording after the call was answered and the recording is "
            "shorter than the call"
        )
    elif by_bcr:
        reason = f"{where}: the phone's call log confirms this recorded call"
    else:
        reason = (
            f"{where}: the phone's call log confirms this call recorded in OnRecord; its "
            "length stays the recording's, the log's is kept with this record"
        )
    try:
        done = ws.confirmations.confirm(
            event_id,
            source_key=skey,
            source_detail=detail,
            duration_s=record.duration_s,
            take_duration=take,
            reason=reason,
        )
    except StoreError as exc:
        result.warnings.append(f"{record.where}: not filed with its recorded call ({exc})")
        return
    if done:
        result.confirmed_calls += 1
    else:  # filed by an earlier run of this plan
        result.already_there += 1


def _row_tags(record: ContactRecord) -> tuple[str, ...]:
    # Their contact with someone else is a third-party contact, tagged as the log
    # dialog tags it (the conduct rules count it as one either way).
    extra = ("third_party",) if record.direction == Direction.TO_OTHERS else ()
    return tuple(dict.fromkeys((*record.tags, *extra)))


def _event_row(
    plan: ImportPlan, record: ContactRecord, skey: str, who: int | None
) -> dict[str, object]:
    return {
        "kind": record.kind,
        "started_at": record.started_at,
        "direction": record.direction,
        "timezone": record.timezone,
        "duration_s": record.duration_s,
        "connected": record.connected,
        "conversation": record.conversation,
        "number": WITHHELD_RAW if record.withheld else record.number_raw,
        "party_id": who,
        "source": EventSource.IMPORTED,
        "source_detail": _detail(plan, record),
        "source_key": skey,
        "summary": record.summary,
        "tags": _row_tags(record),
    }


def _log(
    ws: Workspace, plan: ImportPlan, record: ContactRecord, skey: str, who: int | None
) -> ContactEvent:
    row = _event_row(plan, record, skey, who)
    return ws.cases.log_event(plan.case_id, row.pop("kind"), row.pop("started_at"), **row)  # type: ignore[arg-type]


def _link_numbers(
    ws: Workspace,
    plan: ImportPlan,
    keys: set[str],
    parties: Mapping[str, int | None],
    party_id: int | None,
) -> None:
    """Give picked numbers with no collector yet the chosen one; add the withheld pseudo-number
    without a collector (so one withheld call's collector is never copied to the next)."""
    known = {
        (n.e164 or normalise(n.raw, plan.region).key): n for n in ws.cases.numbers(plan.case_id)
    }
    if WITHHELD_KEY in keys and WITHHELD_KEY not in known:
        ws.cases.add_number(plan.case_id, WITHHELD_RAW, label="caller ID withheld")
    for key in keys - {WITHHELD_KEY, NO_NUMBER_KEY}:
        who = parties.get(key, party_id)
        number = known.get(key)
        if who is not None and number is not None and number.party_id is None:
            ws.cases.update_number(number.id, party_id=who)


def _unfinished_audio(ws: Workspace, skey: str) -> int | None:
    """The event of an audio import that a crash cut short (no recording, or no hash yet)."""
    with ws.store.session() as s:
        event_id = s.scalar(select(ContactEvent.id).where(ContactEvent.source_key == skey))
        if event_id is None:
            return None
        done = s.scalar(
            select(Recording.id).where(
                Recording.event_id == event_id, Recording.sha256.is_not(None)
            )
        )
    return None if done is not None else event_id


def _import_audio(
    ws: Workspace,
    plan: ImportPlan,
    record: ContactRecord,
    skey: str,
    who: int | None,
    result: ImportResult,
    *,
    event_id: int | None = None,
) -> None:
    """Copy the audio in, then log the event, then file the recording: each step is saved
    before the next, and running the import again completes whatever a crash left undone."""
    audio = record.audio
    assert audio is not None
    folder = ws.data_dir / "recordings" / "imported" / f"case-{plan.case_id}"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    name = safe_name(audio.path.name)
    final = folder / f"{audio.sha256[:12]}-{name}"
    sweep(folder, name)  # left by an import that was killed
    if final.exists():
        digests = file_digests(final)
        sha256 = digests.sha256
        if sha256 != audio.sha256:
            result.warnings.append(f"{audio.path.name}: {final.name} differs; skipped")
            return
    else:
        staging = staging_path(folder, name)
        try:
            digests = copy_digested(audio.path, staging)
        except OSError as exc:
            result.warnings.append(f"{audio.path.name}: could not copy ({exc.strerror}); skipped")
            return
        sha256 = digests.sha256
        if sha256 != audio.sha256:
            staging.unlink(missing_ok=True)
            result.warnings.append(f"{audio.path.name}: changed since it was previewed; skipped")
            return
        os.replace(staging, final)
    joined = event_id is not None and skey in plan.joins
    if event_id is None:
        event_id = _log(ws, plan, record, skey, who).id
    with ws.store.session() as s:
        recording = s.scalar(select(Recording).where(Recording.event_id == event_id))
    relative = final.relative_to(ws.data_dir).as_posix()
    if recording is None:
        recording = ws.recordings.begin(
            plan.case_id,
            relative,
            sample_rate=audio.sample_rate,
            channels=audio.channels,
            devices={**audio.details, "sha256_at_import": sha256},
            format=audio.format,
            started_at=record.started_at,
            direction=record.direction,
            event_id=event_id,
            status=RecordingStatus.IMPORTED,
            source=EventSource.IMPORTED,
            source_detail=_detail(plan, record),
        )
    # The sidecar before the hash: a finalised recording is what marks this call as done, so
    # a kill between the two steps must leave it unfinished (adding the same file twice is a
    # no-op, so the rerun that completes it does not duplicate the attachment).
    if recording.sha256 is None and audio.sidecar is not None:
        try:
            ws.attachments.add(
                plan.case_id,
                audio.sidecar,
                description=SIDECAR_DESCRIPTION.format(file=audio.path.name),
                event_id=event_id,
            )
        except StoreError as exc:
            result.warnings.append(f"{audio.sidecar.name}: not kept ({exc})")
    if recording.sha256 is None:
        ws.recordings.finalise(
            recording.id,
            frames=audio.frames,
            sha256=sha256,
            sha512=digests.sha512,
            blake3=digests.blake3,
            pcm_sha256=None,  # not decoded: see the module notes
            status=RecordingStatus.IMPORTED,
            event_duration=not joined,  # the phone's log knows how long the call was
            warnings=[
                {
                    "code": "imported",
                    "message": "made by another recorder (BCR) and imported; "
                    "not captured by OnRecord",
                }
            ],
        )
    result.event_ids.append(event_id)
    result.recording_ids.append(recording.id)
    result.added += 1


def _execute_labels(
    ws: Workspace, plan: ImportPlan, progress: Progress, cancel: Cancel
) -> ImportResult:
    assert plan.recording_id is not None
    recording = _recording(ws, plan.case_id, plan.recording_id)
    existing = {m.journal_key for m in ws.recordings.marks(recording.id) if m.journal_key}
    result = ImportResult()
    length = recording.frames
    total = max(len(plan.labels), 1)
    for index, (label, key) in enumerate(zip(plan.labels, plan.source_keys, strict=True)):
        if cancel():
            result.cancelled = True
            break
        progress(index / total, f"label {index + 1} of {len(plan.labels)}")
        if key in existing:
            result.already_there += 1
            continue
        frame = round(label.start_s * recording.sample_rate)
        if length is not None and frame > length:
            result.warnings.append(
                f"line {label.line}: {label.start_s:.3f} s is after the end of the recording; skipped"
            )
            continue
        text = label.text
        if label.end_s > label.start_s:
            text = f"{text} (Audacity region to {label.end_s:.3f} s)".strip()
        mark = ws.recordings.add_mark(
            recording.id,
            frame,
            tag=label.tag,
            text=text,
            wall_time=recording.started_at + dt.timedelta(seconds=label.start_s),
            added_later=True,
            journal_key=key,
        )
        existing.add(key)
        result.mark_ids.append(mark.id)
        result.added += 1
    progress(1.0, "done")
    return result
