"""The planted effects of `rti_register` and `holidays` (09-digital-governance finds them), and of
`post_archive` and `ad_ledger` (09b-records-and-ads)."""

from __future__ import annotations

import pandas as pd
import pytest

from course import governance as gov
from course.data import card, load

TODAY = pd.Timestamp("2026-04-30 17:00", tz="Asia/Kolkata")


@pytest.fixture(scope="module")
def reg():
    return load("rti_register")


@pytest.fixture(scope="module")
def hol():
    return load("holidays")


def test_holidays_are_the_reported_2026_dates(hol):
    assert hol["date"].dt.year.eq(2026).all() and hol["date"].is_monotonic_increasing
    days = set(hol["date"].dt.strftime("%m-%d"))
    assert {"01-26", "03-03", "03-04", "03-22", "08-15", "10-02", "12-25"} <= days
    assert (hol["kind"] == "general").sum() == 11  # all eleven general holidays the reports list
    assert "verify against the current notification" in card("holidays")


def test_register_shape(reg):
    assert reg["case_id"].is_unique and reg["received_at"].is_monotonic_increasing
    assert set(reg["kind"]) == {"RTI", "grievance"}
    assert (reg["replied_at"].dropna() <= TODAY).all()
    assert (reg["replied_at"].dropna() > reg.loc[reg["replied_at"].notna(), "received_at"]).all()
    assert not reg.loc[reg["kind"] == "grievance", "life_or_liberty"].any()
    assert (reg["received_at"].dt.day_of_week < 5).all()


def test_overdue_cases_of_both_kinds(reg, hol):
    late = gov.overdue(reg, TODAY, hol)
    assert 5 <= len(late) <= 12
    assert set(late["kind"]) == {"RTI", "grievance"}
    assert late["due"].is_monotonic_increasing


def test_one_life_or_liberty_request_answered_late(reg):
    lol = reg[reg["life_or_liberty"]]
    hours = (lol["replied_at"] - lol["received_at"]).dt.total_seconds() / 3600
    assert len(lol) == 3 and (hours > 48).sum() == 1 and (hours <= 48).sum() == 2
    assert (lol["kind"] == "RTI").all()


def test_holidays_change_the_answer_for_one_grievance(reg, hol):
    with_h = gov.status(reg, TODAY, hol)
    without = gov.status(reg, TODAY, None)
    changed = reg.loc[(without == "overdue") & (with_h != "overdue"), "case_id"].tolist()
    assert len(changed) == 1


def test_calendar_days_would_overcount_grievances(reg, hol):
    """Counting 60 calendar days instead of 60 working days calls pending grievances overdue."""
    g = reg[(reg["kind"] == "grievance") & reg["replied_at"].isna()]
    calendar = g[g["received_at"] + pd.Timedelta(days=60) < TODAY]
    working = gov.overdue(g, TODAY, hol)
    assert len(calendar) >= len(working) + 3


def test_some_replies_late_of_both_kinds(reg, hol):
    st = gov.status(reg, TODAY, hol)
    late = reg.loc[st == "answered late", "kind"]
    assert set(late) == {"RTI", "grievance"}


def test_planted_cases_are_plausible(reg, hol):
    """Urgent replies go out in office hours; the holiday-sensitive grievance arrived on a working day."""
    lol = reg[reg["life_or_liberty"]]
    assert lol["replied_at"].dt.hour.between(10, 17).all()
    g = reg[reg["case_id"] == "GRV-020"].iloc[0]
    assert gov.is_working_day(g["received_at"], hol)


# --- 09b-records-and-ads: post_archive and ad_ledger ------------------------------------------------------

TZ = "Asia/Kolkata"


@pytest.fixture(scope="module")
def arc():
    return load("post_archive")


@pytest.fixture(scope="module")
def led():
    return load("ad_ledger")


def test_archive_versions_are_consistent(arc):
    for _, g in arc.groupby("post_id"):
        assert list(g["version"]) == list(range(1, len(g) + 1))
        assert g["change"].iloc[0] == "none" and (g["change"].iloc[1:] != "none").all()
        assert g["version_at"].is_monotonic_increasing and g["version_at"].iloc[0] == g["published_at"].iloc[0]
        assert g["published_at"].nunique() == 1 and (g["change"].iloc[:-1] != "deleted").all()
    assert set(arc["account"]) == {"@ipr_bihar_demo", "@dpro_gaya_demo"}
    assert set(arc["language"]) == {"Hindi", "English", "Hinglish"}


def test_archive_planted_changes(arc):
    changed = arc[arc["change"] != "none"]
    assert changed["post_id"].nunique() == 8
    assert (changed["change"] == "edited").sum() == 6 and (changed["change"] == "deleted").sum() == 3
    assert list(arc.loc[arc["post_id"] == "AR-041", "change"]) == ["none", "edited", "deleted"]
    for pid in changed.loc[changed["change"] == "edited", "post_id"]:  # an edit changes the text a little
        before, after = arc.loc[arc["post_id"] == pid, "text"].iloc[:2]
        assert before != after and len(set(before.split()) ^ set(after.split())) <= 4


def test_archive_month_depends_on_the_version_date(arc):
    start, end = pd.Timestamp("2026-03-01", tz=TZ), pd.Timestamp("2026-04-01", tz=TZ)
    month = arc[(arc["version_at"] >= start) & (arc["version_at"] < end)]
    by_pub = arc[(arc["published_at"] >= start) & (arc["published_at"] < end)]
    assert set(month["post_id"]) - set(by_pub["post_id"]) == {"AR-026"}  # a February post edited in March
    late = month[month["version_at"] > pd.Timestamp("2026-03-31 00:00", tz=TZ)]
    assert list(late["post_id"]) == ["AR-060"] and (late["change"] == "deleted").all()  # lost by "<= 31 March"


def test_ledger_planted_model_code_boosts(led):
    ach = led["topic"] == "scheme achievement"
    ran = gov.mcc_overlap(led["start"], led["end"])
    started = led["start"].map(gov.mcc_in_force)
    assert list(led.loc[ach & ran, "ad_id"]) and len(led.loc[ach & ran]) == 3
    assert not (ach & started).any()  # none started under the Code: only the whole run finds them
    assert (led.loc[ach & ran, "start"] < gov.MCC_BIHAR_2025[0]).all()
    near = led[ach & ~ran]
    assert ((near["end"] < gov.MCC_BIHAR_2025[0]) & (near["end"] > gov.MCC_BIHAR_2025[0] - pd.Timedelta(days=2))).any()
    assert (led.loc[led["topic"] == "voter awareness", "paid_by"] == "District Election Office").all()
    assert (led["end"] > led["start"]).all() and (led["spend_inr"] > 0).all()


def test_ledger_planted_missing_disclaimers(led):
    needs = led["topic"].isin(["scheme achievement", "voter awareness", "health advisory"])
    lacking = led[needs & led["disclaimer"].isna()]
    assert len(lacking) == 3 and not lacking["social_issue_ad"].any()
    assert led.loc[needs & led["disclaimer"].notna(), "social_issue_ad"].all()
    assert led.loc[~needs, "disclaimer"].isna().all()
    assert led["disclaimer"].dropna().str.startswith("Paid for by").all()
    assert led["disclaimer"].dropna().str.endswith("(demo)").all()
