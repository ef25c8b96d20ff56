"""Chance-corrected agreement: Cohen's κ, Fleiss' κ, and Krippendorff's α.

Cohen's and Fleiss' κ are a few lines of textbook arithmetic (Cohen 1960,
Fleiss 1971); α comes from the ``krippendorff`` package, which handles
missing ratings.  Each returns None when the figure is undefined (no items,
or no variation for chance agreement to be computed from).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float | None:
    """κ of two raters over the same items (any categories)."""
    if len(first) != len(second):
        raise ValueError("both raters must rate the same items")
    return cohen_kappa_table(Counter(zip(first, second)))


def observed_agreement(table: Counter[tuple[Any, Any]]) -> float | None:
    total = sum(table.values())
    return sum(n for (a, b), n in table.items() if a == b) / total if total else None


def cohen_kappa_table(table: Counter[tuple[Any, Any]]) -> float | None:
    """κ from a contingency table: (first rater's category, second's) -> count."""
    total = sum(table.values())
    if total == 0:
        return None
    observed = sum(n for (a, b), n in table.items() if a == b) / total
    counts_a: Counter[Any] = Counter()
    counts_b: Counter[Any] = Counter()
    for (a, b), n in table.items():
        counts_a[a] += n
        counts_b[b] += n
    expected = sum(counts_a[c] * counts_b[c] for c in counts_a) / (total * total)
    if math.isclose(expected, 1.0):
        return None
    return (observed - expected) / (1 - expected)


def fleiss_kappa(ratings: Sequence[Sequence[Hashable]]) -> float | None:
    """κ of a fixed number of raters: ``ratings[item]`` holds every rater's category."""
    items = [list(row) for row in ratings if len(row) > 1]
    if not items:
        return None
    raters = len(items[0])
    if any(len(row) != raters for row in items):
        raise ValueError("Fleiss' kappa needs the same number of ratings for every item")
    categories = sorted({c for row in items for c in row}, key=repr)
    counts = [[row.count(c) for c in categories] for row in items]
    n_items = len(items)
    per_item = [(sum(n * n for n in row) - raters) / (raters * (raters - 1)) for row in counts]
    observed = sum(per_item) / n_items
    shares = [sum(row[j] for row in counts) / (n_items * raters) for j in range(len(categories))]
    expected = sum(p * p for p in shares)
    if math.isclose(expected, 1.0):
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(ratings: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Nominal α; ``ratings[rater][item]`` is a category or None (not rated)."""
    import krippendorff

    codes: dict[Hashable, int] = {}
    matrix = np.array(
        [[np.nan if value is None else codes.setdefault(value, len(codes)) for value in row] for row in ratings],
        dtype=float,
    )
    if matrix.size == 0 or len(codes) < 2:
        return None
    # Only items rated by two or more raters carry information.
    matrix = matrix[:, (~np.isnan(matrix)).sum(axis=0) >= 2]
    if matrix.shape[1] == 0:
        return None
    value = float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))
    return None if math.isnan(value) else value
