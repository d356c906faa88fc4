"""A file attached by mistake can be withdrawn: kept, never exported.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

A file is never deleted (a trigger refuses it): it is evidence once added. But a stressed user
who picked the wrong file (a private photo, another letter) had no way to keep it from going
to their lawyer. Withdrawing it keeps the row and the stored copy, marked with when and why;
an export leaves it out (its add and its withdrawal stay in the audit log). Files from before
read: not withdrawn. The triggers that keep a file's bytes and digests fixed are unchanged:
withdrawing touches neither.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): rebuilding the table would drop its triggers.
    op.add_column("attachment", sa.Column("withdrawn_at", sa.String(length=27), nullable=True))
    op.add_column(
        "attachment",
        sa.Column("withdrawn_reason", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # A withdrawn file would silently become one of the case's files again (and go into
    # the next package): refused while there is one.
    withdrawn = (
        op.get_bind()
        .execute(sa.text("SELECT count(*) FROM attachment WHERE withdrawn_at IS NOT NULL"))
        .scalar()
    )
    if withdrawn:
        raise RuntimeError(
            f"{withdrawn} attached file(s) are withdrawn: this version cannot say so, and "
            "would export them again; not downgraded"
        )
    # Plain DROP COLUMN (SQLite 3.35+): no index or trigger names the columns.
    op.execute("ALTER TABLE attachment DROP COLUMN withdrawn_reason")
    op.execute("ALTER TABLE attachment DROP COLUMN withdrawn_at")
