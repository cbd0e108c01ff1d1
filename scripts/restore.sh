#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into the database named by DATABASE_URL,
# replacing what is there. Usage: scripts/restore.sh FILE
# Stop the app servers and the worker first; run `manage.py migrate` afterwards when
# the code is newer than the backup.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the database to restore into}"
file=${1:?usage: scripts/restore.sh FILE}
[ -r "$file" ] || { echo "cannot read $file" >&2; exit 1; }
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
  --exit-on-error --dbname="$DATABASE_URL" "$file"
echo "restored $file"
