"""News, press releases and events: listing filters, iCalendar, feeds per language, structured data."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from icalendar import Calendar

from news.models import EventPage, NewsArticlePage, NewsIndexPage
from tests.news.factories import build_news

ROME = ZoneInfo("Europe/Rome")


def json_ld(html):
    return [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def titles(html):
    return re.findall(r'<h2 class="news-item__title"><a href="[^"]+">([^<]+)</a></h2>', html)


def parse_feed(content):
    return ET.fromstring(content)  # noqa: S314 -- the feed is the site's own output


def unfold(text):
    return text.replace("\r\n ", "")


class NewsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_news()
        cls.index_en = NewsIndexPage.objects.get(locale__language_code="en")
        cls.index_it = NewsIndexPage.objects.get(locale__language_code="it")

    def add_event(self, **fields):
        values = {
            "title": "Meet; greet, and learn \\ more",
            "slug": "meet-greet",
            "start": datetime.datetime(2026, 6, 5, 9, 0, tzinfo=ROME),
            "end": datetime.datetime(2026, 6, 5, 18, 0, tzinfo=ROME),
            "venue": "Sala Pirelli, Palazzo Pirelli",
            "address": "Via Fabio Filzi 22; 20124 Milano",
            "summary": "A day of talks. Bring: questions, ideas; and a business card.",
        }
        values.update(fields)
        event = EventPage(**values)
        NewsIndexPage.objects.get(pk=self.index_en.pk).add_child(instance=event)
        event.save_revision().publish()
        return event

    def test_listing_renders_in_both_languages(self):
        html = self.client.get(self.index_en.url).content.decode()
        self.assertIn('<html lang="en" dir="ltr">', html)
        self.assertIn("Test press release 2025", html)
        self.assertIn("7 items", html)
        it_html = self.client.get(self.index_it.url).content.decode()
        self.assertIn('<html lang="it" dir="ltr">', it_html)
        self.assertIn("Comunicato di prova 2025", it_html)
        self.assertNotIn("Test press release 2025", it_html)
        self.assertIn("Comunicato stampa", it_html)
        self.assertIn('<span class="news-item__type">Notizia</span>', it_html)

    def test_filter_by_type(self):
        events = titles(self.client.get(self.index_en.url, {"type": "event"}).content.decode())
        self.assertEqual(
            set(events),
            {"Test webinar", "Test investor day", "Test owners session"},
        )
        releases = titles(self.client.get(self.index_en.url, {"type": "press_release"}).content.decode())
        self.assertEqual(len(releases), 2)
        self.assertTrue(
            all(
                t in set(NewsArticlePage.objects.filter(article_type="press_release").values_list("title", flat=True))
                for t in releases
            )
        )
        news = titles(self.client.get(self.index_en.url, {"type": "news"}).content.decode())
        self.assertEqual(len(news), 2)

    def test_filter_by_year_covers_articles_and_events(self):
        html = self.client.get(self.index_en.url, {"year": "2025"}).content.decode()
        found = set(titles(html))
        self.assertIn("Test owners session", found)
        self.assertIn("Test press release 2025", found)
        self.assertNotIn("Test webinar", found)  # December 2026
        self.assertEqual(found, {"Test owners session", "Test press release 2025", "Test news on logistics"})
        combined = titles(self.client.get(self.index_en.url, {"year": "2027", "type": "event"}).content.decode())
        self.assertEqual(combined, ["Test investor day"])
        self.assertIn(
            '<option value="2027" selected>', self.client.get(self.index_en.url, {"year": "2027"}).content.decode()
        )

    def test_unknown_filter_values_are_explained(self):
        html = self.client.get(self.index_en.url, {"year": "1850", "type": "gossip"}).content.decode()
        self.assertIn("Choose a year from the list.", html)
        self.assertIn("Choose a type from the list.", html)
        self.assertEqual(len(titles(html)), 7)
        it_html = self.client.get(self.index_it.url, {"year": "abc"}).content.decode()
        self.assertIn("Scelga un anno dall&#x27;elenco.", it_html)

    def test_listing_query_count_does_not_grow_with_items(self):
        self.client.get(self.index_en.url)
        with CaptureQueriesContext(connection) as before:
            self.client.get(self.index_en.url)
        for n in range(8):
            self.add_event(slug=f"extra-{n}", title=f"Extra event {n}")
        self.client.get(self.index_en.url)  # publishing retired the cached menus: warm them again
        with CaptureQueriesContext(connection) as after:
            html = self.client.get(self.index_en.url).content.decode()
        self.assertIn("15 items", html)
        self.assertEqual(len(after.captured_queries), len(before.captured_queries))

    def test_event_page_shows_when_where_registration_and_calendar_link(self):
        event = EventPage.objects.get(locale__language_code="en", slug="test-investor-day")
        html = self.client.get(event.url).content.decode()
        self.assertIn("Test hall, Test street 1, 20124 Milano", html)
        self.assertIn('href="https://events.example/investor-day/register"', html)
        self.assertIn(f'href="{event.url}calendar/" download', html)
        self.assertIn("Test event body.", html)
        it_event = event.get_translation(self.index_it.locale)
        it_html = self.client.get(it_event.url).content.decode()
        self.assertIn("Aggiungere al calendario (.ics)", it_html)
        self.assertIn("Iscriversi", it_html)

    def test_ics_download_has_calendar_type_and_escapes_text(self):
        event = self.add_event()
        response = self.client.get(event.url + "calendar/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        self.assertIn('attachment; filename="meet-greet.ics"', response["Content-Disposition"])
        raw = response.content.decode("utf-8")
        self.assertTrue(raw.endswith("\r\n"))
        self.assertNotIn("\n", raw.replace("\r\n", ""))  # CRLF only
        for line in raw.split("\r\n"):
            self.assertLessEqual(len(line.encode("utf-8")), 75)
        lines = unfold(raw).split("\r\n")
        self.assertEqual(lines[0], "BEGIN:VCALENDAR")
        self.assertIn("SUMMARY:Meet\\; greet\\, and learn \\\\ more", lines)
        self.assertIn("LOCATION:Sala Pirelli\\, Palazzo Pirelli\\, Via Fabio Filzi 22\\; 20124 Milano", lines)
        self.assertIn("DTSTART:20260605T070000Z", lines)
        self.assertIn("DTEND:20260605T160000Z", lines)
        description = next(line for line in lines if line.startswith("DESCRIPTION:"))
        self.assertIn("Bring: questions\\, ideas\\; and a business card.\\n\\nhttp", description)
        self.assertEqual(sum(1 for line in lines if line == "BEGIN:VEVENT"), 1)

        (entry,) = Calendar.from_ical(response.content).walk("VEVENT")
        self.assertEqual(str(entry["SUMMARY"]), "Meet; greet, and learn \\ more")
        self.assertEqual(str(entry["LOCATION"]), "Sala Pirelli, Palazzo Pirelli, Via Fabio Filzi 22; 20124 Milano")
        self.assertEqual(entry.decoded("DTSTART"), event.start)
        self.assertEqual(entry.decoded("DTEND"), event.end)
        self.assertEqual(str(entry["UID"]), f"{event.translation_key}-en@investinlombardy")
        self.assertEqual(str(entry["URL"]), event.get_full_url())
        self.assertTrue(str(entry["DESCRIPTION"]).endswith("and a business card.\n\n" + event.get_full_url()))

    def test_ics_long_lines_fold_between_characters(self):
        title = "Giornata è " + "è" * 100
        event = self.add_event(title=title, slug="lunga")
        raw = self.client.get(event.url + "calendar/").content
        self.assertIn(b"\r\n ", raw)  # the summary continues on folded lines
        for line in raw.split(b"\r\n"):
            self.assertLessEqual(len(line), 75)
            line.decode("utf-8")  # no multi-byte character is cut in two
        (entry,) = Calendar.from_ical(raw).walk("VEVENT")
        self.assertEqual(str(entry["SUMMARY"]), title)

    def test_feed_per_locale_lists_only_that_locales_items(self):
        en_rss = self.client.get("/en/feeds/news/rss/")
        self.assertEqual(en_rss["Content-Type"], "application/rss+xml; charset=utf-8")
        en_titles = [e.text for e in parse_feed(en_rss.content).iter("item") for e in e.iter("title")]
        it_rss = self.client.get("/it/feeds/news/rss/")
        it_titles = [e.text for e in parse_feed(it_rss.content).iter("item") for e in e.iter("title")]
        self.assertEqual(len(en_titles), 7)
        self.assertEqual(len(it_titles), 7)
        en_expected = set(
            NewsArticlePage.objects.filter(locale__language_code="en").values_list("title", flat=True)
        ) | set(EventPage.objects.filter(locale__language_code="en").values_list("title", flat=True))
        self.assertEqual(set(en_titles), en_expected)
        self.assertFalse(set(en_titles) & set(it_titles))
        self.assertIn("Comunicato di prova 2025", it_titles)
        self.assertIn(b"<link>http://testserver/it/notizie/</link>", it_rss.content)

        atom = self.client.get("/it/feeds/news/atom/")
        self.assertEqual(atom["Content-Type"], "application/atom+xml; charset=utf-8")
        ns = {"a": "http://www.w3.org/2005/Atom"}
        atom_titles = [e.find("a:title", ns).text for e in parse_feed(atom.content).findall("a:entry", ns)]
        self.assertEqual(set(atom_titles), set(it_titles))

    def test_json_ld_for_article_and_event(self):
        article = NewsArticlePage.objects.get(locale__language_code="en", slug="test-release").get_translation(
            self.index_it.locale
        )
        data = json_ld(self.client.get(article.url).content.decode())
        self.assertEqual(len(data), 1)
        self.assertEqual(data[0]["@type"], "NewsArticle")
        self.assertEqual(data[0]["datePublished"], "2025-03-10")
        self.assertEqual(data[0]["inLanguage"], "it")

        event = EventPage.objects.get(locale__language_code="en", slug="test-webinar")
        data = json_ld(self.client.get(event.url).content.decode())[0]
        self.assertEqual(data["@type"], "Event")
        self.assertEqual(data["eventAttendanceMode"], "https://schema.org/OnlineEventAttendanceMode")
        self.assertEqual(data["location"]["@type"], "VirtualLocation")
        self.assertTrue(data["startDate"].startswith("2026-12-10T09:00:00"))

    def test_json_ld_cannot_break_out_of_its_script_element(self):
        event = self.add_event(title="Talk </script><script>alert(1)</script> & more", slug="breakout")
        html = self.client.get(event.url).content.decode()
        self.assertNotIn("<script>alert(1)", html)
        data = json_ld(html)[0]
        self.assertEqual(data["name"], "Talk </script><script>alert(1)</script> & more")

    def test_open_graph_and_twitter_tags_on_articles(self):
        article = NewsArticlePage.objects.get(locale__language_code="en", slug="test-logistics-news")
        html = self.client.get(article.url).content.decode()
        self.assertIn('<meta property="og:type" content="article">', html)
        self.assertIn('<meta property="article:published_time" content="2025-01-15">', html)
        self.assertIn('<meta name="twitter:title" content="Test news on logistics">', html)


class EventValidationTests(TestCase):
    def test_end_before_start_is_rejected_with_a_clear_message(self):
        event = EventPage(
            title="Backwards",
            slug="backwards",
            venue="Milano",
            start=datetime.datetime(2026, 6, 5, 18, 0, tzinfo=ROME),
            end=datetime.datetime(2026, 6, 5, 9, 0, tzinfo=ROME),
        )
        for lang, message in (
            ("en", "The event cannot end before it starts."),
            ("it", "L'evento non può finire prima di iniziare."),
        ):
            with translation.override(lang):
                with self.assertRaises(ValidationError) as raised:
                    event.clean()
                self.assertEqual(raised.exception.message_dict["end"], [message])

    def test_an_event_needs_a_venue_or_to_be_online(self):
        event = EventPage(title="Nowhere", slug="nowhere", start=datetime.datetime(2026, 6, 5, 9, 0, tzinfo=ROME))
        with self.assertRaises(ValidationError) as raised:
            event.clean()
        self.assertIn("venue", raised.exception.message_dict)
        event.is_online = True
        event.online_url = "https://example.org/live"
        event.clean()
