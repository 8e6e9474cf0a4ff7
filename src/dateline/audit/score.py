"""Precision of a judged sample: right / judged, with a 95% Wilson score interval.

The Wilson interval is used rather than the normal approximation because audit samples are
small and precision may lie near 0 or 1, where the normal interval leaves [0, 1] or collapses
to a point.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from dateline.audit.kinds import Kind
from dateline.audit.sheets import Judged

Z95 = 1.959963984540054  # the standard normal quantile of 0.975


def wilson(right: int, judged: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion ``right / judged`` (``(0, 1)`` when none)."""
    if judged == 0:
        return 0.0, 1.0
    share = right / judged
    scale = 1 + z * z / judged
    centre = (share + z * z / (2 * judged)) / scale
    half = z / scale * math.sqrt(share * (1 - share) / judged + z * z / (4 * judged * judged))
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class Score:
    kind: Kind
    verdicts: Counter  # verdict -> rows
    groups: dict[str, Counter]  # type (speaker kind, actor kind) -> verdict -> rows
    unjudged: int

    @property
    def judged(self) -> int:
        return sum(self.verdicts.values())

    @property
    def right(self) -> int:
        return self.verdicts["right"]

    @property
    def precision(self) -> float | None:
        return self.right / self.judged if self.judged else None

    def lines(self) -> list[str]:
        """The report: precision and interval, counts by verdict and by group, the SUMMARY."""
        low, high = wilson(self.right, self.judged)
        precision = "-" if self.precision is None else f"{self.precision:.3f}"
        lines = [
            f"{self.kind.name}: {self.judged} judged, {self.unjudged} not yet judged",
            f"precision {precision} ({self.right}/{self.judged}), "
            f"95% Wilson interval {low:.3f}-{high:.3f}",
            "",
            f"{'verdict':<20}{'rows':>6}{'share':>8}",
        ]
        for verdict in self.kind.verdicts:
            count = self.verdicts[verdict]
            share = f"{100 * count / self.judged:.1f}%" if self.judged else "-"
            lines.append(f"{verdict:<20}{count:>6}{share:>8}")
        heading = {"type": "type", "speaker_kind": "speaker kind"}.get(
            self.kind.group, self.kind.group
        )
        lines += ["", f"{heading:<20}{'judged':>7}{'right':>7}{'precision':>11}  errors"]
        for group, counts in sorted(self.groups.items(), key=lambda g: -sum(g[1].values())):
            judged = sum(counts.values())
            errors = ", ".join(f"{v} {n}" for v, n in counts.most_common() if v != "right")
            share = f"{counts['right'] / judged:.3f}" if judged else "-"
            lines.append(f"{group:<20}{judged:>7}{counts['right']:>7}{share:>11}  {errors}")
        lines.append(
            f"SUMMARY precision={precision} low={low:.3f} high={high:.3f} "
            f"judged={self.judged} right={self.right}"
        )
        return lines


def score(kind: Kind, rows: Iterable[Judged]) -> Score:
    verdicts: Counter = Counter()
    groups: dict[str, Counter] = {}
    unjudged = 0
    for row in rows:
        if row.verdict is None:
            unjudged += 1
            continue
        verdicts[row.verdict] += 1
        groups.setdefault(row.group, Counter())[row.verdict] += 1
    return Score(kind, verdicts, groups, unjudged)
