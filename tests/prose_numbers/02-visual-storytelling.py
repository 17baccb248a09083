"""Numbers about the course data in 02-visual-storytelling's text, computed from the data.

Each fragment below must appear word for word in source/02-visual-storytelling (tests/test_prose_numbers.py).
The reels are part two's: tests/prose_numbers/02b-reel-metrics.py.
"""
from __future__ import annotations

import math

TIRHUT = ["East Champaran", "Muzaffarpur", "Sheohar", "Sitamarhi", "Vaishali", "West Champaran"]


def claims(load):
    out = []
    districts = load("districts")
    tirhut = sorted(districts.loc[districts["division"] == "Tirhut", "name_en"].astype(str))
    assert tirhut == TIRHUT, tirhut
    monthly = load("audience_monthly")
    insta = monthly[(monthly["platform"] == "Instagram") & (monthly["account_type"] == "district")]
    insta = insta[insta["district"].isin(tirhut)]
    first = insta.groupby("district", observed=True)["followers"].first()
    last = insta.groupby("district", observed=True)["followers"].last()
    growth = ((last - first) / first * 100).sort_values(ascending=False)
    lead, second = str(growth.index[0]), str(growth.index[1])
    shown = growth.round(1)  # the notebook shows growth rounded to 1 decimal
    # fewest new followers the leader could have lost to fall behind the second
    swap = math.floor((last[lead] - first[lead]) - growth[second] / 100 * first[lead]) + 1
    out.append(("Tirhut Instagram growth: the top two and how close they are",
                f"Here {lead} (+{shown[lead]:.1f}%) is only {shown[lead] - shown[second]:.1f} points ahead of "
                f"{second} (+{shown[second]:.1f}%): {swap} fewer new followers on {lead}'s page would have "
                "swapped them"))

    # Decision 1: the district magistrate's axis from 50%
    start = 50
    assert shown[lead] > start and shown[second] > start, (shown[lead], shown[second])
    longer = ((shown[lead] - start) / (shown[second] - start) - 1) * 100  # the chart draws the rounded growth
    out.append(("Decision 1: the leader's own year", f"{lead}'s own year instead (+{shown[lead]:.1f}% followers)"))
    out.append(("Decision 1 feedback: how much longer the leader's bar looks from 50%",
                f"the {lead} bar would look {longer:.0f}% longer than {second}'s"))
    out.append(("Decision 1 feedback: the lead", f"for a lead of {shown[lead] - shown[second]:.1f} points"))
    out.append(("Decision 1 feedback: followers that would have swapped them",
                f"{swap} fewer new followers would have swapped them"))
    return out
