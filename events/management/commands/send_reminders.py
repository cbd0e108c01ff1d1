import datetime

from django.core.management.base import BaseCommand

from events.reminders import send_due_reminders


class Command(BaseCommand):
    help = "E-mail a reminder to everyone confirmed for a date that starts soon (run hourly)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours",
            type=int,
            default=48,
            help="How long before the start (default 48).",
        )

    def handle(self, *args, hours, **options):
        queued = send_due_reminders(lead_time=datetime.timedelta(hours=hours))
        self.stdout.write(f"{queued} reminder(s) queued.")
