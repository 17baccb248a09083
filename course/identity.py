"""Identity numbers in comments: the Verhoeff check digit at the end of every Aadhaar number.

Notebook 05 uses `is_valid_aadhaar` as a tool: an officer never writes this check, but should know what
its answer means. The last of an Aadhaar number's 12 digits is a check digit computed from the other
eleven (UIDAI's white paper "A UID Numbering Scheme", Kanakia, Nadhamuni and Sarma, May 2010, proposed
11 digits and a check digit; Verhoeff's method is the one validators use). Verhoeff's check (J. Verhoeff,
"Error Detecting Decimal Codes", Mathematical Centre Tracts 29, Amsterdam, 1969) catches every single
wrong digit and every swap of two neighbouring digits, which is why forms use it to stop a mistyped
number before it is saved.

What it cannot do: say whether a number is anyone's Aadhaar number. About one random 12-digit number in
ten passes, and a number that fails may still be a real number with one digit mistyped. So it is a typing
check for forms, never a test of what is private: redact by shape (notebook 05, section 7).

    >>> is_valid_aadhaar("1234 5678 9010")
    True
    >>> is_valid_aadhaar("1234 5678 9011")
    False
    >>> check_digit("12345678901")
    '0'
"""

from __future__ import annotations

# The multiplication table of the dihedral group D5: D[c][p] combines the running value with a digit.
D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
# The permutations: the digit at position i (counted from the right, from 0) is first replaced by
# P[i % 8][digit], so that the same digit counts differently in different places.
P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
# The inverse of each element of D5: INV[c] is the digit that brings c back to 0.
INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def _running_value(digits: str, first_position: int = 0) -> int:
    c = 0
    for i, ch in enumerate(reversed(digits), start=first_position):
        c = D[c][P[i % 8][int(ch)]]
    return c


def verhoeff_ok(digits: str) -> bool:
    """True when a string of digits (any length) ends with a correct Verhoeff check digit."""
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    return _running_value(digits) == 0


def check_digit(body: str) -> str:
    """The Verhoeff check digit to append to `body` (a string of digits), as one character."""
    if not body or not body.isascii() or not body.isdigit():
        raise ValueError(f"check_digit needs a string of digits, not {body!r}")
    return str(INV[_running_value(body, first_position=1)])


def digits_of(number: str) -> str:
    """The number with its spaces and hyphens removed: "1234 5678-9010" gives "123456789010"."""
    return number.replace(" ", "").replace("-", "")


def is_valid_aadhaar(number: str) -> bool:
    """True when `number` is 12 digits (spaces and hyphens allowed anywhere) that pass the Verhoeff check.

    Anything else (another length, letters, empty text, not text at all) gives False, never an error.
    Like the notebook, it does not refuse a first digit of 0 or 1, which UIDAI never issues: the
    course's invented numbers start with 0 or 1 so that none can be a real person's.
    """
    if not isinstance(number, str):
        return False
    digits = digits_of(number)
    return len(digits) == 12 and verhoeff_ok(digits)
