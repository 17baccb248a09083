"""Numbers about the course data in 04c-ab-tests's text, computed from the data.

Each fragment below must appear word for word in source/04c-ab-tests (tests/test_prose_numbers.py).
The calculations repeat the notebook's own steps (the z-test, the power of a test, the size a test
needs) and the sample brief's figures (the optimiser's split from 04b, the audience from module 03).
"""
from __future__ import annotations

import math
from statistics import NormalDist

from _common import allocate as _allocate
from _common import fit_curves as _curves
from _common import inr

Z_ALPHA = NormalDist().inv_cdf(1 - 0.05 / 2)  # 5% significance, two-sided
Z_POWER = NormalDist().inv_cdf(0.80)  # 80% power


def minus(text: str) -> str:
    return text.replace("-", "−")


def z_test(clicks_a, n_a, clicks_b, n_b):
    pooled = (clicks_a + clicks_b) / (n_a + n_b)
    z = (clicks_a / n_a - clicks_b / n_b) / math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    return z, math.erfc(abs(z) / math.sqrt(2))


def people_per_arm(base_rate, lift):
    """Fleiss, Levin & Paik (2003), ch. 4, without continuity correction (R's power.prop.test)."""
    p1, p2 = base_rate / 100, (base_rate + lift) / 100
    p_bar = (p1 + p2) / 2
    a = Z_ALPHA * math.sqrt(2 * p_bar * (1 - p_bar))
    b = Z_POWER * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return ((a + b) / (p2 - p1)) ** 2


def power(n, base_rate, lift):
    """The chance that a test with n per version comes out significant if the lift is real (same formula)."""
    p1, p2 = base_rate / 100, (base_rate + lift) / 100
    p_bar = (p1 + p2) / 2
    return NormalDist().cdf((abs(p2 - p1) * math.sqrt(n) - Z_ALPHA * math.sqrt(2 * p_bar * (1 - p_bar)))
                            / math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))


def claims(load):
    out = []
    posts = load("posts")

    # The sample brief's budget split: the optimiser's split of ₹1,00,000 in 04b-budget-and-boosts
    curves = _curves(load("spend_response"))
    split, _ = _allocate(curves, 100_000, 5_000)
    ranked = sorted(split, key=split.get, reverse=True)
    nothing = [p for p in split if split[p] == 0]
    out.append(("the split in the sample brief",
                "(" + ", ".join(f"₹{inr(split[p])} {p}" for p in ranked if split[p]) + f", nothing on {nothing[0]})"))

    # A/B tests
    ab = load("ab_test")
    tests = {tid: rows.set_index("variant") for tid, rows in ab.groupby("test_id", observed=True)}
    t3 = tests["T3"]
    a, b = t3.loc["A"], t3.loc["B"]
    out.append(("T3's counts", f"{a.clicks} of {a.reached:,} people clicked headline A "
                               f"({a.clicks / a.reached * 100:.2f}%) and {b.clicks} of {b.reached:,} clicked "
                               f"headline B ({b.clicks / b.reached * 100:.2f}%)"))
    z, p = z_test(a.clicks, a.reached, b.clicks, b.reached)
    out.append(("T3's z-test", minus(f"z_test({a.clicks}, {a.reached}, {b.clicks}, {b.reached})` gives z = {z:.4f} "
                                     f"and p = {p:.4f}")))
    assert p >= 0.05
    t4 = tests["T4"]
    rate_a, rate_b = t4.loc["A"].clicks / t4.loc["A"].reached * 100, t4.loc["B"].clicks / t4.loc["B"].reached * 100
    out.append(("T4's size and rates", f"showed each thumbnail to {t4.loc['A'].reached:,} people: {rate_a:.2f}% "
                                       f"against {rate_b:.2f}% clicks"))
    out.append(("T4's gap", f"the gap is {abs(rate_b - rate_a):.2f} percentage points"))
    results = {tid: z_test(t.loc["A"].clicks, t.loc["A"].reached, t.loc["B"].clicks, t.loc["B"].reached)
               for tid, t in tests.items()}
    inconclusive = sorted(tid for tid, (_, pv) in results.items() if pv >= 0.05)
    out.append(("inconclusive tests", f"{' and '.join(inconclusive)} come out inconclusive"))
    sizes = " or ".join(f"{tid}'s {tests[tid].loc['A'].reached:,}" for tid in inconclusive)
    out.append(("their sizes", f"far more than {sizes}"))
    base_t3 = a.clicks / a.reached * 100
    out.append(("T3's power for a 0.5-point lift",
                f"from {base_t3:.2f}% to {base_t3 + 0.5:.2f}%), a test that size would have come out significant "
                f"only about {power(a.reached, base_t3, 0.5) * 100:.0f}% of the time"))

    # Exercise 11 (a decision): T2 read as "no difference"; its size against the size a 0.5-point lift needs
    t2 = tests["T2"]
    t2a, t2b = t2.loc["A"], t2.loc["B"]
    rate_a2, rate_b2 = t2a.clicks / t2a.reached * 100, t2b.clicks / t2b.reached * 100
    _, p2 = z_test(t2a.clicks, t2a.reached, t2b.clicks, t2b.reached)
    assert p2 >= 0.05 and t2a.reached == t2b.reached
    out.append(("T2 in Exercise 11", f"to {t2a.reached:,} people each: {t2a.clicks} and {t2b.clicks} clicked "
                                     f"({rate_a2:.2f}% and {rate_b2:.2f}%), p = {p2:.2f}"))
    needed = people_per_arm(rate_a2, 0.5)
    out.append(("people per version T2 needed", f"at a {rate_a2:.2f}% click rate it needed about "
                                                f"{round(needed, -3):,.0f} people per version to see a 0.5-point "
                                                f"lift; it had {t2a.reached:,}"))
    out.append(("option B's rates in Exercise 11", f"its click rate is higher, {rate_b2:.2f}% against {rate_a2:.2f}%"))
    assert 4.5 <= needed / t2a.reached < 5.5, "D's feedback says the test was about five times too small"
    out.append(("T2 about five times too small", "it was about five times too small to see a 0.5-point lift"))
    out.append(("T2's power in Exercise 11's feedback", f"it had only about a {power(t2a.reached, rate_a2, 0.5) * 100:.0f}% "
                                                        "chance of detecting a real 0.5-point lift"))
    out.append(("T2's gap in Exercise 11's feedback", f"A gap of {abs(rate_b2 - rate_a2):.2f} percentage points with "
                                                      f"p = {p2:.2f}"))

    # Planning a test's size (the formula with the module's example numbers)
    n = people_per_arm(10, 0.5)
    assert 10_000 <= n < 100_000
    out.append(("people per version for 0.5 points at 10%", "tens of thousands of people per version"))
    out.append(("in the sample brief", f"about {round(n, -3):,.0f} people per version"))
    n2 = people_per_arm(10, 2)
    assert 1_000 <= n2 < 10_000
    out.append(("people per version for 2 points at 10%", "A lift of 2 points needs a few thousand"))

    # The sample brief's audience insight (module 03's data)
    audience = load("audience")
    darbhanga = audience[audience["district"] == "Darbhanga"]
    share = darbhanga.groupby("preferred_language", observed=True)["followers"].sum()
    maithili = share["Maithili"] / share.sum() * 100
    dposts = posts[posts["district"] == "Darbhanga"]
    er = ((dposts["reactions"] + dposts["comments"] + dposts["shares"] + dposts["saves"]) / dposts["reach"] * 100)
    by_language = er.groupby(dposts["language"], observed=True).median()
    out.append(("Darbhanga in the sample brief",
                f"where {maithili:.1f}% of followers prefer Maithili and Maithili posts have a median engagement rate "
                f"of {by_language['Maithili']:.1f}% against {by_language['English']:.1f}% for English ones"))
    return out
