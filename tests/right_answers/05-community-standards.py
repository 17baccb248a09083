"""Right answers for 05-community-standards: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
    "confusion": [
        # named arguments, .at and int() for one cell
        'confusion = pd.crosstab(index=comments["label"], columns=comments["v1"])\n'
        'grievance_as_abuse = int(confusion.at["grievance", "abuse"])\n'
        "confusion",
        # groupby + size + unstack instead of crosstab
        'confusion = comments.groupby(["label", "v1"]).size().unstack(fill_value=0)\n'
        'grievance_as_abuse = confusion.loc["grievance", "abuse"]\n'
        "confusion",
        # attribute access, column then row with brackets
        "confusion = pd.crosstab(comments.label, comments.v1)\n"
        'grievance_as_abuse = confusion["abuse"]["grievance"]\n'
        "confusion",
        # with a row and a column of totals (margins=True), which the exercise allows
        'confusion = pd.crosstab(comments["label"], comments["v1"], margins=True)\n'
        'grievance_as_abuse = confusion.loc["grievance", "abuse"]\n'
        "confusion",
        # totals under another name (margins_name="Total")
        'confusion = pd.crosstab(comments["label"], comments["v1"], margins=True, margins_name="Total")\n'
        'grievance_as_abuse = confusion.loc["grievance", "abuse"]\n'
        "confusion",
    ],
    "precision_recall": [
        # a loop over the pairs, counting by hand
        "def precision_recall(true, predicted, label):\n"
        "    both = said = really = 0\n"
        "    for t, p in zip(true, predicted):\n"
        "        if p == label:\n"
        "            said += 1\n"
        "        if t == label:\n"
        "            really += 1\n"
        "        if p == label and t == label:\n"
        "            both += 1\n"
        "    precision = both / said if said > 0 else 0.0\n"
        "    recall = both / really if really > 0 else 0.0\n"
        "    return precision, recall",
        # the mean of a mask, guarded with .any()
        "def precision_recall(true, predicted, label):\n"
        "    said = predicted == label\n"
        "    really = true == label\n"
        "    precision = (true[said] == label).mean() if said.any() else 0.0\n"
        "    recall = (predicted[really] == label).mean() if really.any() else 0.0\n"
        "    return precision, recall",
        # int counts, try / except for the empty cases
        "def precision_recall(true, predicted, label):\n"
        "    both = int((predicted.eq(label) & true.eq(label)).sum())\n"
        "    try:\n"
        "        precision = both / int(predicted.eq(label).sum())\n"
        "    except ZeroDivisionError:\n"
        "        precision = 0.0\n"
        "    try:\n"
        "        recall = both / int(true.eq(label).sum())\n"
        "    except ZeroDivisionError:\n"
        "        recall = 0.0\n"
        "    return (precision, recall)",
        # rounded to 4 decimals, as the exercise allows
        "def precision_recall(true, predicted, label):\n"
        "    both = ((predicted == label) & (true == label)).sum()\n"
        "    said = (predicted == label).sum()\n"
        "    really = (true == label).sum()\n"
        "    precision = round(float(both / said), 4) if said else 0.0\n"
        "    recall = round(float(both / really), 4) if really else 0.0\n"
        "    return precision, recall",
        # a numpy array of the two numbers: any pair of two numbers will do
        "import numpy as np\n\n\n"
        "def precision_recall(true, predicted, label):\n"
        "    both = ((predicted == label) & (true == label)).sum()\n"
        "    said = (predicted == label).sum()\n"
        "    really = (true == label).sum()\n"
        "    return np.array([both / said if said else 0.0, both / really if really else 0.0])",
        # a list of two instead of a tuple, which the exercise allows
        "def precision_recall(true, predicted, label):\n"
        "    both = ((predicted == label) & (true == label)).sum()\n"
        "    said = (predicted == label).sum()\n"
        "    really = (true == label).sum()\n"
        "    precision = both / said if said > 0 else 0.0\n"
        "    recall = both / really if really > 0 else 0.0\n"
        "    return [precision, recall]",
    ],
    "triage": [
        # the team's lists checked in a loop over (label, words) pairs, two phrases added
        "MORE = [\"late mili\", \"listens\"]\n"
        "FIRST = [(\"spam_scam\", SCAM_WORDS), (\"misinformation\", RUMOUR_WORDS)]\n"
        "THEN = [(\"grievance\", GRIEVANCE_WORDS + MORE), (\"abuse\", ABUSE_WORDS)]\n\n\n"
        "def triage(text):\n"
        "    t = text.lower()\n"
        "    for label, words in FIRST:\n"
        "        if has_any(t, words):\n"
        "            return label\n"
        '    if count_digits(t) >= 10 or "@" in t:\n'
        '        return "personal_data"\n'
        "    for label, words in THEN:\n"
        "        if has_any(t, words):\n"
        "            return label\n"
        '    if "?" in t:\n'
        '        return "question"\n'
        "    if has_any(t, THANKS_WORDS):\n"
        '        return "appreciation"\n'
        '    return "question"',
        # any() written out, digits counted with a regular expression, elif chain, one return
        "import re\n\n\n"
        "def triage(text):\n"
        "    t = text.lower()\n"
        '    grievance_words = GRIEVANCE_WORDS + ["too late", "nhi aaya"]\n'
        "    if any(word in t for word in SCAM_WORDS):\n"
        '        label = "spam_scam"\n'
        "    elif any(word in t for word in RUMOUR_WORDS):\n"
        '        label = "misinformation"\n'
        '    elif len(re.findall(r"[0-9]", t)) >= 10 or "@" in t:\n'
        '        label = "personal_data"\n'
        "    elif any(word in t for word in grievance_words):\n"
        '        label = "grievance"\n'
        "    elif any(word in t for word in ABUSE_WORDS):\n"
        '        label = "abuse"\n'
        '    elif "?" in t:\n'
        '        label = "question"\n'
        "    elif any(word in t for word in THANKS_WORDS):\n"
        '        label = "appreciation"\n'
        "    else:\n"
        '        label = "question"\n'
        "    return label",
        # one regular expression per word list (escaped words joined with |), three phrases added
        "import re\n\n\n"
        "def pattern(words):\n"
        '    return re.compile("|".join(re.escape(w) for w in words))\n\n\n'
        "SPAM_RE, RUMOUR_RE = pattern(SCAM_WORDS), pattern(RUMOUR_WORDS)\n"
        'GRIEVANCE_RE = pattern(GRIEVANCE_WORDS + ["late", "listens", "nhi aaya"])\n'
        "ABUSE_RE, THANKS_RE = pattern(ABUSE_WORDS), pattern(THANKS_WORDS)\n\n\n"
        "def triage(text):\n"
        "    t = text.lower()\n"
        "    if SPAM_RE.search(t):\n"
        '        return "spam_scam"\n'
        "    if RUMOUR_RE.search(t):\n"
        '        return "misinformation"\n'
        '    if count_digits(t) >= 10 or "@" in t:\n'
        '        return "personal_data"\n'
        "    if GRIEVANCE_RE.search(t):\n"
        '        return "grievance"\n'
        "    if ABUSE_RE.search(t):\n"
        '        return "abuse"\n'
        '    if "?" in t:\n'
        '        return "question"\n'
        "    if THANKS_RE.search(t):\n"
        '        return "appreciation"\n'
        '    return "question"',
        # a docstring and an f-string message of many words inside the function: not a list of whole comments
        "def triage(text):\n"
        '    """Sort one comment into a label, in the order the team agreed for the queue."""\n'
        "    if not isinstance(text, str):\n"
        '        raise TypeError(f"triage needs a comment as text, but it was given {type(text).__name__}")\n'
        "    t = text.lower()\n"
        "    if has_any(t, SCAM_WORDS):\n"
        '        return "spam_scam"\n'
        "    if has_any(t, RUMOUR_WORDS):\n"
        '        return "misinformation"\n'
        '    if count_digits(t) >= 10 or "@" in t:\n'
        '        return "personal_data"\n'
        '    if has_any(t, GRIEVANCE_WORDS + ["late", "listens", "nhi aaya"]):\n'
        '        return "grievance"\n'
        "    if has_any(t, ABUSE_WORDS):\n"
        '        return "abuse"\n'
        '    if "?" in t:\n'
        '        return "question"\n'
        "    if has_any(t, THANKS_WORDS):\n"
        '        return "appreciation"\n'
        '    return "question"',
        # a phrase of exactly four words, the most an entry may have (the review of 05-community-standards-hi
        # tried five): kept
        "def triage(text):\n"
        "    t = text.lower()\n"
        "    if has_any(t, SCAM_WORDS):\n"
        '        return "spam_scam"\n'
        "    if has_any(t, RUMOUR_WORDS):\n"
        '        return "misinformation"\n'
        '    if count_digits(t) >= 10 or "@" in t:\n'
        '        return "personal_data"\n'
        '    if has_any(t, GRIEVANCE_WORDS + ["late mili", "too late", "nobody listens", "abhi tak kuch nhi"]):\n'
        '        return "grievance"\n'
        "    if has_any(t, ABUSE_WORDS):\n"
        '        return "abuse"\n'
        '    if "?" in t:\n'
        '        return "question"\n'
        "    if has_any(t, THANKS_WORDS):\n"
        '        return "appreciation"\n'
        '    return "question"',
    ],
    # Judgement exercises (issue #16): the letter written another way, or the option's words pasted.
    "auto_hide": [
        'auto_hide = "c"',
        'auto_hide = "(C)"',
        'auto_hide = ("Don\'t hide automatically: the rule puts what it calls abuse in a queue, and a person "\n'
        '             "reads each comment before hiding it.")',
    ],
    "vendor": [
        'vendor = "a"',
        'vendor = "A."',
        'vendor = "option A"',
        'vendor = "A, because a score on new comments that counts the hidden grievances is the fair test"',
    ],
}
