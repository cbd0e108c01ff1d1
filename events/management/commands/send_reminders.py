import datetime

from django.core.management.base import BaseCommand

from events.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "E-mail a reminder to everyone confirmed before each session that starts "
        "soon, and to teachers two days before a confirmed class visit (run hourly)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours",
            type=int,
            default=48,
            help="How long before a session (default 48; class visits: two days).",
        )

    def handle(self, *args, hours, **options):
        queued = send_due_reminders(lead_time=datetime.timedelta(hours=hours))
        self.stdout.write(f"{queued} reminder(s) queued.")
