"""Loading a whole fact pack: the manifest, then every table it names.

A pack loads whole or not at all (FactPackError, file:line: message), so a
half-read pack can never give a verdict. This is the one entry point the CLI
and configuration use."""
from __future__ import annotations

import os

from factcheck.errors import FactPackError
from factcheck.facts.manifest import manifest_path, read_manifest
from factcheck.facts.pack import FactPack, Table
from factcheck.facts.tables import read_table


def load_pack(path: str) -> FactPack:
    """Load the pack in directory `path` (or the pack whose manifest is `path`)."""
    manifest = read_manifest(manifest_path(path))
    base = os.path.dirname(manifest.path)
    tables = []
    for spec in manifest.tables:
        file = os.path.normpath(os.path.join(base, spec.file))
        if not os.path.isfile(file):
            raise FactPackError(manifest.path, spec.line or None,
                                f"table [{spec.name}]: no such file {spec.file!r} next to the manifest")
        rows = read_table(file, spec.kind, default_source=spec.source)
        if spec.as_of is not None:
            for row in rows:
                if getattr(row, "date", None) is not None and row.date > spec.as_of:
                    raise FactPackError(file, row.line, f"date {row.date.isoformat()} is after the table's "
                                                        f"as_of {spec.as_of.isoformat()} in the manifest")
        tables.append(Table(name=spec.name, kind=spec.kind, path=_shown(file), source=spec.source,
                            as_of=spec.as_of, rows=rows, counts=spec.counts, complete=spec.complete,
                            about=spec.about, unless=spec.unless))
    return FactPack(name=manifest.name, path=_shown(os.path.dirname(manifest.path) or "."),
                    tables=tuple(tables), description=manifest.description)


def _shown(path: str) -> str:
    """Paths in evidence: relative to the working directory when inside it, so reports travel."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel

