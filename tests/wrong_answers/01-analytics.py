"""Plausible wrong answers for 01-analytics: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

WRONG_ANSWERS = {
    "total_engagement": [
        # forgot saves
        'def total_engagement(df):\n    return df["reactions"] + df["comments"] + df["shares"]',
        # counted link clicks as engagement
        'def total_engagement(df):\n    return (df["reactions"] + df["comments"] + df["shares"] + df["saves"]\n'
        '            + df["link_clicks"])',
        # used the global table instead of the input
        'def total_engagement(df):\n    return posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]',
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
        # divided by views instead of reach
        'def engagement_rate(df, by):\n    if by == "reach":\n        return df["engagement"] / df["views"] * 100\n'
        '    return df["engagement"] / df["followers_at_post"] * 100',
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
    ],
    "top_posts": [
        # lowest first
        "def top_posts(df, metric, n):\n    return df.sort_values(metric).head(n)",
        # always five rows
        "def top_posts(df, metric, n):\n    return df.sort_values(metric, ascending=False).head()",
        # hard-coded reach
        'def top_posts(df, metric, n):\n    return df.sort_values("reach", ascending=False).head(n)',
    ],
    "best_time": [
        # mean instead of median
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].mean().idxmax()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.day_name())["er_reach"].mean().idxmax()',
        # max instead of idxmax: returns the rate, not the hour
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].median().max()\n\n\n'
        'def best_weekday(df):\n    return df.groupby(df["posted_at"].dt.day_name())["er_reach"].median().idxmax()',
        # hard-coded this year's answer
        'def best_hour(df):\n    return 20\n\n\ndef best_weekday(df):\n    return "Sunday"',
    ],
}
