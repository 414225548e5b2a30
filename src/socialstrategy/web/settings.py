"""Django settings for the socialstrategy web workshop.

Everything a deployment changes comes from environment variables, read through the tiny typed
helpers below (as Healthchecks does). Without any variables the app runs on a local SQLite
database in ``$SOCIALSTRATEGY_DATA`` (default: the user's data folder, e.g.
``~/.local/share/socialstrategy``), which is what ``socialstrategy serve`` uses in a workshop.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import dj_database_url

from socialstrategy.web.datafolder import DATABASE_FILE, data_dir, kept_secret, private_database
from socialstrategy.web.strategies import vocabulary

__all__ = ["DATABASE_FILE", "data_dir", "kept_secret", "private_database"]

BASE_DIR = Path(__file__).resolve().parent


def envbool(name: str, default: str) -> bool:
    return os.environ.get(name, default).strip().lower() in ("1", "true", "yes", "on")


def envint(name: str, default: str) -> int:
    return int(os.environ.get(name, default))


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", "False")
SECRET_KEY = os.environ.get("SECRET_KEY") or kept_secret("secret_key", 50)
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

# Behind HTTPS (production), cookies are secure and browsers are told to stay on HTTPS.
HTTPS = envbool("SITE_HTTPS", "False")
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS and envbool("SECURE_SSL_REDIRECT", "True")
SECURE_REDIRECT_EXEMPT = [r"^health/$"]  # the load balancer probes the app server over HTTP
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "31536000") if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS and envbool("SECURE_HSTS_PRELOAD", "True")
if envbool("BEHIND_PROXY", "False"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "socialstrategy.web.accounts",
    "socialstrategy.web.workspaces",
    "socialstrategy.web.strategies",
    "socialstrategy.web.results",
    "socialstrategy.web.reviews",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "socialstrategy.web.requestlog.request_id_middleware",
    "django.middleware.security.SecurityMiddleware",
    "socialstrategy.web.headers.security_headers_middleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "socialstrategy.web.accounts.middleware.setup_middleware",
]

ROOT_URLCONF = "socialstrategy.web.urls"
WSGI_APPLICATION = "socialstrategy.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "socialstrategy.web.display.display",
            ],
        },
    },
]

# SQLite by default: nothing to install, one file to back up, and fast enough for a workshop.
# WAL lets readers work while one writer saves; IMMEDIATE takes the write lock at BEGIN so two
# writers queue up (for `timeout` seconds) instead of failing with "database is locked".
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
        "PRAGMA busy_timeout=20000; PRAGMA cache_size=-20000;"
    ),
}
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=600)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SOCIALSTRATEGY_DB") or str(data_dir() / DATABASE_FILE),
            "OPTIONS": SQLITE_OPTIONS,
            # One connection per server thread, kept: opening one (and its PRAGMAs) per request
            # cost more than a whole cached page.
            "CONN_MAX_AGE": None,
        }
    }
# Rendered pages of a strategy version (immutable): per server process by default; with
# REDIS_URL shared by every app server (docs/deploying.md, "Several app servers").
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "socialstrategy",
        }
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # with pages of at most pagecache.MAX_PAGE_BYTES: about 100 MB per process at most
            "OPTIONS": {"MAX_ENTRIES": 400},
        }
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "workspaces:index"
LOGOUT_REDIRECT_URL = "accounts:login"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
# Sessions in the database only: the cache is per process (LocMemCache), so with cached_db a
# session deleted at logout in one server process stayed valid in the other's cache. Django's
# database sessions and model backend, each reading its row with one hand-written query.
SESSION_ENGINE = "socialstrategy.web.accounts.backends"
AUTHENTICATION_BACKENDS = ["socialstrategy.web.accounts.backends.UserBackend"]

# Login throttling (Django has none built in): failures per (user name, address) and per address.
LOGIN_FAILURES_PER_USER = envint("LOGIN_FAILURES_PER_USER", "5")
LOGIN_FAILURES_PER_ADDRESS = envint("LOGIN_FAILURES_PER_ADDRESS", "30")
LOGIN_FAILURE_WINDOW_SECONDS = envint("LOGIN_FAILURE_WINDOW_SECONDS", "900")
# Behind a reverse proxy, REMOTE_ADDR is the proxy's: the header in which the proxies append the
# client's address (e.g. X-Forwarded-For), and how many proxies append to it. Unset: REMOTE_ADDR.
CLIENT_ADDRESS_HEADER = os.environ.get("CLIENT_ADDRESS_HEADER", "").strip()
TRUSTED_PROXIES = envint("TRUSTED_PROXIES", "1")
# Days an invitation link works.
INVITATION_DAYS = envint("INVITATION_DAYS", "14")
# Password reset: how long a link works, and how many links an e-mail address and a client
# address may ask for within the window (counted alike whether or not an account exists).
PASSWORD_RESET_TIMEOUT = envint("PASSWORD_RESET_MINUTES", "60") * 60
PASSWORD_RESETS_PER_EMAIL = envint("PASSWORD_RESETS_PER_EMAIL", "3")
PASSWORD_RESETS_PER_ADDRESS = envint("PASSWORD_RESETS_PER_ADDRESS", "10")
PASSWORD_RESET_WINDOW_SECONDS = envint("PASSWORD_RESET_WINDOW_SECONDS", "3600")

# E-mail, for password reset links. Without EMAIL_HOST the mails are printed to the server's
# output (Django's console backend), which is enough for a workshop on one computer.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "").strip()
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = envint("EMAIL_PORT", "587")
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_SSL = envbool("EMAIL_USE_SSL", "False")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", "False" if EMAIL_USE_SSL else "True")
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "socialstrategy@localhost")
# The address people open the workshop at, for the links in review mails sent without a request
# (`manage remind_reviews` from cron).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").strip()
# Review reminders go out for items in review this many days or more (`manage remind_reviews`).
REVIEW_REMINDER_DAYS = envint("REVIEW_REMINDER_DAYS", "3")


LANGUAGE_CODE = "en"
# The interface languages, named by the core vocabulary (the documents' languages too).
LANGUAGES = list(vocabulary.LANGUAGES)
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["socialstrategy.web.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Berlin")

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = os.environ.get("STATIC_ROOT") or None  # set it and run `collectstatic` in production
# Generated files (documents rendered by a background job) under the data folder; several app
# servers on several machines need one shared storage (docs/deploying.md).
MEDIA_ROOT = os.environ.get("MEDIA_ROOT") or str(data_dir() / "files")
STORAGES: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# S3_BUCKET puts them into an S3-compatible store every app server and worker reach
# (django-storages; `pip install socialstrategy[s3]`). Credentials come from the usual
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables or the machine's role.
if os.environ.get("S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["S3_BUCKET"],
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "location": os.environ.get("S3_PREFIX", ""),
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": True,
        },
    }
# Serve straight from the package when collectstatic has not run (the local `serve` case).
WHITENOISE_USE_FINDERS = True

# Background jobs through Django's tasks API (the django-tasks backport until Django 6): by
# default a job runs at once in the request, so one machine needs no extra service;
# TASKS_BACKEND=database queues them in the database for `socialstrategy manage db_worker`
# (docs/deploying.md). The queue "documents" renders downloads, "mail" sends review mail.
TASK_QUEUES = ["default", "documents", "mail"]
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if os.environ.get("TASKS_BACKEND", "").strip().lower() == "database"
        else "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": TASK_QUEUES,
    }
}

DATA_UPLOAD_MAX_MEMORY_SIZE = 2_500_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_500_000
IMPORT_MAX_BYTES = 2_000_000
# Days a deleted strategy stays in its workspace's trash before it is purged.
TRASH_DAYS = int(os.environ.get("TRASH_DAYS", "30"))

# One JSON object per line with the request's id (LOG_FORMAT=json, for several app servers) or
# plain text (the default, for a workshop in a terminal).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text").strip().lower()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "socialstrategy.web.requestlog.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "socialstrategy.web.requestlog.JsonFormatter"},
        "text": {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
