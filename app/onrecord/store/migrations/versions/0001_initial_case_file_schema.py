"""Initial case file schema, and the triggers that make evidence append-only.

Revision ID: 0001
Revises:
Create Date: 2026-11-28

Times are UTC text (YYYY-MM-DDTHH:MM:SS.ffffffZ); amounts are decimal text.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# Evidence rows are append-only: what was written stays as it was written. Corrections are new
# rows (a mark's text gets a new revision; a retraction is a revision too).
APPEND_ONLY_TRIGGERS = [
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END""",
    """CREATE TRIGGER mark_revision_no_update BEFORE UPDATE ON mark_revision
       BEGIN SELECT RAISE(ABORT, 'mark revisions are append-only'); END""",
    """CREATE TRIGGER mark_revision_no_delete BEFORE DELETE ON mark_revision
       BEGIN SELECT RAISE(ABORT, 'mark revisions are append-only'); END""",
    """CREATE TRIGGER mark_no_delete BEFORE DELETE ON mark
       BEGIN SELECT RAISE(ABORT, 'marks are never deleted; retract them instead'); END""",
    """CREATE TRIGGER mark_fixed BEFORE UPDATE OF recording_id, frame, wall_time, tag, added_later
       ON mark BEGIN SELECT RAISE(ABORT, 'a mark cannot be moved or re-tagged'); END""",
    """CREATE TRIGGER recording_no_delete BEFORE DELETE ON recording
       BEGIN SELECT RAISE(ABORT, 'recordings are never deleted'); END""",
    """CREATE TRIGGER recording_hash_fixed BEFORE UPDATE OF sha256, pcm_sha256, path ON recording
       WHEN OLD.sha256 IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'a finalised recording cannot change'); END""",
    """CREATE TRIGGER attachment_fixed BEFORE UPDATE OF sha256, path, size ON attachment
       BEGIN SELECT RAISE(ABORT, 'an attachment file cannot change'); END""",
    """CREATE TRIGGER attachment_no_delete BEFORE DELETE ON attachment
       BEGIN SELECT RAISE(ABORT, 'attachments are never deleted'); END""",
]
TRIGGER_NAMES = [t.split()[2] for t in APPEND_ONLY_TRIGGERS]


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_event_hash")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("creditor", sa.String(length=200), nullable=False),
        sa.Column("agency", sa.String(length=200), nullable=False),
        sa.Column("account_ref", sa.String(length=100), nullable=False),
        sa.Column("amount", sa.String(length=40), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("contract_notes", sa.Text(), nullable=False),
        sa.Column("jurisdiction", sa.String(length=8), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("is_unsorted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file")),
        sa.UniqueConstraint("reference", name=op.f("uq_case_file_reference")),
    )
    op.create_table(
        "party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.String(length=400), nullable=False),
        sa.Column("employee_id", sa.String(length=100), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "collector",
                "agency",
                "original_creditor",
                "law_firm",
                "third_party",
                "other",
                name="partyrole",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_party_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party")),
    )
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_party_case_id"), ["case_id"], unique=False)

    op.create_table(
        "phone_number",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("raw", sa.String(length=64), nullable=False),
        sa.Column("e164", sa.String(length=20), nullable=True),
        sa.Column("is_valid", sa.Boolean(), nullable=False),
        sa.Column("problem", sa.String(length=200), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_phone_number_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["party_id"], ["party.id"], name=op.f("fk_phone_number_party_id_party")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_number")),
        sa.UniqueConstraint("case_id", "raw", name=op.f("uq_phone_number_case_id")),
    )
    with op.batch_alter_table("phone_number", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phone_number_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_phone_number_e164"), ["e164"], unique=False)
        batch_op.create_index(batch_op.f("ix_phone_number_party_id"), ["party_id"], unique=False)

    op.create_table(
        "contact_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "call",
                "missed_call",
                "voicemail",
                "sms",
                "chat",
                "email",
                "letter",
                "visit",
                "other",
                name="eventkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "direction",
            sa.Enum(
                "incoming", "outgoing", "unknown", name="direction", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("started_at", sa.String(length=27), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("connected", sa.Boolean(), nullable=True),
        sa.Column("conversation", sa.Boolean(), nullable=False),
        sa.Column("phone_number_id", sa.Integer(), nullable=True),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column(
            "source",
            sa.Enum(
                "recorded",
                "manual",
                "imported",
                "demo",
                name="eventsource",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("source_detail", sa.String(length=400), nullable=False),
        sa.Column("source_key", sa.String(length=200), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_contact_event_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["party_id"], ["party.id"], name=op.f("fk_contact_event_party_id_party")
        ),
        sa.ForeignKeyConstraint(
            ["phone_number_id"],
            ["phone_number.id"],
            name=op.f("fk_contact_event_phone_number_id_phone_number"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_event")),
        sa.UniqueConstraint("source_key", name=op.f("uq_contact_event_source_key")),
    )
    with op.batch_alter_table("contact_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_event_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_event_party_id"), ["party_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_event_phone_number_id"), ["phone_number_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_event_started_at"), ["started_at"], unique=False
        )

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("original_name", sa.String(length=400), nullable=False),
        sa.Column("path", sa.String(length=400), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("added_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_attachment_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["contact_event.id"], name=op.f("fk_attachment_event_id_contact_event")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("path", name=op.f("uq_attachment_path")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_case_id"), ["case_id"], unique=False)

    op.create_table(
        "recording",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(length=400), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("sample_rate", sa.Integer(), nullable=False),
        sa.Column("channels", sa.Integer(), nullable=False),
        sa.Column("channel_roles", sa.String(length=64), nullable=False),
        sa.Column("frames", sa.Integer(), nullable=True),
        sa.Column("devices", sa.Text(), nullable=False),
        sa.Column("started_at", sa.String(length=27), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("pcm_sha256", sa.String(length=64), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "recording",
                "complete",
                "recovered",
                "failed",
                "imported",
                name="recordingstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("warnings", sa.Text(), nullable=False),
        sa.Column("finalised_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["contact_event.id"], name=op.f("fk_recording_event_id_contact_event")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recording")),
        sa.UniqueConstraint("path", name=op.f("uq_recording_path")),
    )
    with op.batch_alter_table("recording", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recording_event_id"), ["event_id"], unique=False)

    op.create_table(
        "mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recording_id", sa.Integer(), nullable=False),
        sa.Column("frame", sa.Integer(), nullable=False),
        sa.Column("wall_time", sa.String(length=27), nullable=False),
        sa.Column("tag", sa.String(length=64), nullable=True),
        sa.Column("added_later", sa.Boolean(), nullable=False),
        sa.Column("journal_key", sa.String(length=80), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["recording_id"], ["recording.id"], name=op.f("fk_mark_recording_id_recording")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mark")),
        sa.UniqueConstraint("journal_key", name=op.f("uq_mark_journal_key")),
    )
    with op.batch_alter_table("mark", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mark_recording_id"), ["recording_id"], unique=False)

    op.create_table(
        "mark_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mark_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("retracted", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=400), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["mark_id"], ["mark.id"], name=op.f("fk_mark_revision_mark_id_mark")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mark_revision")),
        sa.UniqueConstraint("mark_id", "number", name=op.f("uq_mark_revision_mark_id")),
    )
    with op.batch_alter_table("mark_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mark_revision_mark_id"), ["mark_id"], unique=False)

    op.create_table(
        "promise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "by",
            sa.Enum("collector", "user", name="promiseby", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount", sa.String(length=40), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "kept",
                "broken",
                "withdrawn",
                name="promisestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("mark_id", sa.Integer(), nullable=True),
        sa.Column("made_at", sa.String(length=27), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_promise_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["contact_event.id"], name=op.f("fk_promise_event_id_contact_event")
        ),
        sa.ForeignKeyConstraint(["mark_id"], ["mark.id"], name=op.f("fk_promise_mark_id_mark")),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], name=op.f("fk_promise_party_id_party")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promise")),
    )
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_promise_case_id"), ["case_id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.String(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=100), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("promise_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_payment_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["promise_id"], ["promise.id"], name=op.f("fk_payment_promise_id_promise")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_case_id"), ["case_id"], unique=False)

    for statement in APPEND_ONLY_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_case_id"))

    op.drop_table("payment")
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_promise_case_id"))

    op.drop_table("promise")
    with op.batch_alter_table("mark_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mark_revision_mark_id"))

    op.drop_table("mark_revision")
    with op.batch_alter_table("mark", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mark_recording_id"))

    op.drop_table("mark")
    with op.batch_alter_table("recording", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recording_event_id"))

    op.drop_table("recording")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_case_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("contact_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_event_started_at"))
        batch_op.drop_index(batch_op.f("ix_contact_event_phone_number_id"))
        batch_op.drop_index(batch_op.f("ix_contact_event_party_id"))
        batch_op.drop_index(batch_op.f("ix_contact_event_case_id"))

    op.drop_table("contact_event")
    with op.batch_alter_table("phone_number", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phone_number_party_id"))
        batch_op.drop_index(batch_op.f("ix_phone_number_e164"))
        batch_op.drop_index(batch_op.f("ix_phone_number_case_id"))

    op.drop_table("phone_number")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_case_id"))

    op.drop_table("party")
    op.drop_table("case_file")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_case_id"))

    op.drop_table("audit_event")
