"""Plausible wrong answers for 03-audiences-and-content: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

WRONG_ANSWERS = {
    "followers_by_age": [
        'followers_by_age = audience["age_band"].value_counts()',  # counted rows (segments), not followers
        'followers_by_age = audience.groupby("age_band")["followers"].mean()',  # mean, not total
        'followers_by_age = audience.groupby("age_band")["followers"].sum().sort_values(ascending=False)',
        # sorted by size: loses the age order
    ],
    "segment_share": [
        # counted rows instead of adding up followers
        "def segment_share(table, column):\n"
        "    return table[column].value_counts(normalize=True) * 100",
        # a fraction, not a percentage
        "def segment_share(table, column):\n"
        "    totals = table.groupby(column)[\"followers\"].sum()\n"
        "    return (totals / table[\"followers\"].sum()).sort_values(ascending=False)",
        # divided by all followers of the course table, not of the table passed in
        "def segment_share(table, column):\n"
        "    totals = table.groupby(column)[\"followers\"].sum()\n"
        "    return (totals / audience[\"followers\"].sum() * 100).sort_values(ascending=False)",
        # rounded to 1 decimal: the text asks for 2
        "def segment_share(table, column):\n"
        "    totals = table.groupby(column)[\"followers\"].sum()\n"
        "    return (totals / table[\"followers\"].sum() * 100).round(1).sort_values(ascending=False)",
        # forgot to sort
        "def segment_share(table, column):\n"
        "    totals = table.groupby(column)[\"followers\"].sum()\n"
        "    return totals / table[\"followers\"].sum() * 100",
        # the example's column written into the function: groupby("gender"), not groupby(column) (review s28: kept
        # the visible check's point)
        "def segment_share(table, column):\n"
        "    totals = table.groupby(\"gender\")[\"followers\"].sum()\n"
        "    return (totals / table[\"followers\"].sum() * 100).sort_values(ascending=False)",
    ],
    "second_language": [
        # the top language, Hindi included
        "def second_language(table, district):\n"
        "    rows = table[table[\"district\"] == district]\n"
        "    return str(segment_share(rows, \"preferred_language\").index[0])",
        # counted rows, not followers
        "def second_language(table, district):\n"
        "    rows = table[table[\"district\"] == district]\n"
        "    return str(rows[\"preferred_language\"].value_counts().drop(\"Hindi\").index[0])",
        # hard-coded the example
        "def second_language(table, district):\n    return \"Maithili\"",
        # reads the global audience table instead of its input (review #16: the message must say so)
        "def second_language(table, district):\n"
        "    rows = audience[audience[\"district\"] == district]\n"
        "    return str(segment_share(rows, \"preferred_language\").drop(\"Hindi\").index[0])",
        # the second of the list, which is Hindi itself where another language leads
        "def second_language(table, district):\n"
        "    rows = table[table[\"district\"] == district]\n"
        "    return str(segment_share(rows, \"preferred_language\").index[1])",
        # the example's district written into the function, not the input district (review s28: a ✅ in the notebook)
        "def second_language(table, district):\n"
        "    rows = table[table[\"district\"] == \"Madhubani\"]\n"
        "    return str(segment_share(rows, \"preferred_language\").drop(\"Hindi\").index[0])",
        # a Series of one value, not the language's name (review s28: the hint must say .index[0])
        "def second_language(table, district):\n"
        "    rows = table[table[\"district\"] == district]\n"
        "    return segment_share(rows, \"preferred_language\").drop(\"Hindi\").head(1)",
    ],
    "source_choice": [
        'source_choice = "A"',  # Meta's insights: no home district, no preferred language
        'source_choice = "C"',  # the census: the whole population in 2011, Magahi counted under Hindi
        'source_choice = "D"',  # the comments: a few self-chosen followers
    ],
    "language_table": [
        # mean instead of median
        "def language_table(posts, district):\n"
        "    mine = posts[posts[\"district\"] == district]\n"
        "    table = mine.groupby(\"language\")[\"engagement_rate\"].agg(posts=\"size\", median_er=\"mean\")\n"
        "    return table.sort_values(\"median_er\", ascending=False)",
        # sorted the wrong way
        "def language_table(posts, district):\n"
        "    mine = posts[posts[\"district\"] == district]\n"
        "    table = mine.groupby(\"language\")[\"engagement_rate\"].agg(posts=\"size\", median_er=\"median\")\n"
        "    return table.sort_values(\"median_er\")",
        # one pooled rate per language: total engagement / total reach
        "def language_table(posts, district):\n"
        "    mine = posts[posts[\"district\"] == district]\n"
        "    groups = mine.groupby(\"language\")\n"
        "    table = pd.DataFrame({\"posts\": groups.size(),\n"
        "                          \"median_er\": groups[\"engagement\"].sum() / groups[\"reach\"].sum() * 100})\n"
        "    return table.sort_values(\"median_er\", ascending=False)",
        # ignored the district: all posts
        "def language_table(posts, district):\n"
        "    table = posts.groupby(\"language\")[\"engagement_rate\"].agg(posts=\"size\", median_er=\"median\")\n"
        "    return table.sort_values(\"median_er\", ascending=False)",
        # the example's district written into the function, not the input district (review s28: kept the visible
        # check's point, and the feedback blamed the median)
        "def language_table(posts, district):\n"
        "    mine = posts[posts[\"district\"] == \"Darbhanga\"]\n"
        "    table = mine.groupby(\"language\")[\"engagement_rate\"].agg(posts=\"size\", median_er=\"median\")\n"
        "    return table.sort_values(\"median_er\", ascending=False)",
        # the median of the engagement counts, not of the rates (review s28: the message must name the column)
        "def language_table(posts, district):\n"
        "    mine = posts[posts[\"district\"] == district]\n"
        "    table = mine.groupby(\"language\")[\"engagement\"].agg(posts=\"size\", median_er=\"median\")\n"
        "    return table.sort_values(\"median_er\", ascending=False)",
    ],
    "gaya_choice": [
        'gaya_choice = "B"',  # no posts is not evidence of failure
        'gaya_choice = "C"',  # switching everything leaves most followers out, untested
    ],
}

# Wrong answers that earn part of their exercise's points, and why (README, "A wrong answer gets no point").
PARTIAL = {}
