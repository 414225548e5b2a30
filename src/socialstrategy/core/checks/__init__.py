"""The strategy check: small rules that each return findings with a stable code.

A rule is a function ``(strategy) -> Iterable[Finding]`` registered with :func:`rule`. Rule
modules live next to this file and are imported by :func:`run_checks`; documentation of every
code is in ``docs/checks.md``.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache
from typing import Literal

from socialstrategy.core.i18n import N_
from socialstrategy.core.message import Address, Message
from socialstrategy.core.model import Strategy
from socialstrategy.core.process import REVIEW, STEP_IDS, StepId, step_for_path

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
SEVERITY_LABELS: dict[str, str] = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


@dataclass(frozen=True)
class Finding:
    """One thing the check found, filed under the step of the process where its ``path`` is
    edited (:func:`socialstrategy.core.process.step_for_path`)."""

    code: str
    severity: Severity
    path: str
    message: Message
    hint: Message | None = None
    step: StepId = ""
    waits_for: StepId = ""
    """A later step whose input the finding is about (``community`` for a principle's tone that
    the community tone lacks): until the strategy reaches it, the finding is shown as "later"."""

    @property
    def params(self) -> Mapping[str, object]:
        """The parameters the message (and the hint) are filled from."""
        return self.message.params

    def as_dict(self, language: str = "en", address: Address | None = None) -> dict[str, str]:
        """The finding as JSON-ready text in ``language`` (the CLI's and web app's shape)."""
        return {
            "code": self.code,
            "severity": self.severity,
            "path": self.path,
            "message": self.translated_message(language, address),
            "hint": self.translated_hint(language, address),
            "step": self.step,
        }

    def translated_message(self, language: str, address: Address | None = None) -> str:
        return self.message.render(language, address)

    def translated_hint(self, language: str, address: Address | None = None) -> str:
        return self.hint.render(language, address) if self.hint else ""


@dataclass(frozen=True)
class Place:
    """Where a rule with one kind of finding found it: the path and the message's parameters."""

    path: str
    params: Mapping[str, object]


def at(path: str, **params: object) -> Place:
    """Shorthand for a rule that declares its finding: ``yield at("goals[0].kpis", goal=goal.id)``."""
    return Place(path, params)


Rule = Callable[[Strategy], Iterable["Finding | Place"]]


@dataclass(frozen=True)
class RuleInfo:
    """A registered rule; ``severity``, ``message`` and ``hint`` are its one kind of finding
    when it declares one (then it yields :class:`Place` records)."""

    code: str
    step: StepId
    function: Rule
    waits_for: StepId = ""
    severity: Severity | None = None
    message: str = ""
    hint: str = ""

    def finding_at(self, place: Place) -> Finding:
        if self.severity is None or not self.message:
            raise TypeError(f"the rule {self.code!r} yields a place but declares no finding")
        return _finding(self.code, self.severity, place.path, self.message, self.hint, place.params)


RULES: list[RuleInfo] = []


def rule(
    code: str,
    step: StepId,
    severity: Severity | None = None,
    message: str = "",
    hint: str = "",
    *,
    waits_for: StepId = "",
) -> Callable[[Rule], Rule]:
    """Register a rule under its stable code and the step of the process it belongs to.

    Each finding is filed under the step that owns its path; ``step`` is where the rule's
    findings go whose path names no field (``""``). ``waits_for`` names the later step the
    rule compares with (a finding may name its own). Codes must be unique.

    A rule with one kind of finding declares it here (``severity``, the English ``message`` and
    ``hint``) and yields :func:`at` places; a rule whose findings differ yields
    :func:`finding` records and may leave their code empty (``finding("", "error", path, m)``).
    """
    for name in (step, waits_for or step):
        if name not in STEP_IDS:
            raise ValueError(f"unknown workshop step {name!r}; use one of {', '.join(STEP_IDS)}")
    if any(info.code == code for info in RULES):
        raise ValueError(f"check code {code!r} is registered twice")

    def register(function: Rule) -> Rule:
        RULES.append(RuleInfo(code, step, function, waits_for, severity, message, hint))
        return function

    return register


def finding(
    code: str,
    severity: Severity,
    path: str,
    message: str,
    hint: str = "",
    waits_for: StepId = "",
    **params: object,
) -> Finding:
    """Shorthand for a rule: ``yield finding(CODE, "error", "goals[0]", N_("..."), N_("..."), id=g.id)``.

    ``message`` and ``hint`` are English message ids filled from the same ``params``; numbers
    are shown with at most one decimal (``12.5``, in German ``12,5``). ``waits_for`` overrides
    the rule's later step for this finding.
    """
    return _finding(code, severity, path, message, hint, params, waits_for)


def _finding(
    code: str,
    severity: Severity,
    path: str,
    message: str,
    hint: str,
    params: Mapping[str, object],
    waits_for: StepId = "",
) -> Finding:
    values = {name: _one_decimal(value) for name, value in params.items()}
    hint_message = Message(hint, values) if hint else None
    return Finding(code, severity, path, Message(message, values), hint_message, waits_for=waits_for)


def run_checks(strategy: Strategy) -> list[Finding]:
    """Run every registered rule; findings sorted by severity, then path (goals[2] before goals[10])."""
    load_rules()
    findings = [result for info in RULES for result in _run(info, strategy)]
    return sorted(findings, key=_order)


def run_rule(function: Rule, strategy: Strategy) -> list[Finding]:
    """The findings of one registered rule, as :func:`run_checks` reports them."""
    [info] = [info for info in RULES if info.function is function]
    return _run(info, strategy)


RULE_FAILED = "rule-failed"


def _run(info: RuleInfo, strategy: Strategy) -> list[Finding]:
    """One rule's findings; a rule that crashes becomes a finding, so the others still run."""
    try:
        results = info.function(strategy)
        return [
            _completed(info.finding_at(result) if isinstance(result, Place) else result, info)
            for result in results
        ]
    except Exception as error:  # one broken rule must not hide every other finding
        message = Message(
            N_("The check “{rule}” could not run: {error}"), {"rule": info.code, "error": repr(error)}
        )
        hint = Message(N_("This is a bug in socialstrategy; please report it with the strategy file."))
        return [Finding(RULE_FAILED, "warning", "", message, hint, REVIEW.identifier)]


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(item.severity == "error" for item in findings)


def registered_codes() -> list[str]:
    """Every check code, after importing every rule module."""
    load_rules()
    return [info.code for info in RULES]


@cache
def load_rules() -> None:
    """Import every module of this package, so a topic only has to drop its rule module here."""
    for module in pkgutil.iter_modules(__path__, f"{__name__}."):
        importlib.import_module(module.name)


def _completed(result: Finding, info: RuleInfo) -> Finding:
    """The finding with its rule's code, under the step that owns its path (the rule's step
    when the path names no field a step owns)."""
    owner = step_for_path(result.path)
    step = info.step if owner is REVIEW else owner.identifier
    waits_for = result.waits_for or info.waits_for
    if STEP_IDS.index(waits_for or step) <= STEP_IDS.index(step):
        waits_for = ""  # an earlier step is no reason to wait
    if result.code and result.step == step and result.waits_for == waits_for:
        return result
    return replace(result, code=result.code or info.code, step=step, waits_for=waits_for)


def _one_decimal(value: object) -> object:
    """A float rounded as the check has always shown it (``#,##0.#``: 6.6667 → 6.7)."""
    if not isinstance(value, float) or not math.isfinite(value):
        return value
    return float(Decimal(str(value)).quantize(Decimal("0.1"), ROUND_HALF_EVEN))


_NUMBER = re.compile(r"(\d+)")


def _order(item: Finding) -> tuple[int, list[tuple[int, str]], str]:
    natural = [(int(part), "") if part.isdigit() else (-1, part) for part in _NUMBER.split(item.path)]
    return SEVERITY_ORDER[item.severity], natural, item.code
