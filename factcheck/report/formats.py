"""The output formats of `factcheck check`, by name. A format is a function
(results, options) -> str; adding one is one module and one line here."""
from __future__ import annotations

from collections.abc import Callable

from factcheck.report import json as json_report
from factcheck.report import text as text_report


def _json(results, options) -> str:
    return json_report.dumps(json_report.check_report(results))


def _text(results, options) -> str:
    return text_report.render_check(results, colour=options.get("colour", False),
                                    verbose=options.get("verbose", False))


CHECK_FORMATS: dict[str, Callable] = {
    "text": _text,
    "json": _json,
}
