"""The noticeboard page, notices and owners with sites of their own, on the factory site."""

from types import SimpleNamespace

import factory
import wagtail_factories
from django.contrib.auth import get_user_model

from noticeboard.models import Notice, NoticeboardPage
from opportunities.models import OwnerSubmission, Proponent
from tests.factories import locales, translate


class NoticeboardPageFactory(wagtail_factories.PageFactory):
    title = "Test noticeboard"
    slug = "noticeboard"
    intro = "Test introduction of the noticeboard."

    class Meta:
        model = NoticeboardPage


class NoticeFactory(factory.django.DjangoModelFactory):
    kind = Notice.Kind.DEMAND
    title = factory.Sequence(lambda n: f"Test demand {n}")
    summary = "Test: a plant of about 20,000 m² for precision mechanics."
    status = "published"
    locale = factory.LazyFunction(lambda: locales()[0])

    class Meta:
        model = Notice


def noticeboard_pages(home):
    english = NoticeboardPageFactory(parent=home)
    return SimpleNamespace(en=english, it=translate(english, title="Bacheca di prova", slug="bacheca"))


def owner_with_sites(email, *sites):
    """A proponent whose submissions were published as these sites."""
    user = get_user_model().objects.create(username=f"owner:{email}", email=email)
    proponent = Proponent.objects.create(user=user, name="Test owner", tax_code="IT000", role="owner")
    for number, site in enumerate(sites):
        OwnerSubmission.objects.create(
            proponent=proponent,
            proponent_email=email,
            reference=f"REF-{number}",
            title=site.title,
            status=OwnerSubmission.Status.ACCEPTED,
            opportunity=site,
        )
    return proponent


def sign_in_owner(client, proponent):
    """The owners' portal session, as its e-mail link opens it (owners/services.py)."""
    session = client.session
    session["owners.user_id"] = proponent.user_id
    session.save()
