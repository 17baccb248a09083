"""A/B tests and spend-vs-reach observations (campaign strategy)."""
from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np
import pandas as pd

from course.data import TZ

from .common import fields, fmt_int, rng

AB = [
    # test_id, name, platform, description A, description B, start, end, nA, cA, nB, cB
    # Paid tests of scheme posts never run while the Model Code of Conduct for Bihar's 2025 Assembly
    # election applied (6 October to 16 November 2025; course.governance.MCC_BIHAR_2025).
    ("T1", "Caption language on a Mahila Rozgar reel", "Instagram",
     "English caption", "Hindi caption", "2025-09-01", "2025-09-07", 20000, 420, 20000, 580),
    ("T2", "Button colour on a pension-status image", "Facebook",
     "blue 'Check status' button", "green 'Check status' button", "2025-11-24", "2025-11-30",
     6000, 301, 6000, 309),
    ("T3", "Headline on a Student Credit Card post", "Facebook",
     "'Apply for your Student Credit Card'", "'Study now, repay later: Student Credit Card'",
     "2025-12-01", "2025-12-07", 5000, 486, 5000, 527),
    ("T4", "Thumbnail on a statewide JEEViKA video (large boosted test)", "YouTube",
     "thumbnail with text", "thumbnail with a face", "2026-01-12", "2026-01-25",
     400000, 8000, 400000, 8400),
]
CURVES = {  # platform: (a = max reach, b = spend scale in ₹)   reach = a * (1 - exp(-spend / b))
    "Facebook": (900_000, 60_000), "Instagram": (400_000, 15_000),
    "YouTube": (600_000, 40_000), "X": (150_000, 20_000),
}


def z_test(c1, n1, c2, n2):
    p1, p2 = c1 / n1, c2 / n2
    p = (c1 + c2) / (n1 + n2)
    se = math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    z = (p1 - p2) / se
    return z, math.erfc(abs(z) / math.sqrt(2))


Z_ALPHA = NormalDist().inv_cdf(1 - 0.05 / 2)  # 5% significance, two-sided
Z_POWER = NormalDist().inv_cdf(0.80)  # 80% power


def people_per_variant(p1, p2):
    """People per variant to detect p1 vs p2 (5% two-sided, 80% power): Fleiss, Levin & Paik (2003), ch. 4,
    without continuity correction, the equation R's power.prop.test solves."""
    p_bar = (p1 + p2) / 2
    a = Z_ALPHA * math.sqrt(2 * p_bar * (1 - p_bar))
    b = Z_POWER * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return ((a + b) / (p2 - p1)) ** 2


def detectable_gap(rate, n):
    """The smallest rise above `rate` (a fraction) that n people per variant detect with 80% power."""
    low, high = 1e-9, 1 - rate - 1e-9
    for _ in range(200):
        mid = (low + high) / 2
        low, high = (mid, high) if people_per_variant(rate, rate + mid) > n else (low, mid)
    return high


def ab_test() -> pd.DataFrame:
    rows = []
    for tid, name, plat, da, db, s, e, na, ca, nb, cb in AB:
        for v, d, n, c in (("A", da, na, ca), ("B", db, nb, cb)):
            rows.append((tid, name, plat, v, d, pd.Timestamp(s, tz=TZ),
                         pd.Timestamp(e + " 23:59", tz=TZ), n, c))
    return pd.DataFrame(rows, columns=["test_id", "test_name", "platform", "variant", "description",
                                       "start_date", "end_date", "reached", "clicks"])


def ab_card(df) -> str:
    lines = []
    sizes = []
    for tid, g in df.groupby("test_id", observed=True):
        a, b = g.iloc[0], g.iloc[1]
        sizes += [a.reached, b.reached]
        gap = detectable_gap(a.clicks / a.reached, min(a.reached, b.reached)) * 100
        lines.append(f"| {tid} | {a.platform} | {a.test_name} | {a.start_date:%d %b %Y} to {a.end_date:%d %b %Y} | "
                     f"{fmt_int(a.reached)} / {fmt_int(b.reached)} | {gap:.2f} |")
    return f"""# ab_test — creative A/B tests

**Synthetic data.** Invented by `python -m datagen`. Real: scheme names. Invented: every test,
creative and count (chosen to make the lessons' points).

{fields("ab_test", {
    "test_id": ("", "test key T1–T4"),
    "test_name": ("", "what was tested"),
    "platform": ("", "platform"),
    "variant": ("", "A or B"),
    "description": ("", "what this variant showed"),
    "start_date": ("IST", "test start"),
    "end_date": ("IST", "test end"),
    "reached": ("accounts", "people who saw the variant (random, non-overlapping groups)"),
    "clicks": ("count", "people who clicked the link (the conversion)"),
})}

Click rate = clicks / reached. Two-proportion z-test: pooled p = (c₁ + c₂) / (n₁ + n₂),
se = √(p(1 − p)(1/n₁ + 1/n₂)), z = (p₁ − p₂) / se, two-sided p-value = erfc(|z| / √2).

## What the data shows
(What each test was and how big; whether a difference is real is for you to work out.)

| test | platform | what was tested | dates | reached A / B | detectable gap (points) |
| --- | --- | --- | --- | --- | --- |
{chr(10).join(lines)}

- Two rows per test, one per variant; each variant went to its own random group of people, and
  no one saw both (what the z-test assumes).
- The tests differ a lot in size, from {fmt_int(min(sizes))} to {fmt_int(max(sizes))} people per
  variant: the same gap in click rate is much less certain in a small test than in a large one.
- `clicks` counts people who clicked, not clicks: a click rate is a share of the people reached.
- *Detectable gap*: the smallest rise above A's click rate, in percentage points, that a test of
  this size finds significant 8 times out of 10 (80% power, 5% level, two-sided; Fleiss, Levin &
  Paik, *Statistical Methods for Rates and Proportions*, 3rd ed., Wiley, 2003, ch. 4, without
  continuity correction, the equation R's `power.prop.test` solves). A smaller real gap would often
  give p ≥ 0.05: a non-significant result from such a test is inconclusive, not evidence that the
  variants are equal.
"""


def spend_response() -> pd.DataFrame:
    r = rng("spend_response")
    rows = []
    for plat, (a, b) in CURVES.items():
        spend = np.exp(r.uniform(np.log(500), np.log(150_000), 60))
        spend = (np.round(spend / 100) * 100).astype(np.int64)
        reach = a * (1 - np.exp(-spend / b)) * np.exp(r.normal(0, 0.08, 60))
        start = pd.Timestamp("2025-04-07", tz=TZ) + pd.to_timedelta(
            np.sort(r.integers(0, 350, 60)), unit="D")
        for s, rc, st in zip(spend, reach, start, strict=False):
            rows.append((plat, st, int(s), int(round(rc))))
    df = pd.DataFrame(rows, columns=["platform", "start_date", "spend_inr", "reach"])
    df = df.sort_values(["start_date", "platform", "spend_inr"], kind="mergesort").reset_index(drop=True)
    df.insert(0, "campaign_id", [f"K{i + 1:03d}" for i in range(len(df))])
    return df


def marginal(plat, spend):
    a, b = CURVES[plat]
    return a / b * math.exp(-spend / b)


def spend_card(df) -> str:
    pts = [0, 5_000, 10_000, 20_000, 50_000, 100_000]
    tbl = "\n".join(f"| {p} | {(CURVES[p][0])/1000:,.0f}k | ₹{CURVES[p][1]:,} | "
                    + " | ".join(f"{marginal(p, s):.1f}" for s in pts) + " |" for p in CURVES)
    best = {s: max(CURVES, key=lambda p: marginal(p, s)) for s in pts}
    return f"""# spend_response — paid spend and reach per platform

**Synthetic data.** Invented by `python -m datagen`. Invented: every campaign and number; the
curves below are made up for teaching diminishing returns.

{fields("spend_response", {
    "campaign_id": ("", "campaign key"),
    "platform": ("", "platform"),
    "start_date": ("IST", "campaign start"),
    "spend_inr": ("₹", "amount spent on the campaign"),
    "reach": ("accounts", "paid reach of the campaign"),
})}

## How it was generated
60 campaigns per platform, spend log-uniform between ₹500 and ₹150,000, reach = a × (1 −
exp(−spend / b)) × log-normal noise (σ = 0.08). Marginal reach per rupee = (a / b) × exp(−spend / b).

## What the data shows
Generating curves and marginal reach per rupee at each spend level:

| platform | a (max reach) | b | at ₹{" | at ₹".join(f"{p:,}" for p in pts)} |
| --- | --- | --- | {" | ".join("---" for _ in pts)} |
{tbl}

- Diminishing returns on every platform: each extra rupee buys less reach as spend grows.
- Best next rupee by spend level: {", ".join(f"₹{s:,}: {p}" for s, p in best.items())}.
  Instagram is best for the first rupees, Facebook for large budgets: the curves cross, so a
  budget should be split greedily by marginal reach rather than put on one platform.
"""
