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
    "marginal_reach": [
        # intermediate names
        "def marginal_reach(curve, spend, step):\n"
        "    before = curve(spend)\n    after = curve(spend + step)\n    return (after - before) / step",
        # the extra reach first, then per rupee
        "def marginal_reach(curve, spend, step):\n"
        "    extra_people = curve(spend + step) - curve(spend)\n    return extra_people / step",
        # the same formula, written with the rupees first
        "def marginal_reach(curve, spend, step):\n"
        "    return 1 / step * (curve(spend + step) - curve(spend))",
    ],
    "allocate": [
        # an explicit loop for the best platform (strict > keeps the first on a tie)
        "def allocate(curves, budget, step):\n"
        "    spent = {}\n"
        "    for platform in curves:\n"
        "        spent[platform] = 0\n"
        "    for _ in range(budget // step):\n"
        "        best = None\n"
        "        best_gain = None\n"
        "        for platform in curves:\n"
        "            gain = marginal_reach(curves[platform], spent[platform], step)\n"
        "            if best is None or gain > best_gain:\n"
        "                best = platform\n"
        "                best_gain = gain\n"
        "        spent[best] = spent[best] + step\n"
        "    return spent",
        # dict.fromkeys, a while loop on the money left, max over a dict of gains
        "def allocate(curves, budget, step):\n"
        "    spent = dict.fromkeys(curves, 0)\n"
        "    left = budget\n"
        "    while left >= step:\n"
        "        gains = {p: marginal_reach(curves[p], spent[p], step) for p in curves}\n"
        "        best = max(gains, key=gains.get)\n"
        "        spent[best] += step\n"
        "        left -= step\n"
        "    return spent",
        # the hint's max with a named function instead of lambda
        "def allocate(curves, budget, step):\n"
        "    spent = {platform: 0 for platform in curves}\n"
        "\n"
        "    def next_gain(platform):\n"
        "        return marginal_reach(curves[platform], spent[platform], step)\n"
        "\n"
        "    for _ in range(int(budget / step)):\n"
        "        spent[max(curves, key=next_gain)] += step\n"
        "    return spent",
        # a right allocate next to a wrong marginal_reach (not divided by the step, not at the current spend):
        # the review's participant lost 3 of 4 points for Exercise 5's slip (then Exercise 3); allocate is graded on its own
        "def marginal_reach(curve, spend, step):\n"
        "    return curve(spend + step) / (spend + step)\n"
        "\n"
        "\n"
        "def allocate(curves, budget, step):\n"
        "    spent = {platform: 0 for platform in curves}\n"
        "    for _ in range(budget // step):\n"
        "        best = max(curves, key=lambda p: marginal_reach(curves[p], spent[p], step))\n"
        "        spent[best] += step\n"
        "    return spent",
    ],
    "z_test": [
        # a list [z, p_value], which the text allows (the review: once told "should return a pair")
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    p_a = clicks_a / n_a\n    p_b = clicks_b / n_b\n"
        "    pooled = (clicks_a + clicks_b) / (n_a + n_b)\n"
        "    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))\n"
        "    z = (p_a - p_b) / se\n"
        "    return [z, math.erfc(abs(z) / math.sqrt(2))]",
        # ** 0.5 instead of math.sqrt, returned in brackets
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    p_a = clicks_a / n_a\n    p_b = clicks_b / n_b\n"
        "    p = (clicks_a + clicks_b) / (n_a + n_b)\n"
        "    se = (p * (1 - p) * (1 / n_a + 1 / n_b)) ** 0.5\n"
        "    z = (p_a - p_b) / se\n"
        "    return (z, math.erfc(abs(z) / math.sqrt(2)))",
        # the square root split in two; the p-value from erf (1 - erf = erfc)
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    pooled = (clicks_a + clicks_b) / (n_a + n_b)\n"
        "    se = math.sqrt(pooled * (1 - pooled)) * math.sqrt(1 / n_a + 1 / n_b)\n"
        "    z = (clicks_a / n_a - clicks_b / n_b) / se\n"
        "    p_value = 1 - math.erf(abs(z) / math.sqrt(2))\n"
        "    return z, p_value",
        # z from B minus A, sign turned back
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    rate_a = clicks_a / n_a\n    rate_b = clicks_b / n_b\n"
        "    pooled = (clicks_a + clicks_b) / (n_a + n_b)\n"
        "    standard_error = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))\n"
        "    z = -(rate_b - rate_a) / standard_error\n"
        "    p_value = math.erfc(abs(z) / math.sqrt(2))\n"
        "    return z, p_value",
    ],
    "verdict": [
        # rates in percent first, then the gap; elif chain
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    z, p_value = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    rate_a = clicks_a / n_a * 100\n    rate_b = clicks_b / n_b * 100\n"
        '    if p_value >= 0.05:\n        return "inconclusive"\n'
        '    elif abs(rate_b - rate_a) < min_lift:\n        return "too small"\n'
        '    elif rate_b > rate_a:\n        return "B wins"\n'
        '    else:\n        return "A wins"',
        # the p-value by position, a conditional expression at the end
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    p_value = z_test(clicks_a, n_a, clicks_b, n_b)[1]\n"
        "    gap = (clicks_b / n_b - clicks_a / n_a) * 100\n"
        '    if p_value >= 0.05:\n        return "inconclusive"\n'
        '    if abs(gap) < min_lift:\n        return "too small"\n'
        '    return "B wins" if gap > 0 else "A wins"',
        # "significant" as its own name, A checked before B
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    _, p = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    significant = p < 0.05\n"
        "    gap = (clicks_b / n_b - clicks_a / n_a) * 100\n"
        '    if not significant:\n        return "inconclusive"\n'
        '    if abs(gap) < min_lift:\n        return "too small"\n'
        '    if gap < 0:\n        return "A wins"\n'
        '    return "B wins"',
    ],
    "people_per_arm": [
        # the simpler textbook form, (z_alpha + z_beta)^2 times both variances, rounded up
        "def people_per_arm(base_rate, lift):\n"
        "    p1 = base_rate / 100\n"
        "    p2 = (base_rate + lift) / 100\n"
        "    variance = p1 * (1 - p1) + p2 * (1 - p2)\n"
        "    return math.ceil((Z_ALPHA + Z_POWER) ** 2 * variance / (p2 - p1) ** 2)",
        # z typed as 1.96 and 0.84, not rounded up (a float)
        "def people_per_arm(base_rate, lift):\n"
        "    rate_a = base_rate / 100\n"
        "    rate_b = (base_rate + lift) / 100\n"
        "    average = (rate_a + rate_b) / 2\n"
        "    a = 1.96 * (2 * average * (1 - average)) ** 0.5\n"
        "    b = 0.84 * (rate_a * (1 - rate_a) + rate_b * (1 - rate_b)) ** 0.5\n"
        "    return ((a + b) / (rate_b - rate_a)) ** 2",
        # the z values from NormalDist inside the function, the gap first, int() + 1 to round up
        "from statistics import NormalDist\n"
        "\n"
        "\n"
        "def people_per_arm(base_rate, lift):\n"
        "    z_a = NormalDist().inv_cdf(0.975)\n"
        "    z_b = NormalDist().inv_cdf(0.8)\n"
        "    p1, p2 = base_rate / 100, (base_rate + lift) / 100\n"
        "    gap = p2 - p1\n"
        "    p = (p1 + p2) / 2\n"
        "    n = (z_a * math.sqrt(2 * p * (1 - p)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / gap ** 2\n"
        "    return int(n) + 1",
    ],
    # Decisions: the letter written as a participant might
    "kpi_choice": ['kpi_choice = "c"', 'kpi_choice = "(C)"', 'kpi_choice = " C. "'],
    "alert_timing": ['alert_timing = "b"', 'alert_timing = "option B"', "alert_timing = 'B'"],
    "election_action": ['election_action = "d"', 'election_action = "(D)"', 'election_action = "D."'],
    "t2_reply": ['t2_reply = "d"', 't2_reply = "[D]"',
                 't2_reply = "inconclusive: the test was too small"'],
}
