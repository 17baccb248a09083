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
    ],
    "length_choice": [
        'length_choice = "A"',  # a pattern made a rule, advisories cut short
        'length_choice = "C"',  # mixes platforms
    ],
}

# Wrong answers that earn part of their exercise's points, and why (README, "A wrong answer gets no point").
PARTIAL = {}
