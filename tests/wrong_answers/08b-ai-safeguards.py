"""Plausible wrong answers for 08b-ai-safeguards: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
coverage_at, threshold_choice, privacy_miss and ai_label came from 08-automation-and-ai with their answers.
"""

_FACTS_HEAD = '''def wrong_facts(draft, schemes):
    official = schemes[schemes["scheme"] == draft["scheme"]].iloc[0]   # the draft's scheme: its row
    wrong = []
'''
_FACTS_DEMO = """

for i in range(len(ai_drafts)):
    print(ai_drafts.loc[i, "draft"], ai_drafts.loc[i, "scheme"], wrong_facts(ai_drafts.iloc[i], schemes))"""

WRONG_ANSWERS = {
    "coverage_at": [
        # strictly above the threshold
        '''def coverage_at(results, threshold):
    sure = results[results["confidence"] > threshold]
    return {"coverage": float(len(sure) / len(results) * 100),
            "accuracy": float((sure["predicted"] == sure["label"]).mean() * 100)}
''',
        # accuracy over all comments, not only those the machine decides
        '''def coverage_at(results, threshold):
    sure = results[results["confidence"] >= threshold]
    return {"coverage": float(len(sure) / len(results) * 100),
            "accuracy": float((results["predicted"] == results["label"]).mean() * 100)}
''',
        # fractions instead of percentages
        '''def coverage_at(results, threshold):
    sure = results[results["confidence"] >= threshold]
    return {"coverage": float(len(sure) / len(results)),
            "accuracy": float((sure["predicted"] == sure["label"]).mean())}
''',
        # the example's threshold typed in: right at 0.9 only (a participant's review, #16)
        '''def coverage_at(results, threshold):
    sure = results[results["confidence"] >= 0.9]
    return {"coverage": float(len(sure) / len(results) * 100),
            "accuracy": float((sure["predicted"] == sure["label"]).mean() * 100)}
''',
        # a tuple instead of a dict (the chart below then says to fix Exercise 1, not a bare KeyError)
        '''def coverage_at(results, threshold):
    sure = results[results["confidence"] >= threshold]
    return (float(len(sure) / len(results) * 100), float((sure["predicted"] == sure["label"]).mean() * 100))
''',
        # the keys written with capitals (a participant's review): the check names the keys, and the chart
        # cell below says to fix Exercise 1 instead of stopping with a KeyError
        '''def coverage_at(results, threshold):
    sure = results[results["confidence"] >= threshold]
    return {"Coverage": float(len(sure) / len(results) * 100),
            "Accuracy": float((sure["predicted"] == sure["label"]).mean() * 100)}
''',
        # fractions rounded to 4 decimals: the check says a percentage is asked, not to count the rows again
        '''def coverage_at(results, threshold):
    sure = results[results["confidence"] >= threshold]
    return {"coverage": round(len(sure) / len(results), 4),
            "accuracy": round(float((sure["predicted"] == sure["label"]).mean()), 4)}
''',
        # rounded to 1 decimal: 66.7 is not 66.67 (2 decimals asked)
        '''def coverage_at(results, threshold):
    sure = results[results["confidence"] >= threshold]
    return {"coverage": round(len(sure) / len(results) * 100, 1),
            "accuracy": round(float((sure["predicted"] == sure["label"]).mean() * 100), 1)}
''',
    ],
    # a decision: each letter other than the defensible C loses the points
    "threshold_choice": ['threshold_choice = "A"', 'threshold_choice = "B"', 'threshold_choice = "D"'],
    # a decision: each letter other than the defensible C loses the points
    "privacy_miss": ['privacy_miss = "A"', 'privacy_miss = "B"', 'privacy_miss = "D"'],
    # a decision: each letter other than the defensible B loses the points
    "ai_label": ['ai_label = "A"', 'ai_label = "C"', 'ai_label = "D"'],
    "wrong_facts": [
        # the link compared with `in`: a look-alike that contains the official name passes (D4, H-drafts)
        _FACTS_HEAD + '''    if draft["amount_inr"] != official["invented_benefit_inr"]:
        wrong.append("amount")
    if draft["group"] != official["target_group"]:
        wrong.append("group")
    if official["source_domain"] not in draft["link_domain"]:
        wrong.append("link")
    if draft["deadline"] != "":
        wrong.append("deadline")
    return wrong
''' + _FACTS_DEMO,
        # the draft's fact compared with the whole column of the table, not the scheme's own row (#17):
        # "the truth value of a Series is ambiguous"; the check names the cause
        _FACTS_HEAD + '''    if draft["amount_inr"] != schemes["invented_benefit_inr"]:
        wrong.append("amount")
    if draft["group"] != schemes["target_group"]:
        wrong.append("group")
    if draft["link_domain"] != schemes["source_domain"]:
        wrong.append("link")
    if draft["deadline"] != "":
        wrong.append("deadline")
    return wrong
''',
        # the deadline forgotten
        _FACTS_HEAD + '''    if draft["amount_inr"] != official["invented_benefit_inr"]:
        wrong.append("amount")
    if draft["group"] != official["target_group"]:
        wrong.append("group")
    if draft["link_domain"] != official["source_domain"]:
        wrong.append("link")
    return wrong
''' + _FACTS_DEMO,
        # "is not None" for the deadline: an empty deadline "" is not None, so every draft gets one
        _FACTS_HEAD + '''    if draft["amount_inr"] != official["invented_benefit_inr"]:
        wrong.append("amount")
    if draft["group"] != official["target_group"]:
        wrong.append("group")
    if draft["link_domain"] != official["source_domain"]:
        wrong.append("link")
    if draft["deadline"] is not None:
        wrong.append("deadline")
    return wrong
''' + _FACTS_DEMO,
        # the first scheme of the table for every draft, not the draft's own scheme
        '''def wrong_facts(draft, schemes):
    official = schemes.iloc[0]
    wrong = []
    if draft["amount_inr"] != official["invented_benefit_inr"]:
        wrong.append("amount")
    if draft["group"] != official["target_group"]:
        wrong.append("group")
    if draft["link_domain"] != official["source_domain"]:
        wrong.append("link")
    if draft["deadline"] != "":
        wrong.append("deadline")
    return wrong
''' + _FACTS_DEMO,
        # the facts that agree, not the ones that disagree
        _FACTS_HEAD + '''    if draft["amount_inr"] == official["invented_benefit_inr"]:
        wrong.append("amount")
    if draft["group"] == official["target_group"]:
        wrong.append("group")
    if draft["link_domain"] == official["source_domain"]:
        wrong.append("link")
    if draft["deadline"] == "":
        wrong.append("deadline")
    return wrong
''' + _FACTS_DEMO,
        # the notebook's own schemes table instead of the one the function is given
        '''def wrong_facts(draft, table):
    official = schemes[schemes["scheme"] == draft["scheme"]].iloc[0]
    wrong = []
    if draft["amount_inr"] != official["invented_benefit_inr"]:
        wrong.append("amount")
    if draft["group"] != official["target_group"]:
        wrong.append("group")
    if draft["link_domain"] != official["source_domain"]:
        wrong.append("link")
    if draft["deadline"] != "":
        wrong.append("deadline")
    return wrong
''' + _FACTS_DEMO,
        # a `return` inside each `if` (a participant's review): only the first difference comes back; the check
        # on a draft whose four facts all differ says so, not that "deadline" is missing
        _FACTS_HEAD + '''    if draft["amount_inr"] != official["invented_benefit_inr"]:
        wrong.append("amount")
        return wrong
    if draft["group"] != official["target_group"]:
        wrong.append("group")
        return wrong
    if draft["link_domain"] != official["source_domain"]:
        wrong.append("link")
        return wrong
    if draft["deadline"] != "":
        wrong.append("deadline")
    return wrong
''' + _FACTS_DEMO,
        # the table loaded again inside the function (a participant's review): right on the course's table, wrong
        # on the one the check gives; the message says to use the function's input, not load()
        '''def wrong_facts(draft, schemes):
    schemes = load("schemes")
    official = schemes[schemes["scheme"] == draft["scheme"]].iloc[0]
    wrong = []
    if draft["amount_inr"] != official["invented_benefit_inr"]:
        wrong.append("amount")
    if draft["group"] != official["target_group"]:
        wrong.append("group")
    if draft["link_domain"] != official["source_domain"]:
        wrong.append("link")
    if draft["deadline"] != "":
        wrong.append("deadline")
    return wrong
''' + _FACTS_DEMO,
        # the deadline compared with the table (a participant's review): the table has no deadline column, so a
        # KeyError; the hint for a missing deadline says what a deadline is here
        _FACTS_HEAD + '''    if draft["amount_inr"] != official["invented_benefit_inr"]:
        wrong.append("amount")
    if draft["group"] != official["target_group"]:
        wrong.append("group")
    if draft["link_domain"] != official["source_domain"]:
        wrong.append("link")
    if draft["deadline"] != official["deadline"]:
        wrong.append("deadline")
    return wrong
''' + _FACTS_DEMO,
        # the names joined into one text instead of a list
        _FACTS_HEAD + '''    if draft["amount_inr"] != official["invented_benefit_inr"]:
        wrong.append("amount")
    if draft["group"] != official["target_group"]:
        wrong.append("group")
    if draft["link_domain"] != official["source_domain"]:
        wrong.append("link")
    if draft["deadline"] != "":
        wrong.append("deadline")
    return ", ".join(wrong)
''' + _FACTS_DEMO,
    ],
    # a decision: each letter other than the defensible D loses the points
    "ai_draft_action": ['ai_draft_action = "A"', 'ai_draft_action = "B"', 'ai_draft_action = "C"'],
}
