"""Right answers for 04-campaign-strategy: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
    "kpi_targets": [
        # query for the quarter, .mul for the uplift
        'baseline = posts.query("posted_at >= @QUARTER_START").groupby("platform")["reach"].median()\n'
        "targets = baseline.mul(1.1).round(-2)",
        # .loc for the quarter, +10% written as baseline + a tenth
        'recent = posts.loc[posts["posted_at"] >= QUARTER_START]\n'
        'baseline = recent.groupby("platform")["reach"].median()\n'
        "targets = (baseline + baseline * 0.10).round(-2)",
        # the mask in its own name, observed=True, 110 / 100
        'in_quarter = posts["posted_at"] >= QUARTER_START\n'
        'baseline = posts[in_quarter].groupby("platform", observed=True)["reach"].median()\n'
        "targets = (baseline * 110 / 100).round(-2)",
        # built in a loop, platforms in another order than groupby's (the review: once told "wrong order")
        'last_quarter = posts[posts["posted_at"] >= QUARTER_START]\n'
        "baseline = pd.Series(dtype=float)\n"
        'for platform in ["YouTube", "X", "Instagram", "Facebook"]:\n'
        '    baseline[platform] = last_quarter.loc[last_quarter["platform"] == platform, "reach"].median()\n'
        "targets = (baseline * 1.10).round(-2)",
        # the medians rounded to whole people, which the text allows
        'last_quarter = posts[posts["posted_at"] >= QUARTER_START]\n'
        'baseline = last_quarter.groupby("platform")["reach"].median().round()\n'
        "targets = (baseline * 1.10).round(-2)",
        # the quarter as the months January to March (the review: kept full marks, rightly: the posts run from
        # April 2025 to March 2026, so months 1 to 3 are exactly last quarter; the values are the same)
        'last_quarter = posts[posts["posted_at"].dt.month <= 3]\n'
        'baseline = last_quarter.groupby("platform")["reach"].median()\n'
        "targets = (baseline * 1.10).round(-2)",
    ],
    "fits": [
        # any() for rules 1 and 3, a list for rule 2
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    gap = pd.Timedelta(hours=min_gap_hours)\n"
        '    if any(p["platform"] == platform and p["time"] == time for p in calendar):\n'
        "        return False\n"
        '    if any(p["scheme"] == scheme and abs(p["time"] - time) < gap for p in calendar):\n'
        "        return False\n"
        '    same_day = [p for p in calendar if p["platform"] == platform and p["time"].date() == time.date()]\n'
        "    return len(same_day) < posts_per_day",
        # hours from total_seconds, the date by normalize(), an explicit True / False at the end
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    count = 0\n"
        "    for post in calendar:\n"
        '        same_platform = post["platform"] == platform\n'
        '        if same_platform and post["time"] == time:\n'
        "            return False\n"
        '        if same_platform and post["time"].normalize() == time.normalize():\n'
        "            count = count + 1\n"
        '        hours_apart = abs((post["time"] - time).total_seconds()) / 3600\n'
        '        if post["scheme"] == scheme and hours_apart < min_gap_hours:\n'
        "            return False\n"
        "    if count >= posts_per_day:\n"
        "        return False\n"
        "    return True",
        # the calendar as a table (an empty plan fits at once), boolean masks, bool() at the end
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    if len(calendar) == 0:\n"
        "        return True\n"
        '    planned = pd.DataFrame(calendar, columns=["idea", "platform", "scheme", "time"])\n'
        '    mine = planned[planned["platform"] == platform]\n'
        '    if (mine["time"] == time).any():\n'
        "        return False\n"
        '    same_day = mine[mine["time"].dt.strftime("%Y-%m-%d") == time.strftime("%Y-%m-%d")]\n'
        '    same_scheme = planned[planned["scheme"] == scheme]\n'
        '    too_close = (same_scheme["time"] - time).abs() < pd.Timedelta(hours=min_gap_hours)\n'
        "    return bool(len(same_day) < posts_per_day and not too_close.any())",
        # pandas masks over the plan; the last test gives numpy's True / False (np.bool_)
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    if not calendar:\n"
        "        return True\n"
        "    planned = pd.DataFrame(calendar)\n"
        '    same_platform = planned["platform"] == platform\n'
        '    if (same_platform & (planned["time"] == time)).any():\n'
        "        return False\n"
        '    gap = (planned["time"] - time).abs()\n'
        '    if ((planned["scheme"] == scheme) & (gap < pd.Timedelta(hours=min_gap_hours))).any():\n'
        "        return False\n"
        '    same_day = same_platform & (planned["time"].dt.date == time.date())\n'
        "    return same_day.sum() < posts_per_day",
    ],
    # Decisions: the letter written as a participant might
    "kpi_choice": ['kpi_choice = "c"', 'kpi_choice = "(C)"', 'kpi_choice = " C. "'],
    "alert_timing": ['alert_timing = "b"', 'alert_timing = "option B"', "alert_timing = 'B'"],
}
