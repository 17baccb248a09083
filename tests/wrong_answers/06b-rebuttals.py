"""Plausible wrong answers for 06b-rebuttals: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

_CHECK_HEAD = "def check_rebuttal(draft, claim_words, fact_words, limit):\n"

WRONG_ANSWERS = {
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
        # before and after swapped (the message says: that is the after mean, before first)
        "def before_after(one, rebuttal_hour, window):\n"
        "    h = one['hour']\n"
        "    before = one.loc[(h >= rebuttal_hour - window) & (h < rebuttal_hour), 'shares'].mean()\n"
        "    after = one.loc[(h >= rebuttal_hour) & (h < rebuttal_hour + window), 'shares'].mean()\n"
        "    return after, before",
        # the rows by position (.iloc) instead of by hour: right only in a table that starts at hour 0 with one row
        # an hour (the message says the table starts at another hour)
        "def before_after(one, rebuttal_hour, window):\n"
        "    before = one['shares'].iloc[rebuttal_hour - window:rebuttal_hour].mean()\n"
        "    after = one['shares'].iloc[rebuttal_hour:rebuttal_hour + window].mean()\n"
        "    return before, after",
        # one number, the drop, instead of the two means (the message says it gave one number)
        "def before_after(one, rebuttal_hour, window):\n"
        "    h = one['hour']\n"
        "    before = one.loc[(h >= rebuttal_hour - window) & (h < rebuttal_hour), 'shares'].mean()\n"
        "    after = one.loc[(h >= rebuttal_hour) & (h < rebuttal_hour + window), 'shares'].mean()\n"
        "    return before - after",
    ],
    "early_late": [
        # totals made a table by .reset_index() (the message names it and says to keep the Series)
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].sum().reset_index()\n\n\n'
        "def early_late(totals, rumours):\n"
        '    with_totals = rumours.merge(totals, on="rumour_id")\n'
        '    early = with_totals[with_totals["rebuttal_hour"] <= 8]["shares"].median()\n'
        '    late = with_totals[with_totals["rebuttal_hour"] >= 30]["shares"].median()\n'
        "    return early, late",
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
        # one number, how many times bigger the late median is (the message says it gave one number)
        'totals = hourly.groupby("rumour_id", observed=True)["shares"].sum()\n\n\n'
        "def early_late(totals, rumours):\n"
        '    with_totals = rumours.assign(total_shares=rumours["rumour_id"].map(totals))\n'
        '    early = with_totals[with_totals["rebuttal_hour"] <= 8]["total_shares"].median()\n'
        '    late = with_totals[with_totals["rebuttal_hour"] >= 30]["total_shares"].median()\n'
        "    return late / early",
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
        # only the FIRST link's host: a draft whose government link comes second is said to have none
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    links = URL.findall(draft)\n"
        "    host = (urlparse(links[0]).hostname or '') if links else ''\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': host in ('gov.in', 'nic.in') or host.endswith(('.gov.in', '.nic.in')),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # only the LAST link's host: a draft whose government link comes first, a video link after it, has none
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    links = URL.findall(draft)\n"
        "    host = (urlparse(links[-1]).hostname or '') if links else ''\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': host in ('gov.in', 'nic.in') or host.endswith(('.gov.in', '.nic.in')),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # every link must be a government one (the table asks for at least one)
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    hosts = [(urlparse(u).hostname or '') for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': len(hosts) > 0 and all(h in ('gov.in', 'nic.in') or h.endswith(('.gov.in', '.nic.in'))\n"
        "                                                    for h in hosts),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # all() for the fact words: a first line with one of two fact words is said not to lead with the fact
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    hosts = [(urlparse(u).hostname or '') for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': all(w.lower() in first for w in fact_words),\n"
        "            'government_link': any(h in ('gov.in', 'nic.in') or h.endswith(('.gov.in', '.nic.in')) for h in hosts),\n"
        "            'avoids_myth_words': not any(w.lower() in first for w in claim_words),\n"
        "            'fits_length': len(draft) <= limit}",
        # not all() for the claim words: a first line with one of two claim words is said to avoid the myth
        _CHECK_HEAD
        + "    first = draft.split('\\n')[0].lower()\n"
        "    hosts = [(urlparse(u).hostname or '') for u in URL.findall(draft)]\n"
        "    return {'leads_with_fact': any(w.lower() in first for w in fact_words),\n"
        "            'government_link': any(h in ('gov.in', 'nic.in') or h.endswith(('.gov.in', '.nic.in')) for h in hosts),\n"
        "            'avoids_myth_words': not all(w.lower() in first for w in claim_words),\n"
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
    "report_sentence": [
        # a cause the data cannot show
        'report_sentence = "A"',
        # one unanswered rumour generalised
        'report_sentence = "B"',
        # nothing reported at all
        'report_sentence = "D"',
    ],
    "publish_draft": [
        # links a look-alike, non-government site
        'publish_draft = "B"',
        # opens with the myth
        'publish_draft = "C"',
        # passes the checker but repeats the myth three times
        'publish_draft = "D"',
        # two letters: no single choice
        'publish_draft = "A or D"',
    ],
}
