"""Per-account login lock: too many failed logins within a window lock the account for a while.

The per-address rate limit cannot stop many addresses guessing one account's password;
this can. The count lives in the ``users`` table so every web process shares it, and is
changed by single UPDATE statements so concurrent failures are all counted (the row stays
locked until the caller commits). Plain Python (no Flask); nothing here commits.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import case, or_, select, update
from sqlalchemy.orm import Session

from bot.models import User, utcnow

log = logging.getLogger(__name__)
LOCK_COLUMNS = ("failed_logins", "failed_logins_since", "locked_until")


@dataclass(frozen=True)
class LoginThrottle:
    """``max_failures`` failures within ``lock_minutes`` lock the account for ``lock_minutes``.

    ``max_failures`` 0 turns the lock off. Attempts on a locked account are not counted, so a
    lock is never extended; once it ends the account gets a fresh allowance.
    """

    max_failures: int = 5
    lock_minutes: int = 15

    @property
    def window(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.lock_minutes)

    def is_locked(self, user: User, now: dt.datetime | None = None) -> bool:
        """Whether ``user`` is locked at ``now`` (default: the current UTC time)."""
        return user.locked_until is not None and user.locked_until > (now or utcnow())

    def record_failure(self, session: Session, user: User, now: dt.datetime | None = None) -> bool:
        """Count one failed login for ``user``; True if this failure locked the account."""
        if self.max_failures <= 0:
            return False
        now = now or utcnow()
        new_window = or_(User.failed_logins_since.is_(None), User.failed_logins_since <= now - self.window)
        session.execute(
            update(User)
            .where(User.id == user.id)
            .values(
                failed_logins=case((new_window, 1), else_=User.failed_logins + 1),
                failed_logins_since=case((new_window, now), else_=User.failed_logins_since),
            )
            .execution_options(synchronize_session=False)
        )
        failures = session.execute(select(User.failed_logins).where(User.id == user.id)).scalar_one()
        locked = failures >= self.max_failures
        if locked:
            until = now + self.window
            session.execute(
                update(User)
                .where(User.id == user.id)
                .values(failed_logins=0, failed_logins_since=None, locked_until=until)
                .execution_options(synchronize_session=False)
            )
            log.warning(
                "account id %s locked until %s UTC after %d failed logins within %d minutes",
                user.id,
                f"{until:%Y-%m-%d %H:%M:%S}",
                failures,
                self.lock_minutes,
            )
        session.expire(user, list(LOCK_COLUMNS))
        return locked

    @staticmethod
    def unlock(user: User) -> bool:
        """Clear the failure count and any lock (an admin re-enabling the account); True if there was one."""
        locked = user.locked_until is not None or bool(user.failed_logins)
        user.failed_logins, user.failed_logins_since, user.locked_until = 0, None, None
        return locked

    @staticmethod
    def record_success(user: User) -> None:
        """A successful login clears the failure count (the caller has checked the lock)."""
        if user.failed_logins or user.failed_logins_since is not None or user.locked_until is not None:
            user.failed_logins, user.failed_logins_since, user.locked_until = 0, None, None
