// Each partial build wrote exactly what a clean build of the same sources writes.
Map<String, String> files(String step) {
    def root = new File(basedir, "steps/${step}")
    assert root.isDirectory() : "build ${step} generated nothing"
    def files = new TreeMap<String, String>()
    root.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        files[root.toPath().relativize(file.toPath()).toString().replace('\\', '/')] = file.getText('UTF-8')
    }
    return files
}

def clean = files('1-clean')
assert clean.containsKey('acme/assets/configuration/spec.yaml')
assert clean['acme/manifest.fragment.json'].contains('assets/configuration/spec.yaml')
assert files('2-record') == clean : 'compiling only the configuration record changed the files'
assert files('3-check') == clean : 'compiling only the check class changed the files'
def changed = files('4-metric')
assert changed == files('5-reference') : 'a changed metric wrote other files than a clean build'
assert changed['acme/metadata.csv'].contains('Bytes waiting in the queue.')

// The partial builds really compiled one source each.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert (log =~ /Compiling 1 source file/).count >= 3 : 'the builds were not partial'
return true
