"""GitHub Actions workflow commands: annotations on the pull request's changed lines.

    ::error file=news/a.md,line=12,col=5,endLine=12,endColumn=17,title=SU01 sum.parts-total::message

Only inconsistent claims are annotations (error -> ::error, warning -> ::warning,
info -> ::notice); unverifiable and consistent ones are not, so a pull request shows
only what an editor must fix. Unreadable files are ::error on the file, directive
notices ::warning. Escaping follows GitHub's runner (toolkit/core `command.ts`):
in the message % CR LF become %25 %0D %0A; in property values also : and , become
%3A and %2C.
"""
from __future__ import annotations

from factcheck.model.verdict import Severity, Verdict
from factcheck.report.positions import LineIndex, raw_position

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props) -> str:
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items()
                        if value is not None)
    return f"::{name} {rendered}::{escape_data(message)}" if rendered else f"::{name}::{escape_data(message)}"


def render(results, options) -> str:
    lines = []
    positions = {}
    for result in results:
        if result.error:
            lines.append(command("error", result.error, file=result.path, title="factcheck: unreadable article"))
            continue
        index = LineIndex(result.document.raw)
        positions[result.path] = index
        for claim in result.claims:
            if claim.verdict is not Verdict.INCONSISTENT:
                continue
            pos = raw_position(result.document, claim.span, index)
            # GitHub uses columns only for a one-line range; across lines it wants lines alone.
            one_line = pos["line"] == pos["end_line"]
            lines.append(command(_COMMANDS[claim.severity], claim.message, file=result.path,
                                 line=pos["line"], col=pos["column"] if one_line else None,
                                 endLine=pos["end_line"], endColumn=pos["end_column"] if one_line else None,
                                 title=f"{claim.rule} {claim.name}"))
    for notice in options.get("notices") or ():
        index = positions.get(notice.path)
        line = index.line_col(notice.span.start)[0] if index else None
        lines.append(command("warning", notice.message, file=notice.path, line=line,
                             title="factcheck directive"))
    return "\n".join(lines)
