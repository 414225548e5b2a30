"""Detectors a Lektor would run over generated text: each returns the defects it finds.

A defect is ``(detector, snippet)``. The detectors are heuristics tuned to this tool's texts:
they read Markdown and terminal output, skip web addresses, and leave the brand names of
platforms alone (``Instagram``, ``LinkedIn``, ``Google``). :func:`defects` runs every detector
that applies to a language and address form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

Defect = tuple[str, str]

_URL = re.compile(r"https?://\S+|\b[\w.+-]+@[\w-]+\.[\w.]+|\S+\.(?:yaml|json|md|pdf|docx|html|ics|csv|zip)\b")
_SPACE = r"[ \t]"  # an ordinary, breakable space (a line break inside a table cell is ok)


def readable(text: str) -> str:
    """``text`` without web addresses, e-mail addresses and file names, which follow no prose rules."""
    return _URL.sub(" ", text)


def _hits(name: str, pattern: str | re.Pattern[str], text: str, flags: int = 0) -> Iterator[Defect]:
    for match in re.finditer(pattern, text, flags):
        start, end = max(match.start() - 25, 0), min(match.end() + 25, len(text))
        yield name, text[start:end].replace("\n", "⏎")


# --- address forms -------------------------------------------------------------------------

_DU = r"\b(?:du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure|eurem|euren|eurer|eures)\b"
_DU_IMPERATIVE_PLURAL = (
    r"\b(?:Ergänzt|Tragt|Legt|Prüft|Verwendet|Nutzt|Schreibt|Seht|Achtet|Klärt|Plant|Gebt|Nehmt)\b"
    r"(?!\s+ihr\b)"  # "Nehmt ihr auch …?" is a question to the company, not an instruction
)


def du_forms(text: str) -> Iterator[Defect]:
    """Informal address (du, dein, euch, plural imperatives) in a text that says Sie."""
    yield from _hits("du in a Sie text", _DU, text, re.IGNORECASE)
    yield from _hits("ihr-imperative in a Sie text", _DU_IMPERATIVE_PLURAL, text)


def sie_forms(text: str) -> Iterator[Defect]:
    """Formal address (Sie, Ihnen, Ihr in mid-sentence) in a text that says du."""
    for line in text.splitlines():
        for match in re.finditer(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b", line):
            before = line[: match.start()].rstrip(" *„(\"'")
            at_start = not before or before[-1] in ".!?:;|–•→#-" or before.endswith("**")
            if match.group() == "Ihnen" or not at_start:
                yield "Sie in a du text", line[max(match.start() - 25, 0) : match.end() + 25]


def plural_imperatives(text: str) -> Iterator[Defect]:
    """ "Ergänzt …, tragt …": du texts speak to one person, not to a group."""
    yield from _hits("ihr-imperative in a du text", _DU_IMPERATIVE_PLURAL, text)


def mixed_address(text: str) -> Iterator[Defect]:
    """A text (the tool's own) that says both du and Sie."""
    du = next(du_forms(text), None)
    sie = next(sie_forms(text), None)
    if du and sie:
        yield "du and Sie in one text", f"{du[1]} … {sie[1]}"


# --- grammar -------------------------------------------------------------------------------

BANNED: dict[str, tuple[str, ...]] = {
    # (language, pattern): the constructions the issue quotes, and their kin
    "preposition before a company name without article": (
        r"\b(?:von|für|bei|mit|zu|über|durch|gegen|ohne|aus)\s+(?:[A-ZÄÖÜ][\w&.-]*\s+){0,3}"
        r"(?:GmbH|AG|KG|e\.\s?V\.|Inc\.|Ltd\.|SE|UG)\b",
    ),
    "double full stop": (r"(?<![.\w])\w+\.\.(?!\.)", r"\w\.\.(?!\.)"),
    "percentage of a quoted name": (r"%\s+(?:von|der|des)\s+„",),
    "the age group 'all'": (r"Altersgruppe alle", r"Alter all\b", r"\bage group all\b"),
    "singular verb before a list of people": (
        r"\*\*(?:Wird informiert|Entscheidet|Gibt frei|Gibt Stellungnahmen frei):\*\*\s*[^\n,]+(?:,|\sund\s)",
    ),
    "article that does not agree": (r"\bein\s+\w+e\s+\w+-Geschäft", r"\bein\s+(?:öffentliche|private)\b"),
    "singular count with a plural noun": (
        r"(?<![\d,.])1(?:\s|\u00a0|\u202f)+(?:Stunden|Befunde|Beiträge|Personen|Wochen|Tage|Monate"
        r"|Plattformen|Kanäle|Fehler:|Warnungen|Hinweise|Ziele|Unternehmensziele|Zielgruppen|Kennzahlen"
        r"|Mitarbeitende|Anfragen)\b",
        r"(?<![\d,.])1(?:\s|\u00a0|\u202f)+(?:hours|findings|posts|people|weeks|days|months|platforms"
        r"|channels|goals|audiences|KPIs|employees|corporate goals)\b",
    ),
    "all with a count of one": (r"\b(?:Alle|alle|All|all)\s+1\b",),
    "a word repeated after its label": (r"\b(\w{4,})\*{0,2}:\*{0,2}\s+\w+\s+\1\b",),
    "infinity as a number": (r"∞",),
    "calque: the budget buys hours": (r"kauft bis zu", r"\bkauft\b[^.\n]*(?:Std\.|Stunden)"),
    "calque: mögen Sie": (r"\bMögen Sie\b", r"\bMögt ihr\b", r"\bMagst du uns\b"),
    "calque: verwendet [product] for food": (r"Bitte verwendet \[", r"Bitte verwenden Sie \[Produkt"),
    "self-contradicting address description": (r"siezen unsere Community; in Beiträgen an alle",),
    "raw key in quotes": (
        r"„(?!(?:ihr|du|euch|dich)“)[a-z]+(?:_[a-z]+)*“(?!\s+ist nicht)",
        r"“[a-z]+(?:_[a-z]+)+”",
    ),
    "raw snake_case key": (r"(?<![\w./{-])[a-z]+_[a-z_]+(?![\w./}(-])",),
}
"""Banned constructions: name → regular expressions (German and English)."""


def banned_constructions(text: str) -> Iterator[Defect]:
    """The constructions of :data:`BANNED`."""
    for name, patterns in BANNED.items():
        for pattern in patterns:
            yield from _hits(name, pattern, text)


# --- wrong language ------------------------------------------------------------------------

ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "with",
        "for",
        "from",
        "is",
        "are",
        "not",
        "this",
        "that",
        "which",
        "value",
        "quoted",
        "secondary",
        "sources",
        "itself",
        "read",
        "verify",
        "weak",
        "vendor",
        "blog",
        "wrote",
        "next",
        "per",
        "week",
        "hours",
        "posts",
        "all",
        "none",
        "yes",
        "no",
        "score",
        "weights",
        "summary",
        "by",
        "via",
        "notes",
        "note",
        "anecdote",
        "study",
        "single",
        "agency",
        "press",
        "release",
        "research",
        "public",
        "unknown",
        "e-mail",
        "email",
        "website",
        "business",
        "profile",
        "channels",
        "page",
        "pages",
        "community-managed",
        "findings",
        "warnings",
        "errors",
        "infos",
        "error",
        "warning",
        "info",
        "step",
        "goal",
        "goals",
        "audience",
        "audiences",
        "platform",
        "platforms",
        "reach",
        "fit",
        "budget",
        "hint",
        "see",
        "also",
        "only",
        "more",
        "less",
        "than",
        "about",
    ]
)
"""English words that have no business in German prose (brand names are not in the list)."""

_BRANDS = (
    r"\b(?:Google\s+Ads|Meta\s+Business\s+Suite|Canva\s+Pro|LinkedIn\s+Ads|TikTok\s+Ads|Instagram\s+Reels"
    r"|Business\s+Manager|WhatsApp\s+Business|YouTube\s+Shorts|Facebook\s+Ads|Sprout\s+Social|Hootsuite)\b"
)

GERMAN_WORDS = frozenset(
    [
        "und",
        "der",
        "die",
        "das",
        "mit",
        "für",
        "nicht",
        "ist",
        "sind",
        "wir",
        "unsere",
        "unser",
        "ein",
        "eine",
        "einen",
        "dem",
        "den",
        "des",
        "von",
        "zu",
        "im",
        "auf",
        "bei",
        "pro",
        "Woche",
        "Stunden",
        "Beiträge",
        "Std.",
        "Ziel",
        "Ziele",
        "Zielgruppe",
        "Zielgruppen",
        "Plattform",
        "Befunde",
        "Fehler",
        "Hinweis",
        "Warnung",
        "oder",
        "auch",
        "wenn",
        "dass",
        "über",
        "nach",
    ]
)


def english_words(text: str) -> Iterator[Defect]:
    """English words in German text (outside web addresses and brand names)."""
    text = re.sub(_BRANDS, " ", readable(text))
    for match in re.finditer(r"(?<![\w-])[A-Za-z][a-z]+(?:-[a-z]+)?(?![\w-])", text):
        if match.group().lower() in ENGLISH_WORDS and not _is_german_homograph(match, text):
            start, end = max(match.start() - 25, 0), min(match.end() + 25, len(text))
            yield "English in German text", text[start:end].replace("\n", "⏎")


def _is_german_homograph(match: re.Match[str], text: str) -> bool:
    word = match.group()
    # "Community", "Blog", "Budget", "Website", "Info", "Score" are German nouns (capitalised);
    # "pro Woche" is German; "die" and "also" are German words.
    german_nouns = {"Community", "Blog", "Budget", "Website", "Info", "Infos", "Posts", "Score", "Profile"}
    if word in german_nouns and not re.match(r"\s+(?:blog|page|profile|Profile)\b", text[match.end() :]):
        return word != "Profile"
    return word in {"pro", "Hint", "also", "die", "Note", "Noten", "Page", "Reach"} and word != "Reach"


def german_words(text: str) -> Iterator[Defect]:
    """German words (and umlauts) in English text."""
    text = readable(text)
    for match in re.finditer(r"(?<![\w-])[\wÄÖÜäöüß.]+(?![\w-])", text):
        word = match.group()
        if word in GERMAN_WORDS or re.search(r"[äöüßÄÖÜ]", word):
            start, end = max(match.start() - 25, 0), min(match.end() + 25, len(text))
            yield "German in English text", text[start:end].replace("\n", "⏎")


# --- typography ----------------------------------------------------------------------------

_UNITS = r"(?:%|‰|h|Std\.|Min\.|min|km|m|kg|€|EUR|USD|CHF|\$|Mio\.|Tsd\.|Mrd\.|Tage?|Wo\.)"


def missing_no_break_spaces(text: str, language: str) -> Iterator[Defect]:
    """A breakable space between a number and its unit or percent sign, or inside "§ 5"."""
    yield from _hits("breakable space before a unit", rf"\d{_SPACE}+{_UNITS}(?![\w])", readable(text))
    yield from _hits("breakable space after § or Nr.", rf"(?:§|Nr\.|S\.){_SPACE}+\d", readable(text))
    if language == "de":
        yield from _hits("percent without space", r"\d%", readable(text))


def ascii_quotes(text: str) -> Iterator[Defect]:
    """Straight or English quotes in German text ("…", “…”, '…')."""
    text = readable(text)
    yield from _hits("straight quotes in German text", r'"[^"\n]{1,80}"', text)
    yield from _hits("English opening quote in German text", r"(?:^|[\s(])“\w", text, re.MULTILINE)


def hyphen_ranges(text: str) -> Iterator[Defect]:
    """A range written with a hyphen ("14-29") instead of an en dash ("14–29")."""
    text = readable(text)
    text = re.sub(r"\+\d[\d ]+", " ", text)  # telephone numbers
    yield from _hits("hyphen in a range", r"(?<![\w.-])\d{1,4}-\d{1,4}(?![\w.-])", text)


def iso_dates(text: str) -> Iterator[Defect]:
    """A date written as 2026-03-02 in German text."""
    yield from _hits("ISO date in German text", r"\b\d{4}-\d{2}-\d{2}\b", readable(text))


def english_decimals(text: str) -> Iterator[Defect]:
    """ "0.28" in German text."""
    yield from _hits(
        "decimal point in German text", r"(?<![\d.])(?<!Version:\*\* )\d+\.\d{1,2}(?![\d.])", readable(text)
    )


def german_decimals(text: str) -> Iterator[Defect]:
    """ "0,28" in English text."""
    yield from _hits("decimal comma in English text", r"(?<![\d,])\d+,\d{1,2}(?![\d,])", readable(text))


def defects(text: str, variant: str, *, tool: bool = False) -> list[Defect]:
    """Every defect in ``text`` written for ``variant`` (``en``, ``de-sie``, ``de-du``).

    ``tool`` texts (the tool speaking to its user) may use either address form, but only one.
    """
    language = "en" if variant == "en" else "de"
    detectors: list[Callable[[str], Iterator[Defect]]] = [banned_constructions, hyphen_ranges]
    if language == "de":
        detectors += [english_words, ascii_quotes, iso_dates, english_decimals]
        if tool:
            detectors.append(mixed_address)
        else:
            detectors.append(du_forms if variant == "de-sie" else sie_forms)
        if variant == "de-du":
            detectors.append(plural_imperatives)
    else:
        detectors += [german_words, german_decimals]
    found = [defect for detector in detectors for defect in detector(text)]
    return found + list(missing_no_break_spaces(text, language))
