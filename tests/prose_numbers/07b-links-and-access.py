"""Numbers about the course data in 07b-links-and-access's text, checks and sample answer, computed from the data.

Each fragment below must appear word for word in source/07b-links-and-access (tests/test_prose_numbers.py).
Sentences that describe the access register (how many pages, how many people with full control, who still
signs in after leaving), the credential-stuffing burst of the sample message and the scenarios of the
decisions (Exercises 2 and 4) are built from `logins`, `admins` and `links`, so a regenerated dataset that
changes them names the sentence to rewrite.
"""
from __future__ import annotations

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve"}


def claims(load):
    logins = load("logins")
    admins = load("admins")
    out = []

    out.append(("pages in the access register", f"access register for the {WORDS[admins['page'].nunique()]} invented pages"))

    # Exercise 6: the burst of the first part, in the scenario and the sample message
    burst = logins[logins["incident"] == "credential_stuffing"]
    minutes = (burst["timestamp"].max() - burst["timestamp"].min()).total_seconds() / 60
    out.append(("the burst in the sample message", f"{len(burst)} times in {round(minutes)} minutes"))
    out.append(("the date of the burst", f"credential-stuffing burst of {burst['timestamp'].min():%-d %B}"))

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
                f"An officer {officer['status']} in {officer['status_since']:%B} still signs in to the department's "
                f"login system (the one `logins` comes from), as a manager of the old district's page with "
                f"**{officer['access']}**"
                + (", late at night" if night else "") + (", without a second factor" if no_2fa else "")
                + ("; and the access register lists a personal email for her." if personal else ".")))

    # Exercise 2: the link in the "copyright" notice is one of the phishing links staff received
    links = load("links")
    lure = links[links["url"].str.contains("secure-login-meta-verify.test/login", regex=False)]
    out.append(("the link of Exercise 2, a phishing link of the data",
                f"appeal now: {lure['url'].iloc[0]}" if (lure["label"] == "phishing").all() else "?"))

    # Exercise 4: the Siwan page, from the register
    officer_row = admins[admins["user"] == officer["user"]].iloc[0]
    page = admins[admins["page"] == officer_row["page"]]
    serving_full = page[(page["access"] == "full control") & (page["status"] == "serving")]["person"].tolist()
    partial = page[(page["access"] == "partial control") & (page["status"] == "serving")]["person"].tolist()
    if len(serving_full) == 1 and len(partial) == 2:
        out.append(("the page of Exercise 4",
                    f"That officer is {officer_row['person']}, {officer_row['status']} on "
                    f"{officer_row['status_since']:%-d %B} from {officer_row['page']}. {serving_full[0]} is the only "
                    f"serving officer there with full control; {partial[0]} and {partial[1]} have partial control."))
    return out
