"""Plausible wrong answers for 01-analytics (part one of module 01): each must lose its exercise's
points under autograde.

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
        # a plain list: one value per post, but the row labels are lost
        'def total_engagement(df):\n    return list(df["reactions"] + df["comments"] + df["shares"] + df["saves"])',
        # .values: a numpy array, without the row labels
        'def total_engagement(df):\n    return (df["reactions"] + df["comments"] + df["shares"] + df["saves"]).values',
        # views counted as an interaction
        'def total_engagement(df):\n    return df["reactions"] + df["comments"] + df["shares"] + df["saves"] + df["views"]',
        # several names in single brackets: a KeyError (pandas looks for one column named by all four)
        'def total_engagement(df):\n    return df["reactions", "comments", "shares", "saves"]',
        'def total_engagement(df):\n    return df["reactions", "comments", "shares", "saves"].sum(axis=1)',
        # double brackets alone: the four columns side by side (a table), not added
        'def total_engagement(df):\n    return df[["reactions", "comments", "shares", "saves"]]',
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
        # no else: nothing comes back (None) when by is "followers"
        'def engagement_rate(df, by):\n    if by == "reach":\n        return df["engagement"] / df["reach"] * 100\n'
        '    if by == "follower":\n        return df["engagement"] / df["followers_at_post"] * 100',
        # .to_frame(): a one-column table, not the Series the text asks for
        'def engagement_rate(df, by):\n    if by == "reach":\n        rate = df["engagement"] / df["reach"] * 100\n'
        '    else:\n        rate = df["engagement"] / df["followers_at_post"] * 100\n    return rate.to_frame()',
        # "Reach" with a capital: the `if` never holds, so the rate by followers comes out for both
        'def engagement_rate(df, by):\n    if by == "Reach":\n        return df["engagement"] / df["reach"] * 100\n'
        '    else:\n        return df["engagement"] / df["followers_at_post"] * 100',
        # "Followers" with a capital: the rate by reach comes out for both
        'def engagement_rate(df, by):\n    if by == "Followers":\n        return df["engagement"] / df["followers_at_post"] * 100\n'
        '    else:\n        return df["engagement"] / df["reach"] * 100',
    ],
    "er_label": [
        # printed instead of returning
        'def er_label(rate, by):\n    print(f"{rate:.1f}% engagement rate by {by}")',
        # hard-coded the denominator
        'def er_label(rate, by):\n    return f"{rate:.1f}% engagement rate by reach"',
        # forgot to round
        'def er_label(rate, by):\n    return f"{rate}% engagement rate by {by}"',
        # a space between the number and %
        'def er_label(rate, by):\n    return f"{rate:.1f} % engagement rate by {by}"',
        # round() keeps 12 as "12": "12% ...", not "12.0% ..."
        'def er_label(rate, by):\n    return str(round(rate, 1)) + "% engagement rate by " + by',
        # two decimal places: "3.26%"
        'def er_label(rate, by):\n    return f"{rate:.2f}% engagement rate by {by}"',
        # capital letters the label does not have
        'def er_label(rate, by):\n    return f"{rate:.1f}% Engagement Rate by {by}"',
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
    # Decision 2: each option other than C (the growth rate on the start, with the start and the end)
    "growth_line": [
        'growth_line = "A"',  # new followers counted without the unfollows
        'growth_line = "b"',  # divided by the followers at the end, in lower case
        'growth_line = "D"',  # the same gain as Instagram taken for the same growth
        "growth_line = 18.4",  # the growth itself, not the letter of a line
    ],
}
