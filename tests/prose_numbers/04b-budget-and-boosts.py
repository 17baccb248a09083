"""Numbers about the course data in 04b-budget-and-boosts's text, computed from the data.

Each fragment below must appear word for word in source/04b-budget-and-boosts (tests/test_prose_numbers.py).
The calculations repeat the notebook's own steps (the fitted spend curves, the optimiser's split, the
boosts while the Model Code was in force) so that a regenerated dataset shows which sentence to rewrite.
"""
from __future__ import annotations

import math

import pandas as pd
from _common import allocate as _allocate
from _common import fit_curves as _curves
from _common import inr

TZ = "Asia/Kolkata"


def lakh(people: float) -> str:
    """A round number of lakh (1,00,000) people, as the notebook writes it: 1121120 -> '11 lakh'."""
    return f"{round(people / 100_000):d} lakh"


def claims(load):
    out = []
    posts = load("posts")

    # Boosts during the Model Code of Conduct for the 2025 Bihar Assembly election (6 Oct to 16 Nov 2025)
    boosted = posts[posts["boosted"] & (posts["posted_at"] >= pd.Timestamp("2025-10-06", tz=TZ))
                    & (posts["posted_at"] < pd.Timestamp("2025-11-17", tz=TZ))]
    top_scheme = boosted["scheme"].value_counts()
    out.append(("boosts while the code was in force",
                f"{len(boosted)} boosted posts, ₹{inr(boosted['spend_inr'].sum())} of public money, "
                f"{top_scheme.iloc[0]} of them on {top_scheme.index[0]}"))

    # Spend and the fitted curves
    spend = load("spend_response")
    out.append(("campaigns in spend_response", f"has {len(spend)} past boost campaigns"))
    curves = _curves(spend)
    by_b = sorted(curves, key=lambda p: curves[p][1])
    out.append(("the chart's title", f"{by_b[0]} flattens first; {by_b[-1]} keeps growing longest"))
    split, order = _allocate(curves, 100_000, 5_000)
    ranked = sorted(split, key=split.get, reverse=True)
    nothing = [p for p in split if split[p] == 0]
    assert len(nothing) == 1
    out.append(("the greedy split", f"{order[0]} gets the first rupees (its curve is steepest at the start) but "
                                    f"flattens fast; {ranked[0]} and {ranked[1]} keep rising for longer and take most "
                                    f"of the budget; {nothing[0]} never offers the best next rupee within ₹1,00,000"))

    # Exercise 2: the next ₹5,000 after the optimiser's ₹1,00,000 (checked by the exercise's tests)
    # Exercise 3 (a decision): the optimiser's split and its projected reach, an equal split's
    def reach(platform, rupees):
        a, b = curves[platform]
        return a * (1 - math.exp(-rupees / b))

    projected = sum(reach(p, r) for p, r in split.items())
    equal = sum(reach(p, 100_000 / len(curves)) for p in curves)
    named = [p for p in ranked if split[p]]
    assert len(named) == 3
    out.append(("Exercise 3's projected reach (the split itself is Exercise 2's answer: not in the text)",
                f"`projected_reach` gives {inr(projected)} (printed above as {projected:,.0f})"))
    out.append(("option A", f"About {lakh(projected)} people, as the curves project; {nothing[0]} gets no money"))
    out.append(("option B", f"{inr(projected)} people: the optimiser found the best split"))
    out.append(("option C", f"Up to about {lakh(projected)}, on past campaigns' curves: fewer different people"))
    out.append(("option D", f"₹{inr(100_000 // len(curves))} per platform, about {lakh(equal)} people"))
    assert equal < projected
    out.append(("option B's feedback", f"fewer people than {inr(projected)} are reached"))
    out.append(("option D's feedback", f"An equal split projects about {lakh(equal)}, less paid reach"))
    return out
