"""Right answers for 02-visual-storytelling: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

_KEYS = [
    "has our Instagram page kept gaining followers since March 2025, or did it stall at some point?",
    "which of six district pages reaches the most people with a typical post?",
    "do posts with more words get a lower engagement rate?",
    "are most of our 400 posts seen by few people, with a handful seen by very many?",
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
        'axis_choice = "a"',  # lower case
        'axis_choice = "(A)"',  # in brackets
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
        # the Hindi index set on a copy, so the `values` it receives stay as they were
        "def hindi_chart(values, names_hi, highlight, title):\n"
        "    hindi = values.copy()\n"
        "    hindi.index = hindi.index.map(names_hi)\n"
        "    return story_chart(hindi, names_hi[highlight], title)",
        # rename with the dictionary as its first argument
        "def hindi_chart(values, names_hi, highlight, title):\n"
        "    return story_chart(values.rename(names_hi), names_hi[highlight], title)",
    ],
}
