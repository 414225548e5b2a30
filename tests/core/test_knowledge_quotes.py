"""Every figure of the additions of 2026-12 is checked against the quote it was read from."""

from __future__ import annotations

import re

from socialstrategy.core.knowledge import load_knowledge

NUMBER_WORDS = {
    1: "ein",
    2: "zwei",
    3: "drei",
    4: "vier",
    5: "fünf",
    6: "sechs",
    7: "sieben",
    8: "acht",
    9: "neun",
    10: "zehn",
    11: "elf",
    12: "zwölf",
}


def _forms(value: float) -> list[str]:
    text = f"{value:g}"
    forms = [text, text.replace(".", ",")]
    if value == int(value) and int(value) in NUMBER_WORDS:
        forms.append(NUMBER_WORDS[int(value)])
    return forms


def _in_quote(value: float, quote: str) -> bool:
    return any(
        re.search(rf"(?<![\d,.]){re.escape(form)}(?![\d])", quote, re.IGNORECASE) for form in _forms(value)
    )


def test_every_exact_figure_with_a_quote_appears_in_it():
    kb = load_knowledge()
    quoted = [u for u in kb.usage if kb.sources[u.source].quote and u.qualifier != "approx"]
    assert len(quoted) >= 140
    wrong = [
        (u.platform, u.metric, u.age_band or u.group, u.value, u.source)
        for u in quoted
        if not _in_quote(u.value, kb.sources[u.source].quote or "")
    ]
    assert wrong == []


def test_a_figure_given_in_words_is_marked_approximate_and_says_so_in_its_note():
    kb = load_knowledge()
    approx = [u for u in kb.usage if kb.sources[u.source].quote and u.qualifier == "approx"]
    assert approx and all(u.note for u in approx)


def test_youth_surveys_keep_their_own_metrics_and_none_is_a_reach_metric():
    # JIM's "regular use" of 12-19-year-olds is not ARD/ZDF's weekly use of adults; never ranked together.
    kb = load_knowledge()
    youth = {
        "jim_regular",
        "postbank_use",
        "pew_teens_ever",
        "pew_teens_daily",
        "saferinternet_use",
        "saferinternet_daily_among_users",
        "james_regular",
        "bitkom_youth_occasional",
    }
    assert youth <= set(kb.metrics)
    assert not youth & set(kb.reach_metrics.values())
    assert {u.metric for u in kb.usage if u.source.startswith("jim_studie")} == {"jim_regular"}
