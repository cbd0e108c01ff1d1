"""Template tags of class visits."""

from django import template

from events import visits

register = template.Library()


@register.simple_tag
def headcount(pupils, adults):
    """“5 pupils, 2 adults”, the same words the messages of class visits use."""
    return visits.headcount(pupils, adults)
