import os
import tempfile

import pytest

# Parsed rule packs are cached on disk; tests (and the many malformed packs they
# parse) use a cache of their own, not the user's.
os.environ.setdefault("FACTCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="factcheck-test-cache-"))

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(REPO), "shared")


@pytest.fixture
def shared_dir():
    """../shared (eval sets, SARIF schema): present in CI, absent in a user's fresh clone."""
    if not os.path.isdir(SHARED):
        pytest.skip("../shared is not beside this checkout (it holds the eval sets and the SARIF schema)")
    return SHARED
