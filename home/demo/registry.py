"""Which demo loaders run, and in which order, as the apps themselves declare them.

Each app lists its steps on its AppConfig as `demo_loaders = [(order, "module.path:ClassName")]`;
core only reads those attributes, so it never names an app above it. The path is imported only
when the demo is loaded, never when the site serves pages. Steps run by ascending order:

    10 core: locales, images, home and generic pages, menus, contacts
    20 territories    30 news    40 leads (the contact page sectors link to)
    50 sectors        60 opportunities
    70-79 sector links of territories, news and opportunities (need sectors and sites)
    80 stories (need sectors, territories and sites)
    90 core: links every section from the menu and the home page
    95 core: the other languages' home pages and synchronised copies (home/demo/locales.py)
    96 core: the landing pages and their snippets translated into those languages (home/demo/page_translations.py)
"""

from django.apps import apps
from django.utils.module_loading import import_string


def demo_steps():
    """[(order, app_label, loader class)], sorted; the loaders take log= and have run()."""
    steps = []
    for config in apps.get_app_configs():
        for order, path in getattr(config, "demo_loaders", ()):
            steps.append((order, config.label, path))
    steps.sort()
    return [(order, label, import_string(path.replace(":", "."))) for order, label, path in steps]
