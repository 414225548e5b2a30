"""The strategy check: small rules that each return findings with a stable code.

A rule is a function ``(strategy) -> Iterable[Finding]`` registered with :func:`rule`. Rule
modules live next to this file and are imported by :func:`run_checks`; documentation of every
code is in ``docs/checks.md``.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.model import Strategy

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
STEPS: tuple[str, ...] = (
    "organisation",
    "information",
    "goals",
    "audiences",
    "platforms",
    "community",
    "marketing_mix",
    "resources",
    "guidelines",
    "content",
    "review",
)
"""Workshop step identifiers, in the order of the process; every finding belongs to one."""

STEP_LABELS: dict[str, str] = {
    "organisation": N_("Organisation and objectives"),
    "information": N_("Platforms, channels and tools"),
    "goals": N_("Goals"),
    "audiences": N_("Audiences"),
    "platforms": N_("Platform decisions"),
    "community": N_("Community address"),
    "marketing_mix": N_("Marketing mix"),
    "resources": N_("Resources"),
    "guidelines": N_("Guidelines and crisis playbook"),
    "content": N_("Content pillars and editorial calendar"),
    "review": N_("Review"),
}
"""English labels of the steps (translate with :func:`translate`)."""

SEVERITY_LABELS: dict[str, str] = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


@dataclass(frozen=True)
class Finding:
    """One thing the check found: ``message`` and ``hint`` are English source strings with
    ``{placeholders}`` filled from ``params`` when translated."""

    code: str
    severity: Severity
    path: str
    message: str
    hint: str = ""
    step: str = ""
    params: dict[str, object] = field(default_factory=dict)

    def as_dict(self, language: str = "en") -> dict[str, str]:
        """The finding as JSON-ready text in ``language`` (the CLI's and web app's shape)."""
        return {
            "code": self.code,
            "severity": self.severity,
            "path": self.path,
            "message": self.translated_message(language),
            "hint": self.translated_hint(language),
            "step": self.step,
        }

    def translated_message(self, language: str) -> str:
        return self._fill(translate(self.message, language), language)

    def translated_hint(self, language: str) -> str:
        return self._fill(translate(self.hint, language), language) if self.hint else ""

    def _fill(self, text: str, language: str) -> str:
        if not self.params:
            return text
        return text.format(**{key: _localised(value, language) for key, value in self.params.items()})


Rule = Callable[[Strategy], Iterable[Finding]]


@dataclass(frozen=True)
class RuleInfo:
    code: str
    step: str
    function: Rule


RULES: list[RuleInfo] = []


def rule(code: str, step: str) -> Callable[[Rule], Rule]:
    """Register a rule under its stable code and the workshop step it belongs to.

    The rule's findings get ``code`` and ``step`` filled in where they leave them empty, so a
    rule may yield ``finding("", "error", path, message)``; codes must be unique.
    """
    if step not in STEPS:
        raise ValueError(f"unknown workshop step {step!r}; use one of {', '.join(STEPS)}")
    if any(info.code == code for info in RULES):
        raise ValueError(f"check code {code!r} is registered twice")

    def register(function: Rule) -> Rule:
        RULES.append(RuleInfo(code, step, function))
        return function

    return register


def finding(
    code: str, severity: Severity, path: str, message: str, hint: str = "", **params: object
) -> Finding:
    """Shorthand for a rule: ``yield finding(CODE, "error", "goals[0]", N_("..."), N_("..."), id=g.id)``."""
    return Finding(code, severity, path, message, hint, params=params)


def run_checks(strategy: Strategy) -> list[Finding]:
    """Run every registered rule; findings sorted by severity, then path (goals[2] before goals[10])."""
    load_rules()
    findings = [result for info in RULES for result in _run(info, strategy)]
    return sorted(findings, key=_order)


RULE_FAILED = "rule-failed"


def _run(info: RuleInfo, strategy: Strategy) -> list[Finding]:
    """One rule's findings; a rule that crashes becomes a finding, so the others still run."""
    try:
        return [_completed(result, info) for result in info.function(strategy)]
    except Exception as error:  # one broken rule must not hide every other finding
        message = N_("The check “{rule}” could not run: {error}")
        hint = N_("This is a bug in socialstrategy; please report it with the strategy file.")
        failed = Finding(
            RULE_FAILED, "warning", "", message, hint, "review", {"rule": info.code, "error": repr(error)}
        )
        return [failed]


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
    if result.code and result.step:
        return result
    return replace(result, code=result.code or info.code, step=result.step or info.step)


def _localised(value: object, language: str) -> object:
    """Numbers as the reader writes them: 12.5 in English, 12,5 in German."""
    if isinstance(value, float):
        from babel.numbers import format_decimal  # only when a number is shown: start-up time

        return format_decimal(value, format="#,##0.#", locale=language)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return value


_SECTION_STEPS: dict[str, str] = {
    "title": "organisation",
    "organisation": "organisation",
    "corporate_objectives": "organisation",
    "goals": "goals",
    "audiences": "audiences",
    "platforms": "platforms",
    "community": "community",
    "marketing_mix": "marketing_mix",
    "resources": "resources",
    "guidelines": "guidelines",
    "crisis": "guidelines",
    "content": "content",
}


def step_for_path(path: str) -> str:
    """The workshop step in which the field at ``path`` is edited (``goals[2].serves[0]`` → goals)."""
    section = re.split(r"[.\[]", path, maxsplit=1)[0]
    return _SECTION_STEPS.get(section, "review")


_NUMBER = re.compile(r"(\d+)")


def _order(item: Finding) -> tuple[int, list[tuple[int, str]], str]:
    natural = [(int(part), "") if part.isdigit() else (-1, part) for part in _NUMBER.split(item.path)]
    return SEVERITY_ORDER[item.severity], natural, item.code
