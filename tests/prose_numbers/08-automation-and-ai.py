"""Numbers about the course data in 08-automation-and-ai's text, computed from the data.

Each fragment below must appear word for word in source/08-automation-and-ai (tests/test_prose_numbers.py).
The classifier the text talks about is the notebook's own: its cells (the training and test sets, the
provided classifier from course.classify, and the solutions of accuracy_by and coverage_at) are executed
from the source notebook, so a changed solution or a regenerated dataset shows which sentence to rewrite.
The decisions' scenarios (Exercises 3, 7 and 8) and the explanations in their hidden tests are built from
the same numbers.
"""
from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import numpy as np
import pandas as pd

NOTEBOOK = Path(__file__).resolve().parents[2] / "source" / "08-automation-and-ai" / "08-automation-and-ai.ipynb"
CELLS = ["08-automation-and-ai-015", "08-automation-and-ai-033", "accuracy_by", "coverage_at"]
THRESHOLD = 0.95  # the threshold of the sample answers
PER_DAY, CAPACITY = 400, 120  # Exercise 7's page: comments a day, and what the duty officer can read


def _solution(load) -> dict:
    cells = {cell["id"]: "".join(cell["source"]) for cell in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]}
    namespace: dict = {"pd": pd, "np": np, "load": load}
    with contextlib.redirect_stdout(io.StringIO()):
        for cell_id in CELLS:
            exec(cells[cell_id], namespace)  # noqa: S102 - our own notebook's solution cells
    return namespace


def _found(results, label, language) -> tuple[int, int]:
    group = results[(results["label"] == label) & (results["language"] == language)]
    return int((group["predicted"] == group["label"]).sum()), len(group)


def _week(posts, monday):
    start = pd.Timestamp(monday, tz="Asia/Kolkata")
    return posts[(posts["posted_at"] >= start) & (posts["posted_at"] < start + pd.Timedelta(days=7))]


def _threshold_claims(results, coverage_at):
    """Exercise 7: coverage, accuracy and the officer's daily queue at each option's threshold."""
    at = {t: coverage_at(results, t) for t in (0.5, 0.9, 0.95, 0.999)}
    queue = {t: PER_DAY * (100 - d["coverage"]) / 100 for t, d in at.items()}
    fits = [t for t in at if queue[t] <= CAPACITY]
    defensible = max(fits)  # the highest threshold the officer can keep up with
    claims = [(f"option at {t}", f"{t}: the machine decides {d['coverage']:.1f}% of comments, {d['accuracy']:.1f}% "
                                 f"of them right; about {queue[t]:.0f} a day go to the officer")
              for t, d in at.items()]
    errors = {t: 100 - d["accuracy"] for t, d in at.items()}
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
        ("the officer's spare reading at 0.9", f"could still read about {CAPACITY - queue[0.9]:.0f} more comments a day"),
        ("the queue at 0.999", f"About {queue[0.999]:.0f} comments a day for an officer who can read {CAPACITY}"),
    ]


def claims(load):
    posts = load("posts")
    engagement = posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]
    by_reach = (engagement / posts["reach"] * 100).median()
    by_followers = (engagement / posts["followers_at_post"] * 100).median()
    week = _week(posts, "2026-03-23")

    nb = _solution(load)
    results, model, accuracy_by, coverage_at = nb["results"], nb["model"], nb["accuracy_by"], nb["coverage_at"]
    fresh = model.classify(nb["comments"][nb["number"] % 5 == 3])
    overall = (results["predicted"] == results["label"]).mean() * 100
    language = accuracy_by(results, "language")
    fresh_language = accuracy_by(fresh, "language")
    fresh_at = coverage_at(fresh, THRESHOLD)

    # the careless tokenizer of section 3 (letters-and-digits words), for training and predicting
    careless = nb["train"](nb["train_set"]["text"], nb["train_set"]["label"],
                           tokenizer=nb["careless_tokenize"]).classify(nb["test_set"])
    careless_language = accuracy_by(careless, "language")
    moves = careless_language - language
    small = "small moves" if moves[["English", "Hinglish"]].abs().max() < 5 else "MOVES OF 5 POINTS OR MORE"
    both_ways = moves["English"] * moves["Hinglish"] < 0

    en_personal = _found(results, "personal_data", "English")
    hi_abuse = _found(results, "abuse", "Hindi")
    hi_personal = _found(results, "personal_data", "Hindi")
    en_rumour = _found(results, "misinformation", "English")
    sizes = [n for _, n in (en_personal, hi_abuse, hi_personal, en_rumour)]
    grievance = results[results["label"] == "grievance"]
    grievance_recall = (grievance["predicted"] == "grievance").groupby(grievance["language"]).mean()

    # Exercise 8: the most confident personal-data comment the machine sends to the public-reply queue at 0.95
    missed = results[(results["confidence"] >= THRESHOLD) & (results["label"] == "personal_data")
                     & (results["predicted"] == "question")].sort_values("confidence", ascending=False)
    miss = missed.iloc[0]
    return [
        ("median engagement rate by reach and by followers, and their ratio",
         f"the median post's engagement rate is {by_reach:.2f}% by reach but {by_followers:.2f}% by followers, "
         f"about {by_reach / by_followers:.0f} times lower"),
        ("the week of 23 March: total post reach and posts",
         f"adds up to {week['reach'].sum():,} over {len(week)} posts"),
        ("the week's total post reach as the options quote it", f"\"Total post reach: {week['reach'].sum():,}\""),
        ("the week's reach per post", f"\"{week['reach'].sum() / len(week):,.0f} people reached\": the total divided by "
                                      f"the {len(week)} posts"),
        ("accuracy on the test comments", f"An accuracy of {overall:.1f}% flatters the classifier"),
        ("accuracy, overall and per language, in the fairness answer",
         f"Overall accuracy is about {overall:.0f}%, and the languages look even: Hindi about "
         f"{language['Hindi']:.0f}%, English about {language['English']:.0f}%, Hinglish about "
         f"{language['Hinglish']:.0f}%"),
        ("English personal data found", f"missed ({en_personal[0]} of {en_personal[1]} found)"),
        ("Hindi insults and personal data found",
         f"finds {hi_abuse[0]} of {hi_abuse[1]} insults and {hi_personal[0]} of {hi_personal[1]} personal-data"),
        ("English rumours missed", f"misses {en_rumour[1] - en_rumour[0]} of {en_rumour[1]} rumours"),
        ("grievance recall per language",
         "Grievances are found in every language" if (grievance_recall == 1).all()
         else f"Grievances are found at least {grievance_recall.min() * 100:.0f}% of the time"),
        ("sizes of the weak groups", f"only {min(sizes)} to {max(sizes)} test comments each"),
        ("accuracy per language with the careless tokenizer (English and Hinglish move little, Hindi drops)",
         f"English goes from {language['English']:.1f}% to {careless_language['English']:.1f}% and Hinglish from "
         f"{language['Hinglish']:.1f}% to {careless_language['Hinglish']:.1f}%, "
         f"{small}{' either way' if both_ways else ''}; "
         f"Hindi drops from {language['Hindi']:.1f}% to {careless_language['Hindi']:.1f}%"),
        *_threshold_claims(results, coverage_at),
        ("the officer's queue at 0.95 on the fresh comments, within what they can read",
         f"0.95 sends about {PER_DAY * (100 - fresh_at['coverage']) / 100:.0f} a day, "
         + ("well within" if PER_DAY * (100 - fresh_at['coverage']) / 100 < CAPACITY else "NOT WITHIN")
         + " what the officer can read"),
        ("accuracy per language on the fresh comments",
         f"{fresh_language['Hindi']:.1f}% for Hindi, {fresh_language['English']:.1f}% for English and "
         f"{fresh_language['Hinglish']:.1f}% for Hinglish"),
        ("the sample office rule's figures at 0.95",
         f"{fresh_at['coverage']:.1f}% of comments decided alone, {fresh_at['accuracy']:.1f}% of them right"),
        ("the confident mistake: its text", f"> {miss['text']}"),
        ("the confident mistake: its confidence",
         f"It called it a **question** with confidence {miss['confidence']:.2f}"),
    ]
