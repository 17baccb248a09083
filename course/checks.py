"""Checks for exercises: one piece of code for the participant's self-check and for the grader.

Every check raises `CheckFailed` (an AssertionError, so nbgrader counts it as a failed test) with a
message a non-programmer can act on, and returns quietly when the answer is right. Checks look at
the *type* first and the value second, so an object that claims to equal everything cannot pass.

    from course.checks import expect_number, passed
    expect_number(median_reach, 1840, name="median_reach")
    passed("median_reach")

Warnings never cost points. nbgrader scores a test cell that writes anything to stderr as 0, and a
warning (pandas' "deprecated", say) goes to stderr. So every check, and `call` around the participant's
function, runs with warnings switched off; and in a notebook kernel this module sends the warnings
raised elsewhere (the test cell's own lines, the participant's cells) to stdout, where the participant
still reads them and nbgrader does not count them.
"""

from __future__ import annotations

import difflib
import functools
import inspect
import math
import re
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from course.i18n import language, translate

__all__ = [
    "CheckFailed",
    "call",
    "expect_bool",
    "expect_choice",
    "expect_columns",
    "expect_decision",
    "expect_equal",
    "expect_figure",
    "expect_frame",
    "expect_function",
    "expect_list",
    "expect_number",
    "expect_series",
    "expect_text",
    "expect_true",
    "passed",
    "recorded",
]


def _quietly(check: Callable[..., Any]) -> Callable[..., Any]:
    """Run `check` with warnings ignored: a warning would reach stderr and zero the test cell.

    `simplefilter("ignore")` inside `catch_warnings` also outranks a participant's own
    `warnings.simplefilter("error")`, so a warning cannot become an exception inside a check either.
    """

    @functools.wraps(check)
    def quiet(*args: Any, **kwargs: Any) -> Any:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return check(*args, **kwargs)

    return quiet


def _show_warning_on_stdout(message, category, filename, lineno, file=None, line=None) -> None:
    """warnings.showwarning for notebook kernels: the participant sees the warning, nbgrader ignores it."""
    if file is not None and file is not sys.__stderr__ and file is not sys.stderr:
        file.write(warnings.formatwarning(message, category, filename, lineno, line))
        return
    sys.stdout.write(f"⚠️ Warning (not an error): {category.__name__}: {message}\n")


def _warnings_to_stdout_in_kernels() -> None:
    # Only inside IPython (a notebook kernel): a trainer's command-line tools keep stderr for warnings.
    ipython = sys.modules.get("IPython")
    if ipython is not None and ipython.get_ipython() is not None:
        warnings.showwarning = _show_warning_on_stdout


class CheckFailed(AssertionError):
    """An answer did not pass a check. The message says what is wrong and how to fix it."""

    def __init__(self, message: str, hint: str | None = None):
        # In an edition in another language (course.i18n), the message and the hint in that language.
        # The English words stay readable as `.english`, for a check that reads what another check said
        # (e.g. the error inside "`f` stopped with an error when called: ..."), whatever the edition's language.
        self.english = message if not hint else message + "\nHint: " + hint
        message, hint = translate(message), translate(hint)
        label = "संकेत" if language() == "hi" else "Hint"
        text = message if not hint else f"{message}\n{label}: {hint}"
        super().__init__(text)
        self.hint = hint


def _say(text: str) -> None:
    """Print a message to the participant, in the edition's language."""
    print(translate(text))


def passed(name: str, note: str = "") -> None:
    """Tell the participant a check passed (the grader ignores printed text)."""
    print(translate(f"✅ `{name}` looks right. {note}").rstrip())


def recorded(name: str, value: Any = None) -> None:
    """Tell the participant a decision was recorded; whether it is the defensible one is graded later."""
    shown = f" ({_letter_of(value) or value!r})" if value is not None else ""
    _say(f"📝 `{name}` is recorded{shown}. Whether it is the most defensible choice is checked when your work "
          "is graded; the feedback then explains every option.")


# ----------------------------------------------------------------------------------------------
# Not attempted / forgot return


def _not_attempted(value: Any) -> bool:
    return value is Ellipsis or value is None


def _require_answer(value: Any, name: str) -> None:
    if value is None:
        raise CheckFailed(
            f"`{name}` is None (nothing): either the cell above has not run yet, or the value came from "
            "something that shows a result without giving it back, such as `print(...)`.",
            f"write `{name} = ...` with the calculation itself (no print), run the cell with Shift+Enter, "
            "then run this check again.",
        )
    if _not_attempted(value):
        raise CheckFailed(
            f"`{name}` has no answer yet: it still holds the placeholder `...`.",
            "write your answer in the cell above, run it with Shift+Enter, then run this check again.",
        )



# ----------------------------------------------------------------------------------------------
# Precision (README, "Numbers")

ROUNDING_HINT = ("your method looks right. Don't round the answer itself: keep the full value and round only "
                 "when you display it (e.g. `print(round(x, 2))`, or `.round(2)` on a table).")


def tolerance(places: int) -> float:
    """Half a unit of the `places`-th decimal, and a hair more for binary floating point."""
    return 0.5 * 10.0 ** -places * (1 + 1e-9) + 1e-12


def _close(got: float, want: float, *, places: int | None, rel_tol: float = 1e-6, abs_tol: float = 1e-9) -> bool:
    if places is not None:
        return abs(got - want) <= tolerance(places)
    return math.isclose(got, want, rel_tol=rel_tol, abs_tol=abs_tol)


def _rounded_to(got: float, want: float, most: int = 6) -> int | None:
    """The number of decimals `got` is `want` rounded to (0 to `most`), or None if it is not a rounding."""
    if not (math.isfinite(got) and math.isfinite(want)):
        return None
    for k in range(most + 1):
        if k == 0 and abs(want) < 1:
            continue  # 0 for a fraction is more often a wrong method than a rounding
        scaled = got * 10**k
        if abs(scaled - round(scaled)) <= 1e-6 * max(1.0, abs(scaled)) and abs(got - want) <= tolerance(k):
            return k if got != want else None
    return None


def _cut_to(got: float, want: float, most: int = 6) -> int | None:
    """The decimals (1 to `most`) after which `want` was cut off (not rounded) to give `got`, or None.
    1.44 for 1.4466 (rounded, it is 1.45): the method is right, the last digit is not."""
    if not (math.isfinite(got) and math.isfinite(want)) or got == want:
        return None
    for k in range(1, most + 1):
        scaled = got * 10**k
        if abs(scaled - round(scaled)) > 1e-6 * max(1.0, abs(scaled)):
            continue  # got has more than k decimals
        cut = math.trunc(want * 10**k) / 10**k
        return k if abs(cut - got) <= 1e-9 * max(1.0, abs(got)) and abs(round(want, k) - got) > 1e-12 else None
    return None


def _decimals(k: int) -> str:
    return "a whole number" if k == 0 else f"{k} decimal place{'s' if k > 1 else ''}"


def _rounding_words(got: float, want: float, k: int) -> str:
    """How `got` was rounded, in words: when a finer rounding gives the same number (1.9667 to 2.0 is both a whole
    number and 1 decimal place), the finest, "or fewer", so the message never blames the wrong rounding."""
    finest = max((j for j in range(k, 7) if abs(round(want, j) - got) <= 1e-9 * max(1.0, abs(got))), default=k)
    return _decimals(finest) + (" or fewer" if finest > k else "")


def _too_coarse(places: int | None) -> str:
    if places is None:
        return "not precise enough here: give the unrounded value"
    if places == 0:
        return "rounded too far here: round no further than a whole number"
    return f"too coarse here: keep at least {_decimals(places)}"


def _values_rounded_to(got: Any, want: Any) -> int | None:
    """For two equal-shaped Series/DataFrames: the decimals `got` is `want` rounded to, if it is."""
    try:
        g = np.asarray(got, dtype=float).ravel()
        w = np.asarray(want, dtype=float).ravel()
    except (TypeError, ValueError):
        return None
    if g.shape != w.shape or not len(g):
        return None
    found = None
    for a, b in zip(g, w, strict=True):
        if math.isnan(a) and math.isnan(b):
            continue
        if _close(float(a), float(b), places=None):
            continue
        k = _rounded_to(float(a), float(b))
        if k is None:
            return None
        found = k if found is None else max(found, k)
    return found


# ----------------------------------------------------------------------------------------------
# Types


def _is_real_number(value: Any) -> bool:
    # Exact numeric types only: a subclass could redefine == and fool the comparison.
    if isinstance(value, bool | np.bool_):
        return False
    return type(value) in (int, float) or (
        isinstance(value, np.integer | np.floating) and type(value).__module__ == "numpy"
    )


def _type_name(value: Any) -> str:
    return type(value).__name__


def _a_type(value: Any) -> str:
    """What a value is, in words a non-programmer knows, with its article: "a whole number (int64)"."""
    name = _type_name(value)
    if isinstance(value, bool | np.bool_):
        return f"a True/False value ({name})"
    if isinstance(value, int | np.integer):
        return f"a whole number ({name})"
    if isinstance(value, float | np.floating):
        return f"a decimal number ({name})"
    if isinstance(value, str):
        return "text (str)" if type(value) in (str, np.str_) else f"an object that imitates text ({name})"
    if isinstance(value, pd.DataFrame):
        return "a table (DataFrame)"
    if isinstance(value, pd.Series):
        return "a column of values (Series)"
    if isinstance(value, pd.Index):
        return f"an index, the labels of rows or columns ({name})"
    if isinstance(value, pd.Timestamp):
        return "a date and time (Timestamp)"
    if isinstance(value, list):
        return "a list (list)"
    if isinstance(value, tuple):
        return "several values in brackets, separated by commas (tuple)"
    if isinstance(value, dict):
        return "a dictionary (dict)"
    if isinstance(value, np.ndarray):
        return "an array of values without labels (numpy ndarray)"
    if inspect.ismethod(value) or inspect.isbuiltin(value) or type(value).__name__ == "method-wrapper":
        return f"a method not yet called ({name}): add brackets to call it, e.g. `.median()`"
    if callable(value) and not isinstance(value, type):
        return f"a function ({name})"
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


@_quietly
def expect_number(
    value: Any,
    expected: float | None = None,
    *,
    name: str,
    rel_tol: float = 1e-6,
    abs_tol: float = 1e-9,
    places: int | None = None,
    integer: bool = False,
    minimum: float | None = None,
    maximum: float | None = None,
    hint: str | None = None,
) -> None:
    """A plain number (int or float, not text, not a table), optionally equal to `expected`.

    The precision policy (README, "Numbers"): with `places=N`, any value within half a unit of the N-th
    decimal of `expected` passes, so an answer rounded to N or more decimals is right; without it the
    value must match to `rel_tol`. Either way, an answer that is `expected` rounded more coarsely is
    told exactly that, never sent to rethink a correct method.
    """
    _require_answer(value, name)
    if isinstance(value, pd.Series | pd.DataFrame):
        raise CheckFailed(
            f"`{name}` should be a single number, but it is a whole {_type_name(value)} "
            f"with {_rows(len(value))}.",
            hint or "pick one value out of it, e.g. with .sum(), .median() or .loc[...].",
        )
    if isinstance(value, str):
        raise CheckFailed(
            f"`{name}` should be a number, but it is text: {value!r}.",
            hint or "remove the quotation marks, or compute the value with pandas.",
        )
    if not _is_real_number(value):
        if isinstance(value, tuple) and hint is None:
            hint = "a comma at the end of the line (or between values) makes several values: remove it."
        raise CheckFailed(f"`{name}` should be a number, but it is {_a_type(value)}.", hint)
    number = float(value)
    if math.isnan(number):
        raise CheckFailed(
            f"`{name}` is NaN (not a number): the calculation met a missing value or divided 0 by 0.",
            hint,
        )
    if integer and not float(number).is_integer():
        raise CheckFailed(f"`{name}` should be a whole number; yours is {number}.", hint)
    if minimum is not None and number < minimum:
        raise CheckFailed(f"`{name}` should be at least {minimum}; yours is {number:g}.", hint)
    if maximum is not None and number > maximum:
        raise CheckFailed(f"`{name}` should be at most {maximum}; yours is {number:g}.", hint)
    if expected is None:
        return
    if _close(number, float(expected), places=places, rel_tol=rel_tol, abs_tol=abs_tol):
        return
    rounded = _rounded_to(number, float(expected))
    if rounded is not None:
        raise CheckFailed(f"`{name}` is {number:g}: it looks like the right value rounded to "
                          f"{_rounding_words(number, float(expected), rounded)}, which is {_too_coarse(places)}.", ROUNDING_HINT)
    message = f"`{name}` is {number:g}, which is not the expected value."
    ratio = number / float(expected) if float(expected) else None
    cut = _cut_to(number, float(expected))
    if hint is None and cut is not None:
        hint = (f"it looks like the right value, cut off after {_decimals(cut)} instead of rounded: "
                f"use round(..., {cut}), or better, do not round at all.")
    if hint is None and ratio is not None:
        if math.isclose(ratio, 0.01, rel_tol=1e-3):
            hint = "it looks like a fraction: multiply by 100 to get a percentage."
        elif math.isclose(ratio, 100, rel_tol=1e-3):
            hint = "it looks 100 times too big: is it already a percentage?"
    raise CheckFailed(message, hint)


@_quietly
def expect_text(value: Any, expected: str | None = None, *, name: str, choices: Sequence[str] | None = None,
                case_sensitive: bool = False, hint: str | None = None) -> None:
    """A piece of text (a str), optionally one of `choices` or equal to `expected`."""
    _require_answer(value, name)
    if type(value) is np.str_:  # numpy's text (an element of an array of names) is text
        value = str(value)
    if type(value) is not str:
        raise CheckFailed(f"`{name}` should be text (in quotes), but it is {_a_type(value)}.", hint)
    if not value.strip():
        raise CheckFailed(f"`{name}` is empty.", hint or "write your answer between the quotes.")

    def norm(text: str) -> str:
        return text.strip() if case_sensitive else text.strip().casefold()

    if choices is not None and norm(value) not in {norm(c) for c in choices}:
        raise CheckFailed(
            f"`{name}` is {value!r}, which is not one of the options: {', '.join(map(repr, choices))}.",
            hint or "copy one option exactly, including spelling.",
        )
    if expected is not None and norm(value) != norm(expected):
        raise CheckFailed(f"`{name}` is {value!r}, which is not the expected answer.", hint)


@_quietly
def expect_choice(value: Any, expected: str, *, name: str, choices: Sequence[str], hint: str | None = None):
    """One of a fixed set of options, and the right one."""
    expect_text(value, name=name, choices=choices, hint=hint)
    expect_text(value, expected, name=name, hint=hint)


EXPLANATION = "📘 "  # marks a decision's explanation: the feedback keeps these lines of a hidden test
_LETTER_NOISE = " \t\n\"'`()[]{}.:;,-"


def _example(options: dict[str, str]) -> str:
    """The letter a hint writes as its example: the last option's, with "if you chose" (never a suggestion)."""
    return list(options)[-1]


def _word_hint(value: str, name: str, options: dict[str, str]) -> str | None:
    """A hint for a word in place of a letter ("median") when exactly one option's words hold it."""
    word = value.strip().strip(_LETTER_NOISE).casefold()
    if not word or len(word) > 60:
        return None
    found = [key for key, label in options.items() if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", label.casefold())]
    if len(found) != 1:
        return None
    (key,) = found
    return f'"{value.strip()}" is in option {key} ({options[key]}): if that is your choice, write its letter, {name} = "{key}"'

_DEVANAGARI_LETTERS = {"ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ़": "F", "एफ": "F"}


def _letter_of(value: Any, options: Sequence[str] | None = None) -> str | None:
    """The option letter a participant meant: "B", "b", " (B) ", "B.", "option B" all mean B."""
    if type(value) is not str:
        return None
    text = value.strip(_LETTER_NOISE)
    if text.casefold().startswith("option "):
        text = text[len("option "):].strip(_LETTER_NOISE)
    text = _DEVANAGARI_LETTERS.get(text, text)  # "बी": the letter B as it is said and written in Hindi
    if len(text) == 1 and text.isalpha():
        letter = text.upper()
        return letter if options is None or letter in options else None
    return None


@_quietly
def expect_decision(value: Any, *, name: str, options: dict[str, str], right: str | None = None,
                    why: dict[str, str] | None = None, hint: str | None = None) -> None:
    """A judgement exercise: the letter of one option and, when `right` is given, the defensible one.

    `options` maps each letter to a short label ("A": "hide the comment"). The visible check gives only
    `options` (is it a valid choice?); the hidden test gives `right` and `why`, which says for each other
    letter why it is not the defensible choice (and, under the right letter itself, why it is). That
    explanation is the teaching, shown in the feedback whatever the participant chose.
    A participant may write the letter in any case, with brackets or a full stop, or paste the option's
    label exactly.
    """
    _require_answer(value, name)
    letters = ", ".join(options)
    if type(value) is np.str_:  # numpy's text is text
        value = str(value)
    if type(value) is not str:
        raise CheckFailed(f"`{name}` should be one letter in quotes (one of {letters}), but it is "
                          f"{_a_type(value)}.", hint or f'write the letter of your choice between quotes, e.g. {name} = "{_example(options)}" if you chose {_example(options)} (one of {letters})')
    letter = _letter_of(value, options)
    if letter is None:
        by_label = {label.strip(_LETTER_NOISE).casefold(): key for key, label in options.items()}
        letter = by_label.get(value.strip().strip(_LETTER_NOISE).casefold())
    if letter is None:  # "C) check the page in the app": a letter, then (part of) its option's words
        found = re.match(r"\s*\(?([A-Za-z])\s*[).:-]\s+(.+)", value, re.S)
        if found and found.group(1).upper() in options:
            words = found.group(2).strip(_LETTER_NOISE).casefold()
            label = options[found.group(1).upper()].strip(_LETTER_NOISE).casefold()
            if words and (label.startswith(words) or words.startswith(label)):
                letter = found.group(1).upper()
    if letter is None:  # "B, because it reaches people in time": a letter, then the participant's reason
        found = re.match(r"\s*(?:option\s+)?\(?([A-Za-z])\)?\s*[,;:\u2013\u2014-]\s+(\S.*)", value, re.S | re.I)
        if found and found.group(1).upper() in options and not re.search(
                rf"\b[{''.join(options)}]\b", found.group(2)):  # "A, or B" names two options: not one choice
            letter = found.group(1).upper()
    if letter is None:
        if right is not None:  # graded: the feedback still explains every option, as the notebook promises
            reason = (why or {}).get(right)
            if reason:
                _say(f"{EXPLANATION}Why {right} ({options[right]}): {_sentence(reason)}")
            for key, text in (why or {}).items():
                if key != right and key in options:
                    _say(f"{EXPLANATION}Why not {key} ({options[key]}): {_sentence(text)}")
        raise CheckFailed(f"`{name}` is {value!r}, which is not one of the options {letters}.",
                          hint or _word_hint(value, name, options) or f'write just the letter of your choice between the quotes, e.g. {name} = "{_example(options)}" if you chose {_example(options)} (one of {letters})')
    reason = (why or {}).get(right) if right is not None else None  # why[right]: why the defensible one is
    if right is not None and letter != right:
        # The feedback explains every option: the other wrong ones too (kept as 📘 lines), then this one.
        if reason:
            _say(f"{EXPLANATION}Why {right} ({options[right]}): {_sentence(reason)}")
        for key, text in (why or {}).items():
            if key not in (letter, right) and key in options:
                _say(f"{EXPLANATION}Why not {key} ({options[key]}): {_sentence(text)}")
        because = (why or {}).get(letter, "it is not the most defensible choice here.")
        raise CheckFailed(f"`{name}` is {letter} ({options[letter]}). {_sentence(because)} The defensible "
                          f"choice is {right} ({options[right]}).", hint)
    if right is not None:  # a right choice still learns why the others are not (kept in the feedback)
        lines = [translate(f"{EXPLANATION}`{name}` is {right} ({options[right]}), the defensible choice.")
                 + (f" {translate(_sentence(reason))}" if reason else "")]
        # The same sentence as after a wrong choice, so an edition finds it (the option and the reason inside it).
        lines += [translate(f"{EXPLANATION}Why not {key} ({options[key]}): {_sentence(text)}")
                  for key, text in (why or {}).items() if key != right and key in options]
        print("\n".join(lines))


def _sentence(text: str) -> str:
    """An explanation as a sentence: a capital letter first."""
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


@_quietly
def expect_true(condition: bool, message: str, hint: str | None = None) -> None:
    """A free-form condition, for checks the helpers above do not cover."""
    if condition is not True and not (isinstance(condition, np.bool_) and bool(condition)):
        raise CheckFailed(message, hint)


@_quietly
def expect_bool(value: Any, expected: bool | None = None, *, name: str, message: str | None = None,
                hint: str | None = None) -> None:
    """True or False: Python's bool or numpy's (pandas comparisons give numpy's), never text or 0/1.

    A wrong type gets its own message, whatever `message` says: the answer's type is the real cause.
    `message` and `hint` explain a wrong value.
    """
    _require_answer(value, name)
    if type(value) is not bool and type(value) is not np.bool_:
        if isinstance(value, str):
            what = f"text ({value!r})"
        elif _is_real_number(value):
            what = f"the number {value!r}"
        else:
            what = _a_type(value)
        raise CheckFailed(
            f"`{name}` should answer True or False, but it gave {what}.",
            "return True or False themselves (no quotes, not 1 or 0), or a comparison such as `a < b`.",
        )
    if expected is not None and bool(value) is not expected:
        raise CheckFailed(message or f"`{name}` is {bool(value)}, which is not right.", hint)


@_quietly
def expect_list(value: Any, expected: Sequence[Any] | None = None, *, name: str, length: int | None = None,
                ordered: bool = True, hint: str | None = None) -> None:
    """A Python list, optionally of a given length and equal to `expected` (order optional)."""
    _require_answer(value, name)
    if type(value) is not list:
        extra = " (use square brackets [...] for a list)" if isinstance(value, tuple | set) else ""
        raise CheckFailed(f"`{name}` should be a list{extra}, but it is {_a_type(value)}.", hint)
    if length is not None and len(value) != length:
        raise CheckFailed(f"`{name}` should have {length} items; yours has {len(value)}.", hint)
    if expected is None:
        return
    if len(value) != len(expected):
        raise CheckFailed(f"`{name}` should have {len(expected)} items; yours has {len(value)}.", hint)
    got = [_plain(v) for v in value]
    want = [_plain(v) for v in expected]
    if not ordered:  # the first item that matches none of the expected ones still unmatched
        remaining = list(want)
        for g in got:
            match = next((i for i, w in enumerate(remaining) if _same(g, w)), None)
            if match is None and any(_same(g, w) for w in want):
                raise CheckFailed(f"`{name}` has {g!r} more times than expected (their order does not matter).", hint)
            if match is None:
                raise CheckFailed(f"`{name}` has {g!r}, which is not one of the expected items (their order does "
                                  "not matter).", hint)
            remaining.pop(match)
        return
    for position, (g, w) in enumerate(zip(got, want, strict=True)):
        if not _same(g, w):
            raise CheckFailed(f"`{name}`: item {position + 1} is {g!r}, which is not what was expected.", hint)


@_quietly
def expect_equal(value: Any, expected: Any, *, name: str, hint: str | None = None) -> None:
    """Dispatch on the expected value's type: number, text, list, Series or DataFrame."""
    if isinstance(expected, pd.DataFrame):
        expect_frame(value, expected, name=name, hint=hint)
    elif isinstance(expected, pd.Series):
        expect_series(value, expected, name=name, hint=hint)
    elif isinstance(expected, str):
        expect_text(value, expected, name=name, case_sensitive=True, hint=hint)
    elif isinstance(expected, list):
        expect_list(value, expected, name=name, hint=hint)
    elif _is_real_number(expected):
        expect_number(value, expected, name=name, hint=hint)
    elif isinstance(expected, bool):
        expect_bool(value, expected, name=name, hint=hint)
    else:
        raise TypeError(f"expect_equal cannot compare a {_type_name(expected)}")


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    return value


def _same(got: Any, want: Any) -> bool:
    if _is_real_number(want) and not isinstance(want, bool):
        return _is_real_number(got) and math.isclose(float(got), float(want), rel_tol=1e-6, abs_tol=1e-9)
    if type(got) is not type(want):
        return False
    return bool(want == got)


def _tolerances(rtol: float, places: int | None) -> dict:
    # check_exact=False: pandas compares integer columns exactly by default, and a rounded answer
    # may come back as integers.
    if places is None:
        return {"rtol": rtol, "check_exact": False}
    return {"rtol": 0.0, "atol": tolerance(places), "check_exact": False}


def _say_if_rounded(name: str, got: Any, want: Any, places: int | None) -> None:
    k = _values_rounded_to(got, want)
    if k is not None:
        raise CheckFailed(f"`{name}` looks like the right values rounded to {_decimals(k)}, which is "
                          f"{_too_coarse(places)}.", ROUNDING_HINT)


# ----------------------------------------------------------------------------------------------
# Tables


@_quietly
def expect_columns(frame: Any, columns: Sequence[str], *, name: str, hint: str | None = None) -> None:
    """A DataFrame that has (at least) these columns."""
    _require_answer(frame, name)
    if type(frame) is not pd.DataFrame:
        raise CheckFailed(f"`{name}` should be a table (DataFrame), but it is {_a_type(frame)}.", hint)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        have = ", ".join([*map(str, frame.columns[:20]), *(["…"] if len(frame.columns) > 20 else [])])  # cut: say so
        raise CheckFailed(f"`{name}` is missing the column(s) {', '.join(map(repr, missing))}. "
                          f"It has: {have}.", hint)


@_quietly
def expect_frame(frame: Any, expected: pd.DataFrame | None = None, *, name: str,
                 columns: Sequence[str] | None = None, n_rows: int | None = None,
                 check_order: bool = True, hint: str | None = None, rtol: float = 1e-6,
                 places: int | None = None) -> None:
    """A DataFrame with the given columns and number of rows, optionally equal to `expected`.

    `places` as in `expect_number`: numbers within half a unit of that decimal pass."""
    _require_answer(frame, name)
    if isinstance(frame, pd.Series):
        raise CheckFailed(
            f"`{name}` should be a table (DataFrame) but it is a single column (Series).",
            hint or "use double brackets df[['a', 'b']] to keep a table, or .reset_index() after groupby.",
        )
    if type(frame) is not pd.DataFrame:
        raise CheckFailed(f"`{name}` should be a table (DataFrame), but it is {_a_type(frame)}.", hint)
    if columns is not None:
        expect_columns(frame, columns, name=name, hint=hint)
    if n_rows is not None and len(frame) != n_rows:
        raise CheckFailed(f"`{name}` should have {_rows(n_rows)}; yours has {len(frame)}.", hint)
    if expected is None:
        return
    expect_columns(frame, list(expected.columns), name=name, hint=hint)
    if len(frame) != len(expected):
        raise CheckFailed(f"`{name}` should have {_rows(len(expected))}; yours has {len(frame)}.", hint)
    got = frame[list(expected.columns)]
    want = expected
    if not check_order:
        got = got.sort_values(list(expected.columns)).reset_index(drop=True)
        want = want.sort_values(list(expected.columns)).reset_index(drop=True)
    try:
        pd.testing.assert_frame_equal(got, want, check_dtype=False, check_names=False,
                                      check_index_type=False, check_column_type=False,
                                      check_categorical=False, **_tolerances(rtol, places))
    except AssertionError as error:
        _say_if_rounded(name, got, want, places)
        raise CheckFailed(f"`{name}` has the right shape but some values differ "
                          f"({_first_line(error)}).", hint) from None


@_quietly
def expect_series(series: Any, expected: pd.Series | None = None, *, name: str, length: int | None = None,
                  check_order: bool = True, hint: str | None = None, rtol: float = 1e-6,
                  one_column_table: bool = False, places: int | None = None) -> pd.Series:
    """A Series (one column, or the result of a groupby), optionally equal to `expected`.

    With `one_column_table=True` a one-column table (DataFrame) counts as its column, for exercises
    whose text does not ask for a Series. Returns the Series that was checked. `places` as in
    `expect_number`: numbers within half a unit of that decimal pass.
    """
    _require_answer(series, name)
    if type(series) is pd.DataFrame and series.shape[1] == 1:
        if not one_column_table:
            # The type is the real cause: the caller's hint is about the values.
            raise CheckFailed(
                f"`{name}` should be a single column (Series) but it is a one-column table (DataFrame).",
                "give the column itself: df['col'] with single brackets, not df[['col']], and no .to_frame().",
            )
        series = series.iloc[:, 0]
    if type(series) is not pd.Series:
        raise CheckFailed(f"`{name}` should be a Series (one column of values), "
                          f"but it is {_a_type(series)}.", hint)
    if length is not None and len(series) != length:
        raise CheckFailed(f"`{name}` should have {length} values; yours has {len(series)}.", hint)
    if expected is None:
        return series
    if len(series) != len(expected):
        raise CheckFailed(f"`{name}` should have {len(expected)} values; yours has {len(series)}.", hint)
    got, want = series, expected
    if not check_order:
        got, want = got.sort_index(), want.sort_index()
    try:
        pd.testing.assert_series_equal(got, want, check_dtype=False, check_names=False,
                                       check_index_type=False, check_categorical=False,
                                       **_tolerances(rtol, places))
    except AssertionError as error:
        if got.index.equals(want.index):
            _say_if_rounded(name, got, want, places)
        if check_order:
            try:
                pd.testing.assert_series_equal(got.sort_index(), want.sort_index(), check_dtype=False,
                                               check_names=False, check_index_type=False,
                                               check_categorical=False, **_tolerances(rtol, places))
            except AssertionError:
                pass
            else:
                raise CheckFailed(f"`{name}` has the right values but in the wrong order.",
                                  hint or "sort it, e.g. with .sort_values(ascending=False).") from None
        if not got.index.equals(want.index) and _same_values(got, want, rtol, places):
            # The values are right: the exercise's hint (about computing them) would blame the wrong thing.
            raise CheckFailed(f"`{name}` has the right values, but not the expected labels (its index): "
                              f"{_few(want.index)} expected, {_few(got.index)} found.",
                              "label each value as asked: with .set_index(...), or by grouping (a groupby "
                              "without as_index=False keeps the groups as labels).") from None
        raise CheckFailed(f"`{name}` has some values that differ from the expected ones "
                          f"({_first_line(error)}).", hint) from None
    return series


def _same_values(got: pd.Series, want: pd.Series, rtol: float, places: int | None) -> bool:
    """The same values in the same order, whatever their labels."""
    try:
        pd.testing.assert_series_equal(got.reset_index(drop=True), want.reset_index(drop=True), check_dtype=False,
                                       check_names=False, check_categorical=False, **_tolerances(rtol, places))
    except (AssertionError, TypeError, ValueError):
        return False
    return True


def _few(labels) -> str:
    """The first labels of an index, for a message: [0, 1, 2, ...]."""
    shown = [str(label) for label in list(labels)[:3]] + (["…"] if len(labels) > 3 else [])
    return "[" + ", ".join(shown) + "]"


def _first_line(error: BaseException) -> str:
    """pandas' first words on a difference: past its bare heading ("Series are different"), which only repeats
    what the message says, to the line that tells how much ("Series values are different (33.33333 %)")."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    if len(lines) > 1 and re.fullmatch(r"\w+ are different", lines[0]):
        lines = lines[1:]
    return lines[0] if lines else "values differ"


# ----------------------------------------------------------------------------------------------
# Functions


@_quietly
def expect_function(func: Any, *, name: str, parameters: int | None = None) -> None:
    """A function defined with `def`, taking `parameters` arguments."""
    _require_answer(func, name)
    if not callable(func) or isinstance(func, type):
        raise CheckFailed(f"`{name}` should be a function (made with `def {name}(...):`), "
                          f"but it is {_a_type(func)}.")
    if parameters is not None:
        try:
            count = len(inspect.signature(func).parameters)
        except (TypeError, ValueError):
            return
        if count != parameters:
            raise CheckFailed(f"`{name}` should take {parameters} input(s); yours takes {count}.")


@_quietly
def call(func: Callable[..., Any], *args: Any, name: str, allow_none: bool = False, **kwargs: Any) -> Any:
    """Call the participant's function, turning the usual slips into plain messages."""
    expect_function(func, name=name)
    try:
        result = func(*args, **kwargs)
    except NotImplementedError:
        raise CheckFailed(
            f"`{name}` is not written yet.",
            "replace the line `raise NotImplementedError()` with your code, run the cell, then check again.",
        ) from None
    except CheckFailed:
        raise
    except Exception as error:  # the participant's code crashed: say where, not a wall of traceback
        raise CheckFailed(
            f"`{name}` stopped with an error when called: {type(error).__name__}: {error}",
            _crash_hint(error, func, args, kwargs),
        ) from None
    if result is None and not allow_none:
        raise CheckFailed(f"`{name}` gave back nothing (None).",
                          "did you forget `return` at the end of your function, or in one branch of an `if` (a "
                          "case with no `return` gives back nothing)?")
    return result


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


_TIME_PART = re.compile(r"(?i)(hour|weekday|day|day_name|dayofweek|month|year|date|week|minute)s?")


def _parameter_names(func: Any) -> list[str]:
    try:
        return list(inspect.signature(func).parameters)
    except (TypeError, ValueError):
        return []


def _crash_hint(error: Exception, func: Any = None, args: tuple = (), kwargs: dict | None = None) -> str:
    """What usually causes this error in a participant's function, in words they can act on (given the
    function and what it was called with, a KeyError can say which name was quoted, or which columns exist)."""
    text = str(error)
    if isinstance(error, KeyError) and error.args and isinstance(error.args[0], str):
        key = error.args[0]
        names = _parameter_names(func)
        if key in names:
            table = names[0] if names[0] != key else "df"
            return (f"`\"{key}\"` in quotes means a column literally called {key}; without quotes, `{key}` is "
                    f"the value your function receives (for example `{table}[{key}]`, not `{table}[\"{key}\"]`).")
        tables = [v for v in (*args, *(kwargs or {}).values()) if isinstance(v, pd.DataFrame)]
        if tables and all(key not in t.columns for t in tables):
            columns = [str(c) for c in tables[0].columns]
            close = [c for c in columns if c.lower() == key.lower()] or difflib.get_close_matches(key, columns, 1)
            if close:
                return (f"there is no column or label {text}: did you mean `{close[0]}`? Spelling and capital "
                        "letters must match the table's columns exactly.")
            listed = ", ".join(f"`{c}`" for c in columns)
            said = (f"there is no column or label {text} in the table your function receives; its columns are "
                    f"{listed}.")
            if _TIME_PART.fullmatch(key):
                return (f"{said} The {key} is not a column yet: work it out from a date-and-time column, for "
                        "example with `.dt.hour` or `.dt.day_name()`.")
            return (f"{said} Work from those (a check may give your function a small table with only the columns "
                    "the exercise needs), or compute what you need inside the function.")
    if isinstance(error, TypeError) and re.search(r"unsupported operand type\(s\) for [&|]|operation '(and_|or_)' "
                                                  r"not supported", text):
        return ("put brackets around each comparison: `(a == b) & (c == d)`. Python does `&` and `|` before "
                "`==`, so without brackets it tries to combine the text itself.")
    if isinstance(error, ValueError) and "truth value of a Series is ambiguous" in text:
        return ("`if`, `and` and `or` work on one True/False value, not a whole column. If you meant one value, "
                "pick its row first (a whole column compared with a value gives one True/False per row); for "
                "columns use `&`, `|` and `~`, or a filter such as `df[df[\"x\"] > 0]`.")
    if isinstance(error, KeyError):
        return (f"there is no column or label {text}: check its spelling and capital letters against the "
                "table's columns (`df.columns` lists them).")
    if isinstance(error, ZeroDivisionError):
        return "a value you divide by can be 0: check for it first (`if x == 0: ...`)."
    if isinstance(error, NameError):
        return ("the function uses a name it does not have: inside a function use its own parameters (for "
                "example `df`, not `posts`), and run the cells above first.")
    return "try your function yourself on a small example (such as the one in the exercise) and read the error."


# ----------------------------------------------------------------------------------------------
# Figures


@_quietly
def expect_figure(fig: Any, *, name: str, title: bool = True, xlabel: bool = False, ylabel: bool = False,
                  hint: str | None = None):
    """A matplotlib Figure with a title (and axis labels when asked). Returns its first Axes."""
    from matplotlib.figure import Figure

    _require_answer(fig, name)
    if type(fig) is not Figure:
        raise CheckFailed(
            f"`{name}` should give back a matplotlib Figure, but it gave {_a_type(fig)}.",
            hint or "create it with `fig, ax = plt.subplots()` and end your function with `return fig`.",
        )
    axes = fig.get_axes()
    if not axes:
        raise CheckFailed(f"The figure from `{name}` has no chart on it.", hint)
    ax = axes[0]
    from course.plots import figure_title

    # Any title counts: centre, left (the house style's place) or right, or the figure's suptitle.
    if title and not figure_title(fig).strip():
        raise CheckFailed(f"The chart from `{name}` has no title.",
                          hint or "add one with ax.set_title('...'): say the finding, not just the topic.")
    if xlabel and not ax.get_xlabel().strip():
        raise CheckFailed(f"The chart from `{name}` has no x-axis label.", hint or "use ax.set_xlabel('...').")
    if ylabel and not ax.get_ylabel().strip():
        raise CheckFailed(f"The chart from `{name}` has no y-axis label.", hint or "use ax.set_ylabel('...').")
    return ax


_warnings_to_stdout_in_kernels()


def _report_to_the_live_view() -> None:
    # On the course hub only: each check cell's outcome goes to the trainers' live classroom view
    # (course/live.py says what is sent and when nothing is). It must never cost the participant anything.
    try:
        from course import live

        live.install()
    except Exception:
        pass


_report_to_the_live_view()
