"""Splitting a boost budget across platforms: the greedy split by marginal reach.

Notebooks 04b-budget-and-boosts and 11-capstone use `split_budget` as a tool: an officer does not
write the optimiser, but should know what it assumes and what its answer means.

The idea. Each platform has a **response curve**: the paid reach a spend buys there, as a function
`curve(rupees) -> people` (`saturating_curve(a, b)` makes the course's shape, a × (1 − e^(−spend ÷ b)),
where `a` is the most people money could reach there and `b` how fast the curve flattens). The budget
is handed out one `step` at a time; each step goes to the platform where it buys the most extra reach
given what that platform already has (its **marginal reach**). On a tie the platform that comes first
in `curves` gets the step.

What it assumes, and so what its answer is worth:

- **diminishing returns** on every platform: each step buys no more reach than the step before. Then
  the greedy split is the best split in whole steps (a classic result of marginal analysis; the tests
  check it against every possible split on small cases). A curve that starts slowly and then takes off
  (an S-shape) breaks the assumption, and the greedy split can miss a better one;
- the curves are right: they come from past campaigns (invented ones in this course), so the split is
  a projection to argue with, not a promise;
- reach adds up across platforms: a person reached on two platforms is counted twice, so
  `projected_reach` is an upper estimate of the people reached;
- the budget is spent in whole steps: `total` must be a multiple of `step` (a smaller step gives a finer
  split and takes longer).

    >>> curves = {"A": saturating_curve(1000, 100), "B": saturating_curve(1000, 1000)}
    >>> split_budget(curves, 300, 100)
    {'A': 200, 'B': 100}
    >>> round(projected_reach(curves, {"A": 200, "B": 100}))
    960
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

__all__ = ["marginal_reach", "projected_reach", "saturating_curve", "split_budget"]

Curve = Callable[[float], float]


def saturating_curve(a: float, b: float) -> Curve:
    """The response curve reach(spend) = a × (1 − e^(−spend ÷ b)): at most `a` people, flattening at rate `b`.

    The returned function takes rupees (a number or a numpy array) and gives people reached. It keeps
    its `a` and `b` as attributes, and shows them when printed.
    """
    if not a > 0 or not b > 0:
        raise ValueError(f"a saturating curve needs a > 0 and b > 0, not a = {a!r}, b = {b!r}")

    def curve(spend):
        return a * (1 - np.exp(-np.asarray(spend, dtype=float) / b))

    curve.a, curve.b = a, b
    curve.__name__ = curve.__qualname__ = f"saturating_curve({a:_}, {b:_})"
    curve.__doc__ = f"Paid reach for a spend in rupees: {a:_} × (1 − e^(−spend ÷ {b:_}))."
    return curve


def marginal_reach(curve: Curve, spend: float, step: float) -> float:
    """Extra people per rupee that the next `step` rupees buy on a platform that already has `spend`."""
    return float((curve(spend + step) - curve(spend)) / step)


def split_budget(curves: Mapping[str, Curve], total: int, step: int) -> dict[str, int]:
    """Split `total` rupees across the platforms of `curves`, `step` rupees at a time, by marginal reach.

    `curves` maps each platform to its response curve (a function of rupees, such as `saturating_curve`).
    Returns `{platform: rupees}` for every platform in `curves`, in their order, including those that get
    nothing; the amounts add up to `total`. Each step goes to the platform whose next step buys the most
    extra reach; on a tie, to the one that comes first in `curves`. Assumes diminishing returns (see the
    module's description); raises ValueError when `total` is not a whole number of steps.
    """
    if not curves:
        raise ValueError("split_budget needs at least one platform in `curves`")
    if step <= 0:
        raise ValueError(f"the step must be a positive number of rupees, not {step!r}")
    if total < 0 or total % step:
        raise ValueError(f"the budget ₹{total:,} is not a whole number of steps of ₹{step:,}: choose a step "
                         "that divides the budget (e.g. ₹1,000)")
    spend = {platform: 0 for platform in curves}
    for _ in range(int(total // step)):
        best = max(curves, key=lambda platform: marginal_reach(curves[platform], spend[platform], step))
        spend[best] += step
    return spend


def projected_reach(curves: Mapping[str, Curve], split: Mapping[str, float]) -> float:
    """The paid reach the curves project for a split, added over the platforms (an upper estimate of people).

    Adding platforms counts a person reached on two of them twice, so the true number of people is lower.
    """
    return float(sum(float(curves[platform](rupees)) for platform, rupees in split.items()))
