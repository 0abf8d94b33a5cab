"""What of stories the pages below this app show, through their hooks."""

from wagtail import hooks

from stories.models import SuccessStoryPage
from stories.templatetags.stories_tags import stories_for_sector


@hooks.register("sector_booklet_content")
def sector_booklet_stories():
    # A sector's booklet lists the stories of the sector page (the same tag): one changing prints it again.
    return SuccessStoryPage, stories_for_sector
