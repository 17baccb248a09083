"""Plausible wrong answers for 00b-tables-and-functions: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there. Every one
scores 0 in its exercise: the visible checks compare the value too, so a wrong answer gets no ✅.
"""

WRONG_ANSWERS = {
    "median_reach": [
        'reach_column = posts["reach"]\nmedian_reach = reach_column.mean()',  # mean, not median
        'reach_column = posts["reach"]\nmedian_reach = posts["views"].median()',  # the wrong column's median
        'reach_column = posts["reach"]\nmedian_reach = reach_column.median',  # the method, not run
        'reach_column = posts["reach"].median()\nmedian_reach = reach_column',  # the median stored as the column
        'reach_column = posts["reach"]\nmedian_reach = reach_column[len(reach_column) // 2]',  # the middle row, unsorted
        'reach_column = posts["reach"]\nmedian_reach = reach_column.median().round(-2)',  # rounded to the nearest 100
        'reach_column = posts["reach"]\nmedian_reach = round(reach_column.median(), -1)',  # rounded to the nearest 10
        'reach_column = posts[["reach", "views"]]\nmedian_reach = reach_column.median()',  # two columns' medians
    ],
    "reels": [
        'reels = posts[posts["format"] == "Reel"]',  # wrong capitalisation: empty table
        'reels = posts[posts["format"] == "reel"].head()',  # only the first five reels
        'reels = posts[posts["format"] != "image"]',  # kept everything but images
        'reels = posts["format"] == "reel"',  # stored the condition, not the table
        'reels = posts[posts["platform"] == "reel"]',  # the wrong column: empty table
        'reels = youtube[youtube["format"] == "reel"]',  # YouTube's reels only
    ],
    "format_choice": [
        'format_choice = "A"',  # every post a reel: the chart compares different posts
        'format_choice = "B"',  # replays: the chart shows reach, which replays do not inflate
        'format_choice = "D"',  # the topic's importance does not decide the format
    ],
    "engagement_rate": [
        "def engagement_rate(engagements, reach):\n    return engagements / reach",  # forgot * 100
        "def engagement_rate(engagements, reach):\n    print(engagements / reach * 100)",  # print, no return
        "def engagement_rate(engagements, reach):\n    return 409 / 12400 * 100",  # hard-coded example
        # rounded to 1 decimal: right for the example (3.3), too coarse for 100 engagements in a reach of 3,000
        "def engagement_rate(engagements, reach):\n    return round(engagements / reach * 100, 1)",
        "def engagement_rate(engagements, reach):\n    return reach / engagements * 100",  # divided the wrong way
        'def engagement_rate(engagements, reach):\n    return f"{engagements / reach * 100:.2f}%"',  # text, not a number
    ],
    "rate_choice": [
        'rate_choice = "A"',  # the agency is wrong: both rates can be right, with other denominators
        'rate_choice = "C"',  # the average of two rates with different denominators
        'rate_choice = "D"',  # our own figure, without its denominator
    ],
}
