// The committed copy matches: both goals ran in their default phases and passed.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] Checked 1 integration (profile strict): 0 errors, 0 warnings.')
assert log.contains('[INFO] The committed copy in assets is up to date (acme).')
// validate runs in the validate phase, before javac; verify in the verify phase, after the jar.
assert log.indexOf(':validate (validate-assets)') < log.indexOf(':compile (default-compile)')
assert log.indexOf(':verify (default)') > log.indexOf(':jar (default-jar)')
