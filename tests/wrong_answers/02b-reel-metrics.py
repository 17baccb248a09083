"""Plausible wrong answers for 02b-reel-metrics: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

WRONG_ANSWERS = {
    "retention": [
        # forgot * 100
        'def retention(watch, reel_id):\n    one = watch[watch["reel_id"] == reel_id].set_index("second")\n'
        '    return one["viewers_remaining"] / one["views"]',
        # kept the row numbers as index instead of the seconds
        'def retention(watch, reel_id):\n    one = watch[watch["reel_id"] == reel_id]\n'
        '    return one["viewers_remaining"] / one["views"] * 100',
        # divided by the 3-second views instead of all views
        'def retention(watch, reel_id):\n    one = watch[watch["reel_id"] == reel_id].set_index("second")\n'
        '    return one["viewers_remaining"] / one["views_3s"] * 100',
        # rounded to whole percents: the text asks for 2 decimals
        'def retention(watch, reel_id):\n    one = watch[watch["reel_id"] == reel_id].set_index("second")\n'
        '    return (one["viewers_remaining"] / one["views"] * 100).round()',
        # the reel id of the lesson written inside the function: every reel gives P12199's rows (review)
        'def retention(watch, reel_id):\n    one = watch[watch["reel_id"] == "P12199"].set_index("second")\n'
        '    return one["viewers_remaining"] / one["views"] * 100',
        # columns picked with double brackets: a table of two empty columns (review 2026-12: the message now
        # says to give back one column, a Series)
        'def retention(watch, reel_id):\n    one = watch[watch["reel_id"] == reel_id].set_index("second")\n'
        '    return one[["viewers_remaining"]] / one[["views"]] * 100',
    ],
    "retention_chart": [
        # no axis labels
        "def retention_chart(curve, title):\n    fig, ax = plt.subplots()\n    ax.plot(curve.index, curve.values)\n"
        "    ax.set_title(title)\n    return fig",
        # drew the lesson's reel instead of the curve it was given
        'def retention_chart(curve, title):\n    fig, ax = plt.subplots()\n    one = retention(watch, "P12199")\n'
        '    ax.plot(one.index, one.values)\n    ax.set_xlabel("second")\n    ax.set_ylabel("% still watching")\n'
        "    ax.set_title(title)\n    return fig",
        # the curve drawn as bars (review: the message now says to draw a line with ax.plot)
        "def retention_chart(curve, title):\n    fig, ax = plt.subplots()\n    ax.bar(curve.index, curve.values)\n"
        '    ax.set_xlabel("second")\n    ax.set_ylabel("% still watching")\n    ax.set_title(title)\n    return fig',
        # showed the chart but returned nothing
        "def retention_chart(curve, title):\n    fig, ax = plt.subplots()\n    ax.plot(curve.index, curve.values)\n"
        '    ax.set_xlabel("second")\n    ax.set_ylabel("% still watching")\n    ax.set_title(title)\n    plt.show()',
    ],
    "reel_metrics": [
        # a right hook rate, and the watch time as the mean of viewers_remaining (review)
        'def hook_rate(watch):\n    g = watch.groupby("reel_id")\n    return g["views_3s"].first() / g["views"].first() * 100\n\n\n'
        'def avg_watch_time(watch):\n    return watch.groupby("reel_id")["viewers_remaining"].mean()',
        # second 0 counted in the watch time
        'def hook_rate(watch):\n    g = watch.groupby("reel_id")\n    return g["views_3s"].first() / g["views"].first() * 100\n\n\n'
        'def avg_watch_time(watch):\n    return watch.groupby("reel_id")["viewers_remaining"].sum() / '
        'watch.groupby("reel_id")["views"].first()',
        # hook rate as a fraction, and watch time as a mean of the curve
        'def hook_rate(watch):\n    g = watch.groupby("reel_id")\n    return g["views_3s"].first() / g["views"].first()\n\n\n'
        'def avg_watch_time(watch):\n    return watch.groupby("reel_id")["viewers_remaining"].mean()',
        # hook rate as a share (no * 100), watch time right (review: the message now says percents)
        'def hook_rate(watch):\n    g = watch.groupby("reel_id")\n    return g["views_3s"].first() / g["views"].first()\n\n\n'
        'def avg_watch_time(watch):\n    after = watch[watch["second"] >= 1]\n'
        '    return after.groupby("reel_id")["viewers_remaining"].sum() / watch.groupby("reel_id")["views"].first()',
        # hook rate summed over all rows of a reel
        'def hook_rate(watch):\n    g = watch.groupby("reel_id")\n    return g["views_3s"].sum() / g["views"].first() * 100\n\n\n'
        'def avg_watch_time(watch):\n    after = watch[watch["second"] >= 1]\n'
        '    return after.groupby("reel_id")["viewers_remaining"].sum() / watch.groupby("reel_id")["views"].first()',
        # hook_rate gives back the whole per-reel table with a hook column, not the column (review 2026-12: the
        # hint said "group by reel_id" although it was grouped; now it says to give back the column, a Series)
        'def hook_rate(watch):\n    t = watch.groupby("reel_id")[["views", "views_3s"]].first()\n'
        '    t["hook"] = t["views_3s"] / t["views"] * 100\n    return t\n\n\n'
        'def avg_watch_time(watch):\n    after = watch[watch["second"] >= 1]\n'
        '    return after.groupby("reel_id")["viewers_remaining"].sum() / watch.groupby("reel_id")["views"].first()',
        # both with columns picked in double brackets: tables of empty columns, not Series
        'def hook_rate(watch):\n    g = watch.groupby("reel_id")\n'
        '    return g[["views_3s"]].first() / g[["views"]].first() * 100\n\n\n'
        'def avg_watch_time(watch):\n    g = watch[watch["second"] >= 1].groupby("reel_id")\n'
        '    return g[["viewers_remaining"]].sum() / watch.groupby("reel_id")[["views"]].first()',
    ],
    "benchmark_reply": [
        'benchmark_reply = "A"',  # an outside benchmark taken at face value
        'benchmark_reply = "C"',  # hook rates dropped, views only
        'benchmark_reply = "D"',  # a flattering formula (3-second views over reach)
        "benchmark_reply = 2",  # the option's number, not its letter
    ],
    "fix_reel": [
        'fix_reel = "A"',  # a new opening for a reel whose opening works
        'fix_reel = "B"',  # boost a reel people leave
        'fix_reel = "C"',  # another hour for the same reel
    ],
}

# Wrong answers that earn part of their exercise's points, and why (README, "A wrong answer gets no point").
PARTIAL = {
    "retention_chart": {1: "the line follows the curve (the hidden test's point); the axes have no labels"},
    "reel_metrics": {1: "hook_rate is right (its own 2 points); avg_watch_time is the mean of the curve",
                     2: "hook_rate is right (its own 2 points); avg_watch_time counts second 0",
                     4: "hook_rate is a share, not a percent; avg_watch_time is right (its own 2 points)",
                     5: "avg_watch_time is right (its own 2 points); hook_rate sums every row of a reel",
                     6: "avg_watch_time is right (its own 2 points); hook_rate gives back the whole table"},
}
