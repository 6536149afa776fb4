"""Stated amounts in an article: money, percents, points, measures, counts.

`extract_quantities(doc)` finds candidate positions with one regex, parses a
figure at each with the pyparsing grammar (quantities_grammar), and then
decides what the figure means and whether it is a quantity at all.

Decisions an editor should know about:

* The span is the figure itself ("$2.4 billion", "12 pct", "120 members");
  a hedge before it ("more than", "about") is recorded in `Quantity.hedge`
  and is NOT part of the span, so the same figure has the same span whether
  or not it is hedged.
* Not quantities: years (1000-2100 with no unit, scale, currency or comma),
  numbers in names ("Boeing 747", "F-16", "G7", "No. 2"), times ("0800 GMT",
  "5 p.m."), day numbers next to a month ("April 13"), ordinals, codes and
  phone numbers ("555-1234", "1987/88").
* A bare scaled figure ("21.5 billion") takes the unit of the nearest
  earlier figure with a scale and a unit in the same sentence ("18 billion
  dlrs"), and says so in `Quantity.unit_inherited`.
"""
from __future__ import annotations

import re

import attrs

from factcheck.extract.datewords import ascii_any_case_trie
from factcheck.extract.numbers import TENS, UNITS, parse_numeral, parse_number_words
from factcheck.extract.quantities_compound import join_compound_measures
from factcheck.extract.quantities_grammar import parse_figure_at
from factcheck.extract.quantities_units import (
    CURRENCY_WORDS,
    DOLLAR_NATIONS,
    HEDGES,
    IRREGULAR_PLURALS,
    LETTER_SCALES,
    MEASURES,
    NAME_WORDS,
    NOT_NOUNS,
    PREFIX_CURRENCIES,
    SCALES,
    scale_word,
)
from factcheck.extract.quantities_ranges import hyphen_ranges, join_ranges
from factcheck.model.document import Document
from factcheck.model.facts import Quantity, QuantityKind
from factcheck.model.span import Span

_WORD_STARTS = "|".join(sorted(set(UNITS) | set(TENS), key=len, reverse=True))
# Cheap first pass: where a figure could start.  The grammar decides the rest.
# The look-ahead lists the characters a match can start with (a digit, a sign, a currency
# code's capital): the engine skips other positions before trying the costlier look-behind.
_DIGIT_CANDIDATE = re.compile(
    r"(?=[-−$£€¥.\dUCAHNSREGJ])(?<![\w.,$£€¥/-])"
    r"(?:[-−]?(?:[$£€¥]|\.?\d)|(?:U\.S\.|US|C|A|HK|NZ|S|NT|R)\$"
    r"|(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|Rs)\b)")
_WORD = re.compile(r"(?<![\w-])[A-Za-z]+")
_WORD_STARTS = frozenset(UNITS) | frozenset(TENS) | {"minus", "half", "a"}
_A_FIGURE = re.compile(r"\s+(?:dozen|third|quarter|fifth|hundred|thousand|million|billion)\b")


# What _DIGIT_CANDIDATE cannot match without: a digit, a currency sign or a currency code.
# Testing for them is a fast scan in C; _DIGIT_CANDIDATE's look-behind makes the regex engine
# stop at every character, and three sentences in four have no figure in digits.
_DIGIT_OR_CURRENCY_SIGN = re.compile(r"[\d$£€¥]")


def _may_have_digit_candidates(sentence: str) -> bool:
    return (_DIGIT_OR_CURRENCY_SIGN.search(sentence) is not None
            or "USD" in sentence or "EUR" in sentence or "GBP" in sentence or "JPY" in sentence
            or "CHF" in sentence or "CAD" in sentence or "AUD" in sentence or "Rs" in sentence)


# The words _WORD finds that _WORD_STARTS keeps, by one regex search instead of a Python step
# per word.  A _WORD match is the whole run of ASCII letters at a place with no word character
# or "-" before it; it is kept when it is a start word in any ASCII case (what str.lower()
# does to it), "a" only when _A_FIGURE follows.  _START_WORD_AFTER_ONE begins with the
# character before the word (a plain character class, which the regex engine skips through in
# C; a look-behind would stop it at every letter); at the sentence's start the word is matched
# by _START_WORD_HERE.
_START_WORD_ENDINGS = {word: "(?![A-Za-z])" for word in _WORD_STARTS}
_START_WORD_ENDINGS["a"] = f"(?={_A_FIGURE.pattern})"
_START_WORD = ascii_any_case_trie(_START_WORD_ENDINGS)
_START_WORD_AFTER_ONE = re.compile(rf"[^\w-]({_START_WORD})")
_START_WORD_HERE = re.compile(_START_WORD)


def _word_candidates(sentence: str) -> list[int]:
    """Where a figure in words could start: the same places as

        [m.start() for m in _WORD.finditer(sentence) if m.group().lower() in _WORD_STARTS
         and (m.group().lower() != "a" or _A_FIGURE.match(sentence, m.end()))]
    """
    starts = [m.start(1) for m in _START_WORD_AFTER_ONE.finditer(sentence)]
    if _START_WORD_HERE.match(sentence):
        starts.insert(0, 0)
    return starts


def _candidates(sentence: str):
    starts = _word_candidates(sentence)
    if _may_have_digit_candidates(sentence):
        starts.extend(m.start() for m in _DIGIT_CANDIDATE.finditer(sentence))
        starts.sort()
    return starts


_HEDGE_BEFORE = re.compile(
    r"(?:^|[^\w.])(" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in HEDGES) + r")\s+$",
    re.I,
)
# The last word of every hedge, as one look-behind each (same flags, so the same letters
# match): matched where the words of a text end, it tells whether a hedge can end there.
_HEDGE_LAST_WORD = re.compile(
    "|".join(f"(?<={re.escape(word)})" for word in sorted({h.split()[-1] for h in HEDGES})), re.I)


def _hedge_before(text: str, start: int, end: int) -> re.Match | None:
    """_HEDGE_BEFORE.search(text, start, end), without the search where it cannot match: a
    hedge followed by white space to the end needs trailing white space, and a hedge's last
    word right before it.  (Its search tries a long alternation after every space.)  The
    look-behinds may read before `start`: that can only let more texts through to the search."""
    words_end = start + len(text[start:end].rstrip())
    if words_end == end or not _HEDGE_LAST_WORD.match(text, words_end):
        return None
    return _HEDGE_BEFORE.search(text, start, end)


_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
           r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.I)
_MONTH_AFTER = re.compile(rf"^\s*(?:{_MONTHS})\b", re.I)
_NAME_MARK_BEFORE = re.compile(r"(?:\bNos?\.?|#)\s*$")
# The word before the figure.  The look-behind only lets the search try a word where it
# starts: the leftmost match of r"([A-Za-z]+)\.?\s+$" starts there anyway (a match inside a
# word means one from its start), and the engine no longer runs to the end of every word
# from every letter in it.
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.?\s+$")
_TIME_AFTER = re.compile(
    r"^(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|est\b|edt\b|cst\b|cdt\b|pst\b|pdt\b|bst\b|cet\b|"
    r"utc\b|hrs\b|local\s+time)|:\d)", re.I)
_BEFORE_HALF = re.compile(
    r"\b(?:than|nearly|almost|about|around|roughly|just|over|under|some|is|was|are|were|exactly|only)"
    r"\s+$", re.I)
_GLUED_AFTER = re.compile(r"^(?:[-/]?\d|[-–]?[A-Za-z]|\.\d)")
# "Boeing 747", "Windows 10", "iPhone 4": a word with a capital right before a bare number.
_CAPITALISED_WORD_BEFORE = re.compile(r"\b([a-z]?[A-Z][\w&'.-]*)\s+$")


def extract_quantities(doc: Document) -> tuple[Quantity, ...]:
    """Every stated amount in the article's paragraphs, sorted by span start."""
    found: list[Quantity] = []
    for paragraph in doc.paragraphs:
        for sentence in paragraph.sentences:
            found.extend(quantities_in(doc.text, sentence.span))
    return tuple(sorted(found, key=lambda q: q.span.start))


def quantities_in(text: str, window: Span) -> list[Quantity]:
    """The quantities of one sentence (`window` is its span in `text`)."""
    sentence = text[window.start:window.end]
    starts = _candidates(sentence)
    if not starts and "-" not in sentence and "–" not in sentence:
        # No figure can start and no hyphen range either (it needs one of the two): the
        # steps below would give [] (most sentences).
        return []
    figures: list[Quantity] = []
    skip_to = 0
    for start in starts:
        if start < skip_to:
            continue
        parsed = parse_figure_at(sentence, start)
        if parsed is None:
            continue
        quantity, end = _interpret(sentence, start, parsed)
        skip_to = max(skip_to, end)
        if quantity is not None:
            figures.append(quantity)
    figures = join_compound_measures(sentence, join_ranges(sentence, figures))
    figures = sorted(figures + hyphen_ranges(sentence, lambda at: _figure_at(sentence, at)),
                     key=lambda q: q.span.start)
    figures = _inherit_units(figures)
    return [attrs.evolve(q, span=q.span.shift(window.start)) for q in figures]


def _figure_at(sentence: str, start: int) -> Quantity | None:
    """The top end of a hyphen range ("3-5 pct"): glued to the bottom end, so no name check."""
    parsed = parse_figure_at(sentence, start)
    return None if parsed is None else _interpret(sentence, start, parsed, range_top=True)[0]


def _interpret(sentence: str, start: int, parsed, range_top: bool = False
               ) -> tuple[Quantity | None, int]:
    """Meaning of one parsed figure, or None (with the end to skip to) when it is not a quantity."""
    begin, fields, end = parsed
    noun = fields.pop("noun", None)
    if noun is not None and _is_counted_noun(noun, sentence[end:end + _LOOK_BACK]):
        fields["noun"] = noun
    elif noun is not None:
        end = begin + len(sentence[begin:end].rstrip()[: -len(noun)].rstrip())
        noun = None
    scale_word = fields.get("scale")
    prefix = fields.get("prefix")
    before = sentence[max(0, begin - _LOOK_BACK):begin]
    after = sentence[end:end + _LOOK_BACK]
    if scale_word and scale_word.lower() in LETTER_SCALES and not prefix:
        if scale_word != "m" or not _metres_beside_imperial(after, before) or fields.get("measure"):
            return None, end
        # "a 100m (328ft) tower": beside feet in brackets, a glued "m" is metres, not million
        del fields["scale"]
        fields["measure"] = "m"
        scale_word = None
    number_end = _number_end(sentence, begin, end, fields)
    if _not_a_quantity(sentence, begin, number_end, end, fields, noun, range_top):
        return None, end
    numeral = (parse_numeral(fields["digits"]) if "digits" in fields
               else parse_number_words(fields["words"]))
    if numeral is None:
        return None, end
    scale = SCALES[scale_word.lower()] if scale_word else 1.0
    value = numeral.value * scale
    precision = numeral.precision * scale
    if "words" in fields and (scale_word or fields.get("percent") or fields.get("points")):
        # "two million", "ten percent": a written-out round figure is rounded like digits.
        precision = 0.5 * scale
    kind, unit = _kind_and_unit(fields, after, before)
    if fields.get("cents"):
        value, precision = value / 100.0, precision / 100.0
    hedge = _hedge_before(sentence, max(0, begin - _LOOK_BACK), begin)
    quantity = Quantity(
        span=Span(begin, end), text=sentence[begin:end], value=value, kind=kind, unit=unit,
        precision=precision, hedge=" ".join(hedge.group(1).lower().split()) if hedge else None,
        noun=noun.lower() if noun else (fields.get("measure") or "").lower() or None,
        negative=bool(fields.get("minus")), words="words" in fields,
    )
    # `value` stays the magnitude; `negative` carries the sign (the engine's
    # interval model applies it), so "-1.5 pct" and "minus 1.5 pct" read alike.
    return quantity, end


def _number_end(sentence: str, begin: int, end: int, fields) -> int:
    """Where the digits or number words stop (before any scale or unit)."""
    number = fields.get("digits") or fields.get("words")
    at = sentence.find(number, begin, end)
    return at + len(number) if at >= 0 else end


# How far back the words that qualify a figure are looked for. A bounded window keeps
# a sentence with thousands of figures linear (each look-back used to scan from the
# sentence start).
_LOOK_BACK = 80


def _not_a_quantity(sentence: str, begin: int, number_end: int, end: int, fields, noun,
                    range_top: bool) -> bool:
    window = max(0, begin - _LOOK_BACK)
    before = sentence[window:begin]
    after_number = sentence[number_end:number_end + _LOOK_BACK]
    has_marker = any(fields.get(k) for k in ("prefix", "scale", "percent", "points", "cents",
                                              "currency", "measure"))
    if "words" in fields:
        # "three-month", "four-fifths higher": a compound word, not a figure.
        if re.match(r"^-[A-Za-z]", after_number):
            return True
        # "half" is a figure in "half of them" and "a little less than half", not in
        # "the second half" or "half time".
        if fields["words"].lower() == "half":
            return noun is not None or not (re.match(r"^\s+of\b", after_number)
                                            or _BEFORE_HALF.search(before))
        # "one" alone is a pronoun far more often than a figure.
        return fields["words"].lower() == "one" and not has_marker and noun is None
    digits = fields["digits"]
    glued_unit = number_end < end and any(fields.get(k) for k in ("measure", "percent", "points"))
    if _GLUED_AFTER.match(after_number) and not glued_unit:
        # 747s, 32-bit, 1st, 1987/88, 555-1234, 10.5.2: names, ordinals and codes.
        if not (fields.get("percent") or fields.get("scale")) or after_number[:1] in "-/":
            return True
    if begin > 0 and not range_top and (sentence[begin - 1].isalnum() or sentence[begin - 1] in "-/#"):
        return True
    if re.match(r"^\d{4}$", digits) and 1000 <= int(digits) <= 2100 and not has_marker:
        return True
    if _TIME_AFTER.match(after_number):
        return True
    if not has_marker and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after_number)):
        return True
    if ("#" in before or "No" in before) and _NAME_MARK_BEFORE.search(before):    # it needs one of them
        return True
    word = _WORD_BEFORE.search(before)
    if word and word.group(1).lower() in NAME_WORDS and not has_marker:
        return True
    if not has_marker:
        cap = _CAPITALISED_WORD_BEFORE.search(before)
        if cap and (before[:cap.start()].strip() or sentence[:window].strip()) \
                and not _hedge_before(before, 0, len(before)):
            return True
    return False


def _is_counted_noun(noun: str, after: str) -> bool:
    low = noun.lower()
    if low in IRREGULAR_PLURALS:
        return True
    if low in NOT_NOUNS or len(low) < 4 or "-" in low:
        return False
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s"))


def _kind_and_unit(fields, after: str, before: str = "") -> tuple[QuantityKind, str | None]:
    if fields.get("points"):
        word = fields["points"].lower()
        if word.startswith(("basis", "bp")):
            return QuantityKind.POINTS, "bp"
        if word.startswith(("point", "pt")):
            return QuantityKind.POINTS, "points"
        return QuantityKind.POINTS, "pp"
    if fields.get("percent"):
        return QuantityKind.PERCENT, "%"
    if fields.get("prefix"):
        return QuantityKind.MONEY, PREFIX_CURRENCIES.get(fields["prefix"].lower(), "USD")
    if fields.get("cents"):
        return QuantityKind.MONEY, "USD"
    if fields.get("currency"):
        if _weight_pounds(fields["currency"], after, before):
            return QuantityKind.MEASURE, "lb"
        return QuantityKind.MONEY, _currency_unit(fields["currency"])
    if fields.get("measure"):
        return QuantityKind.MEASURE, MEASURES[" ".join(fields["measure"].lower().split())]
    if fields.get("noun"):
        return QuantityKind.COUNT, None
    return QuantityKind.NUMBER, None


def _bracket_partner(unit: str):
    """A test for a measure in `unit` on the other side of a bracketed conversion: after the
    figure ("12 pounds (5.4 kg)") or before it ("5.4 kilograms (12 pounds)")."""
    after = re.compile(rf"^\s*\(\s*(?:[a-z]+\s+){{0,2}}\d[\d,.]*[\s-]*{unit}\b", re.I)
    before = re.compile(rf"\d[\s-]*{unit}\s*\(\s*(?:[a-z]+\s+){{0,2}}$", re.I)
    return lambda text_after, text_before: bool(after.match(text_after) or before.search(text_before))


# "a 100m (328ft) tower": beside feet, yards or miles, a glued "m" is metres.
_metres_beside_imperial = _bracket_partner(r"(?:ft|feet|foot|yards?|yd|miles?|inch(?:es)?)")
# "12 pounds (5.4 kg)", "5.4 kilograms (12 pounds)": beside a metric weight, pounds weigh.
_beside_metric_weight = _bracket_partner(r"(?:kg|kilo(?:gram(?:me)?)?s?|grams?|tonnes?|metric\s+tons?|ounces?|oz)")


def _weight_pounds(word: str, after: str, before: str = "") -> bool:
    """Whether "pounds" weighs here: "1.5 mln pounds of beef", or beside a metric weight in
    brackets. "1.5 mln pounds" alone is money."""
    if not word.lower().startswith("pound"):
        return False
    return re.match(r"^\s+of\b", after) is not None or _beside_metric_weight(after, before)


def _currency_unit(word: str) -> str:
    low = " ".join(word.lower().split())
    if low in CURRENCY_WORDS:
        return CURRENCY_WORDS[low]
    nation, _, dollar = low.rpartition(" ")
    return DOLLAR_NATIONS.get(nation, "USD") if dollar.startswith(("dlr", "dollar")) else low


def _inherit_units(figures: list[Quantity]) -> list[Quantity]:
    """'to 18 billion dlrs from 21.5 billion': the bare scaled figure takes 'dlrs'."""
    out: list[Quantity] = []
    # The donor is the latest earlier figure that can give its unit: kept as the list
    # grows rather than searched for backwards each time, which was quadratic in a
    # sentence of many bare figures and no donor at all.
    donor: Quantity | None = None
    for q in figures:
        scaled = _scaled(q)
        if donor is not None and q.kind is QuantityKind.NUMBER and scaled and not q.words:
            q = attrs.evolve(q, kind=donor.kind, unit=donor.unit, noun=donor.noun, unit_inherited=True)
        elif scaled and q.kind in _DONOR_KINDS and not q.unit_inherited:
            donor = q
        out.append(q)
    return out


_DONOR_KINDS = (QuantityKind.MONEY, QuantityKind.MEASURE, QuantityKind.COUNT)



def _scaled(q: Quantity) -> bool:
    return scale_word(q.text) is not None
