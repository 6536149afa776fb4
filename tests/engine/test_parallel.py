import json

import pytest

from factcheck.cli import main
from factcheck.engine import forkpool, parallel
from factcheck.errors import RuleError
from factcheck.engine.registry import Registry
from tests.report.ci_pack import registry

SENTENCES = ["A wrong figure here.", "An odd date there.", "A fine total.", "A vague claim.", "Nothing."]


def articles(tmp_path, n=40):
    paths = []
    for i in range(n):
        body = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(i % 4 + 1))
        p = tmp_path / f"a{i:03d}.md"
        p.write_text(f"---\ntitle: Article {i}\ndate: 2022-04-{i % 28 + 1:02d}\n---\n\n{body}\n", encoding="utf-8")
        paths.append(str(p))
    (tmp_path / "bad.md").symlink_to(tmp_path / "missing.md")      # unreadable: a dangling link
    paths.insert(7, str(tmp_path / "bad.md"))
    return paths


def test_effective_jobs():
    assert parallel.effective_jobs(4, 100) == 4
    assert parallel.effective_jobs(4, 9) == 2          # at least MIN_FILES_PER_JOB files per worker
    assert parallel.effective_jobs(8, 3) == 1
    assert parallel.effective_jobs(0, 10_000) == parallel.available_cpus()


@pytest.mark.parametrize("total, workers", [(1, 2), (9, 2), (40, 2), (480, 2), (1000, 8), (3, 4)])
def test_tasks_cover_every_article_once_and_shrink_towards_the_end(total, workers):
    sizes = parallel.chunk_sizes(total, workers)
    assert sum(sizes) == total and all(1 <= s <= parallel.MAX_CHUNK for s in sizes)
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-1] == 1                      # the last task is one article: the workers end together
    if total >= workers * 4 * parallel.MAX_CHUNK:
        assert sizes[0] == parallel.MAX_CHUNK  # full tasks while plenty is left


@pytest.fixture(params=["forked", "concurrent.futures"])
def pool_kind(request, monkeypatch):
    """Both pools: our forked workers (Linux) and concurrent.futures (other platforms)."""
    if request.param == "concurrent.futures":
        from factcheck.engine import forkpool
        monkeypatch.setattr(forkpool, "can_fork", lambda: False)
    return request.param


def test_two_processes_give_the_same_results_in_the_same_order(tmp_path, pool_kind):
    paths = articles(tmp_path)
    reg = registry()
    one = parallel.check_files(paths, reg, jobs=1)
    two = parallel.check_files(paths, reg, jobs=2)
    assert [r.path for r in two] == paths
    assert [(r.path, r.error, r.claims) for r in two] == [(r.path, r.error, r.claims) for r in one]
    assert two == one                    # the documents too, as the reports read them
    assert sum(len(r.claims) for r in one) > 40
    assert one[7].error is not None and one[7].claims == ()


def test_progress_is_reported_in_order(tmp_path, pool_kind):
    paths = articles(tmp_path, 20)
    seen = []
    parallel.check_files(paths, registry(), jobs=2, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(i, 21) for i in range(1, 22)]


def test_cli_output_is_identical_with_jobs_1_and_2(tmp_path, capsys, monkeypatch):
    # The test pack instead of the default one: loading the real rules is slow and they change.
    monkeypatch.setattr(Registry, "load", classmethod(lambda cls, packs=(), **kw: registry()))
    paths = articles(tmp_path)
    outputs = []
    for jobs in ("1", "2"):
        for fmt in ("json", "sarif", "text"):
            code = main(["check", str(tmp_path), "--format", fmt, "--jobs", jobs])
            out, err = capsys.readouterr()
            outputs.append((jobs, fmt, code, out, err))
    by_jobs = {}
    for jobs, fmt, code, out, err in outputs:
        by_jobs.setdefault(fmt, []).append((code, out, err))
    for fmt, (first, second) in by_jobs.items():
        assert first == second, fmt
    data = json.loads(by_jobs["json"][0][1])
    assert [f["path"] for f in data["files"]] == sorted(paths)
    assert by_jobs["json"][0][0] == 2          # the unreadable file
    assert "bad.md" in by_jobs["json"][0][2]


def test_rule_errors_in_workers_come_back_as_rule_errors(tmp_path, monkeypatch, pool_kind):
    paths = articles(tmp_path, 20)

    def broken(path, registry, **kw):
        raise RuleError("x.rules", 3, 4, "boom", "line text")

    monkeypatch.setattr(parallel, "check_file", broken)
    with pytest.raises(RuleError) as info:
        parallel.check_files(paths, registry(), jobs=2)
    assert (info.value.path, info.value.line, info.value.col, info.value.message) == ("x.rules", 3, 4, "boom")


def test_check_results_carry_the_document_and_claims_but_not_the_facts(tmp_path):
    # Facts are extract's output; a check result that kept them would pickle them back from
    # every worker for nothing. The document stays: reports and suppressions read it.
    paths = articles(tmp_path, n=12)
    for jobs in (1, 2):
        results = [r for r in parallel.check_files(paths, registry(), jobs=jobs) if r.error is None]
        assert results and all(r.facts is None and r.document is not None for r in results)
        assert any(r.claims for r in results)


def test_the_console_script_is_the_gc_aware_entry_point():
    import configparser
    import pathlib

    cfg = configparser.ConfigParser()
    cfg.read(pathlib.Path(__file__).resolve().parents[2] / "setup.cfg")
    entry = cfg["options.entry_points"]["console_scripts"].strip()
    assert entry == "factcheck = factcheck.__main__:run"


def test_every_result_class_can_be_sent_as_a_call_of_its_class():
    # A field given a converter or a validator would make its class unfit (model.pickling).
    from factcheck.model.pickling import init_fields
    for cls in parallel.RESULT_CLASSES:
        assert init_fields(cls) is not None, cls


def test_results_sent_as_calls_load_equal_to_the_originals(tmp_path):
    import copyreg
    import io
    import pickle

    from factcheck.engine.batch import check_file

    (tmp_path / "a.md").write_text("---\ntitle: One\ndate: 2022-04-13\n---\n\nA wrong figure here. "
                                   "A fine total.\n\nAn odd date there.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><h1>Two</h1><p>A wrong figure &amp; here.</p>"
                                     "<p>Nothing.</p></body></html>", encoding="utf-8")
    results = [check_file(str(tmp_path / name), registry()) for name in ("a.md", "b.html")]
    assert results[1].document.offsets is not None and any(r.claims for r in results)
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, **parallel.result_reducers()}
    pickler.dump(results)
    assert len(buffer.getvalue()) < len(pickle.dumps(results))      # no state dicts
    loaded = pickle.loads(buffer.getvalue())
    assert loaded == results
    for before, after in zip(results, loaded):
        # compared by hand: these fields are left out of Document's equality
        assert after.document.front_matter == before.document.front_matter
        assert after.document.offsets == before.document.offsets


@pytest.mark.skipif(not forkpool.can_fork(), reason="elsewhere concurrent.futures reports a dead worker its own way")
def test_a_worker_killed_mid_run_stops_the_run_with_a_clear_error_and_no_report(tmp_path, capsys, monkeypatch):
    import os
    import signal

    monkeypatch.setattr(Registry, "load", classmethod(lambda cls, packs=(), **kw: registry()))
    paths = articles(tmp_path, 24)
    real_check_file = parallel.check_file

    def killed_on_the_tenth(path, *args, **kwargs):
        if path == paths[10]:
            os.kill(os.getpid(), signal.SIGKILL)       # as the out-of-memory killer would
        return real_check_file(path, *args, **kwargs)

    monkeypatch.setattr(parallel, "check_file", killed_on_the_tenth)
    code = main(["check", *paths[:7], *paths[8:], "--format", "json", "--jobs", "2"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith("factcheck: a worker process (pid ") and "--jobs 1" in err
