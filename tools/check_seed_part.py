#!/usr/bin/env python3
"""Checks one seed-corpus batch before it is merged: fields, enums, paragraph labels, length, and
near-duplicates (word 5-gram Jaccard > 0.5) within the batch and against the shipped seed corpus.

Usage: tools/check_seed_part.py BATCH.jsonl
"""
import json, os, re, sys, collections

LABELS = ['misaligned', 'risk', 'aligned', 'neutral', 'none']
BEHAVIOURS = {'deception', 'power_seeking', 'self_preservation', 'manipulation', 'reward_hacking', 'sabotage', 'violence'}
ERAS = {'1890s', '1900s', '1910s', '1920s', '1930s', '1940s', '1950s', '1960s', '1970s', '1980s', '1990s',
        '2000s', '2010s', 'present'}
FIELDS = ['id', 'text', 'label', 'behaviors', 'genre', 'era', 'family', 'hard_negative', 'paragraph_labels',
          'rationale', 'models']
SNAKE = re.compile(r'[a-z][a-z0-9_]*$')
root = os.path.join(os.path.dirname(__file__), '..', 'portrayal-core', 'src', 'main', 'resources', 'portrayal', 'seed')


def shingles(text):
    w = re.findall(r"\w+", text.lower())
    return {' '.join(w[i:i + 5]) for i in range(max(0, len(w) - 4))}


def main(path):
    errors = []
    recs = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                errors.append(f'line {n}: not JSON ({e})')
                continue
            where = f"line {n} ({r.get('id')})"
            missing = [k for k in FIELDS if k not in r]
            if missing:
                errors.append(f'{where}: missing {missing}')
                continue
            if r['label'] not in LABELS: errors.append(f"{where}: label {r['label']!r}")
            bad = set(r['behaviors']) - BEHAVIOURS
            if bad: errors.append(f'{where}: unknown behaviours {bad}')
            needs = r['label'] in ('misaligned', 'risk')
            if needs != bool(r['behaviors']): errors.append(f"{where}: behaviours {r['behaviors']} on {r['label']}")
            if not SNAKE.match(r['genre']): errors.append(f"{where}: genre {r['genre']!r} must be snake_case")
            if r['era'] not in ERAS: errors.append(f"{where}: era {r['era']!r}")
            if r['hard_negative'] and r['label'] != 'none': errors.append(f'{where}: hard negative must be none')
            words = len(r['text'].split())
            if not 30 <= words <= 2200: errors.append(f'{where}: {words} words (30..2200)')
            pl = r['paragraph_labels']
            if pl is not None:
                paras = r['text'].split('\n\n')
                if len(paras) != len(pl): errors.append(f'{where}: {len(paras)} paragraphs, {len(pl)} paragraph labels')
                top = min((LABELS.index(x) for x in pl if x in LABELS), default=4)
                if LABELS[top] != r['label']: errors.append(f'{where}: top paragraph label {LABELS[top]} != {r["label"]}')
            recs.append(r)
    ids = collections.Counter(r['id'] for r in recs)
    errors += [f'duplicate id {i}' for i, c in ids.items() if c > 1]
    existing = []
    seed = os.path.join(root, 'seed.jsonl')
    if os.path.exists(seed):
        with open(seed, encoding='utf-8') as f:
            existing = [json.loads(l) for l in f if l.strip()]
    existing_ids = {r['id'] for r in existing}
    errors += [f"id {r['id']} already in seed.jsonl" for r in recs if r['id'] in existing_ids]
    mine = [(r['id'], shingles(r['text'])) for r in recs]
    theirs = [(r['id'], shingles(r['text'])) for r in existing]
    index = collections.defaultdict(set)
    for i, (_, s) in enumerate(theirs + mine):
        for g in s:
            index[g].add(i)
    allrecs = theirs + mine
    for j, (rid, s) in enumerate(mine, start=len(theirs)):
        counts = collections.Counter(i for g in s for i in index[g] if i != j)
        for i, c in counts.items():
            if i < j or i < len(theirs):
                other = allrecs[i][1]
                jac = c / max(1, len(s | other))
                if jac > 0.5:
                    errors.append(f'{rid} near-duplicates {allrecs[i][0]} (Jaccard {jac:.2f})')
    for e in errors:
        print('ERROR', e)
    c = collections.Counter(r['label'] for r in recs)
    print(f"{len(recs)} records; labels {dict(c)}; hard negatives {sum(r['hard_negative'] for r in recs)}; "
          f"mixed {sum(r['paragraph_labels'] is not None for r in recs)}; errors {len(errors)}")
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
