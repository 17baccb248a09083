"""Incidents and emergencies: which duty was met in time, how much warning an alert gave, whether a
correction caught up with the error, and whether a holding statement or a press note says what it must.

The tool 10-crisis-and-incident-response teaches and the capstone reuses::

    from course.incidents import duty_report, lead_hours, pair_corrections, holding_statement_gaps
    report = duty_report(incident_log)            # one row per incident and duty: met in time or not
    feed["lead_hours"] = lead_hours(feed)         # hours of warning each alert gave
    pairs = pair_corrections(feed)                # each correction next to the post it corrects
    holding_statement_gaps("Our page was hacked ...")   # [] when every element is there
    negated_elements("Our page has not been hacked")    # elements written only with a "not" next to them
    links_not_official(text); x_length(text)            # links not on .gov.in/.nic.in; length as X counts it
    press_note_gaps("District Public Relations Office ...")  # [] when the note has every element
    unverified_figures(note, [14, 6240, 2])             # numbers in the note that are not the official ones
    figures(note); dateline_places(note)                # every figure (digits or words); the dateline's place

The duties it checks, counted from the moment the takeover was **noticed** (cited in the notebook,
verified on 2 December 2026):

- **Report to CERT-In within 6 hours** of noticing the incident: CERT-In Directions under section 70B(6)
  of the IT Act, 28 April 2022 (unauthorised access to social media accounts is a reportable incident).
  This is the only limit here that a rule sets.
- **Ask Meta to recover the page within 1 hour**, **warn followers on the department's other official
  channels within 1 hour**, and **file a complaint on the national cybercrime portal within 24 hours**:
  the course's example targets for a department's own procedure, not limits set by law. Set your own
  in `DUTIES` (a department's standard operating procedure decides them).

What it cannot tell you: whether an event really happened as logged, which channel reached people,
or whether a statement is true. Those are decisions; the tool only does the counting.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

TZ = "Asia/Kolkata"
NOTICED = "takeover noticed"

# duty -> (the logged event that fulfils it, hours allowed after the takeover was noticed, source)
DUTIES: dict[str, tuple[str, float, str]] = {
    "ask Meta to recover the page": ("recovery request to Meta", 1.0, "example target (department procedure)"),
    "warn followers on other channels": ("warning on other channels", 1.0, "example target (department procedure)"),
    "report to CERT-In": ("CERT-In report", 6.0, "CERT-In Directions, 28 April 2022"),
    "complaint on the cybercrime portal": ("cybercrime portal complaint", 24.0,
                                           "example target (department procedure)"),
}

HOLDING_ELEMENTS = ("what happened", "what we are doing", "where to get official updates",
                    "when we will update next")

# Official web addresses: the government's .gov.in and the National Informatics Centre's .nic.in, where
# Bihar's district websites live (saran.nic.in, patna.nic.in). NIC's S3WaaS hosts government sites "under
# the GOV.IN or NIC.IN domain" and only onboards government entities (s3waas.gov.in, Terms and Conditions
# and FAQ, read 2 December 2026).
OFFICIAL_ZONES = (".gov.in", ".nic.in")

# Hindi in Latin letters, as many officers type it ("Hamne Meta aur CERT-In ko report kiya hai"): what the
# department is doing, and the negations that follow the verb ("report nahi kiya").
_ROMAN_DOING = (r"\b(?:hamne|humne|hamlog|humlog)\b|\breport (?:kar|kiya|ki|kara|karwa|de)\w*|\bshik(?:a|aa)yat\b|"
                r"\bsuchit\b|\bsoochit\b|\bbahaal\b|\bbahal\b|\bkaam kar\w*|\bkar rahe\b|\bwapas\b|\bvapas\b|"
                r"\bkarwai\b|\bkarrwai\b|\bkaarwai\b|\bjaanch\b|\bjanch\b")
_ROMAN_HINDI = re.compile(_ROMAN_DOING, re.I)
_PATTERNS = {
    "what happened": r"hack|taken over|take-?over|unauthori[sz]ed|compromised|lost access|not posted by us|"
                     r"fake post|हैक|क\u093c?ब्ज|फ\u093c?र्ज\u093c?ी पोस्ट|"
                     # what 10b's Hindi participants wrote (the text is matched with the nukta left out)
                     r"taken control|took control|lost control|cyber ?attack|\bhacker|"
                     r"साइबर (?:हमला|हमले|अटैक)|अनधिकृत|(?:नियंत्रण|कंट्रोल) में चल[ाे] ग",
    "what we are doing": r"\bwe (are|have)\b|we're|we've|reported|restor|recover|working to|complain|informed|"
                         r"notified|रिपोर्ट|शिकायत|सूचित|सूचना दी|बहाल|कार्रवाई|कार्यवाही|वापस ले|जाँच|जांच|काम कर|"
                         r"\bfiled\b|\blodged\b|\bcontacted\b|in touch with|working with|दर्ज|प्राथमिकी|"
                         r"ठीक (?:किया जा|कर रहे|कर रही|करने)|संपर्क (?:किया|कर लिया|कर रहे|कर रही|में)|"
                         + _ROMAN_DOING,
    "where to get official updates": r"\b[\w.-]+\.(?:gov|nic)\.in\b|@\w{3,}",
    "when we will update next": r"\b\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|बजे|\bnoon\b|"
                                r"\bmid-?day\b|\b(?:with)?in (?:\d+|an?|one|two|three|four|five|six) hours?\b|"
                                r"घंटे (?:में|के भीतर)|\bbaje\b|\bghante (?:me|mein|main|ke (?:bheetar|bhitar|andar))\b",
}
# A negation next to an element's words: "has not been hacked", "we have not reported", "हैक नहीं हुआ".
_NEGATION = re.compile(r"\b(?:not|never|no|nothing|nobody|nahi|nahin|nahee)\b|n't|नहीं|^(?:न|मत|mat)$", re.I)  # checked word by word
_AUXILIARY = re.compile(r"we (are|have)|we're|we've", re.I)
_CLAUSE = re.compile(r"[.,;:!?।\n]")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
# (a bare domain right after "@" is an e-mail's, dm@nic.in, not a link)
_LINK = re.compile(r"(?:https?://|www\.)\S+|(?<![@\w.-])\b(?:[\w-]+\.)+(?:com|in|ly|gd|gy|co|me|org|net|info)\b(?:/\S*)?",
                   re.I)


# A press note's elements as Indian government offices issue them (10b-media-relations cites the forms read): who
# issues it, a place and date line, a headline, an officer who speaks for the administration, and where to get
# updates. Its figures come only from the official source (`unverified_figures`).
PRESS_NOTE_ELEMENTS = ("issuing office", "place and date line", "headline", "officer who speaks",
                       "where to get updates")

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|जनवरी|फ\u093c?रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|"
           r"अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर")
_DATE = (rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?|\b(?:{_MONTHS})\b\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|"
         r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
# A place, then a comma, dash, bar, slash or bracket, then a date: "Sitamarhi, 21 August 2025", "सीतामढ़ी, 21 अगस्त
# 2025", "Patna - 21.08.2025", "Sitamarhi | August 21, 2025", "Sitamarhi (21 August 2025)", "Sitamarhi/21.08.25",
# "सीतामढ़ी, दिनांक 21.08.2025". The place is the group "place".
_DATELINE = re.compile(rf"(?P<place>[A-Za-z\u0900-\u097F]{{3,}})\s*(?:[,:|/(\-\u2013\u2014]\s*)+"
                       rf"(?:(?:dated|dt\.?|दिनांक|दि\.)\s*:?\s*)?(?:{_DATE})", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?![\d,]|\s*(?:lakh|lac|crore|thousand|million|हज|लाख|करोड))\s*(?:a\.?m\.?|p\.?m\.?|बजे)?|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?|बजे)|"
                   r"\b(?:19|20)\d{2}\b", re.I)
# A telephone number: a landline with its STD code (06226-250316, 0612 2217305), a mobile (98765 43210, +91 ...),
# or the disaster and cybercrime helplines (1070, 1077, 1930). A number a note gives people to call is not a figure.
_PHONE = (r"(?<![\d,.])(?:\+91[\s-]?)?0\d{2,4}[\s-]?\d{6,8}(?![\d,])|(?<![\d,.])(?:\+91[\s-]?)?[6-9]\d{4}\s?\d{5}(?![\d,])|"
          r"(?<![\d,.])(?:1070|1077|1930)(?![\d,])")
# The district's own page on a social platform (facebook.com/DMSitamarhi, x.com/DM_Sitamarhi): see `district_page`.
_SOCIAL_PAGE = r"(?:https?://)?(?:www\.|m\.)?(?:facebook|x|twitter|instagram|youtube)\.com/[\w.@/-]+"
_SOCIAL_HOSTS = ("facebook.com", "x.com", "twitter.com", "instagram.com", "youtube.com")
# A reference number (house style, not a figure): "Press Release No. 512", "Memo No. 45/2025", "पत्रांक 512".
_REFERENCE = re.compile(r"(?:\b(?:no|ref(?:erence)?|memo|letter|file|sl)\b\.?|पत्रांक|ज्ञापांक|पत्र सं(?:ख्या|\.)|"
                        r"क्रमांक|प्रेस विज्ञप्ति सं(?:ख्या|\.)|सं\.)\s*[:\-]?\s*\d[\w/.-]*", re.I)
_NOTE_PATTERNS = {
    "issuing office": r"public relations|जन[-\s]?स(?:ं|म्)पर्क|information (?:and|&) public|district administration|"
                      r"जि\u093c?ला प्रशासन|collectorate|समाहरणालय|press information bureau|\b(?:PIB|DPRO|IPRD)\b",
    "officer who speaks": r"district magistrate|\bDM\b|collector|deputy development commissioner|\bDDC\b|"
                          r"sub-?divisional officer|\bSDO\b|\bADM\b|additional district magistrate|"
                          r"superintendent of police|spokes(?:person|man|woman)|disaster management officer|"
                          r"\bSDM\b|sub-?divisional magistrate|block development officer|\bBDO\b|circle officer|"
                          r"public relations officer|\bDPRO\b|एसडीएम|एसडीओ|अनुमंडल दंडाधिकारी|प्रखंड विकास पदाधिकारी|"
                          r"अंचलाधिकारी|पुलिस अधीक्षक|जनसंपर्क पदाधिकारी|"
                          r"जि\u093c?लाधिकारी|जि\u093c?ला पदाधिकारी|जिला दंडाधिकारी|डीएम|समाहर्ता|प्रवक्ता|उप विकास आयुक्त|"
                          r"अनुमंडल पदाधिकारी|आपदा प्रबंधन पदाधिकारी",
    "where to get updates": r"\b[\w.-]+\.(?:gov|nic)\.in\b|@\w{3,}|" + _SOCIAL_PAGE + "|" + _PHONE + "|"
                            r"(?:helpline|हेल्पलाइन|control room|कंट्रोल रूम|नियंत्रण कक्ष|phone|फोन|फ़ोन|contact|संपर्क|"
                            r"operations? cent(?:re|er)|\bEOC\b|संचालन केंद्र|dial)\D{0,25}"
                            r"\d[\d -]{2,}\d(?:\s*(?:,|/|or|and|या|और|;)\s*\d[\d -]{2,}\d)*",
}
_LABEL = re.compile(r"^(?:press (?:note|release)|प्रेस (?:नोट|विज्ञप्ति)|for immediate release)\W*$", re.I)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def hours_after_notice(log: pd.DataFrame, event: str) -> float:
    """Hours from the `takeover noticed` row of one incident's log to the first row with `event`.

    NaN if the event was never logged. `log` holds one incident (filter `incident_id` first).
    """
    noticed = log.loc[log["event"] == NOTICED, "at"].min()
    done = log.loc[log["event"] == event, "at"].min()
    if pd.isna(noticed) or pd.isna(done):
        return float("nan")
    return (done - noticed) / pd.Timedelta(hours=1)


def duty_report(log: pd.DataFrame, duties: dict[str, tuple[str, float, str]] | None = None) -> pd.DataFrame:
    """One row per incident and duty: when it was due, when it was done, hours taken, whether it was met.

    A duty never done is not met (`done_at` missing). Columns: incident_id, duty, limit_hours, due,
    done_at, hours, met, source.
    """
    duties = DUTIES if duties is None else duties
    rows = []
    for incident_id, one in log.groupby("incident_id", sort=True, observed=True):
        noticed = one.loc[one["event"] == NOTICED, "at"].min()
        for duty, (event, limit, source) in duties.items():
            done = one.loc[one["event"] == event, "at"].min()
            hours = hours_after_notice(one, event)
            rows.append(dict(incident_id=str(incident_id), duty=duty, limit_hours=float(limit),
                             due=noticed + pd.Timedelta(hours=limit), done_at=done, hours=hours,
                             met=bool(pd.notna(done) and hours <= limit), source=source))
    out = pd.DataFrame(rows)
    out["done_at"] = pd.to_datetime(out["done_at"])
    return out


def lead_hours(feed: pd.DataFrame) -> pd.Series:
    """Hours of warning each post gave: `needed_by` minus `posted_at`, in hours (negative: too late).

    NaN for posts with no `needed_by` (anything that is not an alert).
    """
    return (feed["needed_by"] - feed["posted_at"]) / pd.Timedelta(hours=1)


def pair_corrections(feed: pd.DataFrame) -> pd.DataFrame:
    """Each correction next to the post it corrects.

    Columns: correction_id, error_id, district, error_posted_at, corrected_at, hours_later, error_reach,
    correction_reach, amplified (the correction was pinned and shared by the district administration).
    """
    fixes = feed[feed["kind"] == "correction"]
    by_id = feed.set_index("post_id")
    err = by_id.loc[fixes["corrects"].tolist()]
    out = pd.DataFrame({
        "correction_id": fixes["post_id"].to_numpy(),
        "error_id": fixes["corrects"].to_numpy(),
        "district": fixes["district"].to_numpy(),
        "error_posted_at": err["posted_at"].to_numpy(),
        "corrected_at": fixes["posted_at"].to_numpy(),
        "error_reach": err["reach"].to_numpy(),
        "correction_reach": fixes["reach"].to_numpy(),
        "amplified": fixes["amplified"].to_numpy(dtype=bool),
    })
    out["error_posted_at"] = pd.to_datetime(out["error_posted_at"], utc=True).dt.tz_convert(TZ)
    out["corrected_at"] = pd.to_datetime(out["corrected_at"], utc=True).dt.tz_convert(TZ)
    out.insert(5, "hours_later", (out["corrected_at"] - out["error_posted_at"]) / pd.Timedelta(hours=1))
    return out


def _negated(text: str, match: re.Match) -> bool:
    """Whether a negation sits next to an element's words, in the same clause.

    English puts it before the word ("not been hacked", "haven't reported") or, after "we are" / "we
    have", right after it ("we have not"); Hindi puts it after ("हैक नहीं हुआ", "रिपोर्ट नहीं की").
    """
    before = _CLAUSE.split(text[:match.start()])[-1].split()[-3:]
    after = _CLAUSE.split(text[match.end():])[0].split()
    window = list(before)
    if _AUXILIARY.fullmatch(match.group(0)):
        window += after[:1]
    if _DEVANAGARI.search(match.group(0)) or _ROMAN_HINDI.fullmatch(match.group(0)):
        window += after[:3]
    return any(_NEGATION.search(word.strip("'\"()")) for word in window)


def _found(text: str, element: str, patterns: dict[str, str] = _PATTERNS) -> tuple[bool, bool]:
    """(written, written only with a negation next to it) for one element."""
    # Hindi's nukta letters (क़, फ़, ज़: one code point or base letter + nukta) are matched without the nukta, so
    # ज़िलाधिकारी and जिलाधिकारी, मुफ़्त and मुफ्त are the same word here
    text = unicodedata.normalize("NFC", text).replace("\u093c", "")
    matches = list(re.finditer(patterns[element], text, flags=re.I))
    plain = [m for m in matches if not _negated(text, m)]
    return bool(plain), bool(matches) and not plain


def holding_statement_gaps(text: str) -> list[str]:
    """The required elements a holding statement lacks, in `HOLDING_ELEMENTS` order ([] if none).

    It looks for words, so it can say an element is missing, never that the statement is true or
    well written: read it too. Elements: what happened (hacked, taken over, unauthorised, हैक ...), what
    we are doing (we are / we have / reported / restoring, रिपोर्ट, शिकायत, सूचित, बहाल ...), where to
    get official updates (a .gov.in or .nic.in address, or an @handle), when we will update next (a
    clock time such as 11 am, 14:00, noon or 12 बजे, or "within 2 hours", "in two hours", "दो घंटे में"). Words with a negation next
    to them ("has not been hacked", "we have not reported", "हैक नहीं हुआ") do not count: see
    `negated_elements`.
    """
    return [element for element in HOLDING_ELEMENTS if not _found(str(text), element)[0]]


def negated_elements(text: str) -> list[str]:
    """The elements whose words appear only with a negation next to them ("our page has not been hacked").

    A simple reading of the few words around each match, not of the meaning: it catches a denial written
    plainly, not one said in other words. Read the statement too.
    """
    return [element for element in HOLDING_ELEMENTS if _found(str(text), element)[1]]


def _has_headline(text: str) -> bool:
    """A short line of its own (2 to 15 words) among the first four, before the body, that is neither the
    "Press note" label, the issuing office nor the place and date line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:4][:len(lines) - 1]:  # a headline has text after it
        words = len(line.split())
        if (2 <= words <= 15 and not _LABEL.match(line) and not _DATELINE.search(line)
                and not re.search(_NOTE_PATTERNS["issuing office"], line, flags=re.I)):
            return True
    return False


def press_note_gaps(text: str) -> list[str]:
    """The elements a press note lacks, in `PRESS_NOTE_ELEMENTS` order ([] if none).

    Like `holding_statement_gaps`, it looks for words and lines, never whether the note is true:
    - issuing office: "District Public Relations Office", "जिला जनसंपर्क कार्यालय", "District Administration",
      "Information & Public Relations Department", "PIB" ...;
    - place and date line: a place, a comma, dash, bar, slash or bracket, a date ("Sitamarhi, 21 August 2025",
      "सीतामढ़ी, 21 अगस्त 2025", "Patna - 21.08.2025", "Sitamarhi | August 21, 2025"); `dateline_places` names the place;
    - headline: a short line of its own (2 to 15 words) among the first four lines, with the body after it;
    - officer who speaks: an officer's title (District Magistrate, DM, जिलाधिकारी, प्रवक्ता ...); the tool cannot tell
      whether a name goes with it: read it;
    - where to get updates: a .gov.in or .nic.in address, an @handle, a page on Facebook or X, a phone number (a
      landline with its STD code, a mobile, 1070/1077), or a helpline or control room with its number.
    A title or an address with a negation next to it ("no helpline yet") does not count, as in `negated_elements`.
    """
    text = unicodedata.normalize("NFC", str(text)).translate(_DEVANAGARI_DIGITS)
    found = {
        "issuing office": _found(text, "issuing office", _NOTE_PATTERNS)[0],
        "place and date line": bool(_DATELINE.search(text)),
        "headline": _has_headline(text),
        "officer who speaks": _found(text, "officer who speaks", _NOTE_PATTERNS)[0],
        "where to get updates": _found(text, "where to get updates", _NOTE_PATTERNS)[0],
    }
    return [element for element in PRESS_NOTE_ELEMENTS if not found[element]]


# Numbers written in words, English and Hindi: the common ones ("twelve", "forty thousand", "1 lakh", "बारह",
# "चालीस हज़ार", "एक लाख"). "One"/"एक" alone is not read as a figure ("one spokesperson", "एक बैठक").
_EN_UNITS = dict(zip("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                     "sixteen seventeen eighteen nineteen".split(), range(20), strict=True))
_EN_TENS = dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10), strict=True))
_HI_UNITS = {"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8,
             "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14, "पंद्रह": 15, "पन्द्रह": 15,
             "सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19, "बीस": 20, "पच्चीस": 25, "तीस": 30, "पैंतीस": 35,
             "चालीस": 40, "पचास": 50, "साठ": 60, "सत्तर": 70, "अस्सी": 80, "नब्बे": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000,
           "million": 1_000_000, "crore": 10_000_000, "crores": 10_000_000, "सौ": 100, "हजार": 1_000,
           "हज़ार": 1_000, "लाख": 100_000, "करोड़": 10_000_000, "करोड": 10_000_000}
_WORD = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+|[\u0900-\u097F]+")


def _word_value(token: str):
    low = unicodedata.normalize("NFC", token.lower())
    if low in _EN_UNITS:
        return _EN_UNITS[low]
    if low in _EN_TENS:
        return _EN_TENS[low]
    if low in _HI_UNITS:
        return _HI_UNITS[low]
    return None


# A duration or a round-the-clock service is not a figure: "in the last 24 hours", "पिछले 24 घंटों में", "24x7".
_DURATION = re.compile(
    r"(?<![\w\u0900-\u097F,.])(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[\s-]+(?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"eighteen|एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|बारह|पंद्रह|बीस|चौबीस|तीस|अडतालीस|बहत्तर)\s*-?\s*"
    r"(?:(?:hours?|hrs?|minutes?|mins?|days?)\b|(?:घंटे|घंटों|घंटा|घण्टे|घण्टों|मिनट|दिन|दिनों)(?![\u0900-\u097F]))"
    r"|\b24\s*[x×/]\s*7\b", re.I)


def figures(text: str) -> list[tuple[str, float]]:
    """The figures in `text`, each as written and as a number, in order of appearance.

    Dates, clock times, durations ("24 घंटों में", "2 hours", "24x7"), years, web addresses, @handles, phone and
    helpline numbers and reference numbers ("Press Release No. 512", "पत्रांक 512") are not figures. Digits may be Devanagari (६२४०) and grouped the
    Indian way (6,240 or 1,20,000); common numbers in words count too ("forty thousand", "twelve", "1.2 lakh",
    "बारह", "चालीस हज़ार", "एक लाख"), but "one" or "एक" alone does not.
    """
    text = unicodedata.normalize("NFC", str(text)).translate(_DEVANAGARI_DIGITS)
    for pattern in (_LINK, _DURATION, re.compile(r"@\w+"), re.compile(_SOCIAL_PAGE, re.I),
                    re.compile(_NOTE_PATTERNS["where to get updates"], re.I), re.compile(_PHONE), _REFERENCE,
                    re.compile(_DATE, re.I), _TIME):
        text = pattern.sub(" | ", text)
    nukta = {"हज\u093cार": "हज़ार", "करोड\u093c": "करोड़"}
    tokens = list(_WORD.finditer(text))
    out, i = [], 0
    while i < len(tokens):
        tok = tokens[i].group(0)
        value = None
        if tok[0].isdigit():
            value = float(tok.rstrip(",.").replace(",", ""))
        else:
            value = _word_value(tok)
        if value is None:
            i += 1
            continue
        start, end, total, words, j = tokens[i].start(), tokens[i].end(), 0.0, 1, i + 1
        current = value
        while j < len(tokens):  # "forty two thousand", "two hundred and fifty", "1.2 lakh", "चालीस हज़ार"
            nxt = unicodedata.normalize("NFC", tokens[j].group(0).lower())
            nxt = nukta.get(nxt, nxt)
            gap = text[tokens[j - 1].end():tokens[j].start()]
            if gap.strip(" -") or "\n" in gap:
                break
            if nxt in _SCALES:
                if _SCALES[nxt] == 100:
                    current *= 100
                else:
                    total += current * _SCALES[nxt]
                    current = 0.0
            elif nxt == "and" and j + 1 < len(tokens) and _word_value(tokens[j + 1].group(0)) is not None \
                    and current >= 100:
                pass
            elif (w := _word_value(nxt)) is not None and not tok[0].isdigit() and w > 0 and (
                    (current >= 100 and current % 100 == 0 and w < 100)  # "two hundred fifty"
                    or (w < 10 and current % 10 == 0 and current % 100 >= 20)):  # "forty two"
                current += w
            elif w is not None and not tok[0].isdigit() and current == 0 and total >= 1000:
                current = w  # "six thousand two hundred"
            else:
                break
            end, words, j = tokens[j].end(), words + 1, j + 1
        total = round(total + current, 6)
        written = text[start:end].rstrip(",.")
        if not (words == 1 and not tok[0].isdigit() and value == 1):  # "one" / "एक" alone
            out.append((written, total))
        i = j
    return out


def unverified_figures(text: str, official) -> list[str]:
    """The figures in `text` that are not among the `official` figures, as written, in order of appearance.

    What counts as a figure: see `figures` (digits and common number words; not dates, times, phone numbers,
    addresses or reference numbers).
    """
    if isinstance(official, pd.DataFrame):
        raise TypeError("`official` should be the official figures themselves (a list of numbers, e.g. "
                        "table['value'].tolist()), not the whole table")
    want = {float(value) for value in official}
    return [written for written, value in figures(text) if value not in want]


def dateline_places(text: str) -> list[str]:
    """The places named in the note's place and date lines ("Sitamarhi, 21 August 2025" -> ["Sitamarhi"])."""
    text = unicodedata.normalize("NFC", str(text)).translate(_DEVANAGARI_DIGITS)
    return [m.group("place") for m in _DATELINE.finditer(text)]


def district_page(link: str, district: str) -> bool:
    """Whether `link` is a page on Facebook, X, Instagram or YouTube whose address names `district`
    (facebook.com/DMSitamarhi, x.com/DM_Sitamarhi). It cannot tell who runs the page: check it is the district's."""
    host = re.sub(r"^(?:www|m)\.", "", _host(link))
    rest = re.sub(r"^(https?://)?[^/]+", "", link.strip(), flags=re.I)
    return host in _SOCIAL_HOSTS and district.lower() in rest.lower()


def is_official(link: str) -> bool:
    """Whether a web address is on an official domain (`OFFICIAL_ZONES`: .gov.in, .nic.in)."""
    host = _host(link)
    return host.endswith(OFFICIAL_ZONES) or f".{host}" in OFFICIAL_ZONES


def links_not_official(text: str) -> list[str]:
    """Web addresses in `text` that are not on a .gov.in or .nic.in domain (a holding post should carry none)."""
    found = [m.group(0).rstrip(".,;:)") for m in _LINK.finditer(str(text))]
    return [link for link in found if not is_official(link)]


X_LIMIT = 280
X_LINK_LENGTH = 23
# Code points X counts as one character; every other one counts as two (docs.x.com, "Counting characters",
# and twitter-text's configuration, read 2 December 2026). Devanagari (U+0900-U+097F) counts as one.
_X_SINGLE = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))


def x_length(text: str) -> int:
    """A post's length as X counts it against its 280-character limit (docs.x.com, "Counting characters").

    Every web address counts as 23 characters whatever its length (X shortens it with t.co); Latin and
    Devanagari letters, digits and punctuation count as one; emoji and most other characters as two.
    An estimate on the safe side: it counts an emoji made of several code points as two each, X as two.
    """
    text = unicodedata.normalize("NFC", str(text))
    total, last = 0, 0
    for m in _LINK.finditer(text):
        total += _x_weight(text[last:m.start()]) + X_LINK_LENGTH
        last = m.end()
    return total + _x_weight(text[last:])


def _x_weight(text: str) -> int:
    return sum(1 if any(lo <= ord(ch) <= hi for lo, hi in _X_SINGLE) else 2 for ch in text)


def _host(link: str) -> str:
    """The host name of a web address: `https://state.bihar.gov.in/x` -> `state.bihar.gov.in`."""
    rest = re.sub(r"^(https?://)", "", link.strip(), flags=re.I)
    return re.split(r"[/:?#]", rest, maxsplit=1)[0].lower()
