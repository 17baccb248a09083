"""Plausible wrong answers for 00-getting-started: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

WRONG_ANSWERS = {
    "engagement": [
        "engagement = reactions + comments",  # forgot shares
        "engagement = reach + reactions + comments + shares",  # counted reach as engagement
    ],
    "views_per_person": [
        'views_per_person = post["reach"] / post["views"]',  # divided the wrong way round
        'views_per_person = "26400 / 18250"',  # wrote text, not a calculation
        'views_per_person = round(post["views"] / post["reach"], 1)',  # rounded to 1 decimal: the text asks for 2
    ],
    "n_posts": [
        'n_posts = len(posts.columns)',  # counted columns
        'n_posts = posts["reach"].sum()',  # summed a column instead of counting rows
    ],
    "median_reach": [
        'reach_column = posts["reach"]\nmedian_reach = reach_column.mean()',  # mean, not median
        'reach_column = posts[["reach"]]\nmedian_reach = posts["reach"].median()',  # a table, not a column
    ],
    "typical_choice": [
        'typical_choice = "A"',  # the mean: pulled up by a few viral posts
        'typical_choice = "B"',  # the total: counts a follower once per post seen
        'typical_choice = "D"',  # the best post: the exception, not the rule
    ],
    "reels": [
        'reels = posts[posts["format"] == "Reel"]',  # wrong capitalisation: empty table
        'reels = posts[posts["format"] == "reel"].head()',  # only the first five reels
        'reels = posts[posts["format"] != "image"]',  # kept everything but images
    ],
    "format_choice": [
        'format_choice = "B"',  # every post a reel: the chart compares different posts
        'format_choice = "C"',  # stop reels: the chart shows reach, which replays do not inflate
    ],
    "engagement_rate": [
        "def engagement_rate(engagements, reach):\n    return engagements / reach",  # forgot * 100
        "def engagement_rate(engagements, reach):\n    print(engagements / reach * 100)",  # print, no return
        "def engagement_rate(engagements, reach):\n    return 409 / 12400 * 100",  # hard-coded example
        # rounded to 1 decimal: right for the example (3.3), too coarse for 1 engagement in a reach of 3
        "def engagement_rate(engagements, reach):\n    return round(engagements / reach * 100, 1)",
    ],
    "rate_choice": [
        'rate_choice = "A"',  # the agency is wrong: both rates can be right, with other denominators
        'rate_choice = "C"',  # the average of two rates with different denominators
        'rate_choice = "D"',  # the higher number without its denominator
    ],
}
