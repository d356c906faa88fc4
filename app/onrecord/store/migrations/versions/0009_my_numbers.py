"""The user's own phone numbers, the ones the collectors call, on the case; the audit log
looked up by action.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29

A lawyer who receives a package learns every number that called, but not which of the
client's numbers the calls reached (a legal-aid walk-through): a complaint, or a request for
the carrier's records, needs it. Typed by the user, as they give it (one or more, with a
label: "138 0013 8000 (mine), 021 6123 4567 (office)"). Cases from before read: not given.

The timeline reads the phone's call log's confirmations of recorded calls from the audit log
(``event.confirmed``, store.confirmations): without an index on the action, every opening of a
case scanned the whole log (17 ms for 110 000 entries).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): rebuilding the table would drop its triggers.
    op.add_column(
        "case_file",
        sa.Column("my_numbers", sa.String(length=300), nullable=False, server_default=""),
    )
    op.create_index("ix_audit_event_action", "audit_event", ["action"])


def downgrade() -> None:
    # The numbers are the user's words about the case: refused rather than silently lost.
    given = (
        op.get_bind()
        .execute(sa.text("SELECT count(*) FROM case_file WHERE my_numbers != ''"))
        .scalar()
    )
    if given:
        raise RuntimeError(
            f"{given} case(s) hold the user's own phone numbers: this version cannot keep "
            "them; not downgraded"
        )
    op.drop_index("ix_audit_event_action", table_name="audit_event")
    op.execute("ALTER TABLE case_file DROP COLUMN my_numbers")
