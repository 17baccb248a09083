"""Right answers for 04b-budget-and-boosts: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
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
        # the next ₹5,000 by the participant's own marginal_reach (Exercise 1) at each platform's spend
        "split = split_budget(curves, 100_000, 5_000)\n"
        "next_platform = max(split, key=lambda platform: marginal_reach(curves[platform], split[platform], 5_000))",
        # read off the split and typed in, keyword arguments, a plain number for the budget
        "split = split_budget(curves, total=100000, step=5000)\n"
        "print(split)\n"
        'next_platform = "YouTube"',
        # the gain of each platform between the two budgets, lower case
        "split = split_budget(curves, 100_000, 5_000)\n"
        "more = split_budget(curves, 105_000, 5_000)\n"
        "gains = {platform: more[platform] - split[platform] for platform in split}\n"
        "next_platform = max(gains, key=gains.get).lower()",
        # the course's own marginal_reach, a loop that keeps the best so far, a copy of the split
        "from course import budget\n"
        "\n"
        "split = dict(split_budget(curves, 100_000, 5_000))\n"
        "best_gain = 0\n"
        "for platform in split:\n"
        "    gain = budget.marginal_reach(curves[platform], split[platform], 5_000)\n"
        "    if gain > best_gain:\n"
        "        best_gain = gain\n"
        "        next_platform = platform",
    ],
    # Decisions: the letter written as a participant might
    "split_reading": ['split_reading = "c"', 'split_reading = "(C)"', 'split_reading = "option C"'],
    "election_action": ['election_action = "d"', 'election_action = "(D)"', 'election_action = "D."'],
}
