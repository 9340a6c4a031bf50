// No processor on the processor path: verify says the processor did not run, names the cause and
// the command to run once it is fixed.
String log = new File(basedir, 'build.log').getText('UTF-8')
// Maven prefixes each line of a failure message with its level: compare the text without it.
String plain = log.readLines()
    .collect { it.replaceFirst(/^(\u001B\[0m)*\[(INFO|WARNING|ERROR)\] /, '') }
    .join('\n')

assert log.contains('BUILD FAILURE')
assert plain.contains(': No generated asset files: target/classes/META-INF/datadog does not exist,'
    + ' so the ddassets annotation processor did not run in this build, or found no class annotated'
    + ' with @Integration.\n'
    + 'In this module:\n'
    + "- ddassets-processor is not in the maven-compiler-plugin's annotationProcessorPaths: add it"
    + ' there (groupId io.github.ddassets).\n'
    + 'Then run `mvn clean verify`: the processor runs only when javac compiles.\n')
// javac did compile: the class is there, only the processor's output is missing.
assert new File(basedir, 'target/classes/com/example/AcmeCheck.class').isFile()
