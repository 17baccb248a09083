"""Numbers about the course data in 00-getting-started's text, computed from the data.

Each fragment below must appear word for word in source/00-getting-started (tests/test_prose_numbers.py).
A qualitative claim the data decides (whether most posts fall below the mean) is a fragment too: when the
data says otherwise, the fragment changes and the test names the sentence to rewrite.
"""
from __future__ import annotations

from course.data import card


def claims(load):
    posts = load("posts")
    below_mean = (posts["reach"] < posts["reach"].mean()).mean()
    beyond_range = (posts["reach"] > 100_000).mean()
    shown = card("posts")[:2600]
    return [
        ("the data card cell: its first 2,600 characters list the columns down to reach, views and video_length_s",
         "the list of its columns down to `video_length_s` (`reach` and `views` among them)"
         if all(f"`{column}`" in shown for column in ("reach", "views", "video_length_s"))
         else "the card's first 2,600 characters no longer show reach, views and video_length_s: show more"),
        ("the histogram's title: most posts reach fewer accounts than the mean",
         "Most posts reached fewer accounts than the mean" if below_mean > 0.5
         else "Fewer than half of the posts reached fewer accounts than the mean"),
        ("the histogram's range leaves out a few hundred posts (100 to 999, under 10%)",
         "leaves out the few hundred posts that reached more than\n  100,000 accounts"
         if beyond_range < 0.1 and 100 <= (posts["reach"] > 100_000).sum() < 1000
         else f"leaves out the {(posts['reach'] > 100_000).sum():,} posts that reached more than\n  100,000 accounts"),
        ("Exercise 4's feedback: the share of posts below the mean reach",
         f"in the course data {below_mean:.0%} of posts reached fewer accounts than the"),
    ]
