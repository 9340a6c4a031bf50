// First run: verify names the folder of the old integration and the sync that removes it.
// Second run: sync with prune writes the new folder and removes the old one; verify passes.
String log = new File(basedir, 'build.log').getText('UTF-8')
// Maven prefixes each line of a failure message with its level: compare the text without it.
String plain = log.readLines()
    .collect { it.replaceFirst(/^(\u001B\[0m)*\[(INFO|WARNING|ERROR)\] /, '') }
    .join('\n')

assert plain.contains(': The committed copy in assets does not match the generated files of acme'
    + ' (3 problems):\n'
    + 'acme/assets/service_checks.json is missing from assets\n'
    + 'acme/metadata.csv is missing from assets\n'
    + 'assets/old_acme holds an integration the code no longer declares (renamed or deleted).\n'
    + 'To update the committed copy and remove the folders of undeclared integrations, run:'
    + ' mvn ddassets:sync -Dddassets.prune=true\n')

assert log.contains('[INFO] Updated assets/acme/assets/service_checks.json\n')
assert log.contains('[INFO] Updated assets/acme/metadata.csv\n')
assert log.contains('[INFO] Removed assets/old_acme: the code no longer declares an integration'
    + ' old_acme.\n')
assert log.contains('[INFO] The committed copy in assets is up to date (acme).')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'assets/old_acme').exists()
assert new File(basedir, 'assets/acme/assets/service_checks.json').isFile()
