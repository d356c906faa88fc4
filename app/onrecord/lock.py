"""An optional passphrase asked for when the window opens.

It keeps someone who picks up the computer from opening the case file in OnRecord; it does not
encrypt the data folder (the user is told so). The passphrase is stored only as a salted
scrypt hash in settings.json.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

N, R, P = 2**14, 8, 1


def make_lock(passphrase: str) -> str:
    if len(passphrase) < 4:
        raise ValueError("a passphrase needs at least 4 characters")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def check_lock(stored: str, passphrase: str) -> bool:
    try:
        scheme, salt_text, digest_text = stored.split("$")
        salt, digest = base64.b64decode(salt_text), base64.b64decode(digest_text)
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    tried = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return hmac.compare_digest(tried, digest)
