"""Running the assistant: everything at once (``run``), the terminal chat, the web app, alone."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import subprocess
import time
from pathlib import Path
from types import FrameType

from cli.output import say

CHAT_HELP = """
The assistant is running.
  Demo page with the chat:         {web}/
  Staff log-in (portal, admin):    {web}/login   (first admin: python -m cli create-user --role admin --email you@example.org)
  Rasa server (REST channel):      {rasa}/webhooks/rest/webhook
  Chat in a terminal instead:      make shell
  Or send a message:
    curl -s -XPOST {rasa}/webhooks/rest/webhook -H 'Content-Type: application/json' \\
         -d '{{"sender": "me", "message": "How much does ketamine therapy cost?"}}'
Press Ctrl-C to stop everything.
"""


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def stop_on_signals() -> None:
    """SIGTERM (a process manager, ``docker stop``) and SIGHUP (a closed terminal) stop every
    child exactly as Ctrl-C does, instead of leaving them running and holding their ports."""
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _interrupt)


def _serve(*, model: str, production: bool) -> int:
    from tooling.stack import PRODUCTION_ENDPOINTS, PortInUseError, Stack

    stop_on_signals()
    stack = Stack(
        model=Path(model),
        rasa_port=int(os.environ.get("RASA_PORT", "5005")),
        action_port=int(os.environ.get("ACTION_PORT", "5055")),
        web_port=int(os.environ.get("WEB_PORT", "8000")),
        production=production,
        endpoints=PRODUCTION_ENDPOINTS if production else "endpoints.yml",
    )
    try:
        stack.start(web=True, worker=True)
        say(
            CHAT_HELP.format(rasa=stack.rasa_url, web=stack.web_url)
            if not production
            else f"serving: web {stack.web_url}, Rasa {stack.rasa_url}, actions {stack.action_url}"
        )
        while all(process.poll() is None for process in stack.processes):
            time.sleep(1)
        logging.error("a server stopped unexpectedly; shutting the rest down")
        return 1
    except PortInUseError as error:
        logging.error("%s", error)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        for signum in (signal.SIGTERM, signal.SIGHUP):  # a second signal must not cut the shutdown short
            signal.signal(signum, signal.SIG_IGN)
        stack.stop()


def run(args: argparse.Namespace) -> int:
    return _serve(model=args.model, production=False)


def production(args: argparse.Namespace) -> int:
    """Everything behind nginx: secrets checked first, gunicorn, the SQL tracker store and Redis locks."""
    from bot.secrets import check_secrets

    check_secrets()
    return _serve(model=args.model, production=True)


def shell(args: argparse.Namespace) -> int:
    from tooling.stack import Stack, free_port, quiet

    stack = Stack(model=Path(args.model), action_port=free_port())
    try:
        stack.start_actions()
        return subprocess.call(
            quiet("tooling.rasa_cli", "shell", "--model", args.model, "--endpoints", "endpoints.yml"),
            env=stack.environment(),
        )
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "run", help="start the action server, Rasa server, web app and outbox worker; Ctrl-C stops them all"
    )
    parser.add_argument("--model", default="models/assistant.tar.gz", help="trained model to serve")
    parser.set_defaults(func=run)
    parser = commands.add_parser(
        "production",
        help="start every process for production (gunicorn web app, Rasa "
        "with deploy/endpoints.production.yml); SIGTERM stops them all",
    )
    parser.add_argument("--model", default="models/assistant.tar.gz", help="trained model to serve")
    parser.set_defaults(func=production)
    parser = commands.add_parser("shell", help="chat in the terminal (starts its own action server)")
    parser.add_argument("--model", default="models/assistant.tar.gz", help="trained model to use")
    parser.set_defaults(func=shell)
