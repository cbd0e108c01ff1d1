"""The site's URLs plus a floor: the cheapest view that still runs all middleware."""

from django.http import HttpResponse
from django.urls import path

from mint.urls import urlpatterns as site_urlpatterns

FLOOR_PATH = "/bench-floor/"


def floor(request):
    return HttpResponse("ok")


# i18n_patterns may only live in a root URLconf, so the site's list is extended, not
# included.
urlpatterns = [path(FLOOR_PATH.strip("/") + "/", floor), *site_urlpatterns]
