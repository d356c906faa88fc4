"""The case file's tables (SQLAlchemy 2 typed models).

Every change to these tables goes through an Alembic migration (see ``migrations/``); the
models and the newest migration must describe the same schema (a test checks this).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    Enum,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .enums import (
    Direction,
    EventKind,
    EventSource,
    NoticeKind,
    PartyRole,
    PromiseBy,
    PromiseStatus,
    RecordingStatus,
)
from .types import DecimalText, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Case(Base):
    """One debt and everything that happened around it."""

    __tablename__ = "case_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    creditor: Mapped[str] = mapped_column(String(200), default="")
    agency: Mapped[str] = mapped_column(String(200), default="")
    account_ref: Mapped[str] = mapped_column(String(100), default="")
    #: the user's own numbers, the ones the collectors call, as the user typed them
    my_numbers: Mapped[str] = mapped_column(String(300), default="")
    amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    contract_notes: Mapped[str] = mapped_column(Text, default="")
    jurisdiction: Mapped[str] = mapped_column(String(8))
    timezone: Mapped[str] = mapped_column(String(64))
    region: Mapped[str] = mapped_column(String(2))
    notes: Mapped[str] = mapped_column(Text, default="")
    #: What the user says, not a finding: "this debt may itself be illegal" (high-interest
    #: usury, a gambling debt...). Rules about collecting an illegal debt (CN-ILLEGAL-DEBT)
    #: run only when it is True; False also means "not stated".
    debt_may_be_illegal: Mapped[bool] = mapped_column(Boolean, default=False)
    is_unsorted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    parties: Mapped[list[Party]] = relationship(back_populates="case", order_by="Party.id")
    numbers: Mapped[list[PhoneNumber]] = relationship(
        back_populates="case", order_by="PhoneNumber.id"
    )


class Party(Base):
    """A collector, an agency, the original creditor, or a third party they contacted."""

    __tablename__ = "party"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[str] = mapped_column(String(400), default="")
    employee_id: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[PartyRole] = mapped_column(_enum(PartyRole), default=PartyRole.COLLECTOR)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="parties")
    numbers: Mapped[list[PhoneNumber]] = relationship(back_populates="party")


class PhoneNumber(Base):
    """A number as the user typed it, and its E.164 form when it could be understood."""

    __tablename__ = "phone_number"
    __table_args__ = (UniqueConstraint("case_id", "raw"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"), index=True)
    raw: Mapped[str] = mapped_column(String(64))
    e164: Mapped[str | None] = mapped_column(String(20), index=True)
    is_valid: Mapped[bool] = mapped_column(Boolean, default=False)
    problem: Mapped[str] = mapped_column(String(200), default="")
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="numbers")
    party: Mapped[Party | None] = relationship(back_populates="numbers")

    @property
    def display(self) -> str:
        return self.e164 or self.raw


class ContactEvent(Base):
    """One contact attempt: a call, a missed call, an SMS, a letter, a visit..."""

    __tablename__ = "contact_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind))
    direction: Mapped[Direction] = mapped_column(_enum(Direction), default=Direction.INCOMING)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    timezone: Mapped[str] = mapped_column(String(64))
    duration_s: Mapped[float | None] = mapped_column(Float)
    connected: Mapped[bool | None] = mapped_column(Boolean)
    conversation: Mapped[bool] = mapped_column(Boolean, default=False)
    phone_number_id: Mapped[int | None] = mapped_column(ForeignKey("phone_number.id"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"), index=True)
    source: Mapped[EventSource] = mapped_column(_enum(EventSource), default=EventSource.MANUAL)
    source_detail: Mapped[str] = mapped_column(String(400), default="")
    source_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    # Set when this letter/email/call carried a notice (cease request, lawyer, no calls at
    # work); it takes effect at ``started_at`` towards ``party`` (None = every collector).
    notice: Mapped[NoticeKind | None] = mapped_column(_enum(NoticeKind))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when the user withdrew a contact logged by mistake that cannot be removed (it has
    # tags or files): it stays in the case and the package, marked, and counts for nothing.
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")

    phone_number: Mapped[PhoneNumber | None] = relationship()
    party: Mapped[Party | None] = relationship()
    recordings: Mapped[list[Recording]] = relationship(back_populates="event")
    tags: Mapped[list[EventTag]] = relationship(back_populates="event", order_by="EventTag.id")


class EventTag(Base):
    """A tag on a contact event itself (an SMS that threatens, a call not recorded).

    Never deleted (a trigger refuses it); withdrawing one sets ``retracted``, which is audited.
    """

    __tablename__ = "event_tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("contact_event.id"), index=True)
    tag: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    retracted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    event: Mapped[ContactEvent] = relationship(back_populates="tags")


class Recording(Base):
    """An audio file of a call, kept byte-for-byte as it was hashed at finalisation."""

    __tablename__ = "recording"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("contact_event.id"), index=True)
    path: Mapped[str] = mapped_column(String(400), unique=True)  # relative to the data dir
    format: Mapped[str] = mapped_column(String(16), default="WAV")
    subtype: Mapped[str] = mapped_column(String(16), default="PCM_16")
    # JSON list of {path, frames, sha256, sha512, blake3, pcm_sha256, size_bytes}: a recording longer
    # than a WAV can hold (4 GiB) continues in further segment files; ``path`` is the first.
    segments: Mapped[str] = mapped_column(Text, default="[]")
    sample_rate: Mapped[int] = mapped_column(Integer)
    channels: Mapped[int] = mapped_column(Integer)
    channel_roles: Mapped[str] = mapped_column(String(64), default="mixed")  # e.g. "me,them"
    frames: Mapped[int | None] = mapped_column(Integer)
    devices: Mapped[str] = mapped_column(Text, default="")  # JSON
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str | None] = mapped_column(String(64))
    # SHA-512 of the file when the recording is one file (each segment's is in ``segments``);
    # NULL for recordings finalised before it was taken at capture.
    sha512: Mapped[str | None] = mapped_column(String(128))
    # BLAKE3 likewise (an export checks each copy with it); NULL before it was taken.
    blake3: Mapped[str | None] = mapped_column(String(64))
    pcm_sha256: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[RecordingStatus] = mapped_column(_enum(RecordingStatus))
    warnings: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    finalised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    event: Mapped[ContactEvent] = relationship(back_populates="recordings")
    marks: Mapped[list[Mark]] = relationship(back_populates="recording", order_by="Mark.frame")


class Mark(Base):
    """A moment in a recording, on the audio clock. Its text lives in revisions."""

    __tablename__ = "mark"

    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recording.id"), index=True)
    frame: Mapped[int] = mapped_column(Integer)
    wall_time: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    tag: Mapped[str | None] = mapped_column(String(64))
    added_later: Mapped[bool] = mapped_column(Boolean, default=False)
    journal_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    recording: Mapped[Recording] = relationship(back_populates="marks")
    revisions: Mapped[list[MarkRevision]] = relationship(
        back_populates="mark", order_by="MarkRevision.number"
    )

    @property
    def current(self) -> MarkRevision | None:
        return self.revisions[-1] if self.revisions else None

    @property
    def text(self) -> str:
        return self.current.text if self.current else ""

    @property
    def retracted(self) -> bool:
        return bool(self.current and self.current.retracted)


class MarkRevision(Base):
    """One version of a mark's note. Never updated or deleted (a trigger refuses it)."""

    __tablename__ = "mark_revision"
    __table_args__ = (UniqueConstraint("mark_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mark_id: Mapped[int] = mapped_column(ForeignKey("mark.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    retracted: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(400), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    mark: Mapped[Mark] = relationship(back_populates="revisions")


class Promise(Base):
    """Something promised or offered: by the collector, or by the user."""

    __tablename__ = "promise"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    by: Mapped[PromiseBy] = mapped_column(_enum(PromiseBy))
    description: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[PromiseStatus] = mapped_column(_enum(PromiseStatus), default=PromiseStatus.OPEN)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("contact_event.id"))
    mark_id: Mapped[int | None] = mapped_column(ForeignKey("mark.id"))
    made_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Payment(Base):
    """Money the user paid towards the debt."""

    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="")
    paid_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(100), default="")
    reference: Mapped[str] = mapped_column(String(200), default="")
    promise_id: Mapped[int | None] = mapped_column(ForeignKey("promise.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Attachment(Base):
    """A file (screenshot, letter, chat export) copied into the data dir and hashed."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("contact_event.id"))
    original_name: Mapped[str] = mapped_column(String(400))
    path: Mapped[str] = mapped_column(String(400), unique=True)  # relative to the data dir
    sha256: Mapped[str] = mapped_column(String(64))
    sha512: Mapped[str | None] = mapped_column(String(128))  # NULL if added before it was taken
    blake3: Mapped[str | None] = mapped_column(String(64))  # likewise
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    description: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when the user withdrew a file attached by mistake (a private photo, another
    # letter): the row and the stored copy stay, but no export includes it.
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


class AuditEvent(Base):
    """One link of the append-only, hash-chained audit log.

    ``body`` is the canonical JSON that was hashed; the other columns repeat parts of it for
    queries and are checked against it by ``verify_chain``.
    """

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    body: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
