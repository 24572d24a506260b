"""Settings read from the environment, so that no secret or deployment detail lives in the repo."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = PROJECT_ROOT / "var"
DEFAULT_ORG_TIMEZONE = "America/Los_Angeles"  # ORG_TIMEZONE: where the organisation works


@dataclass(frozen=True)
class Settings:
    """Runtime configuration; build it with :func:`load_settings`."""

    database_url: str
    kb_dir: Path
    max_message_chars: int
    geocoder: str
    geocoder_user_agent: str | None
    geocoder_domain: str | None  # a self-hosted Nominatim, e.g. "nominatim.internal:8080"
    geocoder_scheme: str
    geocoder_timeout: float
    license_verification_days: int
    clinic_results: int
    inquiry_retention_days: int
    smtp_host: str | None
    smtp_port: int
    smtp_username: str | None
    smtp_password: str | None
    smtp_security: str  # "none", "starttls" or "ssl"
    mail_from: str
    public_url: str  # where the web app is reached, for links in notifications
    outbox_max_attempts: int
    cors_origins: tuple[str, ...]  # pages allowed to use the chat channels (Rasa --cors, socket.io)
    chat_server_url: str  # the Rasa server as browsers reach it, for the chat widget
    web_cookie_secure: bool
    ratelimit_storage_uri: str
    trusted_proxy_hops: int  # reverse proxies in front of the web app whose X-Forwarded-* are believed
    login_max_failures: int  # failed logins within login_lock_minutes that lock an account (0: never)
    login_lock_minutes: int
    review_interval_months: int = 12  # a published answer not reviewed for this long is "review due"
    conversation_retention_days: int = 30  # Rasa tracker events (python -m cli purge)
    unanswered_retention_days: int = 365
    feedback_retention_days: int = 365
    tracker_database_url: str | None = None  # Rasa's SQL tracker store, for the purge
    # IANA name of the zone pages show times in and count days by (validated when the web app starts)
    org_timezone: str = DEFAULT_ORG_TIMEZONE
    invitation_link_hours: float = 72.0  # how long a new account's set-password link works
    reset_link_hours: float = 2.0  # how long a password-reset link works
    # argon2-cffi parameter profile; tests use CHEAPEST, which production (REQUIRE_ENV_SECRETS) refuses
    password_hash_profile: str = "RFC_9106_LOW_MEMORY"


def default_database_url() -> str:
    """The zero-set-up default: an SQLite file under ``var/``."""
    return f"sqlite:///{VAR_DIR / 'assistant.db'}"


def tracker_database_url() -> str | None:
    """Rasa's SQL tracker store: ``TRACKER_DATABASE_URL``, else the PostgreSQL database that
    ``deploy/endpoints.production.yml`` names with ``TRACKER_DB_*``, else None (no SQL tracker store)."""
    from urllib.parse import quote

    if os.environ.get("TRACKER_DATABASE_URL"):
        return os.environ["TRACKER_DATABASE_URL"]
    host = os.environ.get("TRACKER_DB_HOST")
    if not host:
        return None
    if "://" in host:  # Rasa takes a complete URL in the host too
        return host
    user, password = quote(os.environ.get("TRACKER_DB_USER", ""), safe=""), os.environ.get("TRACKER_DB_PASSWORD", "")
    login = f"{user}{':' + quote(password, safe='') if password else ''}@" if user else ""
    port = f":{os.environ['TRACKER_DB_PORT']}" if os.environ.get("TRACKER_DB_PORT") and ":" not in host else ""
    return f"postgresql://{login}{host}{port}/{quote(os.environ.get('TRACKER_DB_NAME', 'rasa.db'), safe='')}"


def parse_origins(value: str | None) -> tuple[str, ...]:
    """``CORS_ORIGINS``: comma-separated origins such as ``https://clinic.example`` (default: the local web app)."""
    value = "http://localhost:8000,http://127.0.0.1:8000" if value is None else value
    return tuple(origin.strip().rstrip("/") for origin in value.split(",") if origin.strip())


def load_settings() -> Settings:
    """Read settings from the environment (called when needed, never at import)."""
    return Settings(
        database_url=os.environ.get("DATABASE_URL") or default_database_url(),
        kb_dir=Path(os.environ.get("KB_DIR") or PROJECT_ROOT / "data" / "kb"),
        max_message_chars=int(os.environ.get("MAX_MESSAGE_CHARS", "2000")),
        geocoder=os.environ.get("GEOCODER", "offline"),
        geocoder_user_agent=os.environ.get("GEOCODER_USER_AGENT") or None,
        geocoder_domain=os.environ.get("GEOCODER_DOMAIN") or None,
        geocoder_scheme=os.environ.get("GEOCODER_SCHEME", "https"),
        geocoder_timeout=float(os.environ.get("GEOCODER_TIMEOUT", "4")),
        license_verification_days=int(os.environ.get("LICENSE_VERIFICATION_DAYS", "365")),
        clinic_results=int(os.environ.get("CLINIC_RESULTS", "3")),
        inquiry_retention_days=int(os.environ.get("INQUIRY_RETENTION_DAYS", "180")),
        smtp_host=os.environ.get("SMTP_HOST") or None,
        smtp_port=int(os.environ.get("SMTP_PORT", "25")),
        smtp_username=os.environ.get("SMTP_USERNAME") or None,
        smtp_password=os.environ.get("SMTP_PASSWORD") or None,
        smtp_security=os.environ.get("SMTP_SECURITY", "none").lower(),
        mail_from=os.environ.get("MAIL_FROM", "Ketamine therapy assistant <no-reply@localhost>"),
        public_url=os.environ.get("PUBLIC_URL", "http://localhost:8000").rstrip("/"),
        outbox_max_attempts=int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "12")),
        cors_origins=parse_origins(os.environ.get("CORS_ORIGINS")),
        chat_server_url=os.environ.get("CHAT_SERVER_URL", "http://localhost:5005").rstrip("/"),
        web_cookie_secure=os.environ.get("WEB_COOKIE_SECURE", "false").lower() in ("1", "true", "yes"),
        ratelimit_storage_uri=os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        trusted_proxy_hops=int(os.environ.get("TRUSTED_PROXY_HOPS", "0")),
        login_max_failures=int(os.environ.get("LOGIN_MAX_FAILURES", "5")),
        login_lock_minutes=int(os.environ.get("LOGIN_LOCK_MINUTES", "15")),
        review_interval_months=max(1, int(os.environ.get("REVIEW_INTERVAL_MONTHS", "12"))),
        conversation_retention_days=int(os.environ.get("CONVERSATION_RETENTION_DAYS", "30")),
        unanswered_retention_days=int(os.environ.get("UNANSWERED_RETENTION_DAYS", "365")),
        feedback_retention_days=int(os.environ.get("FEEDBACK_RETENTION_DAYS", "365")),
        tracker_database_url=tracker_database_url(),
        org_timezone=os.environ.get("ORG_TIMEZONE", "").strip() or DEFAULT_ORG_TIMEZONE,
        invitation_link_hours=float(os.environ.get("INVITATION_LINK_HOURS", "72")),
        reset_link_hours=float(os.environ.get("RESET_LINK_HOURS", "2")),
        password_hash_profile=os.environ.get("PASSWORD_HASH_PROFILE", "").strip() or "RFC_9106_LOW_MEMORY",
    )
