"""Check an evidence package (folder or zip, encrypted or not) without trusting any of it.

Checks: the bag's structure; completeness (every manifest entry present, no extra file);
every SHA-256 and SHA-512 digest of payload and tag files; Payload-Oxum; the Ed25519
signatures over the tag manifests; the audit hash chain in the package; and that each
recording's SHA-256 equals the one logged in the audit chain when it was captured (for a
recording in several files: each file's own, and the hash of their list).
Every problem names the file concerned. A Payload-Oxum that differs only because files listed
above are missing, added or changed is not a problem of its own: it goes in
``VerifyReport.follows`` (said once, not counted); alone, it is a problem. Files the computer
that showed or copied the package added by itself (a Mac's .DS_Store, see os_litter.py) are
set aside in ``VerifyReport.ignored``, named, not counted.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..messages import QT_TRANSLATE_NOOP
from .bag import (
    ALGORITHMS,
    PUBLIC_KEY_FILE,
    SIGNATURE_FILES,
    file_digests,
    signature_file,
    tag_files,
)
from .os_litter import added_by_the_computer
from .signing import fingerprint_of_pem, verify_signature
from .verify_capture import check_audit_and_recordings, read_regular
from .zipping import ZipProblem, extract_zip, is_zip

# how a digest's algorithm is written for people ("SHA-256/SHA-512 digest does not match")
_ALGORITHM_NAMES = {"sha256": "SHA-256", "sha512": "SHA-512"}
SIGNATURE_TEXT = re.compile(r"[A-Za-z0-9+/]{86}==\n")


class VerifyInputError(Exception):
    """The path is not something verify can open (missing, not a bag or zip, bad password)."""


@dataclass(frozen=True)
class Problem:
    kind: str  # missing | extra | altered | oxum | signature | audit | recording | structure
    path: str  # the file concerned, relative to the bag root
    detail: str

    def line(self) -> str:
        return f"{self.kind.upper():9} {self.path}: {self.detail}"


@dataclass
class VerifyReport:
    path: str
    ok: bool = False
    problems: list[Problem] = field(default_factory=list)
    files_checked: int = 0  # every file whose digests were checked
    payload_files_checked: int = 0  # of those, the case's files in data/ (the export's count)
    bytes_checked: int = 0
    case_reference: str = ""
    signing_key: str = ""
    audit_links: int = 0
    audit_case_events: int = 0
    audit_head: str = ""
    recordings_checked: int = 0
    #: for a package of part of the case, what bag-info.txt says it holds: "from", "to",
    #: "calls" (ids, comma-separated), "contacts" ("59/81": of the case's); {} for a whole case
    selection: dict[str, str] = field(default_factory=dict)
    #: What only follows from the problems (data/ holds fewer files because one is missing):
    #: shown after them, not counted as problems.
    follows: list[Problem] = field(default_factory=list)
    #: Files a computer added by itself (a Mac's .DS_Store…), set aside: not part of the
    #: package, not counted, not checked, but named (see os_litter.py).
    ignored: list[Problem] = field(default_factory=list)

    def add(self, kind: str, path: str, detail: str) -> None:
        if kind == "missing" and self.has("missing", path):
            return  # a missing file is one problem, however many lists name it
        self.problems.append(Problem(kind, path, detail))

    def has(self, kind: str, path: str) -> bool:
        return any(p.kind == kind and p.path == path for p in self.problems)

    @property
    def other_files_checked(self) -> int:
        """Files outside data/ that describe and sign the package (bagit.txt, bag-info.txt,
        the payload manifests, VERIFY.txt, the public key)."""
        return self.files_checked - self.payload_files_checked

    @property
    def named_files(self) -> set[str]:
        return {p.path for p in self.problems}

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["problems"] = [asdict(p) for p in self.problems]
        data["follows"] = [asdict(p) for p in self.follows]
        data["ignored"] = [asdict(p) for p in self.ignored]
        return data

    def lines(self, language: str = "en") -> list[str]:
        """The report as ``onrecord verify`` prints it, in ``language``."""
        from .verify_lines import VerifyLines

        return VerifyLines(language).lines(self)


def _read_manifest(path: Path, report: VerifyReport, rel: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    try:
        text = read_regular(path).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        report.add(
            "altered",
            rel,
            QT_TRANSLATE_NOOP("Verify", "cannot be read ({reason})").format(reason=str(exc)),
        )
        return entries
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        parts = line.split(None, 1)
        if len(parts) != 2 or not all(c in "0123456789abcdefABCDEF" for c in parts[0]):
            report.add(
                "altered",
                rel,
                QT_TRANSLATE_NOOP("Verify", "line {number} is not a manifest line").format(
                    number=number
                ),
            )
            continue
        # Decode as bagit writes: only CR and LF are percent-encoded; a literal "%41" in a
        # file name (an attachment called "100% paid") stays as it is.
        name = re.sub(r"%0[AaDd]", lambda m: unquote(m.group(0)), parts[1].lstrip("*").strip())
        entries[name] = parts[0].lower()
    return entries


def _find_root(folder: Path) -> Path:
    if (folder / "bagit.txt").is_file():
        return folder
    children = [c for c in folder.iterdir() if c.is_dir() and (c / "bagit.txt").is_file()]
    if len(children) == 1:
        return children[0]
    raise VerifyInputError(
        QT_TRANSLATE_NOOP("Verify", "{path} is not an evidence package (no bagit.txt)").format(
            path=folder
        )
    )


def _irregular_files(root: Path) -> set[str]:
    """Everything in the package that is neither a regular file nor a folder."""
    found = set()
    for path in root.rglob("*"):
        try:
            mode = path.lstat().st_mode
        except OSError:
            continue
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            found.add(path.relative_to(root).as_posix())
    return found


def _all_files(root: Path) -> list[str]:
    return sorted(
        p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() or p.is_symlink()
    )


def verify_package(
    path: Path | str,
    *,
    password: str | None = None,
    progress: Callable[[float, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> VerifyReport:
    """Verify a package folder or zip. Raises :class:`VerifyInputError` if it cannot be opened
    (not found, not a package, encrypted without password, wrong password); every other
    finding is in the report. ``cancel()`` returning true raises ``InterruptedError``."""
    path = Path(path)
    if not path.exists():
        raise VerifyInputError(
            QT_TRANSLATE_NOOP("Verify", "{path} does not exist").format(path=path)
        )
    if path.is_dir():
        root = _find_root(path)  # given the folder holding the package: the package itself
        return _verify_folder(root, str(root), progress, cancel)
    if not is_zip(path):
        if _starts_like_a_zip(path):  # the end of a zip holds its list of files
            raise VerifyInputError(
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "{path} is a zip that cannot be opened: its end is missing or damaged "
                    "(was it cut short while copying or downloading?); get the file again",
                ).format(path=path)
            )
        raise VerifyInputError(
            QT_TRANSLATE_NOOP("Verify", "{path} is neither a package folder nor a zip").format(
                path=path
            )
        )
    tmp = Path(tempfile.mkdtemp(prefix="onrecord-verify-"))
    try:
        try:
            unpacked = extract_zip(path, tmp, password)
        except ZipProblem as exc:
            raise VerifyInputError(*exc.args) from exc
        report = _verify_folder(_find_root(tmp), str(path), progress, cancel)
        damaged = unpacked.damaged
        _count_damaged_as_present(report, damaged)
        for name, count in sorted(unpacked.duplicated.items()):
            # Only the last copy was checked; unzip and 7-Zip open the first, which can be
            # anything (a walk-through's forged report.pdf sat before the real one).
            report.add(
                "extra",
                _in_package(name),
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "the zip holds {count} entries under this name: programs that "
                    "open the zip may show one that was not checked",
                ).format(count=count),
            )
            report.ok = False
        for name in damaged:
            rel = _in_package(name)
            report.problems = [
                p for p in report.problems if not (p.kind == "missing" and p.path == rel)
            ]
            report.add(
                "altered",
                rel,
                QT_TRANSLATE_NOOP("Verify", "damaged inside the zip (its checksum does not match)"),
            )
            report.ok = False
        return report
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _starts_like_a_zip(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _in_package(name: str) -> str:
    """A zip member's path inside the package folder (the zip's top folder taken off)."""
    return name.split("/", 1)[1] if "/" in name else name


def _count_damaged_as_present(report: VerifyReport, damaged: list[str]) -> None:
    """A damaged member of a zip is not unpacked, so data/ seemed to hold fewer files; it is
    there, only altered: a walk-through's one damaged recording also read "data/ now holds
    13 files, not 14". That line goes when the damaged files account for the difference."""
    in_data = sum(1 for name in damaged if "/data/" in f"/{name}")
    if not in_data:
        return
    kept = []
    for consequence in report.follows:
        params = getattr(consequence.detail, "params", {})
        files, declared = params.get("files"), params.get("declared_files")
        if isinstance(files, int) and files + in_data == declared:
            continue
        kept.append(consequence)
    report.follows = kept


def _verify_folder(
    root: Path,
    shown: str,
    progress: Callable[[float, str], None] | None,
    cancel: Callable[[], bool] | None,
) -> VerifyReport:
    report = VerifyReport(path=shown)
    on_disk = _all_files(root)
    present = set(on_disk)
    irregular = _irregular_files(root)
    for f in sorted(irregular):
        report.add(
            "altered",
            f,
            QT_TRANSLATE_NOOP(
                "Verify", "not a regular file (a link, device or pipe); it was not read"
            ),
        )
    bagit_txt = root / "bagit.txt"
    try:
        declared = read_regular(bagit_txt).decode("utf-8")
        if (
            not declared.startswith("BagIt-Version: ")
            or "Tag-File-Character-Encoding: UTF-8" not in declared
        ):
            report.add(
                "altered", "bagit.txt", QT_TRANSLATE_NOOP("Verify", "not a valid bag declaration")
            )
    except (OSError, UnicodeDecodeError):
        report.add("altered", "bagit.txt", QT_TRANSLATE_NOOP("Verify", "cannot be read"))

    manifests: dict[str, dict[str, str]] = {}
    tagmanifests: dict[str, dict[str, str]] = {}
    for alg in ALGORITHMS:
        for kind, store in (("manifest", manifests), ("tagmanifest", tagmanifests)):
            name = f"{kind}-{alg}.txt"
            if name in present:
                store[alg] = _read_manifest(root / name, report, name)
            else:
                report.add("missing", name, QT_TRANSLATE_NOOP("Verify", "this manifest is missing"))
    known_manifests = {f"{k}-{a}.txt" for k in ("manifest", "tagmanifest") for a in ALGORITHMS}
    listed_payload = set().union(*(m.keys() for m in manifests.values())) if manifests else set()
    listed_tags = set().union(*(m.keys() for m in tagmanifests.values())) if tagmanifests else set()

    # Files the computer that showed or copied the package added by itself: set aside, named.
    listed = listed_payload | listed_tags | known_manifests
    for f in on_disk:
        why = "" if f in listed or f in irregular else added_by_the_computer(root, f)
        if why:
            report.ignored.append(Problem("ignored", f, why))
    set_aside = {p.path for p in report.ignored}
    on_disk = [f for f in on_disk if f not in set_aside]
    present = set(on_disk)

    # Completeness: payload against payload manifests, tag files against tag manifests.
    payload = {f for f in on_disk if f.startswith("data/")}
    for f in sorted(listed_payload | listed_tags):
        if f not in present:
            report.add(
                "missing",
                f,
                QT_TRANSLATE_NOOP("Verify", "listed in the manifest but not in the package"),
            )
    for f in sorted(payload - listed_payload):
        report.add("extra", f, QT_TRANSLATE_NOOP("Verify", "in the package but in no manifest"))
    for f in on_disk:
        if f.startswith("data/") or f in known_manifests or f in SIGNATURE_FILES:
            continue
        if f.startswith(("manifest-", "tagmanifest-")):
            report.add(
                "extra",
                f,
                QT_TRANSLATE_NOOP(
                    "Verify", "a manifest for an algorithm this package does not use"
                ),
            )
        elif f not in listed_tags:
            report.add(
                "extra",
                f,
                QT_TRANSLATE_NOOP("Verify", "a file beside the payload that no tag manifest lists"),
            )

    # Digests: every file listed anywhere, each read once for all algorithms.
    to_hash = sorted(f for f in (listed_payload | listed_tags) if f in present - irregular)
    sizes = {f: (root / f).stat().st_size for f in to_hash}
    total = sum(sizes.values())
    done = 0

    def work(rel: str) -> tuple[str, dict[str, str]]:
        if cancel and cancel():
            raise InterruptedError("cancelled")
        return rel, file_digests(root / rel)

    workers = min(4, os.cpu_count() or 1)
    digests: dict[str, dict[str, str]] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for rel, d in pool.map(work, to_hash):
            digests[rel] = d
            done += sizes[rel]
            if progress:
                progress(done / max(total, 1) * 0.95, f"checking {rel}")
    report.files_checked = len(digests)
    report.payload_files_checked = sum(1 for rel in digests if rel.startswith("data/"))
    report.bytes_checked = total
    for rel, actual in digests.items():
        is_tag = not rel.startswith("data/")
        sources = tagmanifests if is_tag else manifests
        wrong = [a for a, m in sources.items() if rel in m and m[rel] != actual[a]]
        right = [a for a, m in sources.items() if rel in m and m[rel] == actual[a]]
        if not wrong:
            continue
        if right:  # the file agrees with one manifest: the other manifest's line was changed
            for a in wrong:
                manifest = f"{'tagmanifest' if is_tag else 'manifest'}-{a}.txt"
                report.add(
                    "altered",
                    manifest,
                    QT_TRANSLATE_NOOP(
                        "Verify", "its {algorithm} entry for {path} does not match the file"
                    ).format(algorithm=a, path=rel),
                )
        else:
            report.add(
                "altered",
                rel,
                QT_TRANSLATE_NOOP(
                    "Verify", "content changed ({algorithms} digest does not match)"
                ).format(algorithms="/".join(_ALGORITHM_NAMES.get(a, a) for a in wrong)),
            )

    # Payload-Oxum.
    info = _bag_info(root / "bag-info.txt")
    _check_oxum(report, root, info.get("Payload-Oxum", ""), payload, irregular, listed_payload)
    report.case_reference = info.get("External-Identifier", "")
    report.selection = {
        key: info[f"OnRecord-Selection-{tag}"]
        for key, tag in (
            ("from", "From"),
            ("to", "To"),
            ("calls", "Calls"),
            ("contacts", "Contacts"),
        )
        if f"OnRecord-Selection-{tag}" in info
    }

    # Signatures over the tag manifests.
    try:
        pem = read_regular(root / PUBLIC_KEY_FILE)
    except OSError:
        pem = b""
    report.signing_key = fingerprint_of_pem(pem) or ""
    if not report.signing_key:
        if not report.has("missing", PUBLIC_KEY_FILE):  # a missing key is said once
            report.add(
                "signature",
                PUBLIC_KEY_FILE,
                QT_TRANSLATE_NOOP("Verify", "no usable Ed25519 public key"),
            )
        for alg in ALGORITHMS:  # signature/ deleted: name every file of it, not only the key
            if signature_file(alg) not in present:
                report.add(
                    "missing",
                    signature_file(alg),
                    QT_TRANSLATE_NOOP("Verify", "the signature of the tag manifest is missing"),
                )
    else:
        for alg in ALGORITHMS:
            manifest, sig = f"tagmanifest-{alg}.txt", signature_file(alg)
            if manifest not in present or manifest in irregular:
                continue
            if sig not in present:
                report.add(
                    "missing",
                    sig,
                    QT_TRANSLATE_NOOP("Verify", "the signature of the tag manifest is missing"),
                )
                continue
            data = read_regular(root / manifest)
            try:
                signature = read_regular(root / sig).decode("ascii")
            except (OSError, UnicodeDecodeError):
                signature = ""
            if not SIGNATURE_TEXT.fullmatch(signature):
                report.add(
                    "signature",
                    sig,
                    QT_TRANSLATE_NOOP("Verify", "is not a signature (one line of base64 expected)"),
                )
            elif not verify_signature(pem, data, signature):
                culprit = sig if _signed_elsewhere(root, pem, manifest) else manifest
                report.add(
                    "signature",
                    culprit,
                    QT_TRANSLATE_NOOP(
                        "Verify",
                        "the signature over {manifest} does not verify "
                        "(the manifest or its signature {signature} was changed)",
                    ).format(manifest=manifest, signature=sig),
                )
        declared = info.get("OnRecord-Signing-Key", "")
        if declared and declared != report.signing_key:
            report.add(
                "signature",
                "bag-info.txt",
                QT_TRANSLATE_NOOP("Verify", "names a different signing key than signature/"),
            )

    check_audit_and_recordings(root, report, info, digests)
    _one_problem_per_changed_recording(report)
    report.ok = not report.problems
    if progress:
        progress(1.0, "done")
    return report


def _one_problem_per_changed_recording(report: VerifyReport) -> None:
    """A recording whose bytes no longer match the manifest cannot match its capture hash
    either: that follows from the change, so it is said once after the problems, not counted
    (a walk-through's one changed recording read "2 problems"). A recording that matches its
    manifest but not its capture hash (manifests rebuilt by whoever changed it) stays a
    problem of its own."""
    altered = {p.path for p in report.problems if p.kind == "altered"}
    follows = [p for p in report.problems if p.kind == "recording" and p.path in altered]
    if follows:
        report.problems = [p for p in report.problems if p not in follows]
        report.follows = [*follows, *report.follows]


def _check_oxum(
    report: VerifyReport,
    root: Path,
    oxum: str,
    payload: set[str],
    irregular: set[str],
    listed: set[str],
) -> None:
    """Payload-Oxum ("bytes.files" of data/) against data/ as it is. When files of data/ are
    already reported missing, added or changed and the Oxum agrees with the manifest, the
    difference only follows from them: said once in ``report.follows``, not counted."""
    size = sum((root / f).stat().st_size for f in payload - irregular)
    files = len(payload)
    if oxum == f"{size}.{files}":
        return
    match = re.fullmatch(r"(\d+)\.(\d+)", oxum)
    if match is None:
        report.add(
            "oxum",
            "bag-info.txt",
            QT_TRANSLATE_NOOP(
                "Verify",
                "it does not record how many files data/ holds and their size "
                "(its Payload-Oxum line is missing or not valid)",
            ),
        )
        return
    declared_size, declared_files = int(match.group(1)), int(match.group(2))
    explained = declared_files == len(listed) and any(
        p.path.startswith("data/") and p.kind in ("missing", "extra", "altered")
        for p in report.problems
    )
    if not explained:
        report.add(
            "oxum",
            "bag-info.txt",
            QT_TRANSLATE_NOOP(
                "Verify",
                "it records {declared_files} files of {declared_size} bytes in data/ "
                "(Payload-Oxum), but data/ holds {files} files of {size} bytes",
            ).format(
                declared_files=declared_files, declared_size=declared_size, files=files, size=size
            ),
        )
    elif declared_files != files:
        report.follows.append(
            Problem(
                "oxum",
                "bag-info.txt",
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "Because of the above, data/ now holds {files} files, not the "
                    "{declared_files} it held when the package was made.",
                ).format(files=files, declared_files=declared_files),
            )
        )
    else:
        report.follows.append(
            Problem(
                "oxum",
                "bag-info.txt",
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "Because of the above, the files in data/ now come to {size} bytes, not "
                    "the {declared_size} bytes they came to when the package was made.",
                ).format(size=size, declared_size=declared_size),
            )
        )


def _signed_elsewhere(root: Path, pem: bytes, manifest: str) -> bool:
    """Whether ``manifest`` is exactly what OnRecord would write for the files as they are
    now (so, when its signature fails, the signature file is what was changed)."""
    alg = manifest[len("tagmanifest-") : -len(".txt")]
    expected = "".join(
        f"{file_digests(root / name, (alg,))[alg]}  {name}\n" for name in tag_files(root)
    )
    return (root / manifest).read_bytes() == expected.encode("utf-8")


def _bag_info(path: Path) -> dict[str, str]:
    info: dict[str, str] = {}
    try:
        for line in read_regular(path).decode("utf-8").splitlines():
            if ":" in line and not line.startswith((" ", "\t")):
                key, value = line.split(":", 1)
                info[key.strip()] = value.strip()
    except (OSError, UnicodeDecodeError):
        pass
    return info
