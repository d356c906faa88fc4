#!/usr/bin/env bash
# Re-extract the UI's strings into the committed translation sources (Qt Linguist .ts).
#   scripts/update-translations.sh
# Existing translations are kept; strings no longer in the code are dropped (-no-obsolete);
# new ones appear as type="unfinished" until translated (tests/ui/test_i18n.py fails on them).
# Translate them in Qt Linguist (pyside6-linguist) or by editing the .ts, then run
# scripts/build-translations.sh to compile the .qm files the app loads.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/pyside6-lupdate" ] || bin="$(dirname "$(command -v pyside6-lupdate)")"
dir=app/onrecord/resources/translations
# The UI, the core modules whose messages the UI translates (onrecord/messages.py), and the
# command line's own words (subclasses of onrecord.translator.Words).
mapfile -t sources < <(
  {
    find app/onrecord/ui -name '*.py' -not -path '*/__pycache__/*'
    grep -rlF --include='*.py' --exclude-dir=ui --exclude-dir=__pycache__ \
      -e 'QT_TRANSLATE_NOOP(' -e '(Words):' app/onrecord
  } | LC_ALL=C sort -u
)
for language in zh_CN zh_TW; do
  "$bin/pyside6-lupdate" -no-obsolete -locations relative -target-language "$language" \
    "${sources[@]}" -ts "$dir/onrecord_$language.ts"
done
# English needs only its plural forms ("1 mark", "2 marks"): the source text is English.
"$bin/pyside6-lupdate" -no-obsolete -pluralonly -locations relative -target-language en \
  "${sources[@]}" -ts "$dir/onrecord_en.ts"
