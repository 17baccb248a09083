"""Right answers for 10-crisis-and-incident-response: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

_HOURS = "def hours_after_notice(log, event):\n"
_LEAD = "def lead_hours(feed):\n"
_RATIO = "def reach_ratio(pairs):\n"

RIGHT_ANSWERS = {
    "hours_after_notice": [
        # seconds divided by 3600, with .loc
        _HOURS + '    start = log.loc[log["event"] == "takeover noticed", "at"].min()\n'
                 '    end = log.loc[log["event"] == event, "at"].min()\n'
                 "    return (end - start).total_seconds() / 3600",
        # sort by time first, then the first row of each
        _HOURS + '    ordered = log.sort_values("at")\n'
                 '    start = ordered[ordered["event"] == "takeover noticed"]["at"].iloc[0]\n'
                 '    end = ordered[ordered["event"] == event]["at"].iloc[0]\n'
                 "    hours = (end - start) / pd.Timedelta(hours=1)\n    return round(hours, 2)",
        # the course tool, once found
        "from course.incidents import hours_after_notice as _tool\n\n\n"
        + _HOURS + "    return _tool(log, event)",
    ],
    "recovery_route": ['recovery_route = "b"', 'recovery_route = "(B)"',
                       'recovery_route = "own recovery route, warn, 1930, CERT-In"'],
    "deepfake_route": ['deepfake_route = "b"', 'deepfake_route = "Option B"'],
    "lead_hours": [
        # seconds divided by 3600
        _LEAD + '    gap = feed["needed_by"] - feed["posted_at"]\n    return gap.dt.total_seconds() / 3600',
        # rounded to 2 decimals, with .div
        _LEAD + '    return (feed["needed_by"] - feed["posted_at"]).div(pd.Timedelta(hours=1)).round(2)',
        # the course tool
        "from course.incidents import lead_hours as _tool\n\n\n" + _LEAD + "    return _tool(feed)",
    ],
    "alert_timing": ['alert_timing = "b"', 'alert_timing = "B."'],
    "reach_ratio": [
        # .div and attribute access
        _RATIO + "    return pairs.correction_reach.div(pairs.error_reach)",
        # rounded to 3 decimals, in two steps
        _RATIO + '    ratio = pairs["correction_reach"] / pairs["error_reach"]\n    return ratio.round(3)',
        # floats first
        _RATIO + '    return pairs["correction_reach"].astype(float) / pairs["error_reach"].astype(float)',
    ],
    "journalist": ['journalist = "b"', 'journalist = " B "'],
    "holding_post": [
        # in Hindi
        'holding_post = ("हमारा सारण जिला फेसबुक पेज आज सुबह हैक हो गया है। उस पर दिखी \'बाढ़ राहत\' पोस्ट फर्जी है, '
        'उसके लिंक पर क्लिक न करें। हम पेज वापस लेने का काम कर रहे हैं और इसकी शिकायत कर दी है। '
        'आधिकारिक जानकारी: state.bihar.gov.in । अगला अपडेट 11 बजे।")',
        # short, with a 24-hour time and the handle
        'holding_post = ("Saran district\'s Facebook page has been taken over: the \'relief top-up\' post is fake. '
        'We have reported it to Meta and CERT-In. Follow this account and state.bihar.gov.in for updates; '
        'next update by 14:00.")',
        # in pieces joined together
        'what = "ALERT: our Facebook page was compromised at 7 am and is posting fake relief offers."\n'
        'doing = "We are working with Meta to recover it."\n'
        'where = "Only trust state.bihar.gov.in."\n'
        'when = "We will update within 2 hours."\n'
        'holding_post = " ".join([what, doing, where, when])',
    ],
}
