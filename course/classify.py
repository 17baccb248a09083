"""A small comment classifier (naive Bayes on word counts), provided so that an officer can *evaluate* it.

Module 08 explains the idea in plain words and has participants judge this classifier: accuracy per
language, recall per label, a confidence threshold below which a person decides. Nobody has to write it;
the notebook's optional "How it works" section shows the same steps.

    >>> from course.classify import train
    >>> model = train(["pension nahi aaya", "click here free", "pension pending"],
    ...               ["grievance", "spam_scam", "grievance"])
    >>> model.predict("Pension abhi tak nahi aaya!")
    'grievance'

The steps:

1. `tokenize`: lower case, split at spaces, punctuation stripped from the two ends of each word (so
   Hindi words keep their vowel signs, and "2.5" and "isn't" stay whole);
2. `word_counts`: how many times each word appears in the training comments of each label;
3. add-one smoothing: P(word | label) = (count + 1) / (the label's words + the number of different words),
   so that a word never seen with a label does not make that label impossible;
4. a comment's score for a label: log P(label) + the sum of log P(word | label) over its words (a repeated
   word counts each time; words never seen in training are skipped); the highest score wins;
5. confidence: the scores turned back into probabilities, the top label's share (naive Bayes is known to
   be over-confident: treat it as a ranking, not a promise).

`careless_tokenize` is the "letters and digits" pattern many tools use; it cuts Hindi words at their vowel
signs, which the notebook measures.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

PUNCTUATION = ".,!?।;:\"'()"


def tokenize(text: str) -> list[str]:
    """The words of `text`: lower case, split at spaces, PUNCTUATION stripped from both ends, empty words left out.

    >>> tokenize("Sir, पेंशन नहीं आई।")
    ['sir', 'पेंशन', 'नहीं', 'आई']
    >>> tokenize("Rs. 2.5 lakh, isn't it?")
    ['rs', '2.5', 'lakh', "isn't", 'it']
    """
    words = []
    for word in str(text).lower().split():
        word = word.strip(PUNCTUATION)
        if word:
            words.append(word)
    return words


def careless_tokenize(text: str) -> list[str]:
    """Runs of "letters and digits" (the regular expression \\w+): Hindi vowel signs count as punctuation.

    >>> careless_tokenize("पेंशन नहीं आई")
    ['प', 'शन', 'नह', 'आई']
    """
    return re.findall(r"\w+", str(text).lower())


def word_counts(texts: Iterable[str], labels: Iterable[str],
                tokenizer: Callable[[str], list[str]] = tokenize) -> pd.DataFrame:
    """One row per word, one column per label: how many times the word appears in comments of that label."""
    rows = pd.DataFrame({"word": [tokenizer(t) for t in texts], "label": [str(label) for label in labels]})
    rows = rows.explode("word").dropna()
    return pd.crosstab(rows["word"], rows["label"])


@dataclass
class Classifier:
    """A trained classifier: its word counts, word probabilities per label, label priors and tokenizer."""

    counts: pd.DataFrame            # word x label: times seen in training
    probs: pd.DataFrame             # word x label: P(word | label), add-one smoothed
    priors: pd.Series               # label: P(label), the label's share of the training comments
    tokenizer: Callable[[str], list[str]] = tokenize

    def scores(self, text: str) -> pd.Series:
        """log P(label) + the sum of log P(word | label) over the words of `text` the classifier knows."""
        words = [w for w in self.tokenizer(text) if w in self.probs.index]
        return np.log(self.priors) + np.log(self.probs.loc[words]).sum()

    def predict(self, text: str) -> str:
        """The label with the highest score."""
        return str(self.scores(text).idxmax())

    def confidence(self, text: str) -> float:
        """How sure the classifier is of its top label, from 0 to 1."""
        return _confidence(self.scores(text))

    def classify(self, comments: pd.DataFrame) -> pd.DataFrame:
        """The comments (comment_id, language, text, label) with `predicted` and `confidence` added."""
        table = comments[["comment_id", "language", "text", "label"]].copy()
        table["label"] = table["label"].astype(str)
        scores = [self.scores(t) for t in table["text"]]
        table["predicted"] = [str(s.idxmax()) for s in scores]
        table["confidence"] = [_confidence(s) for s in scores]
        return table


def _confidence(scores: pd.Series) -> float:
    chances = np.exp(scores - scores.max())
    return float(chances.max() / chances.sum())


def train(texts: Iterable[str], labels: Iterable[str],
          tokenizer: Callable[[str], list[str]] = tokenize) -> Classifier:
    """Learn word counts, smoothed word probabilities and label priors from labelled comments."""
    texts, labels = list(texts), [str(label) for label in labels]
    counts = word_counts(texts, labels, tokenizer)
    probs = (counts + 1) / (counts.sum() + len(counts))
    priors = pd.Series(labels).value_counts(normalize=True)
    return Classifier(counts=counts, probs=probs, priors=priors, tokenizer=tokenizer)
