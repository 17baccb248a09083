"""Numbers about the course data in 08-automation-and-ai's text, computed from the data.

Each fragment below must appear word for word in source/08-automation-and-ai (tests/test_prose_numbers.py).
The classifier the text talks about is the notebook's own: its cells (the training and test sets, the
provided classifier from course.classify, and the solution of accuracy_by) are executed from the source
notebook, so a changed solution or a regenerated dataset shows which sentence to rewrite. Exercise 3's
scenario is built from the same numbers. The threshold, the fresh comments and the confident mistake are
in 08b-ai-safeguards (tests/prose_numbers/08b-ai-safeguards.py).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from _common import solution

NOTEBOOK = Path(__file__).resolve().parents[2] / "source" / "08-automation-and-ai" / "08-automation-and-ai.ipynb"
CELLS = ["08-automation-and-ai-015", "08-automation-and-ai-033", "accuracy_by"]


def _solution(load) -> dict:
    return solution(NOTEBOOK, CELLS, load)


def _found(results, label, language) -> tuple[int, int]:
    group = results[(results["label"] == label) & (results["language"] == language)]
    return int((group["predicted"] == group["label"]).sum()), len(group)


def _week(posts, monday):
    start = pd.Timestamp(monday, tz="Asia/Kolkata")
    return posts[(posts["posted_at"] >= start) & (posts["posted_at"] < start + pd.Timedelta(days=7))]


def claims(load):
    posts = load("posts")
    engagement = posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]
    by_reach = (engagement / posts["reach"] * 100).median()
    by_followers = (engagement / posts["followers_at_post"] * 100).median()
    week = _week(posts, "2026-03-23")

    nb = _solution(load)
    results, accuracy_by = nb["results"], nb["accuracy_by"]
    overall = (results["predicted"] == results["label"]).mean() * 100
    language = accuracy_by(results, "language")

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

    return [
        ("median engagement rate by reach and by followers, and their ratio",
         f"the median of the posts' engagement rates is {by_reach:.2f}% by reach but {by_followers:.2f}% by followers, "
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
    ]
