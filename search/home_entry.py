"""The site search box on the home page, with the same suggestions as the search page."""

from django.template.loader import render_to_string


def search_box(context):
    return render_to_string("search/home_entry.html", {}, request=context.get("request"))
