"""Property-based fuzzing of the real REST channel: no 5xx, no crash, no traceback in a reply."""

from __future__ import annotations

import json

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.servers

TRIED = {"count": 0}
FRAGMENTS = [
    "'; DROP TABLE knowledge_entries; --",
    '" OR 1=1 --',
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{7*7}}",
    "${jndi:ldap://x}",
    "../../etc/passwd",
    "/restart",
    '/ask_cost{"faq_entry": "\' OR 1=1"}',
    '/contact_clinic{"clinic_id": 12}',
    "%s%s%n",
    "مرحبا كيف حالك",
    "שלום",
    "кетамин стоимость",
    "ケタミン",
    "🧠💊🙂" * 20,
    "\u202e\u200f",
    "\x00\x01\x02",
    "ketamine " * 300,
    " " * 5000,
]
messages = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(whitelist_categories=("Cc", "Cf", "Zs", "So", "Lo")), max_size=200),
    st.sampled_from(FRAGMENTS),
    st.tuples(st.sampled_from(FRAGMENTS), st.text(max_size=50)).map("".join),
)
metadata = st.one_of(
    st.none(),
    st.dictionaries(
        st.text(max_size=10),
        st.one_of(
            st.text(max_size=20),
            st.integers(),
            st.floats(allow_nan=True),
            st.none(),
            st.fixed_dictionaries({"latitude": st.floats(allow_nan=True), "longitude": st.floats(allow_nan=True)}),
        ),
        max_size=3,
    ),
)


def check(response: requests.Response) -> None:
    TRIED["count"] += 1
    assert response.status_code < 500, response.text[:300]
    assert "Traceback" not in response.text and "Error:" not in response.text


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(message=messages, meta=metadata)
def test_any_message_gets_a_reply(servers, message: str, meta) -> None:
    body = {"sender": "fuzz", "message": message}
    if meta is not None:
        body["metadata"] = meta
    response = requests.post(
        servers.rasa_url + "/webhooks/rest/webhook",
        data=json.dumps(body),
        headers={"Content-Type": "application/json"},
        timeout=60,
    )
    check(response)
    if response.status_code == 200:
        replies = response.json()
        assert replies and all(reply.get("text") or reply.get("buttons") for reply in replies)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(str.encode),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda children: (
                st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
            ),
            max_leaves=8,
        ).map(lambda value: json.dumps(value).encode()),
    ),
    content_type=st.sampled_from(
        ["application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""]
    ),
)
def test_malformed_bodies_and_content_types_never_fail_the_server(servers, body: bytes, content_type: str) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    check(requests.post(servers.rasa_url + "/webhooks/rest/webhook", data=body, headers=headers, timeout=60))
