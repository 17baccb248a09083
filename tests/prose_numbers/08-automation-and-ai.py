"""Numbers about the course data in 08-automation-and-ai's text, computed from the data.

Each fragment below must appear word for word in source/08-automation-and-ai (tests/test_prose_numbers.py).
The classifier the text talks about is the notebook's own: its cells (the training and test sets, the
solutions of Exercises 3 to 9 and the `classify` helper) are executed from the source notebook, so a
changed solution or a regenerated dataset shows which sentence to rewrite.
"""
from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

NOTEBOOK = Path(__file__).resolve().parents[2] / "source" / "08-automation-and-ai" / "08-automation-and-ai.ipynb"
CELLS = ["08-automation-and-ai-015", "tokenize", "word_table", "smooth", "predict", "08-automation-and-ai-033",
         "accuracy_by", "coverage_at"]
THRESHOLD = 0.95  # the threshold of the sample answers


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


def claims(load):
    posts = load("posts")
    engagement = posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]
    by_reach = (engagement / posts["reach"] * 100).median()
    by_followers = (engagement / posts["followers_at_post"] * 100).median()

    nb = _solution(load)
    results, classify, accuracy_by, coverage_at = nb["results"], nb["classify"], nb["accuracy_by"], nb["coverage_at"]
    fresh = classify(nb["comments"][nb["number"] % 5 == 3])
    overall = (results["predicted"] == results["label"]).mean() * 100
    language = accuracy_by(results, "language")
    fresh_language = accuracy_by(fresh, "language")
    test_at, fresh_at = coverage_at(results, THRESHOLD), coverage_at(fresh, THRESHOLD)

    # the careless tokenizer of section 3 (letters-and-digits words), for training and predicting
    tokenize = nb["tokenize"]
    nb["tokenize"] = lambda text: re.findall(r"\w+", text.lower())
    careless_probs = nb["smooth"](nb["word_table"](nb["train"]["text"], nb["train"]["label"]))
    careless = results.assign(predicted=[nb["predict"](careless_probs, nb["priors"], t) for t in results["text"]])
    nb["tokenize"] = tokenize
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
    return [
        ("median engagement rate by reach and by followers, and their ratio",
         f"the median post's engagement rate is {by_reach:.2f}% by reach but {by_followers:.2f}% by followers, "
         f"about {by_reach / by_followers:.0f} times lower"),
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
        ("coverage and accuracy at 0.95, fresh and test comments",
         f"decides {fresh_at['coverage']:.1f}% of the fresh comments alone, {fresh_at['accuracy']:.1f}% of "
         f"them right ({test_at['coverage']:.1f}% and {test_at['accuracy']:.1f}% on the test comments)"),
        ("accuracy per language on the fresh comments",
         f"{fresh_language['Hindi']:.1f}% for Hindi, {fresh_language['English']:.1f}% for English and "
         f"{fresh_language['Hinglish']:.1f}% for Hinglish"),
        ("the sample office rule's figures at 0.95",
         f"{fresh_at['coverage']:.1f}% of comments decided alone, {fresh_at['accuracy']:.1f}% of them right"),
    ]
