"""Right answers for 08b-ai-safeguards: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them). coverage_at, threshold_choice,
privacy_miss and ai_label came from 08-automation-and-ai with their answers.
"""

_COVERAGE_DEMO = "\n\n\ncoverage_at(results, 0.9)"
_FACTS_HEAD = '''def wrong_facts(draft, schemes):
    official = schemes[schemes["scheme"] == draft["scheme"]].iloc[0]   # the draft's scheme: its row
    wrong = []
'''
_FACTS_DEMO = """

for i in range(len(ai_drafts)):
    print(ai_drafts.loc[i, "draft"], ai_drafts.loc[i, "scheme"], wrong_facts(ai_drafts.iloc[i], schemes))"""

RIGHT_ANSWERS = {
    "coverage_at": [
        # the mask's mean for coverage, .loc for the decided rows
        "def coverage_at(results, threshold):\n"
        '    decided = results["confidence"] >= threshold\n'
        "    coverage = decided.mean() * 100\n"
        '    right = results.loc[decided, "predicted"] == results.loc[decided, "label"]\n'
        '    return {"coverage": float(coverage), "accuracy": float(right.mean() * 100)}' + _COVERAGE_DEMO,
        # query, and numpy floats left as they are
        "def coverage_at(results, threshold):\n"
        '    sure = results.query("confidence >= @threshold")\n'
        '    accuracy = (sure["predicted"] == sure["label"]).mean() * 100\n'
        '    return {"coverage": 100 * len(sure) / len(results), "accuracy": accuracy}' + _COVERAGE_DEMO,
        # counts of rows, the dictionary filled key by key
        "def coverage_at(results, threshold):\n"
        '    sure = results[results["confidence"] >= threshold]\n'
        '    n_right = int((sure["predicted"] == sure["label"]).sum())\n'
        "    answer = {}\n"
        '    answer["coverage"] = sure.shape[0] / results.shape[0] * 100\n'
        '    answer["accuracy"] = n_right / len(sure) * 100 if len(sure) else float("nan")\n'
        "    return answer" + _COVERAGE_DEMO,
        # both rounded to 2 decimals, as the exercise allows
        "def coverage_at(results, threshold):\n"
        '    sure = results[results["confidence"] >= threshold]\n'
        '    coverage = round(len(sure) / len(results) * 100, 2)\n'
        '    accuracy = round(float((sure["predicted"] == sure["label"]).mean() * 100), 2)\n'
        '    return {"coverage": coverage, "accuracy": accuracy}' + _COVERAGE_DEMO,
    ],
    # a decision: the defensible letter written another way (lower case, brackets, full stop, the option's words)
    "threshold_choice": ['threshold_choice = "c"', 'threshold_choice = "(C)"', 'threshold_choice = "C."',
        'threshold_choice = "0.95"'],
    # a decision: the defensible letter written another way (lower case, brackets, full stop, the option's words)
    "privacy_miss": ['privacy_miss = "c"', 'privacy_miss = "(C)"', 'privacy_miss = "C."',
        'privacy_miss = "hide, answer privately, change the rule"'],
    # a decision: the defensible letter written another way (lower case, brackets, full stop, the option's words)
    "ai_label": ['ai_label = "b"', 'ai_label = "(B)"', 'ai_label = "B."',
        'ai_label = "post it labelled"'],
    "wrong_facts": [
        # the scheme's row by set_index and .loc, the facts in another order
        '''def wrong_facts(draft, schemes):
    official = schemes.set_index("scheme").loc[draft["scheme"]]
    wrong = []
    if draft["deadline"] != "":
        wrong.append("deadline")
    if draft["link_domain"] != official["source_domain"]:
        wrong.append("link")
    if draft["group"] != official["target_group"]:
        wrong.append("group")
    if draft["amount_inr"] != official["invented_benefit_inr"]:
        wrong.append("amount")
    return wrong
''' + _FACTS_DEMO,
        # a loop over (name, draft column, table column) triples; len() for the deadline
        _FACTS_HEAD + '''    pairs = [("amount", "amount_inr", "invented_benefit_inr"), ("group", "group", "target_group"),
             ("link", "link_domain", "source_domain")]
    for fact, mine, theirs in pairs:
        if draft[mine] != official[theirs]:
            wrong.append(fact)
    if len(draft["deadline"]) > 0:
        wrong.append("deadline")
    return wrong
''' + _FACTS_DEMO,
        # not ==, and the amounts compared as whole numbers
        _FACTS_HEAD + '''    if not int(draft["amount_inr"]) == int(official["invented_benefit_inr"]):
        wrong.append("amount")
    if not draft["group"] == official["target_group"]:
        wrong.append("group")
    if not draft["link_domain"] == official["source_domain"]:
        wrong.append("link")
    if draft["deadline"]:
        wrong.append("deadline")
    return wrong
''' + _FACTS_DEMO,
    ],
    # a decision: the defensible letter written another way (lower case, brackets, full stop, the option's words)
    "ai_draft_action": ['ai_draft_action = "d"', 'ai_draft_action = "(D)"', 'ai_draft_action = "D."',
        'ai_draft_action = "correct from the official source, then approval"'],
}
