"""The catalogue of common tone attributes (``data/tone.yaml``), shared by context and tone guide."""

from __future__ import annotations

from socialstrategy.core.texts.engine import Variant, data, variant_data


def find_tone_attribute(name: str) -> str | None:
    """The catalogue id for a tone attribute named in English or German, e.g. ``herzlich`` → ``warm``."""
    wanted = _normalise(name)
    for entry in data("tone")["attributes"]:
        if wanted in {_normalise(alias) for alias in entry["names"]}:
            return str(entry["id"])
    return None


def tone_label(variant: Variant, name: str) -> str:
    """The attribute in the text's language; a custom attribute stays as the user wrote it."""
    catalogue_id = find_tone_attribute(name)
    if catalogue_id is None:
        return name
    return str(variant_data(variant, "tone")["attributes"][catalogue_id]["label"])


def _normalise(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())
