import json, os, copy
# Regenerates the committed bad-input files and expected-places.txt (python3 make-bad-input.py).
out = os.path.dirname(os.path.abspath(__file__))
os.makedirs(out, exist_ok=True)
base = {
 "format": "diplograph/facts@1",
 "source": {"id": "bad-input", "title": "Talks in Baku", "published": "2020-02-11"},
 "actors": [
  {"id": "AZE/najmeddin-sadikov", "kind": "official", "name": "Najmeddin Sadikov", "aliases": ["Sadikhov"]},
  {"id": "RUS/valery-gerasimov", "kind": "official", "name": "Valery Gerasimov"},
  {"id": "AZE", "kind": "country", "name": "Azerbaijan"},
  {"id": "RUS", "kind": "country", "name": "Russia"},
  {"id": "CSTO", "kind": "alliance", "name": "Collective Security Treaty Organization"}],
 "represents": [{"who": "AZE/najmeddin-sadikov", "body": "AZE", "title": "Chief of the General Staff"}],
 "meetings": [{"participants": ["AZE/najmeddin-sadikov", "RUS/valery-gerasimov"], "on": "2020-02-06", "precision": "day", "place": "Baku", "evidence": "They met."}],
 "partnerships": [{"between": ["AZE", "RUS"], "kind": "strategic partnership"}],
 "memberships": [{"member": "RUS", "alliance": "CSTO", "since": "1992"}]}
good = json.dumps(base, indent=2, ensure_ascii=False)
line = json.dumps(base, ensure_ascii=False)
cases = {}  # name -> (bytes, expected fragment of the place)
def mut(name, place, f):
    d = copy.deepcopy(base); f(d); cases[name] = (json.dumps(d, indent=2, ensure_ascii=False).encode(), place)
def raw(name, place, text):
    cases[name] = (text.encode() if isinstance(text, str) else text, place)
raw('truncated-object.json', 'line', good[:len(good)//2])
raw('truncated-array.json', 'line', '[' + good + ',\n' + good[:40])
raw('truncated-string.json', 'line', '{"format": "diplograph/facts@1", "source": {"id": "abc')
raw('empty.json', 'holds no FactSet', '')
raw('empty.jsonl', 'holds no FactSet', '')
raw('whitespace-only.json', 'holds no FactSet', '   \n\t\n  ')
raw('blank-lines-only.jsonl', 'holds no FactSet', '\n\n   \n')
raw('not-json.json', 'line 1', 'Gerasimov met Sadikov in Baku.')
raw('json-null.json', '$', 'null')
raw('json-number.json', 'line 1', '42')
raw('json-string.json', 'line 1', '"a FactSet"')
raw('array-of-numbers.json', 'line 1', '[1, 2]')
raw('empty-array.json', 'holds no FactSet', '[]')
raw('empty-object.json', '$.format', '{}')
mut('wrong-format.json', '$.format', lambda d: d.update(format='diplograph/facts@2'))
mut('missing-format.json', '$.format', lambda d: d.pop('format'))
mut('missing-source.json', '$.source', lambda d: d.pop('source'))
mut('unknown-top-level-field.json', 'extra', lambda d: d.update(extra=1))
mut('unknown-actor-field.json', '$.actors[0].nickname', lambda d: d['actors'][0].update(nickname='Najmo'))
mut('unknown-meeting-field.json', '$.meetings[0].attendees', lambda d: d['meetings'][0].update(attendees=3))
mut('unknown-source-field.json', '$.source.author', lambda d: d['source'].update(author='me'))
mut('date-2020-02-30.json', '$.meetings[0].on', lambda d: d['meetings'][0].update(on='2020-02-30'))
mut('date-month-13.json', '$.meetings[0].on', lambda d: d['meetings'][0].update(on='2020-13', precision='month'))
mut('date-in-words.json', '$.meetings[0].on', lambda d: d['meetings'][0].update(on='last Tuesday'))
mut('date-as-number.json', '$.meetings[0].on', lambda d: d['meetings'][0].update(on=20200206))
mut('precision-does-not-match.json', '$.meetings[0]', lambda d: d['meetings'][0].update(on='2020-02', precision='day'))
mut('precision-unknown.json', '$.meetings[0]', lambda d: d['meetings'][0].update(precision='week'))
mut('published-not-a-day.json', '$.source.published', lambda d: d['source'].update(published='2020-02'))
mut('role-date-2021-02-29.json', '$.represents[0].from', lambda d: d['represents'][0].update({'from': '2021-02-29'}))
mut('participants-a-string.json', '$.meetings[0].participants', lambda d: d['meetings'][0].update(participants='AZE/najmeddin-sadikov'))
mut('actors-an-object.json', '$.actors', lambda d: d.update(actors={'id': 'AZE'}))
mut('name-a-number.json', '$.actors[1].name', lambda d: d['actors'][1].update(name=42))
mut('name-a-boolean.json', '$.actors[1].name', lambda d: d['actors'][1].update(name=True))
mut('aliases-a-string.json', '$.actors[0].aliases', lambda d: d['actors'][0].update(aliases='Sadikhov'))
mut('confidence-above-one.json', '$.meetings[0]', lambda d: d['meetings'][0].update(confidence=1.5))
mut('confidence-a-string.json', '$.meetings[0].confidence', lambda d: d['meetings'][0].update(confidence='high'))
mut('id-lower-case-country.json', '$.actors[2].id', lambda d: (d['actors'][2].update(id='aze')))
mut('id-with-a-space.json', '$.actors[0].id', lambda d: d['actors'][0].update(id='AZE/najmeddin sadikov'))
mut('id-too-long.json', '$.actors[0].id', lambda d: d['actors'][0].update(id='AZE/' + 'a' * 300))
mut('kind-unknown.json', '$.actors[0].kind', lambda d: d['actors'][0].update(kind='person'))
mut('kind-missing.json', '$.actors[0].kind', lambda d: d['actors'][0].pop('kind'))
mut('participant-not-declared.json', '$.meetings[0].participants[1]', lambda d: d['meetings'][0].update(participants=['AZE/najmeddin-sadikov', 'RUS/sergey-shoigu']))
mut('meeting-with-a-country.json', '$.meetings[0].participants[1]', lambda d: d['meetings'][0].update(participants=['AZE/najmeddin-sadikov', 'RUS']))
mut('meeting-of-one.json', '$.meetings[0]', lambda d: d['meetings'][0].update(participants=['AZE/najmeddin-sadikov']))
mut('actor-declared-twice.json', '$.actors[5].id', lambda d: d['actors'].append(dict(d['actors'][0])))
mut('null-in-actors.json', '$.actors[5]', lambda d: d['actors'].append(None))
mut('role-of-itself.json', '$.represents[0]', lambda d: d['represents'][0].update(body='AZE/najmeddin-sadikov'))
mut('role-from-after-to.json', '$.represents[0]', lambda d: d['represents'][0].update({'from': '2021', 'to': '2019'}))
mut('member-is-an-alliance.json', '$.memberships[0].member', lambda d: d['memberships'][0].update(member='CSTO', alliance='CSTO'))
mut('partnership-of-three.json', '$.partnerships[0]', lambda d: d['partnerships'][0].update(between=['AZE', 'RUS', 'CSTO']))
mut('source-id-with-spaces.json', '$.source', lambda d: d['source'].update(id='not a source id'))
raw('duplicate-key.json', 'name', good.replace('"name": "Valery Gerasimov"', '"name": "Valery Gerasimov", "name": "V. Gerasimov"'))
raw('trailing-garbage.json', 'line', good + '\nthis is not JSON')
raw('two-objects-not-in-an-array.json', 'line', good + '\n' + good)
raw('comment.json', 'line 1', '// a FactSet\n' + good)
raw('single-quotes.json', 'line 2', good.replace('"', "'"))
raw('nan-confidence.json', 'line', good.replace('"evidence": "They met."', '"evidence": "They met.", "confidence": NaN'))
raw('second-line-bad-date.jsonl', 'line 2', line + '\n' + line.replace('"bad-input"', '"bad-input-2"').replace('2020-02-06', '2020-02-30') + '\n')
raw('third-line-truncated.jsonl', 'line 3', line + '\n' + line.replace('"bad-input"', '"bad-input-2"') + '\n' + line[:60] + '\n')
raw('pretty-printed.jsonl', 'line 1', good)
raw('array-second-element-bad.json', 'line', '[' + good + ',\n' + good.replace('"bad-input"', '"bad-input-2"').replace('"kind": "official"', '"kind": "officer"', 1) + ']')
raw('latin-1.json', 'UTF-8', good.replace('Azerbaijan', 'Azərbaycan Işık').encode('utf-8').replace('Işık'.encode(), 'I\xfe\xffk'.encode('latin-1')))
raw('invalid-utf8.jsonl', 'UTF-8', line.replace('Azerbaijan', 'Az\u00e9rbaijan').encode().replace('\u00e9'.encode(), b'\xe9') + b'\n')
raw('lone-surrogate-escape.json', 'line', good.replace('Azerbaijan', 'Az\\ud800erbaijan'))
# Articles, for the extractor (today: ingest refuses .txt)
raw('article-empty.txt', 'article-empty.txt', '')
raw('article-invalid-utf8.txt', 'article-invalid-utf8.txt', b'Gerasimov met Sadikov in Baku on 6 February 2020. Caf\xe9 \xff\xfe\n')
for name, (data, place) in cases.items():
    with open(os.path.join(out, name), 'wb') as f:
        f.write(data)
with open(os.path.join(out, 'expected-places.txt'), 'w') as f:
    f.write('# file | a fragment the one-line error must contain besides the file name (the place or the problem)\n')
    for name, (data, place) in sorted(cases.items()):
        f.write(name + ' | ' + place + '\n')
print(len(cases))
