"""Coverage-guided fuzzing with atheris (optional: `pip install atheris`; not a dependency).

    .venv/bin/python tests/security/fuzz_atheris.py TARGET [-max_total_time=60] [-runs=N]

TARGET: labels | csv | calls | bcr-json | audit-lines | zip. Each feeds the raw bytes to one
parser; anything but the documented errors (ImportFileError, ValueError for BCR JSON,
ZipProblem) is a crash that atheris reports with the input that caused it. Not collected by
pytest (the hypothesis tests in this folder are what CI runs).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from onrecord.evidence.custody import check_audit_lines
    from onrecord.evidence.zipping import ZipProblem, extract_zip
    from onrecord.imports.audacity import read_labels
    from onrecord.imports.bcr import _read_one
    from onrecord.imports.common import ImportFileError
    from onrecord.imports.csvlog import read_csv
    from onrecord.imports.smsbackup import read_backup

WORK = Path(tempfile.mkdtemp(prefix="onrecord-atheris-"))
WAV = WORK / "20260301_101500.000+0800_in_13800138000.wav"


def _file(name: str, data: bytes) -> Path:
    path = WORK / name
    path.write_bytes(data)
    return path


def labels(data: bytes) -> None:
    with contextlib.suppress(ImportFileError):
        read_labels(_file("labels.txt", data))


def csv(data: bytes) -> None:
    with contextlib.suppress(ImportFileError):
        read_csv(_file("log.csv", data), "Asia/Shanghai", "CN")


def calls(data: bytes) -> None:
    with contextlib.suppress(ImportFileError):
        read_backup(_file("calls-x.xml", data), "CN")


def bcr_json(data: bytes) -> None:
    if not WAV.exists():
        import numpy as np
        import soundfile as sf

        sf.write(str(WAV), np.zeros(800, np.int16), 8000, subtype="PCM_16")
    _file(WAV.with_suffix(".json").name, data)
    with contextlib.suppress(ValueError):
        _read_one(WAV, lambda: False)


def audit_lines(data: bytes) -> None:
    check_audit_lines(data.decode("utf-8", "replace"), 1)


def zip_(data: bytes) -> None:
    into = Path(tempfile.mkdtemp(dir=WORK))
    try:
        extract_zip(_file("x.zip", data), into)
    except ZipProblem:
        pass
    finally:
        import shutil

        shutil.rmtree(into, ignore_errors=True)


TARGETS = {
    "labels": labels,
    "csv": csv,
    "calls": calls,
    "bcr-json": bcr_json,
    "audit-lines": audit_lines,
    "zip": zip_,
}

if __name__ == "__main__":
    target = TARGETS[sys.argv.pop(1)]
    os.chdir(WORK)
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()
