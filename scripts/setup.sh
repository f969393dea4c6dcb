#!/usr/bin/env bash
# `npm run setup`: everything Careline Desk needs on a Debian 12 machine that has Node and npm:
# the Debian packages the tests and the demo use, the npm packages, Electron's binary where it can
# be downloaded, the caller simulator's voice prompt, and a build. Each step is skipped when its
# result is already there, so a second run takes seconds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

started=$(date +%s%N)
report=()
say() { report+=("$*"); }
step_log=$(mktemp)
trap 'rm -f "$step_log"' EXIT

# Runs a noisy command quietly; shows its output only when it fails.
quietly() {
  if ! "$@" >"$step_log" 2>&1; then
    cat "$step_log" >&2
    echo "setup: failed: $*" >&2
    exit 1
  fi
}

# --- Debian packages -------------------------------------------------------------------------
# kamailio (+ its WebSocket module): the test and demo PBX. chromium: end-to-end tests and the dev
# host's browser. espeak-ng + sox: the voice prompt. postgresql: the shared-database tests.
# iproute2 + util-linux: the loopback-only network namespace (ip, unshare) the media tests run in.
packages=(kamailio kamailio-websocket-modules chromium fonts-liberation espeak-ng sox postgresql iproute2 util-linux)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null; then
    as_root=(sudo)
  else
    echo "setup: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  # The tests start their own Kamailio and PostgreSQL on loopback; the packages' system services
  # (Kamailio would listen on every interface) must not start. Debian's policy-rc.d hook does that.
  added_policy=false
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee /usr/sbin/policy-rc.d >/dev/null
    "${as_root[@]}" chmod 755 /usr/sbin/policy-rc.d
    added_policy=true
  fi
  quietly "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  quietly "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  if $added_policy; then "${as_root[@]}" rm -f /usr/sbin/policy-rc.d; fi
  say "Debian packages installed: ${missing[*]}"
else
  say "Debian packages: all present (${packages[*]})"
fi

# --- npm packages ----------------------------------------------------------------------------
# npm keeps a record of what it installed in node_modules/.package-lock.json; when that matches
# the lock file (and the lock file matches package.json), node_modules is up to date.
npm_up_to_date() {
  [[ -f package-lock.json && -f node_modules/.package-lock.json ]] || return 1
  node --input-type=module -e '
    import { readFileSync } from "node:fs";
    const read = (file) => JSON.parse(readFileSync(file, "utf8"));
    const manifest = read("package.json");
    const lock = read("package-lock.json");
    const installed = read("node_modules/.package-lock.json").packages;
    const same = (a = {}, b = {}) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
    const rootEntry = lock.packages[""] ?? {};
    const declared = ["dependencies", "devDependencies", "optionalDependencies"].every((k) => same(manifest[k], rootEntry[k]));
    const locked = Object.entries(lock.packages).filter(([path]) => path !== "");
    // Optional packages for other platforms (esbuild, rolldown, fsevents...) are never installed.
    const present = locked.every(([path, entry]) => entry.optional || installed[path]?.version === entry.version);
    const noStrays = Object.entries(installed).every(([path, entry]) => lock.packages[path]?.version === entry.version);
    process.exit(declared && present && noStrays ? 0 : 1);
  '
}
if npm_up_to_date; then
  say "npm packages: up to date"
else
  # Electron's binary is fetched below, where it can be; an install must not fail without it.
  if [[ -f package-lock.json ]]; then
    quietly env ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund --progress=false
  else
    quietly env ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm install --no-audit --no-fund --progress=false
  fi
  say "npm packages: installed ($(node -p 'Object.keys(require("./node_modules/.package-lock.json").packages).length') packages)"
fi

# --- Electron's binary -----------------------------------------------------------------------
electron_present() {
  [[ -f node_modules/electron/path.txt && -e "node_modules/electron/dist/$(cat node_modules/electron/path.txt)" ]]
}
if ! electron_present; then
  env -u ELECTRON_SKIP_BINARY_DOWNLOAD timeout 600 node node_modules/electron/install.js >"$step_log" 2>&1 || true
fi
if electron_present; then
  say "Electron: binary present (npm start opens the desktop app)"
else
  say "Electron's binary could not be downloaded on this machine: \`npm start\` runs the dev host instead; open the address it prints in Chromium."
fi

# --- Voice prompt for the caller simulator ---------------------------------------------------
prompt=assets/generated/voice-prompt.wav
if [[ -s $prompt ]]; then
  say "Voice prompt: present ($prompt)"
else
  mkdir -p "$(dirname "$prompt")"
  work=$(mktemp -d)
  quietly espeak-ng -v sv -s 150 -w "$work/sv.wav" "Hej, jag ringer till Äldre direkt. Det här är ett testsamtal."
  quietly espeak-ng -v en -s 150 -w "$work/en.wav" "Hello, this is a test call to Careline Desk."
  # WebRTC's Opus runs at 48 kHz; a mono 16-bit prompt at that rate needs no resampling in the page.
  quietly sox "$work/sv.wav" "$work/en.wav" -r 48000 -c 1 -b 16 "$work/prompt.wav" pad 0 0.5
  mv "$work/prompt.wav" "$prompt"
  rm -rf "$work"
  say "Voice prompt: generated ($prompt, $(soxi -D "$prompt" | cut -c1-4) s)"
fi

# --- Build -----------------------------------------------------------------------------------
quietly node scripts/build.mjs
say "Build: dist/ $(sed -n 's/^Built Careline Desk in \([0-9]* ms\).*/built in \1/p' "$step_log")"

elapsed_ms=$((($(date +%s%N) - started) / 1000000))
echo "Careline Desk setup done in $((elapsed_ms / 1000)).$(printf '%03d' $((elapsed_ms % 1000)) | cut -c1) s:"
printf '  %s\n' "${report[@]}"
echo "Next: npm start   (or: npm test, npm run demo)"
