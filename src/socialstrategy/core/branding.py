"""The look of the documents: a strategy's ``branding`` (the coach's, agency's or client's logo,
colours, font and sender lines) read into a :class:`Brand` every writer applies.

Nothing here may break a render: a value that cannot be used (a colour that is no ``#RRGGBB``
or too light for white text, a logo that is not a readable PNG or JPEG or too large) is replaced
by the default look, and :func:`brand_problems` names the field, for the strategy check
(``branding-invalid``) and the command line.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
from dataclasses import dataclass, field, replace
from typing import Literal

from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy

PRIMARY, ACCENT, HIGHLIGHT = "#233D63", "#17A398", "#E4572E"
"""The default look: navy (cover, headings, table headers), teal (numbers, rules), coral."""

MAX_LOGO_BYTES = 1_000_000
MAX_LOGO_SIDE = 6_000
MAX_LOGO_PIXELS = 16_000_000
_COLOUR = re.compile(r"^#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")
_FONT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-]{0,39}$")
_DATA_URI = re.compile(r"^data:image/(png|jpeg|jpg);base64,", re.IGNORECASE)
_MIN_CONTRAST = {"primary_colour": 4.5, "accent_colour": 3.0, "highlight_colour": 3.0}
"""Against white: the primary colour carries white body text (cover, table headers), the others
large text and rules."""

LogoFormat = Literal["png", "jpg"]


class LogoError(ValueError):
    """A logo that cannot be used; ``message`` is an English message id."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params))
        self.message, self.params = message, params


@dataclass(frozen=True)
class Logo:
    format: LogoFormat
    data: bytes
    width: int
    height: int


@dataclass(frozen=True)
class Brand:
    primary: str = PRIMARY
    accent: str = ACCENT
    highlight: str = HIGHLIGHT
    font: str = ""
    """A font for the DOCX and the HTML (the PDF embeds its own, Inter); empty: Arial / Inter."""
    prepared_by: str = ""
    contact: str = ""
    logo: Logo | None = field(default=None, repr=False)

    def recolour(self, svg: str) -> str:
        """A chart drawn in the default colours, in this brand's."""
        for default, colour in ((PRIMARY, self.primary), (ACCENT, self.accent), (HIGHLIGHT, self.highlight)):
            if colour != default:
                svg = svg.replace(f'"{default}"', f'"{colour}"')
        return svg


DEFAULT_BRAND = Brand()


@dataclass(frozen=True)
class BrandProblem:
    path: str
    message: str
    params: dict[str, object]


def read_brand(strategy: Strategy) -> tuple[Brand, list[BrandProblem]]:
    """The strategy's brand, every unusable value replaced by the default, and what was wrong."""
    branding = strategy.branding
    if branding is None:
        return DEFAULT_BRAND, []
    problems: list[BrandProblem] = []
    colours = [PRIMARY, ACCENT, HIGHLIGHT]
    for index, name in enumerate(("primary_colour", "accent_colour", "highlight_colour")):
        value = getattr(branding, name)
        if value is None:
            continue
        colour = normalise_colour(value)
        if colour is None:
            problems.append(BrandProblem(f"branding.{name}", _BAD_COLOUR, {"value": value}))
        elif contrast_with_white(colour) < _MIN_CONTRAST[name]:
            problems.append(BrandProblem(f"branding.{name}", _LIGHT_COLOUR, {"value": value}))
        else:
            colours[index] = colour
    brand = Brand(primary=colours[0], accent=colours[1], highlight=colours[2])
    if branding.font:
        if _FONT.match(branding.font.strip()):
            brand = replace(brand, font=branding.font.strip())
        else:
            problems.append(BrandProblem("branding.font", _BAD_FONT, {"value": branding.font}))
    brand = replace(brand, prepared_by=branding.prepared_by or "", contact=branding.contact or "")
    if branding.logo:
        try:
            brand = replace(brand, logo=decode_logo(branding.logo))
        except LogoError as error:
            problems.append(BrandProblem("branding.logo", error.message, error.params))
    return brand, problems


def brand_problems(strategy: Strategy) -> list[BrandProblem]:
    return read_brand(strategy)[1]


_BAD_COLOUR = N_("“{value}” is not a colour; write it as #RRGGBB, e.g. #233D63.")
_LIGHT_COLOUR = N_("The colour {value} is too light for white text and for text on white.")
_BAD_FONT = N_("“{value}” is not a font name (letters, digits, spaces and hyphens, at most 40).")


def normalise_colour(value: str) -> str | None:
    """``#RRGGBB`` in capitals, from ``#rgb``, ``rrggbb`` or ``#RRGGBB``; None if it is none."""
    match = _COLOUR.match(value.strip())
    if match is None:
        return None
    digits = match.group(1).upper()
    return "#" + (digits if len(digits) == 6 else "".join(c * 2 for c in digits))


def contrast_with_white(colour: str) -> float:
    """WCAG 2 contrast ratio of ``#RRGGBB`` against white (1 to 21)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


def logo_data_uri(data: bytes) -> str:
    """A logo file's bytes as the ``data:`` URI ``branding.logo`` holds; :class:`LogoError` if
    it is no usable PNG or JPEG."""
    logo = image_logo(data)
    mime = "png" if logo.format == "png" else "jpeg"
    return f"data:image/{mime};base64,{base64.b64encode(data).decode('ascii')}"


def decode_logo(uri: str) -> Logo:
    match = _DATA_URI.match(uri)
    if match is None:
        raise LogoError(N_("The logo is not a PNG or JPEG image (expected data:image/png;base64,…)."))
    try:
        data = base64.b64decode(uri[match.end() :], validate=True)
    except (binascii.Error, ValueError):
        raise LogoError(N_("The logo cannot be read: its base64 data is damaged.")) from None
    return image_logo(data)


def image_logo(data: bytes) -> Logo:
    """The logo in ``data`` with its pixel size, checked for type, file size and pixel count."""
    if len(data) > MAX_LOGO_BYTES:
        raise LogoError(N_("The logo is larger than {limit} KB."), limit=MAX_LOGO_BYTES // 1000)
    size = image_size(data)
    if size is None:
        raise LogoError(N_("The logo cannot be read: it is not a complete PNG or JPEG image."))
    kind, width, height = size
    if width > MAX_LOGO_SIDE or height > MAX_LOGO_SIDE or width * height > MAX_LOGO_PIXELS:
        raise LogoError(
            N_("The logo has {width} × {height} pixels; at most {side} a side, {million} million in all."),
            width=width,
            height=height,
            side=MAX_LOGO_SIDE,
            million=MAX_LOGO_PIXELS // 1_000_000,
        )
    return Logo(kind, data, width, height)


def image_size(data: bytes) -> tuple[LogoFormat, int, int] | None:
    """``("png" | "jpg", width, height)`` from a PNG's IHDR or a JPEG's frame header; None for
    anything else, a truncated header or a size of 0."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return ("png", width, height) if width and height else None
    if not data.startswith(b"\xff\xd8"):
        return None
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            position += 1 if marker == 0xFF else 2
            continue
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if position + 9 > len(data) or length < 7:
                return None
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return ("jpg", width, height) if width and height else None
        if length < 2:
            return None
        position += 2 + length
    return None
