"""The effects 10-crisis-and-incident-response finds in `incident_log` and `flood_feed` are in the data."""
from __future__ import annotations

import pandas as pd
import pytest

from course import incidents as inc
from course.data import load


@pytest.fixture(scope="module")
def log():
    return load("incident_log")


@pytest.fixture(scope="module")
def feed():
    return load("flood_feed")


def test_each_incident_has_one_noticed_event_and_its_log_is_in_time_order(log):
    assert (log.groupby("incident_id")["event"].apply(lambda e: (e == "takeover noticed").sum()) == 1).all()
    assert (log.groupby("incident_id")["at"].apply(lambda s: s.is_monotonic_increasing)).all()


def test_planted_missed_duties(log):
    rep = inc.duty_report(log)
    missed = set(rep.loc[~rep["met"], ["incident_id", "duty"]].apply(tuple, axis=1))
    assert missed == {("INC-01", "report to CERT-In"), ("INC-03", "warn followers on other channels"),
                      ("INC-04", "ask Meta to recover the page")}
    one = log[log["incident_id"] == "INC-01"]
    assert 6 < inc.hours_after_notice(one, "CERT-In report") < 7  # waited for the page to come back
    assert inc.hours_after_notice(one, "page recovered") < 6  # ... although it was back within 6 hours


def test_held_alerts_reach_more_but_warn_later(feed):
    alerts = feed[feed["kind"] == "alert"].copy()
    alerts["lead"] = inc.lead_hours(alerts)
    held = alerts["posted_at"].dt.hour == 20
    assert held.sum() == 9
    assert alerts.loc[held, "reach"].median() > 1.4 * alerts.loc[~held, "reach"].median()
    assert alerts.loc[held, "lead"].median() < alerts.loc[~held, "lead"].median() - 6
    assert (alerts.loc[held, "lead"] < 0).sum() >= 1  # at least one after the hazard was expected
    assert (alerts.loc[~held, "lead"] > 9).all()
    assert feed.loc[feed["kind"] != "alert", "needed_by"].isna().all()


def test_only_amplified_corrections_catch_up(feed):
    pairs = inc.pair_corrections(feed)
    ratio = pairs["correction_reach"] / pairs["error_reach"]
    assert len(pairs) == 8 and pairs["amplified"].sum() == 2
    assert (ratio[pairs["amplified"]] >= 1).all() and (ratio[~pairs["amplified"]] < 0.6).all()
    assert (pairs["hours_later"] > 0).all()
    assert set(pairs["error_id"]) <= set(feed.loc[feed["kind"] == "advisory", "post_id"])
    assert feed.loc[feed["kind"] == "correction", "corrects"].notna().all()
    assert feed.loc[feed["kind"] != "correction", "corrects"].isna().all()


def test_no_contact_numbers_in_posts(feed):
    assert not feed["text"].str.contains(r"\d{5}", regex=True).any()
    assert pd.api.types.is_integer_dtype(feed["reach"])
