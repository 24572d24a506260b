"""The command line, run as a person would run it, against a fresh SQLite database."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from tests.conftest import SAMPLE_CLINICS, published_entries

#: How many published entries `setup` loads from the shipped knowledge base.
PUBLISHED = len(published_entries())


def bot(*args: str, env: dict, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=PROJECT_ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("cli")
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{folder / 'cli.db'}",
        "INQUIRY_ENCRYPTION_KEY": "x8mQdkE1vB3ZyqJzq4bqQ5w5q7Q0b2m8GJ4bqk3y0Xo=",
        "TF_CPP_MIN_LOG_LEVEL": "3",
    }
    result = bot("setup", env=environment)
    assert result.returncode == 0, result.stderr
    assert "knowledge base: " in result.stdout and "clinics: 181 created" in result.stdout
    return environment


def test_setup_is_idempotent(env: dict) -> None:
    again = bot("setup", env=env)
    assert again.returncode == 0 and "0 created" in again.stdout and "clinics:" not in again.stdout
    assert f"answer selection: {PUBLISHED} published entries ready" in again.stdout


def test_prepare_selection_caches_the_published_wordings_vectors(env: dict, tmp_path: Path) -> None:
    prepared = bot("prepare-selection", env={**env, "SENTENCE_CACHE_DIR": str(tmp_path / "vectors")})
    assert prepared.returncode == 0, prepared.stderr
    assert f"answer selection: {PUBLISHED} published entries ready" in prepared.stdout
    assert (tmp_path / "vectors" / "all-MiniLM-L6-v2.knowledge-base.npz").stat().st_size > PUBLISHED * 384 * 4


def test_create_users(env: dict) -> None:
    created = bot(
        "create-user",
        "--email",
        "Admin@Example.org",
        "--role",
        "admin",
        "--password-stdin",
        env=env,
        stdin="correct horse battery staple\n",
    )
    assert created.returncode == 0 and "created admin account admin@example.org" in created.stdout
    short = bot(
        "create-user", "--email", "x@example.org", "--role", "admin", "--password-stdin", env=env, stdin="short\n"
    )
    assert short.returncode == 2 and "No account was created" in short.stderr
    clinic = bot(
        "create-user",
        "--email",
        "staff@clinic.example",
        "--role",
        "clinic",
        "--clinic",
        "sample-atl-004",
        "--password-stdin",
        env=env,
        stdin="another long password 123\n",
    )
    assert clinic.returncode == 0, clinic.stderr


def test_import_reports_bad_rows_and_changes_nothing(env: dict, tmp_path: Path) -> None:
    with SAMPLE_CLINICS.open(newline="", encoding="utf-8") as stream:
        reader = csv.DictReader(stream)
        rows = [next(reader), next(reader)]
        fields = reader.fieldnames
    rows[0] = {**rows[0], "ref": "brand-new-clinic"}
    rows[1] = {**rows[1], "npi": "1111111111"}
    path = tmp_path / "bad.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    result = bot("import-clinics", str(path), env=env)
    assert result.returncode == 2
    assert "line 3" in result.stderr and "NPI" in result.stderr
    exported = tmp_path / "out.csv"
    assert bot("export-clinics", str(exported), env=env).returncode == 0
    assert "brand-new-clinic" not in exported.read_text()
    assert len(exported.read_text().splitlines()) == 182


def test_purge_and_outbox_commands_run(env: dict) -> None:
    purged = bot("purge-inquiries", "--older-than-days", "30", env=env)
    assert purged.returncode == 0 and "0 older than 30 days purged" in purged.stdout
    everything = bot("purge", env={**env, "TRACKER_DATABASE_URL": "", "TRACKER_DB_HOST": ""})
    assert everything.returncode == 0, everything.stderr
    assert "conversations: no SQL tracker store" in everything.stdout  # make run: conversations in memory only
    assert "inquiries: 0 older than 180 days purged" in everything.stdout
    delivered = bot("deliver-outbox", env=env)
    assert delivered.returncode == 0 and delivered.stdout.startswith("outbox: 0 sent")
