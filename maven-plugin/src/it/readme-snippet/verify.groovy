// The files the README's example generates are the ones the README shows, byte for byte.
def expected = new File(basedir, 'expected')
def name = new File(expected, 'integration.txt').getText('UTF-8')
def generated = new File(basedir, "target/classes/META-INF/datadog/${name}")
assert generated.isDirectory() : "the processor wrote nothing: ${generated}"
assert new File(generated, 'metadata.csv').getText('UTF-8') ==
    new File(expected, 'metadata.csv').getText('UTF-8')
assert new File(generated, 'assets/service_checks.json').getText('UTF-8') ==
    new File(expected, 'service_checks.json').getText('UTF-8')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert !(log =~ /\[WARNING\].*\[[a-z]+(-[a-z]+)+\]/) : 'the README example builds without a rule warning'
return true
