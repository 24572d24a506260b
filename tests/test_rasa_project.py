"""Rasa's own checks: the training data validates and the test stories pass."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from tooling.stack import RASA


def rasa(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "ACTION_ENDPOINT_URL": "http://127.0.0.1:9/webhook", "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.run([RASA, *args], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=900, env=environment)


@pytest.mark.slow
def test_training_data_validates_without_warnings(tmp_path: Path) -> None:
    result = rasa(
        "data",
        "validate",
        "--fail-on-warnings",
        "--domain",
        "domain.yml",
        "--data",
        "data",
        "--config",
        "config.yml",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


def test_test_stories_pass(trained_model: Path, tmp_path: Path) -> None:
    result = rasa(
        "test",
        "core",
        "--model",
        str(trained_model),
        "--stories",
        "tests/test_stories.yml",
        "--fail-on-prediction-errors",
        "--out",
        str(tmp_path / "results"),
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
