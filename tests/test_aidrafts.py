"""course.aidrafts: every fact in a draft's columns is written in its text, and the drafts' errors are the planted ones."""
from __future__ import annotations

import pandas as pd
import pytest

from course.aidrafts import COLUMNS, FACTS, drafts, rupees
from course.data import load


def _wrong(draft, official) -> list[str]:
    """The facts of a draft that disagree with its scheme's row (the rule module 08b teaches)."""
    checks = {"amount": draft["amount_inr"] != official["invented_benefit_inr"],
              "group": draft["group"] != official["target_group"],
              "link": draft["link_domain"] != official["source_domain"],
              "deadline": draft["deadline"] != ""}
    return [fact for fact in FACTS if checks[fact]]


def test_columns_and_types():
    table = drafts()
    assert list(table.columns) == COLUMNS
    assert table["draft"].is_unique
    assert table["amount_inr"].dtype == "int64"
    assert set(table["scheme"]) <= set(load("schemes")["scheme"])


@pytest.mark.parametrize("row", range(len(drafts())))
def test_every_fact_is_in_the_text(row):
    draft = drafts().iloc[row]
    text = draft["text"]
    assert rupees(draft["amount_inr"]) in text
    assert draft["group"] in text
    assert f"https://{draft['link_domain']}/" in text
    assert draft["deadline"] == "" or draft["deadline"] in text
    scheme = load("schemes").set_index("scheme").loc[draft["scheme"]]
    assert scheme["hashtag"] in text


def test_the_planted_errors():
    schemes = load("schemes").set_index("scheme")
    found = {d["draft"]: _wrong(d, schemes.loc[d["scheme"]]) for _, d in drafts().iterrows()}
    assert found == {"D1": [], "D2": ["amount", "deadline"], "D3": ["group", "link"], "D4": ["link"],
                     "D5": ["group", "deadline"]}
    # a look-alike that contains the official domain: a substring test would pass it
    d4 = drafts().set_index("draft").loc["D4"]
    assert schemes.loc["Vriddhajan Pension", "source_domain"] in d4["link_domain"]


def test_rupees():
    assert [rupees(n) for n in (0, 999, 1000, 10000, 400000, 12345678)] == [
        "₹0", "₹999", "₹1,000", "₹10,000", "₹4,00,000", "₹1,23,45,678"]
    assert isinstance(drafts(), pd.DataFrame)
