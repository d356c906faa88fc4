"""The backup's sealed signing key: opens only with its passphrase, and refuses tampering."""

from __future__ import annotations

import base64
import json

import pytest

from onrecord import keywrap

SECRET = b"-----BEGIN PRIVATE KEY-----\nnot really\n-----END PRIVATE KEY-----\n"


def test_round_trip_and_wrong_passphrase() -> None:
    sealed = keywrap.wrap(SECRET, "correct horse battery")
    assert SECRET not in sealed and b"PRIVATE KEY" not in sealed
    assert keywrap.unwrap(sealed, "correct horse battery") == SECRET
    with pytest.raises(keywrap.WrongKeyPassphrase):
        keywrap.unwrap(sealed, "correct horse batterY")
    assert keywrap.wrap(SECRET, "correct horse battery") != sealed  # fresh salt and nonce


def test_a_changed_byte_is_detected() -> None:
    doc = json.loads(keywrap.wrap(SECRET, "correct horse battery"))
    raw = bytearray(base64.b64decode(doc["ciphertext"]))
    raw[3] ^= 1
    doc["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(keywrap.WrongKeyPassphrase):
        keywrap.unwrap(json.dumps(doc).encode(), "correct horse battery")


@pytest.mark.parametrize(
    "change",
    [
        {"n": 2**30},  # would need 1 TiB of memory
        {"n": 1000},  # not a power of two
        {"r": 10_000},
        {"r": 32},  # 512 MiB with n = 2**16
        {"p": 16},  # tens of seconds of scrypt
        {"n": 2**20},
        {"name": "pbkdf2"},
    ],
)
def test_parameters_that_could_exhaust_the_machine_are_refused(change: dict) -> None:
    doc = json.loads(keywrap.wrap(SECRET, "correct horse battery"))
    doc["kdf"].update(change)
    with pytest.raises(ValueError, match="not a wrapped OnRecord key"):
        keywrap.unwrap(json.dumps(doc).encode(), "correct horse battery")


@pytest.mark.parametrize("garbage", [b"", b"{}", b"[1]", b"\xff\xfe", b'{"format": 3}'])
def test_garbage_is_not_a_wrapped_key(garbage: bytes) -> None:
    with pytest.raises(ValueError, match="not a wrapped OnRecord key"):
        keywrap.unwrap(garbage, "x")
