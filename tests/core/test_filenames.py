"""File names are built once: ASCII, readable, without repetition."""

from __future__ import annotations

import itertools
import re

import pytest
from render_fixtures import rich_strategy

from socialstrategy.core.demos import list_demos, load_demo
from socialstrategy.core.filenames import file_name, organisation_slug
from socialstrategy.core.planning.exports import render_ics
from socialstrategy.core.render import DOCUMENT_KINDS, render
from socialstrategy.core.render.document import document_filename

SAFE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\.[a-z]+$")


def test_the_bakery_paper_is_named_after_the_bakery_its_title_and_language():
    strategy = load_demo("bakery")
    assert document_filename(strategy, "de", "strategy", "pdf") == (
        "baeckerei-sonnenkorn-social-media-strategie-2027-de.pdf"
    )
    assert (
        document_filename(strategy, "de", "crisis", "docx") == "baeckerei-sonnenkorn-krisenleitfaden-de.docx"
    )


def test_a_title_that_repeats_the_organisation_does_not_repeat_it_in_the_name():
    strategy = load_demo("practice")
    strategy.title = "Physiotherapie am Isartor – Social-Media-Strategie 2027"
    assert document_filename(strategy, "de", "strategy", "pdf") == (
        "physiotherapie-am-isartor-social-media-strategie-2027-de.pdf"
    )


@pytest.mark.parametrize("demo", list_demos())
@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_every_document_name_is_safe_and_has_no_repeated_run_of_words(demo, kind):
    strategy = load_demo(demo)
    name = render(strategy, strategy.language, kind, "md")[0]
    assert SAFE.match(name), name
    words = name.rsplit(".", 1)[0].split("-")
    pairs = list(itertools.pairwise(words))
    assert len(pairs) == len(set(pairs)), name
    assert "gmbh" not in words and "inc" not in words


def test_hostile_or_foreign_names_become_ascii():
    strategy = rich_strategy("en")
    strategy.organisation.name = 'Müller & Söhne <script> "Café" GmbH & Co. KG'
    strategy.title = "../../etc/passwd"
    name = document_filename(strategy, "en", "strategy", "docx")
    assert name == "mueller-soehne-script-cafe-etc-passwd-en.docx"
    assert file_name(strategy, None, extension="yaml").endswith(".yaml")


def test_a_very_long_name_is_cut_at_a_word():
    strategy = rich_strategy("de")
    strategy.organisation.name = "Sehr " * 40
    name = document_filename(strategy, "de", "guidelines", "pdf")
    assert len(name) <= 90 and SAFE.match(name)


def test_the_calendar_exports_use_the_same_organisation_name():
    strategy = load_demo("bakery")
    assert organisation_slug(strategy) == "baeckerei-sonnenkorn"
    assert render_ics(strategy)[0] == "baeckerei-sonnenkorn-calendar.ics"
