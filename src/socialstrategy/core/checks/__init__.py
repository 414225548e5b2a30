"""The strategy check: small rules that each return findings with a stable code.

A rule is a function ``(strategy) -> Iterable[Finding]`` registered with :func:`rule`. Rule
modules live next to this file and are imported by :func:`run_checks`; documentation of every
code is in ``docs/checks.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from socialstrategy.core.i18n import translate
from socialstrategy.core.model import Strategy

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


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
        return {
            "code": self.code,
            "severity": self.severity,
            "path": self.path,
            "message": translate(self.message, language, **self.params),
            "hint": translate(self.hint, language, **self.params) if self.hint else "",
        }


Rule = Callable[[Strategy], Iterable[Finding]]


@dataclass(frozen=True)
class RuleInfo:
    code: str
    step: str
    function: Rule


RULES: list[RuleInfo] = []


def rule(code: str, step: str) -> Callable[[Rule], Rule]:
    """Register a rule under its stable code and the workshop step it belongs to."""

    def register(function: Rule) -> Rule:
        RULES.append(RuleInfo(code, step, function))
        return function

    return register
