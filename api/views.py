from django.views.decorators.csrf import csrf_exempt

from api import errors
from api.http import in_request_language
from home.views import server_error as site_server_error


@csrf_exempt
@in_request_language
def api_not_found(request):
    """Any other address under /api/: a 404 in the API's error shape, not the site's HTML page."""
    return errors.not_found()


def server_error(request):
    """The site's handler500: an error under /api/ answers in the API's JSON shape, never the HTML page.

    Django has already logged the exception and told error trackers (got_request_exception).
    """
    if request.path.startswith("/api/"):
        return in_request_language(lambda _request: errors.server_error())(request)
    return site_server_error(request)
