#!/usr/bin/env bash
# Installs everything Polaris needs to build, run and test on Debian 12, from Debian's archive.
# Idempotent: packages already present are not reinstalled, and apt is not touched at all when
# nothing is missing. Run as root or through sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
  libsecp256k1-dev libssl-dev libsimdjson-dev libbenchmark-dev
  postgresql gnome-keyring dbus libsecret-tools xvfb xauth
  fonts-wqy-microhei qt6-translations-l10n libqt6svg6
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "polaris: all build dependencies are installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "polaris: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "polaris: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
