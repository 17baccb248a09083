"""Numbers about the course data in 00b-tables-and-functions's text, computed from the data.

Each fragment below must appear word for word in source/00b-tables-and-functions (tests/test_prose_numbers.py).
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
    beyond_followers = (posts["reach"] > posts["followers_at_post"]).mean()
    return [
        ("the format with the highest median reach (the chart's title and Exercise 3's option A)",
         "Our reels had the highest median reach" if top_format == "reel"
         else f"Our {top_format} posts had the highest median reach"),
        ("Exercise 3's option A repeats the chart's finding",
         "our reels had the highest median reach, so every post becomes a reel" if top_format == "reel"
         else f"our {top_format} posts had the highest median reach"),
        ("Exercise 5's scenario: the agency's rate by followers and ours by reach",
         f'Engagement rate of your typical post: {by_followers:.2f}%."* Your own\ntable, for the same posts, '
         f"says {by_reach:.2f}%"),
        ("Exercise 5's feedback: how many times higher the rate by reach is",
         f"would think you do about {round(by_reach / by_followers)} times better"),
        ("Exercise 5's feedback: the share of posts whose reach exceeds the page's followers",
         f"only {beyond_followers:.1%} of posts reached more accounts than the page had followers"),
    ]
