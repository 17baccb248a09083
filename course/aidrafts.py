"""Posts an AI tool drafted for the department's pages, and the facts each one states (module 08b).

Officers now ask AI tools to draft and translate scheme posts. A draft reads well and is often wrong on
the facts that matter to a citizen: the amount, who can apply, the link, a date. Module 08b has the
officer compare each draft's facts with the `schemes` table (`course.data.load("schemes")`), which stands
in for the scheme's official record.

`drafts()` gives one row per draft: its text and, in their own columns, the facts the text states, as a
careful reader would underline them:

- `amount_inr`: the amount in rupees the draft promises;
- `group`: who the draft says the scheme is for (the words of the table's `target_group` when it is right);
- `link_domain`: the website its link points to (the part between `https://` and the next `/`);
- `deadline`: a last date the draft names, or `""` when it names none (the table gives no deadlines).

All drafts are invented for teaching, like the amounts in the `schemes` table (its card says so). Their
errors are the ones AI drafts make: a wrong amount, a wrong group, a look-alike web address, a deadline
nobody announced. `tests/test_aidrafts.py` checks that every fact in the columns is written in the text.

    >>> from course.aidrafts import drafts
    >>> drafts().loc[0, ["draft", "scheme", "amount_inr"]].tolist()
    ['D1', 'Mahila Rozgar', 10000]
"""
from __future__ import annotations

import pandas as pd

COLUMNS = ["draft", "scheme", "text", "amount_inr", "group", "link_domain", "deadline"]
FACTS = ["amount", "group", "link", "deadline"]  # the facts an officer checks, in this order

_DRAFTS = [
    ("D1", "Mahila Rozgar",
     "Mukhyamantri Mahila Rozgar Yojana: ₹10,000 to start a livelihood, for women of the household. "
     "Details and the application: https://state.bihar.gov.in/mahila-rozgar #MahilaRozgar",
     10000, "women of the household", "state.bihar.gov.in", ""),
    ("D2", "Kanya Utthan",
     "बेटियों की पढ़ाई के लिए मुख्यमंत्री कन्या उत्थान योजना! ₹50,000 for girls, from birth to graduation. "
     "Apply before 31 March 2026: https://state.bihar.gov.in/kanya-utthan #KanyaUtthan",
     50000, "girls, from birth to graduation", "state.bihar.gov.in", "31 March 2026"),
    ("D3", "Student Credit Card",
     "Dream big! Bihar Student Credit Card gives up to ₹4,00,000 for students after class 10. "
     "Register today at https://state-bihar-gov.in/student-credit-card #StudentCreditCard",
     400000, "students after class 10", "state-bihar-gov.in", ""),
    ("D4", "Vriddhajan Pension",
     "Mukhyamantri Vriddhajan Pension Yojana: ₹1,000 every month for elderly residents, paid to the bank "
     "account. Check your status: https://state.bihar.gov.in.pension-status.com/check #VriddhajanPension",
     1000, "elderly residents", "state.bihar.gov.in.pension-status.com", ""),
    ("D5", "JEEViKA",
     "JEEViKA supports all rural women with ₹30,000 to grow their work. Join by 15 January 2026! "
     "https://brlps.in/join #JEEViKA",
     30000, "all rural women", "brlps.in", "15 January 2026"),
]


def drafts() -> pd.DataFrame:
    """The AI drafts of this week's scheme posts, one row each, with the facts each one states."""
    table = pd.DataFrame(_DRAFTS, columns=COLUMNS)
    return table.astype({"amount_inr": "int64"})


def rupees(amount: int) -> str:
    """An amount as Indian posts write it: ₹4,00,000 (lakh grouping), ₹10,000, ₹1,000."""
    digits = str(int(amount))
    if len(digits) <= 3:
        return f"₹{digits}"
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return "₹" + ",".join(groups + [tail])
