"""Command line: ``python -m bot <command>``. Run ``python -m bot --help`` for the list."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bot.config import PROJECT_ROOT, load_settings

SAMPLE_CLINICS = PROJECT_ROOT / "data" / "clinics" / "sample_clinics.csv"


def _cmd_build_nlp(args: argparse.Namespace) -> int:
    from bot.nlp import build_pipeline

    build_pipeline()
    return 0


def _cmd_migrate(args: argparse.Namespace) -> int:
    from bot.migrate import upgrade

    upgrade()
    return 0


def _cmd_load_kb(args: argparse.Namespace) -> int:
    from bot.db import session_scope
    from bot.kb.loader import load_knowledge_base
    from bot.kb.source import KbSourceError

    kb_dir = Path(args.kb_dir) if args.kb_dir else load_settings().kb_dir
    try:
        with session_scope() as session:
            report = load_knowledge_base(session, kb_dir, overwrite_conflicts=args.overwrite)
    except KbSourceError as error:
        logging.error("knowledge base not loaded: %s", error)
        return 2
    print(f"knowledge base: {report.summary()}")
    for slug in report.conflicts:
        print(f"  conflict: {slug} was edited in the database; kept the database version "
              f"(use --overwrite to replace it with {kb_dir}/*.yml)")
    return 0


def _cmd_import_clinics(args: argparse.Namespace) -> int:
    from bot.db import session_scope
    from bot.directory.csv_io import CsvImportError, import_csv

    try:
        with open(args.csv, newline="", encoding="utf-8") as stream, session_scope() as session:
            report = import_csv(session, stream)
    except CsvImportError as error:
        print(f"{args.csv}: {error}", file=sys.stderr)
        for row in error.report.rejected:
            print(f"  line {row.line}{f' ({row.ref})' if row.ref else ''}: {row.reason}", file=sys.stderr)
        return 2
    print(f"clinics: {report.summary()}")
    return 0


def _cmd_export_clinics(args: argparse.Namespace) -> int:
    from bot.db import session_scope
    from bot.directory.csv_io import export_csv

    with session_scope() as session:
        if args.csv == "-":
            count = export_csv(session, sys.stdout)
        else:
            with open(args.csv, "w", newline="", encoding="utf-8") as stream:
                count = export_csv(session, stream)
    print(f"clinics: {count} rows exported", file=sys.stderr)
    return 0


def _cmd_setup(args: argparse.Namespace) -> int:
    """Schema, knowledge base and, on an empty directory, the sample clinics."""
    from sqlalchemy import func, select

    from bot.db import session_scope
    from bot.models import Clinic

    args.kb_dir, args.overwrite = None, False
    status = _cmd_migrate(args) or _cmd_load_kb(args)
    if status:
        return status
    with session_scope() as session:
        empty = session.execute(select(func.count(Clinic.id))).scalar_one() == 0
    if empty:
        args.csv = str(SAMPLE_CLINICS)
        return _cmd_import_clinics(args)
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    import os
    import time

    from bot.stack import Stack

    stack = Stack(model=Path(args.model), rasa_port=int(os.environ.get("RASA_PORT", "5005")),
                  action_port=int(os.environ.get("ACTION_PORT", "5055")))
    try:
        stack.start()
        print(CHAT_HELP.format(url=stack.rasa_url), flush=True)
        while all(process.poll() is None for process in stack.processes):
            time.sleep(1)
        logging.error("a server stopped unexpectedly; shutting the rest down")
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()


def _cmd_shell(args: argparse.Namespace) -> int:
    import subprocess

    from bot.stack import RASA, Stack, free_port

    stack = Stack(model=Path(args.model), action_port=free_port())
    try:
        stack.start_actions()
        return subprocess.call([RASA, "shell", "--model", args.model, "--endpoints", "endpoints.yml"],
                               env=stack.environment())
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()


CHAT_HELP = """
The assistant is running.
  Rasa server (REST channel): {url}/webhooks/rest/webhook
  Chat in a terminal instead: make shell
  Or send a message:
    curl -s -XPOST {url}/webhooks/rest/webhook -H 'Content-Type: application/json' \\
         -d '{{"sender": "me", "message": "How much does ketamine therapy cost?"}}'
Press Ctrl-C to stop everything.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Ketamine-therapy assistant tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build-nlp", help="build the blank spaCy pipeline under var/spacy").set_defaults(
        func=_cmd_build_nlp)
    commands.add_parser("migrate", help="create or upgrade the database schema").set_defaults(func=_cmd_migrate)
    load = commands.add_parser("load-kb", help="load data/kb/*.yml into the database (idempotent)")
    load.add_argument("--kb-dir", help="folder of topic files (default: data/kb or $KB_DIR)")
    load.add_argument("--overwrite", action="store_true", help="replace entries edited in the database")
    load.set_defaults(func=_cmd_load_kb)
    commands.add_parser("setup", help="migrate, load the knowledge base, load sample clinics into an empty "
                                      "directory").set_defaults(func=_cmd_setup)
    importer = commands.add_parser("import-clinics", help="import clinics from CSV (all rows valid or nothing)")
    importer.add_argument("csv", help="CSV file in the directory format (see README)")
    importer.set_defaults(func=_cmd_import_clinics)
    exporter = commands.add_parser("export-clinics", help="export every clinic to CSV")
    exporter.add_argument("csv", help="output file, or - for standard output")
    exporter.set_defaults(func=_cmd_export_clinics)
    run = commands.add_parser("run", help="start the action server and the Rasa server; Ctrl-C stops both")
    run.add_argument("--model", default="models/assistant.tar.gz", help="trained model to serve")
    run.set_defaults(func=_cmd_run)
    shell = commands.add_parser("shell", help="chat in the terminal (starts its own action server)")
    shell.add_argument("--model", default="models/assistant.tar.gz", help="trained model to use")
    shell.set_defaults(func=_cmd_shell)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
