"""Charts of a strategy as SVG: one module for the web pages, the PDF and the DOCX.

Every function returns a :class:`Chart` (or ``None`` when the strategy holds nothing to draw).
The SVG is written by hand (no plotting library): the charts are simple, and hand-written SVG
renders identically in browsers and in Typst. All text goes through :func:`_text`, which strips
characters XML cannot hold and escapes the rest, so user text never becomes markup. PNG versions
for DOCX come from :func:`socialstrategy.core.render.pdf.charts_to_png`, which rasterises these
same SVGs with the embedded Typst compiler.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from socialstrategy.core.i18n import N_, translate, translate_plural
from socialstrategy.core.model import Strategy
from socialstrategy.core.render import extras
from socialstrategy.core.render.labels import (
    code_label,
    format_number,
    goal_numbers,
    objective_numbers,
)
from socialstrategy.core.vocabulary import platform_name

INK = "#1B2436"
NAVY = "#233D63"
TEAL = "#17A398"
CORAL = "#E4572E"
MUTED = "#6B7588"
LINE = "#D5DAE3"
PALE = "#EEF1F6"
REDUCTION = "#F4B6A4"
PALETTE = ("#233D63", "#17A398", "#E4572E", "#F2A541", "#6C5B7B", "#3C91E6", "#8A94A6", "#B5446E")
STATUS_COLOURS = {"use": NAVY, "test": TEAL, "observe": "#A0A8B8", "reject": "#D5DAE3"}
FONT = "Inter, 'Helvetica Neue', Arial, sans-serif"
WIDTH = 640
CHAR_WIDTH = 0.56  # average advance of Inter in em; good enough to wrap labels
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Chart:
    """An SVG chart with a translated title and a one-line text alternative."""

    key: str
    title: str
    description: str
    svg: str
    width: int
    height: int


def strategy_charts(strategy: Strategy, language: str) -> dict[str, Chart]:
    """Every chart the strategy has data for, by key, in document order."""
    makers: Sequence[Callable[[Strategy, str], Chart | None]] = (
        goal_tree_chart,
        kpi_targets_chart,
        platform_matrix_chart,
        recommendation_chart,
        reach_by_age_chart,
        capacity_chart,
        pillar_shares_chart,
    )
    charts = (make(strategy, language) for make in makers)
    return {chart.key: chart for chart in charts if chart is not None}


# --- goal tree ---------------------------------------------------------------------------------


def goal_tree_chart(strategy: Strategy, language: str) -> Chart | None:
    """Corporate objectives on the left, social media goals on the right, a line for each link."""
    if not strategy.goals:
        return None
    column = 270
    o_numbers = objective_numbers(strategy.corporate_objectives, language)
    g_numbers = goal_numbers(strategy.goals, language)
    objectives = [(o.id, f"{o_numbers[o.id]}  {o.statement}") for o in strategy.corporate_objectives]
    goals = [(g.id, f"{g_numbers[g.id]}  {g.statement}") for g in strategy.goals]
    left, left_height = _stack(objectives, 0, column, NAVY, "#FFFFFF")
    right, right_height = _stack(goals, WIDTH - column, column, PALE, INK)
    left_y, right_y = _box_centres(objectives, column), _box_centres(goals, column)
    parts = [*left, *right]
    for goal in strategy.goals:
        for objective in goal.serves:
            if objective in left_y:
                parts.append(_connector(left_y[objective], right_y[goal.id], column))
    unserved = [goal for goal in strategy.goals if not any(o in left_y for o in goal.serves)]
    for goal in unserved:
        y = right_y[goal.id]
        parts.append(_label(WIDTH - column - 12, y + 5, "!", 14, CORAL, anchor="end", weight=700))
    heads = [
        _label(0, 14, translate(N_("Corporate objectives"), language), 12, MUTED, weight=600),
        _label(WIDTH - column, 14, translate(N_("Social media goals"), language), 12, MUTED, weight=600),
    ]
    height = max(left_height, right_height) + 8
    if unserved:
        note = translate(N_("! serves no corporate objective yet"), language)
        parts.append(_label(WIDTH - column, height + 10, note, 11, CORAL))
        height += 18
    title = translate(N_("Goal tree"), language)
    description = translate(
        N_("{goals} social media goals linked to {objectives} corporate objectives"),
        language,
        goals=len(goals),
        objectives=len(objectives),
    )
    return _chart("goal-tree", title, description, height, [*heads, *parts])


_BOX_TOP = 26
_BOX_GAP = 12
_LINE_HEIGHT = 15


def _box_heights(items: Sequence[tuple[str, str]], width: int) -> list[int]:
    return [len(_wrap(text, width - 24, 12, 3)) * _LINE_HEIGHT + 16 for _, text in items]


def _box_positions(items: Sequence[tuple[str, str]], width: int) -> list[tuple[int, int]]:
    y = _BOX_TOP
    positions = []
    for height in _box_heights(items, width):
        positions.append((y, height))
        y += height + _BOX_GAP
    return positions


def _box_centres(items: Sequence[tuple[str, str]], width: int) -> dict[str, int]:
    """The middle of each item's box by id, laid out once for all the links (the first of two
    equal ids wins, as the list lookup it replaces did)."""
    centres: dict[str, int] = {}
    for (item_id, _), (y, height) in zip(items, _box_positions(items, width), strict=True):
        centres.setdefault(item_id, y + height // 2)
    return centres


def _stack(
    items: Sequence[tuple[str, str]], x: int, width: int, fill: str, colour: str
) -> tuple[list[str], int]:
    parts = []
    bottom = _BOX_TOP
    for (_, text), (y, height) in zip(items, _box_positions(items, width), strict=True):
        parts.append(f'<rect x="{x}" y="{y}" width="{width}" height="{height}" rx="6" fill="{fill}"/>')
        for number, line in enumerate(_wrap(text, width - 24, 12, 3)):
            parts.append(_label(x + 12, y + 20 + number * _LINE_HEIGHT, line, 12, colour))
        bottom = y + height
    return parts, bottom


def _connector(y_left: int, y_right: int, column: int) -> str:
    x1, x2 = column, WIDTH - column
    middle = (x1 + x2) // 2
    return (
        f'<path d="M{x1},{y_left} C{middle},{y_left} {middle},{y_right} {x2},{y_right}" '
        f'fill="none" stroke="{TEAL}" stroke-width="2"/>'
    )


# --- KPI targets -------------------------------------------------------------------------------


def kpi_targets_chart(strategy: Strategy, language: str) -> Chart | None:
    """Baseline against target for every KPI with a target; each row on its own scale."""
    rows = [
        (kpi, goal)
        for goal in strategy.goals
        for kpi in goal.kpis
        if kpi.target is not None and kpi.target > 0
    ]
    if not rows:
        return None
    label_width, figures_width, row_height = 250, 170, 46
    track = WIDTH - label_width - figures_width
    parts = []
    for index, (kpi, _goal) in enumerate(rows):
        y = 10 + index * row_height
        name = kpi.metric + (f" · {platform_name(kpi.platform, language)}" if kpi.platform else "")
        lines = _wrap(name, label_width - 10, 12, 3)
        for number, line in enumerate(lines):
            parts.append(_label(0, y + 14 + (number - (len(lines) - 1) / 2) * 14, line, 12, INK))
        parts.append(
            f'<rect x="{label_width}" y="{y + 3}" width="{track}" height="14" rx="3" fill="{PALE}"/>'
        )
        target = float(kpi.target or 0)
        parts += _kpi_bar(label_width, y, track, kpi.baseline, target)
        unit = f" {kpi.unit}" if kpi.unit else ""
        baseline = format_number(kpi.baseline, language) if kpi.baseline is not None else "?"
        figures = f"{baseline} → {format_number(target, language)}{unit}"
        figure_lines = _wrap(figures, figures_width - 10, 11, 2)
        for number, line in enumerate(figure_lines):
            shift = (number - (len(figure_lines) - 1) / 2) * 13
            parts.append(_label(label_width + track + 10, y + 14 + shift, line, 11, MUTED))
    legend_y = 10 + len(rows) * row_height + 6
    entries = [(NAVY, translate(N_("Baseline"), language)), (CORAL, translate(N_("Target"), language))]
    if any(kpi.baseline is not None and kpi.baseline > float(kpi.target or 0) for kpi, _ in rows):
        entries.append((REDUCTION, translate(N_("To reduce"), language)))
    parts += _legend(legend_y, entries)
    title = translate(N_("KPI targets"), language)
    description = translate_plural(
        "Baseline and target of {count} KPI", "Baseline and target of {count} KPIs", len(rows), language
    )
    return _chart("kpi-targets", title, description, legend_y + 22, parts)


def _kpi_bar(x: float, y: float, track: float, baseline: float | None, target: float) -> list[str]:
    """The baseline as a bar and the target as a mark on one scale: the larger of the two. A
    target below the baseline is a reduction: the bar runs to the baseline, the part to cut
    is shaded and the mark stands where the bar has to shrink to."""
    scale = max(target, baseline or 0.0) or 1.0
    mark = x + track * target / scale
    parts = [f'<rect x="{x}" y="{y + 3}" width="{track}" height="14" rx="3" fill="{PALE}"/>']
    if baseline is not None:
        bar = track * max(0.0, baseline) / scale
        parts.append(f'<rect x="{x}" y="{y + 3}" width="{bar:.1f}" height="14" rx="3" fill="{NAVY}"/>')
        if baseline > target:
            cut = x + bar - mark
            parts.append(
                f'<rect x="{mark:.1f}" y="{y + 3}" width="{cut:.1f}" height="14" fill="{REDUCTION}"/>'
            )
    parts.append(f'<rect x="{mark - 2:.1f}" y="{y}" width="3" height="20" fill="{CORAL}"/>')
    return parts


# --- platform matrix ---------------------------------------------------------------------------


def platform_matrix_chart(strategy: Strategy, language: str) -> Chart | None:
    """Which platform works on which goal, with each platform's status."""
    decisions = [d for d in strategy.platforms if d.status != "reject"]
    if not decisions or not strategy.goals:
        return None
    names = [platform_name(d.platform, language) for d in decisions]
    label_width, cell, rotated = _matrix_columns(names)
    longest = max(len(name) for name in names) * 11 * CHAR_WIDTH
    header = int(44 + (longest * 0.6 if rotated else 14))
    row_height = 28
    parts = []
    for column, (decision, name) in enumerate(zip(decisions, names, strict=True)):
        x = label_width + column * cell + cell // 2
        # A long name is set on a slant, whole: never cut ("Google-Unterne…").
        label = (
            _label(x - 4, header - 30, name, 11, INK, weight=600, rotate=-37)
            if rotated
            else _label(x, header - 30, name, 11, INK, anchor="middle", weight=600)
        )
        parts.append(label)
        colour = STATUS_COLOURS[decision.status]
        status = code_label(decision.status, language)
        pill = max(36, len(status) * 9 * CHAR_WIDTH + 10)
        left = x - pill / 2
        parts.append(
            f'<rect x="{left:.1f}" y="{header - 22}" width="{pill:.1f}" height="15" rx="7" fill="{colour}"/>'
        )
        parts.append(_label(x, header - 11, status, 9, "#FFFFFF", anchor="middle", weight=600))
    numbers = goal_numbers(strategy.goals, language)
    for row, goal in enumerate(strategy.goals):
        y = header + row * row_height
        if row % 2 == 0:
            parts.append(f'<rect x="0" y="{y}" width="{WIDTH}" height="{row_height}" fill="{PALE}"/>')
        parts.append(
            _label(
                8, y + 18, _wrap(f"{numbers[goal.id]}  {goal.statement}", label_width - 16, 11, 1)[0], 11, INK
            )
        )
        for column, decision in enumerate(decisions):
            if goal.id in decision.goals:
                x = label_width + column * cell + cell // 2
                colour = STATUS_COLOURS[decision.status]
                parts.append(f'<circle cx="{x}" cy="{y + row_height // 2}" r="7" fill="{colour}"/>')
    height = header + len(strategy.goals) * row_height + 4
    title = translate(N_("Platforms and goals"), language)
    description = translate(
        N_("{platforms} against {goals}"),
        language,
        platforms=translate_plural("{count} platform", "{count} platforms", len(decisions), language),
        goals=translate_plural("{count} goal", "{count} goals", len(strategy.goals), language),
    )
    return _chart("platform-matrix", title, description, height, parts)


def _matrix_columns(names: Sequence[str]) -> tuple[int, int, bool]:
    """Width of the goal labels, of each platform column and whether the names are slanted; a
    slanted name must still end inside the chart, so the goal labels give way to the last one."""
    label_width = 250
    cell = min(70, (WIDTH - label_width) // len(names))
    widest = max(len(name) for name in names) * 11 * CHAR_WIDTH
    if widest <= cell - 4:
        return label_width, cell, False
    last = len(names[-1]) * 11 * CHAR_WIDTH * 0.8
    overflow = label_width + (len(names) - 0.5) * cell + last - WIDTH
    if overflow > 0:
        label_width = max(170, int(label_width - overflow))
    return label_width, cell, True


# --- recommendation matrix (recommend) ---------------------------------------------------------

MATRIX_ROWS = 10


def recommendation_chart(strategy: Strategy, language: str) -> Chart | None:
    """The decision matrix: each platform's contributions (0–1) as shaded cells, and its score."""
    matrix = extras.recommendation(strategy, language)
    if not matrix:
        return None
    chosen = {d.platform for d in strategy.platforms}
    rows = [p for p in matrix if p["rank"] <= MATRIX_ROWS or p["platform"] in chosen]
    columns = [(c["key"], c["label"]) for c in rows[0]["contributions"]]
    label_width, score_width, header, row_height = 150, 110, 58, 24
    cell = (WIDTH - label_width - score_width) / max(1, len(columns))
    parts = []
    for index, (_, name) in enumerate(columns):
        x = label_width + index * cell + cell / 2
        for number, line in enumerate(_wrap(name, cell - 2, 9, 4)):
            parts.append(_label(x, 12 + number * 11, line, 9, MUTED, anchor="middle", weight=600))
    parts.append(_label(WIDTH - score_width + 4, 14, translate(N_("Score"), language), 10, MUTED, weight=600))
    for row, platform in enumerate(rows):
        y = header + row * row_height
        weight = 700 if platform["platform"] in chosen else 400
        parts.append(_label(0, y + 16, platform_name(platform["platform"], language), 11, INK, weight=weight))
        values = {c["key"]: c["value"] for c in platform["contributions"]}
        for index, (key, _) in enumerate(columns):
            parts.append(_cell(label_width + index * cell, y, cell, row_height, values.get(key)))
        score = float(platform["score"])
        bar = (score_width - 40) * max(0.0, min(score, 100.0)) / 100
        x = WIDTH - score_width + 4
        parts.append(f'<rect x="{x:.1f}" y="{y + 6}" width="{bar:.1f}" height="12" rx="2" fill="{NAVY}"/>')
        parts.append(_label(x + bar + 4, y + 16, format_number(round(score), language), 10, MUTED))
    height = header + len(rows) * row_height + 22
    parts += _legend(
        height - 14,
        [(TEAL, translate(N_("fits well"), language)), (PALE, translate(N_("unknown"), language))],
    )
    title = translate(N_("Recommendation matrix"), language)
    description = translate(N_("Score of each platform by criterion; bold: platforms decided on"), language)
    return _chart("recommendation-matrix", title, description, height, parts)


def _cell(x: float, y: float, width: float, height: float, value: float | None) -> str:
    if value is None:
        box = (
            f'<rect x="{x + 1:.1f}" y="{y + 1}" width="{width - 2:.1f}" height="{height - 2}" fill="{PALE}"/>'
        )
        return box + _label(x + width / 2, y + 16, "?", 10, MUTED, anchor="middle")
    opacity = 0.12 + 0.88 * max(0.0, min(float(value), 1.0))
    return (
        f'<rect x="{x + 1:.1f}" y="{y + 1}" width="{width - 2:.1f}" height="{height - 2}" '
        f'fill="{TEAL}" fill-opacity="{opacity:.2f}"/>'
    )


# --- reach by age (knowledge) ------------------------------------------------------------------


def reach_by_age_chart(strategy: Strategy, language: str) -> Chart | None:
    """Share of each age group using the chosen platforms, from the knowledge base's figures."""
    series = extras.reach_by_age(strategy)
    if not series:
        return None
    groups = sorted({group for figures in series.values() for group in figures})
    label_width, row_height = 140, 22
    track = WIDTH - label_width - 60
    parts = []
    y = 6
    for index, (platform, figures) in enumerate(series.items()):
        colour = PALETTE[index % len(PALETTE)]
        parts.append(_label(0, y + 14, platform_name(platform, language), 12, INK, weight=600))
        y += 20
        for group in groups:
            share = figures.get(group)
            parts.append(_label(16, y + 12, group, 10, MUTED))
            if share is None:
                parts.append(_label(label_width, y + 12, translate(N_("unknown"), language), 10, MUTED))
            else:
                bar = track * max(0.0, min(share, 100.0)) / 100
                parts.append(
                    f'<rect x="{label_width}" y="{y + 2}" width="{bar:.1f}" height="12" fill="{colour}"/>'
                )
                parts.append(
                    _label(label_width + bar + 6, y + 12, f"{format_number(share, language)} %", 10, MUTED)
                )
            y += row_height - 6
        y += 8
    title = translate(N_("Reach by age of the chosen platforms"), language)
    description = translate(N_("Share of each age group using the platform, in percent"), language)
    return _chart("reach-by-age", title, description, y + 4, parts)


# --- capacity (planning) -----------------------------------------------------------------------


def capacity_chart(strategy: Strategy, language: str) -> Chart | None:
    """Hours per week the plan requires against the hours the team has."""
    figures = extras.capacity(strategy)
    if figures is None:
        return None
    required, available = figures
    top = max(required, available, 1.0)
    label_width, track = 220, WIDTH - 220 - 110
    rows = [
        (translate(N_("Required"), language), required, CORAL if required > available else TEAL),
        (translate(N_("Available"), language), available, NAVY),
    ]
    parts = []
    for index, (label, hours, colour) in enumerate(rows):
        y = 8 + index * 40
        parts.append(_label(0, y + 19, label, 13, INK, weight=600))
        parts.append(
            f'<rect x="{label_width}" y="{y + 4}" width="{track}" height="22" rx="4" fill="{PALE}"/>'
        )
        bar = track * hours / top
        parts.append(
            f'<rect x="{label_width}" y="{y + 4}" width="{bar:.1f}" height="22" rx="4" fill="{colour}"/>'
        )
        text = translate(N_("{hours} h/week"), language, hours=format_number(round(hours, 1), language))
        parts.append(_label(label_width + track + 10, y + 19, text, 12, MUTED))
    title = translate(N_("Capacity: required and available"), language)
    description = translate(
        N_("{required} hours per week required, {available} available"),
        language,
        required=format_number(round(required, 1), language),
        available=format_number(round(available, 1), language),
    )
    return _chart("capacity", title, description, 90, parts)


# --- pillar shares -----------------------------------------------------------------------------


def pillar_shares_chart(strategy: Strategy, language: str) -> Chart | None:
    """The planned share of each content pillar, as a stacked bar with a legend."""
    shares = _pillar_shares(strategy)
    if not shares:
        return None
    total = sum(share for _, share in shares) or 1.0
    parts, x = [], 0.0
    for index, (_name, share) in enumerate(shares):
        width = WIDTH * share / total
        colour = PALETTE[index % len(PALETTE)]
        parts.append(f'<rect x="{x:.1f}" y="0" width="{width:.1f}" height="34" fill="{colour}"/>')
        if width > 46:
            percent = f"{format_number(round(100 * share / total), language)} %"
            parts.append(_label(x + width / 2, 22, percent, 12, "#FFFFFF", anchor="middle", weight=600))
        x += width
    for index, (name, share) in enumerate(shares):
        y = 56 + index * 22
        colour = PALETTE[index % len(PALETTE)]
        parts.append(f'<rect x="0" y="{y - 11}" width="12" height="12" rx="2" fill="{colour}"/>')
        percent = format_number(round(100 * share / total, 1), language)
        parts.append(_label(20, y, f"{_clip(name, WIDTH - 120, 12)} · {percent} %", 12, INK))
    title = translate(N_("Content pillars"), language)
    description = translate(N_("Share of posts per content pillar"), language)
    return _chart("pillar-shares", title, description, 56 + len(shares) * 22, parts)


def _pillar_shares(strategy: Strategy) -> list[tuple[str, float]]:
    pillars = strategy.content.pillars if strategy.content else []
    if any(p.share for p in pillars):
        return [(p.name, float(p.share)) for p in pillars if p.share]
    calendar = strategy.content.calendar if strategy.content else []
    counts = {p.id: sum(1 for entry in calendar if entry.pillar == p.id) for p in pillars}
    return [(p.name, float(counts[p.id])) for p in pillars if counts[p.id]]


# --- SVG helpers -------------------------------------------------------------------------------


def _chart(key: str, title: str, description: str, height: float, parts: Sequence[str]) -> Chart:
    height = int(height) + 2
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" font-family="{FONT}">'
        f"<title>{_text(title)}</title><desc>{_text(description)}</desc>" + "".join(parts) + "</svg>"
    )
    return Chart(key, title, description, svg, WIDTH, height)


def _label(
    x: float,
    y: float,
    text: str,
    size: int,
    colour: str,
    anchor: str = "start",
    weight: int = 400,
    rotate: int = 0,
) -> str:
    transform = f' transform="rotate({rotate} {x:.1f} {y:.1f})"' if rotate else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{colour}" text-anchor="{anchor}" '
        f'font-weight="{weight}"{transform}>{_text(text)}</text>'
    )


def _legend(y: float, entries: Sequence[tuple[str, str]]) -> list[str]:
    parts, x = [], 0.0
    for colour, label in entries:
        parts.append(f'<rect x="{x:.1f}" y="{y}" width="12" height="12" rx="2" fill="{colour}"/>')
        parts.append(_label(x + 18, y + 10, label, 11, MUTED))
        x += 30 + len(label) * 11 * CHAR_WIDTH
    return parts


def _text(text: str) -> str:
    """User text as SVG character data: XML-invalid characters removed, the rest escaped."""
    return escape(_XML_INVALID.sub("", text), {'"': "&quot;", "'": "&apos;"})


def _wrap(text: str, width: float, size: int, max_lines: int) -> list[str]:
    """Greedy word wrap by estimated width; the last line ends in an ellipsis when cut."""
    per_line = max(4, int(width / (size * CHAR_WIDTH)))
    lines: list[str] = []
    current = ""
    for word in " ".join(text.split()).split(" "):
        while len(word) > per_line:
            lines, current = _push(lines, current), ""
            head, word = _split_word(word, per_line)
            lines.append(head)
        candidate = f"{current} {word}".strip()
        if len(candidate) <= per_line:
            current = candidate
        else:
            lines, current = _push(lines, current), word
    lines = _push(lines, current) or [""]
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], _clip(lines[max_lines - 1] + " …", width, size)]
        if not lines[-1].endswith("…"):
            lines[-1] = lines[-1] + "…"
    return lines


_VOWELS = frozenset("aeiouyäöüAEIOUYÄÖÜéèáàó")


def _split_word(word: str, per_line: int) -> tuple[str, str]:
    """A word too long for a line, split with a hyphen where a syllable may end.

    After a hyphen it has, else before a consonant between two vowels (``Geschäftsmo-dell``),
    else at the line's end; the head always ends in a hyphen, so no word breaks unmarked.

    >>> _split_word("Geschäftsmodell", 12), _split_word("Google-Unternehmensprofil", 12)
    (('Geschäftsmo-', 'dell'), ('Google-', 'Unternehmensprofil'))
    """
    hyphen = word.rfind("-", 0, per_line)
    if hyphen >= 2:
        return word[: hyphen + 1], word[hyphen + 1 :]
    for cut in range(per_line - 1, 2, -1):
        if len(word) - cut >= 3 and _syllable_ends(word, cut):
            return word[:cut] + "-", word[cut:]
    return word[: per_line - 1] + "-", word[per_line - 1 :]


def _syllable_ends(word: str, cut: int) -> bool:
    before, after, next_ = word[cut - 1], word[cut], word[cut + 1] if cut + 1 < len(word) else ""
    return before in _VOWELS and after.isalpha() and after not in _VOWELS and next_ in _VOWELS


def _push(lines: list[str], current: str) -> list[str]:
    return [*lines, current] if current else lines


def _clip(text: str, width: float, size: int) -> str:
    per_line = max(4, int(width / (size * CHAR_WIDTH)))
    return text if len(text) <= per_line else text[: per_line - 1].rstrip() + "…"
