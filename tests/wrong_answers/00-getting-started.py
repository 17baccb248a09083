"""Plausible wrong answers for 00-getting-started: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there. Every one
scores 0 in its exercise: the visible checks compare the value too, so a wrong answer gets no ✅.
"""

WRONG_ANSWERS = {
    "engagement": [
        "engagement = reactions + comments",  # forgot shares (352)
        "engagement = reach + reactions + comments + shares",  # counted reach as engagement
        'engagement = "reactions + comments + shares"',  # the calculation in quotes: text
    ],
    "views_per_person": [
        'views_per_person = post["reach"] / post["views"]',  # divided the wrong way round
        'views_per_person = "26400 / 18250"',  # wrote text, not a calculation
        'views_per_person = round(post["views"] / post["reach"], 1)',  # rounded to 1 decimal: the text asks for 2
        'views_per_person = (post["views"] - post["reach"]) / post["reach"]',  # only the repeat views
        'views_per_person = post["views"] / post["reach"] * 100',  # made it a percentage
    ],
    "n_posts": [
        "n_posts = len(posts.columns)",  # counted columns
        'n_posts = posts["reach"].sum()',  # summed a column instead of counting rows
        "n_posts = posts.size",  # every cell: rows × columns
        'n_posts = posts["scheme"].count()',  # a column with empty cells
        'n_posts = len("posts")',  # the letters of the word
        "n_posts = posts.count()",  # one count per column
        "n_posts = posts.shape",  # rows and columns
        "n_posts = len(posts),",  # a stray comma: a tuple of one number (the hint says to remove the comma)
    ],
    "typical_choice": [
        'typical_choice = "B"',  # the mean: pulled up by a few viral posts
        'typical_choice = "C"',  # the total: counts a follower once per post seen
        'typical_choice = "D"',  # the best post: the exception, not the rule
    ],
}
