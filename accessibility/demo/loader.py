"""The demo's accessibility statement (statement.yaml) in both languages, linked from the footer menu.

Idempotent like the other loaders: the statement is the only one under the home page; an existing
one is left alone, and it joins the footer menu only when it is not there yet.
"""

import datetime

from django.db import transaction

from accessibility.models import AccessibilityStatementPage
from home.demo import blocks as b
from home.demo.pages import AppDemoLoader
from home.models import NavigationSettings

SHARED = ("compliance_status", "assessment_method", "feedback_email")
TRANSLATED = ("title", "slug", "summary", "organisation", "assessment_notes")


class AccessibilityStatementLoader(AppDemoLoader):
    label = "Accessibility statement"
    data_file = ("accessibility", "statement")

    @transaction.atomic
    def run(self):
        home = self.english_home()
        if home is None:
            return
        statement = self.page(
            home, AccessibilityStatementPage, self.fields("en"), lambda _page: self.fields("it"), unique=True
        )
        navigation = NavigationSettings.for_site(home.get_site())
        entries = list(navigation.footer_menu.raw_data)
        if statement.pk not in {entry["value"].get("page") for entry in entries}:
            navigation.footer_menu = [*entries, b.raw("page", {"page": statement.pk, "url": ""})]
            navigation.save()

    def fields(self, lang):
        text = self.text[lang]
        fields = {name: text[name] for name in (*SHARED, *TRANSLATED)}
        for name in ("prepared_on", "last_reviewed_on"):
            value = text[name]
            fields[name] = value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))
        fields["inaccessible_content"] = [b.raw("item", item) for item in text["inaccessible_content"]]
        return fields
