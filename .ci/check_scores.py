#!/usr/bin/env python3
"""Runs the extraction scorer and fails when a summary figure falls below its floor.

Floors live in a JSON file {"metric": floor}; they record what the engine has reached, so a
drop fails CI. Prints the scorer's summary lines and one line per floor. `docs:max_merged_distinct` caps, on every document, how many
pairs of distinct gold entities one system entity merges."""
import argparse, json, subprocess, sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--floors", required=True)
    a = ap.parse_args()
    res = subprocess.run([sys.executable, a.scorer, "--gold", a.gold, "--out", a.out, "--json"],
                         capture_output=True, text=True, check=True)
    data = json.loads(res.stdout)
    summary = data["summary"]
    print("summary: " + " ".join(f"{k}={v:.3f}" for k, v in summary.items()))
    print(f"overall F={data['overall']:.3f}")
    floors = json.load(open(a.floors))
    failed = []
    for metric, floor in floors.items():
        got = data["overall"] if metric == "overall" else summary.get(metric)
        if metric.startswith("docs:"):
            continue
        ok = got is not None and got + 1e-9 >= floor
        print(f"floor {metric}: {got if got is None else round(got, 3)} >= {floor} {'ok' if ok else 'FAILED'}")
        if not ok:
            failed.append(metric)
    limit = floors.get("docs:max_merged_distinct")
    if limit is not None:
        for name, doc in sorted(data["docs"].items()):
            merged = doc.get("aliases", {}).get("merged_distinct_gold_entities", 0)
            if merged > limit:
                print(f"ceiling merged_distinct_gold_entities on {name}: {merged} > {limit} FAILED")
                failed.append(f"merged_distinct:{name}")
        print(f"ceiling merged_distinct_gold_entities per document: <= {limit} "
              f"{'FAILED' if any(f.startswith('merged_distinct:') for f in failed) else 'ok'}")
    if failed:
        print("below floor: " + ", ".join(failed))
        sys.exit(1)


if __name__ == "__main__":
    main()
