"""The staff and clinic web app: login, the clinic inquiry portal and account administration.

Everything is built by :func:`create_app`; importing this package opens no database and
reads no secret. Security defaults live here so that every blueprint inherits them:
CSRF on every POST, signed HttpOnly SameSite cookies, rate limiting, strict headers.
Behind ``TRUSTED_PROXY_HOPS`` reverse proxies, the client address and scheme are taken from
their X-Forwarded-For / X-Forwarded-Proto headers (and never without such a proxy, where
any client could forge them to dodge the per-address login limit).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from zoneinfo import ZoneInfo

from flask import Flask, current_app, g, render_template, request, session
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager, logout_user
from flask_wtf.csrf import CSRFError, CSRFProtect
from markupsafe import Markup
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.wrappers import Response

from bot.accounts import active_account
from bot.config import Settings, load_settings
from bot.db import get_engine, session_factory
from bot.local_time import format_local, org_zone, to_local
from bot.secrets import check_secrets, get_secret
from web.guards import LoggedInUser, session_id_matches, user_id_from_session_id

log = logging.getLogger(__name__)

SESSION_LIFETIME = dt.timedelta(hours=8)
SESSION_STARTED_KEY = "started_at"
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
ERROR_PAGES: dict[int, tuple[str, str]] = {
    400: ("Request not accepted", "The request could not be accepted. Go back and try again."),
    403: ("Access denied", "Your account does not have access to this page."),
    404: (
        "Page not found",
        "There is nothing at this address, or your account cannot see it. "
        "Check the link or go back to your start page.",
    ),
    405: ("Action not allowed", "This address does not accept that kind of request."),
    413: ("Request too large", "What you sent is larger than this site accepts."),
    429: ("Too many attempts", "There have been too many attempts from your network. Wait a minute, then try again."),
    500: ("Something went wrong", "The server could not complete the request. Try again in a moment."),
}
CSRF_PAGE = (
    "Form expired or not accepted",
    "This form could not be accepted because its security token was missing, invalid or expired. "
    "Go back, reload the page and submit the form again.",
)


def create_app(engine: Engine | None = None, settings: Settings | None = None, *, testing: bool = False) -> Flask:
    """Build a configured app; ``engine`` defaults to the one for ``settings.database_url``."""
    check_secrets()  # production: a missing key stops start-up here, not at the first inquiry
    settings = settings or load_settings()
    zone = org_zone(settings.org_timezone)  # a misspelt ORG_TIMEZONE stops start-up with a clear message
    app = Flask(__name__)
    if settings.trusted_proxy_hops > 0:
        hops = settings.trusted_proxy_hops
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
    app.config.update(
        TESTING=testing,
        SECRET_KEY=get_secret("WEB_SECRET_KEY"),
        # The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and on "/".
        SESSION_COOKIE_NAME="__Host-session" if settings.web_cookie_secure else "session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.web_cookie_secure,
        PERMANENT_SESSION_LIFETIME=SESSION_LIFETIME,
        # A form left open for a while must still submit; the token is bound to the session anyway.
        WTF_CSRF_TIME_LIMIT=int(SESSION_LIFETIME.total_seconds()),
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    app.extensions["bot_settings"] = settings
    app.extensions["bot_timezone"] = zone
    app.extensions["bot_sessionmaker"] = session_factory(engine or get_engine(settings.database_url))
    app.teardown_appcontext(_close_db)

    CSRFProtect(app)
    _init_login(app)
    limiter = Limiter(
        key_func=get_remote_address,
        storage_uri=settings.ratelimit_storage_uri,
        strategy="fixed-window",
        headers_enabled=True,
        in_memory_fallback_enabled=True,
    )
    limiter.init_app(app)
    app.extensions["bot_limiter"] = limiter

    from web import accounts, admin, auth_views, portal, site  # the blueprints use get_db() from this module

    app.register_blueprint(auth_views.blueprint)
    app.register_blueprint(portal.blueprint)
    app.register_blueprint(accounts.blueprint)
    app.register_blueprint(site.blueprint)
    admin.register(app)
    auth_views.apply_rate_limits(app, limiter)

    app.before_request(_end_expired_session)
    app.after_request(_security_headers)
    app.register_error_handler(HTTPException, _error_page)
    app.add_template_filter(_format_local_time, "local_time")
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    return app


def get_db() -> Session:
    """This request's database session, opened on first use and closed when the request ends."""
    if "db" not in g:
        g.db = current_app.extensions["bot_sessionmaker"]()
    return g.db


def _close_db(_error: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()  # rolls back anything a view did not commit


def _init_login(app: Flask) -> None:
    manager = LoginManager()
    manager.login_view = "auth.login"
    manager.login_message = "Please log in to continue."
    manager.login_message_category = "info"
    # A session cookie replayed from another address or browser is dropped, not trusted.
    manager.session_protection = "strong"
    manager.user_loader(_load_user)
    manager.init_app(app)


def _load_user(session_id: str) -> LoggedInUser | None:
    """The account behind a session; disabled accounts and changed passwords end the session."""
    user_id = user_id_from_session_id(session_id)
    if user_id is None:
        return None
    user = active_account(get_db(), user_id)
    if user is None or not session_id_matches(user, session_id):
        return None
    return LoggedInUser.from_row(user)


def start_session() -> None:
    """Record when a login happened: sessions end 8 hours after it, however active."""
    session.permanent = True
    session[SESSION_STARTED_KEY] = time.time()


def _end_expired_session() -> None:
    """Flask's cookie lifetime slides with each request; this makes 8 hours an absolute limit."""
    started = session.get(SESSION_STARTED_KEY)
    if started is not None and time.time() - float(started) > SESSION_LIFETIME.total_seconds():
        logout_user()
        session.clear()


def _security_headers(response: Response) -> Response:
    """Headers every page gets unless a view deliberately set its own."""
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Referrer-Policy", "same-origin")
    if request.endpoint != "static":
        # Pages show personal contact data: keep them out of browser and proxy caches.
        headers.setdefault("Cache-Control", "no-store")
    if current_app.extensions["bot_settings"].web_cookie_secure:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response


def _error_page(error: HTTPException) -> tuple[str, int, list[tuple[str, str]]]:
    """A plain page saying what happened, with the status code and headers (Allow, Retry-After) kept."""
    code = error.code or 500
    if isinstance(error, CSRFError):
        title, message = CSRF_PAGE
        detail = error.description
    else:
        title, message = ERROR_PAGES.get(code, (error.name, "The request could not be completed."))
        # Only a description a view gave on purpose is shown; werkzeug's defaults are too technical.
        detail = error.description if error.description != type(error).description else None
    if code == 429:
        detail = None
    headers = [(name, value) for name, value in error.get_headers() if name.lower() != "content-type"]
    return render_template("error.html", code=code, title=title, message=message, detail=detail), code, headers


def org_timezone() -> ZoneInfo:
    """The organisation's time zone (``ORG_TIMEZONE``), for showing times and counting days."""
    return current_app.extensions["bot_timezone"]


def _format_local_time(value: dt.datetime | None) -> Markup:
    """A stored (naive UTC) time in the organisation's zone, kept on one line, machine-readable too."""
    if value is None:
        return Markup("—")
    utc = to_local(value, dt.timezone.utc)
    return Markup('<time class="local-time" datetime="{}">{}</time>').format(
        utc.strftime("%Y-%m-%dT%H:%M:%SZ"), format_local(value, org_timezone())
    )
