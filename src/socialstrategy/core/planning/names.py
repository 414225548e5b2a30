"""Display names of platforms and formats, used in generated titles and exports."""

from __future__ import annotations

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.vocabulary import FORMAT_LABELS

FORMATS: tuple[str, ...] = tuple(FORMAT_LABELS)

STATUS_LABELS: dict[str, str] = {
    "idea": N_("idea"),
    "planned": N_("planned"),
    "in_progress": N_("in progress"),
    "ready": N_("ready"),
    "scheduled": N_("scheduled"),
    "published": N_("published"),
    "cancelled": N_("cancelled"),
}


def format_label(format_id: str, language: str) -> str:
    return translate(FORMAT_LABELS[format_id], language) if format_id in FORMAT_LABELS else format_id


def status_label(status: str, language: str) -> str:
    return translate(STATUS_LABELS[status], language) if status in STATUS_LABELS else status
