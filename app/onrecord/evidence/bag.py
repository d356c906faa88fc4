"""Turn a staged payload folder into a signed BagIt bag (RFC 8493) with the ``bagit`` library.

``bagit.make_bag`` moves the folder's content into ``data/`` and writes the payload manifests
and bag-info; this module then sets ``BagIt-Version: 1.0``, adds VERIFY.txt and the public key,
writes both tag manifests (sorted, ``sha256sum -c`` format) and signs each of them. The two
``signature/*.sig`` files are the only files a tag manifest cannot list (they sign it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

import bagit

from .signing import SigningKey, public_pem

ALGORITHMS = ("sha256", "sha512")
BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SIGNATURE_DIR = "signature"
PUBLIC_KEY_FILE = f"{SIGNATURE_DIR}/public-key.pem"
CHUNK = 1 << 20


def signature_file(algorithm: str) -> str:
    return f"{SIGNATURE_DIR}/tagmanifest-{algorithm}.txt.sig"


SIGNATURE_FILES = tuple(signature_file(a) for a in ALGORITHMS)


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


def file_digests(path: Path, algorithms: tuple[str, ...] = ALGORITHMS) -> dict[str, str]:
    hashes = {a: hashlib.new(a) for a in algorithms}
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            for h in hashes.values():
                h.update(chunk)
    return {a: h.hexdigest() for a, h in hashes.items()}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def make_signed_bag(
    bag_dir: Path,
    bag_info: Mapping[str, str],
    key: SigningKey,
    extra_tag_files: Mapping[str, str],
    *,
    processes: int = 1,
) -> None:
    """Bag ``bag_dir`` in place (its content becomes data/), add tag files, sign."""
    # A tag value is one line: a case title with a line break (any of str.splitlines') would
    # otherwise start a bogus tag and make the bag invalid.
    one_line = {key: " ".join(str(value).splitlines()) for key, value in bag_info.items()}
    bagit.make_bag(str(bag_dir), one_line, processes=processes, checksums=list(ALGORITHMS))
    _write(bag_dir / "bagit.txt", BAGIT_TXT)
    for name, text in extra_tag_files.items():
        _write(bag_dir / name, text)
    (bag_dir / SIGNATURE_DIR).mkdir(exist_ok=True)
    (bag_dir / PUBLIC_KEY_FILE).write_bytes(public_pem(key.public))
    names = tag_files(bag_dir)
    digests = {name: file_digests(bag_dir / name) for name in names}
    for algorithm in ALGORITHMS:
        manifest = "".join(f"{digests[n][algorithm]}  {n}\n" for n in names)
        target = bag_dir / f"tagmanifest-{algorithm}.txt"
        _write(target, manifest)
        _write(bag_dir / signature_file(algorithm), key.sign(target.read_bytes()) + "\n")
