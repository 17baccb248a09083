"""course.classify: the comment classifier module 08 has participants evaluate."""
from __future__ import annotations

import doctest

import numpy as np
import pandas as pd
import pytest

from course import classify
from course.classify import careless_tokenize, tokenize, train, word_counts


def test_doctests():
    assert doctest.testmod(classify).failed == 0


@pytest.mark.parametrize(("text", "words"), [
    ("Sir, पेंशन नहीं आई।", ["sir", "पेंशन", "नहीं", "आई"]),
    ("Rs. 2.5 lakh, isn't it?", ["rs", "2.5", "lakh", "isn't", "it"]),
    ("PENSION Nahi Aaya", ["pension", "nahi", "aaya"]),
    ("(from Gaya) Thanks.", ["from", "gaya", "thanks"]),
    ("?? OK", ["ok"]),
    ("शानदार पहल 👏", ["शानदार", "पहल", "👏"]),
    ("", []),
])
def test_tokenize_keeps_words_whole(text, words):
    assert tokenize(text) == words


def test_careless_tokenize_cuts_hindi_at_vowel_signs():
    assert careless_tokenize("पेंशन नहीं आई") != tokenize("पेंशन नहीं आई")
    assert careless_tokenize("Pension, not received!") == ["pension", "not", "received"]


def test_word_counts_count_repeats_and_fill_zeros():
    table = word_counts(["thanks sir", "pension not received sir", "thanks thanks"],
                        ["appreciation", "grievance", "appreciation"])
    assert list(table.columns) == ["appreciation", "grievance"]
    assert len(table) == 5
    assert table.loc["thanks", "appreciation"] == 3 and table.loc["thanks", "grievance"] == 0
    assert table.loc["sir"].tolist() == [1, 1]


def test_training_smooths_and_sets_priors():
    model = train(["a a c", "b b b"], ["x", "y"])
    # x: a 2, b 0, c 1 (3 words); y: a 0, b 3, c 0; 3 different words
    want = pd.DataFrame({"x": [3 / 6, 1 / 6, 2 / 6], "y": [1 / 6, 4 / 6, 1 / 6]}, index=["a", "b", "c"])
    pd.testing.assert_frame_equal(model.probs, want, check_names=False)
    assert model.probs.sum().round(12).tolist() == [1.0, 1.0]
    assert model.priors.to_dict() == {"x": 0.5, "y": 0.5}


def test_scores_count_repeats_skip_unknown_words_and_add_the_prior():
    model = train(["free free click", "pension pending", "pension nahi", "thanks"],
                  ["spam", "grievance", "grievance", "appreciation"])
    scores = model.scores("FREE free pension, hello!")
    for label in model.priors.index:
        want = (np.log(model.priors[label]) + 2 * np.log(model.probs.loc["free", label])
                + np.log(model.probs.loc["pension", label]))
        assert scores[label] == pytest.approx(want)
    assert model.predict("free free pension") == "spam"
    assert model.predict("namaste ji") == "grievance"  # only unknown words: the prior decides
    assert model.predict("pension nahi aaya") == "grievance"


def test_confidence_is_the_top_labels_share():
    model = train(["free click", "pension pending", "pension nahi"], ["spam", "grievance", "grievance"])
    scores = model.scores("pension")
    chances = np.exp(scores)
    assert model.confidence("pension") == pytest.approx(chances.max() / chances.sum())
    assert 1 / 2 < model.confidence("pension") <= 1


def test_classify_adds_predicted_and_confidence():
    model = train(["free click", "pension pending", "thanks sir"], ["spam", "grievance", "appreciation"])
    comments = pd.DataFrame({"comment_id": ["C1", "C2"], "language": ["English", "Hinglish"],
                             "text": ["click free", "pension nahi aaya"],
                             "label": pd.Categorical(["spam", "grievance"]), "extra": [1, 2]})
    table = model.classify(comments)
    assert list(table.columns) == ["comment_id", "language", "text", "label", "predicted", "confidence"]
    assert table["predicted"].tolist() == ["spam", "grievance"]
    assert table["label"].map(type).eq(str).all()
    assert table["confidence"].between(0, 1).all()
    assert "predicted" not in comments


def test_course_data_accuracy_is_high_and_the_careless_tokenizer_hurts_hindi():
    from course.data import load

    comments = load("comments")
    number = comments["comment_id"].str[1:].astype(int)
    train_set, test_set = comments[number % 10 == 1], comments[number % 5 == 0]
    results = train(train_set["text"], train_set["label"]).classify(test_set)
    careless = train(train_set["text"], train_set["label"], tokenizer=careless_tokenize).classify(test_set)

    def accuracy(table, language):
        rows = table[table["language"] == language]
        return (rows["predicted"] == rows["label"]).mean()

    assert (results["predicted"] == results["label"]).mean() > 0.9
    assert accuracy(careless, "Hindi") < accuracy(results, "Hindi") - 0.1
