"""Right answers for 09-digital-governance: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

_DUE = "def rti_due(received, life_or_liberty):\n"
_OVERDUE = "def overdue(table, today):\n"

RIGHT_ANSWERS = {
    "rti_due": [
        # 48 hours written as 2 days, with else
        _DUE + "    if life_or_liberty == True:\n        deadline = received + pd.Timedelta(days=2)\n"
               "    else:\n        deadline = received + pd.Timedelta(days=30)\n    return deadline",
        # Python's own timedelta, in one line
        "from datetime import timedelta\n\n\n"
        + _DUE + "    return received + (timedelta(hours=48) if life_or_liberty else timedelta(days=30))",
        # pandas' DateOffset
        _DUE + "    if life_or_liberty:\n        return received + pd.DateOffset(hours=48)\n"
               "    return received + pd.DateOffset(days=30)",
        # `is True`: the checks pass Python's True and False, as the exercise says
        _DUE + "    if life_or_liberty is True:\n        return received + pd.Timedelta(hours=48)\n"
               "    return received + pd.Timedelta(days=30)",
        # Python's own datetime: the same moment, in another type
        _DUE + "    hours = 48 if life_or_liberty else 30 * 24\n"
               "    return (received + pd.Timedelta(hours=hours)).to_pydatetime()",
        # the course tool, once found
        "from course.governance import rti_due as _tool\n\n\n" + _DUE + "    return _tool(received, life_or_liberty)",
    ],
    "which_law": ['which_law = "c"', 'which_law = "(C)"', 'which_law = "RTI, Grievance Act, Public Services Act"'],
    "overdue": [
        # .loc with ~ and notna, then nsmallest
        _OVERDUE + '    keep = ~table["replied_at"].notna() & (table["due"] < today)\n'
                   '    late = table.loc[keep]\n    return late.nsmallest(len(late), "due")',
        # two steps with names
        _OVERDUE + '    no_reply = table[table["replied_at"].isna()]\n'
                   '    passed = no_reply[no_reply["due"] < today]\n'
                   '    return passed.sort_values("due", ascending=True)',
        # .isnull() and .lt(today), the method form of <, which needs no brackets
        _OVERDUE + '    late = table.loc[table["replied_at"].isnull() & table["due"].lt(today)].copy()\n'
                   '    return late.sort_values(by="due")',
        # pd.isna and a fresh index
        _OVERDUE + '    late = table[pd.isna(table["replied_at"]) & (today > table["due"])]\n'
                   '    return late.sort_values("due").reset_index(drop=True)',
    ],
    "next_step": ['next_step = "a"', 'next_step = "option A"', 'next_step = "A."'],
    "personal_data": ['personal_data = "c"', 'personal_data = "Option C"'],
    "accessible": ['accessible = "a"', 'accessible = "text, alt text, captions, contrast"'],
}
