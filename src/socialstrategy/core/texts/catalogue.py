"""The catalogue of common tone attributes (``data/tone.yaml``), shared by context and tone guide."""

from __future__ import annotations

from socialstrategy.core.texts.engine import Variant, data, variant_data


def find_tone_attribute(name: str) -> str | None:
    """The catalogue id for a tone attribute named in English or German, e.g. ``herzlich`` → ``warm``."""
    wanted = _normalise(name)
    for entry in data("tone")["attributes"]:
        if wanted in _names(entry, "en") | _names(entry, "de"):
            return str(entry["id"])
    return None


def tone_label(variant: Variant, name: str) -> str:
    """The attribute in the text's language: the user's own word if it is in that language,
    else the catalogue's word (``herzlich`` → ``warm`` in English); a custom attribute stays as
    the user wrote it."""
    catalogue_id = find_tone_attribute(name)
    if catalogue_id is None:
        return name
    entry = next(item for item in data("tone")["attributes"] if item["id"] == catalogue_id)
    if _normalise(name) in _names(entry, variant[:2]):
        return name
    return str(variant_data(variant, "tone")["attributes"][catalogue_id]["label"])


def _names(entry: dict[str, object], language: str) -> set[str]:
    names = entry.get(language) or []
    assert isinstance(names, list)
    return {_normalise(str(alias)) for alias in names}


def _normalise(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())
