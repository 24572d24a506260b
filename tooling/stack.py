"""Starts and stops the assistant's processes: action server, Rasa server, web app, outbox worker.

Used by ``python -m cli run`` (what ``make run`` starts), ``python -m cli production`` and
the conversation tests, so all exercise the same start-up path. Rasa is launched as a
program, never imported (the Rasa server through ``tooling.rasa_cli``, which checks action
responses against a validator built once); every program runs through ``tooling.quiet``,
which keeps third-party deprecation notices out of the output. Every server binds
``BIND_HOST`` (default 127.0.0.1, loopback only): in production nginx is the only way in.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import requests

from bot.config import PROJECT_ROOT, parse_origins

log = logging.getLogger(__name__)

RASA = str(Path(sys.executable).with_name("rasa"))
PRODUCTION_ENDPOINTS = "deploy/endpoints.production.yml"
KEEP_ALIVE_SECONDS = 75  # longer than any client's idle keep-alive (aiohttp 15 s, nginx upstream 60 s)
#: As long as Rasa waits for the action server (``rasa.core.constants.DEFAULT_REQUEST_TIMEOUT``).
RESPONSE_TIMEOUT_SECONDS = 300


def quiet(module: str, *arguments: str) -> list[str]:
    """The command that runs ``python -m module arguments…`` without third-party deprecation notices."""
    return [sys.executable, "-m", "tooling.quiet", module, *arguments]


EPHEMERAL_PORTS = Path("/proc/sys/net/ipv4/ip_local_port_range")
LOWEST_CHOSEN_PORT = 10000  # above the well-known and most registered servers' ports (5432, 6379, 8000…)


class PortInUseError(RuntimeError):
    """A server's port is taken: say so before starting anything (Rasa would only exit 0)."""


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """Whether a server could bind ``port`` on ``host`` right now.

    SO_REUSEADDR as every server here sets it: a port whose last connections linger in TIME_WAIT
    after a stop is free to them.
    """
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:  # BIND_HOST may be "::"
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
        return True


def _ephemeral_range() -> tuple[int, int]:
    try:
        low, high = EPHEMERAL_PORTS.read_text().split()
        return int(low), int(high)
    except (OSError, ValueError):
        return 32768, 60999  # Linux's default


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now, below the ephemeral range.

    ``bind(0)`` hands out a port from the ephemeral range, the range every outgoing connection
    takes its own port from: between the probe and the server's bind, a client socket could take
    it (one test run lost a restarted Rasa server that way; Rasa then exits 0). Below that range
    a port is only ever taken by a server that asks for it.
    """
    chooser = random.SystemRandom()  # not the seeded ``random``: parallel test workers must differ
    low = _ephemeral_range()[0]
    for _ in range(200):
        port = chooser.randrange(LOWEST_CHOSEN_PORT, low)
        if port_is_free(port):
            return port
    with socket.socket() as probe:  # every sampled port busy: let the kernel choose
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout: float) -> None:
    """Poll ``url`` until it answers 200; fail early if the process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            command = process.args[:5] if isinstance(process.args, (list, tuple)) else process.args
            raise RuntimeError(f"{command!s} exited with {process.returncode} before {url} answered")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


def http_api_arguments(environment: dict[str, str]) -> list[str]:
    """Rasa's HTTP API stays closed unless ``RASA_API_TOKEN`` or ``RASA_JWT_SECRET`` is set, and then requires it.

    The token goes in ``?token=``; a JWT (HS256, payload ``{"user": {"username": …, "role": "admin"}}``)
    in ``Authorization: Bearer``. Never the API without one of them.
    """
    token, jwt_secret = environment.get("RASA_API_TOKEN", ""), environment.get("RASA_JWT_SECRET", "")
    if not (token or jwt_secret):
        return []
    # "--option=value": a secret may start with "-", which argparse would take for an option.
    arguments = ["--enable-api"]
    if token:
        arguments.append(f"--auth-token={token}")
    if jwt_secret:
        arguments += [f"--jwt-secret={jwt_secret}", "--jwt-method", "HS256"]
    return arguments


@dataclass
class Stack:
    """An action server and a Rasa server (REST channel) on loopback."""

    model: Path
    rasa_port: int = 5005
    action_port: int = 5055
    web_port: int = 8000
    endpoints: str = "endpoints.yml"
    host: str = field(default_factory=lambda: os.environ.get("BIND_HOST", "127.0.0.1"))
    production: bool = False  # gunicorn for the web app; pass PRODUCTION_ENDPOINTS for Rasa
    env: dict[str, str] = field(default_factory=dict)
    log_dir: Path | None = None
    processes: list[subprocess.Popen] = field(default_factory=list)
    _logs: list[IO] = field(default_factory=list)

    @property
    def reach(self) -> str:
        """The address the processes are reached at from this machine."""
        return "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host

    @property
    def rasa_url(self) -> str:
        return f"http://{self.reach}:{self.rasa_port}"

    @property
    def web_url(self) -> str:
        return f"http://{self.reach}:{self.web_port}"

    @property
    def action_url(self) -> str:
        return f"http://{self.reach}:{self.action_port}/webhook"

    def environment(self) -> dict[str, str]:
        environment = {**os.environ, **self.env}
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), environment.get("PYTHONPATH")]))
        environment["ACTION_ENDPOINT_URL"] = self.action_url
        # The chat widget on the web app's pages talks to this Rasa server, and only those pages may.
        environment.setdefault("CHAT_SERVER_URL", self.rasa_url)
        environment.setdefault("CORS_ORIGINS", f"http://localhost:{self.web_port},http://127.0.0.1:{self.web_port}")
        # Rasa's HTTP client (aiohttp) reuses an idle connection to the action server for up to 15 s,
        # but Sanic closes it after 5 s: a request sent as the server closes fails and the turn loses
        # its reply. Servers that keep idle connections longer than their clients never race them.
        environment.setdefault("SANIC_KEEP_ALIVE_TIMEOUT", str(KEEP_ALIVE_SECONDS))
        # A fresh action server loads answer selection on its first message (3.5 s on an idle
        # machine, over a minute on a busy one): past Sanic's 60 s default the visitor got a 503.
        environment.setdefault("SANIC_RESPONSE_TIMEOUT", str(RESPONSE_TIMEOUT_SECONDS))
        environment["SANIC_HOST"] = self.host  # what rasa_sdk's action server binds (its default is 0.0.0.0)
        # Each server answers many conversations at once on few cores: one BLAS thread per product.
        # OpenBLAS's own threads, contending with the other server for the same cores, made a
        # 3,000-row matrix-vector product ten times slower (0.5 ms against 5-7 ms under load).
        environment.setdefault("OPENBLAS_NUM_THREADS", "1")
        environment.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        environment.setdefault("RASA_TELEMETRY_ENABLED", "false")
        environment.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
        return environment

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen:
        output = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            output = open(self.log_dir / f"{name}.log", "ab")
            self._logs.append(output)
        process = subprocess.Popen(
            args,
            cwd=PROJECT_ROOT,
            env=self.environment(),
            stdout=output,
            stderr=subprocess.STDOUT if output else None,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def start_actions(self, timeout: float = 120) -> None:
        process = self._spawn(
            "actions", quiet("rasa", "run", "actions", "--actions", "actions", "--port", str(self.action_port))
        )
        wait_until_up(f"http://{self.reach}:{self.action_port}/health", process, timeout)

    def start_rasa(self, timeout: float = 300) -> None:
        # The channels are public; browsers may call them from the CORS_ORIGINS pages alone.
        environment = self.environment()
        origins = parse_origins(environment["CORS_ORIGINS"])
        process = self._spawn(
            "rasa",
            quiet(
                "tooling.rasa_cli",
                "run",
                "--model",
                str(self.model),
                "--port",
                str(self.rasa_port),
                "--interface",
                self.host,
                "--credentials",
                "credentials.yml",
                "--endpoints",
                self.endpoints,
                *(["--cors", *origins] if origins else []),
                *http_api_arguments(environment),
            ),
        )
        wait_until_up(self.rasa_url + "/", process, timeout)

    def start_web(self, timeout: float = 60) -> None:
        if self.production:  # gunicorn workers; WEB_WORKERS of them (default 2)
            workers = self.environment().get("WEB_WORKERS", "2")
            args = quiet(
                "gunicorn",
                "--bind",
                f"{self.host}:{self.web_port}",
                "--workers",
                workers,
                "--graceful-timeout",
                "20",
                "--access-logfile",
                "-",
                "web:create_app()",
            )
        else:
            args = quiet("web", "--host", self.host, "--port", str(self.web_port))
        process = self._spawn("web", args)
        wait_until_up(self.web_url + "/login", process, timeout)

    def start_worker(self) -> None:
        self._spawn("outbox", quiet("cli", "outbox-worker"))

    def check_ports(self, *, web: bool) -> None:
        """Raise :class:`PortInUseError` naming each taken port and the variable that moves it."""
        wanted = {"ACTION_PORT": self.action_port, "RASA_PORT": self.rasa_port}
        if web:
            wanted["WEB_PORT"] = self.web_port
        taken = [f"{port} ({variable})" for variable, port in wanted.items() if not port_is_free(port, self.host)]
        if taken:
            one = len(taken) == 1
            raise PortInUseError(
                f"{'port' if one else 'ports'} {', '.join(taken)} on {self.host} {'is' if one else 'are'} already "
                "in use, perhaps by another copy of the assistant: stop it, or set "
                f"{'that variable to a free port' if one else 'those variables to free ports'}"
            )

    def start(self, *, web: bool = False, worker: bool = False) -> Stack:
        """Start the action server and Rasa server, and optionally the web app and outbox worker."""
        self.check_ports(web=web)
        try:
            self.start_actions()
            if web:
                self.start_web()
            if worker:
                self.start_worker()
            self.start_rasa()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop every process this stack started (the whole process group of each)."""
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes.clear()
        for handle in self._logs:
            handle.close()
        self._logs.clear()

    def __enter__(self) -> Stack:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
