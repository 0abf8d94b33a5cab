"""E-mail subjects are plain text: rendered without HTML escaping, on one line."""

from django.template import Context
from django.template.loader import get_template


def render_subject(template_name, context):
    """The subject a template makes, as the reader should see it.

    Templates escape for HTML by default, so `L'aerospazio & difesa` would arrive as
    `L&#x27;aerospazio &amp; difesa`; a subject is a header, not HTML. A line break from a name typed in
    a form would make Django refuse the header, so every run of white space becomes one space.
    """
    template = get_template(template_name).template
    text = template.render(Context(context, autoescape=False))
    return " ".join(text.split())
