"""Web-app accounts from the terminal (the first admin, clinic logins)."""

from __future__ import annotations

import argparse
import getpass
import sys

from cli.output import complain, say


def create_user(args: argparse.Namespace) -> int:
    from bot import audit
    from bot.auth import create_user as create
    from bot.db import session_scope

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password (at least 12 characters): ")
        if password != getpass.getpass("Repeat the password: "):
            complain("The passwords differ; no account was created.")
            return 2
    try:
        with session_scope() as session:
            user = create(session, args.email, password, args.role, clinic_ref=args.clinic)
            audit.record(
                session,
                None,
                "user.create",
                "user",
                user.email,
                {"id": user.id, "role": user.role, "clinic": args.clinic, "via": "command line"},
            )
            email, role = user.email, user.role
    except ValueError as error:
        complain(f"No account was created: {error}")
        return 2
    say(f"created {role} account {email}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("create-user", help="create an admin, reviewer, editor or clinic account")
    parser.add_argument("--email", required=True)
    parser.add_argument(
        "--role",
        required=True,
        choices=["admin", "reviewer", "editor", "clinic"],
        help="reviewers publish knowledge-base answers; editors write drafts for review",
    )
    parser.add_argument("--clinic", help="clinic ref (required for --role clinic)")
    parser.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    parser.set_defaults(func=create_user)
