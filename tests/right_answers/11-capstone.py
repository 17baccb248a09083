"""Right answers for 11-capstone: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

_BASELINE_DEMO = "\n\n\nbaseline = format_baseline(scheme_posts)\nbaseline.round(2)"
_KPI_DEMO = "\n\n\ntargets = kpi_targets(scheme_posts, 15)\ntargets"
_FORMATS = 'FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]\n\n\n'
_CALENDAR_DEMO = '\n\n\ncalendar = make_calendar("2026-04-06", 14, FORMATS, POST_HOUR)\ncalendar'
_RUMOUR_DEMO = ('\n\n\nrumours = load("rumours")\nhourly = load("rumour_hourly")\n'
                "target = top_rumour(rumours, hourly, SCHEME)\n"
                'rumours.loc[rumours["rumour_id"] == target, ["rumour_id", "claim_en", "fact_en", "rating", "rebuttal_hour"]]')
_REQUIRED = '''REQUIRED = {
    "the fact (applying is free)": ["free", "no fee", "निःशुल्क", "मुफ़्त", "कोई शुल्क नहीं"],
    "where to apply or check": ["official portal", "block office", "state.bihar.gov.in", "पोर्टल", "प्रखंड"],
    "the trick named": ["fake", "fraud", "scam", "धोखा", "ठगी", "झूठ"],
    "what to do": ["report", "complain", "शिकायत", "सूचना दें"],
    "the campaign hashtag": ["#mahilarozgar"],
}


'''
_MISSING_DEMO = ('\n\n\nfirst_draft = "Beware! Forms are NOT filled at a private cyber cafe for ₹200. #MahilaRozgar"\n'
                 "missing_elements(first_draft, REQUIRED)")
_FLAGS_DEMO = ('\n\n\nflags = flag_admins(admins, AUDIT_DAY, "bihar.gov.example")\n'
               'flags[["page", "person", "access", "no_2fa", "personal_email", "inactive", "not_serving"]]')

RIGHT_ANSWERS = {
    "baseline": [
        # sum across the four columns; assign and a count of the format column
        "def er_by_reach(df):\n"
        '    return df[["reactions", "comments", "shares", "saves"]].sum(axis=1) / df["reach"] * 100\n\n\n'
        "def format_baseline(df):\n"
        "    table = df.assign(er=er_by_reach(df))\n"
        '    out = table.groupby("format", observed=True).agg(\n'
        '        posts=("format", "count"), median_reach=("reach", "median"), median_er=("er", "median"))\n'
        '    return out.reset_index().sort_values("median_reach", ascending=False)' + _BASELINE_DEMO,
        # .div / .mul; a DataFrame from grouped Series, a fresh 0..n index
        "def er_by_reach(df):\n"
        '    engagement = df["reactions"] + df["comments"] + df["shares"] + df["saves"]\n'
        '    return engagement.div(df["reach"]).mul(100)\n\n\n'
        "def format_baseline(df):\n"
        '    groups = df.groupby("format", observed=True)\n'
        '    out = pd.DataFrame({"posts": groups.size(), "median_reach": groups["reach"].median(),\n'
        '                        "median_er": er_by_reach(df).groupby(df["format"], observed=True).median()})\n'
        '    out = out.sort_values("median_reach", ascending=False)\n'
        '    return out.rename_axis("format").reset_index()' + _BASELINE_DEMO,
        # a loop over the formats, one dictionary per row
        "def er_by_reach(df):\n"
        '    return 100 * (df["reactions"] + df["comments"] + df["shares"] + df["saves"]) / df["reach"]\n\n\n'
        "def format_baseline(df):\n"
        "    rows = []\n"
        '    for fmt, mine in df.groupby("format", observed=True):\n'
        '        rows.append({"format": fmt, "posts": len(mine), "median_reach": mine["reach"].median(),\n'
        '                     "median_er": er_by_reach(mine).median()})\n'
        '    return pd.DataFrame(rows).sort_values("median_reach", ascending=False).reset_index(drop=True)'
        + _BASELINE_DEMO,
        # counts each format's post ids (the table has every column of `posts`)
        "def er_by_reach(df):\n"
        '    return (df["reactions"] + df["comments"] + df["shares"] + df["saves"]) / df["reach"] * 100\n\n\n'
        "def format_baseline(df):\n"
        "    table = df.copy()\n"
        '    table["er"] = er_by_reach(table)\n'
        '    out = table.groupby("format", observed=True).agg(\n'
        '        posts=("post_id", "count"), median_reach=("reach", "median"), median_er=("er", "median"))\n'
        '    return out.sort_values("median_reach", ascending=False).reset_index()' + _BASELINE_DEMO,
    ],
    "kpi_targets": [
        # the factor as (100 + uplift) / 100, the dictionary filled key by key
        "def kpi_targets(df, uplift):\n"
        "    factor = (100 + uplift) / 100\n"
        "    targets = {}\n"
        '    targets["reach_per_post"] = float(df["reach"].median() * factor)\n'
        '    targets["er_by_reach"] = float(er_by_reach(df).median() * factor)\n'
        '    targets["clicks_per_1000"] = float(df["link_clicks"].sum() * 1000 / df["reach"].sum() * factor)\n'
        "    return targets" + _KPI_DEMO,
        # baselines first, then each raised by adding uplift % of itself
        "def kpi_targets(df, uplift):\n"
        '    reach = df["reach"].median()\n'
        "    er = er_by_reach(df).median()\n"
        '    clicks = df["link_clicks"].sum() / df["reach"].sum() * 1000\n'
        "    return {\n"
        '        "reach_per_post": float(reach + reach * uplift / 100),\n'
        '        "er_by_reach": float(er + er * uplift / 100),\n'
        '        "clicks_per_1000": float(clicks + clicks * uplift / 100),\n'
        "    }" + _KPI_DEMO,
        # a dictionary of baselines, raised in a comprehension
        "def kpi_targets(df, uplift):\n"
        "    baseline = {\n"
        '        "reach_per_post": df["reach"].median(),\n'
        '        "er_by_reach": er_by_reach(df).median(),\n'
        '        "clicks_per_1000": 1000 * df["link_clicks"].sum() / df["reach"].sum(),\n'
        "    }\n"
        "    return {key: float(value * (1 + uplift / 100)) for key, value in baseline.items()}" + _KPI_DEMO,
    ],
    "make_calendar": [
        # whole columns at once from the dates
        _FORMATS + "def make_calendar(start, days, formats, hour):\n"
        "    dates = pd.date_range(start, periods=days)\n"
        "    return pd.DataFrame({\n"
        '        "date": dates.strftime("%Y-%m-%d"),\n'
        '        "weekday": dates.day_name(),\n'
        '        "format": [formats[i % len(formats)] for i in range(days)],\n'
        '        "hour": [hour] * days,\n'
        "    })" + _CALENDAR_DEMO,
        # Python's datetime module, isoformat and %A
        _FORMATS + "from datetime import date, timedelta\n\n\n"
        "def make_calendar(start, days, formats, hour):\n"
        "    first = date.fromisoformat(start)\n"
        "    rows = []\n"
        "    for i in range(days):\n"
        "        d = first + timedelta(days=i)\n"
        '        rows.append({"date": d.isoformat(), "weekday": d.strftime("%A"),\n'
        '                     "format": formats[i % len(formats)], "hour": hour})\n'
        "    return pd.DataFrame(rows)" + _CALENDAR_DEMO,
        # itertools.cycle goes round the formats
        _FORMATS + "import itertools\n\n\n"
        "def make_calendar(start, days, formats, hour):\n"
        "    rows = []\n"
        "    for d, fmt in zip(pd.date_range(start, periods=days), itertools.cycle(formats)):\n"
        '        rows.append([d.strftime("%Y-%m-%d"), d.day_name(), fmt, hour])\n'
        '    return pd.DataFrame(rows, columns=["date", "weekday", "format", "hour"])' + _CALENDAR_DEMO,
    ],
    "top_rumour": [
        # merge the scheme onto the hourly table
        "def top_rumour(rumours, hourly, scheme):\n"
        '    merged = hourly.merge(rumours[["rumour_id", "scheme"]], on="rumour_id")\n'
        '    mine = merged[merged["scheme"] == scheme]\n'
        '    return str(mine.groupby("rumour_id", observed=True)["shares"].sum().idxmax())' + _RUMOUR_DEMO,
        # totals of every rumour first, then only the scheme's, nlargest(1)
        "def top_rumour(rumours, hourly, scheme):\n"
        '    totals = hourly.groupby("rumour_id", observed=True)["shares"].sum()\n'
        '    ids = rumours.query("scheme == @scheme")["rumour_id"]\n'
        "    return str(totals[totals.index.isin(ids)].nlargest(1).index[0])" + _RUMOUR_DEMO,
        # a loop over the scheme's rumours
        "def top_rumour(rumours, hourly, scheme):\n"
        "    best, best_total = None, -1\n"
        '    for rumour_id in rumours.loc[rumours["scheme"] == scheme, "rumour_id"]:\n'
        '        total = hourly.loc[hourly["rumour_id"] == rumour_id, "shares"].sum()\n'
        "        if total > best_total:\n"
        "            best, best_total = rumour_id, total\n"
        "    return str(best)" + _RUMOUR_DEMO,
    ],
    "missing_elements": [
        # a loop with append
        _REQUIRED + "def missing_elements(draft, required):\n"
        "    text = draft.lower()\n"
        "    missing = []\n"
        "    for element, words in required.items():\n"
        "        if not any(word.lower() in text for word in words):\n"
        "            missing.append(element)\n"
        "    return missing" + _MISSING_DEMO,
        # all(... not in ...), casefold() to ignore case
        _REQUIRED + "def missing_elements(draft, required):\n"
        "    text = draft.casefold()\n"
        "    return [name for name in required if all(w.casefold() not in text for w in required[name])]"
        + _MISSING_DEMO,
        # a found flag per element, inner loop with break
        _REQUIRED + "def missing_elements(draft, required):\n"
        "    text = draft.lower()\n"
        "    missing = []\n"
        "    for element in required:\n"
        "        found = False\n"
        "        for word in required[element]:\n"
        "            if word.lower() in text:\n"
        "                found = True\n"
        "                break\n"
        "        if not found:\n"
        "            missing.append(element)\n"
        "    return missing" + _MISSING_DEMO,
    ],
    "flag_admins": [
        # any(axis=1) over the four flags, last_active compared with a cut-off date
        "def flag_admins(admins, today, domain):\n"
        "    table = admins.copy()\n"
        '    table["no_2fa"] = table["two_factor"] == False\n'
        '    table["personal_email"] = ~table["email"].str.endswith("@" + domain)\n'
        '    table["inactive"] = table["last_active"] < today - pd.Timedelta(days=90)\n'
        '    table["not_serving"] = table["status"].ne("serving")\n'
        '    flagged = table[["no_2fa", "personal_email", "inactive", "not_serving"]].any(axis=1)\n'
        "    return table.loc[flagged]" + _FLAGS_DEMO,
        # assign makes the copy, query keeps the flagged rows
        "def flag_admins(admins, today, domain):\n"
        "    table = admins.assign(\n"
        '        no_2fa=~admins["two_factor"],\n'
        '        personal_email=~admins["email"].str.endswith("@" + domain),\n'
        '        inactive=(today - admins["last_active"]) > pd.Timedelta(days=90),\n'
        '        not_serving=admins["status"] != "serving",\n'
        "    )\n"
        '    return table.query("no_2fa or personal_email or inactive or not_serving")' + _FLAGS_DEMO,
        # f-string for the address ending, the gap in seconds, the count of flags > 0
        "def flag_admins(admins, today, domain):\n"
        "    table = admins.copy()\n"
        '    table["no_2fa"] = ~table["two_factor"]\n'
        '    table["personal_email"] = ~table["email"].str.endswith(f"@{domain}")\n'
        '    table["inactive"] = (today - table["last_active"]).dt.total_seconds() > 90 * 24 * 3600\n'
        '    table["not_serving"] = table["status"] != "serving"\n'
        '    count = table[["no_2fa", "personal_email", "inactive", "not_serving"]].sum(axis=1)\n'
        "    return table[count > 0]" + _FLAGS_DEMO,
        # sorted by page and person (the order of the rows is not asked)
        "def flag_admins(admins, today, domain):\n"
        "    table = admins.copy()\n"
        '    table["no_2fa"] = ~table["two_factor"]\n'
        '    table["personal_email"] = ~table["email"].str.endswith("@" + domain)\n'
        '    table["inactive"] = (today - table["last_active"]) > pd.Timedelta(days=90)\n'
        '    table["not_serving"] = table["status"] != "serving"\n'
        '    flagged = table[table["no_2fa"] | table["personal_email"] | table["inactive"] | table["not_serving"]]\n'
        '    return flagged.sort_values(["page", "person"])' + _FLAGS_DEMO,
    ],
    "budget_line": ['budget_line = "c"', 'budget_line = "(C)"', "budget_line = 'C.'"],
    "rumour_plan": ['rumour_plan = "b"', 'rumour_plan = "option B"', 'rumour_plan = " B "'],
    "agency_access": ['agency_access = "d"', 'agency_access = "[D]"',
                      'agency_access = "access stays with serving officers, who publish the approved reels"'],
    "holding_draft": ['holding_draft = "b"', 'holding_draft = "Option B."',
                      'holding_draft = "taken over; the form is free; state.bihar.gov.in; next update at 2 pm"'],
}
