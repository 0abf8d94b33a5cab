from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import gettext as _

from staff import sessions


class StaffSessionTimeoutMiddleware:
    """Signs staff out after STAFF_SESSION_IDLE_SECONDS idle or STAFF_SESSION_MAX_SECONDS after sign-in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if sessions.is_staff_user(request.user) and sessions.expired(request):
            logout(request)
            if request.path.startswith("/admin/"):
                messages.info(request, _("Your session has expired: please sign in again."))
                return redirect_to_login(request.get_full_path(), login_url="wagtailadmin_login")
        return self.get_response(request)
