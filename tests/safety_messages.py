"""The crisis and ordinary messages the safety net is tested on (``tests/test_safety.py``) and the
independent probe is compared against (``tests/test_crisis_probe.py``); the lists, with why each
group is there, are in ``tests/data/safety_messages.yml``."""

from pathlib import Path

import yaml

_LISTS = yaml.safe_load((Path(__file__).parent / "data" / "safety_messages.yml").read_text(encoding="utf-8"))

# The original explicit cases: these must keep working.
EXPLICIT_MESSAGES: list[str] = _LISTS["explicit_messages"]
INDIRECT_CRISIS_MESSAGES: list[str] = _LISTS["indirect_crisis_messages"]
OVERDOSE_MESSAGES: list[str] = (
    _LISTS["overdose_messages"] + _LISTS["spanish_overdose_messages"] + _LISTS["immigrant_language_overdose_messages"]
)
# Spanish crisis messages and ordinary Spanish questions (bot/safety_patterns_es.py).
SPANISH_CRISIS_MESSAGES: list[str] = _LISTS["spanish_crisis_messages"]
# Hmong, Somali, Haitian Creole, Indonesian, Romanian, Cebuano, Ilocano, Samoan, Oromo and Kinyarwanda
# (bot/safety_patterns_hmn.py, _so.py, _ht.py, _id.py, _ro.py, _ceb.py, _ilo.py, _sm.py, _om.py, _rw.py).
IMMIGRANT_LANGUAGE_CRISIS_MESSAGES: list[str] = _LISTS["immigrant_language_crisis_messages"]
# A relative describing warning signs (bot/safety_patterns_en_warning_signs.py).
WARNING_SIGN_MESSAGES: list[str] = _LISTS["warning_sign_crisis_messages"]
CRISIS_MESSAGES = (
    EXPLICIT_MESSAGES
    + INDIRECT_CRISIS_MESSAGES
    + OVERDOSE_MESSAGES
    + SPANISH_CRISIS_MESSAGES
    + IMMIGRANT_LANGUAGE_CRISIS_MESSAGES
    + WARNING_SIGN_MESSAGES
)
# Ordinary questions a visitor sends, many with trigger-ish words.
ORDINARY_MESSAGES: list[str] = (
    _LISTS["ordinary_messages"]
    + _LISTS["spanish_ordinary_messages"]
    + _LISTS["immigrant_language_ordinary_messages"]
    + _LISTS["warning_sign_ordinary_messages"]
)
# In neither list (documented, not asserted): wording that honestly reads both ways.
AMBIGUOUS_MESSAGES: list[str] = _LISTS["ambiguous_messages"]
