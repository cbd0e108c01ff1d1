import importlib
import threading

import pytest


@pytest.fixture
def mails(monkeypatch):
    """Every registration mail sent, as (registration_id, kind), in the order sent.

    The service queues mails on commit; in a test inside a transaction, wrap the call
    in `django_capture_on_commit_callbacks(execute=True)` to send them."""
    emails = importlib.import_module("events.emails")
    sent = []
    lock = threading.Lock()  # the race tests send from many threads

    def record(registration_id, kind, session_id=None):
        with lock:
            sent.append((registration_id, str(kind)))

    monkeypatch.setattr(emails, "send_registration_mail", record)
    return sent
