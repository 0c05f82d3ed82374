#!/usr/bin/env bash
# Set-up command 1: install what is missing, build (optimised) and start the Polaris console.
# The console connects to Polymarket; where Polymarket cannot be reached it says so and runs on
# its built-in simulator, with a SIMULATED banner. Extra arguments go to polaris-console.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh

BUILD_DIR=${POLARIS_BUILD_DIR:-build/release}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
cmake --build "$BUILD_DIR" -j"$(nproc)" --target polaris-console polaris-arb polaris-sim

CONSOLE="$BUILD_DIR/app/console/polaris-console"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; then
  exec "$CONSOLE" "$@"
fi
echo "polaris: no display found; starting the console on a virtual display (Xvfb)."
echo "polaris: set DISPLAY to see the window; the console's status is printed below."
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$CONSOLE" "$@"
