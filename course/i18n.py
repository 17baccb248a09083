"""The participant's language: check messages in the edition's language (issue #21).

An edition of an assignment in another language (`00-getting-started-hi`) has the English code and
tests byte for byte; its folder also holds `edition.json`: the language, and the translations of the
sentences its visible checks say (hints, the options of a decision). `course.checks` passes every
message through `translate`, which answers in the edition's language when the notebook runs in such
a folder (the kernel's working folder: the participant's, and the grader's copy of the submission),
and in English everywhere else. COURSE_LANGUAGE=hi|en overrides the folder, for a trainer's tools.

A message is found either whole (a hint written in the notebook) or as one of the course's message
templates (`course.hindi.TEMPLATES`): "`{name}` should be a whole number; yours is {number}." matches
the English message, and the parts in braces are carried over, each translated in turn when it is a
sentence the edition knows (a decision's option, a hint). A message the edition does not know stays
in English: never a wrong or empty one. `misses()` lists those, for the gate that keeps them at none.
"""

from __future__ import annotations

import functools
import json
import os
import re
from pathlib import Path

EDITION_FILE = "edition.json"
GRADING_FILE = "edition.grading.json"
_MISSES: list[str] = []


def _edition_folder() -> Path:
    """The working folder, or the nearest folder above it that holds an edition file: a check that runs the
    participant's function in a scratch folder inside the notebook's (09b's export_month writes a file there)
    still speaks the edition's language. Two levels up at most: an edition is a folder of its own."""
    here = Path.cwd()
    for folder in (here, here.parent, here.parent.parent):
        if (folder / EDITION_FILE).is_file():
            return folder
    return here


def _edition_here() -> dict:
    folder = _edition_folder()
    path = folder / EDITION_FILE
    edition = _read_edition(str(path), path.stat().st_mtime_ns) if path.is_file() else {}
    grading = folder / GRADING_FILE  # beside a submission while the grader runs it: the hidden tests' words
    if edition and grading.is_file():
        extra = _read_edition(str(grading), grading.stat().st_mtime_ns).get("messages", {})
        if isinstance(extra, dict) and extra:
            edition = {**edition, "messages": {**edition.get("messages", {}), **extra}}
    return edition


@functools.lru_cache(maxsize=8)
def _read_edition(path: str, mtime: int) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def language() -> str:
    """'hi' in a Hindi edition's folder (or with COURSE_LANGUAGE=hi), else 'en'."""
    chosen = os.environ.get("COURSE_LANGUAGE", "").strip().lower()
    if chosen in ("en", "hi"):
        return chosen
    try:
        found = _edition_here().get("language")
    except Exception:  # noqa: BLE001 - a folder that vanished, an unreadable file: English
        return "en"
    return found if found in ("hi",) else "en"


def _templates(lang: str) -> list[tuple[int, re.Pattern, str, list[str]]]:
    if lang != "hi":
        return []
    from course.hindi import PHRASES, TEMPLATES

    return _compiled(tuple(TEMPLATES) + tuple(PHRASES))


_FIELD = re.compile(r"\{([^{}]+)\}")


@functools.lru_cache(maxsize=32)
def _compiled(pairs: tuple[tuple[str, str], ...]) -> list[tuple[int, re.Pattern, str, list[str]]]:
    """The templates as patterns, the most specific first (the most fixed text): "`{name}` is empty." must not
    lose to a template that is mostly fields. A template with almost no fixed text ("{a} {name}", a piece
    put into other messages) would match anything: it is left out, and its text comes through inside the
    message that holds it."""
    compiled = []
    for english, translated in pairs:
        fields = _FIELD.findall(english)
        parts = _FIELD.split(english)  # literal, field, literal, field, ..., literal
        fixed = "".join(parts[0::2])
        if len(fixed.strip()) < 3:
            continue
        pattern = "".join(re.escape(part) if i % 2 == 0 else "(.*?)" for i, part in enumerate(parts))
        compiled.append((len(fixed), re.compile(pattern + r"\Z", re.S), translated, fields))
    compiled.sort(key=lambda item: -item[0])
    return compiled


def translate(text: str | None, *, lang: str | None = None) -> str | None:
    """text in the edition's language, or text itself when there is none (or English is wanted)."""
    if not text:
        return text
    try:
        lang = lang or language()
        if lang == "en":
            return text
        found = _translate(text, lang, _edition_here().get("messages", {}) if lang == "hi" else {})
    except Exception:  # noqa: BLE001 - a translation must never break a check: English then
        found = None
    if found is None:
        _MISSES.append(text)
        return text
    return found


def _translate(text: str, lang: str, messages: dict, depth: int = 0, *, course_templates: bool = True) -> str | None:
    if text in messages:
        return messages[text]
    stripped = text.strip()
    if stripped in messages:
        return text.replace(stripped, messages[stripped])
    lowered = stripped[:1].lower() + stripped[1:]  # a reason given a capital letter as a sentence
    if lowered != stripped and lowered in messages:
        return text.replace(stripped, messages[lowered])
    spaced = next((k for k in messages if k != stripped and k.strip() == stripped), None)  # " Not the smallest..."
    if spaced is not None:
        return text.replace(stripped, messages[spaced].strip())
    if depth > 4:
        return None
    again = functools.partial(_translate, lang=lang, messages=messages, depth=depth + 1,
                              course_templates=course_templates)
    # a message and its hint, each on its own (as CheckFailed translates them): a template must not take the hint
    # into its last field
    if "\nHint: " in text:
        head, tail = text.split("\nHint: ", 1)
        first, rest = again(head), again(tail)
        return first + "\nसंकेत: " + rest if first is not None and rest is not None else None
    # first, a list the code joins with "; " ("'which of six...': a bar, not pie; '...': a line, not bar."):
    # a template would take the whole list as one of its fields
    if "; " in stripped:
        found = _parts(stripped, again)
        if found is not None:
            return text.replace(stripped, found)
    # the notebook's own sentences with fields (an f-string hint: "that is the median of {column}") and ours,
    # most fixed text first, whoever wrote it: "{_LATER} is {x}: {y}." must not take "`{name}` is NaN (not a ..."
    own = tuple(sorted((k, v) for k, v in messages.items() if _FIELD.search(k)))
    candidates = _compiled(own) + (_templates(lang) if course_templates else [])
    for _, pattern, translated, fields in sorted(candidates, key=lambda item: -item[0]):
        if (not depth and fields and fields[0] != "EXPLANATION" and pattern.pattern.startswith("(.*?)")
                and pattern.pattern.endswith("(.*?)\\Z")):
            continue  # a piece put into other messages ("{k} decimal place{s}"): not a whole message
        match = pattern.match(text)
        if not match:
            continue
        result = translated
        for field, value in zip(fields, match.groups(), strict=True):
            # Python's own error text inside a message ("{error}") stays as Python wrote it: a piece of a message
            # ("{what} for {label}") would take "unsupported operand type(s) for &: ..." apart
            inner = again(value) if value.strip() and field not in ("error", "type(error).__name__") else None
            result = result.replace("{" + field + "}", inner if inner is not None else value)
        return result
    if "\n" in text:  # several lines: each on its own
        head, tail = text.split("\n", 1)
        first, rest = again(head), again(tail)
        return first + "\n" + rest if first is not None and rest is not None else None
    # sentences the notebook's code joins with + ("_formula + ' Not the smallest...'"): a known one first
    for known in sorted((k for k in messages if len(k.strip()) >= 8 and not _FIELD.search(k)), key=len, reverse=True):
        start = known.strip()
        begins = stripped if stripped.startswith(start) else lowered if lowered.startswith(start) else None
        if begins is not None and len(begins) > len(start):  # (a sentence the code gave a capital letter)
            rest = begins[len(start):]
            tail = rest if rest.strip() in ("", ".") else again(rest.strip())
            if tail is not None:
                space = " " if rest[:1].isspace() else ""
                return text.replace(stripped, messages[known].strip() + space + tail.strip())
    # one sentence the code gave a full stop (hint=_hint + ".")
    if stripped.endswith(".") and len(stripped) > 1:
        found = _parts(stripped, again)
        if found is not None:
            return text.replace(stripped, found)
    # two sentences the code put side by side ("... is A (the median), the defensible choice." + " " + why)
    for split in (m.end() for m in re.finditer(r"[.:!?] ", stripped) if depth < 2):
        head, tail = stripped[:split - 1], stripped[split:]
        first = again(head)
        if first is not None:
            rest = again(tail)
            if rest is not None:
                return text.replace(stripped, first + " " + rest)
    return None


def _parts(stripped: str, again) -> str | None:
    """A list joined with "; " (and/or ended with a full stop by the code), each part translated; or None."""
    stop = stripped.endswith(".")
    parts = (stripped[:-1] if stop else stripped).split("; ")
    done = [again(part) for part in parts]
    if any(part is None for part in done):
        return None
    joined = "; ".join(done)
    return joined + ("." if stop and not joined.rstrip().endswith(("।", ".", "!", "?")) else "")


def misses() -> list[str]:
    """Messages shown in English in a non-English edition since the kernel started (for the gate)."""
    return list(_MISSES)


def shown(text):
    """A text the notebook's given code displays (a chart label, a printed label), in the edition's language
    when the edition translates it: exactly, or as one of the notebook's own f-strings (a title made from the
    data, "{EXPLANATION}Why A: ..."); anything else unchanged."""
    if not isinstance(text, str) or not text:
        return text
    try:
        if language() == "en":
            return text
        messages = _edition_here().get("messages", {})
        if text in messages:
            return messages[text]
        # an f-string of the notebook's own ("{EXPLANATION}Why A: ...", a title made from the data); never
        # the checks' templates: a participant's own printed words are not a check's message
        found = _translate(text, "hi", messages, course_templates=False) if len(text) < 2000 else None
        return text if found is None else found
    except Exception:  # noqa: BLE001 - never break a chart or a print
        return text


def install() -> None:
    """In an edition (called by course.setup()): chart texts and the given code's printed labels in its language.
    matplotlib's Text.set_text (titles, axis labels, legend entries) and the notebook's `print` look each
    string up; only exact matches change. Outside an edition nothing is installed."""
    if language() == "en":
        return
    import matplotlib.text

    if not getattr(matplotlib.text.Text.set_text, "_course_i18n", False):
        original = matplotlib.text.Text.set_text

        def set_text(self, s):
            return original(self, shown(s))

        set_text._course_i18n = True
        matplotlib.text.Text.set_text = set_text
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        import builtins

        def translated_print(*args, **kwargs):
            builtins.print(*(shown(a) for a in args), **kwargs)

        shell.user_ns["print"] = translated_print
