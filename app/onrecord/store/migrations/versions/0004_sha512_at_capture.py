"""SHA-512 of each recording and attachment, taken when it is captured or added.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

An evidence package lists SHA-256 and SHA-512 of every file. With both recorded at capture
(in the one read that hashing needs anyway), an export checks each copy's SHA-256 against the
capture and takes the SHA-512 recorded with it, instead of hashing every byte twice more.
Rows from before this revision keep NULL: an export hashes those in full, as before. Once
set, the SHA-512 is as fixed as the SHA-256 (the triggers are widened to cover it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OLD_TRIGGERS = [
    """CREATE TRIGGER recording_hash_fixed BEFORE UPDATE OF sha256, pcm_sha256, path ON recording
       WHEN OLD.sha256 IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'a finalised recording cannot change'); END""",
    """CREATE TRIGGER attachment_fixed BEFORE UPDATE OF sha256, path, size ON attachment
       BEGIN SELECT RAISE(ABORT, 'an attachment file cannot change'); END""",
]
NEW_TRIGGERS = [
    """CREATE TRIGGER recording_hash_fixed
       BEFORE UPDATE OF sha256, sha512, pcm_sha256, path ON recording
       WHEN OLD.sha256 IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'a finalised recording cannot change'); END""",
    """CREATE TRIGGER attachment_fixed BEFORE UPDATE OF sha256, sha512, path, size ON attachment
       BEGIN SELECT RAISE(ABORT, 'an attachment file cannot change'); END""",
]


def _replace_triggers(statements: list[str]) -> None:
    op.execute("DROP TRIGGER IF EXISTS recording_hash_fixed")
    op.execute("DROP TRIGGER IF EXISTS attachment_fixed")
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): rebuilding the tables would drop their triggers.
    op.add_column("recording", sa.Column("sha512", sa.String(length=128), nullable=True))
    op.add_column("attachment", sa.Column("sha512", sa.String(length=128), nullable=True))
    _replace_triggers(NEW_TRIGGERS)


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+) once no trigger names the column; batch mode would
    # rebuild the tables and drop their other triggers.
    op.execute("DROP TRIGGER IF EXISTS recording_hash_fixed")
    op.execute("DROP TRIGGER IF EXISTS attachment_fixed")
    op.execute("ALTER TABLE attachment DROP COLUMN sha512")
    op.execute("ALTER TABLE recording DROP COLUMN sha512")
    _replace_triggers(OLD_TRIGGERS)
