"""Plausible wrong answers for 11-capstone: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

_ER = '''def er_by_reach(df):
    return (df["reactions"] + df["comments"] + df["shares"] + df["saves"]) / df["reach"] * 100

'''

WRONG_ANSWERS = {
    "baseline": [
        # mean instead of median
        _ER + '''def format_baseline(df):
    table = df.copy()
    table["er"] = er_by_reach(table)
    out = table.groupby("format", observed=True).agg(
        posts=("reach", "size"), median_reach=("reach", "mean"), median_er=("er", "mean"))
    return out.sort_values("median_reach", ascending=False).reset_index()
''',
        # engagement rate by followers, not by reach
        '''def er_by_reach(df):
    return (df["reactions"] + df["comments"] + df["shares"] + df["saves"]) / df["followers_at_post"] * 100

def format_baseline(df):
    table = df.copy()
    table["er"] = er_by_reach(table)
    out = table.groupby("format", observed=True).agg(
        posts=("reach", "size"), median_reach=("reach", "median"), median_er=("er", "median"))
    return out.sort_values("median_reach", ascending=False).reset_index()
''',
        # rate of the medians instead of the median of the rates; forgot saves
        '''def er_by_reach(df):
    return (df["reactions"] + df["comments"] + df["shares"]) / df["reach"] * 100

def format_baseline(df):
    table = df.copy()
    table["er"] = er_by_reach(table)
    out = table.groupby("format", observed=True).agg(
        posts=("reach", "size"), median_reach=("reach", "median"), median_er=("er", "median"))
    return out.sort_values("median_reach", ascending=False).reset_index()
''',
    ],
    "kpi_targets": [
        # uplift added as points, not as a percentage
        '''def kpi_targets(df, uplift):
    return {"reach_per_post": float(df["reach"].median() + uplift),
            "er_by_reach": float(er_by_reach(df).median() + uplift),
            "clicks_per_1000": float(df["link_clicks"].sum() / df["reach"].sum() * 1000 + uplift)}
''',
        # mean reach instead of median
        '''def kpi_targets(df, uplift):
    factor = 1 + uplift / 100
    return {"reach_per_post": float(df["reach"].mean() * factor),
            "er_by_reach": float(er_by_reach(df).mean() * factor),
            "clicks_per_1000": float(df["link_clicks"].sum() / df["reach"].sum() * 1000 * factor)}
''',
        # clicks per 1000 as the mean of each post's ratio
        '''def kpi_targets(df, uplift):
    factor = 1 + uplift / 100
    return {"reach_per_post": float(df["reach"].median() * factor),
            "er_by_reach": float(er_by_reach(df).median() * factor),
            "clicks_per_1000": float((df["link_clicks"] / df["reach"] * 1000).mean() * factor)}
''',
        # engagement rate by followers, written inline instead of reusing er_by_reach
        '''def kpi_targets(df, uplift):
    factor = 1 + uplift / 100
    rate = (df["reactions"] + df["comments"] + df["shares"] + df["saves"]) / df["followers_at_post"] * 100
    return {"reach_per_post": float(df["reach"].median() * factor),
            "er_by_reach": float(rate.median() * factor),
            "clicks_per_1000": float(df["link_clicks"].sum() / df["reach"].sum() * 1000 * factor)}
''',
    ],
    "make_calendar": [
        # the last format repeated once the list runs out, instead of going round it
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i, d in enumerate(pd.date_range(start, periods=days)):
        rows.append({"date": d.strftime("%Y-%m-%d"), "weekday": d.day_name(),
                     "format": formats[min(i, len(formats) - 1)], "hour": hour})
    return pd.DataFrame(rows)
''',
        # one day too many (off by one)
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i, d in enumerate(pd.date_range(start, periods=days + 1)):
        rows.append({"date": d.strftime("%Y-%m-%d"), "weekday": d.day_name(),
                     "format": formats[i % len(formats)], "hour": hour})
    return pd.DataFrame(rows)
''',
        # the example's hour hard-coded
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i, d in enumerate(pd.date_range(start, periods=days)):
        rows.append({"date": d.strftime("%Y-%m-%d"), "weekday": d.day_name(),
                     "format": formats[i % len(formats)], "hour": POST_HOUR})
    return pd.DataFrame(rows)
''',
        # goes round a list of 7 formats: formats[i % 7] (fails on a shorter list)
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i, d in enumerate(pd.date_range(start, periods=days)):
        rows.append({"date": d.strftime("%Y-%m-%d"), "weekday": d.day_name(),
                     "format": formats[i % 7], "hour": hour})
    return pd.DataFrame(rows)
''',
        # the date kept as a Timestamp, not text
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    dates = pd.date_range(start, periods=days)
    return pd.DataFrame({"date": dates, "weekday": dates.day_name(),
                         "format": [formats[i % len(formats)] for i in range(days)], "hour": hour})
''',
    ],
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
        # the scheme's first rumour in the table, not the one shared most
        '''def top_rumour(rumours, hourly, scheme):
    return str(rumours.loc[rumours["scheme"] == scheme, "rumour_id"].iloc[0])
''',
    ],
    "missing_elements": [
        # forgot to lower-case the keywords
        '''REQUIRED = {
    "the fact (applying is free)": ["free", "no fee", "निःशुल्क", "मुफ़्त", "कोई शुल्क नहीं"],
    "where to apply or check": ["official portal", "block office", "state.bihar.gov.in", "पोर्टल", "प्रखंड"],
    "the trick named": ["fake", "fraud", "scam", "धोखा", "ठगी", "झूठ"],
    "what to do": ["report", "complain", "शिकायत", "सूचना दें"],
    "the campaign hashtag": ["#mahilarozgar"],
}

def missing_elements(draft, required):
    text = draft.lower()
    return [e for e, words in required.items() if not any(w in text for w in words)]
''',
        # returned the elements that are present
        '''REQUIRED = {
    "the fact (applying is free)": ["free", "no fee", "निःशुल्क", "मुफ़्त", "कोई शुल्क नहीं"],
    "where to apply or check": ["official portal", "block office", "state.bihar.gov.in", "पोर्टल", "प्रखंड"],
    "the trick named": ["fake", "fraud", "scam", "धोखा", "ठगी", "झूठ"],
    "what to do": ["report", "complain", "शिकायत", "सूचना दें"],
    "the campaign hashtag": ["#mahilarozgar"],
}

def missing_elements(draft, required):
    text = draft.lower()
    return [e for e, words in required.items() if any(w.lower() in text for w in words)]
''',
        # required ALL the words of an element instead of any one
        '''REQUIRED = {
    "the fact (applying is free)": ["free", "no fee", "निःशुल्क", "मुफ़्त", "कोई शुल्क नहीं"],
    "where to apply or check": ["official portal", "block office", "state.bihar.gov.in", "पोर्टल", "प्रखंड"],
    "the trick named": ["fake", "fraud", "scam", "धोखा", "ठगी", "झूठ"],
    "what to do": ["report", "complain", "शिकायत", "सूचना दें"],
    "the campaign hashtag": ["#mahilarozgar"],
}

def missing_elements(draft, required):
    text = draft.lower()
    return [e for e, words in required.items() if not all(w.lower() in text for w in words)]
''',
        # looks for the first word of each element only
        '''REQUIRED = {
    "the fact (applying is free)": ["free", "no fee", "निःशुल्क", "मुफ़्त", "कोई शुल्क नहीं"],
    "where to apply or check": ["official portal", "block office", "state.bihar.gov.in", "पोर्टल", "प्रखंड"],
    "the trick named": ["fake", "fraud", "scam", "धोखा", "ठगी", "झूठ"],
    "what to do": ["report", "complain", "शिकायत", "सूचना दें"],
    "the campaign hashtag": ["#mahilarozgar"],
}

def missing_elements(draft, required):
    text = draft.lower()
    return [e for e, words in required.items() if words[0].lower() not in text]
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
    ],
    "budget_line": [
        # the projection as a count of women: false precision, double counting, accounts are not women
        'budget_line = "A"',
        # the optimiser's amounts with the wrong reason: the size of the platform
        'budget_line = "B"',
        # an equal split: fewer accounts for the same money
        'budget_line = "D"',
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
    "holding_draft": [
        # a bit.ly link to "the official form", and no place for official updates: what the tools flag
        'holding_draft = "A"',
        # passes both tools, but states what nobody knows an hour in (who did it, arrests, no data taken)
        'holding_draft = "C"',
        # vague: "some posts", "soon", "our official channels": three of the four elements missing
        'holding_draft = "D"',
    ],
}
