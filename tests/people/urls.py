"""The site's URLs plus the account area, for as long as mint/urls.py lacks it."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from mint.urls import urlpatterns as site

urlpatterns = [
    *i18n_patterns(
        path("account/", include("mint.people.urls")),
        prefix_default_language=True,
    ),
    *site,
]
