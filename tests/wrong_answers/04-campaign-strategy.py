"""Plausible wrong answers for 04-campaign-strategy: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

WRONG_ANSWERS = {
    "kpi_targets": [
        # the whole year, not last quarter
        'baseline = posts.groupby("platform")["reach"].median()\n'
        'targets = (baseline * 1.10).round(-2)',
        # mean instead of median
        'last_quarter = posts[posts["posted_at"] >= QUARTER_START]\n'
        'baseline = last_quarter.groupby("platform")["reach"].mean()\n'
        'targets = (baseline * 1.10).round(-2)',
        # added 10 instead of 10%
        'last_quarter = posts[posts["posted_at"] >= QUARTER_START]\n'
        'baseline = last_quarter.groupby("platform")["reach"].median()\n'
        'targets = (baseline + 10).round(-2)',
        # rounded the baseline to hundreds before raising it by 10% (the review: told "use .round(-2)")
        'last_quarter = posts[posts["posted_at"] >= QUARTER_START]\n'
        'baseline = last_quarter.groupby("platform")["reach"].median()\n'
        "targets = baseline.round(-2) * 1.10",
        # 10% of the baseline, not the baseline raised by 10% (the review: told only "not the expected value")
        'last_quarter = posts[posts["posted_at"] >= QUARTER_START]\n'
        'baseline = last_quarter.groupby("platform")["reach"].median()\n'
        "targets = (baseline * 0.10).round(-2)",
        # the baseline itself rounded to hundreds, then raised and rounded (the review: told "the median")
        'last_quarter = posts[posts["posted_at"] >= QUARTER_START]\n'
        'baseline = last_quarter.groupby("platform")["reach"].median().round(-2)\n'
        'targets = (baseline * 1.10).round(-2)',
        # .reset_index() makes the baseline a table with a platform column (the review: told "should be a Series"
        # with the hint "group by platform", which it did; now told to remove .reset_index())
        'last_quarter = posts[posts["posted_at"] >= QUARTER_START]\n'
        'baseline = last_quarter.groupby("platform")["reach"].median().reset_index()\n'
        'targets = (baseline["reach"] * 1.10).round(-2)',
    ],
    "fits": [
        # forgot rule 2 (posts per day)
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    for post in calendar:\n"
        "        if post[\"platform\"] == platform and post[\"time\"] == time:\n"
        "            return False\n"
        "        if post[\"scheme\"] == scheme and abs(post[\"time\"] - time) < pd.Timedelta(hours=min_gap_hours):\n"
        "            return False\n"
        "    return True",
        # <= instead of < for the gap ("exactly N hours apart" wrongly refused)
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    same_day = 0\n"
        "    for post in calendar:\n"
        "        if post[\"platform\"] == platform and post[\"time\"] == time:\n"
        "            return False\n"
        "        if post[\"platform\"] == platform and post[\"time\"].date() == time.date():\n"
        "            same_day += 1\n"
        "        if post[\"scheme\"] == scheme and abs(post[\"time\"] - time) <= pd.Timedelta(hours=min_gap_hours):\n"
        "            return False\n"
        "    return same_day < posts_per_day",
        # gap only checked forwards in time (no abs)
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    same_day = 0\n"
        "    for post in calendar:\n"
        "        if post[\"platform\"] == platform and post[\"time\"] == time:\n"
        "            return False\n"
        "        if post[\"platform\"] == platform and post[\"time\"].date() == time.date():\n"
        "            same_day += 1\n"
        "        if post[\"scheme\"] == scheme and time - post[\"time\"] < pd.Timedelta(hours=min_gap_hours) \\\n"
        "                and time >= post[\"time\"]:\n"
        "            return False\n"
        "    return same_day < posts_per_day",
        # counted posts per day over all platforms
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    same_day = 0\n"
        "    for post in calendar:\n"
        "        if post[\"platform\"] == platform and post[\"time\"] == time:\n"
        "            return False\n"
        "        if post[\"time\"].date() == time.date():\n"
        "            same_day += 1\n"
        "        if post[\"scheme\"] == scheme and abs(post[\"time\"] - time) < pd.Timedelta(hours=min_gap_hours):\n"
        "            return False\n"
        "    return same_day < posts_per_day",
        # the same date by the day of the month only: 4 May and 4 June count as one day (the review: 3/3)
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    same_day = 0\n"
        "    for post in calendar:\n"
        "        if post[\"platform\"] == platform and post[\"time\"] == time:\n"
        "            return False\n"
        "        if post[\"platform\"] == platform and post[\"time\"].day == time.day:\n"
        "            same_day += 1\n"
        "        if post[\"scheme\"] == scheme and abs(post[\"time\"] - time) < pd.Timedelta(hours=min_gap_hours):\n"
        "            return False\n"
        "    return same_day < posts_per_day",
        # no abs, new time minus planned time: every post before a planned one on the scheme is refused
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    same_day = 0\n"
        "    for post in calendar:\n"
        "        if post[\"platform\"] == platform and post[\"time\"] == time:\n"
        "            return False\n"
        "        if post[\"platform\"] == platform and post[\"time\"].date() == time.date():\n"
        "            same_day += 1\n"
        "        if post[\"scheme\"] == scheme and time - post[\"time\"] < pd.Timedelta(hours=min_gap_hours):\n"
        "            return False\n"
        "    return same_day < posts_per_day",
        # no abs, planned time minus new time: every post after a planned one on the scheme is refused (the review:
        # the visible check blamed "<=" at "exactly 24 hours after"; its "30 hours after" case now names the sign)
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    same_day = 0\n"
        "    for post in calendar:\n"
        "        if post[\"platform\"] == platform and post[\"time\"] == time:\n"
        "            return False\n"
        "        if post[\"platform\"] == platform and post[\"time\"].date() == time.date():\n"
        "            same_day += 1\n"
        "        if post[\"scheme\"] == scheme and post[\"time\"] - time < pd.Timedelta(hours=min_gap_hours):\n"
        "            return False\n"
        "    return same_day < posts_per_day",
        # returns inside the loop after the first planned post (the review: 1/2, the visible check planned only one
        # post; it now plans two, the second deciding, and both checks say the loop answers too early)
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    same_day = 0\n"
        "    for post in calendar:\n"
        "        if post[\"platform\"] == platform and post[\"time\"] == time:\n"
        "            return False\n"
        "        if post[\"platform\"] == platform and post[\"time\"].date() == time.date():\n"
        "            same_day += 1\n"
        "        if post[\"scheme\"] == scheme and abs(post[\"time\"] - time) < pd.Timedelta(hours=min_gap_hours):\n"
        "            return False\n"
        "        return same_day < posts_per_day\n"
        "    return True",
        # the same early answer from an else branch, rule 2 counted over the whole calendar
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    for post in calendar:\n"
        "        if post[\"platform\"] == platform and post[\"time\"] == time:\n"
        "            return False\n"
        "        elif post[\"scheme\"] == scheme and abs(post[\"time\"] - time) < pd.Timedelta(hours=min_gap_hours):\n"
        "            return False\n"
        "        else:\n"
        "            same_day = [p for p in calendar if p[\"platform\"] == platform and p[\"time\"].date() == time.date()]\n"
        "            return len(same_day) < posts_per_day\n"
        "    return True",
        # the gap in hours from .seconds, which leaves out whole days: 30 hours read as 6 (the review: told "the
        # distance counts the same in both directions, e.g. abs(...)"; now told .seconds vs .total_seconds())
        "def fits(calendar, platform, scheme, time, posts_per_day, min_gap_hours):\n"
        "    same_day = 0\n"
        "    for post in calendar:\n"
        "        if post[\"platform\"] == platform and post[\"time\"] == time:\n"
        "            return False\n"
        "        if post[\"platform\"] == platform and post[\"time\"].date() == time.date():\n"
        "            same_day += 1\n"
        "        if post[\"scheme\"] == scheme and abs(post[\"time\"] - time).seconds / 3600 < min_gap_hours:\n"
        "            return False\n"
        "    return same_day < posts_per_day",
    ],
    # Decisions: every option but the defensible one
    "kpi_choice": [
        # the median per post: a quality check that counts no one who applied
        'kpi_choice = "A"',
        # the posts' reach added up: repeat viewers counted again, doubled by posting twice as often
        'kpi_choice = "B"',
        # the number of posts: an output of the team's own effort
        'kpi_choice = "D"',
    ],
    "alert_timing": [
        # the best engagement slot, once
        'alert_timing = "A"',
        # at the hottest hour, too late to plan the day
        'alert_timing = "C"',
        # once only, as if the spacing rule applied to alerts
        'alert_timing = "D"',
    ],
}
