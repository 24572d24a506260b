"""Database tables (SQLAlchemy 1.4 declarative, used with 2.0-style queries)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import backref, declarative_base, relationship

from bot.crypto import EncryptedText
from bot.kb.topics import TOPICS

# SQLAlchemy 1.4 ships no types: declared Any, mypy accepts the declarative base as a base class.
Base: Any = declarative_base()

ENTRY_STATUSES = ("draft", "in_review", "published")


def utcnow() -> dt.datetime:
    """Naive UTC timestamp (stored the same way on SQLite and PostgreSQL)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _sql_in(values: Any) -> str:
    return ", ".join(f"'{value}'" for value in values)


class KnowledgeEntry(Base):
    """One curated question and answer; only ``published`` entries reach visitors."""

    __tablename__ = "knowledge_entries"
    __table_args__ = (
        CheckConstraint(f"topic IN ({_sql_in(TOPICS)})", name="ck_knowledge_entries_topic"),
        CheckConstraint(f"status IN ({_sql_in(ENTRY_STATUSES)})", name="ck_knowledge_entries_status"),
    )

    id = Column(Integer, primary_key=True)
    slug = Column(String(80), nullable=False, unique=True)
    topic = Column(String(40), nullable=False, index=True)
    position = Column(Integer, nullable=False, default=0)
    question = Column(Text, nullable=False)
    phrasings = Column(JSON, nullable=False, default=list)
    answer = Column(Text, nullable=False)
    sources = Column(JSON, nullable=False, default=list)
    status = Column(String(16), nullable=False, default="draft", index=True)
    reviewed_on = Column(Date, nullable=True)
    # Who signed the medical content off: a person or a role ("Medical reviewer, MD").
    reviewed_by = Column(String(200), nullable=True)
    # When the sources last changed; sources changed after the review make the entry due again.
    sources_changed_on = Column(Date, nullable=True)
    # A change proposed to a *published* entry: its content fields (JSON, like a revision
    # snapshot) wait here for review while visitors keep seeing the published version.
    pending_change = Column(JSON, nullable=True)
    pending_by = Column(String(254), nullable=True)  # e-mail of who last saved the proposed change
    pending_saved_at = Column(DateTime, nullable=True)
    # When and by whom the entry (status in_review) or its proposed change was submitted for review.
    submitted_at = Column(DateTime, nullable=True)
    submitted_by = Column(String(254), nullable=True)
    review_note = Column(Text, nullable=True)  # the reviewer's note when sending it back
    # Hash of the YAML content this row was last loaded from; a row whose content no
    # longer matches it was edited in the database and is not overwritten silently.
    source_hash = Column(String(64), nullable=True)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)
    version = Column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

    def __repr__(self) -> str:
        return f"<KnowledgeEntry {self.slug} ({self.topic}, {self.status})>"


class UnansweredQuestion(Base):
    """A visitor question the assistant could not answer well, kept for staff review."""

    __tablename__ = "unanswered_questions"

    id = Column(Integer, primary_key=True)
    text = Column(Text, nullable=False)
    confidence = Column(Float, nullable=False)
    intent = Column(String(64), nullable=True)
    status = Column(String(16), nullable=False, default="new")
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)


class KnownGap(Base):
    """A question staff confirmed the knowledge base does not answer ("not covered").

    Answer selection never answers a message outright when it is at least as close to one of
    these as to its best entry (:mod:`bot.kb.selection`): a near miss such as "what hours is the
    REMS phone line open" then gets choices or "not sure" instead of the REMS entry. Written by
    staff, never a visitor's own text kept as is (visitors type personal details).
    """

    __tablename__ = "known_gaps"

    id = Column(Integer, primary_key=True)
    text = Column(Text, nullable=False)
    #: The wording without case, punctuation or extra spaces: one row per wording.
    key = Column(String(500), nullable=False, unique=True)
    added_by = Column(String(254), nullable=True)  # e-mail of the staff member; None when loaded from YAML
    created_at = Column(DateTime, nullable=False, default=utcnow)
    #: How often visitors asked it since (anonymous: a count and a time, never the message), so that
    #: staff see when a question not covered deserves an entry after all.
    times_asked = Column(Integer, nullable=False, default=0, server_default="0")
    last_asked_at = Column(DateTime, nullable=True)


TREATMENTS = {
    "iv": "IV infusion",
    "im": "intramuscular injection",
    "esketamine": "esketamine nasal spray (SPRAVATO)",
    "oral": "oral or sublingual ketamine",
    "kap": "ketamine-assisted psychotherapy",
}
LICENSE_STATUSES = ("active", "expired", "suspended", "pending")


class Clinic(Base):
    """A clinic in the directory; visitors see it only while a credential makes it licensed."""

    __tablename__ = "clinics"
    __table_args__ = (Index("ix_clinics_latitude_longitude", "latitude", "longitude"),)

    id = Column(Integer, primary_key=True)
    ref = Column(String(64), nullable=False, unique=True)
    name = Column(String(200), nullable=False)
    street = Column(String(200), nullable=False)
    city = Column(String(100), nullable=False)
    state = Column(String(2), nullable=False)
    zip = Column(String(10), nullable=False)
    latitude = Column(Float, nullable=False)
    longitude = Column(Float, nullable=False)
    phone = Column(String(40), nullable=False)
    website = Column(String(300), nullable=True)
    email = Column(String(254), nullable=True)
    treatments = Column(JSON, nullable=False, default=list)
    accepts_insurance = Column(Boolean, nullable=False, default=False)
    insurance_notes = Column(Text, nullable=True)
    telehealth = Column(Boolean, nullable=False, default=False)
    languages = Column(JSON, nullable=False, default=list)
    notes = Column(Text, nullable=True)
    # Where routed inquiries are announced besides ``email``: a JSON POST signed with
    # HMAC-SHA256 using this clinic's own secret.
    webhook_url = Column(String(500), nullable=True)
    webhook_secret = Column(EncryptedText, nullable=True)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)
    version = Column(Integer, nullable=False, default=1)

    credentials = relationship(
        "Credential", back_populates="clinic", cascade="all, delete-orphan", order_by="Credential.id"
    )

    __mapper_args__ = {"version_id_col": version}

    def __repr__(self) -> str:
        return f"<Clinic {self.ref} {self.name!r}>"


class Credential(Base):
    """What makes a clinic "licensed": its responsible prescriber's license and its verification."""

    __tablename__ = "clinic_credentials"
    __table_args__ = (CheckConstraint(f"status IN ({_sql_in(LICENSE_STATUSES)})", name="ck_clinic_credentials_status"),)

    id = Column(Integer, primary_key=True)
    clinic_id = Column(Integer, ForeignKey("clinics.id", ondelete="CASCADE"), nullable=False, index=True)
    prescriber = Column(String(200), nullable=False)
    license_number = Column(String(64), nullable=False)
    license_state = Column(String(2), nullable=False)
    license_expires = Column(Date, nullable=False)
    npi = Column(String(10), nullable=False)
    rems_certified = Column(Boolean, nullable=False, default=False)
    status = Column(String(16), nullable=False, default="pending")
    verified_on = Column(Date, nullable=True)
    verified_by = Column(String(200), nullable=True)
    verification_method = Column(String(200), nullable=True)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    clinic = relationship("Clinic", back_populates="credentials")


ROLES = ("admin", "reviewer", "editor", "clinic")
INQUIRY_STATUSES = ("new", "contacted", "closed")
OUTBOX_CHANNELS = ("email", "webhook")
OUTBOX_STATUSES = ("pending", "sent", "failed")


class User(Base):
    """A staff or clinic account for the web app; ``clinic`` accounts belong to one clinic."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(f"role IN ({_sql_in(ROLES)})", name="ck_users_role"),
        CheckConstraint("role != 'clinic' OR clinic_id IS NOT NULL", name="ck_users_clinic_account"),
    )

    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False, unique=True)
    password_hash = Column(String(255), nullable=False)
    role = Column(String(16), nullable=False)
    clinic_id = Column(Integer, ForeignKey("clinics.id", ondelete="CASCADE"), nullable=True, index=True)
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    last_login_at = Column(DateTime, nullable=True)
    # The per-account login lock (bot/login_throttle.py), kept here so every web process shares it.
    failed_logins = Column(Integer, nullable=False, default=0, server_default="0")
    failed_logins_since = Column(DateTime, nullable=True)  # the first failure that ``failed_logins`` counts
    locked_until = Column(DateTime, nullable=True)

    clinic = relationship("Clinic")


class Inquiry(Base):
    """A visitor's request to be contacted by one clinic: the record, not the chat transcript.

    Contact fields are encrypted at rest; inquiries past the retention period are purged.
    """

    __tablename__ = "inquiries"
    __table_args__ = (
        CheckConstraint(f"status IN ({_sql_in(INQUIRY_STATUSES)})", name="ck_inquiries_status"),
        Index("ix_inquiries_clinic_created", "clinic_id", "created_at"),
    )

    id = Column(Integer, primary_key=True)
    reference = Column(String(20), nullable=False, unique=True)
    clinic_id = Column(Integer, ForeignKey("clinics.id", ondelete="CASCADE"), nullable=False)
    first_name = Column(EncryptedText, nullable=False)
    contact = Column(EncryptedText, nullable=False)
    contact_kind = Column(String(8), nullable=False)  # "email" or "phone"
    preferred_time = Column(EncryptedText, nullable=True)
    note = Column(EncryptedText, nullable=True)
    consent_at = Column(DateTime, nullable=False)
    source = Column(String(16), nullable=False, default="chat")  # "chat" or "embed"
    status = Column(String(16), nullable=False, default="new")
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    clinic = relationship("Clinic")
    notifications = relationship(
        "OutboxMessage", back_populates="inquiry", cascade="all, delete-orphan", order_by="OutboxMessage.id"
    )


class OutboxMessage(Base):
    """One notification of one inquiry on one channel, retried with backoff until delivered."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(f"channel IN ({_sql_in(OUTBOX_CHANNELS)})", name="ck_outbox_channel"),
        CheckConstraint(f"status IN ({_sql_in(OUTBOX_STATUSES)})", name="ck_outbox_status"),
        Index("ix_outbox_due", "status", "next_attempt_at"),
    )

    id = Column(Integer, primary_key=True)
    inquiry_id = Column(Integer, ForeignKey("inquiries.id", ondelete="CASCADE"), nullable=False, index=True)
    channel = Column(String(16), nullable=False)
    status = Column(String(16), nullable=False, default="pending")
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime, nullable=False, default=utcnow)
    last_error = Column(Text, nullable=True)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    sent_at = Column(DateTime, nullable=True)

    inquiry = relationship("Inquiry", back_populates="notifications")


CHAT_EVENT_KINDS = ("conversation", "question")


class EntryRevision(Base):
    """One saved state of a knowledge entry: who saved it, when, and which fields changed.

    ``snapshot`` holds the editable fields as JSON so any revision can be shown, compared
    or restored. A NULL author is the system (the YAML loader or the command line).
    """

    __tablename__ = "entry_revisions"
    __table_args__ = (UniqueConstraint("entry_id", "number", name="uq_entry_revisions_entry_number"),)

    id = Column(Integer, primary_key=True)
    entry_id = Column(Integer, ForeignKey("knowledge_entries.id", ondelete="CASCADE"), nullable=False, index=True)
    number = Column(Integer, nullable=False)
    snapshot = Column(JSON, nullable=False)
    author_id = Column(Integer, ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    summary = Column(String(500), nullable=False, default="")

    author = relationship("User")


class AuditLog(Base):
    """Who changed what and when; ``details`` never holds passwords or visitors' contact data."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_object", "object_type", "object_ref"),)

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    action = Column(String(64), nullable=False)
    object_type = Column(String(32), nullable=False)
    object_ref = Column(String(128), nullable=True)
    details = Column(JSON, nullable=False, default=dict)

    user = relationship("User")


class ChatEvent(Base):
    """An anonymous usage count: a conversation started or a question answered on a topic.

    Never the message text or the sender id: only when, what kind and which topic.
    """

    __tablename__ = "chat_events"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_sql_in(CHAT_EVENT_KINDS)})", name="ck_chat_events_kind"),
        Index("ix_chat_events_kind_created", "kind", "created_at"),
    )

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    kind = Column(String(16), nullable=False)
    topic = Column(String(40), nullable=True)
    entry_slug = Column(String(80), nullable=True, index=True)  # the entry shown, for "times shown"


class AnswerFeedback(Base):
    """A visitor's "Helpful? Yes / No" on one shown answer.

    Anonymous: no sender id, and the optional reason and the question that led to the
    answer are stored with e-mail addresses and phone numbers removed.
    """

    __tablename__ = "answer_feedback"
    __table_args__ = (Index("ix_answer_feedback_entry_created", "entry_slug", "created_at"),)

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    entry_slug = Column(String(80), nullable=False)
    helpful = Column(Boolean, nullable=False)
    reason = Column(String(500), nullable=True)
    question = Column(String(500), nullable=True)


INQUIRY_NOTE_MAX_CHARS = 1000


class InquiryNote(Base):
    """A clinic's internal note on one of its inquiries, seen only by that clinic's accounts.

    The text may hold contact details, so it is encrypted like the inquiry and deleted with it
    (``ON DELETE CASCADE``: the retention purge deletes inquiries, their notes go too).
    """

    __tablename__ = "inquiry_notes"

    id = Column(Integer, primary_key=True)
    inquiry_id = Column(Integer, ForeignKey("inquiries.id", ondelete="CASCADE"), nullable=False, index=True)
    author_id = Column(Integer, ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    body = Column(EncryptedText, nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)

    author = relationship("User")
    inquiry = relationship(
        "Inquiry",
        backref=backref("notes", order_by="InquiryNote.id", passive_deletes=True, cascade="all, delete-orphan"),
    )


class InquiryStatusChange(Base):
    """Who set an inquiry's status to what, and when: the inquiry's status history."""

    __tablename__ = "inquiry_status_changes"

    id = Column(Integer, primary_key=True)
    inquiry_id = Column(Integer, ForeignKey("inquiries.id", ondelete="CASCADE"), nullable=False, index=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    from_status = Column(String(16), nullable=False)
    to_status = Column(String(16), nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)

    user = relationship("User")
    inquiry = relationship(
        "Inquiry",
        backref=backref(
            "status_changes", order_by="InquiryStatusChange.id", passive_deletes=True, cascade="all, delete-orphan"
        ),
    )
