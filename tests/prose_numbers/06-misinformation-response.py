"""Numbers about the rumour datasets in 06's text, computed from the data (tests/test_prose_numbers.py).

06 is the first part of module 06 (the spread, the amplifiers); the rebuttals' numbers are in 06b-rebuttals.py.
"""

import math
import re

from _common import word as _word


def claims(load):
    rumours = load("rumours")
    hourly = load("rumour_hourly")
    hours = rumours.set_index("rumour_id")["rebuttal_hour"]
    rebutted = hours.dropna().astype(int)
    never = sorted(hours[hours.isna()].index)
    out = []

    # Section 1: the rumours table
    out.append(("claims rebutted, fastest and slowest rebuttal",
                f"The department rebutted {_word(len(rebutted))} of the {_word(len(rumours))} claims, some "
                f"within {rebutted.min()} hours, some only after {rebutted.max()} hours; "
                f"{' and '.join(never)} was never rebutted."))
    out.append(("number of claims in the explorer", f"Explore the {_word(len(rumours))} claims"))

    # Section 2: the hourly table covers whole days
    first, last = int(hourly["hour"].min()), int(hourly["hour"].max())
    days = (last - first + 1) / 24
    out.append(("days and hours covered", f"for {_word(int(days))} days (hours {first} to {last})"))

    # Section 3: R09's growth between hour 6 and hour 18
    r09 = hourly[hourly["rumour_id"] == "R09"].set_index("hour")["shares"].cumsum()
    at6, at18 = int(r09.loc[6]), int(r09.loc[18])
    rate = (at18 / at6) ** (1 / 12) - 1
    doubling = math.log(2) / math.log(1 + rate)
    out.append(("R09's growth from hour 6 to hour 18",
                f"R09 went from {at6:,} shares by hour 6 to {at18:,} by hour 18: {at18 / at6:.0f} times as many "
                f"in 12 hours, doubling about every {doubling:.0f} hours."))

    # Exercise 2's precision note: R09's rate, and the same rate rounded too coarsely
    pct = rate * 100
    out.append(("R09's rate per hour in the precision note",
                f"at least 2 decimals ({pct:.2f} for {pct:.3f}..."))
    out.append(("R09's rate rounded to 1 decimal and to a whole number",
                f"rounded to 1 decimal ({pct:.1f}) or to a whole number ({pct:.0f})"))

    # Exercise 3: R09 at hour 18, and the reach of the department's rebuttals
    out.append(("R09 at hour 18, in Exercise 3's scenario",
                f"at hour 18 of R09 ({at18:,} shares, doubling about every {doubling:.0f} hours)"))
    reach = rumours["rebuttal_reach"].dropna().astype(int)
    out.append(("the smallest and largest reach of a rebuttal (Exercise 3 and its feedback)",
                f"reached between {reach.min():,} and {reach.max():,} accounts each"))

    # Exercise 5: R07's accounts (the most shares, the most followers, the first seen)
    shares = load("rumour_shares")
    r07 = shares[shares["rumour_id"] == "R07"]
    total07 = int(r07["shares"].sum())
    claim07 = rumours.set_index("rumour_id").loc["R07", "claim_en"]
    out.append(("R07's claim, spread and rebuttal hour",
                f'R07 (*"{claim07}"*) was shared {total07:,} times through {len(r07)} accounts. The '
                f"department's rebuttal goes out at hour {int(hours['R07'])}"))
    top = r07.loc[r07["shares"].idxmax()]
    followed = r07.loc[r07["followers"].idxmax()]
    first = r07.sort_values(["first_share_hour", "shares"]).iloc[0]
    for what, row in [("the most followers", followed), ("the first seen", first), ("the most shares", top)]:
        out.append((f"R07's account with {what}, in the table",
                    f"| {row['account']} | {row['account_type']} | {int(row['followers']):,} | "
                    f"{int(row['first_share_hour'])} | {int(row['shares']):,} |"))
    out.append(("A: the most-followed account's shares",
                f"Only {int(followed['shares']):,} of R07's {total07:,} shares went through this page"))
    out.append(("A: the top account's shares and share of R07",
                f"{top['account']} carried {int(top['shares']):,} ({top['shares'] / total07:.0%})"))
    out.append(("D: the top account's shares, of R07's total, and its share",
                f"{int(top['shares']):,} of R07's {total07:,} shares ({top['shares'] / total07:.0%}) went through"))
    out.append(("B: the first account's shares", f"it carried only {int(first['shares'])} of the {total07:,} shares"))
    out.append(("B: R07's rebuttal hour", f"By hour {int(hours['R07'])} the rumour travels through other accounts"))
    median07 = r07["shares"].median()
    assert (r07["shares"] <= median07).mean() >= 0.5
    out.append(("C: half of R07's accounts carried the median or fewer",
                f"Half of those {len(r07)} accounts carried {median07:.0f} shares or fewer"))

    # The introduction quotes R02's fee
    r02 = rumours.set_index("rumour_id").loc["R02", "claim_en"]
    fee = re.search(r"₹[\d,]+", r02).group(0)
    out.append(("R02's fee in the introduction", f'"you must pay a {fee} fee"'))
    return out
