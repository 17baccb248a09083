"""Plausible wrong answers for 02-visual-storytelling: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

_KEYS = [
    "has our Instagram page kept gaining followers since March 2025, or did it stall at some point?",
    "which of six district pages reaches the most people with a typical post?",
    "do posts with more words get a lower engagement rate?",
    "are most of our 400 posts seen by few people, with a handful seen by very many?",
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
        # every chart right, but one message edited (review: the visible check did not say so; now it does)
        _chart_for("line", "bar", "scatter", "histogram").replace("six district pages", "our district pages"),
    ],
    "axis_choice": [
        'axis_choice = "C"',  # the axis from 50% and a winner in the title, because the DM asks
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
        # the example's district written in place of `highlight` (review: kept 3 of 4 points; every check that
        # passes another highlight now looks at its colour, the visible one too)
        _story(hl='"Sheohar"'),
        # the lesson's growth instead of the values it receives (review: hindi_chart's check now names it)
        _STORY.format(sort="sort_values()", hl="highlight", kind="barh", label="ax.bar_label(bars)")
        .replace("ordered = values.sort_values()", "ordered = growth.sort_values()"),
        # shown instead of given back (review: hindi_chart's check now names story_chart's missing return)
        _story().replace("    return fig", "    plt.show()"),
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
        # renamed the input itself (review: full marks; it leaves `growth` with Hindi names for later cells)
        "def hindi_chart(values, names_hi, highlight, title):\n"
        "    values.index = values.index.map(names_hi)\n"
        "    return story_chart(values, names_hi[highlight], title)",
        # drew the chart once to look at it, then again to return it (review: the visible check failed it, the
        # hidden test gave 2/2; both now allow one call)
        "def hindi_chart(values, names_hi, highlight, title):\n"
        "    story_chart(values.rename(index=names_hi), names_hi[highlight], title)\n"
        "    return story_chart(values.rename(index=names_hi), names_hi[highlight], title)",
        # its own dictionary from the districts table instead of the `names_hi` it receives (review: 2/2)
        "def hindi_chart(values, names_hi, highlight, title):\n"
        "    hindi = dict(zip(districts[\"name_en\"].astype(str), districts[\"name_hi\"]))\n"
        "    return story_chart(values.rename(index=hindi), hindi[highlight], title)",
    ],
}

# Wrong answers that earn part of their exercise's points, and why (README, "A wrong answer gets no point").
PARTIAL = {
    "chart_for": {1: "three of the four charts are right (each chart is worth its own part); the time series is a bar",
                  2: "three of the four charts are right; the comparison of six districts is a pie",
                  3: "two of the four charts are right; the relationship and the distribution are not",
                  4: "the three messages left as they were have the right charts; the grading cannot find the "
                     "edited one (the visible check says so), so its part is lost"},
    "story_chart": {1: "the chart draws the right values with the highlight and labels; only the order is reversed",
                    2: "the chart draws the right values with the highlight and labels; they are not sorted",
                    3: "keeps only story_chart_hidden2 (1 of 4), which checks the highlight colour and the labels, "
                       "both right and independent of the bars' direction; every check of the order (largest at "
                       "the top) needs horizontal bars and fails",
                    4: "the right values, sorted and highlighted; the bars have no labels"},
}
