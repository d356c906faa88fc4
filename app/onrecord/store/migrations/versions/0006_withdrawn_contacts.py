"""A contact logged by mistake can be withdrawn when it cannot be removed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

A contact with tags or attached files is never removed (tags and files are evidence). One
logged twice, or by mistake, still counted in the charts and the conduct check, with no way
out but moving it to another case. Withdrawing it keeps it, its tags and files, marked with
when and why; it is then left out of every count. Contacts from before read: not withdrawn.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): the existing rows take the default, nothing is rebuilt.
    op.add_column("contact_event", sa.Column("withdrawn_at", sa.String(length=27), nullable=True))
    op.add_column(
        "contact_event",
        sa.Column("withdrawn_reason", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): no index or trigger names the columns.
    op.execute("ALTER TABLE contact_event DROP COLUMN withdrawn_reason")
    op.execute("ALTER TABLE contact_event DROP COLUMN withdrawn_at")
