"""Downloads rendered as background jobs: a large strategy's PDF never holds up a web worker.

A download is identified by what goes into it (:func:`download_key`: the strategy, the format,
client or working copy, and a digest of the document and the sign-off page as they are now), so
the same download is rendered once however many servers or clicks ask for it, and a changed
strategy or a new approval gets a new one. The job (:func:`render_download`, queue ``documents``)
writes the file and a small manifest into Django's default storage; the view serves the file when
its manifest is there and otherwise shows a page that waits for it.

With the default task backend the job runs at once inside the request, so a single machine
behaves as before; with ``TASKS_BACKEND=database`` a worker (``socialstrategy manage db_worker
--queue-name documents``) renders it and any app server hands it out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist

from socialstrategy import __version__
from socialstrategy.core import fileformat
from socialstrategy.core.i18n import N_
from socialstrategy.core.message import Message
from socialstrategy.core.render.worker import CompileError

FOLDER = "downloads"
KEEP = dt.timedelta(days=1)
"""How long a rendered download is kept for the next reader (``purge_trash`` deletes older ones)."""
PENDING_SECONDS = 15 * 60
COMPILED = ("pdf", "docx")


def is_queued(fmt: str) -> bool:
    """Whether the download ``fmt`` compiles a document (PDF, DOCX of any document) and so is a
    job; the others (YAML, Markdown, calendars) take milliseconds and are rendered at once."""
    return fmt.rsplit("-", 1)[-1] in COMPILED


@dataclass(frozen=True)
class Ready:
    filename: str
    content_type: str
    path: str


@dataclass(frozen=True)
class Failed:
    message: Message


@dataclass(frozen=True)
class Waiting:
    status: str
    """``queued`` or ``running``."""


def download_key(strategy: Any, fmt: str, working_copy: bool) -> str:
    """What identifies a download: the strategy, its format and copy, and a digest of the document
    (approved posts only, where approvals are required) and the sign-off page."""
    document, options = _inputs(strategy, fmt)
    digest = hashlib.sha256()
    digest.update(fileformat.dump_strategy(document, "json").encode())
    digest.update(repr(sorted(options.items())).encode())
    digest.update(__version__.encode())  # a new release renders anew
    return f"{strategy.pk}-{fmt}-{'working' if working_copy else 'client'}-{digest.hexdigest()[:32]}"


def find_or_start(strategy: Any, fmt: str, working_copy: bool) -> Ready | Failed | Waiting:
    """The download when it is rendered, its failure, or how far its job has got (starting it)."""
    key = download_key(strategy, fmt, working_copy)
    found = _taken(key)
    if found is not None:
        return found
    pending = cache.get(_pending(key))
    result = _result(pending) if pending else None
    if result is None:
        result = render_download.enqueue(strategy.pk, fmt, working_copy, key)
        cache.set(_pending(key), result.id, PENDING_SECONDS)
    if result.status == TaskResultStatus.SUCCESSFUL:  # at once with the immediate backend
        cache.delete(_pending(key))
        return _taken(key) or Failed(FAILED)
    if result.status == TaskResultStatus.FAILED:
        cache.delete(_pending(key))
        return Failed(FAILED)
    return Waiting("running" if result.status == TaskResultStatus.RUNNING else "queued")


FAILED = Message(
    N_(
        "The document could not be compiled. Please try again; if it fails again, "
        "report it with the strategy file."
    )
)


def _taken(key: str) -> Ready | Failed | None:
    """The finished download; a failure is told once, and the next click tries again (the
    limits may have changed)."""
    found = _finished(key)
    if isinstance(found, Failed):
        default_storage.delete(f"{FOLDER}/{key}.json")
    return found


def _result(result_id: str) -> Any:
    try:
        return render_download.get_result(result_id)
    except TaskResultDoesNotExist:
        return None


@task(queue_name="documents")
def render_download(pk: int, fmt: str, working_copy: bool, key: str) -> str:
    """Render one download into storage under ``key`` (idempotent: a finished one is kept)."""
    from socialstrategy.web.strategies.models import Strategy
    from socialstrategy.web.strategies.services import get_export

    if _finished(key) is not None:
        return key
    strategy = Strategy.objects.select_related("workspace").get(pk=pk)
    export = get_export(fmt)
    if export is None:
        raise ValueError(f"unknown download format {fmt!r}")
    document, options = _inputs(strategy, fmt)
    try:
        filename, content_type, content = export.render(
            document, document.language, working_copy=working_copy, **options
        )
    except CompileError as error:  # too large for the compiler's limits: the reader is told which
        _write(f"{key}.json", {"error": error.detail.to_data()})
        return key
    path = _write_file(f"{key}.bin", content)
    _write(f"{key}.json", {"filename": filename, "content_type": content_type, "path": path})
    return key


def purge_downloads(now: dt.datetime | None = None) -> int:
    """Delete rendered downloads older than :data:`KEEP`; the number of files deleted."""
    cutoff = (now or timezone.now()) - KEEP
    try:
        _, files = default_storage.listdir(FOLDER)
    except FileNotFoundError:
        return 0
    old = [name for name in files if default_storage.get_modified_time(f"{FOLDER}/{name}") < cutoff]
    for name in old:
        default_storage.delete(f"{FOLDER}/{name}")
    return len(old)


def _inputs(strategy: Any, fmt: str) -> tuple[Any, dict[str, Any]]:
    from socialstrategy.web.reviews.exports import approved_calendar, signoff_options

    document, _unapproved = approved_calendar(strategy, strategy.load(), fmt)
    return document, signoff_options(strategy, fmt)


def _finished(key: str) -> Ready | Failed | None:
    manifest = f"{FOLDER}/{key}.json"
    if not default_storage.exists(manifest):
        return None
    with default_storage.open(manifest, "rb") as handle:
        data = json.loads(handle.read())
    if "error" in data:
        return Failed(Message.from_data(data["error"]))
    if not default_storage.exists(data["path"]):
        return None
    return Ready(data["filename"], data["content_type"], data["path"])


def _write(name: str, data: dict[str, Any]) -> None:
    _write_file(name, json.dumps(data).encode())


def _write_file(name: str, content: bytes) -> str:
    path = f"{FOLDER}/{name}"
    if default_storage.exists(path):
        default_storage.delete(path)
    return default_storage.save(path, ContentFile(content))


def _pending(key: str) -> str:
    return f"download-job:{key}"
