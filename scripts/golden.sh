#!/usr/bin/env bash
# Runs the byte-identity set (seeds 1-5: baseline, one scenario per knob, the supply scenarios)
# with a built jar into DIR, or compares two such folders with cmp.
#   scripts/golden.sh run JAR DIR     e.g. scripts/golden.sh run target/reesim.jar /tmp/golden-new
#   scripts/golden.sh cmp DIR_A DIR_B
# manifest.json is left out of the comparison (it holds the wall time and the creation date), and
# report.html is compared without its "created"/"generated" time stamps.
set -euo pipefail
cmd=${1:?usage: golden.sh run JAR DIR | cmp DIR_A DIR_B}
cases=(
  "baseline|configs/baseline.yaml|"
  "mq04|configs/baseline.yaml|scenario.miningQuotaScale=0.4"
  "eq04|configs/baseline.yaml|scenario.exportQuotaScale=0.4"
  "tariff05|configs/baseline.yaml|scenario.exportTariffAdd=0.5"
  "enf3|configs/baseline.yaml|scenario.enforcementScale=3"
  "recyc200|configs/baseline.yaml|scenario.recyclingSubsidy=200"
  "demand15|configs/baseline.yaml|scenario.demandScale=1.5"
  "magnet15|configs/baseline.yaml|scenario.magnetDemandScale=1.5"
  "pop2|configs/baseline.yaml|scenario.populationScale=2"
  "supply2|configs/yao2021-supply-2pct.yaml|"
  "supply5|configs/yao2021-supply-5pct.yaml|"
  "supply8|configs/yao2021-supply-8pct.yaml|"
)
case "$cmd" in
  run)
    jar=${2:?jar}; dir=${3:?dir}; mkdir -p "$dir"
    for c in "${cases[@]}"; do
      IFS='|' read -r name config set <<<"$c"
      for seed in 1 2 3 4 5; do
        out="$dir/$name-seed$seed"; rm -rf "$out"
        args=(run --quiet --config "$config" --seed "$seed" --out "$out")
        [ -n "$set" ] && args+=(--set "$set")
        java -jar "$jar" "${args[@]}"
      done
    done ;;
  cmp)
    a=${2:?dir a}; b=${3:?dir b}; bad=0; n=0
    for run in "$a"/*/; do
      name=$(basename "$run")
      for f in "$run"*; do
        base=$(basename "$f"); [ "$base" = manifest.json ] && continue
        n=$((n+1))
        if [ "$base" = report.html ]; then
          cmp -s <(sed -E 's/"(created|generated|config_sha256)":"[^"]*"//g' "$f") <(sed -E 's/"(created|generated|config_sha256)":"[^"]*"//g' "$b/$name/$base") \
            || { echo "differs: $name/$base"; bad=1; }
        else
          cmp -s "$f" "$b/$name/$base" || { echo "differs: $name/$base"; bad=1; }
        fi
      done
    done
    echo "$n files compared"; exit $bad ;;
  *) echo "usage: golden.sh run JAR DIR | cmp DIR_A DIR_B" >&2; exit 2 ;;
esac
