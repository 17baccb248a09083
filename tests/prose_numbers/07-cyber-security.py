"""Numbers about the course data in 07-cyber-security's text, checks and sample answer, computed from the data.

Each fragment below must appear word for word in source/07-cyber-security (tests/test_prose_numbers.py).
Sentences that describe the sign-in log and its planted incidents, the password figures and the scenario
of Exercise 3 are built from `logins` and `admins`, so a regenerated dataset that changes them names the
sentence to rewrite. The access register, the sample message and Exercises 2, 4 and 6 of the second part
are in tests/prose_numbers/07b-links-and-access.py.
"""
from __future__ import annotations

import math

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve"}


def _haversine(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def claims(load):
    logins = load("logins")
    admins = load("admins")
    out = []

    pages = logins["page"].nunique()
    first, last = logins["timestamp"].min(), logins["timestamp"].max()
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    out.append(("pages and months of the sign-in log",
                f"{WORDS[months]} months of sign-in attempts by the staff of {WORDS[pages]} invented department pages"))

    failed = logins[~logins["success"]].sort_values("timestamp")
    per_hour = failed.set_index("timestamp").resample("1h")["ip"].count()
    typos = failed[failed["incident"].isna()].set_index("timestamp").resample("1h")["ip"].count()
    out.append(("failures per hour: typos and the script",
                f"a few failures in an hour (at most {int(typos.max())}); the script gave {int(per_hour.max())}."))

    burst = logins[logins["incident"] == "credential_stuffing"]
    tried = sorted(set(burst["user"].astype(str)))
    unknown = [u for u in tried if u not in set(admins["user"].astype(str))]
    out.append(("usernames the script tried",
                f"{len(tried)} different usernames, including {len(unknown)} that belong to nobody on our "
                f"staff ({', '.join(f'{chr(34)}{u}{chr(34)}' for u in unknown)})"))

    out.append(("the burst's night", f"The burst came on the night of {burst['timestamp'].min():%-d %B}, between "
                f"{burst['timestamp'].min():%H:%M} and {burst['timestamp'].max():%H:%M}."))

    new_country = logins[logins["incident"] == "new_country"].iloc[0]
    if not new_country["two_factor_used"]:
        out.append(("the new-country login's second factor", "**no second factor was used**"))

    patna_delhi = _haversine(25.59, 85.14, 28.61, 77.21)
    out.append(("Patna to Delhi in the text", f"is about {patna_delhi:,.0f} km"))
    out.append(("bits of Patna@24", f"8 × log2(95) ≈ {8 * math.log2(95):.1f} bits"))
    out.append(("bits per random word", f"log2(7,776) ≈ {math.log2(7776):.1f} bits"))
    out.append(("symbols and length", f"about {round(8 * (math.log2(95) - math.log2(62)))} more bits. Four more "
                f"characters add 4 × log2(N) bits: about {round(4 * math.log2(26))} to an all-lowercase password "
                f"(N = 26), about {round(4 * math.log2(95))} to one that uses all four groups"))
    from course.security import password_entropy
    out.append(("Patna@2024 against five random words", f"`Patna@2024` ({password_entropy('Patna@2024'):.1f} bits) "
                f"even beats five random words ({5 * math.log2(7776):.1f})"))
    out.append(("one more random word", f"one more random word adds {math.log2(7776):.1f}"))

    # Exercise 3: the impossible-travel alert, from the pair the card planted and the access register
    ok = logins[logins["success"]].sort_values("timestamp")
    flagged = logins[logins["incident"] == "impossible_travel"].iloc[0]
    before = ok[(ok["user"] == flagged["user"]) & (ok["timestamp"] < flagged["timestamp"])].iloc[-1]
    km = _haversine(before["latitude"], before["longitude"], flagged["latitude"], flagged["longitude"])
    minutes = (flagged["timestamp"] - before["timestamp"]).total_seconds() / 60
    out.append(("the impossible journey in round figures",
                f"no one travels {round(km, -2):,.0f} km in {round(minutes, -1):.0f} minutes"))
    out.append(("the impossible journey's speed", f"a {round(km / minutes * 60, -2):,.0f} km/h jump"))
    person = admins[admins["user"] == flagged["user"]].iloc[0]
    state_page = "the state page " if str(person["page"]) == "@iprd_bihar_demo" else "the page "
    out.append(("the alert of Exercise 3",
                f"reaches you on {flagged['timestamp']:%-d %B}: {person['person']}, with {person['access']} of "
                f"{state_page}{person['page']}, signed in from {before['city']} on a {before['device']} at "
                f"{before['timestamp']:%H:%M}, then \"from {flagged['city']}\" on an {flagged['device']} at "
                f"{flagged['timestamp']:%H:%M}, with a second factor" if flagged["two_factor_used"] else "?"))
    return out
