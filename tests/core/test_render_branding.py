"""Branding (``Strategy.branding``): logo, colours, font and sender lines in the PDF, the DOCX and
the HTML; a value that cannot be used is one finding naming its field and never stops a render."""

from __future__ import annotations

import io
import struct
import subprocess
import zlib
from pathlib import Path

import jsonschema
import pytest
from docx import Document as read_docx
from hypothesis import given
from hypothesis import strategies as st
from tests.core.render_tools import needs_poppler, pdf_text

from socialstrategy.core.branding import (
    DEFAULT_BRAND,
    LogoError,
    contrast_with_white,
    image_logo,
    image_size,
    logo_data_uri,
    normalise_colour,
    read_brand,
)
from socialstrategy.core.checks import run_checks
from socialstrategy.core.demos import load_demo
from socialstrategy.core.fileformat import dump_strategy, loads_strategy, schema
from socialstrategy.core.model import Branding, Strategy
from socialstrategy.core.render import render
from socialstrategy.core.render.document import build_document


def png(width: int, height: int) -> bytes:
    rows = b"".join(b"\x00" + bytes((40, 90, 160, 255)) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


LOGO = png(120, 40)
GOOD = Branding(
    logo=logo_data_uri(LOGO),
    primary_colour="#5b2a86",
    accent_colour="0F7A6B",
    highlight_colour="#B5446E",
    font="Source Sans 3",
    prepared_by="Coaching Weber",
    contact="hallo@coaching-weber.de",
)
BAD = Branding(
    logo="data:image/png;base64," + "A" * 40,
    primary_colour="navy",
    accent_colour="#FFFF00",
    font='Arial"; } body { display: none',
)


def branded(name: str, branding: Branding) -> Strategy:
    return load_demo(name).model_copy(update={"branding": branding})


def test_no_branding_is_the_default_look():
    assert build_document(load_demo("bakery"), "de").brand == DEFAULT_BRAND


def test_values_are_normalised_and_the_charts_recoloured():
    document = build_document(branded("bakery", GOOD), "de")
    brand = document.brand
    assert (brand.primary, brand.accent, brand.highlight) == ("#5B2A86", "#0F7A6B", "#B5446E")
    assert brand.logo is not None and (brand.logo.width, brand.logo.height) == (120, 40)
    svgs = "".join(chart.svg for chart in document.charts())
    assert '"#5B2A86"' in svgs and '"#233D63"' not in svgs
    assert ("Beratung", "Coaching Weber · hallo@coaching-weber.de") in document.meta


@needs_poppler
@pytest.mark.parametrize("kind", ["strategy", "guidelines", "poster"])
def test_the_pdf_carries_logo_colours_and_sender(kind, tmp_path: Path):
    pdf = render(branded("bakery", GOOD), "de", kind, "pdf")[2]
    path = tmp_path / "branded.pdf"
    path.write_bytes(pdf)
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True)
    assert any(line.split()[3:5] == ["120", "40"] for line in images.stdout.splitlines()[2:])
    if kind == "strategy":
        assert "Coaching Weber" in pdf_text(pdf, tmp_path)


@pytest.mark.parametrize("kind", ["strategy", "crisis"])
def test_the_docx_carries_logo_colours_and_font(kind):
    docx = read_docx(io.BytesIO(render(branded("bakery", GOOD), "de", kind, "docx")[2]))
    assert LOGO in [part.blob for part in docx.part.package.parts if part.partname.endswith(".png")]
    heading = docx.styles["Heading 1"].font
    assert str(heading.color.rgb) == "5B2A86" and heading.name == "Source Sans 3"
    assert docx.styles["Normal"].font.name == "Source Sans 3"


def test_the_html_carries_logo_colours_and_font():
    html = render(branded("bakery", GOOD), "en", "strategy", "html")[2].decode()
    assert '<img class="logo" src="data:image/png;base64,' in html and 'alt="Logo"' in html
    assert "#5B2A86" in html and "#233D63" not in html
    assert 'font-family: "Source Sans 3", Inter,' in html


def test_bad_values_are_one_finding_each_naming_the_field():
    findings = [f for f in run_checks(branded("bakery", BAD)) if f.code == "branding-invalid"]
    assert sorted(f.path for f in findings) == [
        "branding.accent_colour",
        "branding.font",
        "branding.logo",
        "branding.primary_colour",
    ]
    messages = {f.path: f.translated_message("de") for f in findings}
    assert (
        messages["branding.primary_colour"]
        == "„navy“ ist keine Farbe; bitte als #RRGGBB angeben, z. B. #233D63."
    )
    assert "zu hell" in messages["branding.accent_colour"]
    assert not [f for f in run_checks(load_demo("bakery")) if f.code == "branding-invalid"]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md"])
def test_bad_values_never_break_a_render_and_fall_back(fmt):
    data = render(branded("sensors", BAD), "en", "strategy", fmt)[2]
    assert data
    if fmt == "html":
        html = data.decode()
        assert "#233D63" in html and "<img" not in html and "display: none" not in html


def test_a_branded_strategy_is_valid_for_the_schema_and_round_trips():
    strategy = branded("practice", GOOD)
    text = dump_strategy(strategy)
    assert loads_strategy(text) == strategy
    validator = jsonschema.Draft202012Validator(schema())
    assert not list(validator.iter_errors(strategy.model_dump(mode="json", exclude_none=True)))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"GIF89a" + b"\x00" * 20, "not a complete PNG or JPEG"),
        (LOGO[:20], "not a complete PNG or JPEG"),
        (png(7000, 1), "at most 6000 a side"),
        (b"\x89PNG" + b"\x00" * 1_000_001, "larger than 1000 KB"),
    ],
)
def test_unusable_logos_are_refused_with_a_reason(data, message):
    with pytest.raises(LogoError, match=message):
        image_logo(data)


def test_jpeg_size_is_read_from_its_frame_header():
    jpeg = (
        b"\xff\xd8"
        + b"\xff\xe0\x00\x10"
        + b"JFIF\x00"
        + b"\x00" * 9
        + b"\xff\xc0\x00\x11\x08\x00\x30\x00\x50\x03"
    )
    assert image_size(jpeg) == ("jpg", 80, 48)


@given(st.binary(max_size=300))
def test_image_size_never_fails_on_any_bytes(data):
    size = image_size(data)
    assert size is None or (size[1] > 0 and size[2] > 0)


@given(st.binary(max_size=200))
def test_image_size_reads_any_png_header(tail):
    header = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" + struct.pack(">II", 300, 100)
    assert image_size(header + tail) == ("png", 300, 100)


@given(st.text(max_size=12))
def test_a_colour_is_normalised_or_refused(value):
    colour = normalise_colour(value)
    assert colour is None or (len(colour) == 7 and normalise_colour(colour) == colour)
    if colour is not None:
        assert 1.0 <= contrast_with_white(colour) <= 21.0


def test_the_default_colours_pass_their_own_contrast_rule():
    strategy = load_demo("bakery").model_copy(
        update={
            "branding": Branding(
                primary_colour="#233D63", accent_colour="#17A398", highlight_colour="#E4572E"
            )
        }
    )
    assert read_brand(strategy)[1] == []
