"""Deployment checks: migrations are complete, and production settings pass check --deploy."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_the_migrations_match_the_models():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def _check_deploy(**overrides):
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SITE_HTTPS", "SECRET_KEY")}
    env.update(overrides)
    command = [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_production_settings_pass_check_deploy(tmp_path):
    result = _check_deploy(
        DJANGO_SETTINGS_MODULE="socialstrategy.web.settings",
        SOCIALSTRATEGY_DATA=str(tmp_path),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="strategy.example.org",
        SITE_HTTPS="1",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_notices_when_https_is_not_configured(tmp_path):
    result = _check_deploy(
        DJANGO_SETTINGS_MODULE="socialstrategy.web.settings",
        SOCIALSTRATEGY_DATA=str(tmp_path),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="strategy.example.org",
    )
    assert result.returncode != 0
    assert "SECURE_HSTS_SECONDS" in result.stdout + result.stderr
