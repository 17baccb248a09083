"""Plausible wrong answers for 06-misinformation-response: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

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
        # forgot to take away 1 (200.0 for growth_rate(100, 800, 3): the message names the missing -1)
        "def growth_rate(start, end, hours):\n    return (end / start) ** (1 / hours) * 100",
        # the rate as text, formatted for printing (the message says: return the number, format when printing)
        "def growth_rate(start, end, hours):\n"
        "    rate = ((end / start) ** (1 / hours) - 1) * 100\n"
        '    return f"{rate:.2f}%"',
        # the same, rounded text without the % sign
        "def growth_rate(start, end, hours):\n"
        '    return f"{((end / start) ** (1 / hours) - 1) * 100:.2f}"',
        # a fraction, not a percentage
        "def growth_rate(start, end, hours):\n    return (end / start) ** (1 / hours) - 1",
        # the example's answer typed in
        "def growth_rate(start, end, hours):\n    return 100.0",
        # the right rate rounded to 1 decimal: too coarse (the text asks for at least 2 decimals)
        "def growth_rate(start, end, hours):\n    return round(((end / start) ** (1 / hours) - 1) * 100, 1)",
        # the right rate rounded to a whole number
        "def growth_rate(start, end, hours):\n    return round(((end / start) ** (1 / hours) - 1) * 100)",
        # a number that says it equals every other number
        "class Anything(float):\n"
        "    def __eq__(self, other):\n"
        "        return True\n\n\n"
        "def growth_rate(start, end, hours):\n"
        "    return Anything(100.0)",
    ],
    "top_amplifiers": [
        # sorted by followers, not shares (the message names the followers)
        "def top_amplifiers(table, rumour_id, n):\n"
        "    one = table[table['rumour_id'] == rumour_id]\n"
        "    return one.sort_values('followers', ascending=False).head(n)",
        # the same with nlargest on the wrong column
        "def top_amplifiers(table, rumour_id, n):\n"
        "    return table[table['rumour_id'] == rumour_id].nlargest(n, 'followers')",
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
        # .head(n) before sorting: the first n rows listed, then sorted (the message names the order of the steps)
        "def top_amplifiers(table, rumour_id, n):\n"
        "    return table[table['rumour_id'] == rumour_id].head(n).sort_values('shares', ascending=False)",
        # the global `shares` table instead of the function's input `table`
        "def top_amplifiers(table, rumour_id, n):\n"
        "    one = shares[shares['rumour_id'] == rumour_id]\n"
        "    return one.sort_values('shares', ascending=False).head(n)",
        # only two columns: the text asks for whole rows (the next cell uses account_type and followers)
        "def top_amplifiers(table, rumour_id, n):\n"
        "    one = table[table['rumour_id'] == rumour_id]\n"
        "    return one.sort_values('shares', ascending=False).head(n)[['account', 'shares']]",
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
    "contact_first": [
        # the most followers, not the most shares
        'contact_first = "A"',
        # the first account seen
        'contact_first = "B"',
        # everyone at once
        'contact_first = "C"',
    ],
}
