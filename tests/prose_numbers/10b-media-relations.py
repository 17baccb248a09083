"""Numbers about the course data in 10b-media-relations' text, computed from the data.

Each fragment must appear word for word in source/10b-media-relations (tests/test_prose_numbers.py): the
Sitamarhi alert that opens the flood day is read from `flood_feed`. The press note's figures are a table
the notebook builds itself, not course data.
"""
from __future__ import annotations


def _clock(t):
    """8 pm, 11 am, noon: the hour as the notebook writes it (whole hours only)."""
    assert t.minute == 0
    return "noon" if t.hour == 12 else f"{(t.hour - 1) % 12 + 1} {'am' if t.hour < 12 else 'pm'}"


def claims(load):
    feed = load("flood_feed")
    alert = feed[feed["post_id"] == "FL-055"].iloc[0]
    assert (alert["district"], alert["kind"]) == ("Sitamarhi", "alert") and "Bagmati" in alert["text"]
    assert alert["posted_at"] < alert["needed_by"]
    return [
        ("the Sitamarhi alert", "`FL-055`, the Bagmati rising in Sitamarhi"),
        ("the alert's warning and post",
         f"The control room's warning came at {alert['warning_received_at']:%H:%M} on "
         f"{alert['warning_received_at'].day} {alert['warning_received_at']:%B %Y} and the page posted it at "
         f"{alert['posted_at']:%H:%M}, well before the water expected at {_clock(alert['needed_by'])}."),
    ]
