"""Notices carried by an event, and tags on events without a recording.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

A letter or call can carry the user's notice (cease request, lawyer, no calls at work) from
which the conduct rules count; an SMS or an unrecorded call can be tagged (threat, insult...).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TRIGGERS = [
    """CREATE TRIGGER event_tag_no_delete BEFORE DELETE ON event_tag
       BEGIN SELECT RAISE(ABORT, 'event tags are never deleted; retract them instead'); END""",
    """CREATE TRIGGER event_tag_fixed BEFORE UPDATE OF event_id, tag, note, created_at
       ON event_tag BEGIN SELECT RAISE(ABORT, 'an event tag cannot be changed'); END""",
]


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): rebuilding contact_event is not needed.
    op.add_column("contact_event", sa.Column("notice", sa.String(length=24), nullable=True))
    op.create_table(
        "event_tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("retracted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["contact_event.id"], name=op.f("fk_event_tag_event_id_contact_event")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_tag")),
    )
    op.create_index(op.f("ix_event_tag_event_id"), "event_tag", ["event_id"], unique=False)
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS event_tag_fixed")
    op.execute("DROP TRIGGER IF EXISTS event_tag_no_delete")
    op.drop_index(op.f("ix_event_tag_event_id"), table_name="event_tag")
    op.drop_table("event_tag")
    with op.batch_alter_table("contact_event") as batch_op:
        batch_op.drop_column("notice")
