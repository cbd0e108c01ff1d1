import sys

from django.db import connection
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults
from django.views.decorators.cache import never_cache

# What a database that is restarting, unreachable or holding a lock too long raises.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 10


def service_unavailable(request):
    """503 "please try again in a moment" in the visitor's language, with Retry-After.

    Rendered without the request's context processors, which read the database."""
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        html = render_to_string("503.html")
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    add_never_cache_headers(response)
    return response


def server_error(request):
    """handler500: a database that cannot be reached is a 503 "try again" wherever the
    request met it (a middleware reading the session, too); everything else is
    Django's 500 page."""
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return service_unavailable(request)
    return defaults.server_error(request)


@never_cache
def healthz(request):
    """200 while the database answers, 503 otherwise: for load balancers and monitors."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        response = HttpResponse(
            "database unavailable\n", status=503, content_type="text/plain"
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponse("ok\n", content_type="text/plain")


def csrf_failure(request, reason=""):
    """An expired form in the site's look and language, instead of Django's bare page."""
    return render(request, "403_csrf.html", status=403)
