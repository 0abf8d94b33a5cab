import copy

import pytest

from tests.factories import built_once_per_module
from tests.stories.factories import build_stories

# Every test of the folder reads the same stories: built once for it, each test's changes rolled back.
_stories_site = built_once_per_module(build_stories, scope="package")


@pytest.fixture
def story_site(_stories_site, db):
    """The six stories of tests/stories/factories.py; a copy, so in-memory changes stay in their test."""
    return copy.deepcopy(_stories_site)
