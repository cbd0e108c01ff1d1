"""The read-only API for partner websites (Wagtail API v2): what its endpoints share."""

from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet


class CleanParametersMixin:
    """A query parameter with a NUL character is a bad request (400), as Wagtail's
    other refusals are: its filters hand parameters to the database as they come, and
    PostgreSQL cannot take such text."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError("query parameters cannot contain NUL characters")


class PagesAPIViewSet(CleanParametersMixin, WagtailPagesAPIViewSet):
    pass
