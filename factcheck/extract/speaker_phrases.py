"""Words and noun phrases around a cue: the tokens of an attribution, the cue
itself, and the speaker phrase before it ('Kirby, the Pentagon spokesman,
said') or after it ('said John Kirby, the …')."""
from __future__ import annotations

import re

from factcheck.extract.name_words import OPENERS, TITLE_HEADS
from factcheck.extract.speech_words import ANON_HEADS, PRONOUNS, SAY_PHRASES, SAY_VERBS
from factcheck.model.span import Span

_TOKEN = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Rev|Prof|Jr|Sr|St|Cmdr|Atty)\.|"
                    r"(?:[A-Z]\.)+|[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|--|[,;:()—–\"“”!?]|\.(?=\s|$)")
PERSON_NOUNS = TITLE_HEADS | ANON_HEADS
_DETERMINERS = frozenset("a an the one two three four several some many most other another his her "
                         "their its this that these those both all few".split())
# Words a subject phrase may not end with: adverbs and auxiliaries between it and the cue.
_BETWEEN = frozenset("also later then again further previously once recently repeatedly has had have "
                     "would will did was is been just earlier often frequently simply flatly publicly "
                     "privately bluntly had has have may might could should can would once still even "
                     "since never always initially first finally subsequently only reportedly "
                     "allegedly".split())
_CONNECTORS = frozenset("and but so then yet while when as because though although meanwhile that "
                        "where which who after before if".split())
NP_STOP = frozenset("who which in on at during after before when as to about while because that "
                     "of last this".split())
_ADVERBIAL_OPENERS = frozenset("after before in on at during when while despite asked speaking "
                                "once again later earlier though although".split())
# Words that open a clause with a subject of its own ("although he wrote", "what Pell called").
_SUBORDINATORS = frozenset("although though while when as because since after before if until whereas what".split())
PARTICIPLES = frozenset(w for w in SAY_VERBS if w.endswith("ing"))
BOUNDARY_CHARS = (",", ";", ":", "(", ")", "—", "–", "--", '"', "“", "”", "!", "?", ".")


def tokens(text: str, span: Span) -> list[tuple[str, Span]]:
    return [(m.group(), Span(m.start(), m.end())) for m in _TOKEN.finditer(text, span.start, span.end)]


_PHRASES_BY_FIRST: dict[str, list[list[str]]] = {}
for _phrase in SAY_PHRASES:
    _PHRASES_BY_FIRST.setdefault(_phrase.split()[0], []).append(_phrase.split())


def cue_at(toks: list[tuple[str, Span]], i: int) -> tuple[str, Span, int] | None:
    """The cue starting at token i: (cue text, span, index after it)."""
    word = toks[i][0].lower()
    if word == "in" and i > 0 and toks[i - 1][0].lower() in SAY_VERBS:
        return None                  # "said in a statement": the cue is "said"
    for parts in _PHRASES_BY_FIRST.get(word, ()):
        if i + len(parts) <= len(toks) and [t.lower() for t, _ in toks[i:i + len(parts)]] == parts:
            return " ".join(parts), Span(toks[i][1].start, toks[i + len(parts) - 1][1].end), i + len(parts)
    if word in SAY_VERBS:
        return word, toks[i][1], i + 1
    return None


def valid_speaker(words: list[str]) -> bool:
    if not words or len(words) > 10:
        return False
    first = words[0]
    low = re.sub(r"['’].*", "", first.lower())
    if low in PRONOUNS or low in _DETERMINERS:
        return True
    if first[:1].isupper():
        return True
    if any(w[:1].isupper() for w in words[1:]) or any(w.lower() in PERSON_NOUNS or w.lower()[:-1] in PERSON_NOUNS
                                                      for w in words):
        return True             # "former Sen. Evan Bayh", "71-year-old diplomat"
    # bare plurals: "sources", "officials", "aides familiar with the talks"
    return low.endswith("s") and len(words) <= 6


def np_after(toks: list[tuple[str, Span]], i: int) -> tuple[Span, list[str]] | None:
    """The speaker phrase after a cue: 'said John Kirby, the …' -> John Kirby."""
    words: list[tuple[str, Span]] = []
    while i < len(toks) and len(words) < 10:
        word, span = toks[i]
        if word in BOUNDARY_CHARS or word.lower() in NP_STOP and words:
            break
        words.append((word, span))
        i += 1
    if not words or not valid_speaker([w for w, _ in words]):
        return None
    return Span(words[0][1].start, words[-1][1].end), [w for w, _ in words]


def np_before(toks: list[tuple[str, Span]], cue_index: int, participle: bool) -> Span | None:
    """The subject before a cue: 'Kirby, the Pentagon spokesman, said' -> Kirby."""
    parts: list[list[tuple[str, Span]]] = [[]]
    depth = 0
    for word, span in toks[:cue_index]:
        if word in ("(", ")"):
            depth = max(0, depth + (1 if word == "(" else -1))
            continue                 # "Sen. Ana Ruiz (D-Vt.) said": the bracket is an aside
        if depth:
            continue
        if word in BOUNDARY_CHARS:
            parts.append([])
        else:
            parts[-1].append((word, span))
    parts = [p for p in parts if p]
    if not parts:
        return None
    if participle:
        # "Pell praised the figures, saying …": the subject opens the clause.
        chosen = next((p for p in parts if p[0][0].lower() not in _ADVERBIAL_OPENERS), None)
        if chosen is None:
            return None              # only adverbials here ('on her blog, writing'): no subject
        while len(chosen) > 1 and chosen[0][0].lower() in _CONNECTORS:
            chosen = chosen[1:]
        chosen = _lead_np(chosen)
    else:
        k = len(parts) - 1
        passive = cue_index + 1 < len(toks) and toks[cue_index + 1][0].lower() == "to"    # "and said to be"
        if cue_index > 0 and toks[cue_index - 1][0].lower() == "and" and len(parts[k]) > 1 and not passive:
            # "Ruiz stood up and said", "he looked up, frowned and said": a second verb of the
            # clause's subject, which opens the clause ("Pell was joined by Ruiz and joked")
            # or, when the clause opens with its verb, an earlier part.
            lead = _lead_np(parts[k])
            if lead and valid_speaker([w for w, _ in lead]) and lead[0][0].lower() not in _CONNECTORS:
                return Span(lead[0][1].start, lead[-1][1].end)
            return np_before(toks, cue_index, participle=True)
        chosen = _strip_between(parts[k])
        if chosen and toks[cue_index - 1][0] not in BOUNDARY_CHARS and _subject_word(chosen[-1][0]):
            # "…, although he wrote", "…, pointing at a protester as she said": a clause that runs
            # into the cue has its own subject, after its conjunction; only an aside set off
            # by commas ("Pell, after a long pause, said") leaves the subject earlier.
            opener = max((j for j, (w, _) in enumerate(chosen[:-1]) if w.lower() in _SUBORDINATORS), default=None)
            if opener is not None:
                chosen = chosen[opener + 1:]
                k = 0                   # found here: no earlier part to fall back on
        while k > 0 and (not chosen or chosen[0][0].lower() in _ADVERBIAL_OPENERS
                         or chosen[0][0].endswith("ing") and chosen[0][0].islower()):
            # "Pell, after a long pause, said" / "Smith, delivering the speech, asked"
            k -= 1              # "Pell, after a long pause, said" / "he, once again, pledged"
            chosen = _strip_between(parts[k])
        if not chosen:
            return None
        first = chosen[0][0]
        if first.lower() in ("who", "whom") and len(chosen) > 1 and valid_speaker([chosen[1][0]]) \
                and (chosen[1][0][:1].isupper() or chosen[1][0].lower() in PRONOUNS):
            chosen = chosen[1:]            # "Pell, who he dubbed …": the relative clause has its own subject
        elif k > 0 and first.lower() in ("who", "whose"):
            chosen = parts[k - 1]          # "A city adviser, who spoke on condition …, said"
        elif k > 0 and first.lower() in ("a", "an", "the") and _is_name(parts[k - 1]):
            chosen = parts[k - 1]          # an appositive sits between the name and the cue
        while chosen and chosen[0][0].lower() in _CONNECTORS:
            chosen = chosen[1:]
        if not chosen:
            # "The president noted …, and added:": a second verb of the same subject
            return np_before(toks, cue_index, participle=True)
        if len(chosen) > 1 and chosen[-1][0].lower() in ("that", "who", "which"):
            chosen = _trailing_np(chosen[:-1])   # "… replaced by a message that said"
        for k in range(len(chosen) - 1, 0, -1):
            if chosen[k][0].lower() in ("and", "but", "while", "as", "because", "so", "when", "after", "before",
                                        "if", "since", "until", "though", "although", "where"):
                chosen = chosen[k + 1:]     # "… ends in May and club director Pell said"
                break
        for k in range(1, len(chosen)):
            if chosen[k][0].lower() in NP_STOP:
                chosen = chosen[:k]
                break
        if len(chosen) > 8:
            return None
    words = [w for w, _ in chosen]
    if not valid_speaker(words):
        return None
    return Span(chosen[0][1].start, chosen[-1][1].end)


_OBJECT_PRONOUNS = frozenset("her him them it this that his their its me us".split())


def object_follows(toks: list[tuple[str, Span]], i: int) -> bool:
    return i < len(toks) and toks[i][0].lower() in _OBJECT_PRONOUNS


def _is_name(part: list[tuple[str, Span]]) -> bool:
    """'Kirby' / 'John Kirby' / 'Sen. Ana Ruiz', but not 'Today' or 'In Washington'."""
    return all(w[:1].isupper() for w, _ in part) and part[0][0].lower() not in OPENERS and len(part) <= 5


def _lead_np(words: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """The noun phrase opening a clause: 'The president noted …' -> 'The president'."""
    lead: list[tuple[str, Span]] = []
    after_det = 0
    if words and words[0][0].lower() in SAY_VERBS:
        return lead                  # "and said Republican leaders …": a verb, not a subject
    for k, (word, span) in enumerate(words):
        low = word.lower()
        if lead and not (word[:1].isupper() or low in _DETERMINERS):
            # a few lower-case words may follow a determiner: "the senator", "a top aide"; a word
            # in -ed only right after it and before its noun ("the retired surgeon"): later,
            # it is the verb ("the minister resigned")
            adjective = len(lead) == 1 and k + 1 < len(words) and _noun_like(words[k + 1][0])
            if not (lead[0][0].lower() in _DETERMINERS and after_det < 3 and low not in SAY_VERBS
                    and (not low.endswith("ed") or adjective) and low not in NP_STOP and low not in _BETWEEN):
                break
            after_det += 1
        lead.append((word, span))
    return lead


def _noun_like(word: str) -> bool:
    low = word.lower()
    return (word.islower() and not low.endswith(("ed", "ly")) and low not in SAY_VERBS
            and low not in NP_STOP and low not in _BETWEEN)


_NP_STOP_OR_LINK = NP_STOP | {"by", "with", "from", "for", "and", "or", "was", "is"}


def _trailing_np(words: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """The noun phrase that ends a run of words: 'was replaced by a message' -> 'a message'."""
    k = len(words)
    while k > 0 and len(words) - k < 5 and words[k - 1][0].lower() not in _NP_STOP_OR_LINK:
        k -= 1
    return words[k:]


def participle_subject(toks: list[tuple[str, Span]], i: int) -> Span | None:
    """'Pell said, adding, "…"': a participle takes the subject of the cue before it."""
    for j in range(i - 1, -1, -1):
        if toks[j][0] in "\"“”.!?;":
            break
        if cue_at(toks, j) is not None and toks[j][0].lower() not in PARTICIPLES:
            found = np_before(toks, j, participle=False)
            if found is not None:
                return found
    if i == 0 or toks[i - 1][0] in BOUNDARY_CHARS and all(w in BOUNDARY_CHARS for w, _ in toks[:i]):
        return None                  # '"…," noting that …': the subject is outside this context
    return np_before(toks, i, participle=True)


def _strip_between(part: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    while part and (part[-1][0].lower() in _BETWEEN or part[-1][0].endswith("ly") and part[-1][0].islower()):
        part = part[:-1]
    return part


def _subject_word(word: str) -> bool:
    """A word that can end a clause's subject: a pronoun or a capitalised name."""
    return word.lower() in PRONOUNS or word[:1].isupper()
