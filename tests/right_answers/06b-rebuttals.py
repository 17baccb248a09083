"""Right answers for 06b-rebuttals: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
    "before_after": [
        # the hours as the index, and a slice by label (ends included): the rows come sorted by hour
        "def before_after(one, rebuttal_hour, window):\n"
        '    by_hour = one.set_index("hour")["shares"]\n'
        "    before = by_hour.loc[rebuttal_hour - window : rebuttal_hour - 1].mean()\n"
        "    after = by_hour.loc[rebuttal_hour : rebuttal_hour + window - 1].mean()\n"
        "    return before, after",
        # between(), inclusive at both ends
        "def before_after(one, rebuttal_hour, window):\n"
        '    before = one[one["hour"].between(rebuttal_hour - window, rebuttal_hour - 1)]["shares"].mean()\n'
        '    after = one[one["hour"].between(rebuttal_hour, rebuttal_hour + window - 1)]["shares"].mean()\n'
        "    return before, after",
        # query with @ names
        "def before_after(one, rebuttal_hour, window):\n"
        '    before = one.query("@rebuttal_hour - @window <= hour < @rebuttal_hour")["shares"].mean()\n'
        '    after = one.query("@rebuttal_hour <= hour < @rebuttal_hour + @window")["shares"].mean()\n'
        "    return (before, after)",
        # a loop over the rows, the mean as sum / count
        "def before_after(one, rebuttal_hour, window):\n"
        "    before_shares = []\n"
        "    after_shares = []\n"
        '    for hour, count in zip(one["hour"], one["shares"]):\n'
        "        if rebuttal_hour - window <= hour < rebuttal_hour:\n"
        "            before_shares.append(count)\n"
        "        elif rebuttal_hour <= hour < rebuttal_hour + window:\n"
        "            after_shares.append(count)\n"
        "    before = sum(before_shares) / len(before_shares)\n"
        "    after = sum(after_shares) / len(after_shares)\n"
        "    return before, after",
        # a list [before, after]: a pair too, as the text says
        "def before_after(one, rebuttal_hour, window):\n"
        '    hour = one["hour"]\n'
        '    before = one[(hour >= rebuttal_hour - window) & (hour < rebuttal_hour)]["shares"].mean()\n'
        '    after = one[(hour >= rebuttal_hour) & (hour < rebuttal_hour + window)]["shares"].mean()\n'
        "    return [before, after]",
        # the means rounded to 2 decimals, as the text allows
        "def before_after(one, rebuttal_hour, window):\n"
        '    hour = one["hour"]\n'
        '    before = one.loc[(hour >= rebuttal_hour - window) & (hour < rebuttal_hour), "shares"].mean()\n'
        '    after = one.loc[(hour >= rebuttal_hour) & (hour < rebuttal_hour + window), "shares"].mean()\n'
        "    return round(before, 2), round(after, 2)",
    ],
    "early_late": [
        # .agg("sum"), and .loc with a mask and a column
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].agg("sum")\n\n\n'
        "def early_late(totals, rumours):\n"
        '    rumours = rumours.copy()\n'
        '    rumours["total_shares"] = rumours["rumour_id"].map(totals)\n'
        '    early = rumours.loc[rumours["rebuttal_hour"] <= 8, "total_shares"].median()\n'
        '    late = rumours.loc[rumours["rebuttal_hour"] >= 30, "total_shares"].median()\n'
        "    return early, late\n\n\n"
        'print(early_late(totals, rumours))',
        # merge, then query
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].sum()\n\n\n'
        "def early_late(totals, rumours):\n"
        '    both = rumours.merge(totals.rename("total_shares"), left_on="rumour_id", right_index=True, how="left")\n'
        '    return (both.query("rebuttal_hour <= 8")["total_shares"].median(),\n'
        '            both.query("rebuttal_hour >= 30")["total_shares"].median())',
        # the second hint: the ids of the early and late rumours, looked up in totals
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].sum()\n\n\n'
        "def early_late(totals, rumours):\n"
        '    early_ids = rumours[rumours["rebuttal_hour"] <= 8]["rumour_id"]\n'
        '    late_ids = rumours[rumours["rebuttal_hour"] >= 30]["rumour_id"]\n'
        "    return totals[early_ids].median(), totals[late_ids].median()",
        # a loop, a list [early, late], and the medians rounded to 2 decimals as the text allows
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].sum()\n\n\n'
        "def early_late(totals, rumours):\n"
        "    early = []\n"
        "    late = []\n"
        '    for rumour_id, hour in zip(rumours["rumour_id"], rumours["rebuttal_hour"]):\n'
        "        if pd.isna(hour):\n"
        "            continue\n"
        "        if hour <= 8:\n"
        "            early.append(totals[rumour_id])\n"
        "        elif hour >= 30:\n"
        "            late.append(totals[rumour_id])\n"
        "    return [round(pd.Series(early).median(), 2), round(pd.Series(late).median(), 2)]\n\n\n"
        "early_median, late_median = early_late(totals, rumours)",
    ],
    "check_rebuttal": [
        # splitlines(), any() over the links, the dictionary filled key by key
        "def check_rebuttal(draft, claim_words, fact_words, limit):\n"
        "    first = draft.splitlines()[0].lower()\n"
        "    hosts = [(urlparse(link).hostname or '').lower() for link in URL.findall(draft)]\n"
        "    result = {}\n"
        '    result["leads_with_fact"] = any(w.lower() in first for w in fact_words)\n'
        '    result["government_link"] = any(h in ("gov.in", "nic.in") or h.endswith((".gov.in", ".nic.in")) for h in hosts)\n'
        '    result["avoids_myth_words"] = all(w.lower() not in first for w in claim_words)\n'
        '    result["fits_length"] = len(draft) <= limit\n'
        "    return result",
        # a regular expression for the host, loops with flags instead of any()
        "def check_rebuttal(draft, claim_words, fact_words, limit):\n"
        '    first = draft.split("\\n")[0].lower()\n'
        "    fact = False\n"
        "    for word in fact_words:\n"
        "        if word.lower() in first:\n"
        "            fact = True\n"
        "    myth = False\n"
        "    for word in claim_words:\n"
        "        if word.lower() in first:\n"
        "            myth = True\n"
        "    official = False\n"
        "    for link in URL.findall(draft):\n"
        '        host = urlparse(link).hostname or ""\n'
        '        if re.fullmatch(r"(.+\\.)?(gov|nic)\\.in", host.lower()):\n'
        "            official = True\n"
        '    return {"leads_with_fact": fact, "government_link": official,\n'
        '            "avoids_myth_words": not myth, "fits_length": len(draft) <= limit}',
        # dict(...) with keyword arguments, the host split into its labels
        "def check_rebuttal(draft, claim_words, fact_words, limit):\n"
        '    first = draft.partition("\\n")[0].lower()\n'
        "    official = False\n"
        "    for link in URL.findall(draft):\n"
        '        labels = (urlparse(link).hostname or "").lower().split(".")\n'
        '        if labels[-2:] in (["gov", "in"], ["nic", "in"]):\n'
        "            official = True\n"
        "    return dict(\n"
        "        leads_with_fact=any(w.lower() in first for w in fact_words),\n"
        "        government_link=official,\n"
        "        avoids_myth_words=not any(w.lower() in first for w in claim_words),\n"
        "        fits_length=len(draft) <= limit,\n"
        "    )",
        # pandas all the way: every value is numpy's True or False, which count as True and False
        "def check_rebuttal(draft, claim_words, fact_words, limit):\n"
        '    first = pd.Series([draft.split("\\n")[0].lower()])\n'
        '    hosts = pd.Series([urlparse(link).hostname or "" for link in URL.findall(draft)], dtype="object").str.lower()\n'
        '    government = (hosts.isin(["gov.in", "nic.in"]) | hosts.str.endswith(".gov.in") | hosts.str.endswith(".nic.in")).any()\n'
        "    fact = pd.Series([first.str.contains(w.lower(), regex=False).iloc[0] for w in fact_words], dtype=bool)\n"
        "    myth = pd.Series([first.str.contains(w.lower(), regex=False).iloc[0] for w in claim_words], dtype=bool)\n"
        '    return {"leads_with_fact": fact.any(), "government_link": government,\n'
        '            "avoids_myth_words": ~myth.any(), "fits_length": pd.Series([len(draft)]).le(limit).iloc[0]}',
    ],
    # judgement exercises: the right letter written in other ways the check accepts
    "report_sentence": ['report_sentence = "c"', "report_sentence = 'C.'"],
    "publish_draft": ['publish_draft = "a"', 'publish_draft = "(A)"', 'publish_draft = "A, it links the official site"'],
}
