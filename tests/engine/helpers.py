"""Hand-built facts and rule sets for engine tests that must not depend on the extractors."""
import re

from factcheck.dsl.loader import parse_rule_file, validate
from factcheck.engine.facts import Facts
from factcheck.engine.functions import all_functions
from factcheck.engine.run import check_document
from factcheck.model.facts import Quantity, QuantityKind
from factcheck.model.span import Span
from factcheck.text.read import document_from_text

MONEY = re.compile(r"\$(\d+(?:\.\d+)?) (million|billion)")
SCALE = {"million": 1e6, "billion": 1e9}


def money_facts(text):
    """$N million / $N.N billion, with the precision of the last stated digit."""
    out = []
    for m in MONEY.finditer(text):
        number, scale = m.group(1), SCALE[m.group(2)]
        decimals = len(number.split(".")[1]) if "." in number else 0
        out.append(Quantity(Span(m.start(), m.end()), m.group(0), float(number) * scale,
                            QuantityKind.MONEY, "USD", 0.5 * 10 ** -decimals * scale))
    return Facts(quantities=tuple(out))


def ruleset(source, path="test.rules"):
    return validate([parse_rule_file(path, source)], functions=set(all_functions()))


def check(source, text, facts=None, published=None):
    doc = document_from_text(text, fmt="txt", published=published)
    return check_document(doc, ruleset(source), functions=all_functions(),
                          facts=facts if facts is not None else money_facts(text))
