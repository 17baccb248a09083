"""The Hindi of every message the course's checks can show (issue #21), for `course.i18n`.

Each pair is an English message template and its Hindi: a part in braces is a field that `course.i18n`
fills with the value found in the English message at run time (a name, a number, a type, an option), so
every field of the English appears in the Hindi unchanged. The English side must be byte-identical to the
strings in course/checks.py and course/messages.py (`course.trainer.editions.message_templates()` lists
them, in this order); tests/test_editions.py checks that every message has its Hindi and that every
field is kept. A type's name as Python spells it ("a tuple") is kept as it is. Terms as in the Hindi notebooks
(i18n/hi/): टेबल, text (टेक्स्ट as a type), list, round, कोड, ब्रैकेट.
"""

TEMPLATES: list[tuple[str, str]] = [
    (
        (
            "your method looks right. Don't round the answer itself: keep the full value and round only when "
            "you display it (e.g. `print(round(x, 2))`, or `.round(2)` on a table)."
        ),
        (
            "आपका तरीक़ा सही लगता है। जवाब को ही round मत कीजिए: पूरा मान रखिए, और सिर्फ़ दिखाते समय round कीजिए "
            "(जैसे `print(round(x, 2))`, या टेबल पर `.round(2)`)।"
        ),
    ),
    (
        "rounded too far here: round no further than a whole number",
        "यहाँ इतना round करना ठीक नहीं है: पूर्ण संख्या से आगे round मत कीजिए",
    ),
    (
        "too coarse here: keep at least {_decimals(places)}",
        "यहाँ इतना round करना ठीक नहीं है: कम से कम {_decimals(places)} रखिए",
    ),
    # a type's name as Python spells it (a tuple, a set): kept as it is
    (
        "{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}",
        "{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}",
    ),
    (
        "`{name}` is {number}, which is not the expected value.",
        "`{name}` का मान {number} है, जो सही मान नहीं है।",
    ),
    (
        "try your function yourself on a small example (such as the one in the exercise) and read the error.",
        (
            "अपने फ़ंक्शन को ख़ुद किसी छोटे उदाहरण पर चलाकर देखिए (जैसे अभ्यास में दिया गया उदाहरण) और error "
            "संदेश पढ़िए।"
        ),
    ),
    (
        "⚠️ Warning (not an error): {category.__name__}: {message}\n",
        "⚠️ चेतावनी (Warning, यह error नहीं है): {category.__name__}: {message}\n",
    ),
    (" ({_letter_of(value) or value})", " ({_letter_of(value) or value})"),
    (
        (
            "📝 `{name}` is recorded{shown}. Whether it is the most defensible choice is checked when your work "
            "is graded; the feedback then explains every option."
        ),
        (
            "📝 `{name}`{shown} दर्ज हो गया है। यह सबसे उचित विकल्प है या नहीं, यह grading में जाँचा जाता है, "
            "और feedback में हर विकल्प समझाया जाता है।"
        ),
    ),
    ("a whole number", "पूर्ण संख्या"),
    ("{k} decimal place{'s' if k > 1 else ''}", "दशमलव के बाद {k} अंक (decimal place{'s' if k > 1 else ''})"),
    (
        "not precise enough here: give the unrounded value",
        "यहाँ इससे ज़्यादा सटीक मान चाहिए: बिना round किया हुआ पूरा मान दीजिए",
    ),
    ("a True/False value ({name})", "True/False मान ({name})"),
    ("a whole number ({name})", "पूर्ण संख्या ({name})"),
    ("a decimal number ({name})", "दशमलव संख्या ({name})"),
    ("a table (DataFrame)", "टेबल (DataFrame)"),
    ("a column of values (Series)", "मानों का एक कॉलम (Series)"),
    ("an index, the labels of rows or columns ({name})", "index, यानी पंक्तियों या कॉलमों के लेबल ({name})"),
    ("a date and time (Timestamp)", "तारीख़ और समय (Timestamp)"),
    ("a list (list)", "एक list (सूची)"),
    ("several values in brackets, separated by commas (tuple)", "ब्रैकेट में, comma से अलग किए गए कई मान (tuple)"),
    (
        "a comma at the end of the line (or between values) makes several values: remove it.",
        "लाइन के आख़िर में (या मानों के बीच) comma (,) लगाने से कई मान बन जाते हैं: उसे हटाइए।",
    ),
    ("a dictionary (dict)", "डिक्शनरी (dict)"),
    ("an array of values without labels (numpy ndarray)", "बिना लेबल वाले मानों का समूह (numpy ndarray)"),
    (
        "a method not yet called ({name}): add brackets to call it, e.g. `.median()`",
        (
            "एक method, जिसे अभी call नहीं किया गया ({name}): उसे call करने के लिए ब्रैकेट लगाइए, जैसे "
            "`.median()`"
        ),
    ),
    ("a function ({name})", "फ़ंक्शन ({name})"),
    ("values differ", "मान अलग हैं"),
    ("{n} row", "{n} पंक्ति"),
    ("{n} rows", "{n} पंक्तियाँ"),
    (
        (
            "put brackets around each comparison: `(a == b) & (c == d)`. Python does `&` and `|` before `==`, "
            "so without brackets it tries to combine the text itself."
        ),
        (
            "हर तुलना को ब्रैकेट में रखिए: `(a == b) & (c == d)`। Python `&` और `|` को `==` से पहले लागू करता "
            "है, इसलिए ब्रैकेट के बिना वह text को ही आपस में जोड़ने की कोशिश करता है।"
        ),
    ),
    (
        (
            "`if`, `and` and `or` work on one True/False value, not a whole column. If you meant one value, "
            "pick its row first (a whole column compared with a value gives one True/False per row); for "
            'columns use `&`, `|` and `~`, or a filter such as `df[df["x"] > 0]`.'
        ),
        (
            "`if`, `and` और `or` एक True/False मान पर काम करते हैं, पूरे कॉलम पर नहीं। अगर आपका मतलब एक मान से "
            "था, तो पहले उसकी पंक्ति चुनिए (पूरे कॉलम की किसी मान से तुलना करने पर हर पंक्ति के लिए एक "
            'True/False मिलता है); कॉलमों के लिए `&`, `|` और `~` इस्तेमाल कीजिए, या `df[df["x"] > 0]` जैसा '
            "filter लगाइए।"
        ),
    ),
    (
        (
            "there is no column or label {text}: check its spelling and capital letters against the table's "
            "columns (`df.columns` lists them)."
        ),
        (
            "{text} नाम का कोई कॉलम या लेबल नहीं है: इसकी spelling और capital letters (बड़े अक्षर) टेबल के "
            "कॉलमों से मिलाइए (`df.columns` कॉलमों की सूची दिखाता है)।"
        ),
    ),
    (
        "a value you divide by can be 0: check for it first (`if x == 0: ...`).",
        "जिस मान से आप भाग देते हैं, वह 0 हो सकता है: पहले इसकी जाँच कीजिए (`if x == 0: ...`)।",
    ),
    (
        (
            "the function uses a name it does not have: inside a function use its own parameters (for example "
            "`df`, not `posts`), and run the cells above first."
        ),
        (
            "फ़ंक्शन ऐसा नाम इस्तेमाल करता है जो उसके पास नहीं है: फ़ंक्शन के अंदर उसके अपने parameters "
            "इस्तेमाल कीजिए (जैसे `df`, न कि `posts`), और पहले ऊपर के सेल चलाइए।"
        ),
    ),
    ("{message}\n{label}: {hint}", "{message}\n{label}: {hint}"),
    (
        (
            "`{name}` is None (nothing): either the cell above has not run yet, or the value came from "
            "something that shows a result without giving it back, such as `print(...)`."
        ),
        (
            "`{name}` का मान None (कुछ नहीं) है: या तो ऊपर वाला सेल अभी चला नहीं है, या यह मान किसी ऐसी चीज़ से "
            "आया है जो नतीजा दिखाती है पर उसे लौटाती नहीं, जैसे `print(...)`।"
        ),
    ),
    (
        (
            "write `{name} = ...` with the calculation itself (no print), run the cell with Shift+Enter, then "
            "run this check again."
        ),
        (
            "`{name} = ...` लिखिए और उसमें सीधे हिसाब रखिए (print नहीं), Shift+Enter से सेल चलाइए, फिर यह check "
            "दोबारा चलाइए।"
        ),
    ),
    (
        "`{name}` has no answer yet: it still holds the placeholder `...`.",
        "`{name}` में अभी कोई जवाब नहीं है: उसमें अभी भी ख़ाली जगह भरने वाला `...` ही है।",
    ),
    (
        "write your answer in the cell above, run it with Shift+Enter, then run this check again.",
        "ऊपर वाले सेल में अपना जवाब लिखिए, उसे Shift+Enter से चलाइए, फिर यह check दोबारा चलाइए।",
    ),
    (" or fewer", " या उससे कम"),
    ("text (str)", "टेक्स्ट (str)"),
    ("an object that imitates text ({name})", "text की नक़ल करने वाली एक चीज़ ({name})"),
    (
        "`{name}` should be a single number, but it is a whole {_type_name(value)} with {_rows(len(value))}.",
        (
            "`{name}` एक अकेली संख्या होनी चाहिए, लेकिन यह एक पूरी {_type_name(value)} है "
            "({_rows(len(value))})।"
        ),
    ),
    (
        "`{name}` should be a number, but it is text: {value}.",
        "`{name}` एक संख्या होनी चाहिए, लेकिन यह text है: {value}।",
    ),
    (
        "`{name}` should be a number, but it is {_a_type(value)}.",
        "`{name}` एक संख्या होनी चाहिए, लेकिन यह {_a_type(value)} है।",
    ),
    (
        "`{name}` is NaN (not a number): the calculation met a missing value or divided 0 by 0.",
        (
            "`{name}` का मान NaN (संख्या नहीं) है: हिसाब में कोई ख़ाली (missing) मान आया, या 0 को 0 से भाग दिया "
            "गया।"
        ),
    ),
    (
        "`{name}` should be a whole number; yours is {number}.",
        "`{name}` एक पूर्ण संख्या होनी चाहिए; आपका मान {number} है।",
    ),
    (
        "`{name}` should be at least {minimum}; yours is {number}.",
        "`{name}` कम से कम {minimum} होना चाहिए; आपका मान {number} है।",
    ),
    (
        "`{name}` should be at most {maximum}; yours is {number}.",
        "`{name}` ज़्यादा से ज़्यादा {maximum} होना चाहिए; आपका मान {number} है।",
    ),
    (
        (
            "`{name}` is {number}: it looks like the right value rounded to {_rounding_words(number, "
            "float(expected), rounded)}, which is {_too_coarse(places)}."
        ),
        (
            "`{name}` का मान {number} है: हिसाब सही लगता है, पर आपने इसे {_rounding_words(number, "
            "float(expected), rounded)} तक round कर दिया है; {_too_coarse(places)}।"
        ),
    ),
    (
        "it looks like a fraction: multiply by 100 to get a percentage.",
        "यह भिन्न (fraction) लगता है: प्रतिशत पाने के लिए 100 से गुणा कीजिए।",
    ),
    (
        "`{name}` should be text (in quotes), but it is {_a_type(value)}.",
        "`{name}` text (quotes में) होना चाहिए, लेकिन यह {_a_type(value)} है।",
    ),
    ("`{name}` is empty.", "`{name}` ख़ाली है।"),
    (
        "`{name}` is {value}, which is not one of the options: {', '.join(map(repr, choices))}.",
        "`{name}` का मान {value} है, जो दिए गए विकल्पों में से नहीं है: {', '.join(map(repr, choices))}।",
    ),
    (
        "`{name}` is {value}, which is not the expected answer.",
        "`{name}` का मान {value} है, जो सही जवाब नहीं है।",
    ),
    (
        "`{name}` should be one letter in quotes (one of {letters}), but it is {_a_type(value)}.",
        "`{name}` quotes में एक अक्षर होना चाहिए ({letters} में से एक), लेकिन यह {_a_type(value)} है।",
    ),
    (
        "`{name}` is {value}, which is not one of the options {letters}.",
        "`{name}` का मान {value} है, जो विकल्पों {letters} में से नहीं है।",
    ),
    ("it is not the most defensible choice here.", "यहाँ यह सबसे उचित विकल्प नहीं है।"),
    (
        (
            "`{name}` is {letter} ({options[letter]}). {_sentence(because)} The defensible choice is {right} "
            "({options[right]})."
        ),
        (
            "`{name}` में आपने {letter} ({options[letter]}) चुना। {_sentence(because)} सबसे उचित विकल्प {right} "
            "({options[right]}) है।"
        ),
    ),
    ("text ({value})", "टेक्स्ट ({value})"),
    (
        "`{name}` should answer True or False, but it gave {what}.",
        "`{name}` का जवाब True या False होना चाहिए, लेकिन मिला: {what}।",
    ),
    (
        "return True or False themselves (no quotes, not 1 or 0), or a comparison such as `a < b`.",
        "सीधे True या False लौटाइए (quotes के बिना, 1 या 0 नहीं), या `a < b` जैसी कोई तुलना।",
    ),
    (" (use square brackets [...] for a list)", " (list के लिए स्क्वेयर ब्रैकेट [...] लगाइए)"),
    (
        "`{name}` should be a list{extra}, but it is {_a_type(value)}.",
        "`{name}` एक list होनी चाहिए{extra}, लेकिन यह {_a_type(value)} है।",
    ),
    (
        "`{name}` should have {length} items; yours has {len(value)}.",
        "`{name}` में {length} आइटम होने चाहिए; आपकी list में आइटमों की गिनती {len(value)} है।",
    ),
    (
        "`{name}` should have {len(expected)} items; yours has {len(value)}.",
        "`{name}` में {len(expected)} आइटम होने चाहिए; आपकी list में आइटमों की गिनती {len(value)} है।",
    ),
    (
        "`{name}` looks like the right values rounded to {_decimals(k)}, which is {_too_coarse(places)}.",
        "`{name}` का हिसाब सही लगता है, पर आपने मानों को {_decimals(k)} तक round कर दिया है; {_too_coarse(places)}।",
    ),
    (
        "`{name}` should be a table (DataFrame), but it is {_a_type(frame)}.",
        "`{name}` एक टेबल (DataFrame) होनी चाहिए, लेकिन यह {_a_type(frame)} है।",
    ),
    (
        "`{name}` is missing the column(s) {', '.join(map(repr, missing))}. It has: {have}.",
        "`{name}` में ये कॉलम नहीं हैं: {', '.join(map(repr, missing))}। इसमें ये कॉलम हैं: {have}।",
    ),
    (
        "`{name}` should be a table (DataFrame) but it is a single column (Series).",
        "`{name}` एक टेबल (DataFrame) होनी चाहिए, लेकिन यह एक अकेला कॉलम (Series) है।",
    ),
    (
        "`{name}` should have {_rows(n_rows)}; yours has {len(frame)}.",
        "`{name}` में {_rows(n_rows)} होनी चाहिए; आपकी टेबल में {len(frame)} हैं।",
    ),
    (
        "`{name}` should have {_rows(len(expected))}; yours has {len(frame)}.",
        "`{name}` में {_rows(len(expected))} होनी चाहिए; आपकी टेबल में {len(frame)} हैं।",
    ),
    (
        "`{name}` should be a Series (one column of values), but it is {_a_type(series)}.",
        "`{name}` एक Series (मानों का एक कॉलम) होनी चाहिए, लेकिन यह {_a_type(series)} है।",
    ),
    (
        "`{name}` should have {length} values; yours has {len(series)}.",
        "`{name}` में {length} मान होने चाहिए; आपकी Series में {len(series)} हैं।",
    ),
    (
        "`{name}` should have {len(expected)} values; yours has {len(series)}.",
        "`{name}` में {len(expected)} मान होने चाहिए; आपकी Series में {len(series)} हैं।",
    ),
    (
        "`{name}` should be a function (made with `def {name}(...):`), but it is {_a_type(func)}.",
        "`{name}` एक फ़ंक्शन होना चाहिए (`def {name}(...):` से बना), लेकिन यह {_a_type(func)} है।",
    ),
    ("`{name}` gave back nothing (None).", "`{name}` ने कुछ नहीं लौटाया (None)।"),
    (
        (
            "did you forget `return` at the end of your function, or in one branch of an `if` (a case with no "
            "`return` gives back nothing)?"
        ),
        (
            "क्या आप अपने फ़ंक्शन के अंत में, या किसी `if` की एक शाखा में, `return` लिखना भूल गए (जिस स्थिति "
            "में `return` नहीं है, वहाँ फ़ंक्शन कुछ नहीं लौटाता)?"
        ),
    ),
    (
        (
            '`"{key}"` in quotes means a column literally called {key}; without quotes, `{key}` is the value '
            'your function receives (for example `{table}[{key}]`, not `{table}["{key}"]`).'
        ),
        (
            'quotes में `"{key}"` का मतलब है ठीक {key} नाम का कॉलम; quotes के बिना `{key}` वह मान है जो आपके '
            'फ़ंक्शन को मिलता है (जैसे `{table}[{key}]`, न कि `{table}["{key}"]`)।'
        ),
    ),
    (
        "there is no column or label {text} in the table your function receives; its columns are {listed}.",
        (
            "आपके फ़ंक्शन को जो टेबल मिलती है, उसमें {text} नाम का कोई कॉलम या लेबल नहीं है; उसके कॉलम हैं: "
            "{listed}।"
        ),
    ),
    (
        (
            "{said} Work from those (a check may give your function a small table with only the columns the "
            "exercise needs), or compute what you need inside the function."
        ),
        (
            "{said} इन्हीं कॉलमों से काम कीजिए (check आपके फ़ंक्शन को एक छोटी टेबल दे सकता है, जिसमें सिर्फ़ वही "
            "कॉलम हों जो अभ्यास के लिए ज़रूरी हैं), या जो चाहिए उसे फ़ंक्शन के अंदर ही निकालिए।"
        ),
    ),
    (
        "`{name}` should give back a matplotlib Figure, but it gave {_a_type(fig)}.",
        "`{name}` को matplotlib Figure (चार्ट वाला चित्र) लौटाना चाहिए, लेकिन इसने लौटाया: {_a_type(fig)}।",
    ),
    ("The figure from `{name}` has no chart on it.", "`{name}` से मिले चित्र (figure) पर कोई चार्ट नहीं है।"),
    ("The chart from `{name}` has no title.", "`{name}` से मिले चार्ट का कोई शीर्षक (title) नहीं है।"),
    (
        "The chart from `{name}` has no x-axis label.",
        "`{name}` से मिले चार्ट में x-अक्ष (x-axis) का लेबल नहीं है।",
    ),
    (
        "The chart from `{name}` has no y-axis label.",
        "`{name}` से मिले चार्ट में y-अक्ष (y-axis) का लेबल नहीं है।",
    ),
    ("✅ `{name}` looks right. {note}", "✅ `{name}` सही लगता है। {note}"),
    (
        "pick one value out of it, e.g. with .sum(), .median() or .loc[...].",
        "इसमें से एक मान निकालिए, जैसे .sum(), .median() या .loc[...] से।",
    ),
    (
        "remove the quotation marks, or compute the value with pandas.",
        'कोटेशन मार्क (quotes, " ") हटाइए, या pandas से मान निकालिए।',
    ),
    (
        "it looks 100 times too big: is it already a percentage?",
        "यह 100 गुना बड़ा लगता है: क्या यह पहले से प्रतिशत में है?",
    ),
    ("write your answer between the quotes.", "अपना जवाब quotes के बीच लिखिए।"),
    ("copy one option exactly, including spelling.", "किसी एक विकल्प को हूबहू copy कीजिए, spelling सहित।"),
    (
        # never an example letter: any letter may be the defensible choice
        'write the letter of your choice between quotes, e.g. {name} = "{_example(options)}" if you chose {_example(options)} (one of {letters})',
        'अपने चुने हुए विकल्प का अक्षर quotes के बीच लिखिए, जैसे अगर आपने {_example(options)} चुना है तो {name} = "{_example(options)}" ({letters} में से एक)',
    ),
    (
        'write just the letter of your choice between the quotes, e.g. {name} = "{_example(options)}" if you chose {_example(options)} (one of {letters})',
        'quotes के बीच सिर्फ़ अपने चुने हुए विकल्प का अक्षर लिखिए, जैसे अगर आपने {_example(options)} चुना है तो {name} = "{_example(options)}" ({letters} में से एक)',
    ),
    (
        '"{value.strip()}" is in option {key} ({options[key]}): if that is your choice, write its letter, {name} = "{key}"',
        '"{value.strip()}" विकल्प {key} ({options[key]}) में है: अगर आपका चुनाव यही है, तो उसका अक्षर लिखिए, {name} = "{key}"',
    ),
    (
        "{EXPLANATION}Why {right} ({options[right]}): {_sentence(reason)}",
        "{EXPLANATION}{right} ({options[right]}) क्यों: {_sentence(reason)}",
    ),
    (
        "it looks like the right value, cut off after {_decimals(cut)} instead of rounded: "
        "use round(..., {cut}), or better, do not round at all.",
        "हिसाब सही लगता है, पर मान को {_decimals(cut)} पर काट दिया गया है, round नहीं किया गया: "
        "round(..., {cut}) इस्तेमाल कीजिए, या बेहतर है कि round ही न करें।",
    ),
    ("the number {value}", "संख्या {value}"),
    ("`{name}` is {bool(value)}, which is not right.", "`{name}` का मान {bool(value)} है, जो सही नहीं है।"),
    (
        "`{name}`: item {position + 1} is {g}, which is not what was expected.",
        "`{name}`: आइटम {position + 1} का मान {g} है, जो सही मान नहीं है।",
    ),
    (
        "`{name}` has {g} more times than expected (their order does not matter).",
        "`{name}` में {g} जितनी बार होना चाहिए, उससे ज़्यादा बार है (क्रम मायने नहीं रखता)।",
    ),
    (
        "`{name}` has {g}, which is not one of the expected items (their order does not matter).",
        "`{name}` में {g} है, जो सही आइटमों में से कोई नहीं है (उनका क्रम मायने नहीं रखता)।",
    ),
    (
        "use double brackets df[['a', 'b']] to keep a table, or .reset_index() after groupby.",
        (
            "नतीजे को टेबल ही रखने के लिए दोहरे ब्रैकेट df[['a', 'b']] लगाइए, या groupby के बाद "
            ".reset_index() लगाइए।"
        ),
    ),
    (
        "`{name}` has the right shape but some values differ ({_first_line(error)}).",
        "`{name}` का आकार (पंक्तियाँ और कॉलम) सही है, पर कुछ मान अलग हैं ({_first_line(error)})।",
    ),
    (
        "`{name}` should be a single column (Series) but it is a one-column table (DataFrame).",
        "`{name}` एक अकेला कॉलम (Series) होना चाहिए, लेकिन यह एक कॉलम वाली टेबल (DataFrame) है।",
    ),
    (
        "give the column itself: df['col'] with single brackets, not df[['col']], and no .to_frame().",
        "सीधे कॉलम दीजिए: एक जोड़ी ब्रैकेट वाला df['col'], दोहरे df[['col']] नहीं, और .to_frame() भी नहीं।",
    ),
    (
        "`{name}` has some values that differ from the expected ones ({_first_line(error)}).",
        "`{name}` के कुछ मान सही मानों से अलग हैं ({_first_line(error)})।",
    ),
    (
        "`{name}` should take {parameters} input(s); yours takes {count}.",
        "`{name}` को {parameters} इनपुट लेने चाहिए; आपका फ़ंक्शन {count} लेता है।",
    ),
    ("`{name}` is not written yet.", "`{name}` अभी लिखा नहीं गया है।"),
    (
        "replace the line `raise NotImplementedError()` with your code, run the cell, then check again.",
        "`raise NotImplementedError()` वाली पंक्ति की जगह अपना कोड लिखिए, सेल चलाइए, फिर दोबारा check कीजिए।",
    ),
    (
        "`{name}` stopped with an error when called: {type(error).__name__}: {error}",
        "`{name}` को चलाने पर एक error आया और वह रुक गया: {type(error).__name__}: {error}",
    ),
    (
        (
            "there is no column or label {text}: did you mean `{close[0]}`? Spelling and capital letters must "
            "match the table's columns exactly."
        ),
        (
            "{text} नाम का कोई कॉलम या लेबल नहीं है: क्या आपका मतलब `{close[0]}` था? spelling और capital "
            "letters (बड़े अक्षर) टेबल के कॉलमों से बिल्कुल मिलने चाहिए।"
        ),
    ),
    (
        (
            "{said} The {key} is not a column yet: work it out from a date-and-time column, for example with "
            "`.dt.hour` or `.dt.day_name()`."
        ),
        (
            "{said} {key} अभी कोई कॉलम नहीं है: इसे किसी तारीख़-और-समय वाले कॉलम से निकालिए, जैसे `.dt.hour` या "
            "`.dt.day_name()` से।"
        ),
    ),
    (
        "create it with `fig, ax = plt.subplots()` and end your function with `return fig`.",
        "इसे `fig, ax = plt.subplots()` से बनाइए और अपने फ़ंक्शन के अंत में `return fig` लिखिए।",
    ),
    (
        "add one with ax.set_title('...'): say the finding, not just the topic.",
        "ax.set_title('...') से शीर्षक (title) जोड़िए: उसमें सिर्फ़ विषय नहीं, बल्कि निष्कर्ष (finding) लिखिए।",
    ),
    ("use ax.set_xlabel('...').", "ax.set_xlabel('...') इस्तेमाल कीजिए।"),
    ("use ax.set_ylabel('...').", "ax.set_ylabel('...') इस्तेमाल कीजिए।"),
    (
        "{EXPLANATION}Why not {key} ({options[key]}): {_sentence(text)}",
        "{EXPLANATION}{key} ({options[key]}) क्यों नहीं: {_sentence(text)}",
    ),
    (
        "{EXPLANATION}`{name}` is {right} ({options[right]}), the defensible choice.",
        "{EXPLANATION}`{name}` में आपने {right} ({options[right]}) चुना: यही सबसे उचित विकल्प है।",
    ),
    (
        "`{name}` has the right values but in the wrong order.",
        "`{name}` में मान सही हैं, पर उनका क्रम ग़लत है।",
    ),
    (
        "`{name}` has the right values, but not the expected labels (its index): {_few(want.index)} expected, "
        "{_few(got.index)} found.",
        "`{name}` के मान सही हैं, पर उनके लेबल (index) वे नहीं हैं जो चाहिए: चाहिए {_few(want.index)}, मिले "
        "{_few(got.index)}।",
    ),
    (
        "label each value as asked: with .set_index(...), or by grouping (a groupby without as_index=False keeps "
        "the groups as labels).",
        "हर मान को वैसा लेबल दीजिए जैसा माँगा गया है: .set_index(...) से, या group करके (as_index=False के बिना "
        "groupby, groups को ही लेबल बनाए रखता है)।",
    ),
    (
        "sort it, e.g. with .sort_values(ascending=False).",
        "इसे क्रम में लगाइए (sort कीजिए), जैसे .sort_values(ascending=False) से।",
    ),
    (
        "expect_equal cannot compare a {_type_name(expected)}",
        "expect_equal {_type_name(expected)} प्रकार के मान की तुलना नहीं कर सकता",
    ),
    ("❌ {error}", "❌ {error}"),
    (
        (
            "✋ This answer is not written yet.\nReplace the line `raise NotImplementedError()` with your code, "
            "then run the cell again.\n(अभी उत्तर नहीं लिखा गया है।)"
        ),
        (
            "✋ यह जवाब अभी लिखा नहीं गया है।\n`raise NotImplementedError()` वाली पंक्ति की जगह अपना कोड "
            "लिखिए, फिर सेल दोबारा चलाइए।"
        ),
    ),
    (
        (
            "❓ `{name}` does not exist yet.\nRun the cells above this one first (Run ▸ Run All Above Selected "
            "Cell), and check the spelling: Python treats `Reach` and `reach` as different names."
        ),
        (
            "❓ `{name}` अभी मौजूद नहीं है।\nपहले इस सेल से ऊपर के सेल चलाइए (Run ▸ Run All Above Selected "
            "Cell), और spelling जाँचिए: Python के लिए `Reach` और `reach` अलग-अलग नाम हैं।"
        ),
    ),
    # not a message: the value {name} takes when Python's error text gives no name
    ("a name", "एक नाम"),
    (
        (
            "❓ `{name}` is not something Python knows. A letter you choose, like any text, goes in quotes: "
            'write "{name}".'
        ),
        (
            "❓ `{name}` Python के लिए कोई जाना-पहचाना नाम नहीं है। आप जो अक्षर चुनें, वह भी किसी भी text की "
            'तरह quotes में लिखा जाता है: "{name}" लिखिए।'
        ),
    ),
    (
        (
            "❓ `{name}` is not something Python knows. If you mean the word {name} (a platform, a format), "
            'write it in quotes: "{name}". If it is a name made in a cell above, run that cell first and check '
            "its spelling."
        ),
        (
            "❓ `{name}` Python के लिए कोई जाना-पहचाना नाम नहीं है। अगर आपका मतलब शब्द {name} से है (कोई "
            'platform, कोई format), तो उसे quotes में लिखिए: "{name}"। अगर यह ऊपर किसी सेल में बनाया गया नाम '
            "है, तो पहले वह सेल चलाइए और उसकी spelling जाँचिए।"
        ),
    ),
    (
        "(The interactive explorer is switched off while the notebook is being graded.)",
        "(Grading के समय interactive explorer बंद रहता है।)",
    ),
]

# Not the course's own messages but text it puts inside them: what pandas says about two tables or columns
# that differ (the first line of its assertion), shown in brackets after "some values differ".
PHRASES: list[tuple[str, str]] = [
    ("Series are different", "कुछ मान अलग हैं"),
    ("Series.index are different", "बाईं ओर के लेबल (index) अलग हैं"),
    ("Series values are different ({share} %)", "{share} % मान अलग हैं"),
    ("DataFrame.index are different", "पंक्तियों के लेबल (index) अलग हैं"),
    ("DataFrame.columns are different", "कॉलम अलग हैं"),
    ('DataFrame.iloc[:, {i}] (column name="{column}") are different', 'कॉलम "{column}" के कुछ मान अलग हैं'),
    ("DataFrame shape mismatch", "टेबल का आकार (पंक्तियाँ × कॉलम) अलग है"),
    ("values differ", "मान अलग हैं"),
]
