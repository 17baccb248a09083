"""course.identity: the Verhoeff check that notebook 05 uses as a tool."""

import doctest
import itertools
import random

import pytest

import course.identity
from course.identity import check_digit, digits_of, is_valid_aadhaar, verhoeff_ok


def _by_hand(digits: str) -> bool:
    """The check exactly as notebook 05's "How it works" section writes it out."""
    c = 0
    for i, ch in enumerate(digits[::-1]):
        c = course.identity.D[c][course.identity.P[i % 8][int(ch)]]
    return c == 0


def test_docstring_examples():
    assert doctest.testmod(course.identity).failed == 0


@pytest.mark.parametrize("number, valid", [
    ("2363", True),                 # the classic worked example (not 12 digits: only verhoeff_ok says True)
    ("2364", False),
    ("123456789010", True),
    ("123456789011", False),
])
def test_verhoeff_ok_on_known_numbers(number, valid):
    assert verhoeff_ok(number) is valid


def test_check_digit_is_the_one_digit_that_passes():
    rng = random.Random(5)
    for _ in range(300):
        body = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 15)))
        passing = [d for d in "0123456789" if _by_hand(body + d)]
        assert passing == [check_digit(body)]
        assert verhoeff_ok(body + check_digit(body))


def test_catches_every_single_wrong_digit_and_every_neighbour_swap():
    rng = random.Random(16)
    for _ in range(200):
        body = "1" + "".join(rng.choice("0123456789") for _ in range(10))
        number = body + check_digit(body)
        assert is_valid_aadhaar(number)
        for position, digit in itertools.product(range(12), "0123456789"):
            typo = number[:position] + digit + number[position + 1:]
            assert is_valid_aadhaar(typo) is (typo == number)
        for position in range(11):
            swapped = number[:position] + number[position + 1] + number[position] + number[position + 2:]
            assert is_valid_aadhaar(swapped) is (swapped == number)


def test_about_one_random_number_in_ten_passes():
    rng = random.Random(2026)
    numbers = ["".join(rng.choice("0123456789") for _ in range(12)) for _ in range(20000)]
    share = sum(map(is_valid_aadhaar, numbers)) / len(numbers)
    assert 0.09 < share < 0.11


@pytest.mark.parametrize("number, valid", [
    ("1234 5678 9010", True), ("1234-5678-9010", True), ("12 34 5678 9010", True), ("123456 789010", True),
    ("1234 5678 9011", False),
    ("2363", False),                          # passes the check, but is not 12 digits
    ("12345678901", False), ("1234567890100", False),
    ("1234 5678 901A", False), ("", False), ("   ", False), ("१२३४५६७८९०१०", False),  # Devanagari digits
    (None, False), (123456789010, False),    # not text at all: False, not an error
])
def test_is_valid_aadhaar_shapes(number, valid):
    assert is_valid_aadhaar(number) is valid


def test_digits_of_removes_spaces_and_hyphens_only():
    assert digits_of(" 1234-5678 9010 ") == "123456789010"
    assert digits_of("12.34") == "12.34"


def test_check_digit_refuses_what_is_not_digits():
    for bad in ["", "12a", "१२"]:
        with pytest.raises(ValueError):
            check_digit(bad)
