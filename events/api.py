"""Venues for partner websites, beside the pages in the Wagtail API v2."""

from wagtail.api.v2.views import BaseAPIViewSet

from mint.api import CleanParametersMixin

from .models import Venue


class VenuesAPIViewSet(CleanParametersMixin, BaseAPIViewSet):
    model = Venue
    body_fields = BaseAPIViewSet.body_fields + [
        "name",
        "street",
        "postcode",
        "town",
        "country",
        "latitude",
        "longitude",
        "step_free",
        "hearing_loop",
        "accessibility_notes",
        "transport_hint",
    ]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "name",
        "town",
        "country",
    ]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union({"locale"})

    def get_queryset(self):
        venues = Venue.objects.select_related("locale").order_by("town", "name", "pk")
        locale = self.request.GET.get("locale")
        return venues.filter(locale__language_code=locale) if locale else venues
