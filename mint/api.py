"""The read-only API for partner websites (Wagtail API v2): what its endpoints share."""

from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet

# Far beyond any list the API has, and well within the database's integers.
MAX_OFFSET = 2**31 - 1


class CleanParametersMixin:
    """Query parameters the database cannot take are a bad request (400), as Wagtail's
    other refusals are: its filters and paging hand them on as they come. PostgreSQL
    takes no text with a NUL character and no offset past its largest integer."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError("query parameters cannot contain NUL characters")
        offset = request.GET.get("offset", "")
        if offset.isdecimal() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")


class PagesAPIViewSet(CleanParametersMixin, WagtailPagesAPIViewSet):
    pass
