"""What events does when something happens elsewhere: sessions change, people leave."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from mint.people.privacy import still_running
from mint.people.signals import participant_removed

from . import booking
from .models import Event, Session


@receiver([post_save, post_delete], sender=Session)
def refresh_event_schedule(sender, instance, **kwargs):
    """Keep each event's stored first start and last end in step with its sessions."""
    Event.objects.filter(pk=instance.event_id).refresh_schedule()


@receiver(participant_removed)
def cancel_registrations_of_removed_participant(sender, participant, **kwargs):
    """Give a removed participant's seats on dates that have not ended to the waiting
    list, and clear what they wrote; the rows then stay without the person
    (Registration.participant is SET_NULL), so the figures of past dates stay right."""
    running = participant.registrations.filter(still_running())
    for registration_id in running.values_list("pk", flat=True):
        booking.cancel(registration_id=registration_id, by_staff=True)
    participant.registrations.update(remarks="")
