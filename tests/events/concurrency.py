"""Helpers for the race tests: run jobs in threads released together, and watch the
seat count."""

import threading
import time

from django.db import connection, connections


class Counting:
    """Wraps the seat count to note whose booking counted, and optionally to dawdle
    after counting, widening the gap between counting the seats and taking one.

    With the event row locked the bookings count one after another and hold the
    lock until they commit, so `participants` is also the order of the commits."""

    def __init__(self, seats_taken):
        self.seats_taken = seats_taken
        self.pause = 0  # seconds
        self.participants = []
        self.thread = threading.local()  # whose booking runs in this thread

    def __call__(self, event):
        taken = self.seats_taken(event)
        self.participants.append(getattr(self.thread, "participant_id", None))
        time.sleep(self.pause)
        return taken


def at_once(*jobs):
    """Run each job in its own thread and connection, released together; return the
    exceptions raised."""
    barrier = threading.Barrier(len(jobs))
    errors = []

    def run(job):
        try:
            connection.ensure_connection()
            barrier.wait(timeout=30)
            job()
        except Exception as error:  # noqa: BLE001 - every error is asserted on below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a booking hung"
    return errors
