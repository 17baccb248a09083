"""Numbers about the course data in 01-analytics' text and decisions, computed from the data.

Each fragment below must appear word for word in source/01-analytics (tests/test_prose_numbers.py). A
sentence that ranks or compares (which platform grew fastest, whether two pages gained as many followers) is
built from the data, so a regenerated dataset that changes the ranking changes the fragment and names the
sentence. Module 01's second part, 01b-fair-comparisons, has its own file.
"""
from __future__ import annotations

import pandas as pd

STATE = "@iprd_bihar_demo"


def _er(df: pd.DataFrame, denominator: str) -> pd.Series:
    engagement = df["reactions"] + df["comments"] + df["shares"] + df["saves"]
    return engagement / df[denominator] * 100


def _lakh(n: int) -> str:
    """A whole number grouped the Indian way, as Indian reports write it: 4,24,258."""
    digits = str(int(n))
    if len(digits) <= 3:
        return digits
    rest, groups = digits[:-3], []
    while len(rest) > 2:
        rest, groups = rest[:-2], [rest[-2:], *groups]
    return ",".join([rest, *groups, digits[-3:]])


def claims(load):
    posts = load("posts").copy()
    posts["engagement"] = posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]
    posts["er_reach"] = _er(posts, "reach")
    posts["er_followers"] = _er(posts, "followers_at_post")
    monthly = load("audience_monthly")
    out = []

    districts = posts.loc[posts["account_type"] == "district", "account"].nunique()
    out.append(("district accounts", f"the state department's account and {districts} district accounts"))

    state = posts[posts["account_type"] == "state"]
    out.append(("the typical state post by reach and by followers (medians)",
                f"{state['er_reach'].median():.2f}% by reach but {state['er_followers'].median():.2f}% by followers"))
    lakhs = state["followers_at_post"].median() >= 100_000
    out.append(("the state page's followers", "The state page has lakhs of followers" if lakhs
                else f"the state page has a median of {state['followers_at_post'].median():,.0f} followers"))

    top = posts.nlargest(1, "er_followers").iloc[0]
    out.append(("the post with the highest rate by followers",
                f"{top['er_reach']:.1f}% by reach, about {round(top['er_followers'], -2):,.0f}% by followers "
                f"(it reached {top['reach'] / 1e6:.0f} million people from a page of "
                f"{round(top['followers_at_post'], -3):,.0f} followers)"))

    out.append(("the same post's rate by reach, as the rate that must say its denominator",
                f"So **\"{top['er_reach']:.1f}%\" must always travel with"))

    months = monthly["month"]
    out.append(("the months of audience_monthly",
                f"from {months.min():%B %Y} (the starting point) to {months.max():%B %Y}"))

    state_m = monthly[monthly["account"] == STATE]
    growth = state_m.groupby("platform", observed=True)["followers"].apply(
        lambda f: (f.iloc[-1] - f.iloc[0]) / f.iloc[0] * 100).sort_values(ascending=False)
    order = list(growth.index.astype(str))
    sentence = (f"the state account grew fastest on Instagram (+{growth['Instagram']:.1f}%) and YouTube "
                f"(+{growth['YouTube']:.1f}%); on X it barely grew (+{growth['X']:.1f}%)")
    out.append(("state account growth by platform", sentence if order[:2] == ["Instagram", "YouTube"]
                and order[-1] == "X" else f"growth order is now {order}"))

    # Section 4's chart and Decision 2: one line on the state Facebook page's growth in the posts year
    def _year(platform):
        rows = state_m[state_m["platform"] == platform]
        start, end = int(rows["followers"].iloc[0]), int(rows["followers"].iloc[-1])
        return start, end, int(rows["new_followers"].iloc[1:].sum()), int(rows["unfollows"].iloc[1:].sum())

    fb_start, fb_end, fb_new, fb_left = _year("Facebook")
    ig_start, ig_end, _, _ = _year("Instagram")
    fb_gain, ig_gain = fb_end - fb_start, ig_end - ig_start
    fb_growth, ig_growth = fb_gain / fb_start * 100, ig_gain / ig_start * 100
    first, last = months.min(), months.max()
    year = f"{first.year}-{last.year % 100:02d}"
    same_gain = round(fb_gain, -3) == round(ig_gain, -3)
    out.append(("section 4's chart title: Facebook's and Instagram's gains in the year",
                f"Facebook and Instagram each gained about {round(fb_gain, -3):,.0f} followers in the year"
                if same_gain else "Facebook's and Instagram's gains in the year now differ"))
    out.append(("Decision 2: the year, April to March",
                f"annual report for {year} (April {first.year} to {last:%B %Y})"
                if months.nunique() == 13 and first.month == 3 else "the year of audience_monthly changed"))
    out.append(("Decision 2: the state Facebook page's followers, follows and unfollows",
                f"gives {_lakh(fb_start)} followers at the end of {first:%B %Y} and {_lakh(fb_end)} at the end of "
                f"{last:%B %Y}; in the twelve months between, {_lakh(fb_new)} people followed the page and "
                f"{_lakh(fb_left)} unfollowed it"))
    out.append(("Decision 2, option A: new followers as growth",
                f"\"{_lakh(fb_new)} new followers in {year}, a growth of {fb_new / fb_start * 100:.1f}% on our "
                f"{_lakh(fb_start)}.\""))
    out.append(("Decision 2, option C: the growth rate",
                f"\"Followers up {fb_growth:.1f}% in {year}, from {_lakh(fb_start)} to {_lakh(fb_end)}.\""))
    out.append(("Decision 2, option B: the gain over the followers at the end",
                f"\"Followers up {fb_gain / fb_end * 100:.1f}% in {year}: {_lakh(fb_gain)} more, of the "
                f"{_lakh(fb_end)} we have now.\""))
    out.append(("Decision 2, option D: the same gain as Instagram",
                f"\"Followers up {_lakh(fb_gain)} in {year}, as many as on Instagram ({_lakh(ig_gain)}).\""
                if same_gain else "Facebook and Instagram no longer gained as many followers"))
    out.append(("Decision 2: the options' labels in the check",
                f"{{\"A\": \"{_lakh(fb_new)} new followers, {fb_new / fb_start * 100:.1f}%\", "
                f"\"B\": \"up {fb_gain / fb_end * 100:.1f}%, of the followers we have now\","))
    out.append(("Decision 2: option C's and D's labels in the check",
                f"\"C\": \"up {fb_growth:.1f}%, from {_lakh(fb_start)} to {_lakh(fb_end)}\", "
                f"\"D\": \"up {_lakh(fb_gain)}, as many as on Instagram\"}}"))
    out.append(("Decision 2, why not A",
                f"\"{_lakh(fb_new)} people followed the page, but {_lakh(fb_left)} unfollowed it: \""))
    out.append(("Decision 2, why not A: the net gain",
                f"\"the page ended the year with {_lakh(fb_gain)} more followers, not {_lakh(fb_new)}. \""))
    out.append(("Decision 2, why not A: the two rates",
                f"\"Counting only those who came makes {fb_growth:.1f}% look like {fb_new / fb_start * 100:.1f}%; \""))
    out.append(("Decision 2, why not B", f"\"{_lakh(fb_gain)} ÷ {_lakh(fb_start)} is {fb_growth:.1f}%. \""))
    out.append(("Decision 2, why not B: the followers at the end", f"Dividing by today's {_lakh(fb_end)} gives"))
    out.append(("Decision 2, why not D: Instagram's start",
                f"\"Instagram started the year with {_lakh(ig_start)} followers, {ig_start / fb_start:.0%} of "
                f"Facebook's, \""))
    out.append(("Decision 2, why not D: the two growth rates",
                f"\"so its {_lakh(ig_gain)} is +{ig_growth:.1f}% against Facebook's +{fb_growth:.1f}%. \""))
    return out
