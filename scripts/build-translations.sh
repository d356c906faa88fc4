#!/usr/bin/env bash
# Compile the committed translations (app/onrecord/resources/translations/*.ts) into the .qm
# files the app loads, beside them. The .qm files are build output: gitignored, never committed.
#   scripts/build-translations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/pyside6-lrelease" ] || bin="$(dirname "$(command -v pyside6-lrelease)")"
shopt -s nullglob
for ts in app/onrecord/resources/translations/*.ts; do
  "$bin/pyside6-lrelease" -silent -nounfinished "$ts" -qm "${ts%.ts}.qm"
done
