"""Round-trip every `dossier export` format through the tool that reads it.

Usage: python check.py PATH/TO/dossier [SAMPLES_DIR]

Ingests the samples and fixtures/ into a fresh store with the real binary, exports each
format, and validates it with its real consumer: the `followthemoney`
package for FtM (every line parses into a proxy, no value is dropped by its
cleaners, required properties are present, every entity reference resolves
to an exported entity of the right schema, every fact carries its source,
and memberships and sanctions quote words of the document they cite),
`networkx.read_gexf` for GEXF, `networkx.read_graphml` for GraphML (same
graph as the GEXF), Python's csv module for the CSV tables, and json for
PLOVER and TimelineJS. Exits non-zero after reporting every failure.
"""

import csv
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter

import networkx
from followthemoney import model

FAILURES = []
# Stored text of each document by SHA-256, read from the store once it is
# built (None: not checked).
TEXTS = None


def fail(msg):
    FAILURES.append(msg)
    print("FAIL:", msg)


def run(binary, db, *args):
    cmd = [binary, "--db", db, *args]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {res.returncode}: {res.stderr}")
    return res.stdout


def check_ftm(path, label):
    entities = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            data = json.loads(line)
            proxy = model.get_proxy(data, cleaned=False)
            for prop, values in data["properties"].items():
                kept = proxy.get(prop)
                if len(kept) != len(values):
                    fail(f"{label}:{n} {data['schema']}.{prop}: FtM dropped {values} -> {kept}")
            for req in proxy.schema.required:
                if not proxy.has(req):
                    fail(f"{label}:{n} {data['schema']} lacks required {req}")
            if proxy.id in entities:
                fail(f"{label}:{n} duplicate id {proxy.id}")
            entities[proxy.id] = proxy
    for proxy in entities.values():
        for prop, value in proxy.itervalues():
            if prop.type.name != "entity":
                continue
            target = entities.get(value)
            if target is None:
                fail(f"{label}: {proxy.schema.name}.{prop.name} -> {value} not exported")
            elif prop.range is not None and not target.schema.is_a(prop.range):
                fail(f"{label}: {proxy.schema.name}.{prop.name} -> {target.schema.name}, wants {prop.range.name}")
    # Memberships and sanctions: both ends exported, and the words they were
    # read from stand in the document they cite.
    for p in entities.values():
        if p.schema.name not in ("Membership", "Sanction"):
            continue
        docs = [entities.get(d) for d in p.get("proof")]
        if not docs or None in docs:
            fail(f"{label}: {p.schema.name} {p.id} cites no exported document")
        for said in p.get("summary"):
            if TEXTS is not None and not any(said in TEXTS.get(d.first("contentHash"), "") for d in docs if d):
                fail(f"{label}: {p.schema.name} {p.id} summary {said!r} is not in its document")
    # Provenance: every actor, event and sanction leads to a document.
    mentioned = {v for p in entities.values() if p.schema.name == "Mention" for v in p.get("resolved")}
    for p in entities.values():
        if p.schema.is_a("Document") or p.schema.name == "Mention":
            continue
        if not p.get("proof") and p.id not in mentioned:
            fail(f"{label}: {p.schema.name} {p.id} has no proof and no mention")
    return entities


def check_csv(folder):
    expect = {
        "entities.csv": ["id", "name", "type", "aliases", "documents", "mentions"],
        "events.csv": ["id", "story", "date", "type", "trigger", "actors", "actor_ids", "targets",
                       "target_ids", "location", "text", "document", "document_id", "start", "end"],
        "quotations.csv": ["text", "speaker", "speaker_id", "date", "via", "kind", "document", "start", "end"],
        "conflicts.csv": ["conflict_id", "subject", "attribute", "value", "kind", "asserted_by", "text", "document"],
    }
    counts = {}
    for name, header in expect.items():
        with open(os.path.join(folder, name), newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        if not rows or rows[0] != header:
            fail(f"{name}: header {rows[:1]} != {header}")
            continue
        for i, r in enumerate(rows[1:], 2):
            if len(r) != len(header):
                fail(f"{name}:{i} has {len(r)} cells, header has {len(header)}")
        counts[name] = len(rows) - 1
    return counts


def check_plover(path):
    keys = {"id", "date", "actor", "recipient", "event", "event_text", "text", "cite_info"}
    ids = set()
    with open(path, encoding="utf-8") as fh:
        lines = [json.loads(l) for l in fh]
    for i, r in enumerate(lines, 1):
        if not keys <= r.keys():
            fail(f"plover:{i} lacks {keys - r.keys()}")
        if not r["cite_info"].get("source") or not r["text"]:
            fail(f"plover:{i} has no source or text")
        ids.add(r["id"])
    if len(ids) != len(lines):
        fail("plover: ids are not unique")
    return len(lines)


def check_timeline(path):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    events = data.get("events")
    if not isinstance(events, list):
        fail("timeline: no events list")
        return 0
    for i, e in enumerate(events):
        year = e.get("start_date", {}).get("year", "")
        if not year.lstrip("-").isdigit():
            fail(f"timeline[{i}]: start_date.year {year!r}")
        if not e.get("text", {}).get("headline"):
            fail(f"timeline[{i}]: no headline")
        for part in ("month", "day"):
            v = e["start_date"].get(part)
            if v is not None and not (v.isdigit() and 1 <= int(v) <= 31):
                fail(f"timeline[{i}]: start_date.{part} {v!r}")
    return len(events)


def check_gexf(path):
    g = networkx.read_gexf(path)
    for u, v, d in g.edges(data=True):
        if not d.get("event_type") or int(d.get("events", 0)) < 1:
            fail(f"gexf: edge {u}->{v} lacks event_type/events: {d}")
    return g


def check_graphml(path, gexf):
    g = networkx.read_graphml(path)
    for u, v, d in g.edges(data=True):
        if not d.get("event_type") or int(d.get("events", 0)) < 1 or d.get("weight") != d.get("events"):
            fail(f"graphml: edge {u}->{v} lacks event_type/events/weight: {d}")
        if d.get("relation") not in ("actor-target", "together"):
            fail(f"graphml: edge {u}->{v} relation {d.get('relation')!r}")
    for n, d in g.nodes(data=True):
        if not d.get("label") or not d.get("type"):
            fail(f"graphml: node {n} lacks label/type: {d}")
    # The same network as the GEXF: nodes, labels and typed, counted edges.
    if sorted(g.nodes) != sorted(gexf.nodes):
        fail("graphml and gexf have different nodes")
    for n in g.nodes:
        if gexf.nodes[n].get("label") != g.nodes[n].get("label"):
            fail(f"graphml node {n} label differs from gexf")
    typed = lambda graph: sorted((u, v, d["event_type"], int(d["events"])) for u, v, d in graph.edges(data=True))
    if typed(g) != typed(gexf):
        fail("graphml and gexf have different edges")
    return g


def main():
    binary = os.path.abspath(sys.argv[1])
    here = os.path.dirname(os.path.abspath(__file__))
    samples = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "samples")
    with tempfile.TemporaryDirectory(prefix="dossier-export-") as tmp:
        db = os.path.join(tmp, "kb.db")
        run(binary, db, "ingest", samples, os.path.join(here, "fixtures"))
        global TEXTS
        with sqlite3.connect(db) as conn:
            TEXTS = dict(conn.execute("SELECT id, text FROM document"))
        out = lambda name: os.path.join(tmp, name)
        for fmt, name in [("ftm", "all.ftm.jsonl"), ("plover", "events.plover.jsonl"),
                          ("gexf", "network.gexf"), ("graphml", "network.graphml"),
                          ("timeline", "timeline.json")]:
            run(binary, db, "export", "--format", fmt, "--out", out(name))
        run(binary, db, "export", "--format", "csv", "--out", out("csv"))

        ftm = check_ftm(out("all.ftm.jsonl"), "ftm")
        schemas = Counter(p.schema.name for p in ftm.values())
        tables = check_csv(out("csv"))
        plover = check_plover(out("events.plover.jsonl"))
        timeline = check_timeline(out("timeline.json"))
        graph = check_gexf(out("network.gexf"))
        check_graphml(out("network.graphml"), graph)

        actors = sum(schemas[s] for s in ("Person", "Organization", "LegalEntity", "Address"))
        if actors != tables.get("entities.csv"):
            fail(f"ftm has {actors} actors, entities.csv {tables.get('entities.csv')}")
        if not (schemas["Event"] == plover == tables.get("events.csv")):
            fail(f"events: ftm {schemas['Event']}, plover {plover}, csv {tables.get('events.csv')}")
        for schema in ("Event", "Mention", "Membership", "Sanction"):
            if schemas[schema] == 0:
                fail(f"the samples and fixtures gave no {schema}")
        if actors == 0:
            fail("the samples gave no actors")
        if graph.number_of_nodes() == 0 or timeline == 0:
            fail("the samples gave an empty network or timeline")
        # Exporting twice gives the same bytes.
        run(binary, db, "export", "--format", "ftm", "--out", out("again.jsonl"))
        if open(out("all.ftm.jsonl"), "rb").read() != open(out("again.jsonl"), "rb").read():
            fail("ftm export is not deterministic")

        # One actor's slice is valid on its own.
        with open(os.path.join(out("csv"), "entities.csv"), newline="", encoding="utf-8") as fh:
            top = max(csv.DictReader(fh), key=lambda r: int(r["documents"]))
        run(binary, db, "export", "--format", "ftm", "--entity", top["id"], "--out", out("one.jsonl"))
        one = check_ftm(out("one.jsonl"), "ftm --entity")
        if not 0 < len(one) <= len(ftm):
            fail(f"ftm --entity gave {len(one)} entities")
        for fmt in ("plover", "gexf", "graphml", "timeline"):
            run(binary, db, "export", "--format", fmt, "--entity", top["id"], "--out", out("one." + fmt))
        check_plover(out("one.plover"))
        check_graphml(out("one.graphml"), check_gexf(out("one.gexf")))
        check_timeline(out("one.timeline"))

        print("ftm entities by schema:", dict(sorted(schemas.items())))
        print("csv rows:", tables)
        print(f"plover records: {plover}; timeline events: {timeline}; "
              f"gexf: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
        print(f"ftm --entity {top['name']!r}: {len(one)} entities")
    if FAILURES:
        print(f"{len(FAILURES)} failure(s)")
        sys.exit(1)
    print("all exports valid")


if __name__ == "__main__":
    main()
