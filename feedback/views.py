"""The answer to 'Was this page useful?', sent without JavaScript from below any page."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from feedback.forms import PageFeedbackForm
from feedback.models import PageFeedback
from home.rate_limits import over_limit


def _public_page(page_id):
    """The live, unrestricted page the answer is about, or None: nobody rates a draft or a private page."""
    page = Page.objects.live().public().filter(pk=page_id).first()
    return page.specific if page else None


@csrf_exempt  # see feedback/widget.html: nothing here acts for a signed-in person
@require_POST
def submit(request):
    form = PageFeedbackForm(request.POST, auto_id="feedback_%s")
    about = _public_page(form.data.get("page")) if form.data.get("page", "").isdigit() else None
    if over_limit(request, "feedback", settings.FEEDBACK_RATE_LIMIT_PER_IP):
        return TemplateResponse(request, "feedback/too_many.html", {"page": about}, status=429)
    if not form.is_valid() or about is None:
        if about is None:
            form.add_error(None, PageFeedbackForm.unknown_page)
        return TemplateResponse(request, "feedback/answered.html", {"form": form, "about": about}, status=400)
    # A filled trap is thanked like anyone else, so a robot learns nothing, but nothing is kept.
    if not form.cleaned_data["website"]:
        PageFeedback.objects.create(
            page=about, useful=form.cleaned_data["useful"], comment=form.cleaned_data["comment"]
        )
    return TemplateResponse(request, "feedback/answered.html", {"about": about})
