"""Right answers for 01-analytics (part one of module 01): each must score its exercise's
full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
    "report_timing": [
        'report_timing = "b"',  # lower case
        'report_timing = "(B)"',  # in brackets
        "report_timing = 'Option B.'",  # the word option, single quotes, a full stop
    ],
    "total_engagement": [
        # one-step sum across the four columns
        'def total_engagement(df):\n    return df[["reactions", "comments", "shares", "saves"]].sum(axis=1)',
        # attribute access, another order
        "def total_engagement(df):\n    return df.saves + df.shares + df.comments + df.reactions",
        # a loop over the column names
        'def total_engagement(df):\n    total = 0\n    for column in ["reactions", "comments", "shares", "saves"]:\n'
        "        total = total + df[column]\n    return total",
    ],
    "engagement_rate": [
        # if / elif with the denominator in its own name
        'def engagement_rate(df, by):\n    if by == "reach":\n        denominator = df["reach"]\n'
        '    elif by == "followers":\n        denominator = df["followers_at_post"]\n'
        '    return df["engagement"] / denominator * 100',
        # a dictionary from `by` to the column name
        'def engagement_rate(df, by):\n    column = {"reach": "reach", "followers": "followers_at_post"}[by]\n'
        '    return 100 * df["engagement"] / df[column]',
        # the branches the other way round, with .div
        'def engagement_rate(df, by):\n    if by == "followers":\n'
        '        return df["engagement"].div(df["followers_at_post"]) * 100\n'
        '    else:\n        return df["engagement"].div(df["reach"]) * 100',
        # rounded to the 2 decimals the text asks for
        'def engagement_rate(df, by):\n    if by == "reach":\n        return (df["engagement"] / df["reach"] * 100).round(2)\n'
        '    return (df["engagement"] / df["followers_at_post"] * 100).round(2)',
    ],
    "er_label": [
        # str.format instead of an f-string
        'def er_label(rate, by):\n    return "{:.1f}% engagement rate by {}".format(rate, by)',
        # concatenation of a rounded number
        'def er_label(rate, by):\n    return str(round(float(rate), 1)) + "% engagement rate by " + by',
        # %-formatting, with an intermediate name
        'def er_label(rate, by):\n    label = "%.1f%% engagement rate by %s" % (rate, by)\n    return label',
    ],
    "growth_rate": [
        # the same growth as a ratio minus one
        "def growth_rate(followers):\n    return (followers.iloc[-1] / followers.iloc[0] - 1) * 100",
        # a plain list and list positions
        "def growth_rate(followers):\n    values = list(followers)\n    return (values[-1] - values[0]) / values[0] * 100",
        # .head(1) / .tail(1) and .item()
        "def growth_rate(followers):\n    start = followers.head(1).item()\n    end = followers.tail(1).item()\n"
        "    return 100 * (end - start) / start",
        # rounded to the 2 decimals the text asks for
        "def growth_rate(followers):\n    return round((followers.iloc[-1] - followers.iloc[0]) / followers.iloc[0] * 100, 2)",
        # the values as a plain numpy array, then positions
        "def growth_rate(followers):\n    values = followers.to_numpy()\n"
        "    return (values[-1] - values[0]) / values[0] * 100",
    ],
    "growth_line": [
        'growth_line = "c"',  # lower case
        'growth_line = "(C)"',  # in brackets
        # the letter and the participant's reason
        'growth_line = "C, because growth is counted on the followers we started with"',
        'growth_line = "up 18.4%, from 4,24,258 to 5,02,206"',  # option C's label pasted
    ],
}
