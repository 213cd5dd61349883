#!/bin/sh
# Fails the build with one line when Node.js 20 or later is missing (it builds the studio's page).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "wpo studio: Node.js 20 or later (with npm) is needed to build; install it (Debian: apt-get install nodejs npm)" >&2
  exit 1
fi
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null; then
  echo "wpo studio: Node.js $(node --version 2>/dev/null) is too old; install Node.js 20 or later (with npm) to build" >&2
  exit 1
fi
