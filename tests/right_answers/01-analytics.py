"""Right answers for 01-analytics: each must score its exercise's full marks under autograde.

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
    "typical": [
        # .agg("median") and an intermediate name
        'def typical(df, group, metric):\n    medians = df.groupby(group)[metric].agg("median")\n'
        "    return medians.sort_values(ascending=False)",
        # observed=True, as the notebook's own cells write it
        "def typical(df, group, metric):\n"
        "    return df.groupby(group, observed=True)[metric].median().sort_values(ascending=False)",
        # a pivot table, then its one column
        'def typical(df, group, metric):\n    table = df.pivot_table(index=group, values=metric, aggfunc="median")\n'
        "    return table[metric].sort_values(ascending=False)",
        # a one-column table: the text does not ask for a Series, so the checks take its column
        "def typical(df, group, metric):\n"
        "    return df.groupby(group)[[metric]].median().sort_values(metric, ascending=False)",
    ],
    "invite_team": [
        'invite_team = "b"',
        'invite_team = " B "',  # spaces around the letter
        'invite_team = "the median rate by reach"',  # option B's label pasted
    ],
    "top_posts": [
        # nlargest instead of sort + head
        "def top_posts(df, metric, n):\n    return df.nlargest(n, metric)",
        # sort with by=, then the first n rows by position
        "def top_posts(df, metric, n):\n    return df.sort_values(by=metric, ascending=False).iloc[:n]",
        # lowest first, take the last n, then reverse
        "def top_posts(df, metric, n):\n    return df.sort_values(metric).tail(n).iloc[::-1]",
        # numbered 0, 1, 2 ... again: the rows and columns are what count
        "def top_posts(df, metric, n):\n    return df.sort_values(metric, ascending=False).head(n).reset_index(drop=True)",
    ],
    "best_time": [
        # sort the medians and take the first label
        'def best_hour(df):\n    medians = df.groupby(df["posted_at"].dt.hour)["er_reach"].median()\n'
        "    return medians.sort_values(ascending=False).index[0]\n\n\n"
        'def best_weekday(df):\n    medians = df.groupby(df["posted_at"].dt.day_name())["er_reach"].median()\n'
        "    return medians.sort_values(ascending=False).index[0]",
        # new columns with assign, grouped by name; int() and str() on the result
        'def best_hour(df):\n    table = df.assign(hour=df["posted_at"].dt.hour)\n'
        '    return int(table.groupby("hour")["er_reach"].median().idxmax())\n\n\n'
        'def best_weekday(df):\n    table = df.assign(weekday=df["posted_at"].dt.strftime("%A"))\n'
        '    return str(table.groupby("weekday")["er_reach"].median().idxmax())',
        # weekday number, then its name from the calendar module
        "import calendar\n\n\n"
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    number = df.groupby(df["posted_at"].dt.weekday)["er_reach"].median().idxmax()\n'
        "    return calendar.day_name[number]",
    ],
    "evening_posts": [
        'evening_posts = "c"',
        'evening_posts = "C."',
        'choice = "C"\nevening_posts = choice',  # through an intermediate name
    ],
}
