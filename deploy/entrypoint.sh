#!/bin/sh
# Start the webhook workers. The live catalog sits on the data volume, so a catalog an admin uploads
# reaches every worker and survives a new image; the bundled one is copied there on the first start.
set -eu
: "${PHONE_ADVISOR_WEBHOOK_URL:?set PHONE_ADVISOR_WEBHOOK_URL to the public https URL Telegram posts to}"
catalog="$PHONE_ADVISOR_CATALOG"
if [ ! -f "$catalog" ]; then
    mkdir -p "$(dirname "$catalog")"
    cp /app/data/phones.csv "$catalog.tmp.$$"
    mv "$catalog.tmp.$$" "$catalog"  # atomic: a second container starting at once sees all or nothing
fi
exec phone-advisor bot --webhook "$PHONE_ADVISOR_WEBHOOK_URL" --listen 0.0.0.0 --port 8443 \
    --workers "${PHONE_ADVISOR_WORKERS:-2}" "$@"
