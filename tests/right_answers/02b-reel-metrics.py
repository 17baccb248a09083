"""Right answers for 02b-reel-metrics: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
    "retention": [
        # query instead of a boolean mask
        "def retention(watch, reel_id):\n"
        '    one = watch.query("reel_id == @reel_id").set_index("second")\n'
        '    return one["viewers_remaining"] / one["views"] * 100',
        # .loc, then the seconds put in as the index afterwards
        "def retention(watch, reel_id):\n"
        '    one = watch.loc[watch["reel_id"] == reel_id]\n'
        '    curve = one["viewers_remaining"] / one["views"] * 100\n'
        '    curve.index = one["second"]\n'
        "    return curve",
        # .div / .mul on the columns
        "def retention(watch, reel_id):\n"
        '    one = watch[watch["reel_id"] == reel_id].set_index("second")\n'
        '    return one["viewers_remaining"].div(one["views"]).mul(100)',
        # rounded to the 2 decimals the text asks for
        "def retention(watch, reel_id):\n"
        '    one = watch[watch["reel_id"] == reel_id].set_index("second")\n'
        '    return (one["viewers_remaining"] / one["views"] * 100).round(2)',
    ],
    "retention_chart": [
        # pandas' own line plot of the Series
        "def retention_chart(curve, title):\n"
        "    fig, ax = plt.subplots()\n"
        "    curve.plot(ax=ax)\n"
        '    ax.set_xlabel("seconds")\n'
        '    ax.set_ylabel("% still watching")\n'
        "    ax.set_title(title)\n"
        "    return fig",
        # pyplot's state functions
        "def retention_chart(curve, title):\n"
        "    fig = plt.figure()\n"
        "    plt.plot(curve.index, curve.values)\n"
        '    plt.xlabel("second")\n'
        '    plt.ylabel("percent still watching")\n'
        "    plt.title(title)\n"
        "    return fig",
        # the Series plotted directly, labels and title in one ax.set
        "def retention_chart(curve, title):\n"
        "    fig, ax = plt.subplots()\n"
        "    ax.plot(curve)\n"
        '    ax.set(xlabel="second", ylabel="views still playing (%)", title=title)\n'
        "    return fig",
        # the title above the whole figure (a participant's review, 2026-12-03: this lost both points)
        "def retention_chart(curve, title):\n"
        "    fig, ax = plt.subplots()\n"
        "    ax.plot(curve.index, curve.values)\n"
        '    ax.set_xlabel("second")\n'
        '    ax.set_ylabel("views still playing (%)")\n'
        "    fig.suptitle(title)\n"
        "    return fig",
    ],
    "reel_metrics": [
        # .max() instead of .first() (the value repeats); query for the seconds
        'def hook_rate(watch):\n    per_reel = watch.groupby("reel_id")\n'
        '    return per_reel["views_3s"].max() / per_reel["views"].max() * 100\n\n\n'
        'def avg_watch_time(watch):\n    after_start = watch.query("second >= 1")\n'
        '    return after_start.groupby("reel_id")["viewers_remaining"].sum() / watch.groupby("reel_id")["views"].max()',
        # one row per reel with drop_duplicates; second != 0 instead of >= 1
        'def hook_rate(watch):\n    one = watch.drop_duplicates("reel_id").set_index("reel_id")\n'
        '    return 100 * one["views_3s"] / one["views"]\n\n\n'
        'def avg_watch_time(watch):\n    views = watch.drop_duplicates("reel_id").set_index("reel_id")["views"]\n'
        '    watched = watch[watch["second"] != 0].groupby("reel_id")["viewers_remaining"].sum()\n'
        "    return watched / views",
        # the hook rate read from the retention curve at second 3, as the text invites (review: lost a point
        # while the check's small table had a 2-second reel)
        'def hook_rate(watch):\n    at_3 = watch[watch["second"] == 3].set_index("reel_id")\n'
        '    return at_3["viewers_remaining"] / at_3["views"] * 100\n\n\n'
        'def avg_watch_time(watch):\n    after_start = watch[watch["second"] >= 1]\n'
        '    seconds_watched = after_start.groupby("reel_id")["viewers_remaining"].sum()\n'
        '    return seconds_watched / watch.groupby("reel_id")["views"].first()',
        # a loop over the reels, collected into a Series
        'def hook_rate(watch):\n    rates = {}\n    for reel_id, one in watch.groupby("reel_id"):\n'
        '        rates[reel_id] = one["views_3s"].iloc[0] / one["views"].iloc[0] * 100\n'
        "    return pd.Series(rates)\n\n\n"
        'def avg_watch_time(watch):\n    times = {}\n    for reel_id, one in watch.groupby("reel_id"):\n'
        '        watched = one.loc[one["second"] >= 1, "viewers_remaining"].sum()\n'
        '        times[reel_id] = watched / one["views"].iloc[0]\n'
        "    return pd.Series(times)",
    ],
    "benchmark_reply": [
        'benchmark_reply = "b"',
        "benchmark_reply = 'Option B.'",  # the word option, single quotes, a full stop
        'choice = "B"\nbenchmark_reply = choice',  # through an intermediate name
    ],
    "fix_reel": [
        'fix_reel = "d"',
        'fix_reel = " D. "',  # spaces and a full stop
        'fix_reel = "option d"',
    ],
}
