"""Deadlines an officer is accountable for: RTI replies, grievance decisions, the Model Code of Conduct.

The tool 09-digital-governance and 09b-records-and-ads teach and the capstone reuses::

    from course.governance import due_dates, overdue, add_working_days
    register["due"] = due_dates(register, holidays)
    late = overdue(register, today, holidays)

The rules it encodes (each cited in the notebook, verified on the date given there):

- **RTI Act 2005, s.7(1)**: a reply within 30 days of receiving the request; within 48 hours where the
  information concerns the life or liberty of a person. The Act counts days and hours, not working days.
- **Bihar Right to Public Grievance Redressal Act 2015** and its rules: a hearing and a decision within
  60 **working** days of the complaint.
- **Working days**: not a weekend day and not a holiday. Bihar's secretariat and directorates work five
  days a week (Saturday and Sunday off), its field offices six (Sunday off): pass `weekend=SIX_DAY_WEEK`
  for a district office. The holiday list is the year's notification of the General Administration
  Department: the course's `holidays` dataset is an example, not the notification.
- **Model Code of Conduct, Bihar Assembly election 2025**: in force from the announcement of the
  schedule on 6 October 2025 until the Election Commission declared it ceased on 16 November 2025.
  `mcc_in_force(moment)` for one moment; `mcc_overlap(start, end)` for something that ran over days
  (a boosted post), used in 09b-records-and-ads.

What it cannot tell you: whether a request really concerns life or liberty, whether a complaint falls
under the Grievance Act or the Right to Public Services Act, or an extension a rule allows. Those are
decisions; the tool only does the counting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

TZ = "Asia/Kolkata"
RTI_DAYS = 30
LIFE_OR_LIBERTY_HOURS = 48
GRIEVANCE_WORKING_DAYS = 60
FIVE_DAY_WEEK = (5, 6)  # Saturday and Sunday off (Monday is 0): secretariat and directorates
SIX_DAY_WEEK = (6,)  # Sunday off: field (district) offices
MCC_BIHAR_2025 = (pd.Timestamp("2025-10-06 00:00", tz=TZ), pd.Timestamp("2025-11-16 23:59:59", tz=TZ))

__all__ = [
    "FIVE_DAY_WEEK", "GRIEVANCE_WORKING_DAYS", "LIFE_OR_LIBERTY_HOURS", "MCC_BIHAR_2025", "RTI_DAYS",
    "SIX_DAY_WEEK", "add_working_days", "due_date", "due_dates", "is_working_day", "mcc_in_force",
    "mcc_overlap", "overdue", "rti_due", "status", "working_days_between",
]


def _day(value) -> dt.date:
    """A calendar date from a Timestamp, datetime, date or 'YYYY-MM-DD' text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return pd.Timestamp(value).date()


def _holiday_set(holidays) -> frozenset[dt.date]:
    """Holidays as a set of dates: from the `holidays` table (its `date` column), a column, or a list."""
    if holidays is None:
        return frozenset()
    if isinstance(holidays, pd.DataFrame):
        holidays = holidays["date"]
    if isinstance(holidays, pd.Series):
        holidays = holidays.dropna().tolist()
    return frozenset(_day(h) for h in holidays)


def is_working_day(day, holidays=None, weekend: Iterable[int] = FIVE_DAY_WEEK) -> bool:
    """True if `day` is neither a weekend day (0 = Monday ... 6 = Sunday) nor in `holidays`."""
    d = _day(day)
    return d.weekday() not in tuple(weekend) and d not in _holiday_set(holidays)


def add_working_days(start, n: int, holidays=None, weekend: Iterable[int] = FIVE_DAY_WEEK) -> pd.Timestamp:
    """The `n`-th working day after the day of `start`, at the same clock time.

    The day of receipt is day 0 (it does not count, whether or not it is a working day), so a complaint
    received on a Friday with `n=1` is due on Monday (five-day week, no holiday).
    """
    if n < 0:
        raise ValueError("n must be 0 or more")
    stamp = pd.Timestamp(start)
    off = _holiday_set(holidays)
    weekend = tuple(weekend)
    day, counted = stamp.normalize(), 0
    while counted < n:
        day += pd.Timedelta(days=1)
        if day.weekday() not in weekend and day.date() not in off:
            counted += 1
    return day + (stamp - stamp.normalize())


def working_days_between(start, end, holidays=None, weekend: Iterable[int] = FIVE_DAY_WEEK) -> int:
    """How many working days come after the day of `start`, up to and including the day of `end`."""
    first, last = _day(start), _day(end)
    off = _holiday_set(holidays)
    weekend = tuple(weekend)
    count, day = 0, first
    while day < last:
        day += dt.timedelta(days=1)
        if day.weekday() not in weekend and day not in off:
            count += 1
    return count


def rti_due(received, life_or_liberty: bool = False) -> pd.Timestamp:
    """When an RTI reply is due: 30 days after receipt, or 48 hours where life or liberty is at stake."""
    received = pd.Timestamp(received)
    if bool(life_or_liberty):
        return received + pd.Timedelta(hours=LIFE_OR_LIBERTY_HOURS)
    return received + pd.Timedelta(days=RTI_DAYS)


def due_date(kind: str, received, life_or_liberty: bool = False, holidays=None,
             weekend: Iterable[int] = FIVE_DAY_WEEK) -> pd.Timestamp:
    """The deadline of one case: `kind` is "RTI" or "grievance"."""
    if str(kind) == "RTI":
        return rti_due(received, life_or_liberty)
    if str(kind) == "grievance":
        return add_working_days(received, GRIEVANCE_WORKING_DAYS, holidays, weekend)
    raise ValueError(f"kind should be 'RTI' or 'grievance', not {kind!r}")


def due_dates(register: pd.DataFrame, holidays=None, weekend: Iterable[int] = FIVE_DAY_WEEK) -> pd.Series:
    """The deadline of every case in a register with columns `kind`, `received_at`, `life_or_liberty`."""
    off = _holiday_set(holidays)
    values = [due_date(k, r, bool(lol), off, weekend) for k, r, lol in
              zip(register["kind"], register["received_at"], register["life_or_liberty"], strict=True)]
    return pd.Series(values, index=register.index, name="due", dtype=register["received_at"].dtype)


def status(register: pd.DataFrame, today, holidays=None, weekend: Iterable[int] = FIVE_DAY_WEEK) -> pd.Series:
    """Each case's state on `today`: "answered in time", "answered late", "overdue" or "pending"."""
    due = due_dates(register, holidays, weekend)
    replied = register["replied_at"]
    today = pd.Timestamp(today)
    out = pd.Series("pending", index=register.index, name="status", dtype="object")
    out[replied.notna() & (replied <= due)] = "answered in time"
    out[replied.notna() & (replied > due)] = "answered late"
    out[replied.isna() & (due < today)] = "overdue"
    return out


def overdue(register: pd.DataFrame, today, holidays=None, weekend: Iterable[int] = FIVE_DAY_WEEK) -> pd.DataFrame:
    """The cases with no reply whose deadline passed before `today`, oldest deadline first, with a `due` column."""
    table = register.assign(due=due_dates(register, holidays, weekend))
    late = table[table["replied_at"].isna() & (table["due"] < pd.Timestamp(today))]
    return late.sort_values(["due", "case_id"] if "case_id" in late.columns else "due")


def mcc_in_force(when, period=MCC_BIHAR_2025) -> bool:
    """True if `when` falls inside the Model Code period (default: Bihar's 2025 Assembly election)."""
    start, end = period
    when = pd.Timestamp(when)
    if when.tzinfo is None:
        when = when.tz_localize(TZ)
    return bool(start <= when <= end)


def mcc_overlap(start, end, period=MCC_BIHAR_2025):
    """True if something that ran from `start` to `end` was running at any moment of the Model Code period.

    `start` and `end` are moments or columns of them (then the answer is a column of True/False): an ad
    that started before the Code and was still running when it came into force counts.
    """
    first, last = period

    def _tz(x):
        if isinstance(x, pd.Series):
            x = pd.to_datetime(x)
            return x.dt.tz_localize(TZ) if x.dt.tz is None else x
        x = pd.Timestamp(x)
        return x.tz_localize(TZ) if x.tzinfo is None else x

    s, e = _tz(start), _tz(end)
    out = (s <= last) & (e >= first)
    return out if isinstance(out, pd.Series) else bool(out)
