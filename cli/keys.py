"""Encryption-key rotation for stored contact data and webhook secrets."""

from __future__ import annotations

import argparse
import os

from cli.output import say

KEY_NAME = "INQUIRY_ENCRYPTION_KEY"


def rotate_key(args: argparse.Namespace) -> int:
    """Re-encrypt everything under the newest key, then retire the others.

    With the key in the environment, put the new key first (``new,old``), run this, then
    set ``INQUIRY_ENCRYPTION_KEY=new``: the command cannot edit a process manager's
    environment. With the generated local key, ``--generate`` makes the new key and the
    command retires the old one itself.
    """
    from cryptography.fernet import Fernet, InvalidToken

    from bot.config import load_settings
    from bot.crypto import rotate, split_keys
    from bot.db import get_engine
    from bot.models import Base
    from bot.secrets import get_secret, set_local_secret

    from_environment = bool(os.environ.get(KEY_NAME))
    if args.generate and from_environment:
        say(f"{KEY_NAME} comes from the environment: put a new key first there (new,old), then run without --generate")
        return 2
    keys = split_keys(get_secret(KEY_NAME))
    if args.generate:
        keys = [Fernet.generate_key().decode(), *keys]
    try:
        with get_engine(load_settings().database_url).begin() as connection:
            count = rotate(connection, Base.metadata, ",".join(keys))
    except InvalidToken:
        say(
            f"a stored value opens with none of the keys in {KEY_NAME}; nothing was changed "
            "(keep the key it was written with in the list and run again)"
        )
        return 1
    if not from_environment:
        set_local_secret(KEY_NAME, keys[0])
        say(f"re-encrypted {count} values under a new local key; the old key is retired")
    elif len(keys) > 1:
        say(
            f"re-encrypted {count} values under the first key of {KEY_NAME}; "
            f"now remove the other {len(keys) - 1} key(s) from it and restart"
        )
    else:
        say(f"re-encrypted {count} values; {KEY_NAME} holds one key, so there is nothing to retire")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("rotate-key", help="re-encrypt contact data and webhook secrets under the newest key")
    parser.add_argument(
        "--generate",
        action="store_true",
        help="make a new local key first (machines without the key in the environment)",
    )
    parser.set_defaults(func=rotate_key)
