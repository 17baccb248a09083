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
        # grievance words added, but still checked after the abuse words: angry grievances get hidden
        _TRIAGE_HEAD
        + "    t = text.lower()\n"
        "    if has_any(t, ['http', 'click', 'lucky draw', 'kamao', 'whatsapp', 'job', 'recharge', 'लॉटरी']):\n"
        "        return 'spam_scam'\n"
        "    if has_any(t, ['forward', 'sabko', 'सबको', 'आगे भेज', 'share widely', 'shut down', 'fee']):\n"
        "        return 'misinformation'\n"
        "    if count_digits(t) >= 10 or '@' in t:\n"
        "        return 'personal_data'\n"
        "    if has_any(t, ['useless', 'bekar', 'बेकार', 'shame', 'sharam', 'nikamme', 'bakwas', 'fools',\n"
        "                   'clowns', 'bewakoof', 'worst']):\n"
        "        return 'abuse'\n"
        "    if has_any(t, ['nahi aaya', 'नहीं आ', 'pending', 'portal', 'पोर्टल', 'site', 'सुनवाई',\n"
        "                   'sunvai', 'listens', 'jawab nahi', 'no reply', 'late', 'missed', 'no response']):\n"
        "        return 'grievance'\n"
        "    if '?' in t:\n"
        "        return 'question'\n"
        "    return 'appreciation'",
        # looks up the dataset's answer for each known text: right on the data, lost on new comments
        _TRIAGE_HEAD
        + "    known = dict(zip(comments['text'], comments['label'].astype(str)))\n"
        "    return known.get(text, 'question')",
        # remembers the 2025 comments it was tuned on: perfect on them, lost on the held-out 2026 ones
        _TRIAGE_HEAD
        + "    known = dict(zip(work['text'], work['label'].astype(str)))\n"
        "    return known.get(text, 'question')",
    ],
    "is_valid_aadhaar": [
        # forgot to read the digits from the right
        "def is_valid_aadhaar(number):\n"
        "    digits = number.replace(' ', '').replace('-', '')\n"
        "    if len(digits) != 12 or not digits.isdigit():\n"
        "        return False\n"
        "    c = 0\n"
        "    for i, ch in enumerate(digits):\n"
        "        c = D[c][P[i % 8][int(ch)]]\n"
        "    return c == 0",
        # positions counted from 1 instead of 0
        "def is_valid_aadhaar(number):\n"
        "    digits = number.replace(' ', '').replace('-', '')\n"
        "    if len(digits) != 12 or not digits.isdigit():\n"
        "        return False\n"
        "    c = 0\n"
        "    for i, ch in enumerate(digits[::-1], start=1):\n"
        "        c = D[c][P[i % 8][int(ch)]]\n"
        "    return c == 0",
        # only checks the shape, never the check digit
        "def is_valid_aadhaar(number):\n"
        "    digits = number.replace(' ', '').replace('-', '')\n"
        "    return len(digits) == 12 and digits.isdigit()",
        # no length check: 11- or 13-digit numbers can pass
        "def is_valid_aadhaar(number):\n"
        "    digits = number.replace(' ', '').replace('-', '')\n"
        "    if not digits.isdigit():\n"
        "        return False\n"
        "    c = 0\n"
        "    for i, ch in enumerate(digits[::-1]):\n"
        "        c = D[c][P[i % 8][int(ch)]]\n"
        "    return c == 0",
        # removes the spaces but not the hyphens: "1234-5678-9010", as the comments write it, gives False
        "def is_valid_aadhaar(number):\n"
        "    digits = number.replace(' ', '')\n"
        "    if len(digits) != 12 or not digits.isdigit():\n"
        "        return False\n"
        "    c = 0\n"
        "    for i, ch in enumerate(digits[::-1]):\n"
        "        c = D[c][P[i % 8][int(ch)]]\n"
        "    return c == 0",
        # no shape check at all: stops with a ValueError on letters instead of giving False
        "def is_valid_aadhaar(number):\n"
        "    digits = number.replace(' ', '').replace('-', '')\n"
        "    c = 0\n"
        "    for i, ch in enumerate(digits[::-1]):\n"
        "        c = D[c][P[i % 8][int(ch)]]\n"
        "    return c == 0",
        # the length of the text as typed, not of its digits: "12 34 5678 9010" (spaces elsewhere) gives False
        "def is_valid_aadhaar(number):\n"
        "    if len(number) not in (12, 14):\n"
        "        return False\n"
        "    digits = number.replace(' ', '').replace('-', '')\n"
        "    if len(digits) != 12 or not digits.isdigit():\n"
        "        return False\n"
        "    c = 0\n"
        "    for i, ch in enumerate(digits[::-1]):\n"
        "        c = D[c][P[i % 8][int(ch)]]\n"
        "    return c == 0",
        # P[i] without % 8: P has 8 rows, a 12-digit number has positions up to 11 (IndexError)
        "def is_valid_aadhaar(number):\n"
        "    digits = number.replace(' ', '').replace('-', '')\n"
        "    if len(digits) != 12 or not digits.isdigit():\n"
        "        return False\n"
        "    c = 0\n"
        "    for i, ch in enumerate(digits[::-1]):\n"
        "        c = D[c][P[i][int(ch)]]\n"
        "    return c == 0",
    ],
    "redact": [
        # redacts only the numbers that pass the check: a mistyped Aadhaar or an application number
        # stays public (redaction goes by shape, not by validity)
        "def redact(text):\n"
        "    text = EMAIL.sub('[email]', text)\n"
        "    for found in AADHAAR_LIKE.findall(text):\n"
        "        if is_valid_aadhaar(found):\n"
        "            text = text.replace(found, '[id]')\n"
        "    return PHONE.sub('[phone]', text)",
        # emails last: "ramesh0451236789@example.com" becomes "ramesh[phone]@example.com", and half the
        # address stays public (an email can contain a number, so emails go first)
        "def redact(text):\n"
        "    text = PHONE.sub('[phone]', text)\n"
        "    text = AADHAAR_LIKE.sub('[id]', text)\n"
        "    return EMAIL.sub('[email]', text)",
        # forgot emails
        "def redact(text):\n"
        "    text = AADHAAR_LIKE.sub('[id]', text)\n"
        "    return PHONE.sub('[phone]', text)",
        # own patterns: only 4-4-4 with spaces, and only mobiles starting 6 to 9
        "import re\n"
        "def redact(text):\n"
        "    text = EMAIL.sub('[email]', text)\n"
        "    text = re.sub(r'\\d{4} \\d{4} \\d{4}', '[id]', text)\n"
        "    return re.sub(r'(\\+91[ -]?)?[6-9]\\d{4} ?\\d{5}', '[phone]', text)",
        # the markers in capitals: the exercise asks for exactly [email], [phone] and [id], lower case
        "def redact(text):\n"
        "    text = EMAIL.sub('[EMAIL]', text)\n"
        "    text = AADHAAR_LIKE.sub('[ID]', text)\n"
        "    return PHONE.sub('[PHONE]', text)",
    ],
    "decide_action": [
        # hides angry grievances: the mistake this module is about
        "def decide_action(label):\n"
        "    if label in ['appreciation', 'question', 'misinformation']:\n"
        "        return 'reply'\n"
        "    if label in ['abuse', 'personal_data', 'grievance']:\n"
        "        return 'hide'\n"
        "    if label == 'spam_scam':\n"
        "        return 'delete'\n"
        "    return 'escalate'",
        # deletes misinformation instead of correcting it, and replies to unknown labels
        "def decide_action(label):\n"
        "    if label in ['misinformation', 'spam_scam']:\n"
        "        return 'delete'\n"
        "    if label == 'personal_data':\n"
        "        return 'hide and escalate'\n"
        "    if label == 'abuse':\n"
        "        return 'hide'\n"
        "    if label == 'grievance':\n"
        "        return 'escalate'\n"
        "    return 'reply'",
        # a dictionary read with [label]: an unknown label stops with a KeyError instead of "escalate"
        "ACTIONS = {'appreciation': 'reply', 'question': 'reply', 'misinformation': 'reply',\n"
        "           'grievance': 'escalate', 'abuse': 'hide', 'personal_data': 'hide and escalate',\n"
        "           'spam_scam': 'delete'}\n"
        "def decide_action(label):\n"
        "    return ACTIONS[label]",
        # the old table: a citizen's own number is only hidden, so the request leaves the grievance queue
        "def decide_action(label):\n"
        "    if label in ['appreciation', 'question', 'misinformation']:\n"
        "        return 'reply'\n"
        "    if label in ['abuse', 'personal_data']:\n"
        "        return 'hide'\n"
        "    if label == 'spam_scam':\n"
        "        return 'delete'\n"
        "    return 'escalate'",
        # the actions in capitals: "Escalate" is not "escalate" where the queue is filtered
        "def decide_action(label):\n"
        "    if label in ['appreciation', 'question', 'misinformation']:\n"
        "        return 'Reply'\n"
        "    if label == 'personal_data':\n"
        "        return 'Hide and escalate'\n"
        "    if label == 'abuse':\n"
        "        return 'Hide'\n"
        "    if label == 'spam_scam':\n"
        "        return 'Delete'\n"
        "    return 'Escalate'",
    ],
}
