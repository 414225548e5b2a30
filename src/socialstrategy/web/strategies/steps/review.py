"""Step 11, review & export: the findings of the check and the downloads."""

from __future__ import annotations

from socialstrategy.web.strategies.steps.base import (
    Step,
)

STEP = Step(
    "review",
    template="strategies/review.html",
)
