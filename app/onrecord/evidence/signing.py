"""The installation's Ed25519 signing key: created on first use, private key 0600 in the data dir.

A package's tag manifests are signed with it; the public key and its fingerprint travel in the
package (``signature/``) and on the report's first page, so a recipient can compare the
fingerprint with one the user gave them another way.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_DIR = "keys"
KEY_FILE = "export-signing-ed25519.pem"


class SigningKeyError(Exception):
    """The signing key exists but cannot be used."""


def fingerprint(public: Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte public key, as ``SHA256:`` + 16 groups of 4 hex digits."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()
    return "SHA256:" + " ".join(digest[i : i + 4] for i in range(0, 64, 4))


def public_pem(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey
    path: Path

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    @property
    def public_base64(self) -> str:
        """The raw 32-byte public key in base64 (short enough to print on a page)."""
        raw = self.public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    def sign(self, data: bytes) -> str:
        return base64.b64encode(self.private.sign(data)).decode("ascii")


def load_or_create_key(data_dir: Path) -> SigningKey:
    """The key in ``<data_dir>/keys/``; created (0600, folder 0700) if there is none yet."""
    folder = data_dir / KEY_DIR
    path = folder / KEY_FILE
    if path.exists():
        try:
            private = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError) as exc:
            raise SigningKeyError(f"the signing key {path} is damaged: {exc}") from exc
        if not isinstance(private, Ed25519PrivateKey):
            raise SigningKeyError(f"the signing key {path} is not an Ed25519 key")
        return SigningKey(private, path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    tmp = folder / f".{KEY_FILE}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
        f.flush()
        os.fsync(f.fileno())
    try:
        os.link(tmp, path)  # never replaces a key another process created meanwhile
    except FileExistsError:
        tmp.unlink()
        return load_or_create_key(data_dir)
    tmp.unlink()
    return SigningKey(private, path)


def verify_signature(public_pem_bytes: bytes, data: bytes, signature_b64: str) -> bool:
    try:
        public = serialization.load_pem_public_key(public_pem_bytes)
        if not isinstance(public, Ed25519PublicKey):
            return False
        public.verify(base64.b64decode(signature_b64.strip(), validate=True), data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def fingerprint_of_pem(public_pem_bytes: bytes) -> str | None:
    try:
        public = serialization.load_pem_public_key(public_pem_bytes)
    except (ValueError, TypeError):
        return None
    return fingerprint(public) if isinstance(public, Ed25519PublicKey) else None
