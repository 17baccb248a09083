"""Plausible wrong answers for 11b-rumours-and-safety: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there. The answers to
Exercises 1 and 4 keep the answer cell's given lines (the tables loaded, the first draft), as a participant's do,
so that the visible check grades the function itself.
"""

_RUMOUR_DEMO = ('\n\n\nrumours = load("rumours")\nhourly = load("rumour_hourly")\n'
                "target = top_rumour(rumours, hourly, SCHEME)\n")

_MISSING_DEMO = ('\n\n\nfirst_draft = "Beware! Forms are NOT filled at a private cyber cafe for ₹200. #MahilaRozgar"\n'
                 "print(missing_elements(plain(first_draft), REQUIRED))\n")

WRONG_ANSWERS = {
    "top_rumour": [
        # the rumour with the biggest single hour, not the most shares in total
        '''def top_rumour(rumours, hourly, scheme):
    ids = rumours.loc[rumours["scheme"] == scheme, "rumour_id"]
    mine = hourly[hourly["rumour_id"].isin(ids)]
    return str(mine.loc[mine["shares"].idxmax(), "rumour_id"])
''',
        # forgot to keep only the scheme's rumours
        '''def top_rumour(rumours, hourly, scheme):
    return str(hourly.groupby("rumour_id", observed=True)["shares"].sum().idxmax())
''',
        # hard-coded the answer for Mahila Rozgar
        '''def top_rumour(rumours, hourly, scheme):
    return "R09"
''',
        # the scheme's name typed in instead of the `scheme` input
        '''def top_rumour(rumours, hourly, scheme):
    ids = rumours.loc[rumours["scheme"] == "Mahila Rozgar", "rumour_id"]
    mine = hourly[hourly["rumour_id"].isin(ids)]
    return str(mine.groupby("rumour_id", observed=True)["shares"].sum().idxmax())
''',
        # each rumour's biggest single hour, then the biggest of those: not the most shares in total
        # (on the course data R09 wins both ways; the visible check's small tables tell them apart)
        '''def top_rumour(rumours, hourly, scheme):
    ids = rumours.loc[rumours["scheme"] == scheme, "rumour_id"]
    mine = hourly[hourly["rumour_id"].isin(ids)]
    return str(mine.groupby("rumour_id", observed=True)["shares"].max().idxmax())
''',
        # the scheme's first rumour in the table, not the one shared most
        '''def top_rumour(rumours, hourly, scheme):
    return str(rumours.loc[rumours["scheme"] == scheme, "rumour_id"].iloc[0])
''',
        # counted each rumour's rows (its hours) instead of adding up its shares (a participant review: it kept 1 of
        # 3 points, as the visible check's rumour with the most shares also had the most rows)
        '''def top_rumour(rumours, hourly, scheme):
    ids = rumours.loc[rumours["scheme"] == scheme, "rumour_id"]
    mine = hourly[hourly["rumour_id"].isin(ids)]
    return str(mine.groupby("rumour_id", observed=True)["shares"].count().idxmax())
''',
        # the rumour seen in the most rows, with value_counts
        '''def top_rumour(rumours, hourly, scheme):
    ids = rumours.loc[rumours["scheme"] == scheme, "rumour_id"]
    mine = hourly[hourly["rumour_id"].isin(ids)]
    return str(mine["rumour_id"].value_counts().idxmax())
''',
    ],
    "missing_elements": [
        # forgot to lower-case the keywords
        '''def missing_elements(draft, required):
    text = draft.lower()
    return [e for e, words in required.items() if not any(w in text for w in words)]
''',
        # returned the elements that are present
        '''def missing_elements(draft, required):
    text = draft.lower()
    return [e for e, words in required.items() if any(w.lower() in text for w in words)]
''',
        # required ALL the words of an element instead of any one
        '''def missing_elements(draft, required):
    text = draft.lower()
    return [e for e, words in required.items() if not all(w.lower() in text for w in words)]
''',
        # looks for the first word of each element only
        '''def missing_elements(draft, required):
    text = draft.lower()
    return [e for e, words in required.items() if words[0].lower() not in text]
''',
        # looked among the draft's words split at the spaces: misses phrases ("block office") and a word with
        # punctuation ("office.") (a participant review: its messages blamed "first word only" and case)
        '''def missing_elements(draft, required):
    words_in_draft = draft.lower().split()
    return [e for e, words in required.items() if not any(w.lower() in words_in_draft for w in words)]
''',
        # the same with the punctuation stripped from each word: still misses a phrase of two words
        '''def missing_elements(draft, required):
    words_in_draft = [w.strip(".,:;!?") for w in draft.lower().split()]
    return [e for e, words in required.items() if not any(w.lower() in words_in_draft for w in words)]
''',
    ],
    "flag_admins": [
        # "contains the domain" instead of "ends with @domain"
        '''def flag_admins(admins, today, domain):
    table = admins.copy()
    table["no_2fa"] = ~table["two_factor"]
    table["personal_email"] = ~table["email"].str.contains(domain, regex=False)
    table["inactive"] = (today - table["last_active"]) > pd.Timedelta(days=90)
    table["not_serving"] = table["status"] != "serving"
    return table[table["no_2fa"] | table["personal_email"] | table["inactive"] | table["not_serving"]]
''',
        # kept everyone, flagged or not
        '''def flag_admins(admins, today, domain):
    table = admins.copy()
    table["no_2fa"] = ~table["two_factor"]
    table["personal_email"] = ~table["email"].str.endswith("@" + domain)
    table["inactive"] = (today - table["last_active"]) > pd.Timedelta(days=90)
    table["not_serving"] = table["status"] != "serving"
    return table
''',
        # forgot the people no longer serving
        '''def flag_admins(admins, today, domain):
    table = admins.copy()
    table["no_2fa"] = ~table["two_factor"]
    table["personal_email"] = ~table["email"].str.endswith("@" + domain)
    table["inactive"] = (today - table["last_active"]) > pd.Timedelta(days=90)
    table["not_serving"] = False
    return table[table["no_2fa"] | table["personal_email"] | table["inactive"]]
''',
            # the example's domain typed in
        '''def flag_admins(admins, today, domain):
    table = admins.copy()
    table["no_2fa"] = ~table["two_factor"]
    table["personal_email"] = ~table["email"].str.endswith("@bihar.gov.example")
    table["inactive"] = (today - table["last_active"]) > pd.Timedelta(days=90)
    table["not_serving"] = table["status"] != "serving"
    return table[table["no_2fa"] | table["personal_email"] | table["inactive"] | table["not_serving"]]
''',
        # the audit day typed in instead of the `today` input
        '''def flag_admins(admins, today, domain):
    table = admins.copy()
    table["no_2fa"] = ~table["two_factor"]
    table["personal_email"] = ~table["email"].str.endswith("@" + domain)
    table["inactive"] = (pd.Timestamp("2026-03-31", tz="Asia/Kolkata") - table["last_active"]) > pd.Timedelta(days=90)
    table["not_serving"] = table["status"] != "serving"
    return table[table["no_2fa"] | table["personal_email"] | table["inactive"] | table["not_serving"]]
''',
        # only "retired" counts as not serving (transferred forgotten)
        '''def flag_admins(admins, today, domain):
    table = admins.copy()
    table["no_2fa"] = ~table["two_factor"]
    table["personal_email"] = ~table["email"].str.endswith("@" + domain)
    table["inactive"] = (today - table["last_active"]) > pd.Timedelta(days=90)
    table["not_serving"] = table["status"] == "retired"
    return table[table["no_2fa"] | table["personal_email"] | table["inactive"] | table["not_serving"]]
''',
        # & (and) instead of | (or): keeps only rows with every problem
        '''def flag_admins(admins, today, domain):
    table = admins.copy()
    table["no_2fa"] = ~table["two_factor"]
    table["personal_email"] = ~table["email"].str.endswith("@" + domain)
    table["inactive"] = (today - table["last_active"]) > pd.Timedelta(days=90)
    table["not_serving"] = table["status"] != "serving"
    return table[table["no_2fa"] & table["personal_email"] & table["inactive"] & table["not_serving"]]
''',
        # ends with the domain, without the "@" (x@notdept.example counts as official)
        '''def flag_admins(admins, today, domain):
    table = admins.copy()
    table["no_2fa"] = ~table["two_factor"]
    table["personal_email"] = ~table["email"].str.endswith(domain)
    table["inactive"] = (today - table["last_active"]) > pd.Timedelta(days=90)
    table["not_serving"] = table["status"] != "serving"
    return table[table["no_2fa"] | table["personal_email"] | table["inactive"] | table["not_serving"]]
''',
        # a 30-day threshold for inactive instead of 90 (the message names the threshold)
        '''def flag_admins(admins, today, domain):
    table = admins.copy()
    table["no_2fa"] = ~table["two_factor"]
    table["personal_email"] = ~table["email"].str.endswith("@" + domain)
    table["inactive"] = (today - table["last_active"]) > pd.Timedelta(days=30)
    table["not_serving"] = table["status"] != "serving"
    return table[table["no_2fa"] | table["personal_email"] | table["inactive"] | table["not_serving"]]
''',
    ],
    "rumour_plan": [
        # silence: the big, never-corrected rumour stays uncorrected as the campaign sends women to forms
        'rumour_plan = "A"',
        # a myths-vs-facts list: shows small, already-answered claims to people who never met them
        'rumour_plan = "C"',
        # the claim in the headline, stamped FAKE: what people remember is the claim
        'rumour_plan = "D"',
    ],
    "agency_access": [
        # full control for an outsider, for two weeks
        'agency_access = "A"',
        # partial control on a personal profile: posts and ads with nobody approving
        'agency_access = "B"',
        # a shared login and one-time codes read out on request
        'agency_access = "C"',
    ],
}

WRONG_ANSWERS["top_rumour"] = [code.rstrip("\n") + _RUMOUR_DEMO for code in WRONG_ANSWERS["top_rumour"]]
WRONG_ANSWERS["missing_elements"] = [code.rstrip("\n") + _MISSING_DEMO for code in WRONG_ANSWERS["missing_elements"]]
