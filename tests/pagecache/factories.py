"""A small bilingual site whose pages show one another: an index listing a story, a sector page and a
territory page the story chooses, a page featuring the story, and the catalogue with one site."""

from types import SimpleNamespace

from tests.factories import SectorIndexPageFactory, SectorPageFactory, StandardPageFactory, build_site
from tests.opportunities.factories import TerritoryIndexPageFactory, TerritoryPageFactory, build_catalogue, make_site
from tests.stories.factories import StoryIndexPageFactory, SuccessStoryPageFactory


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def build_linked_site():
    tree = build_catalogue(build_site())
    sectors = SectorIndexPageFactory(parent=tree.en)
    sector = publish(SectorPageFactory(parent=sectors, title="Test cache sector"))
    territories = TerritoryIndexPageFactory(parent=tree.en)
    territory = publish(TerritoryPageFactory(parent=territories, title="Test cache territory"))
    stories = StoryIndexPageFactory(parent=tree.en)
    story = SuccessStoryPageFactory(parent=stories, title="Test cached story", territory=territory)
    story.sectors = [sector]
    story = publish(story)
    featuring = publish(
        StandardPageFactory(
            parent=tree.en,
            title="Test featuring page",
            body=[{"type": "featured_pages", "value": {"heading": "Read this", "intro": "", "pages": [story.pk]}}],
        )
    )
    unrelated = publish(StandardPageFactory(parent=tree.en, title="Test unrelated page"))
    site = make_site(tree.index, "Test shortlisted site")
    return SimpleNamespace(
        **vars(tree),
        sectors=sectors,
        sector=sector,
        territory=territory,
        stories=stories,
        story=story,
        featuring=featuring,
        unrelated=unrelated,
        opportunity=site,
    )
