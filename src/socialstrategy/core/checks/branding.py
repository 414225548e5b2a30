"""Rules on the look of the documents (``branding``): a value the documents cannot use.

The documents never fail on it (they use the default look instead); the check says which field
was set aside and why.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from socialstrategy.core.branding import brand_problems
from socialstrategy.core.checks import Finding, finding, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy

BRANDING_INVALID = "branding-invalid"


@rule(BRANDING_INVALID, "organisation")
def check_branding(strategy: Strategy) -> Iterator[Finding]:
    """A colour, font or logo of the branding that the documents replace by the default."""
    for problem in brand_problems(strategy):
        yield finding(
            BRANDING_INVALID,
            "warning",
            problem.path,
            problem.message,
            N_("The documents use the default look for this field until it is corrected."),
            **cast(dict[str, Any], problem.params),
        )
