"""Numbers about the course data in 11b-rumours-and-safety's text and sample answers, computed from the data.

Each fragment below must appear word for word in source/11b-rumours-and-safety (tests/test_prose_numbers.py):
the rumour's price, the top rumour's id that Exercise 1's hidden test expects, the table of the
scheme's rumours in Exercise 2, the figures the decisions' feedback quotes, the department page the
rebuttal post is signed with, and the part of 11-capstone's plan that the set-up cell gives (the posting
hour from `posts`, the greedy split of the boost budget from the `spend_response` card's curves, split
with `course.budget` as in 11-capstone), so a regenerated dataset that changes them names the line to
rewrite.
"""
from __future__ import annotations

import re

import pandas as pd

from course.budget import saturating_curve, split_budget
from course.data import card

SCHEME = "Mahila Rozgar"
BUDGET, STEP = 60_000, 1_000


def _curves() -> dict[str, tuple[float, float]]:
    rows = re.findall(r"^\| (\w+) \| ([\d,.]+)k \| ₹([\d,]+) \|", card("spend_response"), re.M)
    return {p: (float(a.replace(",", "")) * 1000, float(b.replace(",", ""))) for p, a, b in rows}


def _date(ts) -> str:
    return f"{ts.day} {ts:%B %Y}"


def claims(load):
    posts = load("posts")
    out = []

    scheme = posts[posts["scheme"] == SCHEME]
    engagement = scheme[["reactions", "comments", "shares", "saves"]].sum(axis=1)
    by_hour = scheme.assign(hour=scheme["posted_at"].dt.hour, er=engagement / scheme["reach"] * 100)
    by_hour = by_hour.groupby("hour")["er"].agg(["size", "median"])
    hour = int(by_hour.loc[by_hour["size"] >= 30, "median"].idxmax())
    out.append(("11-capstone's posting hour (the set-up cell)", f'START, DAYS, POST_HOUR = "2026-04-06", 14, {hour}'))
    split = split_budget({p: saturating_curve(a, b) for p, (a, b) in _curves().items()}, BUDGET, STEP)
    out.append(("11-capstone's split of the boost budget (the set-up cell)",
                "split = {" + ", ".join(f'"{p}": {v:_}' for p, v in split.items()) + "}"))

    rumours, hourly = load("rumours"), load("rumour_hourly")
    ids = rumours.loc[rumours["scheme"] == SCHEME, "rumour_id"]
    totals = hourly[hourly["rumour_id"].isin(ids)].groupby("rumour_id", observed=True)["shares"].sum()
    claim = rumours.set_index("rumour_id").loc[str(totals.idxmax()), "claim_en"]
    price = re.search(r"₹[\d,]+", claim).group(0)
    out.append(("the price the top rumour names (rubric)", f"someone charging {price}"))
    out.append(("the top rumour's id in Exercise 1's hidden test (the release does not show it)",
                f'expect_text(_r, "{totals.idxmax()}", name="top_rumour(rumours, hourly, SCHEME)"'))

    mine = rumours[rumours["scheme"] == SCHEME].sort_values("rumour_id")
    shares = hourly.groupby("rumour_id", observed=True)["shares"].sum()
    top = str(totals.idxmax())
    small = []
    for _, r in mine.iterrows():
        rid = str(r["rumour_id"])
        rebutted = "never" if pd.isna(r["rebuttal_hour"]) else f"after {int(r['rebuttal_hour'])} hours"
        out.append((f"{rid}'s row in Exercise 2's table",
                    f"| {_date(r['first_seen'])} | {int(shares[rid]):,} | {rebutted} |"))
        if rid != top:
            small.append(int(shares[rid]))
            assert not pd.isna(r["rebuttal_hour"]) and int(shares[rid]) < shares[top] / 10, rid
    assert [str(i) for i in mine["rumour_id"]] == ["R01", "R02", top], list(mine["rumour_id"])
    assert pd.isna(mine.set_index("rumour_id").loc[top, "rebuttal_hour"])
    fee = re.search(r"₹[\d,]+", mine.set_index("rumour_id").loc["R02", "claim_en"]).group(0)
    out.append(("R02's fee (Exercise 2's table)", f"R02: a {fee} registration fee"))
    out.append(("the top rumour's price (Exercise 2's table)", f"R09: forms filled only at one private cyber café, for {price}"))
    out.append(("the top rumour's shares (feedback on A)", f"R09 was shared {int(shares[top]):,} times and never corrected"))
    out.append(("the small rumours' shares (feedback on C)", f"({small[0]:,} and {small[1]:,} shares)"))

    state = posts.loc[posts["account_type"] != "district", "account"].astype(str).unique()
    assert len(state) == 1, state
    assert state[0] in set(load("admins")["page"].astype(str)), state[0]
    out.append(("the state department's page (Exercise 3's closing line, the sample post)",
                f"सूचना एवं जन-सम्पर्क विभाग, बिहार ({state[0]})"))

    return out
