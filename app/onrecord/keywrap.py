"""Wrapping the signing key with a passphrase for a backup: scrypt + AES-256-GCM.

PKCS#8's own encryption in the ``cryptography`` library uses 2 048 PBKDF2 iterations, so a
stolen backup could be tried against millions of passphrases a second. Here the passphrase goes
through scrypt (64 MiB, ~0.2 s per try on this project's machines) and the key is sealed with
AES-256-GCM, which also detects a wrong passphrase or a damaged file. The wrapped form is a
small JSON document that names its parameters, so a later version can raise them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT = "onrecord-wrapped-key-1"
AAD = b"OnRecord export signing key"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1
# At most twice what wrap() writes: a crafted backup must not make a passphrase check (run
# when the window asks for it) take minutes or gigabytes.
_MAX_N, _MAX_R, _MAX_P = 2 * SCRYPT_N, SCRYPT_R, 2


class WrongKeyPassphrase(ValueError):
    """The passphrase does not open the wrapped key (or the wrapped key was changed)."""


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * r * n + (1 << 20),
        dklen=32,
    )  # fmt: skip


def wrap(secret: bytes, passphrase: str) -> bytes:
    """Seal ``secret`` (the key's plain PEM) with ``passphrase``; returns the JSON document."""
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    sealed = AESGCM(key).encrypt(nonce, secret, AAD)
    document = {
        "format": FORMAT,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                "salt": base64.b64encode(salt).decode()},
        "cipher": "AES-256-GCM",
        "nonce": base64.b64encode(nonce).decode(),
        "ciphertext": base64.b64encode(sealed).decode(),
    }  # fmt: skip
    return json.dumps(document, indent=2).encode("utf-8")


def unwrap(document: bytes, passphrase: str) -> bytes:
    """The secret inside; WrongKeyPassphrase if the passphrase is wrong, ValueError if the
    document is not one of ours."""
    try:
        data = json.loads(document)
        kdf = data["kdf"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(data["nonce"], validate=True)
        sealed = base64.b64decode(data["ciphertext"], validate=True)
        ok = (
            data["format"] == FORMAT
            and kdf["name"] == "scrypt"
            and data["cipher"] == "AES-256-GCM"
            and 2 <= n <= _MAX_N
            and n & (n - 1) == 0
            and 1 <= r <= _MAX_R
            and 1 <= p <= _MAX_P
            and len(nonce) == 12
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"not a wrapped OnRecord key ({exc})") from None
    if not ok:
        raise ValueError("not a wrapped OnRecord key (unknown format or parameters)")
    try:
        return AESGCM(_derive(passphrase, salt, n, r, p)).decrypt(nonce, sealed, AAD)
    except InvalidTag:
        raise WrongKeyPassphrase("the passphrase does not open this key") from None
