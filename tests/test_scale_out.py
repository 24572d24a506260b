"""Two Rasa servers and two action servers sharing PostgreSQL (tracker store) and Redis (lock store).

One conversation's messages alternate between the servers and keep their context: a contact
form half-filled on one server is finished on the other; when a server stops, the other
carries on; a restarted server picks the conversation up where it was.
"""

from __future__ import annotations

import socket
import uuid

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.models import Inquiry
from tests.chat import Conversation, cards, texts
from tests.conftest import require_service
from tooling.stack import Stack, free_port

pytestmark = pytest.mark.servers
REDIS = ("127.0.0.1", 6379)


def redis_reachable() -> bool:
    try:
        with socket.create_connection(REDIS, timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def cluster(trained_model, servers, tracker_database):
    if not redis_reachable():
        require_service("Redis", f"nothing listens on {REDIS[0]}:{REDIS[1]}")
    env = {
        **servers.env,
        "TRACKER_DB_HOST": "127.0.0.1",
        "TRACKER_DB_PORT": "5432",
        "TRACKER_DB_NAME": tracker_database,
        "TRACKER_DB_USER": "postgres",
        "TRACKER_DB_PASSWORD": "",
        "REDIS_HOST": REDIS[0],
        "REDIS_PORT": str(REDIS[1]),
        "REDIS_DB": "3",
    }
    stacks = [
        Stack(
            model=trained_model,
            rasa_port=free_port(),
            action_port=free_port(),
            env=env,
            endpoints="deploy/endpoints.production.yml",
        )
        for _ in range(2)
    ]
    try:
        for stack in stacks:
            stack.start()
        yield stacks
    finally:
        for stack in stacks:
            stack.stop()


def test_a_conversation_alternates_between_servers_and_survives_one_stopping(cluster, servers) -> None:
    first, second = cluster
    sender = f"scale-{uuid.uuid4().hex[:8]}"
    on_first, on_second = Conversation(first.rasa_url, sender), Conversation(second.rasa_url, sender)
    found = cards(on_first.say("Any ketamine clinics near 30301?"))
    assert len(found) >= 2
    assert found[1]["name"] in texts(on_second.say("I'd like the second one to call me"))  # slots from server 1
    assert "e-mail address or a US phone number" in texts(on_first.say("Morgan"))
    assert "good time" in texts(on_second.say("morgan@example.com"))
    assert "know first" in texts(on_first.say("after 5pm"))
    assert "Do you agree" in texts(on_second.say("nothing"))
    assert "Shall I send it?" in texts(on_first.say("/affirm"))
    done = texts(on_second.say("/affirm"))
    reference = done.split("reference is **")[1].split("**")[0]
    with session_scope(servers.engine) as session:
        inquiry = session.execute(select(Inquiry).filter_by(reference=reference)).scalar_one()
        assert inquiry.first_name == "Morgan" and inquiry.clinic.ref == found[1]["ref"]

    cards(on_first.say("clinics near 80202"))
    first.stop()  # one server goes away mid-conversation
    asked = texts(on_second.say("have the first one contact me"))
    assert "first name" in asked  # server 2 knows which clinics server 1 had shown
    assert "Nothing was saved" in texts(on_second.say("never mind"))

    restarted = Stack(
        model=first.model, rasa_port=free_port(), action_port=free_port(), env=first.env, endpoints=first.endpoints
    )
    with restarted:
        again = Conversation(restarted.rasa_url, sender)
        assert "first name" in texts(again.say("contact the second clinic"))  # still knows the Denver results
        assert "Nothing was saved" in texts(again.say("cancel"))
