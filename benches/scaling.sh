#!/usr/bin/env bash
# Looks for inputs whose time grows faster than their size: each phrase is repeated N and
# 4N times on one line (one paragraph, no sentence end unless the phrase has one), the
# example extracts both, and the line shows both times, the ratio (about 4 when linear)
# and the output sizes. A ratio well above 4 on the larger times means a superlinear path.
#
# usage: benches/scaling.sh [N] [phrase ...]   (default N: 20000; default phrases below)
# e.g.   benches/scaling.sh 20000 'Оның айтуынша, ' 'Ол: «Иә» '
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
shift || true
phrases=("$@")
if [ ${#phrases[@]} -eq 0 ]; then
    phrases=(
        'Айдар Құрмашев ' 'Құрмашевтің пікірінше, ' 'Оның айтуынша, ' 'Ол: «Иә» '
        '«Жүк артты», – деді министр ' ', деп хабарлайды агенттік ' 'ТМҰ-ның ' 'Ақтау порты '
        '1 234' ' 234' '1 ' '2025 жылғы ' '5 млн теңге ' '«' '– ' 'А.Б. ' 'Қазақстан '
        'екі жүз ' 'бір ' 'бірінші ' 'екі жылдан ' 'Алматы – Астана тасжолы, '
        'нөмірі 5 мектеп, № 2 емхана ' 'Қызылжар, Көктал және Ақсу ауылдары ' 'Тамараның '
        '«Иә», – деді ол… '
    )
fi
cargo build --quiet --release --example extract
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for phrase in "${phrases[@]}"; do
    line="'$phrase'"$'\t'
    for reps in "$n" $((4 * n)); do
        PHRASE=$phrase awk -v n="$reps" 'BEGIN { for (i = 0; i < n; i++) printf "%s", ENVIRON["PHRASE"]; print "" }' >"$work/in.txt"
        start=$(date +%s.%N)
        size=$(timeout 120 target/release/examples/extract "$work/in.txt" | wc -c) || size=timeout
        took=$(echo "$(date +%s.%N) - $start" | bc)
        line+=$(printf ' %6.3fs %10s B' "$took" "$size")
        times+=("$took")
    done
    ratio=$(echo "scale=1; ${times[-1]} / (${times[-2]} + 0.001)" | bc)
    echo "$line  x$ratio"
done
