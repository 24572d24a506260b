"""How the assistant's processes start, listen and stop: loopback only, gunicorn in
production, secrets required in production, and every child stopped on SIGTERM or SIGHUP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from cryptography.fernet import Fernet

from bot.config import PROJECT_ROOT
from bot.db import make_engine, session_scope
from bot.kb.loader import load_knowledge_base
from bot.migrate import upgrade
from bot.secrets import MissingSecretError
from tests.conftest import KB_DIR
from tooling.stack import PortInUseError, Stack, free_port, port_is_free, wait_until_up

LISTEN = "0A"
PRODUCTION_SECRETS = {
    "REQUIRE_ENV_SECRETS": "true",
    "WEB_SECRET_KEY": "test-" + "k" * 40,
    "CHAT_SESSION_SECRET": "test-" + "c" * 40,
    "INQUIRY_ENCRYPTION_KEY": Fernet.generate_key().decode(),
}


def listening_addresses(port: int) -> set[str]:
    """The local addresses a TCP socket listens on at ``port``, read from /proc/net/tcp and tcp6."""
    addresses = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == LISTEN and int(hex_port, 16) == port:
                if width == 8:
                    addresses.add(socket.inet_ntop(socket.AF_INET, bytes.fromhex(address)[::-1]))
                else:
                    words = b"".join(bytes.fromhex(address[i : i + 8])[::-1] for i in range(0, 32, 8))
                    addresses.add(socket.inet_ntop(socket.AF_INET6, words))
    return addresses


def port_is_closed(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def migrated_database(directory: Path) -> str:
    url = f"sqlite:///{directory / 'assistant.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with session_scope(engine) as session:
        load_knowledge_base(session, KB_DIR)
    engine.dispose()
    return url


@pytest.mark.servers
def test_every_server_listens_on_loopback_only(servers) -> None:
    for port in (servers.rasa_port, servers.action_port, servers.web_port):
        assert listening_addresses(port) == {"127.0.0.1"}, port


def test_the_listening_check_sees_a_socket_open_to_every_interface() -> None:
    with socket.socket() as wide:
        wide.bind(("0.0.0.0", 0))
        wide.listen()
        assert listening_addresses(wide.getsockname()[1]) == {"0.0.0.0"}


@pytest.mark.slow
def test_production_web_server_is_gunicorn_on_loopback_and_serves_pages(tmp_path: Path) -> None:
    stack = Stack(
        model=tmp_path / "unused.tar.gz",
        web_port=free_port(),
        production=True,
        env={"DATABASE_URL": migrated_database(tmp_path), "WEB_WORKERS": "2", **PRODUCTION_SECRETS},
        log_dir=tmp_path / "logs",
    )
    try:
        stack.start_web()
        page = requests.get(stack.web_url + "/login", timeout=10)
        assert page.status_code == 200 and "<form" in page.text
        assert listening_addresses(stack.web_port) == {"127.0.0.1"}
        log = (tmp_path / "logs" / "web.log").read_text()
        assert "gunicorn" in log.lower() and "GET /login" in log
    finally:
        stack.stop()
    assert port_is_closed(stack.web_port)


def test_production_refuses_to_start_without_its_secrets(tmp_path: Path) -> None:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("WEB_SECRET_KEY", "INQUIRY_ENCRYPTION_KEY", "CHAT_SESSION_SECRET")
    }
    environment.update(
        REQUIRE_ENV_SECRETS="true",
        PYTHONPATH=str(PROJECT_ROOT),
        INQUIRY_ENCRYPTION_KEY="not-a-key",
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}",
    )
    result = subprocess.run(
        [sys.executable, "-m", "cli", "production"],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "WEB_SECRET_KEY is not set" in result.stderr and "CHAT_SESSION_SECRET is not set" in result.stderr
    assert "INQUIRY_ENCRYPTION_KEY holds a value that is not a Fernet key" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_web_app_fails_closed_in_production(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from web import create_app

    monkeypatch.setenv("REQUIRE_ENV_SECRETS", "true")
    monkeypatch.delenv("WEB_SECRET_KEY", raising=False)
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", PRODUCTION_SECRETS["INQUIRY_ENCRYPTION_KEY"])
    monkeypatch.setattr("bot.secrets.LOCAL_SECRETS", tmp_path / "never-written.json")
    with pytest.raises(MissingSecretError, match="WEB_SECRET_KEY"):
        create_app(make_engine(f"sqlite:///{tmp_path / 'x.db'}"))
    assert not (tmp_path / "never-written.json").exists()


@pytest.mark.servers
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_stops_every_child_of_bot_run(signum: int, trained_model: Path, tmp_path: Path) -> None:
    ports = {"RASA_PORT": free_port(), "ACTION_PORT": free_port(), "WEB_PORT": free_port()}
    environment = {
        **os.environ,
        **{name: str(port) for name, port in ports.items()},
        "DATABASE_URL": migrated_database(tmp_path),
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    with (tmp_path / "run.log").open("wb") as log:
        parent = subprocess.Popen(
            [sys.executable, "-m", "cli", "run", "--model", str(trained_model)],
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(f"http://127.0.0.1:{ports['RASA_PORT']}/", parent, timeout=300)
            wait_until_up(f"http://127.0.0.1:{ports['WEB_PORT']}/login", parent, timeout=60)
            parent.send_signal(signum)
            assert parent.wait(timeout=60) == 0
        finally:
            if parent.poll() is None:
                parent.kill()
    deadline = time.monotonic() + 10
    while not all(port_is_closed(port) for port in ports.values()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert {name: port_is_closed(port) for name, port in ports.items()} == dict.fromkeys(ports, True)


def test_chosen_ports_are_free_and_below_the_range_outgoing_connections_take_theirs_from() -> None:
    low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    ports = {free_port() for _ in range(20)}
    assert all(port < low for port in ports), ports
    assert len(ports) > 1  # chosen at random, so two test workers do not pick the same one
    with socket.socket() as server:
        server.bind(("127.0.0.1", ports.pop()))  # it really is free


def test_the_port_check_reads_an_ipv6_bind_host_too() -> None:
    """BIND_HOST may be "::" (every interface, IPv6 and IPv4): a free port is free there, a taken one taken."""
    port = free_port()
    assert port_is_free(port, "::") and port_is_free(port, "0.0.0.0")
    with socket.socket(socket.AF_INET6) as server:
        server.bind(("::", port))
        server.listen()
        assert not port_is_free(port, "::") and not port_is_free(port, "127.0.0.1")


def test_the_port_check_names_every_taken_port_in_one_sentence() -> None:
    with socket.socket() as first, socket.socket() as second:
        for squatter in (first, second):
            squatter.bind(("127.0.0.1", free_port()))
            squatter.listen()
        rasa_port, action_port = first.getsockname()[1], second.getsockname()[1]
        stack = Stack(Path("unused.tar.gz"), rasa_port, action_port, web_port=free_port(), host="127.0.0.1")
        with pytest.raises(PortInUseError) as raised:
            stack.check_ports(web=True)
    message = str(raised.value)
    assert message.startswith(f"ports {action_port} (ACTION_PORT), {rasa_port} (RASA_PORT) on 127.0.0.1 ")
    assert "are already in use" in message and "set those variables to free ports" in message
    assert "WEB_PORT" not in message


def test_servers_wait_for_a_slow_action_as_long_as_rasa_does() -> None:
    """A cold action server's first answer can take over Sanic's default 60 s on a busy machine."""
    from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT

    environment = Stack(Path("unused.tar.gz")).environment()
    assert int(environment["SANIC_RESPONSE_TIMEOUT"]) >= DEFAULT_REQUEST_TIMEOUT


def test_run_names_a_taken_port_and_starts_nothing(tmp_path: Path) -> None:
    action_port, web_port = free_port(), free_port()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", free_port()))
        squatter.listen()
        taken = squatter.getsockname()[1]
        environment = {
            **os.environ,
            "PYTHONPATH": str(PROJECT_ROOT),
            "RASA_PORT": str(taken),
            "ACTION_PORT": str(action_port),
            "WEB_PORT": str(web_port),
            "DATABASE_URL": migrated_database(tmp_path),
        }
        finished = subprocess.run(
            [sys.executable, "-m", "cli", "run"],
            cwd=PROJECT_ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert finished.returncode == 1
    assert f"port {taken} (RASA_PORT) on 127.0.0.1 is already in use" in finished.stderr
    assert "Traceback" not in finished.stderr
    assert port_is_closed(action_port) and port_is_closed(web_port)
