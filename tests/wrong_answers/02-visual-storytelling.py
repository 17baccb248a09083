"""Plausible wrong answers for 02-visual-storytelling: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

_KEYS = [
    "Instagram followers of our page, month by month, March 2025 to March 2026",
    "median reach of six district pages, compared",
    "does a longer post get a lower engagement rate? (one dot per post)",
    "how the reach of our 400 posts is spread: most small, a few huge",
]


def _chart_for(*charts):
    body = "".join(f"    {key!r}: {chart!r},\n" for key, chart in zip(_KEYS, charts, strict=True))
    return "chart_for = {\n" + body + "}"


# The solution's chart, drawn with one deliberate slip each.
_STORY = '''def story_chart(values, highlight, title):
    ordered = values.{sort}
    colours = [HIGHLIGHT if name == {hl} else MUTED for name in ordered.index]
    fig, ax = plt.subplots()
    bars = ax.{kind}(ordered.index, ordered.values, color=colours)
    {label}
    ax.set_title(title)
    return fig'''


def _story(sort="sort_values()", hl="highlight", kind="barh", label="ax.bar_label(bars)"):
    return _STORY.format(sort=sort, hl=hl, kind=kind, label=label)


WRONG_ANSWERS = {
    "chart_for": [
        _chart_for("bar", "bar", "scatter", "histogram"),  # a bar chart for a time series
        _chart_for("line", "pie", "scatter", "histogram"),  # a pie to compare six districts
        _chart_for("line", "bar", "line", "bar"),  # line for a relationship, bar for a distribution
    ],
    "axis_choice": [
        'axis_choice = "A"',  # the axis from 50% and a winner in the title, because the DM asks
        'axis_choice = "B"',  # a tie in the title over bars that show a lead
        'axis_choice = "D"',  # leave the close rival out
        'axis_choice = "West Champaran grew fastest"',  # the title itself, not a letter
    ],
    "story_chart": [
        _story(sort="sort_values(ascending=False)"),  # largest at the bottom (barh draws upwards)
        _story(sort="copy()"),  # not sorted at all
        _story(kind="bar"),  # vertical bars
        _story(label="pass"),  # no labels on the bars
        _story(hl='"Sitamarhi"'),  # highlighted a fixed district, not the one asked
    ],
    "hindi_chart": [
        # forgot to rename: English names on the bars
        "def hindi_chart(values, names_hi, highlight, title):\n    return story_chart(values, highlight, title)",
        # renamed the bars but passed the English highlight, so no bar is highlighted
        "def hindi_chart(values, names_hi, highlight, title):\n"
        "    return story_chart(values.rename(index=names_hi), highlight, title)",
        # hard-coded the Tirhut data of the lesson
        "def hindi_chart(values, names_hi, highlight, title):\n"
        "    return story_chart(growth.rename(index=names_hi), names_hi[highlight], title)",
    ],
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
    ],
    "retention_chart": [
        # no axis labels
        "def retention_chart(curve, title):\n    fig, ax = plt.subplots()\n    ax.plot(curve.index, curve.values)\n"
        "    ax.set_title(title)\n    return fig",
        # drew the lesson's reel instead of the curve it was given
        'def retention_chart(curve, title):\n    fig, ax = plt.subplots()\n    one = retention(watch, "P12199")\n'
        '    ax.plot(one.index, one.values)\n    ax.set_xlabel("second")\n    ax.set_ylabel("% still watching")\n'
        "    ax.set_title(title)\n    return fig",
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
        # hook rate summed over all rows of a reel
        'def hook_rate(watch):\n    g = watch.groupby("reel_id")\n    return g["views_3s"].sum() / g["views"].first() * 100\n\n\n'
        'def avg_watch_time(watch):\n    after = watch[watch["second"] >= 1]\n'
        '    return after.groupby("reel_id")["viewers_remaining"].sum() / watch.groupby("reel_id")["views"].first()',
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
    "chart_for": {1: "three of the four charts are right (each chart is worth its own part); the time series is a bar",
                  2: "three of the four charts are right; the comparison of six districts is a pie",
                  3: "two of the four charts are right; the relationship and the distribution are not"},
    "story_chart": {1: "the chart draws the right values with the highlight and labels; only the order is reversed",
                    2: "the chart draws the right values with the highlight and labels; they are not sorted",
                    3: "the right values, sorted, highlighted and labelled; vertical bars instead of horizontal",
                    4: "the right values, sorted and highlighted; the bars have no labels",
                    5: "the right values, sorted and labelled; the wrong district is highlighted"},
    "reel_metrics": {1: "hook_rate is right (its own 2 points); avg_watch_time is the mean of the curve",
                     2: "hook_rate is right (its own 2 points); avg_watch_time counts second 0",
                     4: "avg_watch_time is right (its own 2 points); hook_rate sums every row of a reel"},
}
