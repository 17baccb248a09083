"""Numbers about the course data in 01-analytics' text and sample answer, computed from the data.

Each fragment below must appear word for word in source/01-analytics (tests/test_prose_numbers.py). A
sentence that ranks or compares (which platform grew fastest, which format reached most) is built from the
data, so a regenerated dataset that changes the ranking changes the fragment and names the sentence.
"""
from __future__ import annotations

import math

import pandas as pd

STATE = "@iprd_bihar_demo"
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 100: "a hundred", 1000: "a thousand"}


def _er(df: pd.DataFrame, denominator: str) -> pd.Series:
    engagement = df["reactions"] + df["comments"] + df["shares"] + df["saves"]
    return engagement / df[denominator] * 100


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

    by_platform = posts.groupby("platform", observed=True)["reach"].agg(["mean", "median"])
    ratio = by_platform["mean"] / by_platform["median"]
    x = posts[posts["platform"] == "X"]
    below = (x["reach"] < x["reach"].mean()).mean()
    out.append(("mean reach over median reach, by platform",
                f"The mean is {ratio.min():.0f} to {ratio.max():.0f} times the median."))
    out.append(("X: the mean reach and the share of X posts below it",
                (f"On X it is about {ratio['X']:.0f} times the median: reporting \"average reach "
                 f"{x['reach'].mean():,.0f}\" would describe a post that reached more people than {below:.0%} "
                 "of our X posts did") if ratio.idxmax() == "X" else "X no longer has the largest ratio"))

    reach_rank = posts.groupby("format", observed=True)["reach"].median().sort_values(ascending=False)
    facebook = posts[posts["platform"] == "Facebook"]
    er_rank = facebook.groupby("format", observed=True)["er_reach"].median().sort_values(ascending=False)
    as_written = (reach_rank.index[0] == er_rank.index[0] == "reel"
                  and set(reach_rank.index[-2:]) == set(er_rank.index[-2:]) == {"text", "link"})
    out.append(("formats: highest and lowest median reach and Facebook engagement rate",
                "Reels reached the most people (all platforms) and had the highest engagement rate on Facebook; "
                "text and link posts the lowest on both counts" if as_written
                else f"reach order {list(reach_rank.index)}, Facebook ER order {list(er_rank.index)}"))

    by_reach, by_rate = posts.nlargest(5, "reach"), posts.nlargest(5, "er_reach")
    shared = len(set(by_reach["post_id"]) & set(by_rate["post_id"]))
    times = by_reach["reach"] / by_reach["followers_at_post"]
    out.append(("the two top-5 lists", "The two lists share no post" if shared == 0 else f"share {shared} posts"))
    all_facebook = (by_reach["platform"] == "Facebook").all() and (times > 1).all()
    out.append(("the top 5 by reach: platform, reach over followers, boosts",
                (f"The top 5 by reach are all Facebook posts, and each reached more people than its page has "
                 f"followers ({times.min():.0f} to {times.max():.0f} times as many); "
                 f"{WORDS[int(by_reach['boosted'].sum())]} of them was boosted") if all_facebook
                else "the top 5 by reach changed"))
    insta_reels = int(((by_rate["platform"] == "Instagram") & (by_rate["format"] == "reel")).sum())
    out.append(("the top 5 by rate", f"The top 5 by rate are mostly Instagram reels ({insta_reels} of the 5)"
                if insta_reels >= 3 else f"only {insta_reels} of the top 5 by rate are Instagram reels"))

    hour = posts["posted_at"].dt.hour
    window = pd.cut(hour, [0, 9, 12, 15, 18, 21, 24], right=False)
    best = posts.groupby(window, observed=True)["er_reach"].median().idxmax()
    out.append(("the 3-hour window with the highest median rate (chart title)",
                f"Posts published {int(best.left):02d}:00 to {int(best.right) - 1:02d}:59 had the highest "
                "engagement rates"))
    counts = hour.value_counts()
    fewest, most = round(counts.min(), -2), round(counts.max(), -3)
    out.append(("posts per hour, fewest and most",
                f"a median of {WORDS.get(fewest, fewest)} posts jumps around more than a median of "
                f"{WORDS.get(most, most)}"))

    # Exercise 8 compares the screenshot's image post with the median Facebook image post (printed in the cell)
    images = facebook[facebook["format"] == "image"]
    img_er, img_eng, img_shares = images["er_reach"].median(), images["engagement"].median(), images["shares"].median()
    low = math.floor(min(1900 / img_eng, 300 / img_shares))
    high = math.ceil(max(1900 / img_eng, 300 / img_shares))
    out.append(("sample answer: the typical Facebook image post's rate by reach",
                f"Our typical (median) Facebook image post gets about {img_er:.1f}% by reach"))
    out.append(("sample answer: the post's 1,900 actions and 300 shares against the typical Facebook image post",
                f"are about {low} to {high} times what our typical Facebook image post gets ({img_eng:,.0f} "
                f"actions and {img_shares:,.0f} shares)" if high - low == 1
                else f"between {1900 / img_eng:.1f} and {300 / img_shares:.1f} times"))
    return out
