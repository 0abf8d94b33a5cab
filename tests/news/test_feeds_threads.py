"""The feeds are one object shared by every request: under threaded workers each request keeps its language."""

import threading
import xml.etree.ElementTree as ET

import pytest
from django.db import connections
from django.test import Client

from news.models import EventPage, NewsArticlePage

# The threads read through connections of their own: the factory content is committed, not rolled back.
pytestmark = pytest.mark.django_db(transaction=True)
ROUNDS = 15


def titles_in(locale_code):
    return set(NewsArticlePage.objects.filter(locale__language_code=locale_code).values_list("title", flat=True)) | set(
        EventPage.objects.filter(locale__language_code=locale_code).values_list("title", flat=True)
    )


def test_italian_and_english_feeds_requested_at_once_never_swap_languages(news_site):
    expected = {
        "en": ("/en/feeds/news/rss/", titles_in("en"), "http://testserver/en/news/"),
        "it": ("/it/feeds/news/rss/", titles_in("it"), "http://testserver/it/notizie/"),
    }
    assert expected["en"][1] and expected["it"][1] and not expected["en"][1] & expected["it"][1]
    start = threading.Barrier(4)
    wrong = []

    def read_feeds(language):
        url, titles, link = expected[language]
        client = Client()
        start.wait()
        try:
            for _round in range(ROUNDS):
                channel = ET.fromstring(client.get(url).content).find("channel")  # noqa: S314 -- our own output
                seen = {item.findtext("title") for item in channel.iter("item")}
                if seen != titles or channel.findtext("link") != link:
                    wrong.append((language, channel.findtext("link"), sorted(seen - titles)))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=read_feeds, args=(language,)) for language in ("en", "it", "en", "it")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
