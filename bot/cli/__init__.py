"""Command line: ``python -m bot <command>``; ``python -m bot --help`` lists the commands.

Each module adds its commands to the parser; heavy imports happen inside the commands,
so ``--help`` is instant and no command pays for another's dependencies.
"""
from __future__ import annotations

import argparse
import logging

from bot.cli import accounts, data, inquiries, servers


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Ketamine-therapy assistant tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    for module in (data, servers, accounts, inquiries):
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return args.func(args)
