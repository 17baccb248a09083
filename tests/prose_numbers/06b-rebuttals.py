"""Numbers about the rumour datasets in 06b's text, computed from the data (tests/test_prose_numbers.py).

06b is the second part of module 06 (the rebuttals); the spread's numbers are in 06-misinformation-response.py.
"""

import re

from _common import word as _word


def claims(load):
    rumours = load("rumours")
    hourly = load("rumour_hourly")
    totals = hourly.groupby("rumour_id", observed=True)["shares"].sum()
    hours = rumours.set_index("rumour_id")["rebuttal_hour"]
    rebutted = hours.dropna().astype(int)
    never = sorted(hours[hours.isna()].index)
    out = []

    # The recap of part one's data
    first, last = int(hourly["hour"].min()), int(hourly["hour"].max())
    days = (last - first + 1) / 24
    out.append(("number of claims", f"`rumours` lists the {_word(len(rumours))} claims"))
    out.append(("days and hours covered", f"for {_word(int(days))} days (hours {first} to {last})"))

    # Exercise 1: R05's rebuttal hour and the example window of 6 hours
    r05 = int(hours["R05"])
    out.append(("R05's rebuttal hour and the 6-hour windows around it",
                f"For R05 (rebutted at hour {r05}) with a window of 6, `before` averages hours {r05 - 6} to "
                f"{r05 - 1} and `after` hours {r05} to {r05 + 5}."))

    # Exercise 1's visible check: R05's shares in the 6 hours before and from its rebuttal
    r05_hourly = hourly[hourly["rumour_id"] == "R05"].set_index("hour")["shares"]
    out.append(("R05's shares in the two 6-hour windows, in the check's comment",
                f"R05: {int(r05_hourly.loc[r05 - 6:r05 - 1].sum()):,} shares in hours {r05 - 6} to {r05 - 1} and "
                f"{int(r05_hourly.loc[r05:r05 + 5].sum()):,} in hours {r05} to {r05 + 5}"))

    # Section 1: every rebutted claim shared less in the 6 hours from the rebuttal than in the 6 before
    slower = []
    for rid, rh in rebutted.items():
        one = hourly[hourly["rumour_id"] == rid]
        before = one.loc[(one["hour"] >= rh - 6) & (one["hour"] < rh), "shares"].mean()
        after = one.loc[(one["hour"] >= rh) & (one["hour"] < rh + 6), "shares"].mean()
        slower.append(after < before)
    out.append(("every rebutted claim slowed after its rebuttal",
                "Every rebutted claim shared less after the rebuttal." if all(slower)
                else f"{sum(slower)} of the {len(slower)} rebutted claims shared less after the rebuttal."))
    r09_hourly = hourly[hourly["rumour_id"] == "R09"].set_index("hour")["shares"]
    faded = r09_hourly.iloc[-24:].mean() < r09_hourly.max() / 10
    out.append(("R09, never rebutted, peaked and faded",
                f"{' and '.join(never)}, which nobody rebutted, still peaked at hour {int(r09_hourly.idxmax())}"
                + (" and faded" if faded else "")))

    # Exercise 2: the ids totals is indexed by, and the claim with no rebuttal hour
    ids = sorted(map(str, totals.index))
    out.append(("the rumour ids totals is indexed by", f"a Series indexed by `rumour_id` ({ids[0]} to {ids[-1]})"))
    out.append(("the claim never rebutted", f"A claim never rebutted ({' and '.join(never)}) has an empty"))

    # Exercise 2's chart: early and late medians
    early = totals[rebutted[rebutted <= 8].index].median()
    late = totals[rebutted[rebutted >= 30].index].median()
    out.append(("median totals of late and early answers",
                f"the claims answered late ended with a median of {late:,.0f} shares, about {late / early:.0f} "
                f"times the {early:,.0f} of those answered early"))

    # Exercise 3: the report sentences and the feedback on them
    out.append(("the causal sentence's ratio", f"cuts its spread about {late / early:.0f} times"))
    out.append(("the two medians in the defensible sentence",
                f"ended with a median of {early:,.0f} shares, those answered after 30 hours or more {late:,.0f}"))
    r09_total = int(totals["R09"])
    bigger = rebutted[[totals[rid] > r09_total for rid in rebutted.index]]
    within = int(rebutted[rebutted < bigger.min()].max())
    out.append(("R09's total against the claims answered before any bigger one",
                f"only after {r09_total:,} shares, more than any claim answered within {within} hours"))

    # Exercise 5 quotes R11's claim
    r11 = rumours.set_index("rumour_id").loc["R11", "claim_en"]
    out.append(("R11's claim, quoted in Exercise 5", f'R11 (*"{r11}"*)'))

    # Exercise 6 quotes R02's claim, and the sample answer its fee
    r02 = rumours.set_index("rumour_id").loc["R02", "claim_en"]
    out.append(("R02's claim, quoted in Exercise 6", f'*"{r02}"*'))
    fee = re.search(r"₹[\d,]+", r02).group(0)
    out.append(("R02's fee in the sample answer", f'you must pay a {fee} "registration fee"'))
    return out
