// A stale metadata.csv fails verify with a unified diff, and one line says how to fix it.
String log = new File(basedir, 'build.log').getText('UTF-8')
// Maven prefixes each line of a failure message with its level: compare the text without it.
String plain = log.readLines()
    .collect { it.replaceFirst(/^(\u001B\[0m)*\[(INFO|WARNING|ERROR)\] /, '') }
    .join('\n')

assert log.contains('BUILD FAILURE')
assert plain.contains(': The committed copy in assets does not match the generated files of acme'
    + ' (1 problem):\n'
    + 'acme/metadata.csv in assets differs from the generated file:\n'
    + '--- committed/acme/metadata.csv\n'
    + '+++ generated/acme/metadata.csv\n'
    + '@@ -1,2 +1,2 @@\n'
    + ' metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,'
    + 'integration,short_name,curated_metric\n'
    + '-acme.queue.depth,gauge,,item,,Messages waiting in the queue.,0,acme,queue depth,\n'
    + '+acme.queue.depth,gauge,,message,,Messages waiting in the queue.,0,acme,queue depth,\n'
    + 'To update the committed copy, run: mvn ddassets:sync\n')
// One hint, at the end.
assert plain.count('To update the committed copy') == 1
// verify never writes: the committed copy is left as it was.
assert new File(basedir, 'assets/acme/metadata.csv').getText('UTF-8').contains(',item,')
