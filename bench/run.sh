#!/usr/bin/env bash
# The benchmarks of BENCHMARKS.md in one command. Prints markdown tables on stdout
# (progress on stderr):
#   - extraction throughput, one core and all cores, MB/s and documents/s, on the
#     samples and on a generated corpus, and the per-stage breakdown;
#   - spaCy's NER (the peer) on the same files, and the ratio per core;
#   - ingest of generated corpora into the embedded store: wall time, documents/s,
#     peak RSS, store bytes per document, and how the rate holds up during the run;
#   - query latency (p50/p95/p99) on each store;
#   - quality at scale: score.py and kb_score.py on the 10,000-document corpus, beside
#     tests/corpus.
#
# Usage: bench/run.sh [--no-1m] [--quick] [--extract-only] [--sizes N,N,...] [--work DIR] [--keep]
#   --no-1m    sizes 10,000 and 100,000 (about 15 minutes on 2 cores)
#   --quick    size 10,000 only
#   --extract-only  extraction and the peer only (a few minutes)
#   default    10,000, 100,000 and 1,000,000 (about an hour; needs ~20 GB of disk)
# Environment: SHARED (default ../shared), PEER (spaCy venv python, default
# /tmp/peervenv/bin/python; the peer is skipped when missing), CARGO_TARGET_DIR,
# NICE (niceness of the long runs, default 0).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
PEER=${PEER:-/tmp/peervenv/bin/python}
TARGET=${CARGO_TARGET_DIR:-target}
NICE=${NICE:-0}
sizes=10000,100000,1000000
work=""
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --no-1m) sizes=10000,100000 ;;
        --quick) sizes=10000 ;;
        --extract-only) sizes="" ;;
        --sizes) sizes=$2; shift ;;
        --work) work=$2; shift ;;
        --keep) keep=1 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done
work=${work:-$(mktemp -d "${TMPDIR:-/tmp}/dossier-bench.XXXXXX")}
mkdir -p "$work"
cleanup() { if [ "$keep" = 0 ]; then rm -rf "$work"; fi; }
trap cleanup EXIT
log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
fmt() { python3 -c "import sys; print(format(float(sys.argv[1]), sys.argv[2]))" "$1" "$2"; }

log "building (release)"
cargo build --release -q -p dossier-cli --bins
cargo build --release -q -p dossier-extract --example stages
cargo bench -q -p dossier-cli --bench kb --no-run 2>/dev/null
bin=$TARGET/release/dossier
stages=$TARGET/release/examples/stages
cores=$(nproc)

docs_in() { find "$1" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' -o -name '*.md' \) ! -name README.md | sort; }
bytes_of() { xargs cat < "$1" | wc -c; }
chars_of() { python3 -c "import sys; print(sum(len(open(p, encoding='utf-8', errors='replace').read()) for p in sys.stdin.read().split()))" < "$1"; }

echo "# dossier benchmarks"
echo
echo "Machine: $cores cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);" \
     "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $(date -u +%Y-%m-%dT%H:%MZ); load average at start $(load)."
echo

# ---------------------------------------------------------------- corpora for extraction
log "preparing extraction corpora"
mkdir -p "$work/samples20"
for i in $(seq -w 1 20); do
    for f in $(docs_in samples); do cp "$f" "$work/samples20/c$i-$(basename "$f")"; done
done
"$bin" gen-corpus --docs 2000 --seed 1 --out "$work/gen2k" 2>/dev/null
docs_in "$work/samples20" > "$work/samples20.list"
docs_in "$work/gen2k" > "$work/gen2k.list"
docs_in samples > "$work/samples.list"
head -n 300 "$work/gen2k.list" > "$work/gen300.list"

echo "## Extraction throughput"
echo
echo "\`dossier extract --threads T --format jsonl FILES > OUT.jsonl\` end to end (reading, extraction, JSON Lines written to a file); the best of three runs."
echo
echo "| corpus | documents | MB | threads | seconds | MB/s | documents/s |"
echo "|---|---:|---:|---:|---:|---:|---:|"
declare -A one_core_secs
for corpus in samples20 gen2k; do
    list="$work/$corpus.list"
    n=$(wc -l < "$list")
    b=$(bytes_of "$list")
    for t in 1 "$cores"; do
        # The best of three runs: a run of a second or two on a shared machine is noisy.
        s=""
        for _ in 1 2 3; do
            # One output file: a directory of a file per document would time the
            # file system's inode allocation as much as the extraction.
            /usr/bin/time -f '%e' -o "$work/t" "$bin" extract --threads "$t" --format jsonl $(cat "$list") > "$work/x.jsonl" 2>/dev/null || true
            r=$(tail -1 "$work/t")
            if [ -z "$s" ] || [ "$(echo "$r < $s" | bc -l)" = 1 ]; then s=$r; fi
        done
        [ "$t" = 1 ] && one_core_secs[$corpus]=$s
        label=$corpus; [ "$corpus" = samples20 ] && label="samples/ ×20"; [ "$corpus" = gen2k ] && label="generated, 2,000"
        echo "| $label | $n | $(fmt "$(echo "$b/1000000" | bc -l)" .2f) | $t | $s | $(fmt "$(echo "$b/1000000/$s" | bc -l)" .2f) | $(fmt "$(echo "$n/$s" | bc -l)" .0f) |"
    done
done
echo
echo "Per stage, one core (\`cargo run --release -p dossier-extract --example stages -- --rounds 10 FILES\`, samples/ ×20):"
echo
"$stages" --rounds 10 $(cat "$work/samples20.list") > "$work/stages-samples20.txt"
"$stages" --rounds 3 $(cat "$work/gen2k.list") > "$work/stages-gen2k.txt"
echo '```'
cat "$work/stages-samples20.txt"
echo '```'
echo
echo "The same on 2,000 generated documents (\`--rounds 3\`):"
echo
echo '```'
cat "$work/stages-gen2k.txt"
echo '```'
echo

# ---------------------------------------------------------------- the peer
echo "## The peer: spaCy NER alone, same files, one core"
echo
if [ -x "$PEER" ]; then
    echo "| corpus | spaCy chars/s (texts in memory) | dossier chars/s, texts in memory | ratio | dossier chars/s, end to end | ratio |"
    echo "|---|---:|---:|---:|---:|---:|"
    for pair in "samples:samples20" "gen300:gen2k"; do
        peer_list=${pair%%:*}; ours=${pair##*:}
        peer=0
        for _ in 1 2 3; do
            r=$("$PEER" "$SHARED/peers/spacy_extract.py" --bench $(cat "$work/$peer_list.list") 2>/dev/null | sed -n 's/.*chars_per_s=\([0-9]*\).*/\1/p')
            if [ "${r:-0}" -gt "$peer" ]; then peer=$r; fi
        done
        chars=$(chars_of "$work/$ours.list")
        cps=$(echo "$chars/${one_core_secs[$ours]}" | bc -l)
        label="samples/"; [ "$ours" = gen2k ] && label="generated"
        mem=$(sed -n 's/^in memory .* ms, \([0-9]*\) chars\/s.*/\1/p' "$work/stages-$ours.txt")
        echo "| $label | $peer | $mem | $(fmt "$(echo "$mem/$peer" | bc -l)" .0f)× | $(fmt "$cps" .0f) | $(fmt "$(echo "$cps/$peer" | bc -l)" .0f)× |"
    done
    echo
    echo "spaCy: \`$PEER $SHARED/peers/spacy_extract.py --bench FILES\` (samples/, and the first 300 generated documents), the best of three runs;"
    echo "dossier, texts in memory: the \`stages\` example's last line (loading and the full pipeline over texts already read, nothing written, the fastest round), timed as spaCy is (the best of three runs);"
    echo "dossier, end to end: characters of the same files divided by the one-thread \`extract\` time above (the best of three runs), which adds reading the files and writing JSON."
else
    echo "(skipped: no spaCy environment at $PEER; build it with $SHARED/peers/setup.sh)"
fi
echo

# ---------------------------------------------------------------- ingest and queries
[ -z "$sizes" ] && exit 0
echo "## Ingest into the embedded store"
echo
echo "\`dossier gen-corpus --docs N --seed 1 --out DIR\`, then \`/usr/bin/time -v dossier --db N.db ingest DIR\` (all cores)."
echo
ingest_rows=()
query_rows=()
rate_rows=()
IFS=, read -ra size_list <<< "$sizes"
for n in "${size_list[@]}"; do
    dir="$work/g$n"
    log "generating $n documents"
    /usr/bin/time -f '%e' -o "$work/t" nice -n "$NICE" "$bin" gen-corpus --docs "$n" --seed 1 --out "$dir" >/dev/null 2>&1
    gen_s=$(tail -1 "$work/t")
    db="$work/s$n.db"
    log "ingesting $n documents (load $(load))"
    before=$(load)
    nice -n "$NICE" /usr/bin/time -v "$bin" --db "$db" ingest "$dir" > /dev/null 2> "$work/ingest$n.log" || true
    after=$(load)
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/ingest$n.log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/ingest$n.log")
    cpu=$(sed -n 's/.*Percent of CPU this job got: //p' "$work/ingest$n.log")
    mb=$(sed -n 's/^dossier: .* files, \([0-9.]*\) MB in .*/\1/p' "$work/ingest$n.log" | tail -1)
    held=$(grep 'the store holds' "$work/ingest$n.log" | sed 's/^dossier: the store holds //')
    size=$(( $(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0) ))
    ingest_rows+=("| $n | $gen_s | $(fmt "$wall" .1f) | $(fmt "$(echo "$n/$wall" | bc -l)" .0f) | $(fmt "$(echo "$mb/$wall" | bc -l)" .2f) | $cpu | $(fmt "$(echo "$rss/1024" | bc -l)" .0f) | $(fmt "$(echo "$size/1000000" | bc -l)" .0f) | $(fmt "$(echo "$size/$n/1000" | bc -l)" .2f) | $before → $after | $held |")
    # The rate during the run, from the progress lines (one every five seconds).
    rate_rows+=("| $n | $(grep -o '^dossier: [0-9]*/[0-9]* files' "$work/ingest$n.log" | sed 's/[^0-9/]//g' | awk -F/ -v n="$n" '
        { t += 5; if ($1 >= n * k / 10 && k <= 9) { printf "%s%.0f", (k > 1 ? " · " : ""), ($1 - prev) / (t - pt); prev = $1; pt = t; k++ } }
        BEGIN { k = 1 }') |")
    log "timing queries on $n documents"
    while read -r line; do
        case "$line" in
            query*) set -- $line; query_rows+=("| $n | $2 | $4 | $7 | ${10} |") ;;
        esac
    done < <(DOSSIER_BENCH_DB="$db" cargo bench -q -p dossier-cli --bench kb 2>/dev/null)
    if [ "$n" != 10000 ]; then rm -rf "$dir" "$db" "$db-wal" "$db-shm"; fi
done
echo "| documents | generate s | ingest s | documents/s | MB/s | CPU | peak RSS MB | store MB | store KB/doc | load average (1, 5, 15 min) before → after | the store holds |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
printf '%s\n' "${ingest_rows[@]}"
echo
echo "Documents stored per second during the run, per tenth of the corpus (from the progress lines):"
echo
echo "| documents | rate per tenth (docs/s) |"
echo "|---:|---|"
printf '%s\n' "${rate_rows[@]}"
echo
echo "## Queries"
echo
echo "\`DOSSIER_BENCH_DB=N.db cargo bench -p dossier-cli --bench kb\`: 200 runs each over the 50 actors in most documents (the largest answers), and 8 common words for search; milliseconds."
echo
echo "| documents | query | p50 ms | p95 ms | p99 ms |"
echo "|---:|---|---:|---:|---:|"
printf '%s\n' "${query_rows[@]}"
echo

# ---------------------------------------------------------------- quality at scale
echo "## Quality at scale"
echo
score_line() { python3 "$SHARED/eval/score.py" --gold "$1" --out "$2" | tail -n 12; }
kb() { # corpus db
    "$bin" --db "$2" entities --format json > "$work/entities.json"
    "$bin" --db "$2" conflicts --format json > "$work/conflicts.json"
    python3 "$SHARED/eval/kb_score.py" --gold "$1/cross.gold.json" --entities "$work/entities.json" --conflicts "$work/conflicts.json" | tail -n 1
}
if [ -d "$work/g10000" ]; then
    log "quality on 10,000 generated documents"
    "$bin" extract --out "$work/q10k" $(docs_in "$work/g10000") 2>/dev/null
    "$bin" extract --out "$work/qtests" $(docs_in tests/corpus) 2>/dev/null
    "$bin" --db "$work/tests.db" ingest tests/corpus >/dev/null 2>&1
    echo "score.py, generated corpus of 10,000 (\`dossier extract --out OUT DIR/*.txt DIR/*.html; score.py --gold DIR --out OUT\`):"
    echo
    echo '```'
    score_line "$work/g10000" "$work/q10k"
    echo '```'
    echo
    echo "score.py, tests/corpus:"
    echo
    echo '```'
    score_line tests/corpus "$work/qtests"
    echo '```'
    echo
    echo "| corpus | kb_score.py (entities, no-merge pairs, conflicts) |"
    echo "|---|---|"
    echo "| generated, 10,000 | $(kb "$work/g10000" "$work/s10000.db") |"
    echo "| tests/corpus | $(kb tests/corpus "$work/tests.db") |"
    echo
fi
echo "Load average at the end: $(load)."
log "done"
