#!/usr/bin/env sh
# The tests need Chromium, poppler's pdftotext and pdftoppm, qpdf, Info-ZIP's unzip, and PostgreSQL's server
# binaries (initdb, pg_ctl: server/postgres.mjs starts a throwaway one). On Debian/Ubuntu as root, install
# them when missing; elsewhere say what is missing. CHROME_PATH points the tests at another Chromium.
set -eu
missing=""
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || missing="$missing chromium"
{ command -v pdftotext && command -v pdftoppm; } >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v qpdf >/dev/null 2>&1 || missing="$missing qpdf"
command -v unzip >/dev/null 2>&1 || missing="$missing unzip"
{ [ -n "${PG_BIN:-}" ] || ls /usr/lib/postgresql/*/bin/initdb || command -v initdb; } >/dev/null 2>&1 || missing="$missing postgresql"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing$missing from Debian packages…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
  echo "The tests need:$missing. Install them (Debian/Ubuntu: sudo apt-get install$missing), or set CHROME_PATH." >&2
  exit 1
fi
