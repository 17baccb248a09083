"""Plausible wrong answers for 09-digital-governance: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

_DUE = "def rti_due(received, life_or_liberty):\n"
_OVERDUE = "def overdue(table, today):\n"

WRONG_ANSWERS = {
    "rti_due": [
        # 48 days instead of 48 hours
        _DUE + "    if life_or_liberty:\n        return received + pd.Timedelta(days=48)\n"
               "    return received + pd.Timedelta(days=30)",
        # the urgent rule forgotten: 30 days for everyone
        _DUE + "    return received + pd.Timedelta(days=30)",
        # the condition the wrong way round
        _DUE + "    if not life_or_liberty:\n        return received + pd.Timedelta(hours=48)\n"
               "    return received + pd.Timedelta(days=30)",
        # 30 working days, as for a grievance
        "from course.governance import add_working_days\n\n\n"
        + _DUE + "    if life_or_liberty:\n        return received + pd.Timedelta(hours=48)\n"
                 "    return add_working_days(received, 30)",
        # the length of time, not the deadline
        _DUE + "    if life_or_liberty:\n        return pd.Timedelta(hours=48)\n    return pd.Timedelta(days=30)",
        # a bare number: 30 and 48 nanoseconds
        _DUE + "    if life_or_liberty:\n        return received + pd.Timedelta(48)\n"
               "    return received + pd.Timedelta(30)",
        # 30 working days with the holidays
        "from course.governance import add_working_days\n\n\n"
        + _DUE + "    if life_or_liberty:\n        return received + pd.Timedelta(hours=48)\n"
                 "    return add_working_days(received, 30, holidays)",
        # .date(): the day without its clock time (the urgent deadline is to the hour)
        _DUE + "    if life_or_liberty:\n        return (received + pd.Timedelta(hours=48)).date()\n"
               "    return (received + pd.Timedelta(days=30)).date()",
        # the time zone dropped: a naive date and time, which cannot be compared with the register's
        _DUE + "    if life_or_liberty:\n        return received.tz_localize(None) + pd.Timedelta(hours=48)\n"
               "    return received.tz_localize(None) + pd.Timedelta(days=30)",
        # a date that claims to equal every date
        "class Anything(pd.Timestamp):\n"
        "    def __eq__(self, other):\n"
        "        return True\n\n\n"
        + _DUE + "    return Anything(received)",
    ],
    "which_law": ['which_law = "A"', 'which_law = "B"', 'which_law = "D"'],
    "overdue": [
        # the reply forgotten: cases answered late are listed too
        _OVERDUE + '    return table[table["due"] < today].sort_values("due")',
        # the deadline forgotten: every case without a reply, pending ones included
        _OVERDUE + '    return table[table["replied_at"].isna()].sort_values("due")',
        # notna instead of isna: the answered cases
        _OVERDUE + '    return table[(table["replied_at"].notna()) & (table["due"] < today)].sort_values("due")',
        # | (or) instead of & (and): answered cases and cases not yet due slip in
        _OVERDUE + '    return table[(table["replied_at"].isna()) | (table["due"] < today)].sort_values("due")',
        # not sorted: the register's order of receipt
        _OVERDUE + '    return table[(table["replied_at"].isna()) & (table["due"] < today)]',
        # the ids only
        _OVERDUE + '    late = table[(table["replied_at"].isna()) & (table["due"] < today)]\n'
                   '    return list(late.sort_values("due")["case_id"])',
        # three columns only, though the exercise says keep all of them
        _OVERDUE + '    late = table[(table["replied_at"].isna()) & (table["due"] < today)]\n'
                   '    return late.sort_values("due")[["case_id", "due", "replied_at"]]',
        # == None, which is never True: nothing is listed
        _OVERDUE + '    return table[(table["replied_at"] == None) & (table["due"] < today)].sort_values("due")',
        # no brackets around the comparison: & runs before <
        _OVERDUE + '    return table[table["replied_at"].isna() & table["due"] < today].sort_values("due")',
        # <= instead of <: a case due at this very moment is listed, though its deadline has not passed
        _OVERDUE + '    return table[(table["replied_at"].isna()) & (table["due"] <= today)].sort_values("due")',
        # the notebook's `register` instead of the parameter `table`: right on the register, wrong on any other table
        _OVERDUE + '    late = register[(register["replied_at"].isna()) & (register["due"] < today)]\n'
                   '    return late.sort_values("due")',
        # the seven case ids overdue on 30 April typed in by hand: right on the register that day only
        _OVERDUE + '    late = ["RTI-007", "RTI-040", "GRV-005", "GRV-007", "GRV-008", "RTI-056", "GRV-018"]\n'
                   '    return table[table["case_id"].isin(late) & (table["due"] < today)].sort_values("due")',
        # a fixed date instead of the parameter `today`: right on 30 April only
        _OVERDUE + '    now = pd.Timestamp("2026-04-30 17:00", tz="Asia/Kolkata")\n'
                   '    return table[(table["replied_at"].isna()) & (table["due"] < now)].sort_values("due")',
    ],
    "next_step": ['next_step = "B"', 'next_step = "C"', 'next_step = "D"'],
    "personal_data": ['personal_data = "A"', 'personal_data = "B"', 'personal_data = "D"'],
    "accessible": ['accessible = "B"', 'accessible = "C"', 'accessible = "D"'],
}
