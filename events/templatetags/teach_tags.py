"""Template tags of the attendance pages."""

from django import template

from events.attendance import is_coordinator

register = template.Library()


@register.simple_tag(takes_context=True)
def teaches(context):
    """Whether the signed-in user takes attendance: assigned to an event, or staff
    with the attendance permission. One query, none for anonymous visitors."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    if user.is_staff and is_coordinator(user):
        return True
    return user.taught_events.exists()
