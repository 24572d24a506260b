"""A tiny client for Rasa's REST channel, as a website or app would use it."""

from __future__ import annotations

import json
import re
import uuid

import requests

CARD_MILES = re.compile(r"^\*\*(.+?)\*\*: ([\d.]+) miles", re.M)
#: An ordinary question with no crisis language that the trained intent classifier nonetheless
#: puts in ``crisis`` (so the crisis resources come first, then its answer).
CLASSIFIER_ONLY_CRISIS = "i gave away my old clothes. how much does one ketamine infusion cost"
#: The same for a question no entry answers outright but entries come close to (a safe visitor's
#: question from the 500 examples measured on 2026-12-05, docs/crisis-safety-history.md; crisis 0.97).
CLASSIFIER_ONLY_CRISIS_NEAR = "Does it make you dizzy? I fall easily."
#: The same for an answer to the contact form's last question (a note for the clinic).
CLASSIFIER_ONLY_CRISIS_NOTE = "leave a note that i prefer texts"
#: The same for an answer to "where should I look?" that names a place.
CLASSIFIER_ONLY_CRISIS_PLACE = "Denver. my car died last year and I don't drive anymore"
#: What every crisis reply holds: 988, 911, the Crisis Text Line and the Veterans Crisis Line.
CRISIS_LINES = ("988", "911", "741741", "press 1")
#: A hurried question the classifier gives some crisis weight (about 0.37 since 2026-12-05; the one before,
#: "How long is the wait for a consult? ... I'm fed up with feeling this way", fell to 0.003 when short
#: everyday examples joined the classifier's), short of the crisis response.
CHECK_IN_QUESTION = (
    "Anxiety makes it impossible to drive on the highway and my commute is 40 minutes. I need help sooner than"
    " my therapist can give it. How fast does ketamine work?"
)


class Conversation:
    def __init__(self, base_url: str, sender: str | None = None) -> None:
        self.url = base_url + "/webhooks/rest/webhook"
        self.sender = sender or f"test-{uuid.uuid4().hex[:10]}"

    def say(self, message: str, metadata: dict | None = None) -> list[dict]:
        body = {"sender": self.sender, "message": message}
        if metadata is not None:
            body["metadata"] = metadata
        # A guard against a hung server, not a measure: on a loaded 2-core machine one turn once took over 60 s.
        response = requests.post(self.url, json=body, timeout=120)
        response.raise_for_status()
        return response.json()


def entry_of(button: dict) -> str | None:
    """The slug an entry button asks for (a suggested question or a did-you-mean choice); None for others."""
    payload = button["payload"]
    if not payload.startswith("/ask_question{"):
        return None
    return json.loads(payload.split("ask_question", 1)[1]).get("faq_entry")


def texts(replies: list[dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)


def heading(text: str) -> str:
    """An answer's bold heading: the question it answers ("" when the reply has none)."""
    first, _, _ = text.partition("\n\n")
    return first[2:-2] if first.startswith("**") and first.endswith("**") else ""


def answer_body(text: str) -> str:
    """An answer's text without its heading."""
    return text.partition("\n\n")[2] if heading(text) else text


def cards(replies: list[dict]) -> list[dict]:
    """The clinic cards among the replies, with name, miles and ref (from the contact button)."""
    found = []
    for reply in replies:
        match = CARD_MILES.search(reply.get("text", ""))
        if match:
            [button] = reply["buttons"]
            ref = json.loads("{" + button["payload"].split("{", 1)[1])["clinic_id"]
            found.append(
                {
                    "name": match.group(1),
                    "miles": float(match.group(2)),
                    "ref": ref,
                    "text": reply["text"],
                    "button": button["title"],
                }
            )
    return found


def start_after_search(chat: Conversation) -> list[dict]:
    """The clinic cards of a search near Atlanta (at least two), the usual start of a contact request."""
    found = cards(chat.say("Any ketamine clinics near 30301?"))
    assert len(found) >= 2
    return found
