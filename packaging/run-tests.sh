#!/usr/bin/env bash
# Set-up command 2: install what is missing, build everything (debug, warnings as errors) and run
# the whole test suite. Exits non-zero if anything fails. Used verbatim by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh

BUILD_DIR=${POLARIS_BUILD_DIR:-build/debug}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAPP_WARNINGS_AS_ERRORS=ON \
      -DBUILD_TESTING=ON -DPOLARIS_SHARED_DIR="$(pwd)/../shared"
cmake --build "$BUILD_DIR" -j"$(nproc)"

# Storage tests run against SQLite and a real PostgreSQL (started here, as CI starts clean).
POLARIS_TEST_POSTGRES_URL=$(packaging/start-postgres.sh | tail -n 1)
export POLARIS_TEST_POSTGRES_URL
export QT_QPA_PLATFORM=offscreen
cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" --timeout 300
