"""Each contact/address rule is defined once (bot/rules.py, bot/directory/npi.py) on a maintained
library, and the server's and the widget's Markdown renderers agree on one set of cases."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.directory.npi import is_valid_npi, npi_check_digit
from bot.inquiries.contact import InvalidContact, parse_contact
from bot.kb.markdown import to_html
from bot.redact import EMAIL_MARK, PHONE_MARK, scrub_contact_details
from bot.rules import find_zip, format_us_phone, is_email, normalise_email, phone_e164, state_code, us_state_codes, zip5

ROOT = Path(__file__).resolve().parent.parent
CASES = json.loads((ROOT / "tests" / "markdown_cases.json").read_text(encoding="utf-8"))
# The widget's safe rendering (render.js) and the inquiry reference it shows (reference.js): no page needed.
WIDGET_PARTS = [ROOT / "web" / "static" / "widget" / name for name in ("render.js", "reference.js")]


# ------------------------------------------------------------------ e-mail


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("Jo.Smith+ket@Example.org", "jo.smith+ket@example.org"),  # plus-addressing kept, one case
        ("  sam@example.com ", "sam@example.com"),
        ("jörg@bücher.de", "jörg@bücher.de"),  # international address (SMTPUTF8, IDNA domain)
        ("intake@c1.example", "intake@c1.example"),
    ],
)
def test_valid_email_addresses_are_normalised(typed: str, expected: str) -> None:
    assert normalise_email(typed) == expected and is_email(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "sam@example",
        "a..b@example.org",
        "jo@site.test",
        "jo@localhost",
        "@example.org",
        "jo@example.org.",
        "x" * 250 + "@example.org",
        "",
        None,
        "user@[127.0.0.1]",
    ],
)
def test_invalid_email_addresses_are_refused(typed) -> None:
    assert normalise_email(typed) is None


def test_the_contact_form_complains_about_an_incomplete_address_by_name() -> None:
    with pytest.raises(InvalidContact, match='"sam@example" doesn\'t look like a complete e-mail address'):
        parse_contact("it's sam@example")


def test_redaction_finds_addresses_in_free_text_but_not_lookalikes() -> None:
    assert scrub_contact_details("mail:jo@example.org, or (ann@clinic.example).") == (
        f"mail:{EMAIL_MARK}, or ({EMAIL_MARK})."
    )
    assert scrub_contact_details("ketamine@home? a@b and 5@ clinics") == "ketamine@home? a@b and 5@ clinics"


# ------------------------------------------------------------------ phone numbers


@pytest.mark.parametrize(
    "typed, shown",
    [
        ("404-555-0123", "(404) 555-0123"),
        ("+1 (404) 555 0123", "(404) 555-0123"),
        ("1-404-555-0123", "(404) 555-0123"),
        ("404.555.0123", "(404) 555-0123"),
    ],
)
def test_us_numbers_are_formatted_the_way_people_write_them(typed: str, shown: str) -> None:
    assert format_us_phone(typed) == shown and phone_e164(typed) == "+14045550123"


@pytest.mark.parametrize(
    "typed",
    ["+44 20 7946 0958", "+49 30 901820", "555-0123", "123-456-7890", "911", "404-555-01234", "555-123-4567", "", None],
)
def test_international_short_and_impossible_numbers_are_not_us_numbers(typed) -> None:
    assert format_us_phone(typed) is None and phone_e164(typed) is None


def test_redaction_hides_international_numbers_and_keeps_dates_and_hotlines() -> None:
    assert scrub_contact_details("ring +44 20 7946 0958") == f"ring {PHONE_MARK}"
    kept = "on 2024-01-15 I texted 741741 and called 988"
    assert scrub_contact_details(kept) == kept


# ------------------------------------------------------------------ NPI (Luhn)


@pytest.mark.parametrize(
    "npi, valid",
    [
        ("1234567893", True),  # the CMS example
        ("1234567890", False),
        ("1234567894", False),  # wrong check digit
        ("3234567893", False),  # must start with 1 or 2
        ("123456789", False),
        ("12345678933", False),
        ("12345678a3", False),
        ("", False),
        (None, False),
    ],
)
def test_npi_check_digit(npi, valid: bool) -> None:
    assert is_valid_npi(npi) is valid


def test_npi_check_digit_matches_the_cms_example() -> None:
    assert npi_check_digit("123456789") == 3


# ------------------------------------------------------------------ ZIP codes and states


@pytest.mark.parametrize(
    "value, expected",
    [
        ("94110", "94110"),
        (" 94110-1234 ", "94110"),
        ("9411", None),
        ("941101", None),
        ("94110-12", None),
        ("94110 1234", None),
        ("", None),
        (None, None),
    ],
)
def test_zip_values(value, expected) -> None:
    assert zip5(value) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("near 30301-1234 please", "30301"),
        ("zip code: 30301", "30301"),
        ("call 404-555-0123", None),
        ("order 123456", None),
        ("I paid $400", None),
    ],
)
def test_zip_in_text(text: str, expected) -> None:
    assert find_zip(text) == expected


def test_state_codes_come_from_the_gazetteer() -> None:
    codes = us_state_codes()
    assert len(codes) == 52 and {"DC", "PR", "AK", "HI"} <= codes
    assert state_code("ga") == "GA" and state_code(" Ny ") == "NY"
    assert state_code("XX") is None and state_code("Georgia") is None and state_code("") is None


# ------------------------------------------------------------------ the rules live in one place

_RULE_HOMES = {"bot/rules.py"}
_EMAIL_REGEX = re.compile(r"(?:re\.compile\(|regex=)[^)\n]*@")
_LUHN = re.compile(r"%\s*10\b.*\*\s*2|luhn", re.IGNORECASE)
_STATE_LIST = re.compile(r"\bAL\W+AK\W+AZ\b")
_ZIP_REGEX = re.compile(r"\\d\{5\}\)?\(\?:-\\d\{4\}\)")


def _sources() -> list[tuple[str, str]]:
    files = [path for folder in ("bot", "actions", "scripts") for path in (ROOT / folder).rglob("*.py")]
    return [(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")) for path in files]


def test_no_module_but_the_rules_home_writes_an_email_zip_or_state_rule() -> None:
    for name, text in _sources():
        if name in _RULE_HOMES:
            continue
        assert not _EMAIL_REGEX.search(text), f"{name} compiles an e-mail pattern: use bot.rules"
        assert not _STATE_LIST.search(text), f"{name} lists the states: use bot.rules.us_state_codes"
        assert not _ZIP_REGEX.search(text), f"{name} writes a ZIP pattern: use bot.rules"


def test_luhn_is_only_python_stdnum() -> None:
    for name, text in _sources():
        code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(("#", '"""')))
        if name != "bot/directory/npi.py":
            assert "luhn" not in code.lower() or "from bot.directory.npi" in code, name
    assert "from stdnum import luhn" in (ROOT / "bot" / "directory" / "npi.py").read_text(encoding="utf-8")


# ------------------------------------------------------------------ Markdown: server and widget agree


class _Normaliser(HTMLParser):
    """HTML reduced to what both renderers promise: tags, link targets and text (no classes,
    rel/target attributes, screen-reader hints or layout newlines)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        href = dict(attrs).get("href")
        self.out.append("<br>" if tag == "br" else f"<{tag}" + (f' href="{_escape(href, True)}"' if href else "") + ">")

    def handle_endtag(self, tag: str) -> None:
        if tag != "br":
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(_escape(data.replace("\n", "")))


def _escape(text: str, quotes: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quotes else text


def _normalised(html: str) -> str:
    parser = _Normaliser()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_the_server_renders_the_shared_markdown_cases(case: dict) -> None:
    assert _normalised(str(to_html(case["markdown"]))) == case.get("server_html", case["html"])


# Runs the widget's own renderMarkdown (render.js, with reference.js for a reference in bold) with a
# minimal DOM on the shared cases and prints [{name, html}] as JSON.
_NODE_HARNESS = r"""
"use strict";
// Runs the widget's own renderMarkdown (render.js, with reference.js) on the shared cases with a
// minimal DOM, and prints [{name, html}] as JSON.
const fs = require("fs");
const vm = require("vm");
const casesPath = process.argv[2];
const partPaths = process.argv.slice(3);

class Text { constructor(text) { this.text = String(text); } }
class Element {
  constructor(tag) { this.tagName = tag.toUpperCase(); this.className = ""; this.childNodes = []; this.attrs = {}; }
  appendChild(child) { this.childNodes.push(child); return child; }
  set textContent(text) { this.childNodes = [new Text(text)]; }
  setAttribute(name, value) { this.attrs[name] = String(value); }
  addEventListener() {}
}
const document = { createElement: (tag) => new Element(tag), createTextNode: (text) => new Text(text),
                   createElementNS: (ns, tag) => new Element(tag) };
const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function serialise(node) {
  if (node instanceof Text) return escape(node.text);
  if (/\bkt-sr\b/.test(node.className)) return "";  // screen-reader-only hints ("opens in a new tab")
  const tag = node.tagName.toLowerCase();
  const href = node.href !== undefined ? ` href="${escape(node.href).replace(/"/g, "&quot;")}"` : "";
  const inner = node.childNodes.map(serialise).join("");
  return tag === "br" ? "<br>" : `<${tag}${href}>${inner}</${tag}>`;
}
const chat = {};
const context = vm.createContext({ document, window: { __ketamineChat: chat }, URL });
for (const path of partPaths) vm.runInContext(fs.readFileSync(path, "utf8"), context, { filename: path });
const cases = JSON.parse(fs.readFileSync(casesPath, "utf8"));
const out = cases.map((c) => {
  const container = new Element("div");
  chat.renderMarkdown(c.markdown, container);
  return { name: c.name, html: container.childNodes.map(serialise).join("") };
});
process.stdout.write(JSON.stringify(out));
"""


def test_the_widget_renders_the_shared_markdown_cases(tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI") == "true":
            pytest.fail("node is needed to test the widget's Markdown renderer")
        pytest.skip("node is not installed")
    harness = tmp_path / "harness.js"
    harness.write_text(_NODE_HARNESS, encoding="utf-8")
    done = subprocess.run(
        [node, str(harness), str(ROOT / "tests" / "markdown_cases.json"), *map(str, WIDGET_PARTS)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    rendered = {item["name"]: item["html"] for item in json.loads(done.stdout)}
    wrong = {case["name"]: rendered[case["name"]] for case in CASES if rendered[case["name"]] != case["html"]}
    assert not wrong
