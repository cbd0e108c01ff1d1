"""The course editor's list of dates. Dates are edited in the events admin, outside page
revisions, so that capacity and status only ever change through the booking rules."""

from django.urls import reverse
from wagtail.admin.panels import Panel
from wagtail.models import Locale

# The events admin, by URL namespace (courses does not import the events admin).
EVENT_ADMIN = "events_event"


class DatesPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/dates_panel.html"

        def get_context_data(self, parent_context=None):
            from events.catalogue import dates_for_editor

            context = super().get_context_data(parent_context)
            page = self.instance
            source = page.pk and page.get_translation_or_none(Locale.get_default())
            context["dates"] = dates_for_editor(page.translation_key) if page.pk else []
            context["add_url"] = (
                f"{reverse(f'{EVENT_ADMIN}:add')}?course={source.pk}" if source else ""
            )
            context["overview_url_name"] = f"{EVENT_ADMIN}:inspect"
            context["edit_url_name"] = f"{EVENT_ADMIN}:edit"
            return context
