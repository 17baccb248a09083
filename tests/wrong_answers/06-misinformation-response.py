"""Plausible wrong answers for 06-misinformation-response: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

_CHECK_HEAD = "def check_rebuttal(draft, claim_words, fact_words, limit):\n"

WRONG_ANSWERS = {
    "peaks": [
        # the maximum of each column on its own: the shares are right, the hour is always the last one
        'peaks = hourly.groupby("rumour_id", observed=True)[["hour", "shares"]].max().reset_index()',
        # the row label (idxmax) taken for the hour
        'biggest = hourly.groupby("rumour_id", observed=True)["shares"].idxmax()\n'
        'peaks = pd.DataFrame({"rumour_id": list(biggest.index), "hour": biggest.to_numpy(),\n'
        '                      "shares": hourly.loc[biggest, "shares"].to_numpy()})',
        # the fewest shares (idxmin): the quietest hour of each rumour
        'smallest = hourly.groupby("rumour_id", observed=True)["shares"].idxmin()\n'
        'peaks = hourly.loc[smallest, ["rumour_id", "hour", "shares"]]',
        # the last hour of each rumour, not the busiest
        'peaks = hourly.drop_duplicates("rumour_id", keep="last")[["rumour_id", "hour", "shares"]]',
        # sorted the wrong way: the quietest hour of each rumour
        'peaks = hourly.sort_values("shares").drop_duplicates("rumour_id")[["rumour_id", "hour", "shares"]]',
        # the peak of the whole table only
        'peaks = hourly.nlargest(12, "shares")[["rumour_id", "hour", "shares"]]',
    ],
    "growth_rate": [
        # the factor divided by the hours instead of its root
        "def growth_rate(start, end, hours):\n    return ((end / start) / hours - 1) * 100",
        # ** before /: (end/start)**1, then divided by hours
        "def growth_rate(start, end, hours):\n    return ((end / start) ** 1 / hours - 1) * 100",
        # simple average growth instead of compound
        "def growth_rate(start, end, hours):\n    return (end / start - 1) / hours * 100",
        # forgot to take away 1
        "def growth_rate(start, end, hours):\n    return (end / start) ** (1 / hours) * 100",
        # a fraction, not a percentage
        "def growth_rate(start, end, hours):\n    return (end / start) ** (1 / hours) - 1",
        # the example's answer typed in
        "def growth_rate(start, end, hours):\n    return 100.0",
        # a number that says it equals every other number
        "class Anything(float):\n"
        "    def __eq__(self, other):\n"
        "        return True\n\n\n"
        "def growth_rate(start, end, hours):\n"
        "    return Anything(100.0)",
    ],
    "before_after": [
        # the rebuttal hour counted as "before"
        "def before_after(one, rebuttal_hour, window):\n"
        "    h = one['hour']\n"
        "    before = one.loc[(h > rebuttal_hour - window) & (h <= rebuttal_hour), 'shares'].mean()\n"
        "    after = one.loc[(h > rebuttal_hour) & (h <= rebuttal_hour + window), 'shares'].mean()\n"
        "    return before, after",
        # everything before and everything after, ignoring the window
        "def before_after(one, rebuttal_hour, window):\n"
        "    h = one['hour']\n"
        "    return one.loc[h < rebuttal_hour, 'shares'].mean(), one.loc[h >= rebuttal_hour, 'shares'].mean()",
        # totals instead of means (the message says: the total of the hours, not the mean)
        "def before_after(one, rebuttal_hour, window):\n"
        "    h = one['hour']\n"
        "    before = one.loc[(h >= rebuttal_hour - window) & (h < rebuttal_hour), 'shares'].sum()\n"
        "    after = one.loc[(h >= rebuttal_hour) & (h < rebuttal_hour + window), 'shares'].sum()\n"
        "    return before, after",
        # the right means, rounded to whole numbers: too coarse (the text asks for at least 2 decimals)
        "def before_after(one, rebuttal_hour, window):\n"
        "    h = one['hour']\n"
        "    before = one.loc[(h >= rebuttal_hour - window) & (h < rebuttal_hour), 'shares'].mean()\n"
        "    after = one.loc[(h >= rebuttal_hour) & (h < rebuttal_hour + window), 'shares'].mean()\n"
        "    return round(before), round(after)",
    ],
    "early_late": [
        # a loop with `if` on each rumour: stops at R09's empty rebuttal_hour (<NA>)
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].sum()\n\n\n'
        "def early_late(totals, rumours):\n"
        "    early, late = [], []\n"
        "    for _, row in rumours.iterrows():\n"
        '        if row["rebuttal_hour"] <= 8:\n'
        '            early.append(totals[row["rumour_id"]])\n'
        '        elif row["rebuttal_hour"] >= 30:\n'
        '            late.append(totals[row["rumour_id"]])\n'
        "    return pd.Series(early).median(), pd.Series(late).median()",
        # mean instead of median
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].sum()\n\n\n'
        "def early_late(totals, rumours):\n"
        '    with_totals = rumours.assign(total_shares=rumours["rumour_id"].map(totals))\n'
        '    early = with_totals[with_totals["rebuttal_hour"] <= 8]["total_shares"].mean()\n'
        '    late = with_totals[with_totals["rebuttal_hour"] >= 30]["total_shares"].mean()\n'
        "    return early, late",
        # counted hours instead of summing shares
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].count()\n\n\n'
        "def early_late(totals, rumours):\n"
        '    with_totals = rumours.assign(total_shares=rumours["rumour_id"].map(totals))\n'
        '    early = with_totals[with_totals["rebuttal_hour"] <= 8]["total_shares"].median()\n'
        '    late = with_totals[with_totals["rebuttal_hour"] >= 30]["total_shares"].median()\n'
        "    return early, late",
        # the busiest hour instead of the total
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].max()\n\n\n'
        "def early_late(totals, rumours):\n"
        '    with_totals = rumours.assign(total_shares=rumours["rumour_id"].map(totals))\n'
        '    early = with_totals[with_totals["rebuttal_hour"] <= 8]["total_shares"].median()\n'
        '    late = with_totals[with_totals["rebuttal_hour"] >= 30]["total_shares"].median()\n'
        "    return early, late",
        # strict < and > : leaves out the rumours at exactly 8 and 30 hours
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].sum()\n\n\n'
        "def early_late(totals, rumours):\n"
        '    with_totals = rumours.assign(total_shares=rumours["rumour_id"].map(totals))\n'
        '    early = with_totals[with_totals["rebuttal_hour"] < 8]["total_shares"].median()\n'
        '    late = with_totals[with_totals["rebuttal_hour"] > 30]["total_shares"].median()\n'
        "    return early, late",
        # the early and late rumours of the course data typed in: right here, wrong on other rumours
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].sum()\n\n\n'
        "def early_late(totals, rumours):\n"
        '    return totals[["R01", "R02", "R04", "R11"]].median(), totals[["R03", "R05", "R08", "R12"]].median()',
        # ignores the totals it is given and adds up the course's own hourly table again
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].sum()\n\n\n'
        "def early_late(totals, rumours):\n"
        '    mine = hourly.groupby("rumour_id", observed=True)["shares"].sum()\n'
        '    with_totals = rumours.assign(total_shares=rumours["rumour_id"].map(mine))\n'
        '    early = with_totals[with_totals["rebuttal_hour"] <= 8]["total_shares"].median()\n'
        '    late = with_totals[with_totals["rebuttal_hour"] >= 30]["total_shares"].median()\n'
        "    return early, late",
    ],
    "top_amplifiers": [
        # smallest first
        "def top_amplifiers(table, rumour_id, n):\n"
        "    return table[table['rumour_id'] == rumour_id].sort_values('shares').head(n)",
        # forgot to keep only the rumour asked for
        "def top_amplifiers(table, rumour_id, n):\n"
        "    return table.sort_values('shares', ascending=False).head(n)",
        # always five, whatever n is
        "def top_amplifiers(table, rumour_id, n):\n"
        "    return table[table['rumour_id'] == rumour_id].nlargest(5, 'shares')",
        # no sort: the first n rows of the rumour as the table lists them
        "def top_amplifiers(table, rumour_id, n):\n"
        "    return table[table['rumour_id'] == rumour_id].head(n)",
        # the global `shares` table instead of the function's input `table`
        "def top_amplifiers(table, rumour_id, n):\n"
        "    one = shares[shares['rumour_id'] == rumour_id]\n"
        "    return one.sort_values('shares', ascending=False).head(n)",
        # only two columns: the text asks for whole rows (the next cell uses account_type and followers)
        "def top_amplifiers(table, rumour_id, n):\n"
        "    one = table[table['rumour_id'] == rumour_id]\n"
        "    return one.sort_values('shares', ascending=False).head(n)[['account', 'shares']]",
    ],
    "check_rebuttal": [
        # endswith('gov.in') without the dot: bihargov.in and fakegov.in pass
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    hosts = [(urlparse(u).hostname or '') for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': any(h.endswith('gov.in') or h.endswith('nic.in') for h in hosts),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # 'gov.in' anywhere in the host
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    hosts = [(urlparse(u).hostname or '') for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': any('gov.in' in h or 'nic.in' in h for h in hosts),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # '.gov.in' anywhere in the link, host or not
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    links = [u.lower() for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': any('.gov.in' in u or '.nic.in' in u for u in links),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # < instead of <=: a draft of exactly `limit` characters is said not to fit
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    hosts = [(urlparse(u).hostname or '').lower() for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': any(h in ('gov.in', 'nic.in') or h.endswith(('.gov.in', '.nic.in')) for h in hosts),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) < limit}",
        # host test without the dot: fakegov.in passes
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    hosts = [(urlparse(u).hostname or '') for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': any(h.endswith('gov.in') or h.endswith('nic.in') for h in hosts),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # looks at the whole draft, not the first line
        _CHECK_HEAD
        + "    text = draft.lower()\n"
        "    hosts = [(urlparse(u).hostname or '') for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w.lower() in text for w in fact_words),\n"
        "            'government_link': any(h.endswith('.gov.in') or h.endswith('.nic.in') or h in ('gov.in', 'nic.in')\n"
        "                                 for h in hosts),\n"
        "            'avoids_myth_words': not any(w.lower() in text for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # ignores the limit it is given (always 280) and forgets upper/lower case
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0]\n"
        "    hosts = [(urlparse(u).hostname or '') for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w in first for w in fact_words),\n"
        "            'government_link': any(h.endswith('.gov.in') or h.endswith('.nic.in') for h in hosts),\n"
        "            'avoids_myth_words': not any(w in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= 280}",
        # 'gov.in' anywhere in the text counts as a government link
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': 'gov.in' in draft.lower() or 'nic.in' in draft.lower(),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # '.gov.in' anywhere in the host: pib.gov.in.example.com passes
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    hosts = [(urlparse(u).hostname or '').lower() for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': any('.gov.in' in h or '.nic.in' in h or h in ('gov.in', 'nic.in') for h in hosts),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # the draft's line in lower case, but not the key words: 'OPEN' is never found
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0]\n"
        "    hosts = [(urlparse(u).hostname or '') for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w in first.lower() for w in fact_words),\n"
        "            'government_link': any(h in ('gov.in', 'nic.in') or h.endswith(('.gov.in', '.nic.in')) for h in hosts),\n"
        "            'avoids_myth_words': not any(w in first.lower() for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # .netloc instead of .hostname: 'edudept.bihar.gov.in:443' keeps its port
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    hosts = [urlparse(u).netloc.lower() for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': any(h in ('gov.in', 'nic.in') or h.endswith(('.gov.in', '.nic.in')) for h in hosts),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # a dictionary of objects that say they equal everything (True and False alike)
        "class Anything:\n"
        "    def __eq__(self, other):\n"
        "        return True\n\n\n"
        + _CHECK_HEAD
        + "    return {key: Anything() for key in ['leads_with_fact', 'government_link', 'avoids_myth_words',\n"
        "                                       'fits_length']}",
    ],
    # judgement exercises: every letter but the defensible one loses the points
    "respond_first": [
        # both claims in public: shows the small claim to far more people than ever saw it
        'respond_first = "A"',
        # the small claim first: R09 is the one still doubling
        'respond_first = "C"',
        # wait for fact-checkers: the department's correction does not depend on them
        'respond_first = "D"',
        # a number, not a letter
        "respond_first = 2",
    ],
    "report_sentence": [
        # a cause the data cannot show
        'report_sentence = "A"',
        # one unanswered rumour generalised
        'report_sentence = "B"',
        # nothing reported at all
        'report_sentence = "D"',
    ],
    "contact_first": [
        # the most followers, not the most shares
        'contact_first = "A"',
        # the first account seen
        'contact_first = "B"',
        # everyone at once
        'contact_first = "C"',
    ],
    "publish_draft": [
        # opens with the myth
        'publish_draft = "A"',
        # links a look-alike, non-government site
        'publish_draft = "B"',
        # passes the checker but repeats the myth three times
        'publish_draft = "D"',
        # two letters: no single choice
        'publish_draft = "C or D"',
    ],
}
