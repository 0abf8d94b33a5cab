"""Success stories shown on other pages (sector pages, territory cards), in the page's language."""

from django import template

from home.landmarks import landmark
from stories.models import StoryIndexPage, SuccessStoryPage

register = template.Library()

# A sector or territory page shows its latest stories; the index lists the rest.
MAX_STORIES = 6


def _stories(page, **match):
    stories = (
        SuccessStoryPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id, **match)
        .select_related("social_image")
        .distinct()
        .order_by("-year", "title")
    )
    return list(stories[:MAX_STORIES])


@register.simple_tag
def stories_for_sector(page):
    # Matched by translation_key: an Italian story may still link the English sector page.
    return _stories(page, sectors__translation_key=page.translation_key)


@register.simple_tag
def stories_for_territory(page):
    return _stories(page, territory__translation_key=page.translation_key)


@register.simple_tag
def story_index(page):
    """The success-story index in the language of the given page, if published."""
    return landmark(StoryIndexPage, page.locale_id)
