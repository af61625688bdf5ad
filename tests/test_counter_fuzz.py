"""Fuzzing the counter API (bantin_counter.app): any request gets an answer, never a 5xx."""

import json
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bantin_counter.app import Config, CounterApp
from bantin_counter.store_sqlite import SqliteStore

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

ARTICLE = "/2024/03/hoi-nghi-chi-bo.html"
header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=60)
bodies = st.one_of(
    st.binary(max_size=1500),
    st.builds(lambda value: json.dumps({"path": value}).encode(), st.text(max_size=80)),
    st.builds(
        lambda value: json.dumps(value).encode(),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=10),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(st.text(max_size=5), inner, max_size=3)
            ),
            max_leaves=8,
        ),
    ),
    st.just(json.dumps({"path": ARTICLE}).encode()),
    st.builds(lambda depth: b"[" * depth, st.integers(0, 1024)),
)
content_types = st.sampled_from(
    ["text/plain", "text/plain;charset=UTF-8", "application/json", "text/html", "", "TEXT/PLAIN; x"]
)


def test_fuzz_the_api(tmp_path):
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([ARTICLE]), encoding="utf-8")
    store = SqliteStore(str(tmp_path / "counter.sqlite3"))
    app = CounterApp(
        store, Config(manifest=str(manifest), origin="https://bantin.example.vn", token="t")
    )
    with TestClient(app.starlette(), raise_server_exceptions=False) as client:

        @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
        @given(
            body=bodies,
            content_type=content_types,
            agent=header_text,
            origin=st.one_of(st.none(), st.just("https://bantin.example.vn"), header_text),
            forwarded=st.one_of(st.none(), header_text),
            purpose=st.one_of(st.none(), header_text),
        )
        def post(body, content_type, agent, origin, forwarded, purpose):
            headers = {"Content-Type": content_type, "User-Agent": agent}
            for name, value in (
                ("Origin", origin),
                ("X-Forwarded-For", forwarded),
                ("Sec-Purpose", purpose),
            ):
                if value is not None:
                    headers[name] = value
            response = client.post("/api/v1/hit", content=body, headers=headers)
            assert response.status_code in (204, 400, 403, 404, 413, 415, 429)

        @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
        @given(
            method=st.sampled_from(["GET", "POST", "PUT", "OPTIONS", "DELETE"]),
            path=st.sampled_from(
                [
                    "/api/v1/counts",
                    "/api/v1/site",
                    "/api/v1/export",
                    "/api/v1/hit",
                    "/healthz",
                    "/x",
                ]
            ),
            query=st.lists(
                st.tuples(st.sampled_from(["path", "p", ""]), st.text(max_size=30)), max_size=60
            ),
            auth=st.one_of(st.none(), header_text),
        )
        def other(method, path, query, auth):
            headers = {"Authorization": auth} if auth is not None else {}
            response = client.request(method, path, params=query, headers=headers)
            assert response.status_code < 500

        post()
        other()
