"""What certificates does when people leave: their choice on deleting the account."""

from django.dispatch import receiver

from mint.people.signals import account_removed, participant_removed

from . import services
from .models import Certificate


@receiver(participant_removed)
def certificates_of_removed_participant(
    sender, participant, keep_certificates=True, **kwargs
):
    certificates = Certificate.objects.filter(registration__participant=participant)
    services.holder_leaves(certificates, keep=keep_certificates)


@receiver(account_removed)
def class_certificates_of_removed_account(
    sender, user, keep_certificates=True, **kwargs
):
    certificates = Certificate.objects.filter(group_booking__teacher=user)
    services.holder_leaves(certificates, keep=keep_certificates)
