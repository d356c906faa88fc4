"""Recording segments and sample format.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

A recording longer than one WAV file can hold continues in further segment files; each
segment's own hashes are kept. The sample format (PCM_16 / PCM_24) is recorded too.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): rebuilding the table would drop its triggers.
    op.add_column(
        "recording",
        sa.Column("subtype", sa.String(length=16), nullable=False, server_default="PCM_16"),
    )
    op.add_column(
        "recording",
        sa.Column("segments", sa.Text(), nullable=False, server_default="[]"),
    )


def downgrade() -> None:
    with op.batch_alter_table("recording") as batch_op:
        batch_op.drop_column("segments")
        batch_op.drop_column("subtype")
