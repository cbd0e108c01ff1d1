"""gunicorn for the MINT platform: `gunicorn -c scripts/deploy/gunicorn.conf.py`.

Each value can be overridden from the environment (GUNICORN_*); the defaults suit one
server with 2 cores behind nginx."""

import multiprocessing
import os

wsgi_app = "mint.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Requests wait on the database and on PDFs, not on the CPU alone.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))  # bulk exports take a while
graceful_timeout = 30
max_requests = 2000  # recycle workers now and then
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"  # to stdout, for journald
# No query strings in the access log: they can carry search words or codes.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)ss'
# Nor the keys some paths carry (calendar feeds, invitations, password resets).
logger_class = "mint.log_redaction.AccessLogger"
errorlog = "-"
