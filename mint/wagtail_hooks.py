from wagtail import hooks

from .viewsets import OutgoingMailViewSet


@hooks.register("register_admin_viewset")
def register_outgoing_mail_admin():
    """Every outgoing mail and its state: Settings › Outgoing mails."""
    return OutgoingMailViewSet()
