"""Load the course datasets: ``load("posts")``, ``card("posts")``, ``names()``; read an officer's own
exports into the same tables: ``read_export(folder)``, ``read_page_export(folder)`` (course/exports.py).

Every dataset is synthetic (invented by ``python -m datagen``); its data card
(``card(name)``) says what is real and what is invented. Types come from the
schemas below, never from guessing:

* low-cardinality labels are ``category`` (fixed category lists where known),
* timestamps are timezone-aware in Asia/Kolkata (IST, UTC+05:30),
* counts are ``int64``; a count that can be missing is the nullable ``Int64``,
* free text is the pandas string dtype ``str``.
"""
from __future__ import annotations

import difflib
from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).parent / "datasets"
TZ = "Asia/Kolkata"
TS_FORMAT = "%Y-%m-%d %H:%M:%S%z"  # how timestamps are written in the CSV files

# --- category lists ---------------------------------------------------------------
DISTRICTS = [
    "Araria", "Arwal", "Aurangabad", "Banka", "Begusarai", "Bhagalpur", "Bhojpur", "Buxar",
    "Darbhanga", "East Champaran", "Gaya", "Gopalganj", "Jamui", "Jehanabad", "Kaimur",
    "Katihar", "Khagaria", "Kishanganj", "Lakhisarai", "Madhepura", "Madhubani", "Munger",
    "Muzaffarpur", "Nalanda", "Nawada", "Patna", "Purnia", "Rohtas", "Saharsa", "Samastipur",
    "Saran", "Sheikhpura", "Sheohar", "Sitamarhi", "Siwan", "Supaul", "Vaishali",
    "West Champaran",
]
DIVISIONS = ["Patna", "Magadh", "Bhagalpur", "Munger", "Darbhanga", "Kosi", "Purnia", "Saran",
             "Tirhut"]
PLATFORMS = ["Facebook", "Instagram", "X", "YouTube"]
FORMATS = ["text", "image", "carousel", "link", "reel", "long_video"]
POST_LANGUAGES = ["Hindi", "English", "Hinglish", "Maithili", "Bhojpuri", "Urdu"]
AUDIENCE_LANGUAGES = ["Hindi", "English", "Maithili", "Bhojpuri", "Magahi", "Angika", "Bajjika",
                      "Urdu"]
LOCAL_LANGUAGES = ["Maithili", "Bhojpuri", "Magahi", "Angika", "Bajjika", "Urdu"]
SCHEMES = ["Mahila Rozgar", "Kanya Utthan", "Student Credit Card", "Saat Nishchay",
           "Vriddhajan Pension", "JEEViKA"]
TOPICS = ["scheme", "advisory", "event", "achievement", "public_service"]
AGE_BANDS = ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
GENDERS = ["female", "male"]
COMMENT_LANGUAGES = ["Hindi", "English", "Hinglish"]
COMMENT_LABELS = ["appreciation", "question", "grievance", "spam_scam", "abuse", "personal_data",
                  "misinformation"]
RATINGS = ["False", "Altered", "Partly false", "Missing context"]
ACCESS_LEVELS = ["full control", "partial control", "task access"]
STATUSES = ["serving", "transferred", "retired"]
INCIDENTS = ["credential_stuffing", "new_country", "impossible_travel", "departed_account_active"]
LINK_LABELS = ["official", "lookalike", "shortened", "phishing"]
LOOKALIKE_TECHNIQUES = ["typo", "digit_swap", "hyphen", "tld_swap", "subdomain", "homoglyph"]
SEEN_IN = ["WhatsApp", "comment", "DM", "email", "SMS"]


def _cat(values, ordered=False):
    return pd.CategoricalDtype(categories=list(values), ordered=ordered)


CAT = "category"  # categories taken from the data (account handles, cities...)
TS = "datetime"  # timezone-aware timestamp, Asia/Kolkata

# --- schemas: column -> dtype, in file order ----------------------------------------
SCHEMAS: dict[str, dict[str, object]] = {
    "districts": {
        "code": "str", "name_en": _cat(DISTRICTS), "name_hi": "str",
        "division": _cat(DIVISIONS), "headquarters": "str",
        "latitude": "float64", "longitude": "float64",
        "main_languages": "str", "local_language": _cat(LOCAL_LANGUAGES),
    },
    "schemes": {
        "scheme": _cat(SCHEMES), "name_en": "str", "name_hi": "str", "launch_year": "Int64",
        "invented_benefit_inr": "int64", "target_group": "str", "description": "str",
        "source_domain": "str", "hashtag": "str",
    },
    "glossary": {
        "term_en": "str", "term_hi": "str", "definition": "str", "source": "str",
        "module": CAT,
    },
    "posts": {
        "post_id": "str", "account": CAT, "account_type": _cat(["state", "district"]),
        "district": _cat(DISTRICTS), "platform": _cat(PLATFORMS), "format": _cat(FORMATS),
        "language": _cat(POST_LANGUAGES), "topic": _cat(TOPICS), "scheme": _cat(SCHEMES),
        "posted_at": TS, "text": "str", "hashtags": "str", "text_length": "int64",
        "followers_at_post": "int64", "reach": "int64", "views": "int64",
        "reactions": "int64", "comments": "int64", "shares": "int64", "saves": "int64",
        "link_clicks": "int64", "video_length_s": "Int64", "avg_watch_time_s": "float64",
        "boosted": "bool", "spend_inr": "int64",
    },
    "audience": {
        "account": CAT, "platform": _cat(PLATFORMS), "district": _cat(DISTRICTS),
        "age_band": _cat(AGE_BANDS, ordered=True), "gender": _cat(GENDERS),
        "preferred_language": _cat(AUDIENCE_LANGUAGES), "followers": "int64",
    },
    "audience_monthly": {
        "account": CAT, "account_type": _cat(["state", "district"]),
        "district": _cat(DISTRICTS), "platform": _cat(PLATFORMS), "month": TS,
        "followers": "int64", "new_followers": "int64", "unfollows": "int64",
    },
    "reel_watch": {
        "reel_id": CAT, "second": "int64", "viewers_remaining": "int64", "views": "int64",
        "views_3s": "int64", "video_length_s": "int64",
    },
    "comments": {
        "comment_id": "str", "post_id": "str", "platform": _cat(PLATFORMS), "posted_at": TS,
        "language": _cat(COMMENT_LANGUAGES), "text": "str", "label": _cat(COMMENT_LABELS),
        "contains_phone": "bool", "contains_email": "bool", "contains_aadhaar": "bool",
        "aadhaar_valid": "boolean",
    },
    "rumours": {
        "rumour_id": "str", "scheme": _cat(SCHEMES), "claim_en": "str", "claim_hi": "str",
        "fact_en": "str", "rating": _cat(RATINGS), "first_seen": TS,
        "rebuttal_hour": "Int64", "rebuttal_at": TS, "rebuttal_reach": "Int64",
    },
    "rumour_hourly": {
        "rumour_id": CAT, "hour": "int64", "timestamp": TS, "shares": "int64",
        "rebutted": "bool",
    },
    "rumour_shares": {
        "rumour_id": CAT, "account": "str", "account_type": _cat(["page", "group", "profile"]),
        "followers": "int64", "first_share_hour": "int64", "shares": "int64",
    },
    "logins": {
        "login_id": "str", "timestamp": TS, "user": CAT, "page": CAT, "ip": "str",
        "country": CAT, "city": CAT, "latitude": "float64", "longitude": "float64",
        "device": CAT, "success": "bool", "two_factor_used": "bool",
        "incident": _cat(INCIDENTS),
    },
    "admins": {
        "page": CAT, "person": "str", "user": CAT, "access": _cat(ACCESS_LEVELS), "email": "str",
        "two_factor": "bool", "last_active": TS, "status": _cat(STATUSES),
        "status_since": TS,
    },
    "links": {
        "link_id": "str", "url": "str", "host": "str", "label": _cat(LINK_LABELS),
        "technique": _cat(LOOKALIKE_TECHNIQUES), "imitates": "str", "seen_in": _cat(SEEN_IN),
        "first_seen": TS, "times_seen": "int64",
    },
    "ab_test": {
        "test_id": CAT, "test_name": "str", "platform": _cat(PLATFORMS), "variant": _cat("AB"),
        "description": "str", "start_date": TS, "end_date": TS, "reached": "int64",
        "clicks": "int64",
    },
    "spend_response": {
        "campaign_id": "str", "platform": _cat(PLATFORMS), "start_date": TS,
        "spend_inr": "int64", "reach": "int64",
    },
    # --- 09-digital-governance datasets (datagen/governance.py) ---
    "holidays": {
        "date": TS, "name_en": "str", "name_hi": "str",
        "kind": _cat(["general", "public (NI Act)"]),
    },
    "rti_register": {
        "case_id": "str", "kind": _cat(["RTI", "grievance"]), "received_at": TS,
        "channel": _cat(["online portal", "post", "in person", "helpline"]),
        "subject": _cat(["boosted-post spending", "deleted or edited posts", "page access list",
                         "comment moderation", "press releases", "a person's safety (urgent)",
                         "scheme benefit not received",
                         "no reply on social media", "wrong information in a post"]),
        "district": _cat(DISTRICTS), "life_or_liberty": "bool", "replied_at": TS,
    },
    # --- 09b-records-and-ads datasets (datagen/governance.py) ---
    "post_archive": {
        "post_id": "str", "account": _cat(["@ipr_bihar_demo", "@dpro_gaya_demo"]),
        "platform": _cat(PLATFORMS), "kind": _cat(["post", "reply"]),
        "language": _cat(["Hindi", "English", "Hinglish"]), "published_at": TS, "version": "int64",
        "version_at": TS, "change": _cat(["none", "edited", "deleted"]), "text": "str",
    },
    "ad_ledger": {
        "ad_id": "str", "platform": _cat(PLATFORMS),
        "topic": _cat(["scheme achievement", "safety alert", "voter awareness", "recruitment notice",
                       "health advisory"]),
        "paid_by": _cat(["I&PR Department", "District Election Office"]), "start": TS, "end": TS,
        "spend_inr": "int64", "social_issue_ad": "bool", "disclaimer": "str",
    },
    # --- end of 09-digital-governance datasets ---
    # --- 10-crisis-and-incident-response datasets (datagen/crisis.py) ---
    "incident_log": {
        "incident_id": "str", "page": "str", "at": TS,
        "event": _cat(["login alert", "takeover noticed", "fake post published", "recovery request to Meta",
                       "warning on other channels", "CERT-In report", "cybercrime portal complaint",
                       "page recovered", "fake post removed", "holding post", "update post"]),
        "actor": _cat(["attacker", "department", "platform"]), "detail": "str",
    },
    "flood_feed": {
        "post_id": "str", "district": _cat(DISTRICTS), "hazard": _cat(["flood", "heatwave"]),
        "kind": _cat(["alert", "advisory", "correction"]), "warning_received_at": TS, "posted_at": TS,
        "needed_by": TS, "text": "str", "reach": "int64", "corrects": "str", "amplified": "bool",
    },
    # --- end of 10-crisis-and-incident-response datasets ---
}


class UnknownDatasetError(KeyError, ValueError):
    """Raised by ``load``/``card`` for a name that is not a course dataset."""

    def __str__(self):  # KeyError would otherwise print the message in quotes
        return str(self.args[0]) if self.args else ""


def names() -> list[str]:
    """All dataset names, in a fixed order."""
    return list(SCHEMAS)


def _check_name(name: str) -> str:
    if name in SCHEMAS:
        return name
    close = difflib.get_close_matches(str(name), names(), n=1, cutoff=0.4)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise UnknownDatasetError(
        f"No dataset called {name!r}.{hint} Valid names: {', '.join(names())}."
    )


def path(name: str) -> Path:
    """Where the data file of ``name`` lives."""
    return DATA_DIR / f"{_check_name(name)}.csv.gz"


def load(name: str) -> pd.DataFrame:
    """Load one dataset as a typed DataFrame, e.g. ``posts = load("posts")``."""
    schema = SCHEMAS[_check_name(name)]
    read_types = {col: ("str" if dt == TS else dt) for col, dt in schema.items()}
    df = pd.read_csv(path(name), dtype=read_types, compression="gzip")
    if list(df.columns) != list(schema):
        raise RuntimeError(f"{name}: columns {list(df.columns)} differ from schema {list(schema)}")
    for col, dt in schema.items():
        if dt == TS:
            df[col] = pd.to_datetime(df[col], format=TS_FORMAT).dt.tz_convert(TZ)
    return df


def card(name: str) -> str:
    """The markdown data card of ``name``: fields, units, what is real and invented."""
    return (DATA_DIR / f"{_check_name(name)}.md").read_text(encoding="utf-8")


def __getattr__(name: str):
    """`read_export` and `read_page_export` (course/exports.py): an officer's own exports as these tables.

    Imported on first use, so that `course.exports` can itself use the schemas above.
    """
    if name in ("read_export", "read_page_export"):
        from course import exports

        return getattr(exports, name)
    raise AttributeError(f"module 'course.data' has no attribute {name!r}")
