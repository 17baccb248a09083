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
    ],
    # Decision 1: each option other than B (rank by the median rate by reach)
    "invite_team": [
        'invite_team = "A"',  # total engagement, which rests on one post and on size
        'invite_team = "c"',  # the median rate by followers, in lower case
        'invite_team = "followers"',  # option D's label pasted
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
    ],
    # Decision 2: each option other than C (test on our pages first, urgent notices at once)
    "evening_posts": [
        'evening_posts = "A"',  # every post at 20:00
        'evening_posts = "B"',  # ignore the chart
        'evening_posts = "D"',  # every post at 06:00
        "evening_posts = 3",  # the option's number, not its letter
    ],
}
