"""Tables the quantity grammar reads: scales, currencies, measures, hedges.

Kept apart from the grammar so a reviewer can extend a list without reading
pyparsing.  Every key is lower case; lookups lower-case the text first.
"""
from __future__ import annotations

import re

SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "trn": 1e12, "tn": 1e12,
}
# Single letters are scales only when a currency sign precedes ("$3m", "£2bn");
# "5m" alone is as likely to be metres.
LETTER_SCALES = {"k", "m", "b"}

# Currency signs written before the figure.
PREFIX_CURRENCIES = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "c$": "CAD", "a$": "AUD", "hk$": "HKD",
    "nz$": "NZD", "s$": "SGD", "nt$": "TWD", "r$": "BRL", "£": "GBP", "€": "EUR", "¥": "JPY",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "cad": "CAD",
    "aud": "AUD", "rs": "INR", "rs.": "INR",
}

# Currency words written after the figure ("800 mln dlrs", "12 billion dirhams").
# Words that also name other things (marks, crowns, rand) are only read as money
# after a scale or in wire copy, where they are used that way.
CURRENCY_WORDS = {
    "dlrs": "USD", "dlr": "USD", "dollars": "USD", "dollar": "USD",
    "stg": "GBP", "sterling": "GBP", "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP",
    "euros": "EUR", "euro": "EUR", "yen": "JPY", "marks": "DEM", "deutsche marks": "DEM",
    "deutschemarks": "DEM", "swiss francs": "CHF", "french francs": "FRF",
    "belgian francs": "BEF", "francs": "francs", "yuan": "CNY", "renminbi": "CNY",
    "rupees": "INR", "pesos": "pesos", "guilders": "NLG", "lire": "ITL", "lira": "ITL",
    "dirhams": "dirhams", "riyals": "riyals", "rand": "ZAR", "won": "KRW", "baht": "THB",
    "ringgit": "MYR", "rupiah": "IDR", "kroner": "kroner", "kronor": "SEK", "krona": "SEK",
    "markka": "FIM", "shekels": "ILS", "naira": "NGN", "dinars": "dinars",
    "schillings": "ATS", "escudos": "PTE", "pesetas": "ESP", "drachmas": "GRD",
    "zlotys": "PLN", "zloty": "PLN", "forints": "HUF", "roubles": "RUB", "rubles": "RUB",
    "cruzados": "cruzados", "cruzeiros": "cruzeiros", "australs": "australs",
    "reais": "BRL", "hryvnias": "UAH", "hryvnia": "UAH", "crowns": "crowns", "korunas": "CZK",
    "rials": "rials", "shillings": "shillings", "cedis": "GHS", "kwacha": "kwacha",
    "taka": "BDT", "kyats": "MMK", "leva": "BGN", "lei": "RON", "tenge": "KZT",
    "bolivars": "VEF", "sucres": "ECS", "intis": "PEI", "quetzales": "GTQ", "colones": "colones",
}
# Adjectives that change which dollar is meant ("Canadian dlrs").
DOLLAR_NATIONS = {
    "u.s.": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "hong kong": "HKD", "h.k.": "HKD", "hk": "HKD", "singapore": "SGD", "new zealand": "NZD",
    "n.z.": "NZD", "taiwan": "TWD", "taiwanese": "TWD", "zimbabwe": "ZWD",
}
CENT_WORDS = {"cents", "cent", "cts", "ct"}

# Physical units -> canonical unit name (QuantityKind.MEASURE).
MEASURES = {
    "km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km",
    "kilometer": "km", "miles": "mi", "mile": "mi", "sq ft": "sq ft", "square feet": "sq ft",
    "square foot": "sq ft", "sq km": "sq km", "square kilometres": "sq km",
    "square kilometers": "sq km", "sq miles": "sq mi", "square miles": "sq mi",
    "sq m": "sq m", "square metres": "sq m", "square meters": "sq m", "acres": "acres",
    "acre": "acres", "hectares": "ha", "hectare": "ha", "ha": "ha", "tonnes": "tonnes",
    "tonne": "tonnes", "tons": "tons", "ton": "tons", "metric tons": "tonnes", "kg": "kg",
    "kilograms": "kg", "kilogrammes": "kg", "kilos": "kg", "lb": "lb", "lbs": "lb",
    "grams": "g", "ounces": "oz", "oz": "oz", "troy ounces": "oz", "°f": "°F", "°c": "°C",
    "degrees fahrenheit": "°F", "degrees celsius": "°C", "degrees f": "°F", "degrees c": "°C",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "gallons": "gal",
    "barrels": "barrels", "barrel": "barrels", "bpd": "bpd", "barrels per day": "bpd",
    "barrels a day": "bpd", "bags": "bags", "bales": "bales", "running bales": "bales",
    "bushels": "bushels", "cu ft": "cu ft", "cubic feet": "cu ft", "cubic metres": "cu m",
    "cubic meters": "cu m", "metres": "m", "meters": "m", "feet": "ft", "ft": "ft",
    "foot": "ft", "inches": "in", "cm": "cm", "centimetres": "cm", "centimeters": "cm",
    "mm": "mm", "millimetres": "mm", "millimeters": "mm", "megawatts": "MW", "mw": "MW",
    "kilowatts": "kW", "kw": "kW", "kwh": "kWh", "gigawatts": "GW", "gw": "GW",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "yards": "yd", "pounds of": "lb",
    # singular forms, which compound adjectives take ("a 10-metre (33-foot) wall")
    "metre": "m", "meter": "m", "inch": "in", "yard": "yd", "gallon": "gal", "kilogram": "kg",
    "kilogramme": "kg", "kilo": "kg", "gram": "g", "ounce": "oz", "millimetre": "mm",
    "millimeter": "mm", "centimetre": "cm", "centimeter": "cm", "square mile": "sq mi",
    "square kilometre": "sq km", "square kilometer": "sq km", "square metre": "sq m",
    "square meter": "sq m", "cubic metre": "cu m", "cubic meter": "cu m", "cubic foot": "cu ft",
    "megawatt": "MW", "kilowatt": "kW", "gigawatt": "GW", "metric ton": "tonnes",
    "metric tonnes": "tonnes", "metric tonne": "tonnes", "m": "m",
    "miles per hour": "mph", "mile per hour": "mph", "miles an hour": "mph",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "km per hour": "km/h",
    "kilometres an hour": "km/h", "kilometers an hour": "km/h", "kmh": "km/h",
    "nautical miles": "nmi", "nautical mile": "nmi", "knots": "kn",
}
# Units read only when glued to the figure, as written exactly here: temperatures with the
# scale's letter and no degree sign ("40C (104F)"; upper case only, so "4c" and a grade
# "5c" are not read as heat), and inches as "6in" ("5 in" is a preposition).
GLUED_UNITS = {"C": "°c", "F": "°f", "in": "inches"}

# Lower-case words after which a number is a name, not an amount ("model 600").
NAME_WORDS = {
    "model", "version", "flight", "route", "channel", "room", "gate", "platform", "page", "item",
    "article", "chapter", "section", "no", "nos", "number", "exit", "highway", "interstate", "bus",
    "rule", "phase", "stage", "level", "grade", "size", "type", "category", "series", "unit",
    "building", "floor", "apartment", "suite", "lot", "road", "street", "avenue", "district",
    "ward", "precinct", "pier", "track", "lane", "proposition", "amendment", "title", "form",
    "act", "bill", "resolution", "class", "division", "region", "zone", "sector", "block", "row",
    "seat", "box", "pp", "vol", "volume", "issue", "episode", "season", "week", "day", "game",
}

# Counted nouns that do not end in -s.
IRREGULAR_PLURALS = {
    "people", "children", "men", "women", "staff", "personnel", "cattle", "police", "sheep",
    "fish", "troops", "head", "aircraft", "persons", "deer", "swine", "youth", "stock",
}
# Words that follow a number but do not say what it counts.
NOT_NOUNS = {
    "is", "was", "as", "this", "has", "its", "his", "hers", "theirs", "yours", "ours", "says",
    "plus", "less", "across", "us", "thus", "perhaps", "does", "goes", "always", "whereas",
    "times", "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades",
    "centuries", "nights", "mornings", "afternoons", "evenings", "weekends", "quarters",
    "halves", "thirds", "fifths", "tenths", "sorts", "kinds", "types", "ways", "yes", "ones",
    "tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "odds",
    "lbs", "pts", "cts", "dlrs", "mlns", "its", "afterwards", "towards", "besides", "unless",
    "hers", "yes", "pros", "cons", "news", "series", "means", "species", "whereas", "sometimes",
    "stories", "alias", "bonus", "status", "census", "focus", "basis", "crisis", "analysis",
    "thesis", "virus", "campus", "corpus", "bus", "gas", "class", "glass", "boss", "loss",
    "process", "access", "success", "address", "business", "press", "progress", "congress",
    "express", "mass", "miss", "pass", "kiss", "cross", "this", "has", "was", "less",
}

# Hedges written right before a figure, longest first so "just over" wins over "over".
HEDGES = (
    "a little less than", "a little more than", "slightly less than", "slightly more than",
    "just short of", "in excess of", "upwards of", "more than", "less than", "fewer than",
    "greater than", "at least", "at most", "up to", "as many as", "as much as", "as few as",
    "as little as", "just over", "just under", "just above", "just below", "well over",
    "well above", "well under", "well below", "close to", "nearly", "almost", "about",
    "around", "roughly", "approximately", "approx.", "some", "an estimated", "estimated",
    "over", "under", "above", "below", "around",
)

_SCALE_IN_TEXT = re.compile(
    r"\d\s*(" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")\b", re.I)


def scale_word(figure_text: str) -> str | None:
    """The scale word of a stated figure ("$2.4bn" -> "bn"), lower case, or None."""
    m = _SCALE_IN_TEXT.search(figure_text)
    return m.group(1).lower() if m else None
