"""Write a signed BagIt bag (RFC 8493) around a payload already staged in ``data/``.

The payload's digests are mostly known already: the recordings and attachments were hashed
while they were copied (:mod:`.copyhash`), so nothing large is read twice. This module hashes
only the files the export wrote itself, then writes what ``bagit.make_bag`` would write, byte
for byte: ``manifest-sha256.txt`` and ``manifest-sha512.txt`` (bagit's file order and name
escaping), ``bag-info.txt`` (sorted, with Payload-Oxum), plus ``bagit.txt`` at version 1.0,
VERIFY.txt and the public key. Both tag manifests are sorted, in ``sha256sum -c`` format, and
each is signed; the two ``signature/*.sig`` files are the only files a tag manifest cannot
list (they sign it). Last, the ``bagit`` library itself reads the bag and checks its
structure, Payload-Oxum and completeness; ``onrecord verify`` (or ``bagit.py --validate``)
is the independent check that re-reads every byte.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import bagit

from .signing import SigningKey, public_pem

ALGORITHMS = ("sha256", "sha512")
BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SIGNATURE_DIR = "signature"
PUBLIC_KEY_FILE = f"{SIGNATURE_DIR}/public-key.pem"
CHUNK = 1 << 20
LINE_BREAK = re.compile(r"[\r\n]")  # bagit drops CR and LF from tag values


def signature_file(algorithm: str) -> str:
    return f"{SIGNATURE_DIR}/tagmanifest-{algorithm}.txt.sig"


SIGNATURE_FILES = tuple(signature_file(a) for a in ALGORITHMS)


@dataclass(frozen=True)
class BagSummary:
    files: int  # payload files (Payload-Oxum's count)
    payload_bytes: int


def tag_files(bag_dir: Path) -> list[str]:
    """Files outside data/ that the tag manifests list (sorted, ``/``-separated)."""
    found = []
    for path in bag_dir.rglob("*"):
        rel = path.relative_to(bag_dir).as_posix()
        if not path.is_file() or rel.startswith("data/"):
            continue
        if rel.startswith("tagmanifest-") or rel in SIGNATURE_FILES:
            continue
        found.append(rel)
    return sorted(found)


def payload_files(bag_dir: Path) -> list[str]:
    """``data/…`` names in the order ``bagit.make_bag`` lists them: a folder's files (sorted)
    before its sub-folders (sorted), depth first."""
    names = []
    for folder, subfolders, files in os.walk(bag_dir / "data"):
        subfolders.sort()
        rel = Path(folder).relative_to(bag_dir).as_posix()
        names.extend(f"{rel}/{name}" for name in sorted(files))
    return names


def file_digests(path: Path, algorithms: tuple[str, ...] = ALGORITHMS) -> dict[str, str]:
    hashes = {a: hashlib.new(a) for a in algorithms}
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            for h in hashes.values():
                h.update(chunk)
    return {a: h.hexdigest() for a, h in hashes.items()}


def manifest_name(name: str) -> str:
    """A file name as a manifest line carries it: bagit percent-encodes only CR and LF."""
    return name.replace("\r", "%0D").replace("\n", "%0A")


def bag_info_text(bag_info: Mapping[str, str]) -> str:
    """bag-info.txt as ``bagit`` writes it: labels sorted, one ``Label: value`` line each."""
    return "".join(
        f"{label}: {LINE_BREAK.sub('', str(bag_info[label]))}\n" for label in sorted(bag_info)
    )


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def make_signed_bag(
    bag_dir: Path,
    bag_info: Mapping[str, str],
    key: SigningKey,
    extra_tag_files: Mapping[str, str],
    known_digests: Mapping[str, Mapping[str, str]] | None = None,
) -> BagSummary:
    """Make ``bag_dir`` (payload in ``bag_dir/data``) a signed bag; see the module doc.

    ``known_digests`` maps ``data/…`` names to the digests taken while copying them; every
    other payload file is hashed here. Raises ``bagit.BagError`` if the library rejects the
    result.
    """
    known = known_digests or {}
    names = payload_files(bag_dir)
    digests = {n: known[n] if n in known else file_digests(bag_dir / n) for n in names}
    payload_bytes = sum((bag_dir / n).stat().st_size for n in names)
    for algorithm in ALGORITHMS:
        _write(
            bag_dir / f"manifest-{algorithm}.txt",
            "".join(f"{digests[n][algorithm]}  {manifest_name(n)}\n" for n in names),
        )
    _write(bag_dir / "bagit.txt", BAGIT_TXT)
    # A tag value is one line: a case title with a line break (any of str.splitlines') would
    # otherwise start a bogus tag and make the bag invalid.
    info = {label: " ".join(str(value).splitlines()) for label, value in bag_info.items()}
    info["Payload-Oxum"] = f"{payload_bytes}.{len(names)}"
    _write(bag_dir / "bag-info.txt", bag_info_text(info))
    for name, text in extra_tag_files.items():
        _write(bag_dir / name, text)
    (bag_dir / SIGNATURE_DIR).mkdir(exist_ok=True)
    (bag_dir / PUBLIC_KEY_FILE).write_bytes(public_pem(key.public))
    tags = tag_files(bag_dir)
    tag_digests = {name: file_digests(bag_dir / name) for name in tags}
    for algorithm in ALGORITHMS:
        manifest = "".join(f"{tag_digests[n][algorithm]}  {n}\n" for n in tags)
        target = bag_dir / f"tagmanifest-{algorithm}.txt"
        _write(target, manifest)
        _write(bag_dir / signature_file(algorithm), key.sign(target.read_bytes()) + "\n")
    # The reference library's own reading of the bag: structure, bagit.txt, Payload-Oxum and
    # that the manifests list exactly the payload. No digest is recomputed here.
    bagit.Bag(str(bag_dir)).validate(completeness_only=True)
    return BagSummary(files=len(names), payload_bytes=payload_bytes)
