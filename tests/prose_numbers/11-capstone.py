"""Numbers about the course data in 11-capstone's text and sample answers, computed from the data.

Each fragment below must appear word for word in source/11-capstone (tests/test_prose_numbers.py). The
claims the plan rests on (the best hours, the format that reaches most, how the greedy split of the
budget falls) are built from `posts` and the curves in the `spend_response` card (split with
`course.budget`, the notebook's tool), so a regenerated dataset that changes them names the sentence to
rewrite; so are the figures the decisions' feedback quotes (Exercise 4's budget line, Exercise 5's
holding statement, checked with module 10's tools). The rumour and the page's safety are in
tests/prose_numbers/11b-rumours-and-safety.py.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from course.budget import marginal_reach, projected_reach, saturating_curve, split_budget
from course.data import card

SCHEME = "Mahila Rozgar"
NOTEBOOK = Path(__file__).resolve().parents[2] / "source" / "11-capstone" / "11-capstone.ipynb"
BUDGET, STEP = 60_000, 1_000


def _curves() -> dict[str, tuple[float, float]]:
    rows = re.findall(r"^\| (\w+) \| ([\d,.]+)k \| ₹([\d,]+) \|", card("spend_response"), re.M)
    return {p: (float(a.replace(",", "")) * 1000, float(b.replace(",", ""))) for p, a, b in rows}


def _indian(n: float) -> str:
    """A whole number with Indian digit grouping: 796406 -> "7,96,406"."""
    digits = str(round(n))
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while head:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join(groups + [tail])


def _date(ts) -> str:
    return f"{ts.day} {ts:%B %Y}"


def claims(load):
    posts = load("posts")
    out = []

    engagement = posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]
    rate = engagement / posts["reach"] * 100
    band = (posts["posted_at"].dt.hour // 3) * 3
    best = int(rate.groupby(band).median().idxmax())
    out.append(("the three hours with the highest median engagement rate by reach (module 01)",
                f"posts in the evening ({best:02d}:00–{best + 2:02d}:59) get the highest engagement rate by reach"))
    top_all = str(posts.groupby("format", observed=True)["reach"].median().idxmax())
    out.append(("the format with the highest median reach, all posts", f"and {top_all}s reach the most accounts"))
    scheme = posts[posts["scheme"] == SCHEME]
    top_scheme = str(scheme.groupby("format", observed=True)["reach"].median().idxmax())
    out.append(("the format with the highest median reach for the scheme (the brief)",
                f"lead with {top_scheme}s (they reach the most accounts for this scheme)"))

    curves = {p: saturating_curve(a, b) for p, (a, b) in _curves().items()}
    out.append(("the curves cell matches the spend_response card",
                "curves = {" + ", ".join(f'"{p}": saturating_curve({int(a):_}, {int(b):_})'
                                         for p, (a, b) in _curves().items()) + "}"))
    split = split_budget(curves, BUDGET, STEP)
    first = split_budget(curves, STEP, STEP)
    first_platform = next(p for p, v in first.items() if v)
    out.append(("the platform that gets the first rupees", f"{first_platform} gets the first rupees"))
    nothing = [p for p, s in split.items() if s == 0]
    out.append(("the platforms the greedy split leaves out",
                f"{' and '.join(nothing)} gets nothing at this budget" if nothing else "every platform gets some"))
    ranked = sorted(((p, v) for p, v in split.items() if v), key=lambda pv: -pv[1])
    amounts = ", ".join(f"{p} ₹{v:,}" for p, v in ranked)
    out.append(("the split of ₹60,000 (Exercise 4's scenario)",
                f"split ₹60,000 as {amounts} and {nothing[0]} nothing" if len(nothing) == 1
                else f"split ₹60,000 as {amounts}"))
    out.append(("the split of ₹60,000 (Exercise 4's option C)",
                f"{amounts}{', ' + nothing[0] + ' nothing' if len(nothing) == 1 else ''}. Projected paid reach"))
    total = projected_reach(curves, split)
    out.append(("the projected reach of the split (Exercise 4)", f"project {_indian(total)} accounts reached in total"))
    out.append(("the projected reach, as option A claims it", f"will reach {_indian(total)} women"))
    out.append(("the projected reach, rounded for the plan", f"up to about {round(total / 100_000)} lakh accounts"))
    equal = projected_reach(curves, {p: BUDGET // len(curves) for p in curves})
    out.append(("the equal split's projected reach (Exercise 4's feedback on D)",
                f"An equal split projects {_indian(equal)} accounts, {_indian(total - equal)} fewer for the same money"))
    per_rupee = {p: marginal_reach(c, split[p] - STEP, STEP) for p, c in curves.items() if split[p]}
    assert all(marginal_reach(curves[p], 0, STEP) < min(per_rupee.values()) for p in nothing), per_rupee
    out.append(("X's first step buys less than any other platform's last (feedback on D)",
                f"{nothing[0]}'s first ₹1,000 buys fewer accounts per rupee than the last ₹1,000 the optimiser gave"))
    most = max(split, key=split.get)
    slowest = max(_curves(), key=lambda p: _curves()[p][1])
    steepest = max(curves, key=lambda p: marginal_reach(curves[p], 0, STEP))
    assert most == slowest and steepest == first_platform, (most, slowest, steepest, first_platform)
    out.append(("who gets the first rupees, and why (feedback on B)",
                f"{first_platform} got the first rupees because its curve is the steepest at the start"))
    out.append(("who gets the most, and why (feedback on B)", f"{most} got the most because its curve flattens slowest"))

    out += _holding_claims()
    return out


_WORDS = {0: "none", 1: "1", 2: "2", 3: "3", 4: "all 4"}


def _holding_claims() -> list[tuple[str, str]]:
    """Exercise 5's feedback says what module 10b's tools find in the four drafts: run them on the drafts as the
    notebook shows them, in English and in the Hindi edition's Hindi (the same findings in both)."""
    from course.incidents import HOLDING_ELEMENTS, holding_statement_gaps, links_not_official

    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c.get("id") == "11-capstone-holding-drafts")
    code = "".join(cell["source"])
    import os

    import course.i18n

    editions = {}
    for language in ("en", "hi"):  # the Hindi edition shows Hindi drafts: the tools must find the same in both
        os.environ["COURSE_LANGUAGE"] = language
        try:
            scope: dict = {"course": course}
            exec(code[code.index("DRAFTS = {"):code.index("\nfor letter")], scope)  # the drafts, not the loop
        finally:
            del os.environ["COURSE_LANGUAGE"]
        editions[language] = scope["DRAFTS"]
    drafts = editions["en"]
    for language, these in editions.items():
        found = {k: (holding_statement_gaps(v), bool(links_not_official(v))) for k, v in these.items()}
        assert found == {k: (holding_statement_gaps(v), bool(links_not_official(v))) for k, v in drafts.items()}, \
            (language, found)
    gaps = {k: holding_statement_gaps(v) for k, v in drafts.items()}
    links = {k: links_not_official(v) for k, v in drafts.items()}
    passing = [k for k in drafts if not gaps[k] and not links[k]]
    assert passing == ["B", "C"], passing  # the answer and the draft only judgement rules out
    assert gaps["A"] == ["where to get official updates"], gaps["A"]
    return [
        ("draft A's link that is not on .gov.in (Exercise 5's feedback)",
         f"it carries a link that is not on .gov.in ({links['A'][0]})"),
        ("draft C passes both tools (Exercise 5's feedback)", "It passes the tools, which look for words, not facts"),
        ("how many elements draft D lacks (Exercise 5's feedback)",
         f"The tools find {_WORDS[len(gaps['D'])]} of the {len(HOLDING_ELEMENTS)} elements missing"),
    ]
