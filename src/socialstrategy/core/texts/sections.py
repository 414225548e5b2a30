"""Merging freshly generated sections with the user's: customised sections always win."""

from __future__ import annotations

from socialstrategy.core.model import TextSection


def merge_sections(existing: list[TextSection], fresh: list[TextSection]) -> list[TextSection]:
    """Refresh what the user did not touch, keep what they customised, add what is missing.

    The user's order is kept; a missing section goes right after its predecessor in the
    generated order. A section with a key the generator does not know is the user's own (written
    by hand or imported) and is kept as it is, customised or not: nothing is ever thrown away.

    >>> old = [TextSection(key="a", title="A", body="mine", customised=True)]
    >>> new = [TextSection(key="a", title="A", body="fresh"), TextSection(key="b", title="B")]
    >>> [(s.key, s.body) for s in merge_sections(old, new)]
    [('a', 'mine'), ('b', '')]
    """
    by_key = {section.key: section for section in fresh}
    merged = [
        by_key[section.key] if section.key in by_key and not section.customised else section.model_copy()
        for section in existing
    ]
    present = {section.key for section in merged}
    for index, section in enumerate(fresh):
        if section.key in present:
            continue
        merged.insert(_position_after(merged, [s.key for s in fresh[:index]]), section)
        present.add(section.key)
    return merged


def customise(sections: list[TextSection], key: str, title: str, body: str) -> list[TextSection]:
    """The sections with ``key`` replaced by the user's text (added if it did not exist)."""
    edited = TextSection(key=key, title=title, body=body, customised=True)
    if all(section.key != key for section in sections):
        return [*sections, edited]
    return [edited if section.key == key else section for section in sections]


def _position_after(merged: list[TextSection], predecessors: list[str]) -> int:
    keys = [section.key for section in merged]
    for key in reversed(predecessors):
        if key in keys:
            return keys.index(key) + 1
    return 0
