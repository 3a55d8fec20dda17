"""Whole seconds that add up: the one largest-remainder rounding of the timing engine."""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction


def whole_parts(exact: Sequence[float | Fraction], total: int) -> list[int]:
    """Round ``exact`` parts down to whole numbers, then give the ``total - sum`` units left
    over to the parts with the largest fractions (ties to the earlier part).

    ``total`` is normally the rounded sum of ``exact``; the parts then add up to it exactly,
    so phase targets read cleanly and a slot's phases sum to the slot. Pass Fractions where
    ties must be exact (percent shares of a slot).
    """
    floors = [math.floor(x) for x in exact]
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[: max(0, total - sum(floors))]:
        floors[i] += 1
    return floors
