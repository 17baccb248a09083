"""Plausible wrong answers for 01-analytics: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

WRONG_ANSWERS = {
    # Decision 1: each option other than B (the provisional figure, labelled, and the settled one later)
    "report_timing": [
        'report_timing = "A"',  # Tuesday's early figure given as final
        'report_timing = "C"',  # nothing until next week
        'report_timing = "D"',  # views instead of reach
    ],
    "total_engagement": [
        # forgot saves
        'def total_engagement(df):\n    return df["reactions"] + df["comments"] + df["shares"]',
        # counted link clicks as engagement
        'def total_engagement(df):\n    return (df["reactions"] + df["comments"] + df["shares"] + df["saves"]\n'
        '            + df["link_clicks"])',
        # used the global table instead of the input
        'def total_engagement(df):\n    return posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]',
        # .sum() of each column: one number for the whole table, not one per post
        'def total_engagement(df):\n    return df["reactions"].sum() + df["comments"].sum() + df["shares"].sum() + df["saves"].sum()',
        # .sum() of the four-column table: adds down each column (4 totals), not across each post
        'def total_engagement(df):\n    return df[["reactions", "comments", "shares", "saves"]].sum()',
    ],
    "engagement_rate": [
        # forgot * 100
        'def engagement_rate(df, by):\n    if by == "reach":\n        return df["engagement"] / df["reach"]\n'
        '    return df["engagement"] / df["followers_at_post"]',
        # ignored `by`: always by reach
        'def engagement_rate(df, by):\n    return df["engagement"] / df["reach"] * 100',
        # rounded to 1 decimal: the text asks for 2
        'def engagement_rate(df, by):\n    if by == "reach":\n        return (df["engagement"] / df["reach"] * 100).round(1)\n'
        '    return (df["engagement"] / df["followers_at_post"] * 100).round(1)',
        # the two branches swapped: the rate by followers when by is "reach"
        'def engagement_rate(df, by):\n    if by == "reach":\n        return df["engagement"] / df["followers_at_post"] * 100\n'
        '    return df["engagement"] / df["reach"] * 100',
        # divided by views instead of reach
        'def engagement_rate(df, by):\n    if by == "reach":\n        return df["engagement"] / df["views"] * 100\n'
        '    return df["engagement"] / df["followers_at_post"] * 100',
        # numpy's where: a plain array, not the Series the text asks for (it says so, and why)
        "import numpy as np\n\n\ndef engagement_rate(df, by):\n"
        '    return np.where(by == "reach", df["engagement"] / df["reach"] * 100,\n'
        '                    df["engagement"] / df["followers_at_post"] * 100)',
        # the global table instead of the input
        'def engagement_rate(df, by):\n    if by == "reach":\n        return posts["engagement"] / posts["reach"] * 100\n'
        '    return posts["engagement"] / posts["followers_at_post"] * 100',
    ],
    "er_label": [
        # printed instead of returning
        'def er_label(rate, by):\n    print(f"{rate:.1f}% engagement rate by {by}")',
        # hard-coded the denominator
        'def er_label(rate, by):\n    return f"{rate:.1f}% engagement rate by reach"',
        # forgot to round
        'def er_label(rate, by):\n    return f"{rate}% engagement rate by {by}"',
    ],
    "growth_rate": [
        # divided by the end instead of the start
        "def growth_rate(followers):\n    return (followers.iloc[-1] - followers.iloc[0]) / followers.iloc[-1] * 100",
        # max - min instead of end - start
        "def growth_rate(followers):\n    return (followers.max() - followers.min()) / followers.min() * 100",
        # forgot * 100
        "def growth_rate(followers):\n    return (followers.iloc[-1] - followers.iloc[0]) / followers.iloc[0]",
        # rounded to a whole number: right for 200 -> 300, too coarse for the state's 18.37%
        "def growth_rate(followers):\n    return round((followers.iloc[-1] - followers.iloc[0]) / followers.iloc[0] * 100)",
        # // drops the decimals: right for 200 -> 300, 17 instead of 17.67 for 300 -> 353
        "def growth_rate(followers):\n    start = followers.iloc[0]\n    end = followers.iloc[-1]\n"
        "    return (end - start) * 100 // start",
        # square brackets look up labels: right on 0, 1, 2 ..., a KeyError on months or other labels
        "def growth_rate(followers):\n    start = followers[0]\n    end = followers[len(followers) - 1]\n"
        "    return (end - start) / start * 100",
    ],
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
    # Decision 2: each option other than B (rank by the median rate by reach)
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
    # Decision 3: each option other than C (test on our pages first, urgent notices at once)
    "evening_posts": [
        'evening_posts = "A"',  # every post at 20:00
        'evening_posts = "B"',  # ignore the chart
        'evening_posts = "D"',  # every post at 06:00
        "evening_posts = 3",  # the option's number, not its letter
    ],
}
