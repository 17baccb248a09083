"""Helpers several modules' prose-number files share (tests/test_prose_numbers.py puts this folder on the path).

They compute from the data, independently of the course's own tools, so a claim and the tool it describes can
disagree and be caught.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
from pathlib import Path

import numpy as np
import pandas as pd

WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen"]


def word(n: int) -> str:
    """A small count as the text writes it ("three"); larger ones as digits."""
    return WORDS[n] if 0 <= n < len(WORDS) else f"{n:,}"


def inr(amount: float) -> str:
    """Indian digit grouping, as the notebook writes rupees: 256500 -> '2,56,500'."""
    digits = f"{round(amount):d}"
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail]) if head else ",".join([*groups, tail])


def audience_shares(audience: pd.DataFrame, district: str) -> pd.Series:
    """Each preferred language's share (%) of a district's followers."""
    rows = audience[audience["district"] == district]
    totals = rows.groupby("preferred_language", observed=True)["followers"].sum()
    return totals / totals.sum() * 100


def fit_curves(spend: pd.DataFrame) -> dict[str, tuple[float, float]]:
    """Each platform's reach curve a × (1 − e^(−rupees ÷ b)), fitted by least squares over a grid of b."""
    curves = {}
    for platform, rows in spend.groupby("platform", observed=True):
        rupees, reach = rows["spend_inr"].to_numpy(), rows["reach"].to_numpy()
        best = None
        for b in np.geomspace(2_000, 300_000, 400):
            x = 1 - np.exp(-rupees / b)
            a = (x * reach).sum() / (x * x).sum()
            error = ((reach - a * x) ** 2).sum()
            if best is None or error < best[0]:
                best = (error, a, b)
        curves[str(platform)] = (best[1], best[2])
    return curves


def allocate(curves: dict[str, tuple[float, float]], budget: int, step: int) -> tuple[dict[str, int], list[str]]:
    """The greedy split by marginal reach, written out again: (rupees per platform, the order of the steps)."""
    def reach(platform, rupees):
        a, b = curves[platform]
        return a * (1 - math.exp(-rupees / b))

    spent = {platform: 0 for platform in curves}
    order = []
    for _ in range(budget // step):
        best = max(curves, key=lambda p: (reach(p, spent[p] + step) - reach(p, spent[p])) / step)
        spent[best] += step
        order.append(best)
    return spent, order


def solution(notebook: Path, cell_ids: list[str], load) -> dict:
    """Run some cells of a source notebook (its solutions) and return what they define."""
    cells = {cell["id"]: "".join(cell["source"]) for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]}
    namespace: dict = {"pd": pd, "np": np, "load": load}
    with contextlib.redirect_stdout(io.StringIO()):
        for cell_id in cell_ids:
            exec(cells[cell_id], namespace)  # noqa: S102 - our own notebook's solution cells
    return namespace
