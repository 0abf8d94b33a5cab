"""What every app's demo loader does the same way: find the English home page, and add a page with its
Italian translation.

Idempotent like home.demo.loader: a page that exists is left alone, only a missing translation is added.
"""

from wagtail.models import Locale

from home.demo.data import in_each_language
from home.models import HomePage


class AppDemoLoader:
    """Base of an app's demo loader; `label` starts its log lines ("News (en): ...").

    `data_file`, (app label, file name) of a demo YAML file, is read into self.text by language.
    """

    label = "Demo"
    data_file = None

    def __init__(self, log=print):
        self.log = log
        if self.data_file:
            self.text = in_each_language(*self.data_file)

    def english_home(self):
        """The English home page, with self.en and self.it set; None, said in the log, if there is none yet."""
        self.en = Locale.objects.get(language_code="en")
        self.it = Locale.objects.get(language_code="it")
        home = HomePage.objects.filter(depth=2, locale=self.en).first()
        if home is None:
            self.log(f"{self.label}: no home page, skipped")
        return home

    def page(self, parent, model, en_fields, it_fields, unique=False):
        """The English page of model under parent, created from en_fields if missing, and its Italian translation.

        A page is found by its slug, or, with unique, as the only page of its model there (a section's entry
        page keeps its place even once an editor renames it). it_fields is a dict, or a function of the
        English page when the translation depends on what the page holds.
        """
        children = model.objects.child_of(parent)
        page = children.first() if unique else children.filter(slug=en_fields["slug"]).first()
        if page is None:
            page = model(locale=self.en, **en_fields)
            # A fresh parent: one in memory may predate the children other steps added.
            parent.__class__.objects.get(pk=parent.pk).add_child(instance=page)
            page.save_revision().publish()
            self.log(f"{self.label} (en): {page.title}")
        if page.get_translation_or_none(self.it) is None:
            translated = page.copy_for_translation(self.it)
            for field, value in (it_fields(page) if callable(it_fields) else it_fields).items():
                setattr(translated, field, value)
            translated.save_revision().publish()
            self.log(f"{self.label} (it): {translated.title}")
        return page
