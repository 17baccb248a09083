"""Numbers about the course data in 08b-ai-safeguards' text, computed from the data.

Each fragment below must appear word for word in source/08b-ai-safeguards (tests/test_prose_numbers.py).
The classifier the text talks about is the notebook's own: its set-up cell (the training and test sets, the
provided classifier from course.classify and part one's accuracy_by) and the solution of coverage_at are
executed from the source notebook, so a changed solution or a regenerated dataset shows which sentence to
rewrite. The decisions' scenarios (Exercises 2 and 3) and the explanations in their hidden tests are built
from the same numbers. These claims came from 08-automation-and-ai when the module was split.
"""
from __future__ import annotations

from pathlib import Path

from _common import solution

from course.aidrafts import drafts

NOTEBOOK = Path(__file__).resolve().parents[2] / "source" / "08b-ai-safeguards" / "08b-ai-safeguards.ipynb"
CELLS = ["08b-ai-safeguards-004", "coverage_at"]
THRESHOLD = 0.95  # the threshold of the sample answers
PER_DAY, CAPACITY = 400, 120  # Exercise 2's page: comments a day, and what the duty officer can read


def _solution(load) -> dict:
    return solution(NOTEBOOK, CELLS, load)


def _threshold_claims(results, coverage_at):
    """Exercise 7: coverage, accuracy and the officer's daily queue at each option's threshold."""
    at = {t: coverage_at(results, t) for t in (0.5, 0.9, 0.95, 0.999)}
    queue = {t: PER_DAY * (100 - d["coverage"]) / 100 for t, d in at.items()}
    fits = [t for t in at if queue[t] <= CAPACITY]
    defensible = max(fits)  # the highest threshold the officer can keep up with
    errors = {t: 100 - d["accuracy"] for t, d in at.items()}
    wrong_a_day = {t: PER_DAY * d["coverage"] / 100 * errors[t] / 100 for t, d in at.items()}
    claims = [(f"option at {t}", f"{t}: the machine decides {d['coverage']:.1f}% of comments, {d['accuracy']:.1f}% "
                                 f"of them right; about {queue[t]:.0f} a day go to the officer; "
                                 + (f"about {wrong_a_day[t]:.0f} a day decided wrongly" if round(wrong_a_day[t])
                                    else "none decided wrongly"))
              for t, d in at.items()]
    wrong_at_05 = PER_DAY * at[0.5]["coverage"] / 100 * errors[0.5] / 100
    return claims + [
        ("the defensible threshold is the highest one the officer can keep up with",
         f'name="threshold_choice", options=OPTIONS, right="{"ABCD"[list(at).index(defensible)]}"'),
        ("the page's comments and the officer's reading a day",
         f"about {PER_DAY} comments a day, and the duty officer can read about {CAPACITY} of them"),
        ("machine mistakes a day at 0.5", f"about {wrong_at_05:.0f} of the comments the machine decides each day are wrong"),
        ("mistakes at 0.9 against 0.95",
         ("more than twice as many" if errors[0.9] > 2 * errors[0.95] else "NOT TWICE AS MANY")
         + f' machine mistakes as 0.95 ({errors[0.9]:.1f} in 100 against {errors[0.95]:.1f})'),
        ("wrong decisions a day at 0.95 against 0.9, in the feedback's rule",
         f"about {wrong_a_day[0.95]:.0f} wrong decisions a day instead of {wrong_a_day[0.9]:.0f}"),
        ("the officer's spare reading at 0.9", f"could still read about {CAPACITY - queue[0.9]:.0f} more comments a day"),
        ("the queue at 0.999", f"About {queue[0.999]:.0f} comments a day for an officer who can read {CAPACITY}"),
    ]


def claims(load):
    nb = _solution(load)
    results, model, accuracy_by, coverage_at = nb["results"], nb["model"], nb["accuracy_by"], nb["coverage_at"]
    fresh = model.classify(nb["comments"][nb["number"] % 5 == 3])
    fresh_language = accuracy_by(fresh, "language")
    test_language = accuracy_by(results, "language")
    fresh_at = coverage_at(fresh, THRESHOLD)
    # Exercise 5: draft D3 of course.aidrafts, against its scheme's row of the schemes table
    d3 = drafts().set_index("draft").loc["D3"]
    d3_scheme = load("schemes").set_index("scheme").loc[d3["scheme"]]

    # Exercise 3: the most confident personal-data comment the machine sends to the public-reply queue at 0.95
    missed = results[(results["confidence"] >= THRESHOLD) & (results["label"] == "personal_data")
                     & (results["predicted"] == "question")].sort_values("confidence", ascending=False)
    miss = missed.iloc[0]
    return [
        ("Exercise 5: draft D3's wrong group and look-alike link",
         f'it says "{d3["group"]}", and its link opens `{d3["link_domain"]}`'),
        ("Exercise 5: who the scheme of D3 is for", f"for a scheme that is for {d3_scheme['target_group']}"),
        *_threshold_claims(results, coverage_at),
        ("the officer's queue at 0.95 on the fresh comments, within what they can read",
         f"0.95 sends about {PER_DAY * (100 - fresh_at['coverage']) / 100:.0f} a day, "
         + ("well within" if PER_DAY * (100 - fresh_at['coverage']) / 100 < CAPACITY else "NOT WITHIN")
         + " what the officer can read"),
        ("how far the fresh accuracy per language is below the test comments'",
         f"{fresh_language['Hindi']:.1f}% for Hindi ({test_language['Hindi'] - fresh_language['Hindi']:.1f} points "
         f"below the test comments), {fresh_language['English']:.1f}% for English "
         f"({test_language['English'] - fresh_language['English']:.1f} below) and "
         f"{fresh_language['Hinglish']:.1f}% for Hinglish ({test_language['Hinglish'] - fresh_language['Hinglish']:.1f} below)"),
        ("the sample office rule's figures at 0.95",
         f"{fresh_at['coverage']:.1f}% of comments decided alone, {fresh_at['accuracy']:.1f}% of them right"),
        ("the confident mistake: its text", f"> {miss['text']}"),
        ("the confident mistake: its confidence",
         f"It called it a **question** with confidence {miss['confidence']:.2f}"),
    ]
