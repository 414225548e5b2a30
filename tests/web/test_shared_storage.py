"""Rendered downloads in an S3-compatible store (django-storages), so that every app server and
worker on several machines reads what one of them wrote (#21). The store is moto's S3 server, a
real HTTP endpoint on this machine, reached through boto3 exactly as a real bucket would be."""

from __future__ import annotations

import datetime as dt
import socket
import urllib.request
from collections.abc import Iterator

import pytest
from django.test import override_settings

from socialstrategy.web.strategies import downloads

BUCKET = "socialstrategy-files"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def bucket(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    import boto3
    from moto.server import ThreadedMotoServer

    for key, value in {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}.items():
        monkeypatch.setenv(key, value)
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    reset = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")
    urllib.request.urlopen(reset, timeout=10).close()  # moto keeps its buckets per process
    client = boto3.client("s3", endpoint_url=endpoint, region_name="eu-central-1")
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    storages = {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "region_name": "eu-central-1",
                "default_acl": None,
                "file_overwrite": True,
            },
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages):
        yield client
    server.stop()


def _keys(client) -> list[str]:
    return sorted(item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def test_a_rendered_pdf_is_kept_in_the_bucket_and_handed_out_from_it(bucket, bob, personas):
    strategy = personas["strategy"]
    response = bob.get(f"/s/{strategy.pk}/export/pdf/")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    key = downloads.download_key(strategy, "pdf", False)
    assert _keys(bucket) == [f"downloads/{key}.bin", f"downloads/{key}.json"]
    stored = bucket.get_object(Bucket=BUCKET, Key=f"downloads/{key}.bin")["Body"].read()
    assert stored == response.content
    again = bob.get(f"/s/{strategy.pk}/export/pdf/")
    assert again.content == stored, "the second reader gets the stored file, not a new render"


def test_downloads_older_than_a_day_are_purged_from_the_bucket(bucket, bob, personas):
    strategy = personas["strategy"]
    assert bob.get(f"/s/{strategy.pk}/export/pdf/").status_code == 200
    assert downloads.purge_downloads() == 0
    assert downloads.purge_downloads(now=dt.datetime.now(dt.UTC) + dt.timedelta(days=2)) == 2
    assert _keys(bucket) == []


def test_s3_bucket_in_the_environment_switches_the_storage_to_s3(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "S3_BUCKET": "files", "S3_ENDPOINT_URL": "http://minio:9000", "S3_PREFIX": "ss"}
    env["SOCIALSTRATEGY_DATA"] = str(tmp_path)
    script = (
        "import os, django; os.environ['DJANGO_SETTINGS_MODULE'] = 'socialstrategy.web.settings';"
        "django.setup();"
        "from django.core.files.storage import storages;"
        "s = storages['default'];"
        "print(type(s).__name__, s.bucket_name, s.endpoint_url, s.location)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["S3Storage", "files", "http://minio:9000", "ss"]
