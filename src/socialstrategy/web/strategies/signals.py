"""Signals of the strategies app, for apps that react to a save without the store knowing them
(web/reviews sets an edited approved item back to draft)."""

from __future__ import annotations

from django.dispatch import Signal

document_saved = Signal()
"""Sent after a new version was stored: ``strategy`` (the saved row), ``document`` (the core model)
and ``user`` (who saved, or None)."""
