#!/usr/bin/env bash
# Lints the committed API contract with Redocly (pinned; npm caches it after the first run).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=openapi
cd "$OCOP_ROOT"
need_cmd npx
REDOCLY_TELEMETRY=off npx --yes @redocly/cli@2.77.0 lint --config .redocly.yaml openapi.yaml
