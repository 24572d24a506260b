"""Builds the spaCy pipeline Rasa's ``SpacyNLP`` loads: a blank English pipeline, no download."""
from __future__ import annotations

import logging
from pathlib import Path

import spacy

from bot.config import VAR_DIR

log = logging.getLogger(__name__)

PIPELINE_DIR = VAR_DIR / "spacy" / "en_assistant"


def build_pipeline(target: Path = PIPELINE_DIR) -> Path:
    """Write the pipeline to ``target`` (the path ``config.yml`` names) and return it."""
    nlp = spacy.blank("en")
    nlp.meta["name"] = "assistant"
    nlp.meta["description"] = "Blank English tokenizer for the ketamine-therapy assistant."
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    log.info("spaCy pipeline written to %s", target)
    return target
