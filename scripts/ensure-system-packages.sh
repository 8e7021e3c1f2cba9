#!/usr/bin/env bash
# Make sure the programs the test run drives are installed: w3m for the text-mode renders,
# Chromium for the browser tests and gettext (msgfmt, xgettext) for the translation catalogues.
# Installs the missing ones when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v w3m >/dev/null 2>&1 || missing+=(w3m)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
# A Chromium of one's own, named by CHROMIUM, is used as it is.
if [ -z "${CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
    missing+=(chromium)
fi

if [ "${#missing[@]}" -gt 0 ]; then
    scripts/apt-install.sh "${missing[@]}"
fi
