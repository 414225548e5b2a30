"""Every request has an id that the response names and every log line carries (#21)."""

from __future__ import annotations

import io
import json
import logging

import pytest
from django.test import Client

from socialstrategy.web.requestlog import JsonFormatter, RequestIdFilter

pytestmark = pytest.mark.django_db


@pytest.fixture
def json_log():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("socialstrategy.request")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    yield stream
    logger.removeHandler(handler)
    logger.setLevel(level)


def test_each_response_names_a_new_request_id():
    first, second = Client().get("/health/"), Client().get("/health/")
    assert first["X-Request-ID"] != second["X-Request-ID"]
    assert len(first["X-Request-ID"]) == 16


def test_the_proxys_request_id_is_kept_when_it_looks_like_one():
    response = Client().get("/health/", headers={"X-Request-ID": "lb-7f3a_01"})
    assert response["X-Request-ID"] == "lb-7f3a_01"


@pytest.mark.parametrize("sent", ["", "a b", "x" * 65, "<script>", "id\\r\\nX-Injected: 1"])
def test_a_request_id_that_does_not_look_like_one_is_replaced(sent):
    response = Client().get("/health/", headers={"X-Request-ID": sent})
    assert response["X-Request-ID"] != sent and len(response["X-Request-ID"]) == 16


def test_the_log_line_of_a_request_is_one_json_object_with_its_id(json_log):
    response = Client().get("/health/", headers={"X-Request-ID": "trace-42"})
    lines = [json.loads(line) for line in json_log.getvalue().splitlines()]
    assert response.status_code == 200
    assert lines == [
        {
            "time": lines[0]["time"],
            "level": "INFO",
            "logger": "socialstrategy.request",
            "request_id": "trace-42",
            "message": "request",
            "method": "GET",
            "path": "/health/",
            "status": 200,
            "ms": lines[0]["ms"],
        }
    ]


def test_a_line_logged_outside_a_request_says_so(json_log):
    logging.getLogger("socialstrategy.request").warning("starting")
    assert json.loads(json_log.getvalue())["request_id"] == "-"
