"""course.incidents: duties counted from 'takeover noticed', lead times, correction pairs, holding statements."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from course import incidents as inc

TZ = "Asia/Kolkata"


def _log(rows):
    return pd.DataFrame([dict(incident_id=i, at=pd.Timestamp(t, tz=TZ), event=e) for i, t, e in rows])


def test_hours_after_notice_counts_from_noticed_not_from_the_first_event():
    log = _log([("X", "2026-01-01 05:00", "fake post published"), ("X", "2026-01-01 07:00", "takeover noticed"),
                ("X", "2026-01-01 13:30", "CERT-In report"), ("X", "2026-01-01 14:00", "CERT-In report")])
    assert inc.hours_after_notice(log, "CERT-In report") == 6.5
    assert math.isnan(inc.hours_after_notice(log, "page recovered"))


def test_duty_report_six_hours_is_in_time_and_a_missing_duty_is_not_met():
    log = _log([("A", "2026-01-01 07:00", "takeover noticed"), ("A", "2026-01-01 13:00", "CERT-In report"),
                ("A", "2026-01-01 07:30", "recovery request to Meta"),
                ("B", "2026-01-01 23:00", "takeover noticed"), ("B", "2026-01-02 05:01", "CERT-In report")])
    rep = inc.duty_report(log).set_index(["incident_id", "duty"])
    assert bool(rep.loc[("A", "report to CERT-In"), "met"])  # exactly 6 hours
    assert not bool(rep.loc[("B", "report to CERT-In"), "met"])  # 6 h 1 min, over midnight
    assert not bool(rep.loc[("A", "warn followers on other channels"), "met"])  # never done
    assert pd.isna(rep.loc[("A", "warn followers on other channels"), "done_at"])
    assert rep.loc[("B", "report to CERT-In"), "due"] == pd.Timestamp("2026-01-02 05:00", tz=TZ)
    assert len(rep) == 2 * len(inc.DUTIES)


def test_duty_report_takes_own_duties():
    log = _log([("A", "2026-01-01 07:00", "takeover noticed"), ("A", "2026-01-01 09:00", "holding post")])
    rep = inc.duty_report(log, {"holding post": ("holding post", 1.0, "own SOP")})
    assert rep["met"].tolist() == [False] and rep["hours"].tolist() == [2.0]


def test_lead_hours_negative_when_late_and_nan_without_a_hazard_time():
    feed = pd.DataFrame({"posted_at": pd.to_datetime(["2025-07-01 20:00", "2025-07-01 08:00", "2025-07-01 09:00"]).tz_localize(TZ),
                         "needed_by": pd.to_datetime(["2025-07-01 18:00", "2025-07-02 02:00", None]).tz_localize(TZ)})
    got = inc.lead_hours(feed)
    assert got.iloc[0] == -2 and got.iloc[1] == 18 and math.isnan(got.iloc[2])


def test_pair_corrections():
    t = pd.to_datetime(["2025-07-01 08:00", "2025-07-01 09:00", "2025-07-01 12:30"]).tz_localize(TZ)
    feed = pd.DataFrame({"post_id": ["P1", "P2", "P3"], "district": ["Supaul"] * 3,
                         "kind": ["advisory", "advisory", "correction"], "posted_at": t,
                         "reach": [1000, 500, 400], "corrects": [None, None, "P2"], "amplified": [False, False, True]})
    pairs = inc.pair_corrections(feed)
    assert pairs[["correction_id", "error_id", "error_reach", "correction_reach"]].values.tolist() == [["P3", "P2", 500, 400]]
    assert pairs["hours_later"].tolist() == [3.5] and pairs["amplified"].tolist() == [True]


def test_holding_statement_gaps():
    full = ("Our Facebook page was hacked this morning and a fake post was published. We have reported it and "
            "are working to restore the page. Official updates: state.bihar.gov.in. Next update at 11 am.")
    assert inc.holding_statement_gaps(full) == []
    assert inc.holding_statement_gaps(full.replace("Next update at 11 am.", "")) == ["when we will update next"]
    assert inc.holding_statement_gaps("Please ignore it.") == list(inc.HOLDING_ELEMENTS)
    assert inc.holding_statement_gaps(full.replace("11 am", "14:00")) == []
    hindi = "हमारा पेज हैक हो गया है। हम इसे वापस ले रहे हैं। अपडेट: state.bihar.gov.in पर, अगला अपडेट 2 बजे।"
    assert inc.holding_statement_gaps(hindi) == []


def test_links_not_official():
    text = "See https://state.bihar.gov.in/x, pib.gov.in, bit.ly/abc and www.relief-help.com now."
    assert inc.links_not_official(text) == ["bit.ly/abc", "www.relief-help.com"]
    assert inc.links_not_official("https://state.bihar.gov.in.example.com/x") == ["https://state.bihar.gov.in.example.com/x"]


_HACKED_HI = "हमारा सारण पेज हैक हो गया है। "
_WHERE_WHEN_HI = " अपडेट: state.bihar.gov.in पर। अगला अपडेट 11 बजे।"


def test_holding_statement_reads_what_we_are_doing_in_hindi():
    # the usual ways to say "we have reported it / we are restoring it" (a participant's review, #17)
    for doing in ["हमने Meta और CERT-In को इसकी रिपोर्ट कर दी है।", "हमने Meta को रिपोर्ट किया है।",
                  "हमने शिकायत दर्ज कराई है।", "हमने CERT-In को सूचित किया है।",
                  "पेज को बहाल करने की कार्रवाई जारी है।"]:
        assert inc.holding_statement_gaps(_HACKED_HI + doing + _WHERE_WHEN_HI) == [], doing


def test_holding_statement_noon_midday_and_a_district_site_on_nic_in():
    start = "Our Saran page was hacked. We have reported it to Meta. Updates: state.bihar.gov.in. "
    for when in ["Next update at noon.", "Next update at 12 noon.", "Next update at midday.",
                 "Next update in two hours.", "Next update within an hour."]:  # a relative time (10's review)
        assert inc.holding_statement_gaps(start + when) == [], when
    assert inc.holding_statement_gaps(_HACKED_HI + "हमने शिकायत दर्ज कराई है। अगला अपडेट दोपहर 12 बजे।"
                                      " अपडेट: state.bihar.gov.in") == []
    assert inc.holding_statement_gaps("this afternoon") == list(inc.HOLDING_ELEMENTS)  # not a time
    assert "when we will update next" in inc.holding_statement_gaps(start + "Next update soon.")  # no time
    district = "Our page was hacked. We have reported it. Official updates: saran.nic.in. Next update at 11 am."
    assert inc.holding_statement_gaps(district) == [] and inc.links_not_official(district) == []
    assert inc.links_not_official("https://patna.nic.in/notice, fakenic.in and saran.nic.in.example.com") == [
        "fakenic.in", "saran.nic.in.example.com"]


def test_holding_statement_a_negated_element_does_not_count():
    harmful = ("Our page has not been hacked and we have not reported anything. Updates: state.bihar.gov.in. "
               "Next update at 11 am.")
    assert inc.holding_statement_gaps(harmful) == ["what happened", "what we are doing"]
    assert inc.negated_elements(harmful) == ["what happened", "what we are doing"]
    assert inc.holding_statement_gaps("Our page wasn't hacked. We haven't reported it.")[:2] == [
        "what happened", "what we are doing"]
    hindi = "हमारा पेज हैक नहीं हुआ है। हमने कोई रिपोर्ट नहीं की है।" + _WHERE_WHEN_HI
    assert inc.negated_elements(hindi) == ["what happened", "what we are doing"]
    # a negation elsewhere in the post is not a denial of the element
    fine = ("Our page was hacked, so do not click its links. We have reported it and are not giving up. "
            "Updates: state.bihar.gov.in. Next update at 11 am.")
    assert inc.holding_statement_gaps(fine) == [] and inc.negated_elements(fine) == []
    assert inc.holding_statement_gaps(_HACKED_HI + "फर्जी पोस्ट पर ध्यान न दें। हमने शिकायत दर्ज कराई है।"
                                      + _WHERE_WHEN_HI) == []


def test_capstone_drafts_keep_their_verdicts():
    # 11-capstone's four drafts (section 4): the verdicts its decision explains
    drafts = {
        "A": "Our Mahila Rozgar page was hacked: ignore its posts since 08:00. We have reported it to Meta and "
             "CERT-In. Apply free with the official form: bit.ly/mahila-form. Next update at 2 pm.",
        "B": "Our Mahila Rozgar page was taken over: its posts since 08:00 are not ours; the form is free. We "
             "have reported it to Meta and CERT-In. Updates: state.bihar.gov.in. Next update at 2 pm.",
        "C": "Our Mahila Rozgar page was hacked by a gang from outside Bihar, who will be caught soon. No "
             "applicant's data was taken. We are restoring it. Updates: state.bihar.gov.in. Next update at 2 pm.",
        "D": "Some posts on our Mahila Rozgar page today did not come from the department. Please be careful "
             "and pay no one. We are looking into it and will share more soon on our official channels.",
    }
    got = {k: (inc.holding_statement_gaps(t), inc.links_not_official(t)) for k, t in drafts.items()}
    assert got == {"A": (["where to get official updates"], ["bit.ly/mahila-form"]), "B": ([], []), "C": ([], []),
                   "D": (["what happened", "where to get official updates", "when we will update next"], [])}


def test_x_length_counts_links_as_23_and_emoji_as_2():
    assert inc.x_length("Next update at 11 am.") == 21
    assert inc.x_length("Updates: state.bihar.gov.in") == len("Updates: ") + 23
    assert inc.x_length("See https://state.bihar.gov.in/a/very/long/path/indeed") == 4 + 23
    assert inc.x_length("अगला अपडेट 11 बजे") == len("अगला अपडेट 11 बजे")  # Devanagari counts as one
    assert inc.x_length("⚠ alert 🌊") == 2 + 7 + 2
    assert inc.X_LIMIT == 280


_NOTE = ("District Public Relations Office, Sitamarhi\n"
         "Flood relief: 6,240 people in 14 relief camps\n"
         "Sitamarhi, 21 August 2025 - The district administration has opened 14 relief camps, where 6,240 people "
         "are staying. Two deaths are confirmed; other reports are being checked, said the District Magistrate. "
         "Updates: sitamarhi.nic.in. Next briefing at 4 pm.")


def test_press_note_gaps_finds_every_element_in_english_and_hindi():
    assert inc.press_note_gaps(_NOTE) == []
    hindi = ("जिला जनसंपर्क कार्यालय, सीतामढ़ी\nबाढ़ राहत: 14 शिविरों में 6,240 लोग\n"
             "सीतामढ़ी, 21 अगस्त 2025। जिला प्रशासन ने 14 राहत शिविर खोले हैं। जिलाधिकारी ने बताया कि दो मौतों की "
             "पुष्टि हुई है। अपडेट: sitamarhi.nic.in । अगली ब्रीफिंग 4 बजे।")
    assert inc.press_note_gaps(hindi) == []
    assert inc.press_note_gaps("Sitamarhi - 21.08.2025\nRelief camps open\nThe DM said: helpline 1077.")[:1] == [
        "issuing office"]


def test_press_note_gaps_names_what_is_missing():
    no_date = _NOTE.replace("Sitamarhi, 21 August 2025 - ", "")
    assert inc.press_note_gaps(no_date) == ["place and date line"]
    one_paragraph = _NOTE.replace("\n", " ")
    assert inc.press_note_gaps(one_paragraph) == ["headline"]
    assert "officer who speaks" in inc.press_note_gaps(_NOTE.replace(", said the District Magistrate", ""))
    assert inc.press_note_gaps(_NOTE.replace("Updates: sitamarhi.nic.in. ", "")) == ["where to get updates"]
    assert inc.press_note_gaps("") == list(inc.PRESS_NOTE_ELEMENTS)


def test_unverified_figures_ignores_dates_times_addresses_and_helplines():
    assert inc.unverified_figures(_NOTE, [14, 6240, 2]) == []
    assert inc.unverified_figures(_NOTE + " Twelve deaths are reported; 40,000 displaced.", [14, 6240, 2]) == [
        "Twelve", "40,000"]
    assert inc.unverified_figures("Call the control room on 06226-250309 at 16:00 on 21.08.2025.", []) == []
    assert inc.unverified_figures("१२ लोगों की मृत्यु, ६,२४० लोग शिविरों में", [6240]) == ["12"]
    assert inc.unverified_figures("1,20,000 people", [120000]) == []


def test_holding_statement_reads_hindi_in_latin_letters():
    # Hinglish, as many officers type it (10's participant review, #16)
    start = "Hamara Saran page hack ho gaya hai. "
    end = " Updates: saran.nic.in. Agla update 11 baje."
    for doing in ["Hamne Meta aur CERT-In ko report kiya hai.", "Humne shikayat darj karai hai.",
                  "Page wapas lene ka kaam kar rahe hain."]:
        assert inc.holding_statement_gaps(start + doing + end) == [], doing
    assert inc.holding_statement_gaps(start + "Hamne report nahi kiya hai." + end) == ["what we are doing"]
    assert inc.holding_statement_gaps(start + "Hamne report kiya hai. Updates: saran.nic.in. Agla update 2 ghante mein.") == []


def test_press_note_house_style_reference_and_phone_numbers_are_not_figures():
    # correct notes that lost their points in 10b's participant review (#16)
    official = [14, 6240, 22, 35, 2]
    assert inc.unverified_figures("Press Release No. 512\n14 camps", official) == []
    assert inc.unverified_figures("पत्रांक 512 / ज्ञापांक 45/2025: 14 शिविर", official) == []
    assert inc.unverified_figures("District Emergency Operation Centre: 06226-250316", official) == []
    assert inc.unverified_figures("Control room numbers: 06226 250316, 1077. Mobile 98765 43210.", official) == []
    assert inc.press_note_gaps(_NOTE.replace("Updates: sitamarhi.nic.in.", "Emergency Operation Centre: 06226-250316.")) == []
    assert inc.press_note_gaps(_NOTE.replace("Updates: sitamarhi.nic.in.", "Updates: facebook.com/DMSitamarhi.")) == []


def test_press_note_place_and_date_lines_in_other_house_styles():
    for line in ["Sitamarhi | August 21, 2025", "Sitamarhi (21 August 2025) -", "Sitamarhi/21.08.25",
                 "सीतामढ़ी, दिनांक 21.08.2025"]:
        note = _NOTE.replace("Sitamarhi, 21 August 2025 -", line)
        assert inc.press_note_gaps(note) == [], line
        assert len(inc.dateline_places(note)) == 1, line
    assert inc.dateline_places(_NOTE.replace("Sitamarhi, 21", "Patna, 21")) == ["Patna"]


def test_press_note_officers_sdm_and_others():
    for officer in ["said the SDM, Sitamarhi Sadar", "said the Sub-Divisional Magistrate", "said the BDO",
                    "एसडीएम ने बताया"]:
        assert inc.press_note_gaps(_NOTE.replace("said the District Magistrate", officer)) == [], officer


def test_figures_reads_numbers_in_words_and_indian_grouping():
    words = {"forty thousand displaced": 40000, "twelve drowned": 12, "two hundred and fifty boats": 250,
             "six thousand two hundred and forty people": 6240, "1 lakh people": 100000, "1.185 lakh": 118500,
             "बारह लोग": 12, "चालीस हज़ार लोग": 40000, "एक लाख लोग": 100000, "1,18,500 packets": 118500,
             "118,500 packets": 118500}
    for text, value in words.items():
        assert [v for _, v in inc.figures(text)] == [value], text
    assert inc.figures("one spokesperson; एक बैठक") == []  # "one" alone is not a figure
    assert inc.unverified_figures("About forty thousand people are displaced.", [14, 6240]) == ["forty thousand"]
    assert inc.unverified_figures("Meeting at 4.30 pm on 21.08.2025", []) == []


def test_district_page():
    assert inc.district_page("facebook.com/DMSitamarhi", "Sitamarhi")
    assert inc.district_page("https://x.com/DM_Sitamarhi", "sitamarhi")
    assert not inc.district_page("bit.ly/sitamarhi", "Sitamarhi")
    assert not inc.district_page("facebook.com/relief-help", "Sitamarhi")


def test_the_tools_read_hindi_as_10bs_participants_wrote_it():
    """What a Hindi participant wrote in 10b and the graded check accepts, the tools accept too (they disagreed)."""
    import pandas as pd

    from course.incidents import (
        figures,
        holding_statement_gaps,
        is_official,
        links_not_official,
        press_note_gaps,
        unverified_figures,
    )

    post = "पेज पर साइबर हमला हुआ है। साइबर थाना में प्राथमिकी दर्ज कराई गई है। अपडेट bihar.gov.in पर, 2 बजे।"
    assert holding_statement_gaps(post) == []
    assert "what we are doing" in holding_statement_gaps(post.replace("दर्ज कराई गई है", "दर्ज नहीं की गई"))
    note = "ज़िला जनसंपर्क कार्यालय, सीतामढ़ी\nसीतामढ़ी, 21 अगस्त 2025\nबाढ़ राहत जारी\nज़िलाधिकारी ने बताया कि …"
    assert "officer who speaks" not in press_note_gaps(note)  # ज़िलाधिकारी with its nukta
    assert figures("पिछले 24 घंटों में 14 लोग; helpline 24x7, 2 hours") == [("14", 14.0)]
    assert links_not_official("लिखिए dm@nic.in") == [] and is_official("nic.in") and not is_official("nic.in.example")
    with pytest.raises(TypeError, match="not the whole table"):
        unverified_figures("14", pd.DataFrame({"item": ["boats"], "value": [14]}))
