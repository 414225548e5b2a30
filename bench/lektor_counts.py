"""Print the defects the Lektor detectors (tests/lektor.py) find in every text family.

    uv run python bench/lektor_counts.py [DETECTOR]

prints the total, the distinct defects, the count per detector and per family × variant; with
DETECTOR (part of a detector's name, or "all") also every defect found.
"""

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

from lektor import defects
from lektor_corpus import DEMOS, FAMILIES, TOOL_FAMILIES, VARIANTS, masked, texts


def main(show: str | None) -> None:
    per_detector: collections.Counter[str] = collections.Counter()
    per_text: collections.Counter[tuple[str, str]] = collections.Counter()
    distinct = set()
    for demo in DEMOS:
        for variant in VARIANTS:
            for family in FAMILIES:
                text = masked(texts(demo, variant)[family], demo)
                for name, snippet in defects(text, variant, tool=family in TOOL_FAMILIES):
                    per_detector[name] += 1
                    per_text[(family, variant)] += 1
                    distinct.add((name, snippet))
                    if show and (show == "all" or show in name):
                        print(f"{demo}.{variant}.{family}: [{name}] {snippet!r}")
    print(f"{sum(per_detector.values())} defects, {len(distinct)} distinct")
    for name, count in per_detector.most_common():
        print(f"{count:6} {name}")
    for (family, variant), count in sorted(per_text.items()):
        print(f"{count:6} {family} {variant}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
