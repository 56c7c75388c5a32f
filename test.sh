#!/usr/bin/env bash
# Runs all tests of WerkERP: unit tests, the Arquillian integration tests on Payara Micro against a
# real (embedded) MariaDB with headless Chromium, and the EAR on Payara Server 6.
# On a fresh Debian machine it first installs what the browser tests need (Debian's chromium and
# chromium-driver) and, for linting the OpenAPI document with Redocly CLI and the accessibility check with axe-core,
# node and npm (Debian's nodejs, npm; both come pinned from npm, web/src/test/redocly and web/src/test/axe);
# everything else comes from Maven Central.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (Debian packages) for the browser tests and the OpenAPI lint ..."
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

exec mvn -B -ntp verify "$@"
