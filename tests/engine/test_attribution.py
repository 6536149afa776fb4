"""Attribution rules AT01-AT06 over real extraction: verdicts, anchors and messages."""
import pytest

from factcheck.engine.registry import Registry
from factcheck.engine.run import check_document
from factcheck.extract.name_forms import office_of, spelling_variant
from factcheck.model.verdict import Verdict
from factcheck.text.read import document_from_text


@pytest.fixture(scope="module")
def registry():
    return Registry.load()


def claims(registry, text, code):
    doc = document_from_text(text, fmt="txt")
    selected = registry.select(enable=[code])
    return [c for c in check_document(doc, selected.ruleset, functions=selected.functions) if c.rule == code]


def test_quote_without_speaker_is_anchored_on_the_quote(registry):
    text = ('The council met on Monday.\n\n'
            '"We cannot keep paying for roads that nobody uses."\n\nThe vote is in May.')
    found = claims(registry, text, "AT01")
    assert len(found) == 1
    claim = found[0]
    assert claim.verdict is Verdict.INCONSISTENT
    assert claim.text == '"We cannot keep paying for roads that nobody uses."'
    assert claim.span.start == text.index('"We cannot')
    assert claim.severity.value == "warning"


def test_quote_after_an_introducing_paragraph_is_not_flagged(registry):
    text = ('The mayor was blunt about the roads.\n\nShe said:\n\n'
            '"We cannot keep paying for roads that nobody uses."')
    assert [c for c in claims(registry, text, "AT01") if c.verdict is Verdict.INCONSISTENT] == []


def test_multi_paragraph_quote_with_unknown_speaker_is_not_flagged(registry):
    text = ('The statement went further.\n\n"The first part of the plan is sound.\n\n'
            '"The second part is not, and we will vote against it."')
    assert [c for c in claims(registry, text, "AT01") if c.verdict is Verdict.INCONSISTENT] == []


def test_anonymous_source_is_unverifiable_and_says_what_kind(registry):
    text = '"We will discuss the plan next week," a defense official told the Financial Times.'
    found = claims(registry, text, "AT02")
    assert [c.verdict for c in found] == [Verdict.UNVERIFIABLE]
    assert found[0].message == ("anonymous source ('a defense official'), quoted secondhand via the "
                                "Financial Times: the quote rests on an unnamed source; an editor should "
                                "sign it off")


def test_people_familiar_with_the_matter_is_anonymous(registry):
    text = '"The sale could close within weeks," people familiar with the matter said.'
    found = claims(registry, text, "AT02")
    assert [c.verdict for c in found] == [Verdict.UNVERIFIABLE]
    assert "anonymous source ('people familiar with the matter')" in found[0].message


def test_secondhand_named_quote_names_the_outlet(registry):
    text = '"The talks are over," Olsen told CNN on Sunday.'
    found = claims(registry, text, "AT03")
    assert [c.verdict for c in found] == [Verdict.UNVERIFIABLE]
    assert found[0].message == "quoted secondhand: Olsen said this to CNN; an editor should check the original"


def test_anonymous_words_given_to_a_named_speaker_elsewhere(registry):
    text = ('"We will close the base before the winter," a defense official said.\n\n'
            '"We will close the base before the winter," Defense Secretary Tom Berg said.')
    found = claims(registry, text, "AT02")
    assert [c.verdict for c in found] == [Verdict.INCONSISTENT]
    assert found[0].span.start == 0
    assert found[0].message == ("these words come from anonymous source ('a defense official') here, "
                                "but the article gives them to Tom Berg elsewhere")


def test_same_words_told_to_two_outlets(registry):
    text = ('"We will not sell the club this year," Ruiz told the Financial Times.\n\n'
            '"We will not sell the club this year," Ruiz told CNN.')
    found = claims(registry, text, "AT03")
    assert [c.verdict for c in found] == [Verdict.UNVERIFIABLE, Verdict.INCONSISTENT]
    assert found[1].message == "these words were told to CNN here but to the Financial Times earlier in the article"


def test_named_quote_to_reporters_is_no_claim(registry):
    assert claims(registry, '"The talks are over," Olsen told reporters.', "AT03") == []
    assert claims(registry, '"The talks are over," Olsen told reporters.', "AT02") == []


def test_same_quote_two_speakers_reports_the_later_one(registry):
    text = ('"We will not raise taxes this year," Mayor Ana Ruiz said.\n\n'
            'Later, "We will not raise taxes this year," Councillor Tom Berg said.')
    bad = [c for c in claims(registry, text, "AT04") if c.verdict is Verdict.INCONSISTENT]
    assert len(bad) == 1
    assert bad[0].span.start == text.index('"We will', 10)
    assert bad[0].message == ("these words are attributed to Tom Berg here but to Ana Ruiz earlier in "
                              "the article")


def test_conflicting_offices(registry):
    text = "Sen. Ana Ruiz opened the hearing. Later, Gov. Ana Ruiz closed it."
    bad = [c for c in claims(registry, text, "AT05") if c.verdict is Verdict.INCONSISTENT]
    assert [c.text for c in bad] == ["Ana Ruiz"]
    assert bad[0].span.start == text.index("Ana Ruiz", 20)
    assert bad[0].message == "Ana Ruiz is called Gov. here but Sen. earlier in the article"


def test_name_spelled_two_ways(registry):
    text = "President Volodymyr Zelenskyy spoke on Monday. On Tuesday, President Zelensky spoke again."
    bad = [c for c in claims(registry, text, "AT06") if c.verdict is Verdict.INCONSISTENT]
    assert [c.text for c in bad] == ["Volodymyr Zelenskyy"]
    assert bad[0].message == "Volodymyr Zelenskyy is also spelled 'Zelensky' in this article"


def test_misspelling_inside_a_quote_is_the_speaker_s_not_the_article_s(registry):
    text = ('Maria Gonzalez won the seat.\n\n"I never thought Gonzales would win," '
            'said Tom Berg, her rival.')
    assert [c for c in claims(registry, text, "AT06") if c.verdict is Verdict.INCONSISTENT] == []


@pytest.mark.parametrize("title, office", [
    ("Vermont Sen.", "senator"), ("Defense Secretary", "secretary of Defense"),
    ("Secretary of State", "secretary of State"), ("White House press secretary", None),
    ("former Gov.", None), ("Democratic presidential candidate", None), (None, None),
])
def test_office_of(title, office):
    assert office_of(title) == office


@pytest.mark.parametrize("mine, other, same", [
    ("Zelenskyy", "Zelensky", True), ("Gonzalez", "Gonzales", True), ("Delgado", "Delgados", False),
    ("Johnson", "Jackson", False), ("Nolan", "NolanE", False), ("Smith", "Smith", False),
])
def test_spelling_variant(mine, other, same):
    assert spelling_variant(mine, other) is same


def test_titles_of_two_people_sharing_a_surname_do_not_conflict(registry):
    text = ("Sen. Mara Kent voted on Monday. Paul Kent watched. "
            "President Kent later spoke to reporters.")
    assert [c for c in claims(registry, text, "AT05") if c.verdict is Verdict.INCONSISTENT] == []


def test_quote_repeated_with_a_pronoun_speaker_is_not_compared(registry):
    text = ('Mayor Ana Ruiz spoke first. "We will not raise taxes this year," Tom Berg said.\n\n'
            '"We will not raise taxes this year," she said.')
    assert [c for c in claims(registry, text, "AT04") if c.verdict is Verdict.INCONSISTENT] == []


@pytest.mark.parametrize("quote", [
    '"There was no plan for the families at all, said Ruiz, who runs the clinic.',
    '"We need this money now, and we need it for every school in the state.\nTom Berg, Parents United."',
    '"We need this money now and every school needs it," the group wrote on its website.',
])
def test_oddly_marked_quotes_are_not_reported(registry, quote):
    text = "The council met on Monday.\n\n" + quote + "\n\nThe vote is in May."
    assert [c for c in claims(registry, text, "AT01") if c.verdict is Verdict.INCONSISTENT] == []


@pytest.mark.parametrize("before, after", [
    ("Ana Ruiz, 45, a nurse from the valley, came with her son.", "The march ended at noon."),
    ("The crowd fell silent.", "That was the message Ruiz brought to the square on Monday."),
])
def test_speaker_introduced_or_named_right_after(registry, before, after):
    text = before + '\n\n"I have never seen the town this angry about anything."\n\n' + after
    assert [c for c in claims(registry, text, "AT01") if c.verdict is Verdict.INCONSISTENT] == []


def _article_context(text):
    """(document, facts, the context rule functions see) for a plain-text article."""
    from factcheck.engine.facts import gather_facts
    from factcheck.engine.run import RuleContext
    doc = document_from_text(text, fmt="txt")
    facts = gather_facts(doc)
    return doc, facts, RuleContext(doc, facts, rule=None)


def _other_spelling_reference(ctx, p):
    """other_spelling as first written: every surname use of the article asked in turn."""
    from factcheck.engine.attribution import _in_quote, _named_in_full_before, _surname_uses
    words = p.span.of(ctx.doc.text).split()
    if len(words) < 2 or p.anonymous or _in_quote(ctx, p.span):
        return None
    first, mine = words[0], words[-1]
    if len(mine) < 5:
        return None
    uses = _surname_uses(ctx)
    for surname, other_first in uses:
        if not spelling_variant(mine, surname):
            continue
        if other_first is not None and other_first != first:
            continue
        if any(s == surname and f is not None and f != first for s, f in uses):
            continue
        if _named_in_full_before(ctx, surname, p):
            continue
        return surname
    return None


@pytest.mark.parametrize("text", [
    "Mayor Dana Kowalski opened the bridge. Later Dana Kowalsky thanked the crews, and Kowalsky left.",
    "Ann Johnson spoke first. Bob Johnston replied. Then Ann Johnston spoke again, and Johnson agreed.",
    "Senator Petra Lindqvist and Petra Lindqvst met Karl Lindquist. Lindqvist said little.",
    "Olek Marchetti, Olek Marcheti and Olek Marchetty all signed; Marchetti's aide Rosa Marchetti did not.",
    "Governor Hilda Brannigan spoke on Monday. On Tuesday, Governor Branigan spoke again. \"Enough,\" Brannigen said.",
    "Tomas Vargas won the vote. \"It was close,\" Varga said. Tomas Vargos thanked Bianca Vargas and Vargass.",
])
def test_other_spelling_agrees_with_asking_every_surname_use(text):
    from factcheck.engine.attribution import first_full_mention, other_spelling
    doc, facts, ctx = _article_context(text)
    assert facts.people
    assert [other_spelling(ctx, p) for p in facts.people] == [_other_spelling_reference(ctx, p) for p in facts.people]
    # first_full_mention keeps each name's first full mention per article; as first written:
    for p in facts.people:
        full = [m for m in facts.people if m.name == p.name and len(m.span.of(doc.text).split()) >= 2]
        assert first_full_mention(ctx, p) == (bool(full) and full[0].span == p.span)


@pytest.mark.parametrize("text", [
    'Mayor Ana Ruiz spoke. "I met Governor Tom Hale and Sen. Ina Moss," Ruiz said. Hale left.',
    '"Dr. Eve Lind said \'Paul Berg was right\' and \'Ada Cole\' too," Kim Park wrote. Berg agreed.',
    "Nobody quoted anyone. Ana Ruiz and Tom Hale met.",
])
def test_in_quote_agrees_with_asking_every_quote(text):
    from factcheck.engine.attribution import _in_quote
    from factcheck.model.span import Span
    doc, facts, ctx = _article_context(text)
    spans = [m.span for m in facts.people] + [Span(a, b) for a in range(0, len(text), 3)
                                              for b in range(a, min(len(text), a + 40), 4)]
    for span in spans:
        assert _in_quote(ctx, span) == any(q.span.contains(span) for q in facts.quotes)


def test_in_quote_with_nested_and_overlapping_quotes():
    from types import SimpleNamespace

    from factcheck.engine.attribution import _in_quote
    from factcheck.model.span import Span
    quotes = [SimpleNamespace(span=Span(a, b)) for a, b in [(5, 50), (10, 20), (30, 70), (80, 90), (85, 86)]]
    ctx = SimpleNamespace(doc=object(), facts=SimpleNamespace(quotes=quotes, people=()))
    for a in range(0, 100, 2):
        for b in range(a, 100, 3):
            span = Span(a, b)
            assert _in_quote(ctx, span) == any(q.span.contains(span) for q in quotes), (a, b)
