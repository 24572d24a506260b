"""Command line: ``python -m cli <command>``; ``python -m cli --help`` lists the commands.

Each module adds its commands to the parser; heavy imports happen inside the commands,
so ``--help`` is instant and no command pays for another's dependencies.
"""

from __future__ import annotations

import argparse
import logging

from cli import accounts, data, inquiries, keys, servers


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m cli", description="Ketamine-therapy assistant tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    for module in (data, servers, accounts, inquiries, keys):
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    from bot.secrets import exit_code_explaining_secrets

    return exit_code_explaining_secrets(lambda: args.func(args))
