"""Keep each event's stored first start and last end in step with its sessions."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Event, Session


@receiver([post_save, post_delete], sender=Session)
def refresh_event_schedule(sender, instance, **kwargs):
    Event.objects.filter(pk=instance.event_id).refresh_schedule()
