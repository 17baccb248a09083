"""Numbers about the course data in 07-cyber-security's text, checks and sample answer, computed from the data.

Each fragment below must appear word for word in source/07-cyber-security (tests/test_prose_numbers.py).
Sentences that describe the planted incidents and the access register (how many pages, how many people
with full control, who still signs in after leaving) and the scenarios of the decisions (Exercises 3, 5
and 8) are built from `logins`, `admins` and `links`, so a regenerated dataset that changes them names
the sentence to rewrite.
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
    out.append(("pages in the access register", f"access register for the {WORDS[admins['page'].nunique()]} invented pages"))

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
    minutes = (burst["timestamp"].max() - burst["timestamp"].min()).total_seconds() / 60
    out.append(("the burst in the sample message", f"{len(burst)} times in {round(minutes)} minutes"))
    out.append(("the date of the burst", f"credential-stuffing burst of {burst['timestamp'].min():%-d %B}"))

    new_country = logins[logins["incident"] == "new_country"].iloc[0]
    if not new_country["two_factor_used"]:
        out.append(("the new-country login's second factor", "**no second factor was used**"))

    full = admins[admins["access"] == "full control"]["page"].value_counts()
    most = int(full.max())
    out.append(("the page with the most people with full control",
                f"One page gives {WORDS[most]} people full control: any one of them, or anyone who steals one of "
                f"their accounts, can remove the other {WORDS[most - 1]}."))
    if (full == 1).sum() == 1:
        out.append(("the page with one person with full control", "Another has a single person with full control"))
    serving = admins[(admins["access"] == "full control") & (admins["status"] == "serving")]["page"].value_counts()
    two_on_paper = [p for p in full.index if full[p] == 2 and serving.get(p, 0) == 1]
    if len(two_on_paper) == 1:
        out.append(("the page with two on paper, one serving",
                    "a third has two on paper but only one serving officer"))

    gone = admins[admins["status"] != "serving"]
    after = logins[logins["success"]].merge(gone[["user", "access", "status", "status_since", "email"]], on="user")
    after = after[after["timestamp"] > after["status_since"]]
    officer = after.iloc[0]
    night = (after["timestamp"].dt.hour >= 21).all()
    no_2fa = not after["two_factor_used"].any()
    personal = not str(officer["email"]).endswith("@bihar.gov.example")
    out.append(("the departed officer who still signs in",
                f"An officer {officer['status']} in {officer['status_since']:%B} still signs in to the old district's "
                f"page, with **{officer['access']}**"
                + (", late at night" if night else "") + (", without a second factor" if no_2fa else "")
                + (", and the account uses a personal email." if personal else ".")))

    patna_delhi = _haversine(25.59, 85.14, 28.61, 77.21)
    out.append(("Patna to Delhi in the text", f"is about {patna_delhi:,.0f} km"))
    out.append(("bits of Patna@24", f"8 × log2(95) ≈ {8 * math.log2(95):.1f} bits"))
    out.append(("bits per random word", f"log2(7,776) ≈ {math.log2(7776):.1f} bits"))
    out.append(("symbols and length", f"about {round(8 * (math.log2(95) - math.log2(62)))} more bits. Adding four "
                f"more lowercase letters adds about {round(4 * math.log2(26))} bits"))
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

    # Exercise 5: the link in the "copyright" notice is one of the phishing links staff received
    links = load("links")
    lure = links[links["url"].str.contains("secure-login-meta-verify.test/login", regex=False)]
    out.append(("the link of Exercise 5, a phishing link of the data",
                f"appeal now: {lure['url'].iloc[0]}" if (lure["label"] == "phishing").all() else "?"))

    # Exercise 8: the Siwan page, from the register
    officer_row = admins[admins["user"] == officer["user"]].iloc[0]
    page = admins[admins["page"] == officer_row["page"]]
    serving_full = page[(page["access"] == "full control") & (page["status"] == "serving")]["person"].tolist()
    partial = page[(page["access"] == "partial control") & (page["status"] == "serving")]["person"].tolist()
    if len(serving_full) == 1 and len(partial) == 2:
        out.append(("the page of Exercise 8",
                    f"That officer is {officer_row['person']}, {officer_row['status']} on "
                    f"{officer_row['status_since']:%-d %B} from {officer_row['page']}. {serving_full[0]} is the only "
                    f"serving officer there with full control; {partial[0]} and {partial[1]} have partial control."))
    return out
