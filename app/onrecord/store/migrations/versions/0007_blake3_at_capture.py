"""BLAKE3 of each recording and attachment, taken when it is captured or added.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

An export checks that each copy it makes holds the bytes captured, hashing every byte. With a
BLAKE3 taken at capture beside the SHA-256 and SHA-512 (in the same single read), it checks
the copy's BLAKE3 instead of its SHA-256: as strong a check (both are 256-bit cryptographic
hashes), 2.5 to 6 times faster, and that check is most of an export's time. Rows from before
this revision keep NULL: an export checks those with SHA-256, as before. Once set, the BLAKE3
is as fixed as the other digests (the triggers are widened to cover it, and the segment list
of a recording in several files, which holds each file's digests).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OLD_TRIGGERS = [
    """CREATE TRIGGER recording_hash_fixed
       BEFORE UPDATE OF sha256, sha512, pcm_sha256, path ON recording
       WHEN OLD.sha256 IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'a finalised recording cannot change'); END""",
    """CREATE TRIGGER attachment_fixed BEFORE UPDATE OF sha256, sha512, path, size ON attachment
       BEGIN SELECT RAISE(ABORT, 'an attachment file cannot change'); END""",
]
NEW_TRIGGERS = [
    """CREATE TRIGGER recording_hash_fixed
       BEFORE UPDATE OF sha256, sha512, blake3, pcm_sha256, path, segments ON recording
       WHEN OLD.sha256 IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'a finalised recording cannot change'); END""",
    """CREATE TRIGGER attachment_fixed
       BEFORE UPDATE OF sha256, sha512, blake3, path, size ON attachment
       BEGIN SELECT RAISE(ABORT, 'an attachment file cannot change'); END""",
]


def _replace_triggers(statements: list[str]) -> None:
    op.execute("DROP TRIGGER IF EXISTS recording_hash_fixed")
    op.execute("DROP TRIGGER IF EXISTS attachment_fixed")
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): rebuilding the tables would drop their triggers.
    op.add_column("recording", sa.Column("blake3", sa.String(length=64), nullable=True))
    op.add_column("attachment", sa.Column("blake3", sa.String(length=64), nullable=True))
    _replace_triggers(NEW_TRIGGERS)


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+) once no trigger names the column.
    op.execute("DROP TRIGGER IF EXISTS recording_hash_fixed")
    op.execute("DROP TRIGGER IF EXISTS attachment_fixed")
    op.execute("ALTER TABLE attachment DROP COLUMN blake3")
    op.execute("ALTER TABLE recording DROP COLUMN blake3")
    _replace_triggers(OLD_TRIGGERS)
