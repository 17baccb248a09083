"""Numbers about the course data in 11-capstone's text and sample answers, computed from the data.

Each fragment below must appear word for word in source/11-capstone (tests/test_prose_numbers.py). The
claims the plan rests on (the best hours, the format that reaches most, how the greedy split of the
budget falls, the rumour's price) are built from `posts`, `rumours`, `rumour_hourly` and the curves in
the `spend_response` card, so a regenerated dataset that changes them names the sentence to rewrite; so
are the top rumour's id that Exercise 5's visible check expects and the department page the rebuttal
post is signed with.
"""
from __future__ import annotations

import math
import re

from course.data import card

SCHEME = "Mahila Rozgar"
BUDGET, STEP = 60_000, 1_000


def _curves() -> dict[str, tuple[float, float]]:
    rows = re.findall(r"^\| (\w+) \| ([\d,.]+)k \| ₹([\d,]+) \|", card("spend_response"), re.M)
    return {p: (float(a.replace(",", "")) * 1000, float(b.replace(",", ""))) for p, a, b in rows}


def _greedy(curves):
    def reach(s, a, b):
        return a * (1 - math.exp(-s / b))

    spend = {p: 0 for p in curves}
    order = []
    for _ in range(BUDGET // STEP):
        extra = {p: reach(spend[p] + STEP, a, b) - reach(spend[p], a, b) for p, (a, b) in curves.items()}
        best = max(extra, key=extra.get)
        spend[best] += STEP
        order.append(best)
    return spend, order


def claims(load):
    posts = load("posts")
    out = []

    engagement = posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]
    rate = engagement / posts["reach"] * 100
    band = (posts["posted_at"].dt.hour // 3) * 3
    best = int(rate.groupby(band).median().idxmax())
    out.append(("the three hours with the highest median engagement rate by reach (module 01)",
                f"posts in the evening ({best:02d}:00–{best + 2:02d}:59) get the highest engagement rate by reach"))
    top_all = str(posts.groupby("format", observed=True)["reach"].median().idxmax())
    out.append(("the format with the highest median reach, all posts", f"and {top_all}s reach the most people"))
    scheme = posts[posts["scheme"] == SCHEME]
    top_scheme = str(scheme.groupby("format", observed=True)["reach"].median().idxmax())
    out.append(("the format with the highest median reach for the scheme (the brief)",
                f"lead with {top_scheme}s (they reach the most people for this scheme)"))

    spend, order = _greedy(_curves())
    out.append(("the platform that gets the first rupees", f"{order[0]} gets the first rupees"))
    nothing = [p for p, s in spend.items() if s == 0]
    out.append(("the platforms the greedy split leaves out",
                f"{' and '.join(nothing)} gets nothing at this budget" if nothing else "every platform gets some"))
    out.append(("the CURVES cell matches the spend_response card",
                "CURVES = {" + ", ".join(f'"{p}": ({int(a):_}, {int(b):_})' for p, (a, b) in _curves().items()) + "}"))

    rumours, hourly = load("rumours"), load("rumour_hourly")
    ids = rumours.loc[rumours["scheme"] == SCHEME, "rumour_id"]
    totals = hourly[hourly["rumour_id"].isin(ids)].groupby("rumour_id", observed=True)["shares"].sum()
    claim = rumours.set_index("rumour_id").loc[str(totals.idxmax()), "claim_en"]
    price = re.search(r"₹[\d,]+", claim).group(0)
    out.append(("the price the top rumour names (rubric)", f"someone charging {price}"))
    out.append(("the top rumour's id in Exercise 5's visible check",
                f'expect_text(_r, "{totals.idxmax()}", name="top_rumour(rumours, hourly, SCHEME)"'))

    state = posts.loc[posts["account_type"] != "district", "account"].astype(str).unique()
    assert len(state) == 1, state
    assert state[0] in set(load("admins")["page"].astype(str)), state[0]
    out.append(("the state department's page (Exercise 9's closing line, the sample post)",
                f"सूचना एवं जन-सम्पर्क विभाग, बिहार ({state[0]})"))
    return out
