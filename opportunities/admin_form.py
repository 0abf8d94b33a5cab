"""The opportunity's edit form in the Wagtail admin: staff coordinates are checked as the owners' are.

The model's clean() checks the municipality and its province; a point outside the named municipality
(beyond the border tolerance) is refused here with the message the owners' web form and the Excel
import give (territories/geography.py), naming where the point really falls.
"""

from wagtail.admin.forms import WagtailAdminPageForm

from opportunities import geo
from territories.geography import misplaced_point_message


class OpportunityPageForm(WagtailAdminPageForm):
    def clean(self):
        data = super().clean()
        latitude, longitude = data.get("latitude"), data.get("longitude")
        place = geo.municipality_by_name(data.get("municipality"), data.get("province") or "")
        if place is not None and latitude is not None and longitude is not None:
            message = misplaced_point_message(latitude, longitude, place.code, place.name)
            if message:
                self.add_error("latitude", message)
        return data
