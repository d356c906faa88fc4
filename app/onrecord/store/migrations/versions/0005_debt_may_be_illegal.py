"""The user's statement, per case, that the debt may itself be illegal.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

Collecting an *illegal* debt (usury, a gambling debt...) by threats or harassment is a crime in
mainland China (Criminal Law art. 293-1), and the conduct check lists it only when the user
has said the debt may be illegal. That statement was one saved setting for every case; it
belongs to the debt, so it is now a column of the case (set in the case form, audited like
the case's other fields). Cases from before this revision read False: not stated.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): the existing rows take the default, nothing is rebuilt.
    op.add_column(
        "case_file",
        sa.Column("debt_may_be_illegal", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): no index or trigger names the column.
    op.execute("ALTER TABLE case_file DROP COLUMN debt_may_be_illegal")
