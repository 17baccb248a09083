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
        # the wrong way round
        _HOURS + _NOTICED + _DONE + "    return (noticed - done) / pd.Timedelta(hours=1)",
        # whole hours only
        _HOURS + _NOTICED + _DONE + "    return (done - noticed).components.hours",
    ],
    "recovery_route": ['recovery_route = "A"', 'recovery_route = "C"', 'recovery_route = "D"'],
    "deepfake_route": ['deepfake_route = "A"', 'deepfake_route = "C"', 'deepfake_route = "D"'],
    "lead_hours": [
        # the sign the wrong way round
        _LEAD + '    return (feed["posted_at"] - feed["needed_by"]) / pd.Timedelta(hours=1)',
        # counted from when the warning arrived, not from when the post went out
        _LEAD + '    return (feed["needed_by"] - feed["warning_received_at"]) / pd.Timedelta(hours=1)',
        # lengths of time, not hours
        _LEAD + '    return feed["needed_by"] - feed["posted_at"]',
        # rounded to whole hours
        _LEAD + '    return ((feed["needed_by"] - feed["posted_at"]) / pd.Timedelta(hours=1)).round()',
    ],
    "alert_timing": ['alert_timing = "A"', 'alert_timing = "C"', 'alert_timing = "D"'],
    "reach_ratio": [
        # upside down
        _RATIO + '    return pairs["error_reach"] / pairs["correction_reach"]',
        # a difference, not a ratio
        _RATIO + '    return pairs["correction_reach"] - pairs["error_reach"]',
        # a percentage
        _RATIO + '    return pairs["correction_reach"] / pairs["error_reach"] * 100',
        # one number for the whole table
        _RATIO + '    return pairs["correction_reach"].sum() / pairs["error_reach"].sum()',
    ],
    "journalist": ['journalist = "A"', 'journalist = "C"', 'journalist = "D"'],
    "holding_post": [
        # no time for the next update
        'holding_post = ("Our Saran district Facebook page was hacked this morning. We have reported it and are '
        'working to restore it. Official updates: state.bihar.gov.in.")',
        # a shortened link instead of the .gov.in address
        'holding_post = ("Our Saran page was hacked. We have reported it and are restoring it. Updates at '
        'bit.ly/saran-updates. Next update at 11 am.")',
        # says nothing about what happened
        'holding_post = "Please ignore our Facebook page for now. Updates on state.bihar.gov.in at 11 am."',
        # far too long
        'holding_post = ("Our Saran district Facebook page was hacked this morning. We have reported it and are '
        'working to restore it. Official updates: state.bihar.gov.in. Next update at 11 am. " * 4)',
    ],
}
