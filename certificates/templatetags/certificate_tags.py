from django import template

from .. import services

register = template.Library()


@register.simple_tag
def certificate_facts(certificate):
    """What the certificate confirms, as printed (services.facts)."""
    return services.facts(certificate)
