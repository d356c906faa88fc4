#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/onrecord/ with PyInstaller, then check it is usable:
# `dist/onrecord/onrecord self-test --json` on offscreen Qt, with the bundle's own Chinese font.
#
#   scripts/build-bundle.sh            build and check (exit 1 if the bundle is not usable)
#   scripts/build-bundle.sh --check    only check an existing dist/onrecord/
#
# It builds in its own venv (default build/bundle-venv; ONRECORD_BUNDLE_VENV overrides), so the
# developers' .venv is never touched. System packages it needs (scripts/setup.sh installs them):
# python3-venv, fonts-wqy-microhei and fonts-dejavu-core (shipped in the bundle), libportaudio2.
set -euo pipefail
cd "$(dirname "$0")/.."

check_only=0
[ "${1:-}" = "--check" ] && check_only=1
venv="${ONRECORD_BUNDLE_VENV:-build/bundle-venv}"
bundle=dist/onrecord
PYINSTALLER_SPEC=">=6.10,<7"

if [ "$check_only" = 0 ]; then
  started=$(date +%s)
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  # OnRecord's own dependencies, read from pyproject.toml (the app itself is analysed from
  # app/ by the spec, so the bundle always holds this checkout's code), and PyInstaller.
  mapfile -t deps < <("$venv/bin/python" -c '
import tomllib
for dep in tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]:
    print(dep)')
  "$venv/bin/python" -m pip install -q "pyinstaller$PYINSTALLER_SPEC" "${deps[@]}"
  "$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/onrecord.spec
  echo "built $bundle in $(( $(date +%s) - started )) s, $(du -sh "$bundle" | cut -f1)"
fi

[ -x "$bundle/onrecord" ] || { echo "build-bundle: $bundle/onrecord is missing" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
"$bundle/onrecord" --version
set +e
QT_QPA_PLATFORM=offscreen ONRECORD_HOME="$home/data" "$bundle/onrecord" self-test --json \
  >"$home/self-test.json"
status=$?
set -e
cat "$home/self-test.json"
# Usable (exit 0), and Chinese text renders with the fonts the bundle ships.
python3 - "$home/self-test.json" "$status" <<'EOF'
import json, sys

report = json.load(open(sys.argv[1], encoding="utf-8"))
checks = {c["name"]: c for c in report["checks"]}
problems = []
if sys.argv[2] != "0" or not report["usable"]:
    problems.append("self-test says the bundle is not usable")
fonts = checks.get("Chinese fonts", {})
if fonts.get("status") != "ok":
    problems.append(f"Chinese fonts: {fonts.get('detail', 'not checked')}")
for problem in problems:
    print(f"build-bundle: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
echo "build-bundle: $bundle is usable"
