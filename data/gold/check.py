#!/usr/bin/env python3
"""Checks the gold annotations in data/gold/ (see README.md in this folder).

    python3 data/gold/check.py            # structure, spans, references, keys; table of shared keys
    python3 data/gold/check.py --loader   # also loads every file through `./newskg ingest --strict --extractions`

Exit status 0 when every check passes, 1 otherwise. Standard library only.
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

GOLD = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(GOLD))          # /work/main
ACTOR_KINDS = {'Person', 'Country', 'Organization'}
EVENT_KINDS = {'Meeting', 'Attack', 'Negotiation'}
STATUSES = {None, 'proposed', 'accepted', 'rejected', 'ongoing', 'stalled', 'planned', 'held'}
KEY_RE = {
    'Person': re.compile(r'^person:[a-z0-9]+(-[a-z0-9]+)*$'),
    'Country': re.compile(r'^country:[A-Z]{2}$'),
    'Organization': re.compile(r'^org:[a-z0-9]+(-[a-z0-9]+)*$'),
    'Meeting': re.compile(r'^event:meeting:[a-z0-9]+(-[a-z0-9]+)*$'),
    'Attack': re.compile(r'^event:attack:[a-z0-9]+(-[a-z0-9]+)*$'),
    'Negotiation': re.compile(r'^event:negotiation:[a-z0-9]+(-[a-z0-9]+)*$'),
}
ABBREVIATIONS = ('U.S.', 'U.N.', 'U.K.', 'Gen.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'No.')

problems = []


def problem(where, msg):
    problems.append('%s: %s' % (where, msg))


def utf16(text):
    """Java String view of text: a list of UTF-16 code units, so offsets are Java String indices."""
    b = text.encode('utf-16-le')
    return [b[i:i + 2] for i in range(0, len(b), 2)]


def from_utf16(units):
    return b''.join(units).decode('utf-16-le')


def is_whole_sentence(text, s, e):
    """True when text[s:e] (Python indices) is one whole sentence: starts at the text start or after a sentence end,
    ends with . ? ! (maybe followed by a quote) before whitespace or the end, and has no sentence break inside."""
    sent = text[s:e]
    if not sent or sent != sent.strip():
        return False
    if not re.search(r'[.?!]["\u201d\']?$', sent):
        return False
    if e < len(text) and not text[e].isspace():
        return False
    before = text[:s].rstrip()
    if before and not (re.search(r'[.?!]["\u201d\']?$', before) or '\n' in text[len(before):s]):
        return False
    for m in re.finditer(r'[.?!]["\u201d\']?\s+(?=["\u201c]?[A-Z0-9])', sent):
        head = sent[:m.start() + 1]
        if not head.endswith(ABBREVIATIONS):
            return False
    return True


def check_file(path):
    name = os.path.relpath(path, ROOT)
    try:
        with open(path, encoding='utf-8') as f:
            d = json.load(f)
    except (OSError, ValueError) as ex:
        problem(name, 'not valid JSON: %s' % ex)
        return None
    for field in ('file', 'split', 'article', 'actors', 'events'):
        if field not in d:
            problem(name, 'missing top-level "%s"' % field)
    if 'article' not in d:
        return None
    src = d.get('file', '')
    if not os.path.isfile(os.path.join(ROOT, src)):
        problem(name, '"file" %r does not exist' % src)
    expected_split = 'dev' if src.startswith('data/samples/') else 'heldout'
    if d.get('split') != expected_split:
        problem(name, '"split" is %r, expected %r' % (d.get('split'), expected_split))
    if os.path.splitext(os.path.basename(src))[0] != os.path.splitext(os.path.basename(path))[0]:
        problem(name, 'file name does not match the article file %r' % src)
    art = d['article']
    for field in ('id', 'title', 'text', 'extractor'):
        if field not in art:
            problem(name, 'article lacks "%s"' % field)
    if art.get('extractor') != {'name': 'hand-annotated', 'version': '1'}:
        problem(name, 'article.extractor is %r' % art.get('extractor'))
    if art.get('source') != os.path.basename(src):
        problem(name, 'article.source %r is not the article file name' % art.get('source'))
    text = art.get('text', '')
    units = utf16(text)
    nspans = 0

    def check_evidence(where, obj):
        nonlocal nspans
        ev = obj.get('evidence')
        if not isinstance(ev, list) or not ev:
            problem(where, 'no evidence')
            return
        for i, sp in enumerate(ev):
            nspans += 1
            w = '%s.evidence[%d]' % (where, i)
            st, en = sp.get('start'), sp.get('end')
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(units)):
                problem(w, 'bad span %r-%r (text has %d UTF-16 units)' % (st, en, len(units)))
                continue
            covered = from_utf16(units[st:en])
            if 'sentence' not in sp:
                problem(w, 'no "sentence"')
            elif covered != sp['sentence']:
                problem(w, 'span %d-%d is %r, not the sentence %r' % (st, en, covered[:60], sp['sentence'][:60]))
            s = len(from_utf16(units[:st]))
            if not is_whole_sentence(text, s, s + len(covered)):
                problem(w, 'span %d-%d is not exactly one whole sentence: %r' % (st, en, covered[:80]))

    actors, events = d.get('actors', []), d.get('events', [])
    ids = collections.Counter(x.get('id') for x in actors + events)
    for i, n in ids.items():
        if n > 1:
            problem(name, 'id %r used %d times' % (i, n))
    actor_ids = {a.get('id') for a in actors}
    keys_here = collections.Counter()
    entries = []
    for a in actors:
        w = '%s:%s' % (name, a.get('id'))
        kind = a.get('kind')
        if kind not in ACTOR_KINDS:
            problem(w, 'actor kind %r' % kind)
            continue
        if not a.get('name'):
            problem(w, 'no name')
        if 'note' in a:
            problem(w, 'has a "note"')
        key = a.get('key')
        if not key:
            problem(w, 'no key')
        elif not KEY_RE[kind].match(key):
            problem(w, 'key %r does not fit kind %s' % (key, kind))
        if kind == 'Country' and key and key != 'country:%s' % a.get('code'):
            problem(w, 'country key %r but code %r' % (key, a.get('code')))
        if kind == 'Person' and a.get('affiliation') is not None and a['affiliation'] not in actor_ids:
            problem(w, 'affiliation %r is not an actor' % a['affiliation'])
        check_evidence(w, a)
        keys_here[key] += 1
        entries.append((key, kind, a.get('name'), a.get('id')))
    for e in events:
        w = '%s:%s' % (name, e.get('id'))
        kind = e.get('kind')
        if kind not in EVENT_KINDS:
            problem(w, 'event kind %r' % kind)
            continue
        if 'note' in e:
            problem(w, 'has a "note"')
        key = e.get('key')
        if not key:
            problem(w, 'no key')
        elif not KEY_RE[kind].match(key):
            problem(w, 'key %r does not fit kind %s' % (key, kind))
        if e.get('status') not in STATUSES:
            problem(w, 'status %r' % e.get('status'))
        refs = list(e.get('participants', []))
        for f in ('proposedBy', 'acceptedBy', 'rejectedBy'):
            refs += e.get(f, [])
        if e.get('attacker') is not None:
            refs.append(e['attacker'])
        for r in refs:
            if r not in actor_ids:
                problem(w, 'refers to unknown actor %r' % r)
        dt = e.get('date')
        if dt is not None and not re.match(r'^\d{4}-\d{2}-\d{2}$', dt.get('value', '')):
            problem(w, 'bad date %r' % dt)
        check_evidence(w, e)
        keys_here[key] += 1
        place = (e.get('place') or {}).get('name')
        entries.append((key, kind, '%s %s %s' % (kind, (dt or {}).get('value', '-'), place or '-'), e.get('id')))
    for k, n in keys_here.items():
        if k and n > 1:
            problem(name, 'key %r used %d times in one file' % (k, n))
    return {'name': os.path.basename(path), 'split': d.get('split'), 'entries': entries, 'spans': nspans,
            'actors': collections.Counter(a.get('kind') for a in actors),
            'events': collections.Counter(e.get('kind') for e in events)}


def loader_check(path):
    """The real loader: jq -c 'del(.file,.split)' X.json > x.jsonl && ./newskg ingest --strict --db DB --extractions x.jsonl"""
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = os.path.join(tmp, 'x.jsonl')
        with open(path, encoding='utf-8') as f:
            d = json.load(f)
        d.pop('file', None)
        d.pop('split', None)
        with open(jsonl, 'w', encoding='utf-8') as f:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
        r = subprocess.run([os.path.join(ROOT, 'newskg'), 'ingest', '--strict', '--db', os.path.join(tmp, 'db'),
                            '--extractions', jsonl], cwd=ROOT, capture_output=True, text=True)
        out = (r.stdout + r.stderr).strip().splitlines()
        if r.returncode != 0:
            problem(os.path.relpath(path, ROOT), 'loader exit %d: %s' % (r.returncode, ' | '.join(out[-3:])))
        return r.returncode, (out[0] if out else '')


def main():
    files = sorted(glob.glob(os.path.join(GOLD, '*.json')))
    results = [r for r in (check_file(p) for p in files) if r]

    # keys consistent across files: one kind per key; one key per actor name
    by_key = collections.defaultdict(list)
    name_keys = collections.defaultdict(set)
    for r in results:
        for key, kind, label, local in r['entries']:
            by_key[key].append((r['name'], kind, label, local))
            if kind in ACTOR_KINDS:
                name_keys[label.lower()].add(key)
    for key, uses in by_key.items():
        kinds = {u[1] for u in uses}
        if len(kinds) > 1:
            problem(key, 'used for different kinds %s' % sorted(kinds))
    for label, keys in name_keys.items():
        if len(keys) > 1:
            problem(label, 'one actor name, several keys %s' % sorted(keys))
    # the same event signature (kind, day, place) under two keys is suspicious
    sig_keys = collections.defaultdict(set)
    for key, uses in by_key.items():
        for f, kind, label, local in uses:
            if kind in EVENT_KINDS and ' - ' not in label and not label.endswith(' -'):
                sig_keys[label].add(key)

    print('%-26s %-8s %6s  %-24s %-34s' % ('file', 'split', 'spans', 'actors P/C/O', 'events M/A/N'))
    for r in results:
        a, e = r['actors'], r['events']
        print('%-26s %-8s %6d  %-24s %-34s' % (r['name'], r['split'], r['spans'],
              '%d = %d/%d/%d' % (sum(a.values()), a['Person'], a['Country'], a['Organization']),
              '%d = %d/%d/%d' % (sum(e.values()), e['Meeting'], e['Attack'], e['Negotiation'])))

    print('\nkeys used in more than one file:')
    shared = {k: v for k, v in by_key.items() if len({u[0] for u in v}) > 1}
    for key in sorted(shared, key=lambda k: (k.split(':')[0], k)):
        files_ = sorted({u[0][:2] for u in shared[key]})
        print('  %-72s %s' % (key, ' '.join(files_)))
    print('  (%d shared keys; %d keys in all)' % (len(shared), len(by_key)))
    same_sig = {s: k for s, k in sig_keys.items() if len(k) > 1}
    if same_sig:
        print('\nnote: one (kind, date, place) under several keys (check these are different events):')
        for s, k in sorted(same_sig.items()):
            print('  %-45s %s' % (s, sorted(k)))

    if '--loader' in sys.argv:
        print('\nloader (./newskg ingest --strict --extractions):')
        for p in files:
            rc, line = loader_check(p)
            print('  %-26s exit %d  %s' % (os.path.basename(p), rc, line[:110]))

    if problems:
        print('\n%d problem(s):' % len(problems))
        for p in problems:
            print('  ' + p)
        return 1
    print('\nall checks passed (%d files)' % len(results))
    return 0


if __name__ == '__main__':
    sys.exit(main())
