"""Plausible wrong answers for 05-community-standards: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

_TRIAGE_HEAD = 'def triage(text):\n    """One of the seven labels for a comment\'s text."""\n'

WRONG_ANSWERS = {
    "confusion": [
        # rows and columns swapped: the table is "what the rule said" by "the truth"
        'confusion = pd.crosstab(comments["v1"], comments["label"])\n'
        'grievance_as_abuse = confusion.loc["grievance", "abuse"]',
        # read the cell the wrong way round: abuse comments the rule called grievance
        'confusion = pd.crosstab(comments["label"], comments["v1"])\n'
        'grievance_as_abuse = confusion.loc["abuse", "grievance"]',
        # counted all grievances, not only those called abuse
        'confusion = pd.crosstab(comments["label"], comments["v1"])\n'
        'grievance_as_abuse = confusion.loc["grievance"].sum()',
        # shares instead of counts: normalize= makes every cell a fraction
        'confusion = pd.crosstab(comments["label"], comments["v1"], normalize=True)\n'
        'grievance_as_abuse = confusion.loc["grievance", "abuse"]',
        # the whole abuse column stored instead of one cell
        'confusion = pd.crosstab(comments["label"], comments["v1"])\n'
        'grievance_as_abuse = confusion["abuse"]',
        # another cell: the grievances the rule got right
        'confusion = pd.crosstab(comments["label"], comments["v1"])\n'
        'grievance_as_abuse = confusion.loc["grievance", "grievance"]',
    ],
    "precision_recall": [
        # precision and recall swapped
        "def precision_recall(true, predicted, label):\n"
        "    both = ((predicted == label) & (true == label)).sum()\n"
        "    precision = both / (true == label).sum() if (true == label).sum() else 0.0\n"
        "    recall = both / (predicted == label).sum() if (predicted == label).sum() else 0.0\n"
        "    return precision, recall",
        # accuracy for both numbers
        "def precision_recall(true, predicted, label):\n"
        "    accuracy = float((true == predicted).mean())\n"
        "    return accuracy, accuracy",
        # percentages instead of fractions, and no guard against dividing by zero
        "def precision_recall(true, predicted, label):\n"
        "    both = ((predicted == label) & (true == label)).sum()\n"
        "    return 100 * both / (predicted == label).sum(), 100 * both / (true == label).sum()",
        # rounded to 2 decimals: 0.67 is not 0.6667 (the exercise asks for at least 4 decimals)
        "def precision_recall(true, predicted, label):\n"
        "    both = int(((predicted == label) & (true == label)).sum())\n"
        "    said = int((predicted == label).sum())\n"
        "    really = int((true == label).sum())\n"
        "    precision = round(both / said, 2) if said > 0 else 0.0\n"
        "    recall = round(both / really, 2) if really > 0 else 0.0\n"
        "    return precision, recall",
        # no guard on recall: a label that never occurs gives 0 / 0, NaN
        "def precision_recall(true, predicted, label):\n"
        "    both = ((predicted == label) & (true == label)).sum()\n"
        "    said = (predicted == label).sum()\n"
        "    precision = both / said if said > 0 else 0.0\n"
        "    recall = both / (true == label).sum()\n"
        "    return precision, recall",
        # floor division: // keeps only the whole part, so 2 // 3 is 0
        "def precision_recall(true, predicted, label):\n"
        "    both = int(((predicted == label) & (true == label)).sum())\n"
        "    said = int((predicted == label).sum())\n"
        "    really = int((true == label).sum())\n"
        "    precision = both // said if said > 0 else 0.0\n"
        "    recall = both // really if really > 0 else 0.0\n"
        "    return precision, recall",
    ],
    "triage": [
        # the first rule unchanged
        _TRIAGE_HEAD + "    return triage_v1(text)",
        # the team's lists and more grievance words, but abuse still checked before grievances: angry
        # grievances ("the portal is useless") get hidden
        _TRIAGE_HEAD
        + "    t = text.lower()\n"
        "    if has_any(t, SCAM_WORDS):\n"
        "        return 'spam_scam'\n"
        "    if has_any(t, RUMOUR_WORDS):\n"
        "        return 'misinformation'\n"
        "    if count_digits(t) >= 10 or '@' in t:\n"
        "        return 'personal_data'\n"
        "    if has_any(t, ABUSE_WORDS):\n"
        "        return 'abuse'\n"
        "    if has_any(t, GRIEVANCE_WORDS + ['late mili', 'too late', 'listens', 'nhi aaya']):\n"
        "        return 'grievance'\n"
        "    if '?' in t:\n"
        "        return 'question'\n"
        "    if has_any(t, THANKS_WORDS):\n"
        "        return 'appreciation'\n"
        "    return 'question'",
        # steps 1 and 2 done, but stopped before step 3: the team's grievance list alone keeps too few
        # grievances in the queue
        _TRIAGE_HEAD
        + "    t = text.lower()\n"
        "    if has_any(t, SCAM_WORDS):\n"
        "        return 'spam_scam'\n"
        "    if has_any(t, RUMOUR_WORDS):\n"
        "        return 'misinformation'\n"
        "    if count_digits(t) >= 10 or '@' in t:\n"
        "        return 'personal_data'\n"
        "    if has_any(t, GRIEVANCE_WORDS):\n"
        "        return 'grievance'\n"
        "    if has_any(t, ABUSE_WORDS):\n"
        "        return 'abuse'\n"
        "    if '?' in t:\n"
        "        return 'question'\n"
        "    if has_any(t, THANKS_WORDS):\n"
        "        return 'appreciation'\n"
        "    return 'question'",
        # looks up the dataset's answer for each known text: right on the data, lost on new comments
        _TRIAGE_HEAD
        + "    known = dict(zip(comments['text'], comments['label'].astype(str)))\n"
        "    return known.get(text, 'question')",
        # the 12 missed grievances that mistakes() shows, pasted whole into the grievance list (issue #16: it met
        # every target, the 2026 comments reuse the 2025 sentences): entries of five or more words are refused
        _TRIAGE_HEAD
        + "    t = text.lower()\n"
        "    if has_any(t, SCAM_WORDS):\n"
        "        return 'spam_scam'\n"
        "    if has_any(t, RUMOUR_WORDS):\n"
        "        return 'misinformation'\n"
        "    if count_digits(t) >= 10 or '@' in t:\n"
        "        return 'personal_data'\n"
        "    if has_any(t, GRIEVANCE_WORDS + ['nobody listens at the block office', 'respected sir, application "
        "status shows pending for months', 'payment late mili, kya fayda jab zarurat thi tab nahi mila']):\n"
        "        return 'grievance'\n"
        "    if has_any(t, ABUSE_WORDS):\n"
        "        return 'abuse'\n"
        "    if '?' in t:\n"
        "        return 'question'\n"
        "    if has_any(t, THANKS_WORDS):\n"
        "        return 'appreciation'\n"
        "    return 'question'",
        # every 2025 grievance text added to GRIEVANCE_WORDS (in the answer cell, before the function)
        "GRIEVANCE_WORDS = GRIEVANCE_WORDS + [t.lower() for t in work.loc[work['label'] == 'grievance', 'text']]\n\n\n"
        + _TRIAGE_HEAD
        + "    t = text.lower()\n"
        "    if has_any(t, SCAM_WORDS):\n"
        "        return 'spam_scam'\n"
        "    if has_any(t, RUMOUR_WORDS):\n"
        "        return 'misinformation'\n"
        "    if count_digits(t) >= 10 or '@' in t:\n"
        "        return 'personal_data'\n"
        "    if has_any(t, GRIEVANCE_WORDS):\n"
        "        return 'grievance'\n"
        "    if has_any(t, ABUSE_WORDS):\n"
        "        return 'abuse'\n"
        "    if '?' in t:\n"
        "        return 'question'\n"
        "    if has_any(t, THANKS_WORDS):\n"
        "        return 'appreciation'\n"
        "    return 'question'",
        # step 2 skipped: triage_v1's word test for personal_data kept (a number without the word 'mobile' or
        # 'Aadhaar' is missed, a question about Aadhaar is taken for personal data)
        _TRIAGE_HEAD
        + "    t = text.lower()\n"
        "    if has_any(t, SCAM_WORDS):\n"
        "        return 'spam_scam'\n"
        "    if has_any(t, RUMOUR_WORDS):\n"
        "        return 'misinformation'\n"
        "    if has_any(t, ['aadhaar', 'aadhar', 'आधार', 'mobile', 'मोबाइल', '@']):\n"
        "        return 'personal_data'\n"
        "    if has_any(t, GRIEVANCE_WORDS + ['late mili', 'too late', 'nobody listens', 'nhi aaya']):\n"
        "        return 'grievance'\n"
        "    if has_any(t, ABUSE_WORDS):\n"
        "        return 'abuse'\n"
        "    if '?' in t:\n"
        "        return 'question'\n"
        "    if has_any(t, THANKS_WORDS):\n"
        "        return 'appreciation'\n"
        "    return 'question'",
        # one phrase of five words copied from the missed grievances (the participant review of 05-community-standards-hi,
        # December 2026): the exercise allows at most four words an entry, and the check now says so, not "a whole
        # comment"
        _TRIAGE_HEAD
        + "    t = text.lower()\n"
        "    if has_any(t, SCAM_WORDS):\n"
        "        return 'spam_scam'\n"
        "    if has_any(t, RUMOUR_WORDS):\n"
        "        return 'misinformation'\n"
        "    if count_digits(t) >= 10 or '@' in t:\n"
        "        return 'personal_data'\n"
        "    if has_any(t, GRIEVANCE_WORDS + ['late mili', 'too late', 'nobody listens', 'abhi tak kuch nhi hua']):\n"
        "        return 'grievance'\n"
        "    if has_any(t, ABUSE_WORDS):\n"
        "        return 'abuse'\n"
        "    if '?' in t:\n"
        "        return 'question'\n"
        "    if has_any(t, THANKS_WORDS):\n"
        "        return 'appreciation'\n"
        "    return 'question'",
        # remembers the 2025 comments it was tuned on: perfect on them, lost on the held-out 2026 ones
        _TRIAGE_HEAD
        + "    known = dict(zip(work['text'], work['label'].astype(str)))\n"
        "    return known.get(text, 'question')",
    ],
    # Judgement exercises (issue #16): every option but the defensible one is a recorded wrong answer.
    "auto_hide": [
        # "most of it is abuse": 62.9% precision hides the grievances the rule calls abuse, unread
        'auto_hide = "A"',
        # raising recall catches more abuse but does nothing about the comments wrongly called abuse
        'auto_hide = "B"',
        # deleting makes every mistake permanent
        'auto_hide = "D"',
    ],
    "vendor": [
        # a score on the comments the tool was trained on
        'vendor = "B"',
        # held out, but one score overall hides the grievances it would hide
        'vendor = "C"',
        # refusing without measuring
        'vendor = "D"',
    ],
}
