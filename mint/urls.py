"""The site put together: the only place where `mint` knows the apps."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents import urls as wagtaildocs_urls

from certificates import views as certificate_views
from events import views as event_views
from events.api import VenuesAPIViewSet

from . import views
from .api import PagesAPIViewSet
from .paths import route

# A database that cannot be reached answers 503 "try again", the rest Django's 500 page.
handler500 = "mint.views.server_error"

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("venues", VenuesAPIViewSet)

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # The short address printed in certificates' QR codes, in the reader's language.
    path(
        "certificates/verify/<str:code>/",
        certificate_views.verify,
        name="verify_certificate",
    ),
    # The token is secrets.token_urlsafe(): letters, digits, "-" and "_", a slug.
    path("calendar/<slug:token>.ics", event_views.personal_feed, name="calendar_feed"),
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path(route("account/"), include("mint.people.urls")),
    path("", include("events.urls")),
    path("", include("certificates.urls")),
    path(route("events/<int:event_id>.ics"), event_views.event_ics, name="event_ics"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = (
        static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
    )
