"""What events does when something happens elsewhere: sessions change, people leave."""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from mint.people.privacy import still_running
from mint.people.signals import (
    account_has_dates_coming,
    account_removed,
    participant_removed,
)

from . import booking, visits
from .models import Event, GroupBooking, Registration, Session


@receiver([post_save, post_delete], sender=Session)
def refresh_event_schedule(sender, instance, **kwargs):
    """Keep each event's stored first start and last end in step with its sessions."""
    Event.objects.filter(pk=instance.event_id).refresh_schedule()


def not_begun(now):
    """Dates whose first session is still ahead (or that have none)."""
    return ~Q(event__starts_at__lte=now)


@receiver(participant_removed)
def cancel_registrations_of_removed_participant(sender, participant, **kwargs):
    """Give a removed participant's seats on dates not yet begun to the waiting list;
    on dates already begun the registration stays as it was for the sessions held
    (marked `left_at`, so that later sessions count for nobody), since those dates
    belong to periods whose figures must not change. Then clear what they wrote; the
    rows stay without the person (Registration.participant is SET_NULL)."""
    now = timezone.now()
    running = participant.registrations.filter(still_running())
    for registration_id in running.filter(not_begun(now)).values_list("pk", flat=True):
        booking.cancel(registration_id=registration_id, by_staff=True)
    running.exclude(not_begun(now)).update(left_at=now)
    participant.registrations.update(remarks="")


@receiver(account_removed)
def cancel_class_visits_of_removed_account(sender, user, **kwargs):
    """Cancel a leaving teacher's class visits not yet begun, as their own cancelling
    would (the seats are free at once); the bookings then stay without teacher or
    school (both SET_NULL), counted by what they keep of the school, with the texts
    that could name someone cleared."""
    bookings = GroupBooking.objects.for_user(user)
    ahead = bookings.holding().filter(not_begun(timezone.now()))
    for booking_id in ahead.values_list("pk", flat=True):
        visits.cancel(booking_id=booking_id, by_staff=True)
    bookings.update(
        class_name="", phone="", remarks="", accessibility_needs="", staff_message=""
    )


@receiver(account_has_dates_coming)
def dates_coming_for_account(sender, user, now, **kwargs):
    """A registration of someone the account looks after, a class visit it booked or
    a date it teaches, on a date not yet ended: the account is still needed."""
    not_ended = ~Q(event__ends_at__lte=now)
    return (
        Registration.objects.for_user(user).active().filter(not_ended).exists()
        or GroupBooking.objects.for_user(user).holding().filter(not_ended).exists()
        or user.taught_events.filter(status=Event.Status.SCHEDULED)
        .exclude(ends_at__lte=now)
        .exists()
    )
