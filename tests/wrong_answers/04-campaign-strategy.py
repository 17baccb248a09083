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
        # the baseline itself rounded to hundreds, then raised and rounded (the review: told "the median")
        'last_quarter = posts[posts["posted_at"] >= QUARTER_START]\n'
        'baseline = last_quarter.groupby("platform")["reach"].median().round(-2)\n'
        'targets = (baseline * 1.10).round(-2)',
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
        # no abs, planned time minus new time: every post after a planned one on the scheme is refused
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
    ],
    "marginal_reach": [
        # forgot to divide by the step
        "def marginal_reach(curve, spend, step):\n    return curve(spend + step) - curve(spend)",
        # average reach per rupee, not marginal
        "def marginal_reach(curve, spend, step):\n    return curve(spend + step) / (spend + step)",
    ],
    "allocate": [
        # a while loop on the total: overspends when the budget is not a multiple of the step
        "def allocate(curves, budget, step):\n"
        "    spent = {platform: 0 for platform in curves}\n"
        "    while sum(spent.values()) < budget:\n"
        "        best = max(curves, key=lambda p: marginal_reach(curves[p], spent[p], step))\n"
        "        spent[best] += step\n"
        "    return spent",
        # everything on the platform best at ₹0
        "def allocate(curves, budget, step):\n"
        "    spent = {platform: 0 for platform in curves}\n"
        "    best = max(curves, key=lambda p: marginal_reach(curves[p], 0, step))\n"
        "    spent[best] = budget\n"
        "    return spent",
        # equal split
        "def allocate(curves, budget, step):\n"
        "    return {platform: budget / len(curves) for platform in curves}",
        # marginal reach always measured at ₹0 (forgot the current spend): all steps to one platform
        "def allocate(curves, budget, step):\n"
        "    spent = {platform: 0 for platform in curves}\n"
        "    for _ in range(budget // step):\n"
        "        best = max(curves, key=lambda p: marginal_reach(curves[p], 0, step))\n"
        "        spent[best] += step\n"
        "    return spent",
        # by total reach instead of marginal reach
        "def allocate(curves, budget, step):\n"
        "    spent = {platform: 0 for platform in curves}\n"
        "    for _ in range(budget // step):\n"
        "        best = max(curves, key=lambda p: curves[p](spent[p] + step))\n"
        "        spent[best] += step\n"
        "    return spent",
        # >= in the loop: a tie goes to the last platform, not the first in `curves` (the review: 4/4)
        "def allocate(curves, budget, step):\n"
        "    spent = {p: 0 for p in curves}\n"
        "    for _ in range(budget // step):\n"
        "        best, best_gain = None, None\n"
        "        for p in curves:\n"
        "            gain = marginal_reach(curves[p], spent[p], step)\n"
        "            if best is None or gain >= best_gain:\n"
        "                best, best_gain = p, gain\n"
        "        spent[best] += step\n"
        "    return spent",
        # a result that claims to equal everything (the hidden test once compared it with ==: 3 points)
        "class Split:\n"
        "    def __eq__(self, other):\n"
        "        return True\n"
        "\n"
        "\n"
        "def allocate(curves, budget, step):\n"
        "    return Split()",
        # the same trick in a dictionary's clothes: a dict subclass whose == always says True
        "class Split(dict):\n"
        "    def __eq__(self, other):\n"
        "        return True\n"
        "\n"
        "\n"
        "def allocate(curves, budget, step):\n"
        "    return Split({platform: budget // len(curves) for platform in curves})",
        # the always-equal object itself in place of the function
        "class Anything:\n"
        "    def __eq__(self, other):\n"
        "        return True\n"
        "\n"
        "\n"
        "allocate = Anything()",
    ],
    "z_test": [
        # unpooled standard error
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    p_a = clicks_a / n_a\n"
        "    p_b = clicks_b / n_b\n"
        "    se = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)\n"
        "    z = (p_a - p_b) / se\n"
        "    return z, math.erfc(abs(z) / math.sqrt(2))",
        # the pooled rate as the average of the two rates (the same as pooling only when n_a == n_b)
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    p_a = clicks_a / n_a\n"
        "    p_b = clicks_b / n_b\n"
        "    pooled = (p_a + p_b) / 2\n"
        "    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))\n"
        "    z = (p_a - p_b) / se\n"
        "    return z, math.erfc(abs(z) / math.sqrt(2))",
        # one-sided p-value
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    p_a = clicks_a / n_a\n"
        "    p_b = clicks_b / n_b\n"
        "    pooled = (clicks_a + clicks_b) / (n_a + n_b)\n"
        "    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))\n"
        "    z = (p_a - p_b) / se\n"
        "    return z, math.erfc(abs(z) / math.sqrt(2)) / 2",
        # forgot abs(): p above 1 for negative z
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    p_a = clicks_a / n_a\n"
        "    p_b = clicks_b / n_b\n"
        "    pooled = (clicks_a + clicks_b) / (n_a + n_b)\n"
        "    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))\n"
        "    z = (p_a - p_b) / se\n"
        "    return z, math.erfc(z / math.sqrt(2))",
        # hard-coded the worked example
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n    return -1.36, 0.17",
    ],
    "verdict": [
        # p > 0.05 instead of >= 0.05: p exactly 0.05 is not called inconclusive (the review: 2/2)
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    z, p_value = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    gap = (clicks_b / n_b - clicks_a / n_a) * 100\n"
        "    if p_value > 0.05:\n"
        "        return \"inconclusive\"\n"
        "    if abs(gap) < min_lift:\n"
        "        return \"too small\"\n"
        "    if gap > 0:\n"
        "        return \"B wins\"\n"
        "    return \"A wins\"",
        # significance only: never "too small"
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    z, p_value = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    if p_value >= 0.05:\n"
        "        return \"inconclusive\"\n"
        "    if clicks_b / n_b > clicks_a / n_a:\n"
        "        return \"B wins\"\n"
        "    return \"A wins\"",
        # gap as a fraction, not percentage points
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    z, p_value = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    gap = clicks_b / n_b - clicks_a / n_a\n"
        "    if p_value >= 0.05:\n"
        "        return \"inconclusive\"\n"
        "    if abs(gap) < min_lift:\n"
        "        return \"too small\"\n"
        "    if gap > 0:\n"
        "        return \"B wins\"\n"
        "    return \"A wins\"",
        # forgot abs(): a big win for A is called "too small"
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    z, p_value = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    gap = (clicks_b / n_b - clicks_a / n_a) * 100\n"
        "    if p_value >= 0.05:\n"
        "        return \"inconclusive\"\n"
        "    if gap < min_lift:\n"
        "        return \"too small\"\n"
        "    return \"B wins\"",
        # "too small" checked before "inconclusive" (the review: 2/3, only the visible case caught it)
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    z, p_value = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    gap = (clicks_b / n_b - clicks_a / n_a) * 100\n"
        "    if abs(gap) < min_lift:\n"
        "        return \"too small\"\n"
        "    if p_value >= 0.05:\n"
        "        return \"inconclusive\"\n"
        "    if gap > 0:\n"
        "        return \"B wins\"\n"
        "    return \"A wins\"",
        # a relative lift in % ((B - A) / A * 100) instead of the gap in percentage points
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    z, p_value = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    gap = (clicks_b / n_b - clicks_a / n_a) / (clicks_a / n_a) * 100\n"
        "    if p_value >= 0.05:\n"
        "        return \"inconclusive\"\n"
        "    if abs(gap) < min_lift:\n"
        "        return \"too small\"\n"
        "    if gap > 0:\n"
        "        return \"B wins\"\n"
        "    return \"A wins\"",
        # a relative lift as a fraction ((B - A) / A)
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    z, p_value = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    rate_a, rate_b = clicks_a / n_a, clicks_b / n_b\n"
        "    lift = (rate_b - rate_a) / rate_a\n"
        "    if p_value >= 0.05:\n"
        "        return \"inconclusive\"\n"
        "    if abs(lift) < min_lift:\n"
        "        return \"too small\"\n"
        "    return \"B wins\" if lift > 0 else \"A wins\"",
        # A and B swapped: the gap as A minus B, so the winner comes out the wrong way round
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    z, p_value = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    gap = (clicks_a / n_a - clicks_b / n_b) * 100\n"
        "    if p_value >= 0.05:\n"
        "        return \"inconclusive\"\n"
        "    if abs(gap) < min_lift:\n"
        "        return \"too small\"\n"
        "    if gap > 0:\n"
        "        return \"B wins\"\n"
        "    return \"A wins\"",
    ],
    "people_per_arm": [
        # both versions together
        "def people_per_arm(base_rate, lift):\n"
        "    p1 = base_rate / 100\n"
        "    p2 = (base_rate + lift) / 100\n"
        "    p_bar = (p1 + p2) / 2\n"
        "    a = Z_ALPHA * math.sqrt(2 * p_bar * (1 - p_bar))\n"
        "    b = Z_POWER * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))\n"
        "    return math.ceil(2 * ((a + b) / (p2 - p1)) ** 2)",
        # one-sided z (1.645) for the significance level
        "def people_per_arm(base_rate, lift):\n"
        "    p1 = base_rate / 100\n"
        "    p2 = (base_rate + lift) / 100\n"
        "    p_bar = (p1 + p2) / 2\n"
        "    a = 1.645 * math.sqrt(2 * p_bar * (1 - p_bar))\n"
        "    b = Z_POWER * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))\n"
        "    return math.ceil(((a + b) / (p2 - p1)) ** 2)",
        # the lift as 0.5% of the base rate (10% -> 10.05%), not 0.5 points
        "def people_per_arm(base_rate, lift):\n"
        "    p1 = base_rate / 100\n"
        "    p2 = p1 * (1 + lift / 100)\n"
        "    p_bar = (p1 + p2) / 2\n"
        "    a = Z_ALPHA * math.sqrt(2 * p_bar * (1 - p_bar))\n"
        "    b = Z_POWER * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))\n"
        "    return math.ceil(((a + b) / (p2 - p1)) ** 2)",
        # percentages not divided by 100: the square root of a negative number
        "def people_per_arm(base_rate, lift):\n"
        "    p1 = base_rate\n"
        "    p2 = base_rate + lift\n"
        "    p_bar = (p1 + p2) / 2\n"
        "    a = Z_ALPHA * math.sqrt(2 * p_bar * (1 - p_bar))\n"
        "    b = Z_POWER * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))\n"
        "    return math.ceil(((a + b) / (p2 - p1)) ** 2)",
        # forgot to square
        "def people_per_arm(base_rate, lift):\n"
        "    p1 = base_rate / 100\n"
        "    p2 = (base_rate + lift) / 100\n"
        "    p_bar = (p1 + p2) / 2\n"
        "    a = Z_ALPHA * math.sqrt(2 * p_bar * (1 - p_bar))\n"
        "    b = Z_POWER * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))\n"
        "    return math.ceil((a + b) / (p2 - p1))",
        # hard-coded the example
        "def people_per_arm(base_rate, lift):\n    return 57763",
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
    "election_action": [
        # boosts approved before the announcement left running
        'election_action = "A"',
        # Meta's authorisation taken for the Model Code of Conduct
        'election_action = "B"',
        # the boosts paused, but the service notice held back too
        'election_action = "C"',
    ],
    "t2_reply": [
        # p >= 0.05 read as "no difference"
        't2_reply = "A"',
        # the higher rate taken as a win
        't2_reply = "B"',
        # peeking: stop the first time p dips below 0.05
        't2_reply = "C"',
        # the right letter's number, not a letter
        "t2_reply = 4",
    ],
}
