#!/usr/bin/env bash
# Back up the PostgreSQL database named by DATABASE_URL into one file (pg_dump's custom
# format: compressed, restorable table by table). Usage: scripts/backup.sh [FILE]
# Default file: backups/mint-<UTC time>.dump. Run it daily from cron or a systemd timer
# and copy the file off the server; media/ (uploaded images) needs a copy as well.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the database to back up}"
file=${1:-backups/mint-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$file")"
pg_dump --format=custom --no-owner --no-privileges --file="$file.partial" "$DATABASE_URL"
mv "$file.partial" "$file"  # a half-written backup never carries the final name
echo "$file"
