"""Right answers for 11b-rumours-and-safety: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

_RUMOUR_DEMO = ('\n\n\nrumours = load("rumours")\nhourly = load("rumour_hourly")\n'
                "target = top_rumour(rumours, hourly, SCHEME)\n"
                'rumours.loc[rumours["rumour_id"] == target, ["rumour_id", CLAIM, "rating", "rebuttal_hour"]]')

_MISSING_DEMO = ('\n\n\nfirst_draft = "Beware! Forms are NOT filled at a private cyber cafe for ₹200. #MahilaRozgar"\n'
                 "missing_elements(plain(first_draft), REQUIRED)")

_FLAGS_DEMO = ('\n\n\nflags = flag_admins(admins, AUDIT_DAY, "bihar.gov.example")\n'
               'flags[["page", "person", "access", "no_2fa", "personal_email", "inactive", "not_serving"]]')


RIGHT_ANSWERS = {
    "top_rumour": [
        # named aggregation, then the row with the biggest total
        "def top_rumour(rumours, hourly, scheme):\n"
        '    ids = rumours.loc[rumours["scheme"] == scheme, "rumour_id"]\n'
        '    totals = hourly[hourly["rumour_id"].isin(ids)].groupby("rumour_id", observed=True).agg(total=("shares", "sum"))\n'
        '    return str(totals["total"].idxmax())' + _RUMOUR_DEMO,
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
        "def missing_elements(draft, required):\n"
        "    text = draft.lower()\n"
        "    missing = []\n"
        "    for element, words in required.items():\n"
        "        if not any(word.lower() in text for word in words):\n"
        "            missing.append(element)\n"
        "    return missing" + _MISSING_DEMO,
        # all(... not in ...), casefold() to ignore case
        "def missing_elements(draft, required):\n"
        "    text = draft.casefold()\n"
        "    return [name for name in required if all(w.casefold() not in text for w in required[name])]"
        + _MISSING_DEMO,
        # a found flag per element, inner loop with break
        "def missing_elements(draft, required):\n"
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
        # the course's plain() on both sides too (a dot below a Hindi letter then never matters), and str.find
        "def missing_elements(draft, required):\n"
        "    text = plain(draft).lower()\n"
        "    return [element for element, words in required.items()\n"
        "            if all(text.find(plain(word).lower()) == -1 for word in words)]" + _MISSING_DEMO,
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
    "rumour_plan": ['rumour_plan = "b"', 'rumour_plan = "option B"', 'rumour_plan = " B "'],
    "agency_access": ['agency_access = "d"', 'agency_access = "[D]"',
                      'agency_access = "access stays with serving officers, who publish the approved reels"'],
}
