"""course.governance: the deadlines 09-digital-governance teaches, as a tool the capstone reuses."""

from __future__ import annotations

import pandas as pd
import pytest

from course import governance as gov

TZ = "Asia/Kolkata"


def ts(text):
    return pd.Timestamp(text, tz=TZ)


HOLS = [ts("2026-03-03"), ts("2026-03-04")]  # Holi, a Tuesday and a Wednesday


def test_rti_due_counts_days_and_hours_not_working_days():
    assert gov.rti_due(ts("2026-01-02 11:15")) == ts("2026-02-01 11:15")  # a Sunday: the Act counts days
    assert gov.rti_due(ts("2026-01-02 11:15"), True) == ts("2026-01-04 11:15")  # 48 hours, over a weekend
    assert gov.rti_due("2026-03-31 10:00") == pd.Timestamp("2026-04-30 10:00")


def test_working_days_skip_weekends_holidays_and_the_day_of_receipt():
    friday = ts("2026-02-27 16:00")
    assert gov.add_working_days(friday, 1) == ts("2026-03-02 16:00")  # Monday
    assert gov.add_working_days(friday, 2, HOLS) == ts("2026-03-05 16:00")  # Holi skipped
    assert gov.add_working_days(friday, 2, HOLS, weekend=gov.SIX_DAY_WEEK) == ts("2026-03-02 16:00")
    assert gov.add_working_days(friday, 0) == friday
    saturday = ts("2026-02-28 10:00")
    assert gov.add_working_days(saturday, 1) == ts("2026-03-02 10:00")
    with pytest.raises(ValueError):
        gov.add_working_days(friday, -1)


def test_sixty_working_days_and_the_count_back():
    start = ts("2026-01-02 11:30")
    due = gov.add_working_days(start, 60, HOLS)
    assert gov.working_days_between(start, due, HOLS) == 60
    assert gov.working_days_between(start, due - pd.Timedelta(days=1), HOLS) == 59
    assert gov.due_date("grievance", start, False, HOLS) == due
    assert gov.due_date("RTI", start, False, HOLS) == ts("2026-02-01 11:30")
    with pytest.raises(ValueError):
        gov.due_date("appeal", start)


def test_holidays_in_any_shape():
    as_table = pd.DataFrame({"date": HOLS})
    for shape in (as_table, as_table["date"], HOLS, ["2026-03-03", "2026-03-04"]):
        assert not gov.is_working_day(ts("2026-03-03 12:00"), shape)
    assert gov.is_working_day(ts("2026-03-05"), HOLS)
    assert not gov.is_working_day(ts("2026-03-07"))  # Saturday
    assert gov.is_working_day(ts("2026-03-07"), weekend=gov.SIX_DAY_WEEK)


def _register():
    return pd.DataFrame({
        "case_id": ["RTI-1", "RTI-2", "RTI-3", "GRV-1", "GRV-2", "RTI-4"],
        "kind": ["RTI", "RTI", "RTI", "grievance", "grievance", "RTI"],
        "received_at": [ts("2026-01-05 10:00"), ts("2026-01-10 10:00"), ts("2026-03-20 10:00"),
                        ts("2026-01-05 10:00"), ts("2026-02-02 10:00"), ts("2026-04-27 10:00")],
        "life_or_liberty": [False, False, False, False, False, True],
        "replied_at": [ts("2026-02-01 10:00"), pd.NaT, pd.NaT, pd.NaT, ts("2026-04-01"), pd.NaT],
    })


def test_status_and_overdue_on_a_small_register():
    reg = _register()
    today = ts("2026-04-30 17:00")
    st = gov.status(reg, today, HOLS)
    assert list(st) == ["answered in time", "overdue", "overdue", "overdue", "answered in time", "overdue"]
    late = gov.overdue(reg, today, HOLS)
    assert list(late["case_id"]) == ["RTI-2", "GRV-1", "RTI-3", "RTI-4"]
    assert (late["due"] < today).all() and "due" not in reg.columns
    earlier = gov.status(reg, ts("2026-02-01 09:00"), HOLS)
    assert list(earlier) == ["answered in time", "pending", "pending", "pending", "answered in time", "pending"]


def test_due_dates_keep_the_index_and_timezone():
    reg = _register().set_index("case_id")
    due = gov.due_dates(reg, HOLS)
    assert list(due.index) == list(reg.index)
    assert str(due.dt.tz) == TZ


def test_model_code_period_of_bihar_2025():
    assert gov.mcc_in_force(ts("2025-10-06 09:00"))
    assert gov.mcc_in_force("2025-11-16 20:00")
    assert not gov.mcc_in_force(ts("2025-10-05 23:00"))
    assert not gov.mcc_in_force(ts("2025-11-17 00:01"))


def test_mcc_overlap_counts_a_run_that_reaches_into_the_code():
    assert gov.mcc_overlap(ts("2025-09-26 10:00"), ts("2025-10-12 09:00"))  # started before, ran into it
    assert gov.mcc_overlap("2025-11-16 20:00", "2025-11-20")  # naive times are Indian time
    assert not gov.mcc_overlap(ts("2025-09-28"), ts("2025-10-05 09:00"))  # ended the day before
    assert not gov.mcc_overlap(ts("2025-11-17 00:00"), ts("2025-11-24"))  # started after it ceased
    assert gov.mcc_overlap(ts("2025-08-01"), ts("2025-12-01"))  # around the whole period
    starts = pd.Series([ts("2025-09-26"), ts("2025-11-17 09:00")])
    ends = pd.Series([ts("2025-10-12"), ts("2025-11-18")])
    assert list(gov.mcc_overlap(starts, ends)) == [True, False]
    other = (ts("2026-01-01"), ts("2026-01-31"))
    assert gov.mcc_overlap(ts("2025-12-20"), ts("2026-01-02"), period=other)
