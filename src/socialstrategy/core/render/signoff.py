"""The strategy document's sign-off page: who approved which part, at which version and when.

The approvals come from whoever keeps them (the web app's review, ``web/reviews``); the core
only lays them out, one row per part that can be reviewed, in the order of the process.
"""

from __future__ import annotations

from collections.abc import Sequence

from socialstrategy.core.i18n import N_, date, translate
from socialstrategy.core.model import Strategy
from socialstrategy.core.render.blocks import Chapter, Paragraph, Table
from socialstrategy.core.review import Approval, review_items

SIGNOFF_KEY = "sign-off"


def signoff_chapter(strategy: Strategy, language: str, approvals: Sequence[Approval]) -> Chapter:
    """The sign-off chapter; a part nobody approved says so."""
    by_item = {approval.item: approval for approval in approvals}
    rows = []
    for item in review_items(strategy):
        approval = by_item.get(item.key)
        if approval is None:
            rows.append((item.label.render(language), translate(N_("not approved yet"), language), "", ""))
        else:
            when = date(approval.when.date(), language)
            rows.append((item.label.render(language), approval.by, str(approval.version), when))
    count = len(by_item.keys() & {item.key for item in review_items(strategy)})
    intro = translate(N_("{count} of {total} parts are approved."), language, count=count, total=len(rows))
    header = tuple(translate(text, language) for text in _HEADER)
    blocks = (Paragraph(intro), Table(header, tuple(rows), widths=(3, 2.5, 1, 1.5), names=(1,)))
    return Chapter(SIGNOFF_KEY, translate(N_("Sign-off"), language), blocks)


_HEADER = (N_("Part"), N_("Approved by"), N_("Version"), N_("Date"))
