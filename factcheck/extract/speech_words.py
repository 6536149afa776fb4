"""Word lists for attribution: verbs of saying, pronouns, anonymous sources, outlets.

Kept apart from the matching code so that the lists can grow without touching
the logic, and so that people.py and speakers.py share one vocabulary.
"""
from __future__ import annotations

import re

# Verbs (and fixed phrases) that introduce or close a direct quote.  Every
# inflection is listed: a stemmer would also turn "states" and "notes" (nouns)
# into cues everywhere.
_SAY_VERBS = """
say says said saying tell tells told telling add adds added adding ask asks asked asking
write writes wrote writing tweets tweeted tweeting posts posted insist insists insisted
stated declare declares declared noted noting explain explains explained explaining
argue argues argued arguing warn warns warned warning reply replies replied respond responds
responded continue continues continued conclude concludes concluded recall recalls recalled
acknowledge acknowledged admit admits admitted announce announced claims claimed joked
quipped shouted yelled exclaim exclaimed remarked observe observed
suggest suggested suggests calls called calling describe describes described describing
dubbed labeled labelled branded termed pledged promised
vowed predict predicted urge urged concede conceded complain complained boast boasted
brag bragged muse mused testify testified stress stressed emphasize emphasized agree agreed
countered charged allege alleged contend contended maintain maintained
cautioned lament lamented proclaim proclaimed demanded recount recounted
confirm confirmed deny denied whisper whispered interject interjected offered
emailed texted tweet reiterate reiterated questioned
reported protested surmised barked snapped retorted scoffed sniped wondered chanted mocked blasted
slammed accused accuses criticized criticised praised hailed dismissed assert asserts asserted
insisting declaring explaining arguing recalling predicting promising vowing
""".split()
SAY_VERBS = frozenset(_SAY_VERBS)

# Phrases made of several words; matched before the single verbs.
SAY_PHRASES = ("according to", "pointed out", "points out", "went on", "goes on", "put it",
               "chimed in", "fired back", "shot back", "issued a statement", "released a statement",
               "in a statement", "in an interview", "in an email", "in a tweet", "in a post",
               "in a speech", "in remarks")

PRONOUNS = {"he": "m", "she": "f", "they": None, "i": None, "we": None, "it": None}

# Nouns that make a speaker phrase an anonymous source when no name comes with it.
ANON_HEADS = frozenset("""
official officials source sources person people aide aides adviser advisers advisor advisors
insider insiders diplomat diplomats staffer staffers member members spokesman spokeswoman
spokesperson official's employee employees executive executives operative operatives ally allies
strategist strategists lawmaker lawmakers republican republicans democrat democrats donor donors
observer observers analyst analysts someone one another others several some many witness
""".split())
ANON_MARKERS = re.compile(
    r"\b(?:familiar with|on condition of anonymity|not authori[sz]ed to|declined to be (?:named|identified)"
    r"|asked not to be (?:named|identified)|requested anonymity|speaking anonymously|who (?:was|were) not named"
    r"|(?:did not|didn't) want to be (?:named|identified)|insisted on anonymity|granted anonymity)\b", re.I)

# Words that say the object of "told" is a news outlet, which makes the quote secondhand.
OUTLET_WORDS = re.compile(
    r"\b(?:Times|Post|Journal|News|Press|Herald|Tribune|Guardian|Telegraph|Reuters|Bloomberg|CNN|BBC|NPR"
    r"|Fox|MSNBC|ABC|CBS|NBC|POLITICO|Politico|Axios|Magazine|magazine|newspaper|Radio|TV|Television"
    r"|Atlantic|Yorker|Breitbart|Hill|Examiner|Gazette|Register|Globe|Chronicle|Bee|Economist|Agence"
    r"|AFP|AP|Network|Channel|Daily|Mail|Sun|Star|Observer|Independent|Wire|Insider|Vox|Slate|BuzzFeed"
    r"|Reporter|Bulletin|Monitor|Review|podcast|show)\b")
