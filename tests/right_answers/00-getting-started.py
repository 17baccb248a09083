"""Right answers for 00-getting-started: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
    "engagement": [
        "engagement = shares + comments + reactions",  # another order
        "engagement = sum([reactions, comments, shares])",  # built-in sum of a list
        "talk = reactions + comments\nengagement = talk + shares",  # an intermediate name
    ],
    "views_per_person": [
        'views = post["views"]\npeople = post["reach"]\nviews_per_person = views / people',  # intermediate names
        'views_per_person = post.get("views") / post.get("reach")',  # dict.get instead of brackets
        'views_per_person = 1 / (post["reach"] / post["views"])',  # equivalent formula
        'views_per_person = round(post["views"] / post["reach"], 2)',  # rounded to the 2 decimals the text asks
    ],
    "n_posts": [
        "n_posts = posts.shape[0]",  # rows from the shape
        "n_posts = len(posts.index)",  # length of the index
        'n_posts = len(posts["reach"])',  # length of one column
    ],
    "typical_choice": [
        'typical_choice = "a"',  # small letter
        'typical_choice = "(A)"',  # in brackets
        'typical_choice = "the median"',  # the option's words pasted
    ],
}
