"""Plausible wrong answers for 05b-privacy-and-actions: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

WRONG_ANSWERS = {
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
        # .sub called but its result not kept: the emails stay (.sub gives back a new text)
        "def redact(text):\n"
        "    EMAIL.sub('[email]', text)\n"
        "    text = AADHAAR_LIKE.sub('[id]', text)\n"
        "    return PHONE.sub('[phone]', text)",
        # each replacement made on the original text, so only the last one counts
        "def redact(text):\n"
        "    result = EMAIL.sub('[email]', text)\n"
        "    result = AADHAAR_LIKE.sub('[id]', text)\n"
        "    result = PHONE.sub('[phone]', text)\n"
        "    return result",
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
        # Aadhaar-shaped numbers before emails: "102511112222.raj@example.com" becomes "[id][email]"; the
        # exercise's example (no 12 digits in its email) passed, so the visible check now tries such an email
        # too, and the hidden cases show the expected text (participant review of 05b-hi)
        "def redact(text):\n"
        "    text = AADHAAR_LIKE.sub('[id]', text)\n"
        "    text = EMAIL.sub('[email]', text)\n"
        "    return PHONE.sub('[phone]', text)",
        # the markers in capitals: the exercise asks for exactly [email], [phone] and [id], lower case
        "def redact(text):\n"
        "    text = EMAIL.sub('[EMAIL]', text)\n"
        "    text = AADHAAR_LIKE.sub('[ID]', text)\n"
        "    return PHONE.sub('[PHONE]', text)",
    ],
    "id_number": [
        # "fails the check, so not an Aadhaar number": the check catches typing mistakes, nothing more
        'id_number = "A"',
        # the words around a number decide what it is
        'id_number = "C"',
        # asks for an Aadhaar number in public
        'id_number = "D"',
    ],
    "own_number": [
        # a public reply leaves the numbers public
        'own_number = "A"',
        # hiding alone: the old table, the request leaves the grievance queue
        'own_number = "B"',
        # deleting a request for help
        'own_number = "C"',
    ],
}
