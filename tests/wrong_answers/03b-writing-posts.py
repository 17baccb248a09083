"""Plausible wrong answers for 03b-writing-posts: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

WRONG_ANSWERS = {
    "hashtag_table": [
        # "more than" instead of "at least"
        "def hashtag_table(tagged, min_posts):\n"
        "    table = tagged.groupby(\"tag\")[\"reach_rate\"].agg(posts=\"size\", median_reach_rate=\"median\")\n"
        "    table = table[table[\"posts\"] > min_posts]\n"
        "    return table.sort_values(\"median_reach_rate\", ascending=False)",
        # hard-coded 30
        "def hashtag_table(tagged, min_posts):\n"
        "    table = tagged.groupby(\"tag\")[\"reach_rate\"].agg(posts=\"size\", median_reach_rate=\"median\")\n"
        "    table = table[table[\"posts\"] >= 30]\n"
        "    return table.sort_values(\"median_reach_rate\", ascending=False)",
        # rebuilt from the global posts instead of its input (review #16: the message must say so)
        "def hashtag_table(tagged, min_posts):\n"
        "    t = posts.assign(tag=posts[\"hashtags\"].str.split()).explode(\"tag\").dropna(subset=[\"tag\"])\n"
        "    t[\"reach_rate\"] = t[\"reach\"] / t[\"followers_at_post\"] * 100\n"
        "    table = t.groupby(\"tag\")[\"reach_rate\"].agg(posts=\"size\", median_reach_rate=\"median\")\n"
        "    table = table[table[\"posts\"] >= min_posts]\n"
        "    return table.sort_values(\"median_reach_rate\", ascending=False)",
        # mean instead of median
        "def hashtag_table(tagged, min_posts):\n"
        "    table = tagged.groupby(\"tag\")[\"reach_rate\"].agg(posts=\"size\", median_reach_rate=\"mean\")\n"
        "    table = table[table[\"posts\"] >= min_posts]\n"
        "    return table.sort_values(\"median_reach_rate\", ascending=False)",
        # tag as a column, not the index (review of 03b-hi: the message blamed the global posts; now it names the
        # labels)
        "def hashtag_table(tagged, min_posts):\n"
        "    table = tagged.groupby(\"tag\")[\"reach_rate\"].agg(posts=\"size\", median_reach_rate=\"median\")\n"
        "    table = table[table[\"posts\"] >= min_posts]\n"
        "    return table.sort_values(\"median_reach_rate\", ascending=False).reset_index()",
        # rounded to 1 decimal before sorting: the ties change the order (review of 03b-hi: the hint blamed the
        # mean; now the rounding message)
        "def hashtag_table(tagged, min_posts):\n"
        "    table = tagged.groupby(\"tag\")[\"reach_rate\"].agg(posts=\"size\", median_reach_rate=\"median\").round(1)\n"
        "    table = table[table[\"posts\"] >= min_posts]\n"
        "    return table.sort_values(\"median_reach_rate\", ascending=False)",
        # not sorted (review of 03b-hi: the hidden test said only that the index differs; now it names the order)
        "def hashtag_table(tagged, min_posts):\n"
        "    table = tagged.groupby(\"tag\")[\"reach_rate\"].agg(posts=\"size\", median_reach_rate=\"median\")\n"
        "    return table[table[\"posts\"] >= min_posts]",
    ],
    "hashtag_choice": [
        'hashtag_choice = "A"',  # the moments' tags on a road-safety post
        'hashtag_choice = "B"',  # the naive winner on 5 posts
        'hashtag_choice = "D"',  # no tags at all: the data does not show they hurt
    ],
    "er_by_length": [
        # all platforms mixed
        "bands = pd.cut(posts[\"text_length\"], bins=LENGTH_BINS, labels=LENGTH_LABELS)\n"
        "er_by_length = posts.groupby(bands)[\"engagement_rate\"].median()",
        # mean instead of median
        "fb = posts[posts[\"platform\"] == \"Facebook\"]\n"
        "bands = pd.cut(fb[\"text_length\"], bins=LENGTH_BINS, labels=LENGTH_LABELS)\n"
        "er_by_length = fb.groupby(bands)[\"engagement_rate\"].mean()",
        # engagement rate by followers instead of by reach
        "fb = posts[posts[\"platform\"] == \"Facebook\"]\n"
        "bands = pd.cut(fb[\"text_length\"], bins=LENGTH_BINS, labels=LENGTH_LABELS)\n"
        "er_by_length = (fb[\"engagement\"] / fb[\"followers_at_post\"] * 100).groupby(bands).median()",
        # "facebook" in small letters: the filter keeps no post (review of 03b-hi: the hint was about grouping;
        # now the message names the empty filter and the capital F)
        "fb = posts[posts[\"platform\"] == \"facebook\"]\n"
        "bands = pd.cut(fb[\"text_length\"], bins=LENGTH_BINS, labels=LENGTH_LABELS)\n"
        "er_by_length = fb.groupby(bands)[\"engagement_rate\"].median()",
        # sorted by value, highest first (review of 03b-hi: the hidden test's order message came with the hint about
        # the median; now it says to keep the bands' order)
        "fb = posts[posts[\"platform\"] == \"Facebook\"]\n"
        "bands = pd.cut(fb[\"text_length\"], bins=LENGTH_BINS, labels=LENGTH_LABELS)\n"
        "er_by_length = fb.groupby(bands)[\"engagement_rate\"].median().sort_values(ascending=False)",
    ],
    "length_choice": [
        'length_choice = "A"',  # a pattern made a rule, advisories cut short
        'length_choice = "C"',  # mixes platforms
    ],
}

# Wrong answers that earn part of their exercise's points, and why (README, "A wrong answer gets no point").
PARTIAL = {}
