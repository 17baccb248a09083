"""Numbers about the course data in 03-audiences-and-content's text and sample answer, computed from the data.

Each fragment below must appear word for word in source/03-audiences-and-content (tests/test_prose_numbers.py).
Comparisons the text makes (Maithili ahead of English in Madhubani, Maithili posts ahead in Darbhanga,
no Magahi posts in Gaya and Nalanda) are checked here too: when the data stops supporting one, its fragment changes.
"""
from __future__ import annotations

from _common import audience_shares as _shares


def claims(load):
    out = []
    audience = load("audience")
    total = audience["followers"].sum()
    districts = audience.loc[audience["account"] != "@iprd_bihar_demo", "account"].nunique()
    out.append(("district accounts", f"the state account and the {districts} district accounts"))
    age = audience.groupby("age_band", observed=True)["followers"].sum()
    young = (age["18-24"] + age["25-34"]) / total * 100
    out.append(("share of follows aged 18-34", f"the 18-24 and 25-34 bands together hold {young:.1f}% of all follows"))
    out.append(("chart title: most follows come from 18 to 34", "Most follows come from people aged 18 to 34"
                if young > 50 else f"only {young:.1f}% are 18 to 34"))
    gender = audience.groupby("gender", observed=True)["followers"].sum() / total * 100
    out.append(("gender shares", f"gives {gender['male']:.2f} for `male` and {gender['female']:.2f} for `female`"))
    out.append(("Exercise 4's feedback: the share of follows from men",
                f"in this data {gender['male']:.0f}% of follows come from men"))

    madhubani = _shares(audience, "Madhubani")
    maithili_second = madhubani.drop("Hindi").idxmax() == "Maithili" and madhubani["Maithili"] > madhubani["English"]
    out.append(("Madhubani: Maithili and English shares",
                f"{madhubani['Maithili']:.1f}% of the follows come from people who say they prefer **Maithili**, "
                f"more than prefer English ({madhubani['English']:.1f}%)" if maithili_second
                else "Maithili is no longer Madhubani's second language"))
    posts = load("posts").copy()
    engagement = posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]
    posts["engagement_rate"] = engagement / posts["reach"] * 100
    darbhanga = posts[posts["district"] == "Darbhanga"].groupby("language", observed=True)["engagement_rate"]
    median, count = darbhanga.median(), darbhanga.size()
    share = _shares(audience, "Darbhanga")["Maithili"]
    out.append(("Darbhanga: Maithili share and the median rate of each post language",
                f"the language {share:.1f}% of its followers say they prefer, had a median engagement rate of "
                f"{median['Maithili']:.2f}%, against {median['Hindi']:.2f}% for Hindi and {median['English']:.2f}% for "
                f"English; and the `posts` column shows {count['Maithili']} Maithili posts"
                if median.idxmax() == "Maithili" else "Maithili posts no longer lead in Darbhanga"))
    magahi = {d: _shares(audience, d).get("Magahi", 0.0) for d in ["Gaya", "Nalanda"]}
    never = not ((posts["district"].isin(["Gaya", "Nalanda"])) & (posts["language"] == "Magahi")).any()
    gaya = _shares(audience, "Gaya")
    out.append(("Exercise 6's feedback: Gaya's Magahi share", f"The survey says {gaya['Magahi']:.1f}% of Gaya's follows "
                "prefer Magahi"))
    out.append(("Exercise 6's feedback: Gaya's Hindi share, the largest", f"Most of Gaya's follows ({gaya['Hindi']:.1f}%) "
                "prefer Hindi" if gaya.idxmax() == "Hindi" and gaya["Hindi"] > 50 else "Hindi is no longer most of Gaya"))
    out.append(("Gaya and Nalanda: Magahi shares, and no Magahi posts",
                f"In Gaya ({magahi['Gaya']:.1f}%) and Nalanda ({magahi['Nalanda']:.1f}%) many followers say they "
                "prefer **Magahi**, but the offices have never posted in it" if never
                else "Gaya or Nalanda has posted in Magahi"))

    return out
