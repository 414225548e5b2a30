"""CLI of the knowledge topic: ``platforms`` (compare, show, gaps) and ``recommend``."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from socialstrategy.core.i18n import translate
from socialstrategy.core.knowledge import Knowledge, KnowledgeError, load_knowledge
from socialstrategy.core.knowledge.base import CORE_COUNTRIES
from socialstrategy.core.knowledge.labels import BASIS_LABELS, VERDICT_GROUP_LABELS, VERDICT_LABELS, label
from socialstrategy.core.knowledge.schema import parse_age_band
from socialstrategy.core.knowledge.views import comparison, platform_card
from socialstrategy.core.model import GOAL_TYPES
from socialstrategy.core.recommend import (
    Recommendation,
    WeightError,
    contribution_label,
    parse_weights,
    recommend,
    weight_shares,
)

F = TypeVar("F", bound=Callable[..., Any])
_VERDICT_STYLE = {"recommended": "green", "consider": "yellow", "not_recommended": "red"}


def _knowledge_option(function: F) -> F:
    return click.option(
        "--knowledge",
        "knowledge_file",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Overlay file that adds or overrides knowledge entries (default: $SOCIALSTRATEGY_KNOWLEDGE).",
    )(function)


def _lang_option(function: F) -> F:
    return click.option(
        "--lang",
        type=click.Choice(["en", "de"]),
        default=None,
        help="Output language (default: English, or the strategy's).",
    )(function)


def _load(knowledge_file: Path | None) -> Knowledge:
    try:
        return load_knowledge(knowledge_file)
    except KnowledgeError as error:
        raise click.ClickException(f"knowledge: {error}") from None


def _t(text: str, lang: str, **params: object) -> str:
    return translate(text, lang, None, **params)


# --- platforms ------------------------------------------------------------------------------


@click.group(invoke_without_command=True)
@click.option("--country", default=None, help="Country code, e.g. DE, US, AT or CH (default: DE and US).")
@click.option("--age", default=None, help="Age band, e.g. 30-49 or 65+ (default: whole population).")
@click.option(
    "--goal", type=click.Choice(GOAL_TYPES), default=None, help="Also rank by fit for this goal type."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@_knowledge_option
@_lang_option
@click.pass_context
def platforms(
    ctx: click.Context,
    country: str | None,
    age: str | None,
    goal: str | None,
    as_json: bool,
    knowledge_file: Path | None,
    lang: str | None,
) -> None:
    """Compare platforms and channels: one ranking per survey metric, never mixed.

    Sub-commands: `platforms show ID` (full card with sources), `platforms gaps` (what is not known).
    """
    ctx.ensure_object(dict)
    ctx.obj["knowledge_file"] = knowledge_file
    ctx.obj["lang"] = lang
    if ctx.invoked_subcommand is not None:
        return
    kb = _load(knowledge_file)
    ages = _parse_age(age)
    countries = [country.upper()] if country else list(CORE_COUNTRIES)
    language = lang or "en"
    data = comparison(kb, countries, ages, goal, language)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    _print_comparison(data, language)


def _parse_age(age: str | None) -> tuple[int, int] | None:
    if age is None:
        return None
    try:
        ages = parse_age_band(age)
    except ValueError:
        ages = None
    if ages is None or ages[0] > ages[1]:
        raise click.BadParameter("use a band such as 30-49 or 65+", param_hint="--age")
    return ages


def _print_comparison(data: dict[str, Any], lang: str) -> None:
    console = Console()
    _print_overview(console, data["overview"], lang)
    for country in data["countries"]:
        if not country["rankings"]:
            console.print(
                _t("No usage survey for {country} in the knowledge base.", lang, country=country["country"])
            )
        for ranking in country["rankings"]:
            table = Table(
                title=f"{country['country']} · {ranking['label']} · {ranking['band']}", title_justify="left"
            )
            for header in ("#", _t("Platform", lang), "%", _t("Year", lang), _t("Source", lang)):
                table.add_column(header)
            for row in ranking["rows"]:
                source = row["source"]["title"] + (" [overlay]" if row["origin"] == "overlay" else "")
                table.add_row(str(row["rank"]), row["name"], row["display"], str(row["year"]), source)
            console.print(table)
            console.print(f"[dim]{ranking['definition']}[/dim]\n")
    if data.get("goal"):
        goal = data["goal"]
        table = Table(
            title=_t("Fit for the goal “{goal}” (editorial assessment)", lang, goal=goal["label"]),
            title_justify="left",
        )
        for header in ("#", _t("Platform", lang), _t("Rating", lang), _t("Reason", lang)):
            table.add_column(header)
        for row in goal["rows"]:
            table.add_row(str(row["rank"]), row["name"], f"{row['rating']}/3", row["reason"])
        console.print(table)
    console.print(f"[dim]{data['caveat']}[/dim]")


def _print_overview(console: Console, rows: list[dict[str, Any]], lang: str) -> None:
    table = Table(title=_t("Platforms and channels", lang), title_justify="left")
    for header in (
        _t("Platform", lang),
        "B2C",
        "B2B",
        _t("Workload (3 = light)", lang),
        _t("Min. posts/week", lang),
        _t("Formats", lang),
    ):
        table.add_column(header)
    for row in rows:
        cadence = "?" if row["minimum_posts_per_week"] is None else f"{row['minimum_posts_per_week']:g}"
        fits = ["?" if row[k] is None else f"{row[k]}/3" for k in ("b2c", "b2b", "workload")]
        name = row["name"] + (" [overlay]" if row["origin"] == "overlay" else "")
        table.add_row(name, *fits, cadence, ", ".join(row["formats"]))
    console.print(table)
    note = _t(
        "B2C, B2B and workload are editorial assessments; posts per week come from the sources on each card.",
        lang,
    )
    console.print(f"[dim]{note}[/dim]\n")


@platforms.command("show")
@click.argument("platform_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
def platforms_show(ctx: click.Context, platform_id: str, as_json: bool) -> None:
    """Show the full card of one platform or channel, with every source."""
    kb = _load(ctx.obj.get("knowledge_file"))
    lang = ctx.obj.get("lang") or "en"
    if platform_id not in kb.platforms:
        raise click.ClickException(f"unknown platform '{platform_id}'; known: {', '.join(kb.platforms)}")
    card = platform_card(kb, platform_id, lang)
    if as_json:
        click.echo(json.dumps(card, ensure_ascii=False, indent=2))
        return
    _print_card(card, lang)


def _print_card(card: dict[str, Any], lang: str) -> None:
    console = Console()
    console.print(
        f"[bold]{card['name']}[/bold] ({card['id']}, {card['kind']})"
        + (" [overlay]" if card["overlaid"] else "")
    )
    console.print(card["description"] + "\n")
    console.print(f"[bold]{_t('Formats', lang)}:[/bold] " + ", ".join(card["formats"]))
    _print_figures(console, _t("Limits", lang), card["limits"])
    _print_figures(console, _t("Cadence guidance", lang), card["cadence"])
    for provider in card["benchmarks"]:
        _print_figures(
            console,
            f"{_t('Benchmarks', lang)} – {provider['provider']} ({provider['definition']})",
            provider["figures"],
        )
    for title, key in (
        (_t("Strengths per goal (editorial assessment)", lang), "goal_fit"),
        (_t("Audience fit (editorial assessment)", lang), "audience_fit"),
        (_t("Business-model fit (editorial assessment)", lang), "business_fit"),
    ):
        console.print(f"\n[bold]{title}[/bold]")
        for row in card[key]:
            mark = " [overlay]" if row["origin"] == "overlay" else ""
            console.print(f"  {row['label']}: {row['rating']}/3 – {row['reason']}{mark}")
    for key, title in (
        ("workload", _t("Workload (3 = light)", lang)),
        ("ads_dependence", _t("Dependence on ads", lang)),
    ):
        if card[key]:
            console.print(f"\n[bold]{title}:[/bold] {card[key]['rating']}/3 – {card[key]['reason']}")
    console.print(f"\n[bold]{_t('Usage surveys', lang)}[/bold]")
    for group in card["usage"]:
        rows = ", ".join(f"{r['band']}: {r['display']} ({r['year']})" for r in group["figures"])
        console.print(f"  {group['country']} · {group['label']}: {rows}")
    for caveat in card["caveats"]:
        console.print(f"[yellow]! {caveat}[/yellow]")
    console.print(f"\n[bold]{_t('Sources', lang)}[/bold]")
    for source in card["sources"]:
        caveat = f" – {source['caveat']}" if source["caveat"] else ""
        console.print(
            f"  [{source['id']}] {source['title']} ({source['year'] or 'n.d.'}), {source['url']}{caveat}"
        )


def _print_figures(console: Console, title: str, rows: list[dict[str, Any]]) -> None:
    console.print(f"\n[bold]{title}[/bold]")
    if not rows:
        console.print("  –")
    for row in rows:
        mark = " [overlay]" if row.get("origin") == "overlay" else ""
        # A limit's code (caption_max_chars) is what an overlay names to replace it.
        code = (
            f"{row['name']}: "
            if row.get("label") and row["label"] != row["name"] and " " not in row["name"]
            else ""
        )
        console.print(f"  {row['text']} [dim]\\[{code}{row['source']}, {row['year']}][/dim]{mark}")


@platforms.command("gaps")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def platforms_gaps(ctx: click.Context, as_json: bool) -> None:
    """List what the knowledge base does not know (missing figures, limits, hours, tool facts)."""
    kb = _load(ctx.obj.get("knowledge_file"))
    gaps = kb.gaps()
    lang = ctx.obj.get("lang") or "en"
    if as_json:
        click.echo(json.dumps([g.as_dict(lang) for g in gaps], ensure_ascii=False, indent=2))
        return
    table = Table(title=_t("{count} gaps in the knowledge base", lang, count=len(gaps)), title_justify="left")
    for header in (_t("Area", lang), _t("Platform", lang), _t("Item", lang), _t("What is missing", lang)):
        table.add_column(header)
    for gap in gaps:
        table.add_row(gap.area, gap.platform, gap.item, gap.text(lang))
    Console().print(table)


# --- recommend ------------------------------------------------------------------------------


WIDE_COLUMNS = 120
"""Below this many columns `recommend` prints the compact view unless asked for ``--wide``."""


@click.command("recommend")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the decision matrix as JSON.")
@click.option("--weights", default=None, help="Override weights, e.g. goal_fit=0.4,audience_reach=0.3.")
@click.option(
    "--wide",
    is_flag=True,
    help=f"The full matrix with every contribution and source (compact below {WIDE_COLUMNS} columns).",
)
@_knowledge_option
@_lang_option
def recommend_command(
    file: Path,
    as_json: bool,
    weights: str | None,
    wide: bool,
    knowledge_file: Path | None,
    lang: str | None,
) -> None:
    """Score every platform and channel for the strategy in FILE: a ranked, explained decision matrix."""
    from socialstrategy.commands.core import read_or_exit

    strategy = read_or_exit(file, lang)
    kb = _load(knowledge_file)
    try:
        result = recommend(strategy, kb, parse_weights(weights) if weights else None)
    except WeightError as error:
        if error.field:  # the strategy's own weight: name the file, as for any other bad field
            raise click.ClickException(f"{file}: {error}") from None
        raise click.BadParameter(str(error), param_hint="--weights") from None
    language = lang or strategy.language
    if as_json:
        click.echo(json.dumps(result.as_dict(language), ensure_ascii=False, indent=2))
        return
    console = Console()
    if wide:  # never cut a column: a narrower terminal wraps the lines (or `less -S`)
        console = Console(width=max(console.width, 2 * WIDE_COLUMNS))
    _print_recommendation(result, language, console, wide or console.width >= WIDE_COLUMNS)


def _print_recommendation(result: Recommendation, lang: str, console: Console, wide: bool) -> None:
    """The matrix with a column per contribution when ``wide``; otherwise rank, platform, score
    and verdict only, and every line wrapped with its indent to the terminal's width (at 80
    columns the full matrix cut every header and name: "Webs…", "empf…")."""
    data = result.as_dict(lang)
    weights = ", ".join(share.text(lang) for share in weight_shares(result.weights))
    console.print(f"[bold]{_t('Weights', lang)}:[/bold] {weights}\n")
    table = Table(title=_t("Decision matrix", lang), title_justify="left")
    table.add_column("#")
    table.add_column(_t("Platform", lang), no_wrap=not wide)
    table.add_column(_t("Score", lang), justify="right")
    table.add_column(_t("Verdict", lang), no_wrap=not wide)
    for key in result.weights if wide else ():
        table.add_column(contribution_label(key, lang), justify="right")
    entries = {entry["platform"]: entry for entry in data["platforms"]}
    for verdict, members in result.groups():
        style = _VERDICT_STYLE[verdict]
        table.add_row("", f"[bold {style}]{label(VERDICT_GROUP_LABELS, verdict, lang)}[/]")
        for score in members:
            entry = entries[score.platform]
            cells = [_points(c) for c in entry["contributions"]] if wide else []
            shown = f"[{style}]{label(VERDICT_LABELS, verdict, lang)}[/]"
            table.add_row(str(entry["rank"]), score.label(lang), f"{entry['score']:.0f}", shown, *cells)
        table.add_section()
    console.print(table)
    legend = "Points per contribution; “?” = no data, left out of the score."
    if not wide:
        legend = "Compact view; --wide prints a column per contribution, the evidence and the sources."
    console.print(_wrap(_t(legend, lang), console.width), style="dim")
    console.print()
    if data["sensitivity"]:
        console.print(f"[bold]{_t('How sure is the order?', lang)}[/bold]")
        for line in data["sensitivity"]:
            console.print(_wrap(line, console.width, "  · ", "    "), highlight=False)
        console.print()
    console.file.flush()
    width = None if wide else console.width
    for entry, score in zip(data["platforms"], result.platforms, strict=True):
        _print_platform(entry, score.label(lang), lang, width)


def _wrap(text: str, width: int | None, first: str = "", rest: str = "") -> str:
    """``text`` wrapped to ``width`` with the indents, or on one line when ``width`` is None."""
    if width is None:
        return first + text
    return textwrap.fill(text, width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False)


def _points(contribution: dict[str, Any]) -> str:
    return "?" if contribution["value"] is None else f"{contribution['points']:.0f}"


def _print_platform(entry: dict[str, Any], name: str, lang: str, width: int | None) -> None:
    """A platform's reasons line by line, with click: rich's highlighting and wrapping of every
    line took 3 of the 3.8 s of `recommend` on a strategy 30 times the demo. With a ``width``
    (the compact view) each line is wrapped under its indent and the sources are left out."""
    title = click.style(f"{entry['rank']}. {name}", bold=True)
    reason, colour = entry["reasons"][0], _VERDICT_STYLE[entry["verdict"]]
    lines = [
        f"{title} – {click.style(reason, fg=colour)}"
        if width is None
        else f"{title}\n{click.style(_wrap(reason, width, '   ', '   '), fg=colour)}",
        click.style(_wrap(entry["confidence"]["text"], width, "   ", "   "), dim=True),
    ]
    for c in entry["contributions"]:
        if c["value"] is None:
            lines.append(click.style(_wrap(f"{c['label']}: {c['summary']}", width, "   ", "     "), dim=True))
            continue
        basis = label(BASIS_LABELS, c["basis"], lang)
        lines.append(
            _wrap(f"{c['label']} ({basis}): {c['points']:.0f} – {c['summary']}", width, "   ", "     ")
        )
        if width is not None:
            continue  # the evidence and its sources: --wide
        for e in c["evidence"]:
            source = e["source"]
            year = e["year"] or source["year"] if source else None
            cite = (
                click.style(f" ({source['title']}, {year or 'n.d.'}, {source['url']})", dim=True)
                if source
                else ""
            )
            lines.append(f"      · {e['text']}{cite}")
    for note in entry["notes"]:
        title = f"{note['title']}: " if note["title"] else ""
        lines.append(click.style(_wrap(f"{title}{note['text']}", width, "   ! ", "     "), fg="yellow"))
        for source in note["sources"] if width is None else ():
            lines.append(
                click.style(f"      {source['title']} ({source['year'] or 'n.d.'}) {source['url']}", dim=True)
            )
    click.echo("\n".join([*lines, ""]))


COMMANDS: list[click.Command] = [platforms, recommend_command]
