"""Storage test setup: every test gets its own data folder; nothing touches the user's."""

from __future__ import annotations

from tests import library_fixtures

# the fixtures this folder's tests use, shared with the analytics tests
data_dir = library_fixtures.data_dir
finder = library_fixtures.finder
library = library_fixtures.library
