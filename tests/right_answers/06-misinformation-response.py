"""Right answers for 06-misinformation-response: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
    "peaks": [
        # the second hint: sort biggest first, keep each rumour's first row
        'peaks = hourly.sort_values("shares", ascending=False).drop_duplicates("rumour_id")\n'
        'peaks = peaks[["rumour_id", "hour", "shares"]]\n'
        "peaks",
        # a loop over the rumours, one dictionary per peak
        "rows = []\n"
        'for rumour_id, one in hourly.groupby("rumour_id", observed=True):\n'
        '    top = one.loc[one["shares"].idxmax()]\n'
        '    rows.append({"rumour_id": rumour_id, "hour": top["hour"], "shares": top["shares"]})\n'
        "peaks = pd.DataFrame(rows)\n"
        "peaks",
        # the first hint, with a fresh 0..11 index
        'biggest = hourly.groupby("rumour_id", observed=True)["shares"].idxmax()\n'
        'peaks = hourly.loc[biggest, ["rumour_id", "hour", "shares"]].reset_index(drop=True)\n'
        "peaks",
    ],
    "growth_rate": [
        # math.pow for the root
        "import math\n\n\n"
        "def growth_rate(start, end, hours):\n"
        "    return (math.pow(end / start, 1 / hours) - 1) * 100",
        # the factor per hour in its own name, minus 100 at the end
        "def growth_rate(start, end, hours):\n"
        "    factor = (end / start) ** (1 / hours)\n"
        "    return factor * 100 - 100",
        # the same root through logarithms
        "import math\n\n\n"
        "def growth_rate(start, end, hours):\n"
        "    return (math.exp(math.log(end / start) / hours) - 1) * 100",
        # rounded to 2 decimals, as the text allows
        "def growth_rate(start, end, hours):\n"
        "    return round(((end / start) ** (1 / hours) - 1) * 100, 2)",
    ],
    "top_amplifiers": [
        # the second hint: nlargest
        "def top_amplifiers(table, rumour_id, n):\n"
        '    return table[table["rumour_id"] == rumour_id].nlargest(n, "shares")',
        # query and .iloc for the first n rows
        "def top_amplifiers(table, rumour_id, n):\n"
        '    one = table.query("rumour_id == @rumour_id")\n'
        '    return one.sort_values(by="shares", ascending=False).iloc[:n]',
        # sorted first, filtered after with .loc
        "def top_amplifiers(table, rumour_id, n):\n"
        '    ordered = table.sort_values("shares", ascending=False)\n'
        '    return ordered.loc[ordered["rumour_id"] == rumour_id].head(n)',
    ],
    # judgement exercises: the right letter written in other ways the check accepts
    "respond_first": ['respond_first = "b"', 'respond_first = "(B)"'],
    "contact_first": ['contact_first = " D "', 'contact_first = "option D"'],
}
