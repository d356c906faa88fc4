"""Files a computer adds by itself to a folder it shows or copies, which are not evidence.

A Mac's Finder writes ``.DS_Store`` into every folder it opens; macOS copying to a USB stick
or a network share (FAT, exFAT, SMB) writes a ``._<name>`` "AppleDouble" file beside each file
that has extended attributes, which every file unzipped from a mailed zip has; Windows
Explorer may write ``Thumbs.db`` and ``desktop.ini``. A lawyer who only looked at the package
on a Mac would otherwise be told it is NOT INTACT. Such a file is recognised by its name *and*
its first bytes (each format's own signature), so nothing else passes for one; verify names
every one it set aside, and checks all the package's own files as before.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from ..messages import QT_TRANSLATE_NOOP

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Thumbs.db is an OLE compound file
_HEAD = 16


def added_by_the_computer(root: Path, rel: str) -> str:
    """What made ``rel`` (a file under ``root`` in no manifest), if a computer added it by
    itself; "" if it is any other file."""
    name = PurePosixPath(rel).name
    path = root / rel
    if not path.is_file() or path.is_symlink():
        return ""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
    except OSError:
        return ""
    if name == ".DS_Store" and head[:8] == b"\x00\x00\x00\x01Bud1":
        return QT_TRANSLATE_NOOP("Verify", "a Mac's Finder keeps its view of the folder in it")
    if name.startswith("._") and head[:4] == b"\x00\x05\x16\x07":
        return QT_TRANSLATE_NOOP(
            "Verify",
            "macOS writes it beside a file copied to a USB stick or a shared folder, to keep "
            "the file's extra attributes",
        )
    if name.lower() in ("thumbs.db", "ehthumbs.db") and head[:8] == _OLE:
        return QT_TRANSLATE_NOOP(
            "Verify", "Windows keeps small pictures of the folder's files in it"
        )
    if name.lower() == "desktop.ini" and _is_folder_settings(head):
        return QT_TRANSLATE_NOOP("Verify", "Windows keeps the folder's settings in it")
    return ""


def _is_folder_settings(head: bytes) -> bool:
    """desktop.ini is a short INI text, in UTF-16 or an 8-bit code page: it opens with "[",
    maybe after a byte order mark or blank lines."""
    for encoding, bom in (("utf-16-le", b"\xff\xfe"), ("utf-8", b"\xef\xbb\xbf"), ("latin-1", b"")):
        if bom and not head.startswith(bom):
            continue
        text = head[len(bom) :].decode(encoding, errors="ignore")
        return text.lstrip("\r\n \t").startswith("[")
    return False
