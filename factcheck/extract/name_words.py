"""Word lists for finding people's names and titles in news copy.

Without a named-entity model the extractor leans on these lists: titles and
roles that introduce a name, and capitalised words that mean a run of
capitalised words is a place, an organisation or a sentence opener rather
than a person.
"""
from __future__ import annotations

# Title heads: a person's name may follow them ("Sen. Ana Ruiz",
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
co ltd plc llc llp ag sa nv bhd gmbh pty holdings securities resources mines mining steel games daily
industries international systems technologies partners capital airlines motors energy oil petroleum
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

# Common given names: an untitled run of capitalised words that starts with one
# is a person ("Ryan Ellery"), where "Silver Pits" or "Palm Grove" is not.  Names
# missing here still count when the surname recurs alone or the name is a
# speaker (see people.py).
FIRST_NAMES = frozenset("""
aaron abdul adam adrian ahmed al alan albert alberto alex alexander alexandra alfred ali alice alicia
allen alvin amanda amy ana andrea andrew andy angel angela angelo ann anna anne anthony antonio april
arnold arthur ashley barack barbara barry ben benjamin bernard bernie beth betty beverly bill billy
bob bobby bonnie brad bradley brandon brenda brett brian bruce bryan carl carla carlos carmen carol
caroline carolyn catherine cathy charles charlie cheryl chris christian christina christine christopher
chuck cindy claire clara claude colin connie craig cynthia dale dan dana daniel danny darrell dave
david dawn dean deborah debbie debra dennis derek diana diane dick dmitry dolores don donald donna
doris dorothy doug douglas duncan dylan earl ed eddie edgar edith edward edwin eileen elaine eleanor
elena eli elizabeth ellen emily emma eric erica erik ernest ethan eugene eva evan evelyn frances
francis francisco frank fred frederick gabriel gail gary gene george georgia gerald gerard gilbert
gina glen glenn gloria gordon grace greg gregory hannah harold harry heather heidi helen henry herbert
hillary howard hugh ian irene isaac ivan jack jackie jacob jacqueline james jamie jan jane janet
janice jason jay jean jeanne jeb jeff jeffrey jennifer jenny jeremy jerry jesse jessica jill jim
jimmy joan joanne joe joel john johnny jon jonathan jordan jorge jose joseph josh joshua joy joyce
juan judith judy julia julian julie justin karen karl kate katherine kathleen kathryn kathy katie
keith kelly ken kenneth kevin kim kimberly kirk kurt kyle larry laura lauren lawrence lee leo leon
leonard leslie lewis linda lindsey lisa lois lori louis louise lucy luis luke lynn malcolm marc
marco marcus margaret maria marie marilyn mario marion mark marsha martha martin marvin mary matt
matthew maureen max megan melissa michael michelle miguel mike mikhail mitch mitt mohammed monica
muhammad nancy natalie nathan neil nicholas nick nicole nikki noah norman oliver olivia omar oscar
pamela pat patricia patrick paul paula pedro peggy peter phil philip phillip rachel ralph ramon randy
ray raymond rebecca regina renee rex ricardo richard rick ricky rita rob robert roberto robin rodney
roger roland ron ronald rosa rose ross roy ruby russell ruth ryan sally sam samantha samuel sandra
sara sarah scott sean sergei shannon sharon shawn sheila shirley simon stacy stanley stephanie stephen
steve steven stuart sue susan suzanne tammy ted teresa terry theresa thomas tim timothy tina todd
tom tommy tony tracy travis troy valerie vanessa victor victoria vincent virginia vladimir walter
wanda warren wayne wendy william willie yvonne zachary
""".split())
