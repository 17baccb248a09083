"""Right answers for 10-crisis-and-incident-response: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

_HOURS = "def hours_after_notice(log, event):\n"
_LEAD = "def lead_hours(feed):\n"
_RATIO = "def reach_ratio(pairs):\n"

RIGHT_ANSWERS = {
    "hours_after_notice": [
        # seconds divided by 3600, with .loc
        _HOURS + '    start = log.loc[log["event"] == "takeover noticed", "at"].min()\n'
                 '    end = log.loc[log["event"] == event, "at"].min()\n'
                 "    return (end - start).total_seconds() / 3600",
        # sort by time first, then the first row of each
        _HOURS + '    ordered = log.sort_values("at")\n'
                 '    start = ordered[ordered["event"] == "takeover noticed"]["at"].iloc[0]\n'
                 '    end = ordered[ordered["event"] == event]["at"].iloc[0]\n'
                 "    hours = (end - start) / pd.Timedelta(hours=1)\n    return round(hours, 2)",
        # the course tool, once found
        "from course.incidents import hours_after_notice as _tool\n\n\n"
        + _HOURS + "    return _tool(log, event)",
    ],
    "deepfake_route": ['deepfake_route = "c"', 'deepfake_route = "Option C"',
                       'deepfake_route = "correct on our accounts, report as impersonation, cybercrime portal"'],
    "lead_hours": [
        # seconds divided by 3600
        _LEAD + '    gap = feed["needed_by"] - feed["posted_at"]\n    return gap.dt.total_seconds() / 3600',
        # rounded to 2 decimals, with .div
        _LEAD + '    return (feed["needed_by"] - feed["posted_at"]).div(pd.Timedelta(hours=1)).round(2)',
        # the course tool
        "from course.incidents import lead_hours as _tool\n\n\n" + _LEAD + "    return _tool(feed)",
        # a loop that builds a list, then a Series in the table's order (its own labels 0, 1, 2 ...)
        _LEAD + "    hours = []\n    for _, row in feed.iterrows():\n"
                '        hours.append((row["needed_by"] - row["posted_at"]) / pd.Timedelta(hours=1))\n'
                "    return pd.Series(hours)",
    ],
    "alert_timing": ['alert_timing = "a"', 'alert_timing = "A."'],
    "reach_ratio": [
        # .div and attribute access
        _RATIO + "    return pairs.correction_reach.div(pairs.error_reach)",
        # rounded to 3 decimals, in two steps
        _RATIO + '    ratio = pairs["correction_reach"] / pairs["error_reach"]\n    return ratio.round(3)',
        # floats first
        _RATIO + '    return pairs["correction_reach"].astype(float) / pairs["error_reach"].astype(float)',
        # a loop over the two columns, then a Series made from the list
        _RATIO + '    ratios = []\n'
                 '    for fixed, wrong in zip(pairs["correction_reach"], pairs["error_reach"]):\n'
                 "        ratios.append(fixed / wrong)\n    return pd.Series(ratios)",
    ],
}
