"""Plausible wrong answers for 01b-fair-comparisons (part two of module 01): each must lose its exercise's
points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

WRONG_ANSWERS = {
    "typical": [
        # mean instead of median
        "def typical(df, group, metric):\n    return df.groupby(group)[metric].mean().sort_values(ascending=False)",
        # not sorted
        "def typical(df, group, metric):\n    return df.groupby(group)[metric].median()",
        # sorted lowest first
        "def typical(df, group, metric):\n    return df.groupby(group)[metric].median().sort_values()",
        # hard-coded the column
        'def typical(df, group, metric):\n    return df.groupby(group)["reach"].median().sort_values(ascending=False)',
        # hard-coded the table and both columns: right for the example only
        'def typical(df, group, metric):\n    return posts.groupby("format")["reach"].median().sort_values(ascending=False)',
        # only the top three groups
        "def typical(df, group, metric):\n    return df.groupby(group)[metric].median().sort_values(ascending=False).head(3)",
        # as_index=False: a two-column table, not the Series the text asks for
        "def typical(df, group, metric):\n"
        "    return df.groupby(group, as_index=False)[metric].median().sort_values(metric, ascending=False)",
        # the inputs' names in quotes: KeyError 'group', which the message traces to the quotes
        'def typical(df, group, metric):\n    return df.groupby("group")["metric"].median().sort_values(ascending=False)',
        # the global table instead of the input: same platforms, other medians; the message says `df`
        "def typical(df, group, metric):\n    return posts.groupby(group)[metric].median().sort_values(ascending=False)",
        # one number (the highest median) instead of every group's
        "def typical(df, group, metric):\n    return df.groupby(group)[metric].median().max()",
        # rounded to 1 decimal: the text says medians rounded that far score 0
        "def typical(df, group, metric):\n    return df.groupby(group)[metric].median().sort_values(ascending=False).round(1)",
    ],
    # Decision 1: each option other than A (rank by the median rate by reach)
    "invite_team": [
        'invite_team = "B"',  # total engagement, which rests on one post and on size
        'invite_team = "c"',  # the median rate by followers, in lower case
        'invite_team = "the number of followers"',  # option D's label pasted
    ],
    "top_posts": [
        # lowest first
        "def top_posts(df, metric, n):\n    return df.sort_values(metric).head(n)",
        # always five rows
        "def top_posts(df, metric, n):\n    return df.sort_values(metric, ascending=False).head()",
        # hard-coded reach
        'def top_posts(df, metric, n):\n    return df.sort_values("reach", ascending=False).head(n)',
        # only two columns: the text asks for whole rows
        'def top_posts(df, metric, n):\n    return df.sort_values(metric, ascending=False).head(n)[["post_id", metric]]',
        # one column (a Series)
        "def top_posts(df, metric, n):\n    return df.sort_values(metric, ascending=False)[metric].head(n)",
        # the input's name in quotes: KeyError 'metric', which the message traces to the quotes
        'def top_posts(df, metric, n):\n    return df.nlargest(n, "metric")',
        # the global table instead of the input: its posts are not in the table the check gives
        "def top_posts(df, metric, n):\n    return posts.sort_values(metric, ascending=False).head(n)",
        # the columns the notebook shows picked inside the function: the checks' small tables lack some, and
        # the KeyError is traced to picking columns (all the columns of `df` are asked for), not shown raw
        "def top_posts(df, metric, n):\n"
        '    return df.sort_values(metric, ascending=False).head(n)[["post_id", "account", "platform", "format", '
        '"reach", "engagement", "er_reach"]]',
    ],
    "best_time": [
        # mean instead of median
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].mean().idxmax()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.day_name())["er_reach"].mean().idxmax()',
        # max instead of idxmax: returns the rate, not the hour
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].median().max()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.day_name())["er_reach"].median().idxmax()',
        # sum instead of median: the hour with the most posts wins
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].sum().idxmax()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.day_name())["er_reach"].sum().idxmax()',
        # grouped by the whole timestamp: returns a date and time, not an hour
        'def best_hour(df):\n    return df.groupby("posted_at")["er_reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.day_name())["er_reach"].median().idxmax()',
        # hard-coded this year's answer
        'def best_hour(df):\n    return 20\n\n\ndef best_weekday(df):\n    return "Sunday"',
        # idxmin: the worst hour and day
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].median().idxmin()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.day_name())["er_reach"].median().idxmin()',
        # reach instead of the rate
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.day_name())["reach"].median().idxmax()',
        # the hour as text ("20"), from strftime
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.strftime("%H"))["er_reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.day_name())["er_reach"].median().idxmax()',
        # best_weekday reads the global table instead of its input
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    return posts.groupby(posts["posted_at"].dt.day_name())["er_reach"].median().idxmax()',
        # grouped by columns the table does not have: the message says to take them out of posted_at
        'def best_hour(df):\n    return df.groupby("hour")["er_reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    return df.groupby("weekday")["er_reach"].median().idxmax()',
        # best_weekday returns the rate (.max()) instead of the weekday (.idxmax())
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.day_name())["er_reach"].median().max()',
        # best_weekday sums the rates: the weekday with most posts wins (its message speaks of a weekday)
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.day_name())["er_reach"].sum().idxmax()',
        # best_weekday returns the weekday's number (.dt.weekday, 0 is Monday): the message points to .dt.day_name()
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.weekday)["er_reach"].median().idxmax()',
    ],
    # Decision 2: each option other than C (test on our pages first, urgent notices at once)
    "evening_posts": [
        'evening_posts = "A"',  # every post at 20:00
        'evening_posts = "B"',  # ignore the chart
        'evening_posts = "D"',  # every post at 06:00
        "evening_posts = 3",  # the option's number, not its letter
    ],
}

# Exercise 3 has two functions, each with its own points (a visible and a hidden test each): a case that gets
# one of them right keeps that function's half.
_HOUR_RIGHT = "best_hour is right (its 1.5 points); only best_weekday is wrong"
_DAY_RIGHT = "best_weekday is right (its 1.5 points); only best_hour is wrong"
PARTIAL = {
    "best_time": {2: _DAY_RIGHT, 4: _DAY_RIGHT, 8: _DAY_RIGHT, 9: _HOUR_RIGHT, 11: _HOUR_RIGHT, 12: _HOUR_RIGHT,
                  13: _HOUR_RIGHT},
}
