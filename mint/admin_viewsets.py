"""The base of the admin's listings of rows (events, registrations, class visits,
certificates, outgoing mails): every app's viewsets build on it."""

from django.urls import path
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.viewsets.model import ModelViewSet


class AdminModelViewSet(ModelViewSet):
    """Listing, export and inspect; no copy, delete, history or usage views, and add
    and edit only where `editable` (never for rows that booking alone writes)."""

    editable = False
    inspect_view_enabled = True
    copy_view_enabled = False
    # Saving a registration is the hot path of booking: keep the reference index
    # (and its writes) out of it.
    add_to_reference_index = False
    search_backend_name = None

    def get_common_view_kwargs(self, **kwargs):
        hidden = ["delete", "history", "usage"]
        if not self.editable:
            hidden += ["add", "edit"]
        return super().get_common_view_kwargs(
            **{f"{name}_url_name": None for name in hidden}, **kwargs
        )

    def get_urlpatterns(self):
        patterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]
        if self.editable:
            patterns += [
                path("new/", self.add_view, name="add"),
                path("edit/<int:pk>/", self.edit_view, name="edit"),
            ]
        return patterns

    @property
    def url_finder_class(self):
        # "Edit" links elsewhere in the admin lead to the edit view, or else to the
        # inspect view (the overview, for events).
        return type(
            "_AdminURLFinder",
            (ModelAdminURLFinder,),
            {
                "edit_url_name": self.get_url_name(
                    "edit" if self.editable else "inspect"
                )
            },
        )
