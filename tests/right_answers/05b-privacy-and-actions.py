"""Right answers for 05b-privacy-and-actions: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
    "redact": [
        # in the order the bullets list them: email, phone, then Aadhaar-shaped
        "def redact(text):\n"
        '    text = EMAIL.sub("[email]", text)\n'
        '    text = PHONE.sub("[phone]", text)\n'
        '    text = AADHAAR_LIKE.sub("[id]", text)\n'
        "    return text",
        # one nested expression, a new name for the result
        "def redact(text):\n"
        '    clean = PHONE.sub("[phone]", AADHAAR_LIKE.sub("[id]", EMAIL.sub("[email]", text)))\n'
        "    return clean",
        # a loop over (pattern, replacement) pairs, with re.sub
        "def redact(text):\n"
        '    for pattern, tag in [(EMAIL, "[email]"), (AADHAAR_LIKE, "[id]"), (PHONE, "[phone]")]:\n'
        "        text = re.sub(pattern, tag, text)\n"
        "    return text",
    ],
    "id_number": [
        'id_number = " b "',
        'id_number = "(B)"',
        'id_number = "With the citizen\'s consent, redact both numbers and blur their name and photo before posting."',
    ],
    "own_number": [
        'own_number = "d"',
        'own_number = "[D]"',
        'own_number = "Hide it, reply privately, and put the request in the grievance queue."',
    ],
}
