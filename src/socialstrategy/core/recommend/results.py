"""The recommendation's results: scores, their named contributions, evidence, reasons and notes.

Texts are kept as :class:`~socialstrategy.core.message.Message` and rendered by ``as_dict`` for a
language. They are the tool speaking to its user (``core/voice.py``), not the company to its
community: German is formal unless the reader asks for du, whatever the community address; the
formal texts speak of "the team" and "the goal", so that the strategy paper can quote them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.knowledge.labels import CONFIDENCE_LABELS, CONTRIBUTION_LABELS, data_text, label
from socialstrategy.core.knowledge.schema import Localized
from socialstrategy.core.message import Address, Message
from socialstrategy.core.recommend.weights import weight_shares

Verdict = Literal["recommended", "consider", "not_recommended"]
DATA_BASES = frozenset({"data", "strategy"})
"""Contributions that rest on data: survey figures, sourced effort figures, the strategy's own."""
CONFIDENT_FROM, UNSURE_BELOW = 60.0, 30.0
"""Shares (in %) of a score resting on data for a high confidence, and below which it is low."""

Basis = Literal["data", "editorial", "strategy", "overlay"]


@dataclass(frozen=True)
class LabelRef:
    """A code whose translated label is looked up at render time."""

    table: Mapping[str, str]
    code: str

    def render(self, language: str, address: Address | None = None) -> str:
        return label(dict(self.table), self.code, language)


@dataclass(frozen=True)
class DataText:
    """A text of the knowledge base's data files (a caveat), translated at render time."""

    text: str

    def render(self, language: str, address: Address | None = None) -> str:
        return data_text(self.text, language) or ""


@dataclass(frozen=True)
class SourceRef:
    title: str
    url: str
    year: int | None
    quality: str = "secondary"
    caveat: str | None = None

    def as_dict(self, language: str = "en") -> dict[str, object]:
        return {
            "title": self.title,
            "url": self.url,
            "year": self.year,
            "quality": self.quality,
            "caveat": data_text(self.caveat, language),
        }


@dataclass(frozen=True)
class Evidence:
    """One piece of data or judgement behind a contribution."""

    text: Message
    basis: Basis
    value: float | None = None
    unit: str = ""
    year: int | None = None
    source: SourceRef | None = None
    note: str | None = None

    def as_dict(self, language: str, address: Address | None = None) -> dict[str, object]:
        return {
            "text": self.text.render(language, address),
            "basis": self.basis,
            "value": self.value,
            "unit": self.unit,
            "year": self.year,
            "source": self.source.as_dict(language) if self.source else None,
            "note": data_text(self.note, language),
        }


@dataclass(frozen=True)
class Contribution:
    key: str
    weight: float
    value: float | None
    basis: Basis
    summary: Message
    phrase: Message | None = None
    evidence: tuple[Evidence, ...] = ()
    points: float = 0.0
    share: float = 0.0
    """The weight's share of all weights, in percent."""

    @property
    def is_known(self) -> bool:
        return self.value is not None

    def as_dict(self, language: str, address: Address | None = None) -> dict[str, object]:
        return {
            "key": self.key,
            "label": _contribution_name(self.key, language, address),
            "importance": self.weight,
            "share": round(self.share, 1),
            "value": None if self.value is None else round(self.value, 3),
            "points": round(self.points, 1),
            "basis": self.basis,
            "summary": self.summary.render(language, address),
            "evidence": [e.as_dict(language, address) for e in self.evidence],
        }


@dataclass(frozen=True)
class Note:
    kind: Literal["legal", "data", "caution"]
    text: Message | Localized
    title: Localized | None = None
    sources: tuple[SourceRef, ...] = ()

    def as_dict(self, language: str, address: Address | None = None) -> dict[str, object]:
        text = self.text.render(language, address)
        return {
            "kind": self.kind,
            "title": self.title.get(language) if self.title else None,
            "text": text,
            "sources": [s.as_dict(language) for s in self.sources],
        }


@dataclass(frozen=True)
class PlatformScore:
    platform: str
    name: str
    score: float
    verdict: Verdict
    contributions: tuple[Contribution, ...]
    reasons: tuple[Message, ...]
    notes: tuple[Note, ...]
    rank: int = 0
    overlaid: tuple[str, ...] = ()
    fixed: Verdict | None = None
    """A verdict no weight changes (the home base; a place nobody visits)."""
    capped: bool = False
    """Whether a rule that does not depend on the weights keeps it at most 'consider'."""

    def label(self, language: str) -> str:
        """The platform's name in ``language`` (the vocabulary's, or an overlay's own)."""
        return translate(self.name, language)

    def confidence(self) -> tuple[float, str]:
        """The share (in %) of the score that rests on data rather than editorial ratings, and
        its level: ``high`` from 60 %, ``low`` below 30 %, ``medium`` between."""
        total = sum(c.points for c in self.contributions)
        on_data = sum(c.points for c in self.contributions if c.basis in DATA_BASES)
        share = 100 * on_data / total if total > 0 else 0.0
        return share, "high" if share >= CONFIDENT_FROM else "medium" if share >= UNSURE_BELOW else "low"

    def as_dict(self, language: str, address: Address | None = None) -> dict[str, object]:
        return {
            "platform": self.platform,
            "rank": self.rank,
            "score": round(self.score, 1),
            "verdict": self.verdict,
            "confidence": _confidence_dict(self, language, address),
            "contributions": [c.as_dict(language, address) for c in self.contributions],
            "reasons": [r.render(language, address) for r in self.reasons],
            "notes": [n.as_dict(language, address) for n in self.notes],
        }


@dataclass(frozen=True)
class Recommendation:
    platforms: tuple[PlatformScore, ...]
    weights: Mapping[str, float]
    variant: str = "en"
    sensitivity: tuple[Any, ...] = ()
    """For each of the top three, the weight change that soonest alters its place (``Shift``)."""

    def as_dict(self, language: str | None = None, address: Address | None = None) -> dict[str, list[Any]]:
        """The JSON shape: ``{"weights": [...], "platforms": [...]}``, in ``language`` (default:
        the strategy's) and the user's ``address`` (default: formal)."""
        lang = language or ("en" if self.variant == "en" else "de")
        return {
            "weights": [w.as_dict(lang, address) for w in weight_shares(self.weights)],
            "sensitivity": [s.message().render(lang, address) for s in self.sensitivity],
            "platforms": [p.as_dict(lang, address) for p in self.platforms],
        }

    def groups(self) -> list[tuple[Verdict, tuple[PlatformScore, ...]]]:
        """The ranking in its verdict groups, best group first; ranks run on across groups."""
        verdicts: tuple[Verdict, ...] = ("recommended", "consider", "not_recommended")
        found = [(v, tuple(p for p in self.platforms if p.verdict == v)) for v in verdicts]
        return [(v, members) for v, members in found if members]

    def get(self, platform_id: str) -> PlatformScore:
        return next(p for p in self.platforms if p.platform == platform_id)


def _confidence_dict(score: PlatformScore, language: str, address: Address | None) -> dict[str, object]:
    share, level = score.confidence()
    text = Message(
        N_("Confidence {level}: {share}% of the score rests on data, the rest on editorial ratings."),
        {"level": Message(CONFIDENCE_LABELS[level]), "share": round(share)},
    )
    return {"share": round(share), "level": level, "text": text.render(language, address)}


def contribution_label(key: str, language: str, address: Address | None = None) -> str:
    """The translated name of a contribution (informal German when ``address`` is du)."""
    return _contribution_name(key, language, address)


def _contribution_name(key: str, language: str, address: Address | None) -> str:
    return Message(CONTRIBUTION_LABELS.get(key, key)).render(language, address)
