"""The knowledge base: platforms, owned channels, usage surveys, tools and sector rules.

Knowledge is data, not code: the files in ``data/`` are validated when loaded, every figure names
its source and year, and what is not known is listed by :meth:`Knowledge.gaps` instead of being
guessed. A user overlay file adds or overrides entries (``$SOCIALSTRATEGY_KNOWLEDGE`` or
``--knowledge FILE``).

>>> kb = load_knowledge()
>>> kb.platform("instagram").name
'Instagram'
"""

from __future__ import annotations

from socialstrategy.core.knowledge.base import AudienceReach, Gap, Knowledge, KnowledgeError
from socialstrategy.core.knowledge.loader import ENV_VAR, clear_cache, load_knowledge
from socialstrategy.core.knowledge.schema import FORMAT_IDS, PLATFORM_IDS, SECTOR_IDS

__all__ = [
    "ENV_VAR",
    "FORMAT_IDS",
    "PLATFORM_IDS",
    "SECTOR_IDS",
    "AudienceReach",
    "Gap",
    "Knowledge",
    "KnowledgeError",
    "clear_cache",
    "load_knowledge",
]
