"""Right answers for 02-visual-storytelling: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

_KEYS = [
    "Instagram followers of our page, month by month, March 2025 to March 2026",
    "median reach of six district pages, compared",
    "does a longer post get a lower engagement rate? (one dot per post)",
    "how the reach of our 400 posts is spread: most small, a few huge",
]
_CHARTS = ["line", "bar", "scatter", "histogram"]

RIGHT_ANSWERS = {
    "chart_for": [
        # what the text says: each ... replaced in the dictionary itself, the raise line deleted
        "chart_for = {\n" + "".join(f"    {k!r}: {c!r},\n" for k, c in zip(_KEYS, _CHARTS, strict=True)) + "}",
        # the same dictionary, messages in another order, single quotes kept by repr
        "chart_for = {\n" + "".join(f"    {k!r}: {c!r},\n" for k, c in reversed(list(zip(_KEYS, _CHARTS, strict=True))))
        + "}",
        # the ... dictionary kept, then filled in with update
        "chart_for = {\n" + "".join(f"    {k!r}: ...,\n" for k in _KEYS) + "}\n"
        "chart_for.update({\n" + "".join(f"    {k!r}: {c!r},\n" for k, c in zip(_KEYS, _CHARTS, strict=True)) + "})",
    ],
    "axis_choice": [
        'axis_choice = "c"',  # lower case
        'axis_choice = "(C)"',  # in brackets
        # the option's words pasted as the check prints them
        'axis_choice = "bars from zero, the tie in the title, a post about West Champaran\'s own year"',
    ],
    "story_chart": [
        # largest first, then the y axis turned upside down
        "def story_chart(values, highlight, title):\n"
        "    ordered = values.sort_values(ascending=False)\n"
        "    colours = [HIGHLIGHT if name == highlight else MUTED for name in ordered.index]\n"
        "    fig, ax = plt.subplots()\n"
        "    bars = ax.barh(ordered.index, ordered.values, color=colours)\n"
        "    ax.invert_yaxis()\n"
        "    ax.bar_label(bars)\n"
        "    ax.set_title(title)\n"
        "    return fig",
        # pandas' own barh plot, colours built in a loop, labels from ax.containers
        "def story_chart(values, highlight, title):\n"
        "    ordered = values.sort_values()\n"
        "    colours = []\n"
        "    for name in ordered.index:\n"
        "        if name == highlight:\n"
        "            colours.append(HIGHLIGHT)\n"
        "        else:\n"
        "            colours.append(MUTED)\n"
        "    fig, ax = plt.subplots()\n"
        "    ordered.plot.barh(ax=ax, color=colours)\n"
        "    ax.bar_label(ax.containers[0])\n"
        "    ax.set_title(title)\n"
        "    return fig",
        # pyplot's state functions instead of ax
        "def story_chart(values, highlight, title):\n"
        "    ordered = values.sort_values()\n"
        "    colours = [HIGHLIGHT if name == highlight else MUTED for name in ordered.index]\n"
        "    fig = plt.figure()\n"
        "    bars = plt.barh(ordered.index, ordered.values, color=colours)\n"
        "    plt.bar_label(bars)\n"
        "    plt.title(title)\n"
        "    return fig",
    ],
    "hindi_chart": [
        # intermediate names
        "def hindi_chart(values, names_hi, highlight, title):\n"
        "    values_hi = values.rename(index=names_hi)\n"
        "    highlight_hi = names_hi[highlight]\n"
        "    return story_chart(values_hi, highlight_hi, title)",
        # a new index built in a loop, dict.get for the highlight
        "def hindi_chart(values, names_hi, highlight, title):\n"
        "    renamed = values.copy()\n"
        "    renamed.index = [names_hi[name] for name in values.index]\n"
        "    return story_chart(renamed, names_hi.get(highlight), title)",
        # rename with the dictionary as its first argument
        "def hindi_chart(values, names_hi, highlight, title):\n"
        "    return story_chart(values.rename(names_hi), names_hi[highlight], title)",
    ],
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
