"""Plausible wrong answers for 10b-media-relations: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there. journalist and
holding_post came from 10-crisis-and-incident-response unchanged.
"""

_OFFICIAL = "def official_figures(facts):\n"
_HEAD = ('press_note = ("District Public Relations Office, Sitamarhi\\n"\n'
         '              "Flood relief: 6,240 people in 14 relief camps\\n"\n')
_BODY = '              "Sitamarhi, 21 August 2025 - 14 relief camps are open for 6,240 people.\\n"\n'
_TAIL = ('              "The District Magistrate asked people to trust only official figures.\\n"\n'
         '              "Updates: sitamarhi.nic.in. Next briefing at 4 pm.")')

WRONG_ANSWERS = {
    "journalist": ['journalist = "A"', 'journalist = "B"', 'journalist = "C"'],
    "holding_post": [
        # no time for the next update
        'holding_post = ("Our Saran district Facebook page was hacked this morning. We have reported it and are '
        'working to restore it. Official updates: state.bihar.gov.in.")',
        # a shortened link instead of the .gov.in address
        'holding_post = ("Our Saran page was hacked. We have reported it and are restoring it. Updates at '
        'bit.ly/saran-updates. Next update at 11 am.")',
        # says nothing about what happened
        'holding_post = "Please ignore our Facebook page for now. Updates on state.bihar.gov.in at 11 am."',
        # far too long
        'holding_post = ("Our Saran district Facebook page was hacked this morning. We have reported it and are '
        'working to restore it. Official updates: state.bihar.gov.in. Next update at 11 am. " * 4)',
        # fits the old 500 characters but not X's 280
        'holding_post = ("Our Saran district Facebook page was hacked early this morning and is now showing a fake '
        '\'flood relief top-up\' post with a link that asks for a registration fee. Do not click that link, do not '
        'share the post and do not pay anyone. We have reported the takeover to Meta and to CERT-In and we are working '
        'to restore the page. Official updates: state.bihar.gov.in and this account. Next update at 11 am.")',
        # Hinglish that says the department has not reported it
        'holding_post = ("Hamara Saran page hack ho gaya hai. Hamne abhi report nahi kiya hai. Updates: saran.nic.in. '
        'Agla update 11 baje.")',
        # denies what happened: every element's word is there, with "not" next to two of them
        'holding_post = ("Our page has not been hacked and we have not reported anything. Official updates: '
        'state.bihar.gov.in. Next update at 11 am.")',
        # says what happened, in words the tool did not know, and nothing else
        'holding_post = "हमारे सारण जिला फेसबुक पेज पर साइबर हमला हुआ है।"',
        # the FIR has not been filed: "नहीं" next to the new words too
        'holding_post = ("हमारे पेज पर साइबर हमला हुआ है, लेकिन अभी FIR दर्ज नहीं की गई है। अपडेट: saran.nic.in । '
        'अगला अपडेट 11 बजे।")',
        # asks people to get in touch ("संपर्क करें"): that is not what the department is doing
        'holding_post = "पेज हैक हो गया है। जानकारी के लिए saran.nic.in पर संपर्क करें। अगला अपडेट 11 बजे।"',
    ],
    "tv_figure": ['tv_figure = "B"', 'tv_figure = "C"', 'tv_figure = "D"'],
    "official_figures": [
        # drops the TV channel's rows but keeps WhatsApp's
        _OFFICIAL + '    return facts[facts["source"] != "TV channel"]',
        # one column, not the table
        _OFFICIAL + '    return facts[facts["source"] == "district control room"]["figure"]',
        # the whole table
        _OFFICIAL + "    return facts",
        # the other sources' rows
        _OFFICIAL + '    return facts[facts["source"] != "district control room"]',
        # reads the notebook's `facts`, not its parameter (the review of the Hindi edition: the message counted rows)
        'def official_figures(table):\n    return facts[facts["source"] == "district control room"]',
        # the source in capitals: no row matches
        _OFFICIAL + '    return facts[facts["source"] == "District Control Room"]',
    ],
    "press_note": [
        # repeats the TV channel's unverified figure
        _HEAD + '              "Sitamarhi, 21 August 2025 - 14 relief camps are open; 6,240 people are in them. '
                'About 40,000 people are displaced.\\n"\n' + _TAIL,
        # no place and date line
        _HEAD + '              "The district administration runs 14 relief camps, where 6,240 people are staying.\\n"\n'
        + _TAIL,
        # repeats the WhatsApp figure, in Hindi
        'press_note = ("जिला जनसंपर्क कार्यालय, सीतामढ़ी\\n"\n'
        '              "बाढ़ राहत: 14 शिविरों में 6,240 लोग\\n"\n'
        '              "सीतामढ़ी, 21 अगस्त 2025। 12 लोगों के डूबने की खबर है।\\n"\n'
        '              "जिलाधिकारी ने बताया कि राहत जारी है। अपडेट: sitamarhi.nic.in ।")',
        # one paragraph: no headline, no officer
        'press_note = ("District Public Relations Office, Sitamarhi. Sitamarhi, 21 August 2025 - 14 relief camps '
        'are open for 6,240 people. Updates: sitamarhi.nic.in.")',
        # no figures at all
        _HEAD.replace("6,240 people in 14 relief camps", "camps open")
        + '              "Sitamarhi, 21 August 2025 - Relief work is going on in all flooded blocks.\\n"\n' + _TAIL,
        # the TV channel's figure in words (10b's review, #16: it scored 3/3 when words were not read)
        _HEAD + '              "Sitamarhi, 21 August 2025 - 14 relief camps are open; 6,240 people are in them. '
                'About forty thousand people are displaced.\\n"\n' + _TAIL,
        # the WhatsApp figure in Hindi words
        'press_note = ("जिला जनसंपर्क कार्यालय, सीतामढ़ी\\n"\n'
        '              "बाढ़ राहत: 14 शिविरों में 6,240 लोग\\n"\n'
        '              "सीतामढ़ी, 21 अगस्त 2025। बारह लोगों के डूबने की खबर है।\\n"\n'
        '              "जिलाधिकारी ने बताया कि राहत जारी है। अपडेट: sitamarhi.nic.in ।")',
        # the wrong place in the place and date line
        _HEAD + '              "Patna, 21 August 2025 - 14 relief camps are open for 6,240 people.\\n"\n' + _TAIL,
        # a figure that is not the control room's, grouped the Indian way
        _HEAD + '              "Sitamarhi, 21 August 2025 - 14 relief camps are open; 1,20,000 food packets were given.\\n"\n'
        + _TAIL,
        # a link that is not official
        _HEAD + '              "Sitamarhi, 21 August 2025 - 14 relief camps are open for 6,240 people.\\n"\n'
                '              "The District Magistrate said: updates at bit.ly/sitamarhi-flood.")',
        # the review of the Hindi edition: readers sent to a news account or a group's page, not the district's own
        # (they kept 3/3 when any page naming Sitamarhi counted)
        _HEAD + _BODY + '              "The District Magistrate asked people to trust only official figures.\\n"\n'
                        '              "Updates: x.com/SitamarhiNews24.")',
        _HEAD + _BODY + '              "The District Magistrate asked people to trust only official figures.\\n"\n'
                        '              "Updates: facebook.com/floodnews.sitamarhi.")',
        _HEAD + _BODY + '              "The District Magistrate asked people to trust only official figures.\\n"\n'
                        '              "Updates: facebook.com/sitamarhi.flood.help.")',
        _HEAD + _BODY + '              "The District Magistrate asked people to trust only official figures.\\n"\n'
                        '              "Updates: @SitamarhiNews24.")',
    ],
}
