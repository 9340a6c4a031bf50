// ddassets:sync rewrites the stale file only; verify then passes.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] Updated assets/acme/metadata.csv\n')
assert !log.contains('Updated assets/acme/assets/service_checks.json')
assert log.contains('[INFO] Updated 1 file in assets.')
assert log.contains('[INFO] The committed copy in assets is up to date (acme).')

String generated = new File(basedir, 'target/classes/META-INF/datadog/acme/metadata.csv').getText('UTF-8')
assert new File(basedir, 'assets/acme/metadata.csv').getText('UTF-8') == generated
assert !new File(basedir, 'assets/acme/manifest.fragment.json').exists()
