import pytest


@pytest.fixture
def news_site(db):
    from tests.news.factories import build_news

    return build_news()
