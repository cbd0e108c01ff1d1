"""Certificates in the funder's figures: what `events.figures` asks for through its
hook, counted for the same dates (those that start in the period, narrowed by the
same filters). Revoked certificates do not count, but for those withdrawn only because
the holder had their data deleted (they were earned); a re-issued one counts once."""

from django.utils.translation import gettext_lazy as _

from events.figures import ExtraFigure, events_in

from .models import Certificate


def certificate_figures(period, filters):
    """Certificates issued to people – by registration, so that the report breaks
    them down like the registrations – and class confirmations. One query."""
    issued = (
        Certificate.objects.earned()
        .filter(event__in=events_in(period, filters))
        .order_by()
        .values_list("registration_id", "group_booking_id")
    )
    registrations, classes = set(), 0
    for registration_id, group_booking_id in issued:
        if registration_id:
            registrations.add(registration_id)
        elif group_booking_id:
            classes += 1
    return {
        "certificates_issued": ExtraFigure(
            label=_("Certificates issued"), registrations=frozenset(registrations)
        ),
        "class_confirmations": ExtraFigure(
            label=_("Class confirmations issued"), count=classes, people=False
        ),
    }
