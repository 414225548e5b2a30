"""Notes beside a platform's score: gaps in the data, caveats and legal notes of the sector."""

from __future__ import annotations

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge import Knowledge
from socialstrategy.core.knowledge.effort import effort_model
from socialstrategy.core.knowledge.schema import Platform, SectorNote
from socialstrategy.core.message import Message, Quantity
from socialstrategy.core.recommend.context import Context, audience_country, num
from socialstrategy.core.recommend.results import Contribution, DataText, LabelRef, Note, SourceRef
from socialstrategy.core.vocabulary import FORMAT_LABELS


def data_notes(platform: Platform, ctx: Context, contributions: list[Contribution]) -> list[Note]:
    notes: list[Note] = []
    if not platform.is_owned_channel:
        notes.extend(_reach_gap_notes(platform, ctx))
    feasibility = next(c for c in contributions if c.key == "feasibility")
    if feasibility.is_known and platform.primary_format:
        notes.extend(_effort_notes(platform, platform.primary_format, ctx, feasibility))
    for caveat in platform.caveats:
        notes.append(Note("data", caveat))
    if platform.overlaid:
        notes.append(
            Note("data", Message(N_("Overlay file changed: {keys}."), {"keys": ", ".join(platform.overlaid)}))
        )
    return notes


def _effort_notes(platform: Platform, fmt: str, ctx: Context, feasibility: Contribution) -> list[Note]:
    """Say where the workload rests on an assumption or on an editorial rating instead of data."""
    model = effort_model(ctx.strategy, ctx.kb)
    per_post = model.hours_per_post(platform.id, fmt)
    if feasibility.basis != "editorial":
        return []
    notes: list[Note] = []
    if ctx.kb.scoring_cadence(platform) is None:
        text = N_(
            "No source that is not weak gives a posting frequency; the least sensible cadence used here ({posts} per week) is an estimate."  # noqa: E501
        )
        notes.append(Note("data", Message(text, {"posts": num(model.min_posts_per_week(platform.id).value)})))
    if not per_post.assumption:
        return notes
    text = N_(
        "No source measures the hours per {format}; the figure used here ({hours}) is an assumption. Enter your own figure under resources → effort for a real capacity check."  # noqa: E501
    )
    params = {"format": LabelRef(FORMAT_LABELS, fmt), "hours": Quantity(num(per_post.value), "hours")}
    return [*notes, Note("data", Message(text, params))]


def _reach_gap_notes(platform: Platform, ctx: Context) -> list[Note]:
    notes: list[Note] = []
    for audience in ctx.strategy.audiences:
        country = audience_country(audience, ctx.strategy)
        if not country:
            notes.append(
                Note(
                    "data",
                    Message(
                        N_("“{audience}”: no country set, so no usage data can be used."),
                        {"audience": audience.name},
                    ),
                )
            )
            continue
        if country not in ctx.kb.reach_metrics:
            notes.append(
                Note(
                    "data",
                    Message(
                        N_("“{audience}”: the knowledge base has no usage survey for {country}."),
                        {"audience": audience.name, "country": country},
                    ),
                )
            )
            continue
        reach = ctx.kb.reach(country, platform.id, audience.age_min, audience.age_max)
        if reach is None:
            notes.append(
                Note(
                    "data",
                    Message(
                        N_("“{audience}”: no usage figure for {platform} in {country}."),
                        {"audience": audience.name, "platform": platform.name, "country": country},
                    ),
                )
            )
        elif reach.is_total_only and (audience.age_min is not None or audience.age_max is not None):
            notes.append(
                Note(
                    "data",
                    Message(
                        N_(
                            "“{audience}”: no figure for this age band in {country}; the figure for the whole population is used."  # noqa: E501
                        ),
                        {"audience": audience.name, "country": country},
                    ),
                )
            )
        elif any(ctx.kb.sources[f.source].caveat for f in reach.figures):
            caveat = next(
                ctx.kb.sources[f.source].caveat for f in reach.figures if ctx.kb.sources[f.source].caveat
            )
            notes.append(
                Note(
                    "data",
                    Message(
                        N_("“{audience}”: {caveat}"),
                        {"audience": audience.name, "caveat": DataText(caveat or "")},
                    ),
                )
            )
    return notes


def legal_notes(platform: Platform, ctx: Context) -> list[Note]:
    org = ctx.strategy.organisation
    if org is None:
        return []
    return [_legal_note(ctx.kb, n) for n in ctx.kb.notes_for(org.sector, org.country, platform.id)]


def _legal_note(kb: Knowledge, note: SectorNote) -> Note:
    sources = tuple(SourceRef(s.title, s.url, s.year, "primary") for s in note.sources)
    return Note("legal", note.text, title=note.title, sources=sources)
