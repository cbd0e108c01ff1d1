"""The course editor's form in the Wagtail admin."""

from django import forms
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm


class CoursePageForm(WagtailAdminPageForm):
    """Topics, audience levels and providers in the page's own language only, not
    those of all four languages at once."""

    IN_PAGE_LANGUAGE = ("topics", "audience_levels", "provider")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(
            self.parent_page, "locale_id", None
        )
        for name in self.IN_PAGE_LANGUAGE:
            if name in self.fields and locale_id is not None:
                self._in_page_language(name, locale_id)

    def _in_page_language(self, name, locale_id):
        """Limit the choices to the page's language and show the page's choice in it:
        a translated page may still point at the rows it was copied with. A row not
        translated yet stays offered and chosen, so that saving loses nothing."""
        field = self.fields[name]
        multiple = isinstance(field, forms.ModelMultipleChoiceField)
        value = getattr(self.instance, name)
        chosen = list(value.all()) if multiple else [value] if value else []
        own = field.queryset.filter(locale_id=locale_id)
        translations = {
            row.translation_key: row
            for row in own.filter(
                translation_key__in=[row.translation_key for row in chosen]
            )
        }
        kept = [translations.get(row.translation_key, row) for row in chosen]
        field.queryset = field.queryset.filter(
            Q(locale_id=locale_id) | Q(pk__in=[row.pk for row in kept])
        )
        self.initial[name] = kept if multiple else next(iter(kept), None)
