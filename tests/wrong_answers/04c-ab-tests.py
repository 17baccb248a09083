"""Plausible wrong answers for 04c-ab-tests: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

WRONG_ANSWERS = {
    "z_test": [
        # unpooled standard error
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    p_a = clicks_a / n_a\n"
        "    p_b = clicks_b / n_b\n"
        "    se = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)\n"
        "    z = (p_a - p_b) / se\n"
        "    return z, math.erfc(abs(z) / math.sqrt(2))",
        # the pooled rate as the average of the two rates (the same as pooling only when n_a == n_b; the review: on
        # 45/600 vs 20/400 it gave 1.6000, the right z rounded, and was told "don't round": the visible check now
        # uses 90/600 vs 40/400, where the average gives 2.3422 and pooling 2.3033)
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
        # forgot abs(): p above 1 for negative z (the Hindi review: told only "p-value 1.83 is not the expected
        # value"; now "a p-value cannot be above 1: abs(z) is missing")
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    p_a = clicks_a / n_a\n"
        "    p_b = clicks_b / n_b\n"
        "    pooled = (clicks_a + clicks_b) / (n_a + n_b)\n"
        "    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))\n"
        "    z = (p_a - p_b) / se\n"
        "    return z, math.erfc(z / math.sqrt(2))",
        # hard-coded the worked example
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n    return -1.36, 0.17",
        # B minus A: the right size, the wrong sign (the review: told only "not the expected value")
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    p_a = clicks_a / n_a\n"
        "    p_b = clicks_b / n_b\n"
        "    pooled = (clicks_a + clicks_b) / (n_a + n_b)\n"
        "    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))\n"
        "    z = (p_b - p_a) / se\n"
        "    return z, math.erfc(abs(z) / math.sqrt(2))",
        # (1/n_a + 1/n_b) without brackets: only 1/n_a multiplied by the pooled variance (the Hindi review: the
        # messages blamed the pooled rate; they now say the brackets are missing)
        "def z_test(clicks_a, n_a, clicks_b, n_b):\n"
        "    p_a = clicks_a / n_a\n"
        "    p_b = clicks_b / n_b\n"
        "    pooled = (clicks_a + clicks_b) / (n_a + n_b)\n"
        "    se = math.sqrt(pooled * (1 - pooled) * 1 / n_a + 1 / n_b)\n"
        "    z = (p_a - p_b) / se\n"
        "    return z, math.erfc(abs(z) / math.sqrt(2))",
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
        # gap as a fraction, not percentage points (the Hindi review: the visible hint explained the sign; a visible
        # case where B wins by 0.80 points now names the × 100 first)
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
        # the right rules, "Inconclusive" with a capital I: the labels are to be returned exactly as listed (the
        # Hindi review: 2/2, the checks ignored capitals; both now refuse it, saying only capitals differ)
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    z, p_value = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    gap = (clicks_b / n_b - clicks_a / n_a) * 100\n"
        "    if p_value >= 0.05:\n"
        "        return \"Inconclusive\"\n"
        "    if abs(gap) < min_lift:\n"
        "        return \"Too small\"\n"
        "    if gap > 0:\n"
        "        return \"B wins\"\n"
        "    return \"A wins\"",
        # the right rules with the labels translated into Hindi (the Hindi review: the visible hint talked about p;
        # it now says to return one of the four English labels exactly)
        "def verdict(clicks_a, n_a, clicks_b, n_b, min_lift):\n"
        "    z, p_value = z_test(clicks_a, n_a, clicks_b, n_b)\n"
        "    gap = (clicks_b / n_b - clicks_a / n_a) * 100\n"
        "    if p_value >= 0.05:\n"
        "        return \"अनिर्णायक\"\n"
        "    if abs(gap) < min_lift:\n"
        "        return \"बहुत छोटा\"\n"
        "    if gap > 0:\n"
        "        return \"B जीता\"\n"
        "    return \"A जीता\"",
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
        # a missing bracket: only the gap squared (the review: told only "not the expected value")
        "def people_per_arm(base_rate, lift):\n"
        "    p1 = base_rate / 100\n"
        "    p2 = (base_rate + lift) / 100\n"
        "    p_bar = (p1 + p2) / 2\n"
        "    a = Z_ALPHA * math.sqrt(2 * p_bar * (1 - p_bar))\n"
        "    b = Z_POWER * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))\n"
        "    return math.ceil((a + b) / (p2 - p1) ** 2)",
        # a missing bracket: only b divided by the gap
        "def people_per_arm(base_rate, lift):\n"
        "    p1 = base_rate / 100\n"
        "    p2 = (base_rate + lift) / 100\n"
        "    p_bar = (p1 + p2) / 2\n"
        "    a = Z_ALPHA * math.sqrt(2 * p_bar * (1 - p_bar))\n"
        "    b = Z_POWER * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))\n"
        "    return math.ceil((a + b / (p2 - p1)) ** 2)",
    ],
    # Decisions: every option but the defensible one
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
