"""Plausible wrong answers for 04b-budget-and-boosts: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

WRONG_ANSWERS = {
    "marginal_reach": [
        # forgot to divide by the step
        "def marginal_reach(curve, spend, step):\n    return curve(spend + step) - curve(spend)",
        # average reach per rupee, not marginal
        "def marginal_reach(curve, spend, step):\n    return curve(spend + step) / (spend + step)",
        # brackets missing: only curve(spend) is divided by the step
        "def marginal_reach(curve, spend, step):\n    return curve(spend + step) - curve(spend) / step",
        # spend ignored: always the first step's reach per rupee
        "def marginal_reach(curve, spend, step):\n    return (curve(step) - curve(0)) / step",
        # the first step's reach minus the reach at spend
        "def marginal_reach(curve, spend, step):\n    return (curve(step) - curve(spend)) / step",
        # Instagram's curve instead of the curve it is given
        "def marginal_reach(curve, spend, step):\n"
        '    return (curves["Instagram"](spend + step) - curves["Instagram"](spend)) / step',
        # a fixed 5000 written in place of the input step (right only when the step is ₹5,000)
        "def marginal_reach(curve, spend, step):\n    return (curve(spend + 5000) - curve(spend)) / 5000",
        # the step added, but a fixed 5000 to divide by
        "def marginal_reach(curve, spend, step):\n    return (curve(spend + step) - curve(spend)) / 5000",
    ],
    "allocate": [
        # steps of ₹1,000, not ₹5,000
        "split = split_budget(curves, 100_000, 1_000)\n"
        'next_platform = "YouTube"',
        # an equal split instead of the optimiser's
        "split = {platform: 25_000 for platform in curves}\n"
        'next_platform = "YouTube"',
        # the next ₹5,000 to the platform with the most money already
        "split = split_budget(curves, 100_000, 5_000)\n"
        "next_platform = max(split, key=split.get)",
        # the next ₹5,000 to the platform steepest at ₹0 (it got the first rupees)
        "split = split_budget(curves, 100_000, 5_000)\n"
        "next_platform = max(curves, key=lambda p: marginal_reach(curves[p], 0, 5_000))",
        # the next ₹5,000 to the platform with nothing yet, to even things out
        "split = split_budget(curves, 100_000, 5_000)\n"
        "next_platform = min(split, key=split.get)",
        # the smallest marginal reach instead of the largest
        "split = split_budget(curves, 100_000, 5_000)\n"
        "next_platform = min(split, key=lambda p: marginal_reach(curves[p], split[p], 5_000))",
        # a list holding the name, not the name
        "split = split_budget(curves, 100_000, 5_000)\n"
        "more = split_budget(curves, 105_000, 5_000)\n"
        "next_platform = [p for p in curves if more[p] > split[p]]",
        # a dictionary whose == always says True, with an equal split inside
        "class Split(dict):\n"
        "    def __eq__(self, other):\n"
        "        return True\n"
        "\n"
        "\n"
        "split = Split({platform: 25_000 for platform in curves})\n"
        'next_platform = "YouTube"',
        # text whose == always says True, naming the wrong platform
        "class Name(str):\n"
        "    def __eq__(self, other):\n"
        "        return True\n"
        "\n"
        "    __hash__ = str.__hash__\n"
        "\n"
        "\n"
        "split = split_budget(curves, 100_000, 5_000)\n"
        'next_platform = Name("Facebook")',
        # the split of the bigger budget, ₹1,05,000, kept as split
        "split = split_budget(curves, 105_000, 5_000)\n"
        'next_platform = "YouTube"',
        # the people each platform's curve projects, not the rupees
        "rupees = split_budget(curves, 100_000, 5_000)\n"
        "split = {platform: round(float(curves[platform](rupees[platform]))) for platform in rupees}\n"
        'next_platform = "YouTube"',
        # the optimiser's split turned into a pandas Series (one column), not kept as its dictionary
        "split = pd.Series(split_budget(curves, 100_000, 5_000))\n"
        'next_platform = "YouTube"',
    ],
    # Decisions: every option but the defensible one
    "split_reading": [
        # the projection read as people, and the boost split read as a reason to stop posting on X
        'split_reading = "A"',
        # the best split on the curves read as a promise
        'split_reading = "B"',
        # an equal split as fairness between platforms
        'split_reading = "D"',
    ],
    "election_action": [
        # boosts approved before the announcement left running
        'election_action = "A"',
        # Meta's authorisation taken for the Model Code of Conduct
        'election_action = "B"',
        # the boosts paused, but the service notice held back too
        'election_action = "C"',
    ],
}

_NEXT_RIGHT = "next_platform is right (YouTube), so it keeps that part's point; only split is wrong"
_SPLIT_RIGHT = "split is the optimiser's split, so it keeps that part's point; only next_platform is wrong"
PARTIAL = {
    "allocate": {
        1: _NEXT_RIGHT, 2: _NEXT_RIGHT, 8: _NEXT_RIGHT, 10: _NEXT_RIGHT, 11: _NEXT_RIGHT, 12: _NEXT_RIGHT,
        3: _SPLIT_RIGHT, 4: _SPLIT_RIGHT, 5: _SPLIT_RIGHT, 6: _SPLIT_RIGHT, 7: _SPLIT_RIGHT, 9: _SPLIT_RIGHT,
    },
}
