// Builds this sample project from README.md's own text, so that the README cannot drift from what
// works: the pom is the README's Maven snippet inside a project (with the sample projects' parent,
// which pins the lifecycle plugins that have nothing to do with ddassets), the source is the
// 30-second example, and the expected files are the ones the README shows.
def readme = new File(projectRoot, 'README.md').getText('UTF-8')

String section(String text, String heading) {
    int start = text.indexOf('\n' + heading + '\n')
    assert start >= 0 : "README.md has no section '${heading}'"
    int end = text.indexOf('\n## ', start + heading.length() + 2)
    return end < 0 ? text.substring(start) : text.substring(start, end)
}

String fence(String text, String language) {
    def matcher = text =~ /(?s)```${language}\n(.*?)```/
    assert matcher.find() : "no ${language} block"
    return matcher.group(1)
}

def snippet = fence(section(readme, '## Adding ddassets to a Maven build'), 'xml')
def example = section(readme, '## In 30 seconds')
def java = fence(example, 'java')
def csv = fence(example, 'csv')
def json = fence(example, 'json')

new File(basedir, 'pom.xml').setText("""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.example.it</groupId>
    <artifactId>it-parent</artifactId>
    <version>1.0</version>
    <relativePath>../parent/pom.xml</relativePath>
  </parent>
  <artifactId>readme-snippet</artifactId>
${snippet}
</project>
""", 'UTF-8')

def packageName = (java =~ /package ([\w.]+);/)[0][1]
def className = (java =~ /public final class (\w+)/)[0][1]
def source = new File(basedir, "src/main/java/${packageName.replace('.', '/')}/${className}.java")
source.parentFile.mkdirs()
source.setText(java, 'UTF-8')

def expected = new File(basedir, 'expected')
expected.mkdirs()
new File(expected, 'metadata.csv').setText(csv, 'UTF-8')
new File(expected, 'service_checks.json').setText(json, 'UTF-8')
new File(expected, 'integration.txt').setText(
    (java =~ /@Integration\(name = "(\w+)"/)[0][1], 'UTF-8')
return true
