"""Friendly error messages in the notebook: a short explanation instead of a wall of traceback.

The cell still fails (nbgrader still sees an error and gives no points); only the text changes.
"""

from __future__ import annotations

import re

from course.checks import CheckFailed
from course.i18n import translate

_RED = "\x1b[31m"
_RESET = "\x1b[0m"


# Undefined names that are most likely text written without quotes (the notebook's messages and the feedback's):
UNQUOTED_LETTER = re.compile(r"[A-Z]")  # `choice = C`: a decision's letter
UNQUOTED_WORD = re.compile(r"[A-Z][a-z]+[A-Za-z]*")  # `best = YouTube`: a platform or format from the data

def explain(error: BaseException) -> str | None:
    """The plain-language message for an error, or None to keep Python's own traceback."""
    if isinstance(error, CheckFailed):
        return f"❌ {error}"
    if isinstance(error, NotImplementedError):
        return (
            "✋ This answer is not written yet.\n"
            "Replace the line `raise NotImplementedError()` with your code, then run the cell again.\n"
            "(अभी उत्तर नहीं लिखा गया है।)"
        )
    if isinstance(error, NameError):
        match = re.search(r"name '([^']+)' is not defined", str(error))
        name = match.group(1) if match else "a name"
        if UNQUOTED_LETTER.fullmatch(name):
            return (
                f"❓ `{name}` is not something Python knows. A letter you choose, like any text, goes in "
                f"quotes: write \"{name}\"."
            )
        if UNQUOTED_WORD.fullmatch(name):
            return (
                f"❓ `{name}` is not something Python knows. If you mean the word {name} (a platform, a format), "
                f"write it in quotes: \"{name}\". If it is a name made in a cell above, run that cell first and "
                "check its spelling."
            )
        return (
            f"❓ `{name}` does not exist yet.\n"
            "Run the cells above this one first (Run ▸ Run All Above Selected Cell), and check the "
            "spelling: Python treats `Reach` and `reach` as different names."
        )
    return None


def _handler(shell, etype, value, tb, tb_offset=None):
    text = explain(value)
    if text is not None and not isinstance(value, CheckFailed):  # a check's message is translated already
        text = translate(text)
    if text is None:
        stb = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
    else:
        stb = [f"{_RED}{line}{_RESET}" for line in text.splitlines()]
    # IPython leaves the display to the handler: this sends the usual `error` output, which the
    # notebook shows and nbgrader reads as a failed test.
    shell._showtraceback(etype, value, stb)
    return stb


def install() -> None:
    """Register the handler with IPython (no-op outside a notebook)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    shell.set_custom_exc((CheckFailed, NotImplementedError, NameError), _handler)
