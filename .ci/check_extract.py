#!/usr/bin/env python3
"""Validates every dossier.extract/1 file in a folder against the JSON Schema and checks
that every span's text equals document.text[start:end] (code-point offsets)."""
import argparse, json, sys
from pathlib import Path

import jsonschema


def spans(doc):
    for key in ("sentences", "times", "quotes", "citations", "quantities", "events"):
        for item in doc[key]:
            yield key, item
    for e in doc["entities"]:
        for m in e["mentions"]:
            yield "mention", m


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schema", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    schema = json.load(open(a.schema))
    validator = jsonschema.Draft202012Validator(schema)
    bad = n = checked = 0
    for path in sorted(Path(a.out).glob("*.json")):
        n += 1
        doc = json.load(open(path))
        for err in validator.iter_errors(doc):
            bad += 1
            print(f"{path.name}: schema: {err.message} at {list(err.absolute_path)}")
        text = doc["document"]["text"]
        for key, item in spans(doc):
            checked += 1
            if "text" in item and text[item["start"]:item["end"]] != item["text"]:
                bad += 1
                print(f"{path.name}: {key} {item['start']}..{item['end']} text differs")
    print(f"contract: {n} documents, {checked} spans checked, {bad} problems")
    if n == 0 or bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
