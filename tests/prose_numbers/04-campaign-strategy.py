"""Numbers about the course data in 04-campaign-strategy's text, computed from the data.

Each fragment below must appear word for word in source/04-campaign-strategy (tests/test_prose_numbers.py).
The calculations repeat the notebook's own steps (best hours, the calendar, the fitted spend curves, the
greedy split, the z-test, the power of a test) so that a regenerated dataset shows which sentence to rewrite.
"""
from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np
import pandas as pd

TZ = "Asia/Kolkata"
Z_ALPHA = NormalDist().inv_cdf(1 - 0.05 / 2)  # 5% significance, two-sided
Z_POWER = NormalDist().inv_cdf(0.80)  # 80% power

# The notebook's post ideas (idea, platform, scheme), most important first; heat-wave alerts are kept apart.
IDEAS = [
    ("How to apply: Mahila Rozgar", "Facebook", "Mahila Rozgar"),
    ("Beneficiary story reel", "Instagram", "Mahila Rozgar"),
    ("Student Credit Card: documents needed", "Facebook", "Student Credit Card"),
    ("Student Credit Card: campus reel", "Instagram", "Student Credit Card"),
    ("Mahila Rozgar: FAQ thread", "X", "Mahila Rozgar"),
    ("Pension status: check online", "Facebook", "Vriddhajan Pension"),
    ("JEEViKA didi success story", "YouTube", "JEEViKA"),
    ("Mahila Rozgar: district camps list", "Facebook", "Mahila Rozgar"),
    ("Kanya Utthan: instalment dates", "Facebook", "Kanya Utthan"),
    ("Mahila Rozgar: explainer video", "YouTube", "Mahila Rozgar"),
    ("Student Credit Card: FAQ", "X", "Student Credit Card"),
]


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


def _calendar(best_hours, min_gap_hours):
    week = pd.date_range("2026-04-06", periods=7, freq="D", tz=TZ)
    slots = [(platform, day + pd.Timedelta(hours=hour)) for platform in ["Facebook", "Instagram", "X", "YouTube"]
             for hour in best_hours for day in week]
    plan = []
    for idea, platform, scheme in IDEAS:
        for slot_platform, time in slots:
            if slot_platform != platform:
                continue
            taken = any(p == platform and t == time for _, p, _, t in plan)
            same_day = sum(1 for _, p, _, t in plan if p == platform and t.date() == time.date())
            close = any(s == scheme and abs(t - time) < pd.Timedelta(hours=min_gap_hours) for _, _, s, t in plan)
            if not taken and not close and same_day < 1:
                plan.append((idea, platform, scheme, time))
                break
    return plan


def _curves(spend):
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


def _allocate(curves, budget, step):
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


def claims(load):
    out = []
    posts = load("posts")

    # Objectives: the Instagram example target
    quarter = posts[posts["posted_at"] >= pd.Timestamp("2026-01-01", tz=TZ)]
    insta = quarter.loc[quarter["platform"] == "Instagram", "reach"].median()
    out.append(("Instagram baseline and target", f"from about {round(insta, -2):,.0f} to {round(insta * 1.1, -2):,.0f} "
                                                 "by 30 June"))

    # Best and worst hours
    engagement = (posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]) / posts["reach"] * 100
    by_hour = engagement.groupby(posts["posted_at"].dt.hour).median().sort_values(ascending=False)
    best3, worst3 = sorted(by_hour.index[:3]), sorted(by_hour.index[-3:])
    assert best3[-1] - best3[0] == 2 and worst3[-1] - worst3[0] == 2, "the text names two 3-hour windows"
    out.append(("best and worst 3-hour windows", f"the evening ({best3[0]}:00 to {best3[-1]}:59) and the three "
                                                 f"worst the early afternoon ({worst3[0]}:00 to {worst3[-1]}:59)"))

    # The week's calendar with one post a day per platform and 24 hours between posts on one scheme
    plan = _calendar(list(by_hour.index[:6]), 24)
    hours = {t.hour for _, _, _, t in plan}
    assert len(hours) == 1, "the text says every post landed at the same hour"
    out.append(("calendar", f"Every post landed at {hours.pop()}:00, the best hour, and all {len(plan)} ideas "
                            "found a slot"))
    assert len(plan) == len(IDEAS)
    tuesday = [(idea, scheme, platform) for idea, platform, scheme, t in plan
               if t == pd.Timestamp("2026-04-07 20:00", tz=TZ) and scheme == "Mahila Rozgar"]
    assert len(tuesday) == 1, "Exercise 4 names the one Mahila Rozgar post planned for Tuesday evening"
    out.append(("Exercise 4's evening post on Tuesday 7 April",
                'Tonight your plan has the "{}" ({}, {}) at 20:00'.format(*tuesday[0])))
    stricter = _calendar(list(by_hour.index[:6]), 48)
    left_out = [idea for idea, _, _ in IDEAS if idea not in {i for i, _, _, _ in stricter}]
    assert len(left_out) == 1, "the text names the one idea left out"
    out.append(("calendar with 48 hours", f'Only {len(stricter)} of the {len(IDEAS)} ideas fit now: "{left_out[0]}" '
                                          "is left out"))

    # Exercise 2 (a decision): Darbhanga's Mahila Rozgar posts last quarter
    mine = quarter[(quarter["district"] == "Darbhanga") & (quarter["scheme"] == "Mahila Rozgar")]
    median_reach = mine["reach"].median()
    out.append(("Darbhanga's Mahila Rozgar posts last quarter",
                f"Last quarter the Darbhanga pages published {len(mine)} posts on Mahila Rozgar: the median post "
                f"reached {median_reach:,.0f} people, their reach adds up to {inr(mine['reach'].sum())}, and they "
                f"got {mine['link_clicks'].sum():,} link clicks"))
    out.append(("option A's target", f"the median reach per post, from {median_reach:,.0f} to "
                                     f"{round(median_reach * 1.1, -2):,.0f} (+10%)"))
    out.append(("option B's target (about double)", f"the total reach of the posts, from {inr(mine['reach'].sum())} "
                                                    f"to {inr(round(mine['reach'].sum() * 2, -4))}"))

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
                                    f"of the budget; {nothing[0]} never offers the best next rupee"))
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
                                                f"{round(needed, -3):,.0f} people per version, and it had "
                                                f"{t2a.reached:,}"))
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
