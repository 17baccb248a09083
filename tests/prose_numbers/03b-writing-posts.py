"""Numbers about the course data in 03b-writing-posts's text and sample answer, computed from the data.

Each fragment below must appear word for word in source/03b-writing-posts (tests/test_prose_numbers.py).
Comparisons the text makes (Maithili ahead of English in Madhubani, generic hashtags at the typical post,
the tagged topics, the best and worst length bands) are checked here too: when the data stops supporting
one, its fragment changes.
"""
from __future__ import annotations

import pandas as pd
from _common import audience_shares as _shares

LENGTH_BINS = [0, 100, 200, 300, 400, 5000]
LENGTH_LABELS = ["up to 100", "101-200", "201-300", "301-400", "over 400"]
FESTIVAL_TAGS = ["#ChhathPuja", "#FloodAlert", "#MahilaRozgar"]


def claims(load):
    out = []
    audience = load("audience")
    madhubani = _shares(audience, "Madhubani")
    out.append(("part one's recap: Madhubani's Maithili share",
                f"in Madhubani {madhubani['Maithili']:.1f}% of the follows come from people who prefer Maithili"))
    out.append(("sample answer: Madhubani shares",
                f"in Madhubani {madhubani['Maithili']:.1f}% of follows prefer Maithili, more than prefer English "
                f"({madhubani['English']:.1f}%)"))

    posts = load("posts").copy()
    engagement = posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]
    posts["engagement_rate"] = engagement / posts["reach"] * 100
    darbhanga = posts[posts["district"] == "Darbhanga"].groupby("language", observed=True)["engagement_rate"]
    median = darbhanga.median()
    out.append(("part one's recap and the sample answer: Darbhanga", f"the office's Maithili posts had a median engagement rate of "
                f"{median['Maithili']:.2f}%, against {median['Hindi']:.2f}% for Hindi"))

    mad = posts[posts["district"] == "Madhubani"].groupby("language", observed=True)["engagement_rate"]
    mad_median, mad_size = mad.median(), mad.size()
    out.append(("Exercise 5 and the sample answer: Madhubani's own posts by language",
                f"Maithili posts had a median engagement rate of {mad_median['Maithili']:.2f}%"))
    out.append(("Exercise 5: Madhubani's Maithili posts, their number, and Hindi",
                f"{mad_median['Maithili']:.2f}% ({mad_size['Maithili']} posts), against {mad_median['Hindi']:.2f}% for Hindi"))
    out.append(("sample answer: Madhubani's Hindi posts", f"{mad_median['Maithili']:.2f}%, against "
                f"{mad_median['Hindi']:.2f}% for Hindi (in Darbhanga"))
    instagram = posts[posts["platform"] == "Instagram"]
    ig = instagram.groupby(pd.cut(instagram["text_length"], bins=LENGTH_BINS, labels=LENGTH_LABELS),
                           observed=False)["engagement_rate"].median()
    out.append(("Exercise 5: Instagram's best length band, as on Facebook",
                f"and across the department's Instagram posts, as on Facebook, posts of {ig.idxmax()} characters had "
                f"the\nhighest median engagement rate ({ig.max():.2f}%)" if ig.idxmax() == "101-200"
                else "Instagram's best band differs"))
    tagged = posts.assign(tag=posts["hashtags"].str.split()).explode("tag").dropna(subset=["tag"])
    tagged["reach_rate"] = tagged["reach"] / tagged["followers_at_post"] * 100
    naive = tagged.groupby("tag")["reach_rate"].agg(posts="size", median_reach_rate="median")
    naive = naive.sort_values("median_reach_rate", ascending=False)
    first, second = naive.index[0], naive.index[1]
    out.append(("the two naive 'winners' and their numbers of posts",
                f"The \"winners\" at the top, {first} and {second}, were used on {naive.loc[first, 'posts']} and "
                f"{naive.loc[second, 'posts']} posts"))
    out.append(("Exercise 2: the naive top tag", f"wants to add {first}, #ChhathPuja and"))
    out.append(("Exercise 2's option B: the naive top tag", f"add only {first}, the tag with the highest median reach rate"))
    out.append(("Exercise 2's feedback: the naive top tag and its posts",
                f"{first} tops the naive list on {naive.loc[first, 'posts']} posts"))
    chhath = tagged[tagged["tag"] == "#ChhathPuja"]
    flood = tagged[tagged["tag"] == "#FloodAlert"]
    months = set(chhath["posted_at"].dt.month_name())
    festival_only = set(chhath["topic"].astype(str)) == {"event"} and len(months) == 1
    out.append(("#ChhathPuja and #FloodAlert: the posts they appear on",
                f"#ChhathPuja appears only on festival posts in {months.pop()} and #FloodAlert only on flood advisories"
                if festival_only and set(flood["topic"].astype(str)) == {"advisory"} else "the tagged topics changed"))
    typical = tagged.drop_duplicates("post_id")["reach_rate"].median()
    generic = naive.loc[["#Bihar", "#BiharSarkar"], "median_reach_rate"]
    at_typical = (abs(generic - typical) < 1).all()
    out.append(("generic hashtags against the typical post",
                f"(#Bihar {generic['#Bihar']:.1f}% and #BiharSarkar {generic['#BiharSarkar']:.1f}%, against "
                f"{typical:.1f}% for the typical post)" if at_typical else "generic tags no longer sit at the typical post"))
    out.append(("sample answer: generic tags", "posts with generic tags reached no more than the typical post"
                if (generic <= typical + 0.5).all() else "generic tags reach more than the typical post"))
    carried = (naive.loc[FESTIVAL_TAGS, "median_reach_rate"] > typical).all()
    out.append(("chart title: festival, flood and new-scheme tags",
                "Posts tagged for a festival, a flood or a new scheme reached more of their followers" if carried
                else "a festival, flood or scheme tag no longer beats the typical post"))

    facebook = posts[posts["platform"] == "Facebook"]
    bands = pd.cut(facebook["text_length"], bins=LENGTH_BINS, labels=LENGTH_LABELS)
    by_length = facebook.groupby(bands, observed=False)["engagement_rate"].median()
    best, worst = by_length.idxmax(), by_length.idxmin()
    out.append(("Facebook: the length bands with the highest and lowest median rate",
                f"On Facebook, posts of {best} characters had the highest median engagement rate "
                f"({by_length[best]:.2f}%) and posts of {worst} characters the lowest ({by_length[worst]:.2f}%)"))
    out.append(("Exercise 4: the best Facebook length band", f"Facebook posts of {best} characters did best"))
    out.append(("Exercise 4: the rule's limit is the best band's upper edge",
                f"no Facebook post longer than {best.split('-')[-1]} characters"))
    by_platform = posts.groupby("platform", observed=True).agg(er=("engagement_rate", "median"),
                                                                 length=("text_length", "median"),
                                                                 longest=("text_length", "max"))
    x_lowest = by_platform["er"].idxmin() == "X"
    x_shortest = by_platform["length"].idxmin() == "X"
    out.append(("section 2: X posts are short and have low engagement rates",
                f"Posts on X are short (in this data {by_platform.loc['X', 'longest']} characters at most) *and* get "
                "low engagement rates" if x_lowest else "X no longer has the lowest engagement rates"))
    out.append(("Exercise 4's option C: X the shortest and the lowest", "posts on X are the shortest and have the lowest "
                "engagement rates" if x_lowest and x_shortest else "X is no longer the shortest and the lowest"))
    both = best == ig.idxmax() and worst == ig.idxmin() == "over 400"
    out.append(("sample answer: length", f"in the {best} band that had\nthe highest median engagement rate on Facebook "
                "and on Instagram (long posts had the lowest)" if both else "the best and worst bands differ by platform"))
    return out
