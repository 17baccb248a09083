"""Right answers for 00b-tables-and-functions: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
    "median_reach": [
        "reach_column = posts.reach\nmedian_reach = reach_column.median()",  # attribute access
        'reach_column = posts.loc[:, "reach"]\nmedian_reach = posts["reach"].median()',  # .loc for the column
        'reach_column = posts["reach"]\nmedian_reach = reach_column.quantile(0.5)',  # median as the 50% quantile
        'reach_column = posts[["reach"]]\nmedian_reach = posts["reach"].median()',  # a one-column table is the column
        'reach_column = posts["reach"]\nmedian_reach = int(reach_column.median())',  # a whole number: precise enough
        'import numpy as np\nreach_column = posts["reach"]\nmedian_reach = np.median(reach_column)',  # numpy
        # a one-column table, then its median: a one-value Series holding the reach column's median
        'reach_column = posts[["reach"]]\nmedian_reach = reach_column.median()',
    ],
    "reels": [
        "reels = posts.query('format == \"reel\"')",  # query instead of a boolean mask
        'reels = posts.loc[posts["format"] == "reel"]',  # .loc with the mask
        'reels = posts[posts.format == "reel"]',  # attribute access for the column
        'is_reel = posts["format"] == "reel"\nreels = posts[is_reel]',  # the mask in its own name
    ],
    "format_choice": [
        "format_choice = 'c'",  # single quotes, small letter
        'format_choice = "C."',  # with a full stop
        'format_choice = "option C"',  # "option C"
    ],
    "engagement_rate": [
        # a guard against an empty page: passes the checks, and the given cell after it must still run
        "def engagement_rate(engagements, reach):\n    if reach == 0:\n        return 0\n    return engagements / reach * 100",
        "def engagement_rate(engagements, reach):\n    return 100 * engagements / reach",  # 100 first
        "def engagement_rate(engagements, reach):\n    rate = engagements / reach\n    return rate * 100",  # intermediate
        "def engagement_rate(e, r):\n    return e / r * 100",  # other parameter names
        "def engagement_rate(engagements, reach):\n    return round(engagements / reach * 100, 2)",  # 2 decimals
    ],
    "rate_choice": [
        'rate_choice = "b"',  # small letter
        'rate_choice = " B "',  # spaces around it
        'choice = "B"\nrate_choice = choice',  # an intermediate name
    ],
}
