"""Planning: marketing mix coverage, competences, capacity, the editorial calendar and its exports.

The functions here take a :class:`~socialstrategy.core.model.Strategy` and return plain data
(dataclasses with ``as_dict()``) that the CLI prints and the web app shows; nothing here
translates except where a function takes a ``language``. See ``docs/planning.md``.
"""
