#!/usr/bin/env bash
# Install everything OnRecord needs on Debian 12 / Ubuntu 24.04, into ./.venv.
#   scripts/setup.sh         the app
#   scripts/setup.sh --dev   the app, the test tools and the virtual-audio test devices
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

# Qt's system libraries (offscreen and X11), PortAudio, and fonts with real Chinese glyphs
# (WenQuanYi has TrueType outlines, which keep Chinese text searchable in PDFs).
apt_packages=(
  python3 python3-venv python3-pip
  libportaudio2 libsndfile1
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0
  fonts-noto-cjk fonts-wqy-microhei fonts-dejavu-core
)
if [ "$dev" = 1 ]; then
  # A private PulseAudio daemon gives the tests real, clocked "microphone" and "speakers"
  # devices; espeak-ng and sox make test speech; ffprobe and sox check recovered files.
  # The evidence tests read the PDF report (poppler), open the HTML report in headless
  # Chromium, open the encrypted zip with 7-Zip and check signatures with openssl.
  apt_packages+=(pulseaudio pulseaudio-utils libasound2-plugins espeak-ng sox ffmpeg
                 poppler-utils xvfb chromium 7zip openssl
                 desktop-file-utils appstream)
fi

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
if ! dpkg-query -W -f='${Status}\n' "${apt_packages[@]}" 2>/dev/null | grep -vq "install ok installed" \
   && [ "$(dpkg-query -W -f='${Status}\n' "${apt_packages[@]}" 2>/dev/null | wc -l)" = "${#apt_packages[@]}" ]; then
  echo "system packages: already installed"
else
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${apt_packages[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$dev" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
# Compile the committed translations (.ts) into the .qm files the app loads (gitignored).
scripts/build-translations.sh
echo "OnRecord is installed in $(pwd)/.venv"
