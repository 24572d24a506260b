"""Key rotation: every encrypted value re-encrypted under the newest key, the old key retired."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import select, text

from bot.crypto import _fernet
from bot.db import session_scope
from bot.inquiries.service import NewInquiry, save_inquiry
from bot.models import Clinic, Inquiry
from cli import main
from tests.clinic_factory import make_clinic

OLD, NEW = Fernet.generate_key().decode(), Fernet.generate_key().decode()


def raw_tokens(engine) -> list[str]:
    with engine.connect() as connection:
        inquiry = connection.execute(text("SELECT first_name, contact, preferred_time, note FROM inquiries")).one()
        secret = connection.execute(text("SELECT webhook_secret FROM clinics")).scalar_one()
    return [*inquiry, secret]


def store_encrypted(engine) -> None:
    with session_scope(engine) as session:
        clinic = make_clinic("c1", 33.7, -84.4)
        clinic.webhook_url, clinic.webhook_secret = "https://c1.example/hook", "hook-secret"
        session.add(clinic)
        session.flush()
        save_inquiry(
            session,
            NewInquiry(
                clinic_ref="c1",
                first_name="Sam",
                contact="sam@example.com",
                contact_kind="email",
                preferred_time="mornings",
                note="IV please",
            ),
        )


def read_back(engine) -> tuple[str, str, str]:
    with session_scope(engine) as session:
        inquiry = session.execute(select(Inquiry)).scalar_one()
        secret = session.execute(select(Clinic.webhook_secret)).scalar_one()
        return inquiry.first_name, inquiry.contact, secret


@pytest.fixture
def database_url(engine, monkeypatch: pytest.MonkeyPatch) -> str:
    url = engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def test_rotation_with_keys_from_the_environment(
    engine, database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", OLD)
    store_encrypted(engine)
    before = raw_tokens(engine)
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", f"{NEW},{OLD}")
    assert main(["rotate-key"]) == 0
    assert "re-encrypted 5 values" in capsys.readouterr().out
    after = raw_tokens(engine)
    assert all(old != new for old, new in zip(before, after, strict=True))
    for token in after:  # the new key alone opens everything; the old one nothing
        Fernet(NEW.encode()).decrypt(token.encode())
        with pytest.raises(InvalidToken):
            Fernet(OLD.encode()).decrypt(token.encode())
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", NEW)
    assert read_back(engine) == ("Sam", "sam@example.com", "hook-secret")


def test_generated_local_key_is_replaced_and_the_old_one_retired(
    engine, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INQUIRY_ENCRYPTION_KEY", raising=False)
    monkeypatch.setattr("bot.secrets.LOCAL_SECRETS", tmp_path / "local-secrets.json")
    (tmp_path / "local-secrets.json").write_text(json.dumps({"INQUIRY_ENCRYPTION_KEY": OLD}))
    store_encrypted(engine)
    assert main(["rotate-key", "--generate"]) == 0
    stored = json.loads((tmp_path / "local-secrets.json").read_text())["INQUIRY_ENCRYPTION_KEY"]
    assert stored != OLD and "," not in stored
    assert read_back(engine) == ("Sam", "sam@example.com", "hook-secret")
    for token in raw_tokens(engine):
        with pytest.raises(InvalidToken):
            Fernet(OLD.encode()).decrypt(token.encode())


def test_a_value_no_key_opens_stops_the_rotation_and_changes_nothing(
    engine, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", OLD)
    store_encrypted(engine)
    before = raw_tokens(engine)
    unrelated = Fernet.generate_key().decode()
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", f"{NEW},{unrelated}")
    assert main(["rotate-key"]) == 1
    assert raw_tokens(engine) == before


def test_generate_refuses_when_the_key_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", OLD)
    assert main(["rotate-key", "--generate"]) == 2
    assert "put a new key first" in capsys.readouterr().out
    _fernet.cache_clear()
