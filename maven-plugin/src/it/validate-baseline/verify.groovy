// One known finding is recorded, then left out; a new one fails the build, alone.
String log = new File(basedir, 'build.log').getText('UTF-8')
String baseline = new File(basedir, 'ddassets-baseline.json').getText('UTF-8')

assert baseline.contains('"rule" : "metadata-unit-unknown"')
assert baseline.contains('"subject" : "acme.queue.depth unit_name"')
assert log.contains('[INFO] Recorded 1 finding(s) in ddassets-baseline.json (1 entries).')
assert log.contains('[INFO] Checked 1 integration (profile strict): 0 errors, 0 warnings. 1 known finding left out (baseline).')
assert log.contains('[ERROR] next/acme/metadata.csv:2:')
assert log.contains('[metadata-unit-unknown] `secnd` is not a valid unit_name')
assert !log.contains('[ERROR] next/acme/metadata.csv:3:')
assert log.contains('Checked 1 integration (profile strict): 1 error, 0 warnings. 1 known finding left out (baseline).')
