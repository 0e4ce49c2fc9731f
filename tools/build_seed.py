#!/usr/bin/env python3
"""Merges the seed-corpus batches (seed/parts/*.jsonl) into seed/seed.jsonl with a fixed split by family.

The split is a stable hash of the family id: 70% train, 15% dev, 15% test, so documents written
together (near-variants) never straddle the split. Rerunning gives the same file.
"""
import glob, hashlib, json, os, sys

root = os.path.join(os.path.dirname(__file__), '..', 'portrayal-core', 'src', 'main', 'resources', 'portrayal', 'seed')
parts = sorted(glob.glob(os.path.join(root, 'parts', '*.jsonl')))
out = []
for p in parts:
    with open(p, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                out.append(json.loads(line))

def split(family):
    h = int(hashlib.sha256(family.encode()).hexdigest()[:8], 16) % 100
    return 'train' if h < 70 else 'dev' if h < 85 else 'test'

with open(os.path.join(root, 'seed.jsonl'), 'w', encoding='utf-8') as w:
    for r in out:
        r['split'] = split(r['family'])
        w.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'documents written to seed.jsonl', file=sys.stderr)
