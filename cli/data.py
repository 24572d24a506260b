"""Schema, knowledge base, clinic directory and the spaCy pipeline."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bot.config import PROJECT_ROOT, load_settings
from cli.output import complain, say

SAMPLE_CLINICS = PROJECT_ROOT / "data" / "clinics" / "sample_clinics.csv"


def build_nlp(args: argparse.Namespace) -> int:
    from tooling.nlp import build_pipeline

    build_pipeline()
    return 0


def migrate(args: argparse.Namespace) -> int:
    from bot.migrate import upgrade

    upgrade()
    return 0


def load_kb(args: argparse.Namespace) -> int:
    from bot import audit
    from bot.db import session_scope
    from bot.kb.loader import load_knowledge_base
    from bot.kb.source import KbSourceError

    kb_dir = Path(args.kb_dir) if args.kb_dir else load_settings().kb_dir
    try:
        with session_scope() as session:
            report = load_knowledge_base(session, kb_dir, overwrite_conflicts=args.overwrite)
            if report.created or report.updated:
                audit.record(
                    session,
                    None,
                    "entry.load",
                    "knowledge_entry",
                    None,
                    {"created": report.created, "updated": report.updated, "conflicts": report.conflicts},
                )
    except KbSourceError as error:
        logging.error("knowledge base not loaded: %s", error)
        return 2
    say(f"knowledge base: {report.summary()}")
    for slug in report.conflicts:
        say(
            f"  conflict: {slug} was edited in the database; kept the database version "
            f"(use --overwrite to replace it with {kb_dir}/*.yml)"
        )
    return 0


def import_clinics(args: argparse.Namespace) -> int:
    from bot import audit
    from bot.db import session_scope
    from bot.directory.csv_io import CsvImportError, import_csv

    try:
        with open(args.csv, newline="", encoding="utf-8") as stream, session_scope() as session:
            report = import_csv(session, stream)
            audit.record(
                session,
                None,
                "clinic.import",
                "clinic",
                None,
                {"source": Path(args.csv).name, "created": report.created, "updated": report.updated},
            )
    except CsvImportError as error:
        complain(f"{args.csv}: {error}")
        for row in error.report.rejected:
            complain(f"  line {row.line}{f' ({row.ref})' if row.ref else ''}: {row.reason}")
        return 2
    say(f"clinics: {report.summary()}")
    return 0


def export_clinics(args: argparse.Namespace) -> int:
    from bot.db import session_scope
    from bot.directory.csv_io import export_csv

    with session_scope() as session:
        if args.csv == "-":
            count = export_csv(session, sys.stdout)
        else:
            with open(args.csv, "w", newline="", encoding="utf-8") as stream:
                count = export_csv(session, stream)
    complain(f"clinics: {count} rows exported")
    return 0


def setup(args: argparse.Namespace) -> int:
    """Schema, knowledge base and, on an empty directory, the sample clinics."""
    from sqlalchemy import func, select

    from bot.db import session_scope
    from bot.models import Clinic

    args.kb_dir, args.overwrite = None, False
    status = migrate(args) or load_kb(args) or prepare_selection(args)
    if status:
        return status
    with session_scope() as session:
        empty = session.execute(select(func.count(Clinic.id))).scalar_one() == 0
    if empty:
        args.csv = str(SAMPLE_CLINICS)
        return import_clinics(args)
    return 0


def prepare_selection(args: argparse.Namespace) -> int:
    """Fit answer selection once, so the sentence vectors of every published wording are in
    their cache file before the action server's first question (seconds on a first start)."""
    from bot.db import get_engine
    from bot.kb.service import KnowledgeService

    entries = KnowledgeService(get_engine()).refit()
    say(f"answer selection: {entries} published entries ready")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    commands.add_parser(
        "build-nlp", help="build the spaCy pipeline (with the place-name ruler) under var/spacy"
    ).set_defaults(func=build_nlp)
    commands.add_parser("migrate", help="create or upgrade the database schema").set_defaults(func=migrate)
    load = commands.add_parser("load-kb", help="load data/kb/*.yml into the database (idempotent)")
    load.add_argument("--kb-dir", help="folder of topic files (default: data/kb or $KB_DIR)")
    load.add_argument("--overwrite", action="store_true", help="replace entries edited in the database")
    load.set_defaults(func=load_kb)
    commands.add_parser(
        "setup", help="migrate, load the knowledge base, load sample clinics into an empty directory"
    ).set_defaults(func=setup)
    commands.add_parser(
        "prepare-selection", help="fit answer selection now and cache the sentence vectors of published wordings"
    ).set_defaults(func=prepare_selection)
    importer = commands.add_parser("import-clinics", help="import clinics from CSV (all rows valid or nothing)")
    importer.add_argument("csv", help="CSV file in the directory format (see README)")
    importer.set_defaults(func=import_clinics)
    exporter = commands.add_parser("export-clinics", help="export every clinic to CSV")
    exporter.add_argument("csv", help="output file, or - for standard output")
    exporter.set_defaults(func=export_clinics)
