import os
import shutil
import subprocess

import pytest

from factcheck.engine import changed
from factcheck.errors import ConfigError

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
                        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_SYSTEM": os.devnull})


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "old.md").write_text("old\n")
    (tmp_path / "news" / "gone.md").write_text("gone\n")
    (tmp_path / "README.txt").write_text("readme\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "one")
    return tmp_path


def test_branch_is_compared_with_its_merge_base_with_main(repo):
    git(repo, "checkout", "-q", "-b", "story")
    (repo / "news" / "new.md").write_text("new\n")
    (repo / "news" / "old.md").write_text("edited\n")
    (repo / "news" / "gone.md").unlink()
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "two")
    (repo / "news" / "draft.md").write_text("draft, not added yet\n")
    (repo / ".gitignore").write_text("*.tmp\n")
    (repo / "news" / "x.tmp").write_text("ignored\n")
    assert changed.changed_files(cwd=str(repo)) == [".gitignore", "news/draft.md", "news/new.md", "news/old.md"]
    # From a subdirectory, paths are relative to it; files outside are absolute.
    inside = changed.changed_files(cwd=str(repo / "news"))
    assert inside == [str(repo / ".gitignore"), "draft.md", "new.md", "old.md"]


def test_on_the_default_branch_the_last_commit_is_used(repo):
    (repo / "news" / "second.md").write_text("second\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "two")
    assert changed.changed_files(cwd=str(repo)) == ["news/second.md"]


def test_explicit_revision(repo):
    (repo / "README.txt").write_text("changed, uncommitted\n")
    assert changed.changed_files("HEAD", cwd=str(repo)) == ["README.txt"]


def test_unknown_revision_is_a_config_error(repo):
    with pytest.raises(ConfigError, match="'nope' is not a revision"):
        changed.changed_files("nope", cwd=str(repo))


def test_single_commit_without_default_branch_needs_a_revision(tmp_path):
    git(tmp_path, "init", "-q", "-b", "solo")
    (tmp_path / "a.md").write_text("a\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "one")
    with pytest.raises(ConfigError, match="name a revision"):
        changed.changed_files(cwd=str(tmp_path))


def test_outside_a_repository_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    with pytest.raises(ConfigError, match="works inside a git repository"):
        changed.changed_files(cwd=str(tmp_path))


def test_new_branch_without_commits_shows_uncommitted_work(repo):
    git(repo, "checkout", "-q", "-b", "draft")
    (repo / "news" / "wip.md").write_text("wip\n")
    assert changed.changed_files(cwd=str(repo)) == ["news/wip.md"]


def test_detached_at_the_default_branch_tip_uses_the_last_commit(repo):
    (repo / "news" / "second.md").write_text("second\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "two")
    git(repo, "checkout", "-q", "--detach", "HEAD")
    assert changed.changed_files(cwd=str(repo)) == ["news/second.md"]


def test_origin_head_names_the_default_branch(repo, tmp_path_factory):
    (repo / "news" / "second.md").write_text("second\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "two")
    clone = tmp_path_factory.mktemp("clone")
    git(clone, "clone", "-q", str(repo), ".")
    git(clone, "checkout", "-q", "-b", "feature")
    (clone / "news" / "f.md").write_text("f\n")
    git(clone, "add", ".")
    git(clone, "commit", "-q", "-m", "f")
    assert changed.changed_files(cwd=str(clone)) == ["news/f.md"]
    git(clone, "checkout", "-q", "main")
    assert changed.changed_files(cwd=str(clone)) == ["news/second.md"]
