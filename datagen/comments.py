"""Labelled citizen comments with planted (invented) personal data.

No planted number can be a real person's: phone numbers start with 0 after +91 (the trunk prefix, so
no Indian number has that shape) and Aadhaar-shaped numbers start with 0 or 1 (never issued) and
always fail the Verhoeff check. Scam comments never carry a number.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .common import fields, pct, rng
from .text import SCHEME_NAMES
from .verhoeff import check_digit, is_valid

N_COMMENTS = 3600
LABEL_P = {"appreciation": .28, "question": .22, "grievance": .20, "spam_scam": .09,
           "abuse": .07, "personal_data": .08, "misinformation": .06}
LANG_P = {"Hindi": .35, "Hinglish": .40, "English": .25}

# by shape, not by validity: any 10-digit number (real mobiles start 6-9, this data's start 0) and
# any 12-digit group written 4-4-4, together or with spaces or hyphens
PHONE_RE = re.compile(r"(?<![\d+])(?:\+91[ -]?|0)?\d{5}[ -]?\d{5}(?!\d)")
AADHAAR_RE = re.compile(r"(?<![\d+])\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

# First names by gender and community, each with the surnames such a name is written with in Bihar
# (a woman is often "Devi" or "Kumari", never "Kumar"; a Muslim name takes a Muslim surname). A name
# is still two draws, a first name and a number below N_SURNAMES mapped into that name's own list,
# so the random stream, and every comment after it, stay as they were.
FIRST = ["Ramesh", "Sunita", "Pooja", "Rakesh", "Manoj", "Anita", "Sanjay", "Rekha", "Vikash",
         "Priya", "Imran", "Shabnam", "Ajay", "Kiran", "Sushil", "Nisha", "Dinesh", "Geeta",
         "Rahul", "Neha", "Amit", "Seema", "Raju", "Farhana", "Deepak", "Kavita", "Arjun",
         "Rubi", "Santosh", "Meena"]
N_SURNAMES = 12
SURNAMES = {  # repeats make the common surnames more frequent
    "hindu_man": ["Kumar", "Yadav", "Prasad", "Sah", "Manjhi", "Sharma", "Rajak", "Paswan", "Mahto",
                  "Singh", "Gupta", "Ram"],
    "hindu_woman": ["Devi", "Devi", "Kumari", "Kumari", "Devi", "Sharma", "Yadav", "Devi", "Kumari",
                    "Singh", "Gupta", "Devi"],
    "muslim_man": ["Ansari", "Alam", "Khan", "Ahmad", "Hussain", "Raza", "Ansari", "Siddiqui", "Akhtar",
                   "Khan", "Rahman", "Ansari"],
    "muslim_woman": ["Khatoon", "Parveen", "Khatoon", "Begum", "Khatoon", "Bano", "Ansari", "Parveen",
                     "Khatoon", "Naaz", "Khan", "Khatoon"],
}
GROUP = {**{f: "hindu_man" for f in ["Ramesh", "Rakesh", "Manoj", "Sanjay", "Vikash", "Ajay", "Sushil",
                                     "Dinesh", "Rahul", "Amit", "Raju", "Deepak", "Arjun", "Santosh"]},
         **{f: "hindu_woman" for f in ["Sunita", "Pooja", "Anita", "Rekha", "Priya", "Kiran", "Nisha", "Geeta",
                                       "Neha", "Seema", "Kavita", "Meena"]},
         **{f: "muslim_man" for f in ["Imran"]},
         **{f: "muslim_woman" for f in ["Shabnam", "Farhana", "Rubi"]}}
WOMEN = {f for f, g in GROUP.items() if g.endswith("woman")}


def surname(first: str, k: int) -> str:
    """The k-th surname of `first`'s own group."""
    return SURNAMES[GROUP[first]][k]


DISTRICT_SHORT = ["Patna", "Gaya", "Darbhanga", "Madhubani", "Siwan", "Saran", "Purnia",
                  "Kishanganj", "Bhagalpur", "Muzaffarpur", "Nalanda", "Buxar", "Supaul", "Araria",
                  "Begusarai", "Rohtas", "Vaishali", "Samastipur", "Katihar", "Bhojpur"]
DISTRICT_HI = {"Patna": "पटना", "Gaya": "गया", "Darbhanga": "दरभंगा", "Madhubani": "मधुबनी",
               "Siwan": "सिवान", "Saran": "सारण", "Purnia": "पूर्णिया", "Kishanganj": "किशनगंज",
               "Bhagalpur": "भागलपुर", "Muzaffarpur": "मुजफ्फरपुर", "Nalanda": "नालंदा",
               "Buxar": "बक्सर", "Supaul": "सुपौल", "Araria": "अररिया", "Begusarai": "बेगूसराय",
               "Rohtas": "रोहतास", "Vaishali": "वैशाली", "Samastipur": "समस्तीपुर",
               "Katihar": "कटिहार", "Bhojpur": "भोजपुर"}
SCAM_HOSTS = ["bihar-yojana-bonus.example", "free-recharge-offer.test", "govt-job-list.example",
              "scheme-kyc-update.test", "lucky-draw-winner.example"]

T = {  # T[label][lang] -> list of bodies
    "appreciation": {
        "Hindi": ["बहुत अच्छी जानकारी, धन्यवाद।", "{d} प्रशासन को बहुत-बहुत धन्यवाद 🙏",
                  "सराहनीय कदम, ऐसे ही काम करते रहिए।", "यह योजना गरीब परिवारों के लिए बहुत काम की है।",
                  "मेरी माँ को पेंशन मिलने लगी, सरकार का धन्यवाद।", "शानदार पहल 👏",
                  "{s} से हमारे गाँव की कई दीदियों को लाभ मिला।", "साफ़ और सही जानकारी दी, आभार।",
                  "कैंप में अच्छी व्यवस्था थी, कर्मचारियों ने मदद की।"],
        "English": ["Very useful information, thank you.", "Great initiative by the {d} administration!",
                    "Thanks for the quick update 🙏", "Good work, keep it up.",
                    "My sister got the {s} benefit. Thank you!", "Clear and helpful post.",
                    "The camp in {d} was well organised, staff were helpful.",
                    "Finally a post in simple language. Appreciated.", "Proud of our district team 👏"],
        "Hinglish": ["bahut badhiya jankari, dhanyawad", "thank u sir, bahut accha kaam",
                     "{d} prashasan ko salaam 🙏", "ekdam sahi info di aapne",
                     "meri behan ko {s} ka paisa mil gaya, thanks", "nice initiative sir ji 👍",
                     "camp me staff ne bahut help kiya, dhanyavad", "aise hi update dete rahiye",
                     "gaon ki didi logon ko {s} se fayda hua"],
    },
    "question": {
        "Hindi": ["{s} के लिए आवेदन की अंतिम तिथि क्या है?", "क्या {s} का आवेदन ऑनलाइन हो सकता है?",
                  "{d} में शिविर कहाँ लगेगा?", "इसके लिए कौन-कौन से कागज़ चाहिए?",
                  "क्या किराये के मकान में रहने वाले भी आवेदन कर सकते हैं?",
                  "आवेदन की स्थिति कैसे देखें?", "{s} में कितनी राशि मिलती है?",
                  "क्या इसके लिए बैंक खाता आधार से जुड़ा होना ज़रूरी है?"],
        "English": ["What is the last date to apply for {s}?", "Can I apply for {s} online?",
                    "Where will the camp be held in {d}?", "Which documents are needed?",
                    "Is there an age limit for {s}?", "How do I check my application status?",
                    "Does the bank account need to be linked to Aadhaar?",
                    "Can students from other districts apply here?"],
        "Hinglish": ["{s} ka last date kya hai?", "online apply kaise kare?",
                     "{d} me camp kab lagega sir?", "kaun kaun se documents lagenge?",
                     "kya students bhi apply kar sakte hai?", "status kaise check kare??",
                     "{s} me kitna paisa milta hai?", "form kaha milega block me ya online?"],
    },
    "grievance": {
        "Hindi": ["मेरी माँ की पेंशन तीन महीने से नहीं आई है, कृपया मदद करें।",
                  "पोर्टल कई दिनों से काम नहीं कर रहा है।",
                  "राशन कार्ड में नाम जोड़ने का आवेदन दिया था, अब तक कुछ नहीं हुआ।",
                  "{s} का पैसा अभी तक खाते में नहीं आया।", "प्रखंड कार्यालय में कोई सुनवाई नहीं होती।",
                  "आवेदन की स्थिति महीनों से लंबित दिखा रही है।",
                  "{d} में कैंप की सूचना समय पर नहीं मिली, हम लौट आए।",
                  "पोर्टल बिल्कुल बेकार चल रहा है, फ़ॉर्म जमा ही नहीं होता।",
                  "आवेदन संख्या {app} है, छह महीने से कोई जवाब नहीं।"],
        "English": ["My father's pension has not come for three months. Please help.",
                    "The portal has not been working for days.",
                    "Applied to add a name to our ration card, no response yet.",
                    "{s} money still not credited to my account.", "Nobody listens at the block office.",
                    "Application status shows pending for months.",
                    "The camp in {d} was announced too late, we missed it.",
                    "The website is useless, the form never submits.",
                    "Application number {app}, no reply for six months."],
        "Hinglish": ["pension 3 mahine se nahi aaya, koi sunne wala nahi",
                     "portal kaam hi nahi kar raha, kab thik hoga?",
                     "ration card me naam judwana tha, abhi tak kuch nahi hua",
                     "{s} ka paisa ab tak khate me nahi aaya", "block office me koi sunvai nahi hoti",
                     "status pending hi dikha raha hai 2 mahine se",
                     "{d} camp ki khabar late mili, hum wapas aa gaye",
                     "site bilkul bekar hai, form submit hi nahi hota",
                     "application no {app} hai, 6 mahine se koi jawab nahi"],
    },
    "spam_scam": {
        "Hindi": ["घर बैठे रोज़ ₹5000 कमाएँ, अभी संपर्क करें।",
                  "{s} के ₹10,000 पाने के लिए इस लिंक पर क्लिक करें {url}",
                  "आपका नंबर लॉटरी में चुना गया है, इनाम पाने के लिए {url} पर जाएँ।",
                  "सरकारी नौकरी पक्की, बस ₹2000 रजिस्ट्रेशन फ़ीस। व्हाट्सएप करें, नंबर मेरी प्रोफ़ाइल में है",
                  "मुफ़्त रिचार्ज पाएँ {url}"],
        "English": ["Earn ₹5000 daily from home! DM now.",
                    "Get ₹10,000 under {s}, click here: {url}",
                    "Congratulations! You won a lucky draw of ₹25 lakh. Claim now {url}",
                    "Govt job guaranteed, only ₹2000 registration. WhatsApp the number in my profile",
                    "Free recharge for all Bihar users {url}", "Follow my page for daily offers 🔥🔥",
                    "KYC pending for {s}, update today or lose benefit: {url}"],
        "Hinglish": ["ghar baithe roz 5000 kamao, abhi message karo",
                     "{s} ka 10000 pane ke liye link pe click kare {url}",
                     "aapka number lucky draw me select hua hai, claim kare {url}",
                     "sarkari naukri pakki, sirf 2000 registration fees, whatsapp karo, number profile me hai",
                     "free recharge chahiye to {url} kholo", "part time job, 1 din me 3000, number bio me hai, call karo"],
    },
    "abuse": {
        "Hindi": ["सब बेकार है, सिर्फ़ दिखावा करते हो।", "निकम्मे अधिकारी, कोई काम नहीं करते।",
                  "शर्म आनी चाहिए तुम लोगों को।", "झूठे वादे बंद करो।",
                  "ये पेज भी बस फ़ोटो खिंचवाने के लिए है, बकवास।", "तुम लोग जनता को बेवकूफ़ समझते हो क्या?"],
        "English": ["Useless department, shame on you.", "You people are liars and do nothing.",
                    "Stop posting nonsense, pathetic work.", "Worst administration ever. Total clowns.",
                    "What a joke of a page.", "Do you think citizens are fools?"],
        "Hinglish": ["sab bekar hai, sirf dikhawa", "nikamme log, koi kaam nahi karte",
                     "sharam karo tum log", "jhoothe vaade band karo", "pagal bana rahe ho janta ko",
                     "faltu page, bakwas post", "tum log janta ko bewakoof samajhte ho kya"],
    },
    "personal_data": {
        "Hindi": ["मेरा मोबाइल नंबर {phone} है, पेंशन के लिए कॉल करें।",
                  "आधार संख्या {aadhaar} है, भुगतान नहीं आया।", "कृपया मुझे {email} पर जानकारी भेजें।",
                  "मैं {name}, आधार {aadhaar}, मोबाइल {phone}, मेरा स्टेटस देखिए।",
                  "{s} का पैसा नहीं आया, संपर्क करें {phone}"],
        "English": ["Please call me on {phone}, my pension is stuck.",
                    "My Aadhaar is {aadhaar}, the payment failed.", "Send details to {email} please.",
                    "I am {name}, Aadhaar {aadhaar}, mobile {phone}. Please check my status.",
                    "{s} not received. Contact me at {email} or {phone}."],
        "Hinglish": ["sir mera number {phone} hai call kijiye", "aadhar no {aadhaar} hai, paisa nahi aaya",
                     "mujhe {email} pe details bhej do", "{name} bol {raha} hu, mob {phone}, aadhar {aadhaar}, status check karo",
                     "{s} ka paisa nahi aaya, mera no. {phone}"],
    },
    "misinformation": {
        "Hindi": ["{s} बंद हो गई है, अब कोई आवेदन नहीं होगा।",
                  "{s} में रजिस्ट्रेशन के लिए ₹500 फ़ीस लगती है, सबको पता होना चाहिए।",
                  "सुना है अगले महीने से सबकी पेंशन बंद हो जाएगी, आगे भेजें।",
                  "खाते से पैसा वापस लिया जाएगा, जल्दी निकाल लो।",
                  "{s} का फ़ॉर्म सिर्फ़ साइबर कैफ़े से ₹200 में भरा जाता है।"],
        "English": ["{s} has been shut down, no more applications.",
                    "You must pay a ₹500 fee to register for {s}.",
                    "Pension will stop for everyone from next month, forward this.",
                    "The money will be taken back from accounts, withdraw it now.",
                    "{s} forms are only filled at cyber cafes for ₹200."],
        "Hinglish": ["{s} band ho gayi hai, ab koi form nahi bharega",
                     "{s} registration ke liye 500 rupay fees lagti hai",
                     "agle mahine se sabki pension band, sabko batao",
                     "khate se paisa wapas le lenge, jaldi nikal lo",
                     "{s} ka form sirf cyber cafe se 200 me bharta hai"],
    },
}
OPEN = {"Hindi": ["", "", "सर, ", "महोदय, ", "नमस्ते, ", "आदरणीय महोदय, "],
        "English": ["", "", "Sir, ", "Hello, ", "Respected sir, ", "Dear team, "],
        "Hinglish": ["", "", "sir ", "sir ji ", "namaste ", "bhai "]}
CLOSE = {
    "polite": {"Hindi": ["", "", " धन्यवाद।", " कृपया ध्यान दें।", " 🙏"],
               "English": ["", "", " Thanks.", " Please look into it.", " Regards."],
               "Hinglish": ["", "", " plz", " jaldi dekhiye", " thanks", " 🙏"]},
    "warm": {"Hindi": ["", "", " 🙏", " 👍", " जय बिहार"], "English": ["", "", " 🙏", " 👍"],
             "Hinglish": ["", "", " 🙏", " 👍", " jai bihar"]},
    "angry": {"Hindi": ["", "", "!!", " 😡"], "English": ["", "", "!!", " 😡"],
              "Hinglish": ["", "", "!!", " 😡"]},
    "rumour": {"Hindi": ["", "", " सबको बताएँ।", " आगे भेजें।"],
               "English": ["", "", " Share widely!", " Forward to all."],
               "Hinglish": ["", "", " sabko batao", " forward karo"]},
    "spam": {"Hindi": ["", "", " 💰", " 🔥"], "English": ["", "", " 💰", " 🔥"],
             "Hinglish": ["", "", " 💰", " 🔥"]},
}
CLOSE_KIND = {"appreciation": "warm", "question": "polite", "grievance": "polite",
              "personal_data": "polite", "abuse": "angry", "spam_scam": "spam",
              "misinformation": "rumour"}
WHERE = {"Hindi": " ({d} से)", "English": " (from {d})", "Hinglish": " ({d} se)"}


def _phone(r) -> str:
    """A 10-digit phone-shaped number starting with 0: after +91 no Indian number starts with 0 (the
    trunk prefix), so none can ring a real phone. Real mobiles start with 6 to 9."""
    digits = "0" + "".join(str(x) for x in r.integers(0, 10, 9))
    k = r.integers(4)
    return [digits, f"+91 {digits[:5]} {digits[5:]}", f"+91-{digits}", f"{digits[:5]} {digits[5:]}"][k]


def _twelve(r) -> str:
    """12 digits starting with 0 or 1 (UIDAI issues neither) that always FAIL the Verhoeff check."""
    body = str(r.integers(0, 2)) + "".join(str(x) for x in r.integers(0, 10, 10))
    num = body + str((check_digit(body) + int(r.integers(1, 10))) % 10)
    assert not is_valid(num)
    return num


def _aadhaar(r) -> str:
    num = _twelve(r)
    u = r.random()
    return f"{num[:4]} {num[4:8]} {num[8:]}" if u < 0.5 else f"{num[:4]}-{num[4:8]}-{num[8:]}" if u < 0.6 else num


def _app_number(r) -> str:
    return _twelve(r)  # an application number has the same shape: only the words around it differ


def _email(r) -> str:
    first = FIRST[r.integers(len(FIRST))]
    f, l = first.lower(), surname(first, int(r.integers(N_SURNAMES))).lower()
    dom = ["example.com", "example.org", "example.net", "mail.example"][r.integers(4)]
    k = r.integers(3)
    user = [f"{f}.{l}{r.integers(1, 99)}", f"{f}{r.integers(1970, 2008)}", f"{f}_{l}"][k]
    return f"{user}@{dom}"


def _typos(r, s: str) -> str:
    subs = [("please", "plz"), ("Please", "Pls"), ("you", "u"), ("thanks", "thnx"),
            ("hai", "h"), ("kar", "kr"), ("nahi", "nhi"), ("kya", "kyaa"), ("sir", "sirr"),
            ("paisa", "pesa"), ("jankari", "jaankari"), ("mahine", "mahina")]
    for a, b in subs:
        if a in s and r.random() < 0.4:
            s = s.replace(a, b, 1)
    if r.random() < 0.3:
        s = s.lower()
    if r.random() < 0.3:
        s = s.rstrip(".?!") + ("??" if s.endswith("?") else "")
    return s


def comments(posts: pd.DataFrame) -> pd.DataFrame:
    r = rng("comments")
    w = (posts.comments.to_numpy() + 1.0)
    pidx = np.sort(r.choice(len(posts), N_COMMENTS, replace=True, p=w / w.sum()))
    labels = r.choice(list(LABEL_P), N_COMMENTS, p=list(LABEL_P.values()))
    langs = r.choice(list(LANG_P), N_COMMENTS, p=list(LANG_P.values()))
    seen = set()
    rows = []
    schemes = list(SCHEME_NAMES)
    for i in range(N_COMMENTS):
        post = posts.iloc[pidx[i]]
        lab, lang = labels[i], langs[i]
        for _ in range(300):
            body = T[lab][lang][r.integers(len(T[lab][lang]))]
            if lab == "grievance" and "{app}" in body and r.random() < 0.5:
                continue  # application-number grievances are rarer
            sc = post.scheme if isinstance(post.scheme, str) else schemes[r.integers(len(schemes))]
            s_name = SCHEME_NAMES[sc][{"Hindi": 0, "English": 1, "Hinglish": 2}[lang]]
            dname = DISTRICT_SHORT[r.integers(len(DISTRICT_SHORT))]
            d = DISTRICT_HI[dname] if lang == "Hindi" else dname
            first = FIRST[r.integers(len(FIRST))]
            name = f"{first} {surname(first, int(r.integers(N_SURNAMES)))}"
            txt = body.format(s=s_name, d=d, phone=_phone(r), aadhaar=_aadhaar(r),
                              email=_email(r), name=name, raha="rahi" if first in WOMEN else "raha",
                              app=_app_number(r),
                              url=f"http://{SCAM_HOSTS[r.integers(len(SCAM_HOSTS))]}/{r.integers(100, 999)}")
            opening = OPEN[lang][r.integers(len(OPEN[lang]))]
            if opening and lang == "English" and not body.startswith(("{", "I ")):
                txt = txt[0].lower() + txt[1:]
            txt = opening + txt
            if lab in ("grievance", "question", "personal_data") and "{d}" not in body \
                    and r.random() < 0.25:
                txt += WHERE[lang].format(d=d)
            close = CLOSE[CLOSE_KIND[lab]][lang]
            end = close[r.integers(len(close))]
            if end.strip() and txt.endswith(end.strip()):
                end = ""
            if end == "!!":
                txt = txt.rstrip("।.!")
            txt += end
            if lang != "Hindi" and r.random() < 0.45:
                txt = _typos(r, txt)
            if txt not in seen:
                break
        assert txt not in seen, txt
        seen.add(txt)
        t = post.posted_at + pd.Timedelta(minutes=int(r.exponential(8 * 60)) % (72 * 60) + 1)
        phones = PHONE_RE.findall(txt)
        aad = AADHAAR_RE.findall(txt)
        emails = EMAIL_RE.findall(txt)
        rows.append((post.post_id, post.platform, t, lang, txt, lab, bool(phones), bool(emails),
                     bool(aad), (all(is_valid(a.replace("-", "")) for a in aad) if aad else pd.NA)))
    df = pd.DataFrame(rows, columns=["post_id", "platform", "posted_at", "language", "text", "label",
                                     "contains_phone", "contains_email", "contains_aadhaar",
                                     "aadhaar_valid"])
    df = df.sort_values(["posted_at", "post_id", "text"], kind="mergesort").reset_index(drop=True)
    df.insert(0, "comment_id", [f"C{i + 1:05d}" for i in range(len(df))])
    df["aadhaar_valid"] = df["aadhaar_valid"].astype("boolean")
    return df


# The action for each label, as module 05 teaches it (05b-privacy-and-actions: its given decide_action cell must agree: see
# tests/test_datasets.py). A grievance is never hidden or deleted, and a comment in which citizens post
# their own phone, email or Aadhaar number is hidden AND kept in the grievance queue: hiding alone leaves
# the number visible to the writer's friends and drops the request it carries.
ACTIONS = {"appreciation": "reply", "question": "reply", "misinformation": "reply", "grievance": "escalate",
           "personal_data": "hide and escalate", "abuse": "hide", "spam_scam": "delete"}
GRIEVANCE_QUEUE = ("escalate", "hide and escalate")  # recorded, passed on and followed up

# a deliberately simple keyword triage: the baseline a lesson starts from
BASELINE_RULES = [
    ("personal_data", ["aadhaar", "aadhar", "आधार", "mobile", "मोबाइल", "@"]),
    ("spam_scam", ["click", "क्लिक", "lottery", "लॉटरी", "lucky draw", "earn", "कमाएँ", "kamao", "whatsapp"]),
    ("misinformation", ["band ho", "बंद हो", "shut down", "fee", "फ़ीस", "fees"]),
    ("abuse", ["useless", "bekar", "बेकार", "shame", "sharam", "शर्म", "nikamme", "निकम्मे", "bakwas"]),
    ("question", ["?", "kya", "क्या", "kaise", "कैसे"]),
    ("grievance", ["nahi aaya", "नहीं आ", "not", "pending", "लंबित", "portal", "पोर्टल"]),
    ("appreciation", ["thank", "धन्यवाद", "dhanyawad", "good", "great", "badhiya", "👏", "🙏"]),
]


def baseline_label(text: str) -> str:
    low = text.lower()
    for lab, words in BASELINE_RULES:
        if any(w in low for w in words):
            return lab
    return "question"


def comments_card(df: pd.DataFrame) -> str:
    pred = df.text.map(baseline_label)
    rows = []
    for lab in LABEL_P:
        tp = ((pred == lab) & (df.label == lab)).sum()
        prec = tp / max(1, (pred == lab).sum())
        rec = tp / max(1, (df.label == lab).sum())
        rows.append(f"| {lab} | {int((df.label == lab).sum())} | {prec:.2f} | {rec:.2f} |")
    acc = (pred == df.label).mean()
    cnt = df.label.value_counts()
    lang = df.language.value_counts()
    aad = df[df.contains_aadhaar]
    sample = []
    for lab in LABEL_P:
        for lg in ("Hindi", "English", "Hinglish"):
            sub = df[(df.label == lab) & (df.language == lg)]
            if len(sub):
                sample.append(f"| {lab} | {lg} | {sub.text.iloc[0]} |")
    rules = "\n".join(f"- {lab}: {', '.join(repr(w) for w in words)}" for lab, words in BASELINE_RULES)
    return f"""# comments — labelled citizen comments on department posts

**Synthetic data.** Invented by `python -m datagen`. Real: scheme names, district names, the kinds
of services citizens ask about. Invented: every comment, name, phone number, email and Aadhaar-style
number, and **none of the numbers can be a real person's**:

- Phone numbers are 10 digits starting with **0** (`+91 0XXXX XXXXX`, `0XXXXXXXXX`). Real Indian
  mobile numbers start with 6, 7, 8 or 9, other first digits are landlines or may become mobile
  ranges (TRAI, *Recommendations on Ensuring Adequate Numbering Resources for Fixed Line and Mobile
  Services*, 29 May 2020, table 2.3: mobile number resources using levels 2, 3, 4 and 6; read in
  the copy at https://scribd.com/document/590011145/Recommendations-29052020), while 0 is the trunk
  prefix, dialled before a number and never part of it (ITU-T E.164 dialling procedures,
  https://www.itu.int/ITU-T/inr/forms/dialling.html). So no number here can ring a phone.
- Aadhaar-shaped numbers are 12 digits starting with **0 or 1** and **every one fails the Verhoeff
  check**. UIDAI issues neither first digit (UIDAI working paper *A UID Numbering Scheme*, Kanakia,
  Nadhamuni and Sarma, May 2010,
  https://web.archive.org/web/20140611025606/http://uidai.gov.in/UID_PDF/Working_Papers/A_UID_Numbering_Scheme.pdf,
  as summarised by python-stdnum's Aadhaar validator; Business Standard, "UIDAI to go strict on
  issuing numbers", 14 Sept 2010, quotes UIDAI: "no number will be prefixed with zero"), and every
  issued number passes the check. The Aadhaar Act 2016, s.29(4), forbids publishing real ones.
- Scam comments carry no number at all ("WhatsApp the number in my profile").
- Emails use reserved domains (`example.com`, `example.org`, `example.net`, `mail.example`); scam
  links use the reserved `.example`/`.test` domains.

The comments are still written as citizens write: a lesson redacts numbers **by shape** (any
10-digit number, any 12-digit group), never by whether they could be valid.

Abuse is rude towards the department or officials only; there are no slurs against any group.

{fields("comments", {
    "comment_id": ("", "comment key, in time order"),
    "post_id": ("", "the post commented on (see `posts`)"),
    "platform": ("", "platform of the post"),
    "posted_at": ("IST", "time of the comment (within 72 h of the post)"),
    "language": ("", "Hindi (Devanagari), English, or Hinglish (romanised Hindi)"),
    "text": ("", "comment text"),
    "label": ("", "hand-style label: the true class (one per comment)"),
    "contains_phone": ("", "text has a phone-shaped number (any 10 digits, optional +91/0 in front, optional space or hyphen after 5 digits)"),
    "contains_email": ("", "text has an email address"),
    "contains_aadhaar": ("", "text has an Aadhaar-shaped number: any 12 digits, written together or 4-4-4 with spaces or hyphens"),
    "aadhaar_valid": ("", "all Aadhaar-shaped numbers pass the Verhoeff check (always False here, by design); missing when there is none"),
})}

Label meanings: appreciation (thanks, praise); question (asks for information); grievance
(complaint about a service: pension not received, portal down, ration card, pending status);
spam_scam (fake jobs, "click to get ₹10,000", lucky draws, fake KYC); abuse (insults to the
department/officials); personal_data (the citizen posted their own phone, email or Aadhaar
number, nearly always while asking for help); misinformation (false claims about schemes, e.g.
"scheme closed", "₹500 fee to register").

Actions (module 05): {"; ".join(f"{lab}: {act}" for lab, act in ACTIONS.items())}. The
grievance queue (the actions {" and ".join(f'"{a}"' for a in GRIEVANCE_QUEUE)}) holds every grievance
and every personal_data comment. Meta's Privacy Violations policy covers personal identifying
information "about yourself or others" (Meta Transparency Center, Community Standards,
https://transparency.fb.com/policies/community-standards/privacy-violations-image-privacy-rights/),
so the number is hidden; but a hidden comment stays visible to its writer's friends, and the request
in it still needs an answer, so it is also answered privately, recorded and followed up.

## How it was generated
Comments are attached to posts in proportion to each post's comment count. Each comment picks a
label and language, then a body template, an optional opening ("Sir,", "महोदय,", "bhai"), an
optional place ("(from Gaya)"), a closing (polite, warm, angry or spammy, sometimes an emoji), and
for English/Hinglish sometimes informal spellings ("plz", "nhi", "kr", all lower case). Slots take
scheme and district names and invented personal data. No two comments are identical. The flag
columns are computed from the text with the regular expressions above.

## What the data shows
- {len(df):,} comments; labels: {", ".join(f"{k} {v}" for k, v in cnt.items())}; languages:
  {", ".join(f"{k} {v}" for k, v in lang.items())}.
- Personal data: phone in {int(df.contains_phone.sum())} comments, email in
  {int(df.contains_email.sum())}, Aadhaar-shaped number in {len(aad)} ({int(aad.aadhaar_valid.sum())}
  pass the Verhoeff check). {int((aad.label == "grievance").sum())} of the Aadhaar-shaped numbers
  are grievance *application numbers*: the same shape, told apart only by the words around them. A
  rule that goes by the number of digits labels those grievances personal_data, whose action
  ("{ACTIONS["personal_data"]}") keeps them in the grievance queue.
  Spam comments with a phone number: {int((df.contains_phone & (df.label == "spam_scam")).sum())}.
- A simple first-match keyword rule (listed below) gets accuracy {pct(acc)}; per label:

| label | comments | precision | recall |
| --- | --- | --- | --- |
{chr(10).join(rows)}

  Baseline rules, checked in this order (lower-cased text contains any word):
{rules}

  Errors come from overlaps a lesson can discuss: grievances say "bekar"/"useless" about the
  portal, questions and grievances both use "?", grievances quote 12-digit application numbers, misinformation
  mentions fees like scams do, and Hindi phrasing differs from English.

## One example per label and language

| label | language | text |
| --- | --- | --- |
{chr(10).join(sample)}
"""
