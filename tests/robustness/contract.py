"""A validator for the JSON contracts of DESIGN.md (`check` and `extract --format json`).

Returns a list of problems (empty when the report keeps the contract), so a test
failure names every broken field at once. `raw_texts` maps a path to the file's
text as read; when given, every start/end must slice it back to the reported text
and line/column must agree with the offsets.
"""
from __future__ import annotations

import re

KINDS = {"sum", "percent", "change", "date", "age", "conversion", "attribution", "consistency", "reference"}
VERDICTS = {"consistent", "inconsistent", "unverifiable"}
SEVERITIES = {"error", "warning", "info"}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    line = max(i for i, s in enumerate(starts) if s <= offset)
    return line + 1, offset - starts[line] + 1


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def need(self, cond: bool, where: str, what: str) -> bool:
        if not cond:
            self.problems.append(f"{where}: {what}")
        return cond

    def keys(self, obj, required: set, where: str) -> bool:
        if not self.need(isinstance(obj, dict), where, f"not an object: {obj!r:.80}"):
            return False
        missing = required - set(obj)
        return self.need(not missing, where, f"missing {sorted(missing)}")

    def span(self, item: dict, where: str, raw: str | None, with_text: bool = True) -> None:
        start, end = item.get("start"), item.get("end")
        if not (self.need(_is_int(start) and _is_int(end), where, f"start/end not ints: {start!r} {end!r}")):
            return
        self.need(0 <= start <= end, where, f"bad span [{start}, {end})")
        if raw is not None:
            self.need(end <= len(raw), where, f"end {end} past the text ({len(raw)})")
            if with_text:
                self.need(raw[start:end] == item.get("text"), where,
                          f"text {item.get('text')!r:.60} is not the file's {raw[start:end]!r:.60}")

    def file_head(self, f: dict, where: str) -> None:
        self.need(isinstance(f["path"], str), where, "path not a string")
        pub = f["published"]
        self.need(pub is None or isinstance(pub, str) and ISO_DAY.fullmatch(pub), where, f"published {pub!r}")
        self.need(f.get("error") is None or isinstance(f.get("error"), str), where, "error not null/str")


def check_contract(report: dict, raw_texts: dict | None = None) -> list[str]:
    c = _Checker()
    raw_texts = raw_texts or {}
    if not c.keys(report, {"factcheck", "files", "summary"}, "report"):
        return c.problems
    c.need(isinstance(report["factcheck"], str), "report", "version not a string")
    totals = {"files": 0, "claims": 0, "consistent": 0, "inconsistent": 0, "unverifiable": 0, "errors": 0}
    for i, f in enumerate(report["files"]):
        where = f"files[{i}]"
        if not c.keys(f, {"path", "published", "error", "claims"}, where):
            continue
        c.file_head(f, where)
        raw = raw_texts.get(f["path"])
        totals["files"] += 1
        totals["errors"] += f["error"] is not None
        if f["error"] is not None:
            c.need(f["claims"] == [], where, "a file with an error has claims")
        for j, claim in enumerate(f["claims"]):
            cw = f"{where}.claims[{j}]"
            if not c.keys(claim, {"rule", "name", "kind", "verdict", "severity", "start", "end", "line",
                                  "column", "text", "message", "evidence"}, cw):
                continue
            c.need(isinstance(claim["rule"], str) and isinstance(claim["name"], str), cw, "rule/name")
            c.need(claim["kind"] in KINDS, cw, f"kind {claim['kind']!r}")
            c.need(claim["verdict"] in VERDICTS, cw, f"verdict {claim['verdict']!r}")
            c.need(claim["severity"] in SEVERITIES, cw, f"severity {claim['severity']!r}")
            c.need(isinstance(claim["text"], str) and isinstance(claim["message"], str), cw, "text/message")
            c.need(isinstance(claim["evidence"], dict), cw, "evidence not an object")
            c.span(claim, cw, raw)
            line, col = claim["line"], claim["column"]
            c.need(_is_int(line) and _is_int(col) and line >= 1 and col >= 1, cw, f"line/column {line}:{col}")
            if raw is not None and _is_int(claim["start"]) and claim["start"] <= len(raw):
                c.need((line, col) == _line_col(raw, claim["start"]), cw,
                       f"line:column {line}:{col} is not where start {claim['start']} is")
            totals["claims"] += 1
            if claim["verdict"] in VERDICTS:
                totals[claim["verdict"]] += 1
    if c.keys(report["summary"], set(totals), "summary"):
        for key, value in totals.items():
            c.need(report["summary"][key] == value, "summary", f"{key} is {report['summary'][key]!r}, counted {value}")
    return c.problems


def check_extract_contract(report: dict, raw_texts: dict | None = None) -> list[str]:
    c = _Checker()
    raw_texts = raw_texts or {}
    if not c.keys(report, {"factcheck", "files"}, "report"):
        return c.problems
    for i, f in enumerate(report["files"]):
        where = f"files[{i}]"
        if not c.keys(f, {"path", "published", "quantities", "dates", "quotes"}, where):
            continue
        c.file_head(f, where)
        raw = raw_texts.get(f["path"])
        for j, q in enumerate(f["quantities"]):
            qw = f"{where}.quantities[{j}]"
            if c.keys(q, {"start", "end", "text", "value", "unit"}, qw):
                c.span(q, qw, raw)
                c.need(isinstance(q["value"], (int, float)) and not isinstance(q["value"], bool), qw, "value")
                c.need(q["unit"] is None or isinstance(q["unit"], str), qw, "unit")
        for j, d in enumerate(f["dates"]):
            dw = f"{where}.dates[{j}]"
            if c.keys(d, {"start", "end", "text", "value"}, dw):
                c.span(d, dw, raw)
                c.need(d["value"] is None or isinstance(d["value"], str) and DATE_VALUE.fullmatch(d["value"]),
                       dw, f"value {d['value']!r}")
        for j, q in enumerate(f["quotes"]):
            qw = f"{where}.quotes[{j}]"
            if c.keys(q, {"start", "end", "text", "speaker", "speaker_start", "speaker_end", "cue"}, qw):
                c.span(q, qw, raw)
                c.need(q["speaker"] is None or isinstance(q["speaker"], str), qw, "speaker")
                c.need(q["cue"] is None or isinstance(q["cue"], str), qw, "cue")
                s, e = q["speaker_start"], q["speaker_end"]
                if s is not None or e is not None:
                    c.span({"start": s, "end": e}, qw + ".speaker", raw, with_text=False)
    return c.problems
