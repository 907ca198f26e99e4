#!/usr/bin/env bash
# Rebuilds docs/img/gui.png: opens the MASON console on the baseline, plays some months and
# pictures the console (Model tab), the supply-chain display and the charts.
# Installs nothing. Needs a display: uses $DISPLAY if set, otherwise starts Xvfb on :99
# (Debian/Ubuntu package: xvfb). Builds target/reesim.jar if it is missing.
#
# usage: scripts/gui-screenshot.sh [MONTHS [CONFIG [OUT.png [SEED]]]]
#   MONTHS default 120 (to December 2009: illegal mining and smuggling both show in the display)
set -euo pipefail
cd "$(dirname "$0")/.."

months="${1:-120}"
config="${2:-configs/baseline.yaml}"
out="${3:-docs/img/gui.png}"
seed="${4:-1}"

if [[ ! -f target/reesim.jar ]]; then
    mvn -q -DskipTests package
fi

xvfb_pid=""
cleanup() { if [[ -n "$xvfb_pid" ]]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

if [[ -z "${DISPLAY:-}" ]]; then
    if ! command -v Xvfb >/dev/null; then
        echo "no DISPLAY and no Xvfb: install the xvfb package (apt-get install -y xvfb) or run on a desktop" >&2
        exit 2
    fi
    if [[ -e /tmp/.X99-lock ]]; then
        echo "display :99 is taken (/tmp/.X99-lock); set DISPLAY to use it, or stop that server" >&2
        exit 2
    fi
    Xvfb :99 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:99
    for _ in $(seq 1 50); do [[ -e /tmp/.X11-unix/X99 ]] && break; sleep 0.1; done
fi

java -cp target/reesim.jar reesim.gui.Screenshot "$config" "$out" "$months" "$seed" 2> >(grep -v 'probably no Java3D' >&2)
