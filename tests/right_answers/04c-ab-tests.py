"""Right answers for 04c-ab-tests: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
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
    "t2_reply": ['t2_reply = "d"', 't2_reply = "[D]"',
                 't2_reply = "inconclusive: the test was too small"'],
}
