"""Plausible wrong answers for 10-crisis-and-incident-response: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

_HOURS = "def hours_after_notice(log, event):\n"
_LEAD = "def lead_hours(feed):\n"
_RATIO = "def reach_ratio(pairs):\n"
_NOTICED = '    noticed = log[log["event"] == "takeover noticed"]["at"].min()\n'
_DONE = '    done = log[log["event"] == event]["at"].min()\n'

WRONG_ANSWERS = {
    "hours_after_notice": [
        # the clock started at the first event in the log (the fake post), not when it was noticed
        _HOURS + _DONE + '    return (done - log["at"].min()) / pd.Timedelta(hours=1)',
        # minutes, not hours
        _HOURS + _NOTICED + _DONE + "    return (done - noticed) / pd.Timedelta(minutes=1)",
        # the length of time, not a number
        _HOURS + _NOTICED + _DONE + "    return done - noticed",
        # the first row, not the earliest time (the log may not be in time order)
        _HOURS + _NOTICED + '    done = log[log["event"] == event]["at"].iloc[0]\n'
                 "    return (done - noticed) / pd.Timedelta(hours=1)",
        # the last row (right only when the earliest duplicate happens to be listed last)
        _HOURS + _NOTICED + '    done = log[log["event"] == event]["at"].iloc[-1]\n'
                 "    return (done - noticed) / pd.Timedelta(hours=1)",
        # the latest time of an event logged more than once
        _HOURS + _NOTICED + '    done = log[log["event"] == event]["at"].max()\n'
                 "    return (done - noticed) / pd.Timedelta(hours=1)",
        # the wrong way round
        _HOURS + _NOTICED + _DONE + "    return (noticed - done) / pd.Timedelta(hours=1)",
        # abs(): right for events after the notice, but an event logged before it (the fake post, a login
        # alert) must come out negative
        _HOURS + _NOTICED + _DONE + "    return abs(done - noticed) / pd.Timedelta(hours=1)",
        # whole hours only
        _HOURS + _NOTICED + _DONE + "    return (done - noticed).components.hours",
        # .seconds leaves out whole days: right under 24 hours, 10.5 instead of 34.5 for a page back the next day
        _HOURS + _NOTICED + _DONE + "    return (done - noticed).seconds / 3600",
        # floor division: whole hours, the minutes lost
        _HOURS + _NOTICED + _DONE + "    return (done - noticed) // pd.Timedelta(hours=1)",
    ],
    "deepfake_route": ['deepfake_route = "A"', 'deepfake_route = "B"', 'deepfake_route = "D"'],
    "lead_hours": [
        # the sign the wrong way round
        _LEAD + '    return (feed["posted_at"] - feed["needed_by"]) / pd.Timedelta(hours=1)',
        # counted from when the warning arrived, not from when the post went out
        _LEAD + '    return (feed["needed_by"] - feed["warning_received_at"]) / pd.Timedelta(hours=1)',
        # lengths of time, not hours
        _LEAD + '    return feed["needed_by"] - feed["posted_at"]',
        # rounded to whole hours
        _LEAD + '    return ((feed["needed_by"] - feed["posted_at"]) / pd.Timedelta(hours=1)).round()',
        # rows without needed_by filled with 0, as if those posts came just as the hazard did
        _LEAD + '    return ((feed["needed_by"] - feed["posted_at"]) / pd.Timedelta(hours=1)).fillna(0)',
        # only the alerts: one value per row with a needed_by
        _LEAD + '    return ((feed["needed_by"] - feed["posted_at"]) / pd.Timedelta(hours=1)).dropna()',
        # .dt.seconds leaves out whole days (29.5 hours gives 5.5) and turns a late alert's -3.25 into 20.75
        _LEAD + '    return (feed["needed_by"] - feed["posted_at"]).dt.seconds / 3600',
        # floor division: whole hours, the minutes lost
        _LEAD + '    return (feed["needed_by"] - feed["posted_at"]) // pd.Timedelta(hours=1)',
        # an array without the table's labels, not a Series
        _LEAD + '    return ((feed["needed_by"] - feed["posted_at"]) / pd.Timedelta(hours=1)).to_numpy()',
    ],
    "alert_timing": ['alert_timing = "B"', 'alert_timing = "C"', 'alert_timing = "D"'],
    "reach_ratio": [
        # upside down
        _RATIO + '    return pairs["error_reach"] / pairs["correction_reach"]',
        # a difference, not a ratio
        _RATIO + '    return pairs["correction_reach"] - pairs["error_reach"]',
        # a percentage
        _RATIO + '    return pairs["correction_reach"] / pairs["error_reach"] * 100',
        # one number for the whole table
        _RATIO + '    return pairs["correction_reach"].sum() / pairs["error_reach"].sum()',
        # an array without the table's labels, not a Series
        _RATIO + '    return (pairs["correction_reach"] / pairs["error_reach"]).to_numpy()',
    ],
}
