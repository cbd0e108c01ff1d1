"""The admin's form fields, with their errors where screen readers look for them."""

from django import template
from wagtail.admin.templatetags.wagtailadmin_tags import formattedfield

register = template.Library()


@register.inclusion_tag("wagtailadmin/shared/formatted_field.html")
def field_row(field, **kwargs):
    """Wagtail's `formattedfield`, its error message under the id that Django's
    aria-describedby names (<id>_error), so that the message is read with the
    field instead of pointing nowhere."""
    return formattedfield(field, error_message_id=f"{field.auto_id}_error", **kwargs)
