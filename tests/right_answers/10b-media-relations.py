"""Right answers for 10b-media-relations: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them). journalist and holding_post came
from 10-crisis-and-incident-response unchanged.
"""

_OFFICIAL = "def official_figures(facts):\n"
# A correct English note; the cases below change one line of it, as participants wrote them (10b's review, #16).
_BASE = ("District Public Relations Office, Sitamarhi\n"
         "Flood relief: 6,240 people in 14 relief camps\n"
         "Sitamarhi, 21 August 2025 - The district administration runs 14 relief camps, where 6,240 people are "
         "staying. Two deaths are confirmed; other reports are being checked.\n"
         "The District Magistrate asked people to trust only official figures.\n"
         "Updates: sitamarhi.nic.in. Next briefing at 4 pm.")


def _note(old="", new=""):
    assert old in _BASE
    return "press_note = " + repr(_BASE.replace(old, new, 1))


RIGHT_ANSWERS = {
    "journalist": ['journalist = "d"', 'journalist = " D "'],
    "holding_post": [
        # in Hindi
        'holding_post = ("हमारा सारण जिला फेसबुक पेज आज सुबह हैक हो गया है। उस पर दिखी \'बाढ़ राहत\' पोस्ट फर्जी है, '
        'उसके लिंक पर क्लिक न करें। हम पेज वापस लेने का काम कर रहे हैं और इसकी शिकायत कर दी है। '
        'आधिकारिक जानकारी: state.bihar.gov.in । अगला अपडेट 11 बजे।")',
        # short, with a 24-hour time and the handle
        'holding_post = ("Saran district\'s Facebook page has been taken over: the \'relief top-up\' post is fake. '
        'We have reported it to Meta and CERT-In. Follow this account and state.bihar.gov.in for updates; '
        'next update by 14:00.")',
        # in pieces joined together
        'what = "ALERT: our Facebook page was compromised at 7 am and is posting fake relief offers."\n'
        'doing = "We are working with Meta to recover it."\n'
        'where = "Only trust state.bihar.gov.in."\n'
        'when = "We will update within 2 hours."\n'
        'holding_post = " ".join([what, doing, where, when])',
        # Hindi, the usual ways to say what the department has done, the district's nic.in site, noon
        'holding_post = ("सारण जिले का फेसबुक पेज हैक हो गया है, उस पर दिख रही \'बाढ़ राहत\' पोस्ट फर्जी है। '
        'हमने Meta और CERT-In को इसकी रिपोर्ट कर दी है। आधिकारिक जानकारी: saran.nic.in । '
        'अगला अपडेट दोपहर 12 बजे।")',
        'holding_post = ("हमारा पेज हैक हो गया है। हमने शिकायत दर्ज कराई है और पेज को बहाल करने की कार्रवाई '
        'जारी है। अपडेट: state.bihar.gov.in । अगला अपडेट 2 बजे।")',
        # English, the next update "at noon", the district's own site
        'holding_post = ("Our Saran page was taken over this morning; ignore its posts. We have informed CERT-In and '
        'Meta. Official updates: saran.nic.in. Next update at noon.")',
        # Hindi in Latin letters, as many officers type it
        'holding_post = ("Hamara Saran district Facebook page hack ho gaya hai, uska \'flood relief\' post fake hai. '
        'Hamne Meta aur CERT-In ko report kiya hai. Updates: saran.nic.in. Agla update 11 baje.")',
        # the review of the Hindi edition: other ways to say what happened and what is being done (they lost the
        # points when the check knew only the tool's words)
        'holding_post = ("हमारे सारण जिला फेसबुक पेज पर साइबर हमला हुआ है। FIR दर्ज की गई है। '
        'आधिकारिक जानकारी: saran.nic.in । अगला अपडेट 11 बजे।")',
        'holding_post = ("सारण जिले का फेसबुक पेज किसी और के नियंत्रण में चला गया है। साइबर थाना में मामला दर्ज '
        'कराया गया है। अपडेट: state.bihar.gov.in । अगला अपडेट दोपहर 12 बजे।")',
        'holding_post = ("सारण ज़िला पेज पर अनधिकृत पोस्ट दिख रही हैं, उन पर क्लिक न करें। साइबर थाना में प्राथमिकी '
        'दर्ज कराई गई है और पेज ठीक किया जा रहा है। अपडेट: saran.nic.in । अगला अपडेट 2 बजे।")',
        'holding_post = ("Someone has taken control of our Saran Facebook page; ignore its posts. Our team is working '
        'with Meta to get it back. Updates: saran.nic.in. Next update at 11 am.")',
        # the next update given as how soon, which the text accepts as well as a clock time
        'holding_post = ("हमारा पेज हैक हो गया है। Meta से संपर्क किया गया है। अपडेट: saran.nic.in । '
        'अगला अपडेट एक घंटे में।")',
        'holding_post = ("Our Saran page was hacked. We have reported it. Updates: saran.nic.in. '
        'Next update in 2 hours.")',
    ],
    "tv_figure": ['tv_figure = "a"', 'tv_figure = "A."',
                  "tv_figure = \"the control room's figures, named; others being checked; next at 4 pm\""],
    "official_figures": [
        # .loc with the condition
        _OFFICIAL + '    return facts.loc[facts["source"] == "district control room"]',
        # .isin with one value
        _OFFICIAL + '    return facts[facts["source"].isin(["district control room"])]',
        # the condition in a variable, then a copy
        _OFFICIAL + '    official = facts["source"] == "district control room"\n    return facts[official].copy()',
        # another name for the parameter
        'def official_figures(table):\n    return table[table["source"] == "district control room"]',
    ],
    "press_note": [
        # in Hindi, Devanagari digits for one figure
        'press_note = ("जिला जनसंपर्क कार्यालय, सीतामढ़ी\\n"\n'
        '              "बाढ़ राहत: 14 राहत शिविरों में ६,२४० लोग\\n"\n'
        '              "सीतामढ़ी, 21 अगस्त 2025। जिला प्रशासन 14 राहत शिविर और 22 सामुदायिक रसोई चला रहा है। "\n'
        '              "दो मौतों की पुष्टि हुई है, अन्य सूचनाओं की जाँच हो रही है।\\n"\n'
        '              "जिलाधिकारी ने लोगों से केवल आधिकारिक सूचना पर भरोसा करने की अपील की।\\n"\n'
        '              "अपडेट: sitamarhi.nic.in । अगली ब्रीफिंग शाम 4 बजे।")',
        # English, a numeric date, the handle and the control room's number
        'press_note = """PRESS NOTE\nDistrict Administration, Sitamarhi\n'
        'Sitamarhi flood: 35 boats and 14 camps in service\n'
        'Sitamarhi - 21.08.2025: 35 boats are on duty and 14 relief camps are open, as of 10 am. '
        'Confirmed deaths: 2. Reports of more deaths are being checked.\n'
        'The District Magistrate will brief the press at 16:00.\n'
        'Updates: @DM_Sitamarhi, control room phone 06226-250309."""',
        # built from lines joined with new lines
        'lines = [\n'
        '    "District Public Relations Office, Sitamarhi",\n'
        '    "Relief for 6,240 people in Sitamarhi",\n'
        '    "Sitamarhi, August 21, 2025 - The district has opened 14 relief camps for 6,240 people.",\n'
        '    "A spokesperson for the District Magistrate said more figures come at the 4 pm briefing.",\n'
        '    "Updates on sitamarhi.nic.in.",\n'
        ']\n'
        'press_note = "\\n".join(lines)',
        # a reference number is house style, not a figure
        _note("District Public Relations Office, Sitamarhi\n", "Press Release No. 512\nDistrict Public Relations Office, Sitamarhi\n"),
        'press_note = ("पत्रांक 512\\nजिला जनसंपर्क कार्यालय, सीतामढ़ी\\nबाढ़ राहत: 14 शिविरों में 6,240 लोग\\n"\n'
        '              "सीतामढ़ी, 21 अगस्त 2025। जिला प्रशासन 14 राहत शिविर चला रहा है। दो मौतों की पुष्टि हुई है।\\n"\n'
        '              "जिलाधिकारी ने बताया कि अन्य सूचनाओं की जाँच हो रही है। अपडेट: sitamarhi.nic.in ।")',
        # phone numbers: the emergency operation centre, the control room's landline and the disaster helpline 1077
        _note("Updates: sitamarhi.nic.in.", "District Emergency Operation Centre: 06226-250316."),
        _note("Updates: sitamarhi.nic.in.", "Control room numbers: 06226 250316, 1077."),
        # place and date lines in other house styles
        _note("Sitamarhi, 21 August 2025 -", "Sitamarhi | August 21, 2025:"),
        _note("Sitamarhi, 21 August 2025 -", "Sitamarhi (21 August 2025) –"),
        _note("Sitamarhi, 21 August 2025 -", "Sitamarhi/21.08.25:"),
        # an SDM speaks
        _note("The District Magistrate asked", "The SDM, Sitamarhi Sadar, asked"),
        # the district's own Facebook and X pages
        _note("Updates: sitamarhi.nic.in.", "Updates: facebook.com/DMSitamarhi and x.com/DM_Sitamarhi."),
        # a figure above 9,999, grouped the Indian way and the international way
        _note("Two deaths are confirmed;", "1,18,500 food packets have been handed out. Two deaths are confirmed;"),
        _note("Two deaths are confirmed;", "118,500 food packets have been handed out. Two deaths are confirmed;"),
        # the review of the Hindi edition: ज़िलाधिकारी with its nukta (the notebook's own spelling) and a duration,
        # "पिछले 24 घंटों में", that the check counted as a figure
        'press_note = ("ज़िला जनसंपर्क कार्यालय, सीतामढ़ी\\nबाढ़ राहत: 14 शिविरों में 6,240 लोग\\n"\n'
        '              "सीतामढ़ी, 21 अगस्त 2025। पिछले 24 घंटों में ज़िला प्रशासन ने 14 राहत शिविर खोले हैं। "\n'
        '              "दो मौतों की पुष्टि हुई है।\\nज़िलाधिकारी ने बताया कि अन्य सूचनाओं की जाँच हो रही है। "\n'
        '              "अपडेट: sitamarhi.nic.in ।")',
        _note("Two deaths are confirmed;", "In the last 24 hours the 24x7 control room has checked every report "
              "twice. Two deaths are confirmed;"),
        # the district's own pages as full addresses, its handle, and an official e-mail
        _note("Updates: sitamarhi.nic.in.", "Updates: https://www.facebook.com/DMSitamarhi/ and @DM_Sitamarhi; "
              "e-mail dm-sitamarhi@nic.in."),
    ],
}
