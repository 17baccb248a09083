"""Numbers about the course data in 00-getting-started's text, computed from the data.

Each fragment below must appear word for word in source/00-getting-started (tests/test_prose_numbers.py).
A qualitative claim the data decides (which format reaches most) is a fragment too: when the data says
otherwise, the fragment changes and the test names the sentence to rewrite.
"""
from __future__ import annotations


def claims(load):
    posts = load("posts")
    engagement = posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]
    by_reach = (engagement / posts["reach"] * 100).median()
    by_followers = (engagement / posts["followers_at_post"] * 100).median()
    top_format = str(posts.groupby("format", observed=True)["reach"].median().idxmax())
    below_mean = (posts["reach"] < posts["reach"].mean()).mean()
    return [
        ("median engagement rate by reach and by followers, and their ratio",
         f"the typical (median) post scores {by_reach:.2f}% by reach but only {by_followers:.2f}% by followers, "
         f"about {round(by_reach / by_followers)} times lower"),
        ("the format with the highest median reach (the chart's title)",
         "Reels reach the most people" if top_format == "reel" else f"{top_format} reach the most people"),
        ("Exercise 5's feedback: the share of posts below the mean reach",
         f"in the course data {below_mean:.0%} of posts reached fewer people than the mean"),
        ("Exercise 9's scenario: the agency's rate by followers and ours by reach",
         f'Engagement rate of your typical post: {by_followers:.2f}%."* Your own table, for the same posts, '
         f"says {by_reach:.2f}%"),
        ("Exercise 9's feedback: how many times higher the rate by reach is",
         f"would think you do about {round(by_reach / by_followers)} times better"),
    ]
