"""Reference tables: districts, schemes, glossary (public facts, modest claims)."""
from __future__ import annotations

import pandas as pd

from .common import fields

# name_en, name_hi, division, headquarters, lat, lon (HQ town, approximate), languages
# Languages: Hindi everywhere, then the broad regional language(s) of the area (public
# knowledge, approximate; not census figures).
DISTRICT_ROWS = [
    ("Araria", "अररिया", "Purnia", "Araria", 26.15, 87.47, "Hindi; Maithili; Urdu; Surjapuri"),
    ("Arwal", "अरवल", "Magadh", "Arwal", 25.25, 84.68, "Hindi; Magahi"),
    ("Aurangabad", "औरंगाबाद", "Magadh", "Aurangabad", 24.75, 84.37, "Hindi; Magahi"),
    ("Banka", "बांका", "Bhagalpur", "Banka", 24.88, 86.92, "Hindi; Angika"),
    ("Begusarai", "बेगूसराय", "Munger", "Begusarai", 25.42, 86.13, "Hindi; Maithili; Angika"),
    ("Bhagalpur", "भागलपुर", "Bhagalpur", "Bhagalpur", 25.25, 86.98, "Hindi; Angika; Urdu"),
    ("Bhojpur", "भोजपुर", "Patna", "Arrah", 25.56, 84.66, "Hindi; Bhojpuri"),
    ("Buxar", "बक्सर", "Patna", "Buxar", 25.56, 83.98, "Hindi; Bhojpuri"),
    ("Darbhanga", "दरभंगा", "Darbhanga", "Darbhanga", 26.15, 85.90, "Hindi; Maithili; Urdu"),
    ("East Champaran", "पूर्वी चंपारण", "Tirhut", "Motihari", 26.65, 84.92, "Hindi; Bhojpuri"),
    ("Gaya", "गया", "Magadh", "Gaya", 24.79, 85.00, "Hindi; Magahi"),
    ("Gopalganj", "गोपालगंज", "Saran", "Gopalganj", 26.47, 84.44, "Hindi; Bhojpuri"),
    ("Jamui", "जमुई", "Munger", "Jamui", 24.92, 86.22, "Hindi; Magahi; Angika"),
    ("Jehanabad", "जहानाबाद", "Magadh", "Jehanabad", 25.21, 84.99, "Hindi; Magahi"),
    ("Kaimur", "कैमूर", "Patna", "Bhabua", 25.04, 83.61, "Hindi; Bhojpuri"),
    ("Katihar", "कटिहार", "Purnia", "Katihar", 25.54, 87.58, "Hindi; Angika; Maithili; Urdu"),
    ("Khagaria", "खगड़िया", "Munger", "Khagaria", 25.50, 86.48, "Hindi; Maithili; Angika"),
    ("Kishanganj", "किशनगंज", "Purnia", "Kishanganj", 26.10, 87.95, "Hindi; Urdu; Surjapuri"),
    ("Lakhisarai", "लखीसराय", "Munger", "Lakhisarai", 25.17, 86.09, "Hindi; Magahi; Angika"),
    ("Madhepura", "मधेपुरा", "Kosi", "Madhepura", 25.92, 86.79, "Hindi; Maithili"),
    ("Madhubani", "मधुबनी", "Darbhanga", "Madhubani", 26.35, 86.07, "Hindi; Maithili"),
    ("Munger", "मुंगेर", "Munger", "Munger", 25.37, 86.47, "Hindi; Angika; Magahi"),
    ("Muzaffarpur", "मुजफ्फरपुर", "Tirhut", "Muzaffarpur", 26.12, 85.39, "Hindi; Bajjika"),
    ("Nalanda", "नालंदा", "Patna", "Bihar Sharif", 25.20, 85.52, "Hindi; Magahi"),
    ("Nawada", "नवादा", "Magadh", "Nawada", 24.88, 85.54, "Hindi; Magahi"),
    ("Patna", "पटना", "Patna", "Patna", 25.59, 85.14, "Hindi; Magahi; English"),
    ("Purnia", "पूर्णिया", "Purnia", "Purnia", 25.78, 87.47, "Hindi; Maithili; Urdu; Surjapuri"),
    ("Rohtas", "रोहतास", "Patna", "Sasaram", 24.95, 84.03, "Hindi; Bhojpuri"),
    ("Saharsa", "सहरसा", "Kosi", "Saharsa", 25.88, 86.60, "Hindi; Maithili"),
    ("Samastipur", "समस्तीपुर", "Darbhanga", "Samastipur", 25.86, 85.78, "Hindi; Maithili"),
    ("Saran", "सारण", "Saran", "Chhapra", 25.78, 84.73, "Hindi; Bhojpuri"),
    ("Sheikhpura", "शेखपुरा", "Munger", "Sheikhpura", 25.14, 85.85, "Hindi; Magahi"),
    ("Sheohar", "शिवहर", "Tirhut", "Sheohar", 26.51, 85.29, "Hindi; Bajjika"),
    ("Sitamarhi", "सीतामढ़ी", "Tirhut", "Sitamarhi", 26.60, 85.48, "Hindi; Bajjika; Maithili"),
    ("Siwan", "सिवान", "Saran", "Siwan", 26.22, 84.36, "Hindi; Bhojpuri"),
    ("Supaul", "सुपौल", "Kosi", "Supaul", 26.12, 86.60, "Hindi; Maithili"),
    ("Vaishali", "वैशाली", "Tirhut", "Hajipur", 25.69, 85.21, "Hindi; Bajjika"),
    ("West Champaran", "पश्चिम चंपारण", "Tirhut", "Bettiah", 26.80, 84.50, "Hindi; Bhojpuri"),
]


def slug(name: str) -> str:
    return name.lower().replace(" ", "_")


def local_language(langs: str) -> str:
    for lang in langs.split("; "):
        if lang not in ("Hindi", "English", "Surjapuri"):
            return lang
    raise ValueError(langs)


def districts() -> pd.DataFrame:
    rows = []
    for en, hi, div, hq, lat, lon, langs in DISTRICT_ROWS:
        local = "Urdu" if en == "Kishanganj" else local_language(langs)
        rows.append((slug(en), en, hi, div, hq, lat, lon, langs, local))
    return pd.DataFrame(rows, columns=["code", "name_en", "name_hi", "division", "headquarters",
                                       "latitude", "longitude", "main_languages",
                                       "local_language"])


def districts_card(df: pd.DataFrame) -> str:
    per_div = df.groupby("division", observed=True).size().sort_values(ascending=False)
    per_lang = df.groupby("local_language", observed=True).size().sort_values(ascending=False)
    return f"""# districts — Bihar's 38 districts (reference table)

**Synthetic data** status: this is a *reference* table of public facts, written by
`python -m datagen`. Real: the 38 district names (English and Hindi), their division and
headquarters town. Approximate: latitude/longitude of the headquarters town (rounded to
0.01°, enough for maps and distances, not for navigation) and the language columns, which
give the broad regional language area as commonly described (not census counts). Invented:
nothing here, but the course accounts tied to these districts elsewhere are invented.

{fields("districts", {
    "code": ("", "short lower-case key used in invented account handles (`@dpro_<code>_demo`)"),
    "name_en": ("", "district name in English (as listed in DOMAIN.md)"),
    "name_hi": ("", "district name in Hindi (Devanagari)"),
    "division": ("", "administrative division (9 divisions)"),
    "headquarters": ("", "headquarters town"),
    "latitude": ("degrees N", "approximate latitude of the headquarters town"),
    "longitude": ("degrees E", "approximate longitude of the headquarters town"),
    "main_languages": ("", "languages commonly spoken, `; `-separated, Hindi first (approximate)"),
    "local_language": ("", "the main regional language used in this course for the district"),
})}

## How it was generated
Typed in by hand from public lists; divisions: Patna, Magadh, Bhagalpur, Munger, Darbhanga,
Kosi, Purnia, Saran, Tirhut. Gaya city was renamed Gaya Jee in 2025; the district is listed as
Gaya here.

## What the data shows
- 38 districts in 9 divisions; districts per division: {", ".join(f"{k} {v}" for k, v in per_div.items())}.
- Regional language used by the course per district: {", ".join(f"{k} {v}" for k, v in per_lang.items())}.
- Hindi is the official language everywhere and Urdu the second official language of the
  state; Maithili is in the Eighth Schedule; Bhojpuri, Magahi, Angika and Bajjika are widely
  spoken (counted under Hindi in the census).
"""


SCHEME_ROWS = [
    # scheme, name_en, name_hi, launch_year, invented benefit, target, description, domain, tag
    ("Mahila Rozgar", "Mukhyamantri Mahila Rozgar Yojana", "मुख्यमंत्री महिला रोजगार योजना", 2025,
     10000, "women of the household",
     "Financial help to women to start a livelihood or small business (launched Sept 2025).",
     "state.bihar.gov.in", "#MahilaRozgar"),
    ("Kanya Utthan", "Mukhyamantri Kanya Utthan Yojana", "मुख्यमंत्री कन्या उत्थान योजना", None,
     25000, "girls, from birth to graduation",
     "Support to girls' health and education in instalments at milestones.",
     "state.bihar.gov.in", "#KanyaUtthan"),
    ("Student Credit Card", "Bihar Student Credit Card", "बिहार स्टूडेंट क्रेडिट कार्ड", None,
     400000, "students after class 12",
     "Education loan for higher studies, repaid after the course.",
     "state.bihar.gov.in", "#StudentCreditCard"),
    ("Saat Nishchay", "Saat Nishchay", "सात निश्चय", 2015,
     0, "all residents",
     "The state government's seven resolves (programme of commitments), launched in 2015.",
     "state.bihar.gov.in", "#SaatNishchay"),
    ("Vriddhajan Pension", "Mukhyamantri Vriddhajan Pension Yojana",
     "मुख्यमंत्री वृद्धजन पेंशन योजना", None,
     1000, "elderly residents",
     "A monthly old-age pension paid to the bank account.",
     "state.bihar.gov.in", "#VriddhajanPension"),
    ("JEEViKA", "JEEViKA (Bihar Rural Livelihoods Promotion Society)", "जीविका", None,
     30000, "rural women's self-help groups",
     "Rural livelihoods programme organising women into self-help groups.",
     "brlps.in", "#JEEViKA"),
]


def schemes() -> pd.DataFrame:
    df = pd.DataFrame(SCHEME_ROWS, columns=["scheme", "name_en", "name_hi", "launch_year",
                                            "invented_benefit_inr", "target_group",
                                            "description", "source_domain", "hashtag"])
    df["launch_year"] = df["launch_year"].astype("Int64")
    return df


def schemes_card(df: pd.DataFrame) -> str:
    return f"""# schemes — six Bihar government schemes (reference table)

**Synthetic data** status: a reference table written by `python -m datagen`. Real: the
scheme names in Hindi and English, the launch years given (Mahila Rozgar: Sept 2025; Saat
Nishchay: 2015), the general purpose of each scheme, and the source domain as a place to
check. **Invented**: `invented_benefit_inr` — a round figure for exercises only (it may or may not match a reported figure, e.g. reports give ₹10,000 as the first Mahila Rozgar instalment). Amounts and
eligibility differ between reports and change over time: never quote these figures to the
public; check the official portal. Descriptions are short and deliberately modest.

{fields("schemes", {
    "scheme": ("", "short name used as the `scheme` label in posts, comments and rumours"),
    "name_en": ("", "full name in English"),
    "name_hi": ("", "name in Hindi"),
    "launch_year": ("year", "launch year where the course's domain notes give it; missing otherwise"),
    "invented_benefit_inr": ("₹", "**invented** example benefit for exercises (0 = not a cash scheme)"),
    "target_group": ("", "who the scheme is for, in broad terms"),
    "description": ("", "one-line description (modest, general)"),
    "source_domain": ("", "official domain to check current rules"),
    "hashtag": ("", "hashtag the invented posts use for the scheme"),
})}

## How it was generated
Typed in by hand from the course's domain notes (DOMAIN.md).

## What the data shows
- {len(df)} schemes; launch year known for {int(df.launch_year.notna().sum())}
  ({", ".join(f"{s} {y}" for s, y in zip(df.scheme, df.launch_year, strict=False) if pd.notna(y))}).
- Use `invented_benefit_inr` only as an example number in calculations.
"""


GLOSSARY_ROWS = [
    ("reach", "पहुँच", "Unique accounts that saw the content at least once; an estimate by the platform.", "Meta Instagram insights metric description", "01-analytics"),
    ("views", "व्यू", "Every time content is on screen, repeats included (one person seeing a photo 3 times = 3 views); for reels and video, every play and replay (what used to be called plays). Instagram's primary metric since August 2024, Facebook's since November 2024.", "Instagram insights update (Aug 2024) and Facebook's announcement (14 Nov 2024), as reported by Business Standard and Social Samosa", "01-analytics"),
    ("impressions", "इंप्रेशन", "The old name for times content was shown. Retired on Meta and replaced by views (Instagram API for all versions from 21 Apr 2025, Facebook Page Insights API from 15 Nov 2025); still used by X and ad tools.", "Meta for Developers: Instagram Account Insights reference; blog, Page Insights API Updates (15 Aug 2025)", "01-analytics"),
    ("engagement", "सहभागिता", "Reactions + comments + shares + saves. Tools differ in what they count: say which you count.", "convention", "01-analytics"),
    ("engagement rate", "सहभागिता दर", "No platform-defined formula. Either engagements / reach × 100 or engagements / followers × 100; the same post can be 3% by reach and 15% by followers. Always state the denominator.", "agency and tool documentation", "01-analytics"),
    ("follower growth rate", "फ़ॉलोअर वृद्धि दर", "(followers at end − followers at start) / followers at start × 100, for a stated period.", "common definition", "01-analytics"),
    ("CTR (click-through rate)", "क्लिक-थ्रू दर", "Link clicks / impressions (views) × 100; unique CTR = unique clicks / reach.", "Meta ads glossary", "04-campaign-strategy"),
    ("ThruPlay", "थ्रूप्ले", "A video played to completion, or for at least 15 seconds.", "Meta Business Help Centre", "02b-reel-metrics"),
    ("3-second views", "3-सेकंड व्यू", "Plays of a video that lasted at least 3 seconds, replays not counted (a reel's views, by contrast, count every replay).", "Meta Business Help Centre", "02b-reel-metrics"),
    ("hook rate", "हुक दर", "3-second views / views × 100: how many viewers the first seconds keep. A course working definition, not a platform metric. On Meta a reel's views count replays and its 3-second views do not, so compare hook rates between reels rather than with a fixed target.", "course definition", "02b-reel-metrics"),
    ("retention", "रिटेंशन (दर्शक कितनी देर बने रहे)", "Share of viewers still watching at each second of a video; plotted as a retention curve.", "common definition", "02b-reel-metrics"),
    ("mean", "औसत", "The total divided by the number of items (the average). A few very large values pull it up, so it can describe almost none of the items.", "common definition", "00-getting-started"),
    ("median", "मीडियन", "The middle value once the items are put in order: half are above it, half below. A few very large values do not move it.", "common definition", "00-getting-started"),
    ("average watch time", "औसत देखने का समय", "Total time watched / views. Meta now reports 'minutes viewed' instead of 'watch time'.", "Meta (Nov 2024)", "02b-reel-metrics"),
    ("share of voice", "चर्चा में हिस्सेदारी", "Our mentions / all mentions in the topic × 100, by volume or by reach.", "common definition", "04-campaign-strategy"),
    ("KPI", "मुख्य प्रदर्शन संकेतक", "Key performance indicator: the number that shows whether an objective is met.", "common definition", "04-campaign-strategy"),
    ("OASIS", "OASIS", "Campaign planning model: Objectives, Audience/insight, Strategy/ideas, Implementation, Scoring.", "UK Government Communication Service", "04-campaign-strategy"),
    ("A/B test", "ए/बी परीक्षण", "Two random, non-overlapping groups see versions that differ in one thing; compare outcomes with a test such as the two-proportion z-test.", "common definition", "04c-ab-tests"),
    ("diminishing returns", "घटता फ़ायदा", "Each extra rupee of spend buys less extra reach than the one before.", "common definition", "04b-budget-and-boosts"),
    ("marginal reach per rupee", "प्रति रुपया अतिरिक्त पहुँच", "Extra reach from the next rupee of spend; compare across platforms to split a budget.", "course definition", "04b-budget-and-boosts"),
    ("boost (paid promotion)", "बूस्ट (प्रचार)", "Paying the platform to show a post to more people; paid and organic counts differ.", "platform help pages", "04b-budget-and-boosts"),
    ("misinformation", "भ्रामक सूचना", "False or misleading information, shared with or without intent to deceive.", "common definition", "06-misinformation-response"),
    ("rebuttal", "खंडन", "A public correction of a false claim, from an official source.", "common definition", "06b-rebuttals"),
    ("prebunking", "पूर्व-खंडन (प्रीबंकिंग)", "Warning people about a manipulation technique before they meet it.", "Roozenbeek, van der Linden et al. 2022", "06-misinformation-response"),
    ("truth sandwich", "सच का सैंडविच", "Lead with the fact, mention the falsehood once (not in the headline), end with the fact and where to check it.", "Lakoff; Debunking Handbook 2020", "06b-rebuttals"),
    ("fact-check rating", "तथ्य-जाँच रेटिंग", "Labels such as False, Altered, Partly false, Missing context, Satire, True.", "Meta transparency centre", "06-misinformation-response"),
    ("RESIST", "RESIST", "Recognise, Early warning, Situational insight, Impact analysis, Strategic communication, Track outcomes.", "UK Government Communication Service (RESIST 2)", "06-misinformation-response"),
    ("amplifier", "प्रसारक", "An account whose sharing spreads a claim to many others.", "course definition", "06-misinformation-response"),
    ("community standards", "सामुदायिक मानक", "A platform's rules on what may be posted, grouped under headings such as fraud and scams, bullying and harassment, privacy violations, misinformation, spam.", "Meta transparency centre", "05-community-standards"),
    ("grievance", "शिकायत", "A citizen's complaint about a scheme or service; acknowledge and route it, never hide it. A complaint to a Bihar department falls under the Bihar Right to Public Grievance Redressal Act 2015: a hearing and a decision within the stipulated time limit of 60 working days. (A complaint to a platform about content goes to the platform's grievance officer under the IT Rules 2021: another route.)", "Bihar Right to Public Grievance Redressal Act 2015, ss. 2 and 4 (indiankanoon.org/doc/134745829/); course usage", "05-community-standards"),
    ("personal data", "व्यक्तिगत जानकारी", "Information that identifies a person: phone number, email, Aadhaar number, address. Never repost it.", "course usage", "05b-privacy-and-actions"),
    ("redaction", "गोपनीय अंश छिपाना", "Replacing personal data in a text with a placeholder such as [phone].", "course usage", "05b-privacy-and-actions"),
    ("Verhoeff check digit", "वरहॉफ़ जाँच अंक", "The last digit of an Aadhaar number, computed from the other 11 with the Verhoeff algorithm; catches typing errors.", "UIDAI; Verhoeff 1969", "05b-privacy-and-actions"),
    ("precision", "प्रिसिज़न", "Of the items a rule flagged, the share that were truly in the class.", "common definition", "05-community-standards"),
    ("recall", "रिकॉल", "Of the items truly in the class, the share the rule flagged.", "common definition", "05-community-standards"),
    ("phishing", "फ़िशिंग", "A message or page that imitates a trusted sender to steal passwords, OTPs or money.", "CERT-In guidance", "07-cyber-security"),
    ("look-alike domain", "मिलता-जुलता डोमेन", "A web address made to resemble an official one (typo, extra hyphen, swapped letters, other TLD, look-alike characters).", "common definition", "07b-links-and-access"),
    ("two-factor authentication", "दो-चरणीय सत्यापन", "Logging in needs a second proof (a code or key) besides the password.", "CERT-In advisory for government social-media accounts", "07-cyber-security"),
    ("credential stuffing", "क्रेडेंशियल स्टफ़िंग", "Trying many leaked username/password pairs quickly, often from one address.", "common definition", "07-cyber-security"),
    ("impossible travel", "असंभव यात्रा", "Two logins by one user too far apart for the time between them.", "common definition", "07-cyber-security"),
    ("least privilege", "न्यूनतम अधिकार", "Give each person only the page role they need, and remove it when they leave.", "CERT-In advisory; common practice", "07b-links-and-access"),
    ("password entropy", "पासवर्ड एन्ट्रॉपी", "Length × log2(size of the character set), in bits: a rough measure of how hard a random password is to guess.", "common definition", "07-cyber-security"),
    ("classifier", "क्लासिफ़ायर", "A rule or model that assigns a label (e.g. grievance) to a text.", "common definition", "08-automation-and-ai"),
    ("confidence threshold", "कॉन्फ़िडेंस सीमा", "The score above which a classifier acts alone; below it a human decides.", "course usage", "08b-ai-safeguards"),
    ("synthetic content label", "कृत्रिम सामग्री लेबल", "A notice that an image, video or text was generated or altered by AI.", "IT Rules amendments (details: check current rules)", "08b-ai-safeguards"),
]


def glossary() -> pd.DataFrame:
    return pd.DataFrame(GLOSSARY_ROWS, columns=["term_en", "term_hi", "definition", "source",
                                                "module"])


def glossary_card(df: pd.DataFrame) -> str:
    per_mod = df.groupby("module").size()
    return f"""# glossary — key terms in English and Hindi

**Synthetic data** status: a reference table written by `python -m datagen`. Real: the
definitions follow the course's domain notes and the named sources (paraphrased, plain
English). The Hindi terms are working translations for the course, not official glossaries.
Nothing is invented except the "course definition" entries, which are marked as such.

{fields("glossary", {
    "term_en": ("", "term in English"),
    "term_hi": ("", "term in Hindi"),
    "definition": ("", "plain-English definition"),
    "source": ("", "where the definition comes from"),
    "module": ("", "course module that introduces the term"),
})}

## How it was generated
Typed in by hand.

## What the data shows
- {len(df)} terms; per module: {", ".join(f"{k} {v}" for k, v in per_mod.items())}.
- Engagement rate has no platform formula: always state the denominator (reach or followers).
- Impressions are retired on Meta and replaced by views; X and ad tools still use impressions.
"""
