from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from territories.models import EcosystemEntity


class EcosystemEntityViewSet(SnippetViewSet):
    model = EcosystemEntity
    icon = "group"
    menu_label = _("Innovation ecosystem")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "category", "municipality", "province", "coordinates_approximate"]
    list_filter = ["category", "province", "coordinates_approximate"]
    search_fields = ["name", "municipality"]


register_snippet(EcosystemEntityViewSet)
