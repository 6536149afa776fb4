"""Word lists for finding people's names and titles in news copy.

Without a named-entity model the extractor leans on these lists: titles and
roles that introduce a name, and capitalised words that mean a run of
capitalised words is a place, an organisation or a sentence opener rather
than a person.
"""
from __future__ import annotations

# Title heads: a person's name may follow them ("Sen. Bernie Sanders",
# "Pentagon spokesperson John Kirby").  Lower-cased, abbreviations with their stop.
TITLE_HEADS = frozenset("""
president vice-president sen. senator rep. representative gov. governor secretary minister
chancellor mayor judge justice speaker leader chairman chairwoman chair ceo director ambassador
general gen. admiral adm. col. colonel lt. lieutenant commissioner attorney treasurer spokesman
spokeswoman spokesperson adviser advisor strategist manager aide candidate nominee hopeful king queen
prince princess pope dr. rev. reverend professor prof. chief commander officer analyst economist
executive founder host columnist anchor reporter lawyer pollster consultant chairperson deputy
front-runner frontrunner businessman businesswoman billionaire mogul activist author editor
correspondent sheriff prosecutor councilman councilwoman congressman congresswoman assemblyman
lawmaker delegate envoy emir sheikh ayatollah cardinal bishop rabbi imam coach director-general
premier councillor councilor alderman alderwoman councilmember senator-elect president-elect
governor-elect sgt. capt. captain maj. major cmdr.
""".split())
# Honorifics are titles too, but say nothing about a role.
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "dr.", "sir", "dame", "lord", "lady"})
# Lower-case words that may stand inside a title before its head.
TITLE_MODIFIERS = frozenset("""
former then then- ex acting deputy interim press campaign senior top chief state national security
foreign defense defence presidential vice foreign home interior finance trade health education
justice energy labor labour transportation agriculture commerce treasury assistant associate
executive managing general principal special republican democratic political communications
policy economic legal outgoing incoming longtime veteran retired of the for and
""".split())
SUFFIXES = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
PARTICLES = frozenset({"de", "da", "van", "von", "bin", "al", "del", "la", "le", "di", "du", "der", "ter", "el"})

# Capitalised words that make a run not a person's name.
NOT_NAME = frozenset("""
house senate party department university college school street county city state states times
post news company inc corp group association committee council court congress club foundation
institute center centre agency bank fund union office ministry campaign network church hall airport
station park river island mountain bay coast republic kingdom administration army navy force corps
police service bureau commission board authority trust media journal magazine press tribune act
amendment republicans democrats republican democratic democrat american americans gop america
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday washington york angeles francisco chicago iowa hampshire
carolina virginia texas florida ohio california nevada georgia michigan wisconsin pennsylvania
colorado arizona alabama kentucky tennessee louisiana mississippi minnesota missouri oklahoma
oregon kansas nebraska utah idaho montana wyoming dakota vermont maine massachusetts connecticut
jersey delaware maryland indiana illinois arkansas alaska hawaii china russia iran iraq syria israel
mexico canada europe europe's britain england france germany japan korea india africa asia ukraine
afghanistan pakistan cuba obamacare twitter facebook google instagram youtube internet christmas
easter thanksgiving christian christians muslim muslims islam islamic jewish catholic federal
national international united union street avenue road square capitol white oval pentagon kremlin
supreme super tuesday caucus caucuses primary debate convention summit conference forum olympics
""".split())
# Words that open sentences and are capitalised only for that reason.
OPENERS = frozenset("""
the a an in on at but and or if when while after before this that these those it he she they we i
his her their our my your its as for with from by to of asked said yes no not so then now still
even also meanwhile however last next some many most all both each every what who why how where
there here according despite during since until though although because unless whether among
between under over about against instead perhaps maybe just only one two three first second
another other such like more less few several earlier later today yesterday tomorrow tonight
""".split())
