#!/usr/bin/env python3
"""Ingests a corpus folder into a fresh store, exports entities and conflicts as JSON,
scores them with kb_score.py against the folder's cross.gold.json, and fails below a floor."""
import argparse, json, os, subprocess, sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--floor", type=float, required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    db = os.path.join(a.work, "kb.db")
    run = lambda *args, **kw: subprocess.run([a.bin, "--db", db, *args], check=True, **kw)
    run("ingest", a.corpus, stdout=subprocess.DEVNULL)
    for what in ("entities", "conflicts"):
        with open(os.path.join(a.work, f"{what}.json"), "w") as f:
            run(what, "--format", "json", stdout=f)
    res = subprocess.run([sys.executable, a.scorer, "--gold", os.path.join(a.corpus, "cross.gold.json"),
                          "--entities", os.path.join(a.work, "entities.json"),
                          "--conflicts", os.path.join(a.work, "conflicts.json")],
                         capture_output=True, text=True, check=True)
    print(res.stdout.strip())
    score = float(res.stdout.strip().splitlines()[-1].split("=")[1])
    ok = score + 1e-9 >= a.floor
    print(f"floor kb F: {score:.3f} >= {a.floor} {'ok' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
