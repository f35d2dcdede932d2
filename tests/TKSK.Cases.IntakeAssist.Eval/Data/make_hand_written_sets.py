#!/usr/bin/env python3
"""Writes a hand-written labelled set from the posts in <set>/*.py (ids in file order): tuning-2 (ids t2-…)
or tuning-3 (t3-…).

tuning-2 was written before the engine was changed for it, tuning-3 after the engine had been tuned
on tuning-2 (a second look at how far the changes carry), both by someone who had not read the
held-out set. A
place is written by name (kabupaten/kota, kecamatan, desa) and resolved here against the region
files the service embeds, so every code is real and every desa lies in its kecamatan and kabupaten;
outside East Java the codes stop at the kecamatan (the labelling conventions, README.md).
Usage: python3 make_hand_written_sets.py tuning-2 > intake-posts-tuning-2.jsonl; then check_labelled_set.py on it."""
import csv, glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, '..', '..', '..', 'src', 'TKSK.Cases', 'Regions', 'Data') + os.sep
regencies = {r['code']: r['name'] for r in csv.DictReader(open(D + 'regencies.csv'))}
districts = {r['code']: r['name'] for r in csv.DictReader(open(D + 'districts.csv'))}
villages = {r['code']: r['name'] for r in csv.DictReader(open(D + 'villages.csv'))}
def n(s): return re.sub(r'[^a-z0-9]', '', s.lower())

def regency(name):
    for cand in (name, 'Kabupaten ' + name, 'Kota ' + name, 'Kota Administrasi ' + name, 'Kabupaten Administrasi ' + name):
        hits = [c for c, v in regencies.items() if n(v) == n(cand)]
        if len(hits) == 1: return hits[0]
    raise SystemExit(f'no regency {name!r}')

def district(kab, name):
    hits = [c for c, v in districts.items() if c.startswith(kab + '.') and n(v) == n(name)]
    if len(hits) != 1: raise SystemExit(f'kecamatan {name!r} in {kab}: {hits}')
    return hits[0]

def village(prefix, name):
    hits = [c for c, v in villages.items() if c.startswith(prefix + '.') and n(v) == n(name)]
    if len(hits) != 1: raise SystemExit(f'desa {name!r} in {prefix}: {hits}')
    return hits[0]

POSTS = []
def post(text, place, category, pasung, urgency, ev=None, notes=''):
    """place: None, 'Kab', ('Kab','Kec'), ('Kab','Kec','Desa') or ('Kab',None,'Desa')."""
    kab = kec = desa = None
    if place is not None:
        if isinstance(place, str): place = (place,)
        place = tuple(place) + (None,) * (3 - len(place))
        kab = regency(place[0])
        if place[1]: kec = district(kab, place[1])
        if place[2]:
            desa = village(kec or kab, place[2])
            kec = desa.rsplit('.', 1)[0]
        if not kab.startswith('35.'): desa = None  # outside East Java: codes down to the kecamatan
    ev = ev or {}
    POSTS.append(dict(text=text, kecamatanCode=kec, desaCode=desa, kabupatenCode=kab, category=category, pasung=pasung,
                      urgency=urgency, evidence={k: ev.get(k) for k in ('place', 'category', 'pasung', 'urgency')}, notes=notes))

SET = sys.argv[1] if len(sys.argv) > 1 else 'tuning-2'
for f in sorted(glob.glob(os.path.join(HERE, SET, '*.py'))):
    exec(open(f).read(), {'post': post})
for i, p in enumerate(POSTS, 1):
    print(json.dumps({'id': f"t{SET.split('-')[1]}-{i:03d}", **p}, ensure_ascii=False))
