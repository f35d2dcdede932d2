#!/usr/bin/env python3
"""Checks a labelled intake-assist set (JSON lines) against the labelling conventions' mechanics:
every code exists in the embedded region data, desa ⊂ kecamatan ⊂ kabupaten, no desa outside East
Java, categories and urgencies from the fixed lists, pasung only with penyandang_disabilitas, and
every evidence string an exact substring of its post. Usage: check_labelled_set.py FILE.jsonl"""
import csv, json, os, sys
from collections import Counter

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'src', 'TKSK.Cases', 'Regions', 'Data')
def rows(name, parent):
    return {r['code']: (r[parent], r['name']) for r in csv.DictReader(open(os.path.join(DATA, name), encoding='utf-8'))}
regencies, districts, villages = rows('regencies.csv', 'province_code'), rows('districts.csv', 'regency_code'), rows('villages.csv', 'district_code')
CATEGORIES = {
    'anak_balita_telantar', 'anak_telantar', 'anak_berhadapan_hukum', 'anak_jalanan', 'anak_disabilitas', 'anak_korban_kekerasan',
    'anak_perlindungan_khusus', 'lanjut_usia_telantar', 'penyandang_disabilitas', 'tuna_susila', 'gelandangan', 'pengemis', 'pemulung',
    'kelompok_minoritas', 'bekas_warga_binaan', 'odha', 'korban_napza', 'korban_perdagangan_orang', 'korban_tindak_kekerasan',
    'pekerja_migran_bermasalah', 'korban_bencana_alam', 'korban_bencana_sosial', 'perempuan_rawan_sosial_ekonomi', 'fakir_miskin',
    'keluarga_bermasalah_psikologis', 'komunitas_adat_terpencil'}

def check(path):
    errors, ids, stats = [], set(), Counter()
    for no, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip(): continue
        p = json.loads(line)
        where = f"{path}:{no} {p.get('id')}"
        def err(msg): errors.append(f'{where}: {msg}')
        if p['id'] in ids: err('duplicate id')
        ids.add(p['id'])
        kab, kec, desa = p['kabupatenCode'], p['kecamatanCode'], p['desaCode']
        if kab is not None and kab not in regencies: err(f'no kabupaten {kab}')
        if kec is not None:
            if kec not in districts: err(f'no kecamatan {kec}')
            elif districts[kec][0] != kab: err(f'kecamatan {kec} is not in kabupaten {kab}')
        if desa is not None:
            if desa not in villages: err(f'no desa {desa}')
            elif villages[desa][0] != kec: err(f'desa {desa} is not in kecamatan {kec}')
            if kab and not kab.startswith('35.'): err('outside East Java the codes stop at the kecamatan')
        if kab is None and (kec or desa): err('a kecamatan or desa without its kabupaten')
        if p['category'] not in CATEGORIES: err(f"unknown category {p['category']}")
        if p['urgency'] not in ('emergency', 'high', 'normal'): err(f"unknown urgency {p['urgency']}")
        if not isinstance(p['pasung'], bool): err('pasung is not a boolean')
        if p['pasung'] and p['category'] != 'penyandang_disabilitas': err('pasung now is penyandang_disabilitas')
        for k in ('place', 'category', 'pasung', 'urgency'):
            e = p['evidence'].get(k)
            if e is not None and e not in p['text']: err(f'{k} evidence {e!r} is not in the text')
        if (p['evidence'].get('place') is None) != (kab is None): err('place evidence and place codes disagree')
        if p['pasung'] and not p['evidence'].get('pasung'): err('pasung without its evidence')
        stats['posts'] += 1
        stats['no place' if kab is None else 'outside East Java' if not kab.startswith('35.') else 'East Java'] += 1
        stats['cat:' + p['category']] += 1
        stats['urgency:' + p['urgency']] += 1
        stats['pasung:' + str(p['pasung'])] += 1
    return errors, stats

if __name__ == '__main__':
    errors, stats = check(sys.argv[1])
    for e in errors: print(e)
    for k, v in sorted(stats.items()): print(f'{k}: {v}')
    sys.exit(1 if errors else 0)
