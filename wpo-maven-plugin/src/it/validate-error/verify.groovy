def log = new File(basedir, 'build.log')
def lines = log.readLines()

def error = "[ERROR] src/main/wpo/broken.wpo:9:13: error: wpo.unresolved-reference: Unresolved reference:" +
        " no specification or technology named 'MS-DCOMX' is visible here; closest names: MS-DCOM, MS-COM," +
        " MS-COMA, MS-COMT."
def warning = "[WARNING] src/main/wpo/broken.wpo:13:6: warning: wpo.empty-area: Area '2' is empty:" +
        " nothing is declared or placed in it, and no element cites it."
def summary = '[INFO] WPO: checked 1 file: 1 element, 1 relation, 2 areas; 1 error, 1 warning'
[error, warning, summary, '[INFO] BUILD FAILURE'].each {
    assert lines.contains(it) : "missing line: ${it}"
}
assert lines.any {
    it.startsWith('[ERROR] Failed to execute goal org.wpo:wpo-maven-plugin:') &&
            it.contains(':validate (default) on project validate-error: The WPO model has 1 error (listed above).')
} : 'the failure does not say how many errors'
// The diagnostics come before the summary, in the order of their position.
assert lines.indexOf(error) < lines.indexOf(warning)
assert lines.indexOf(warning) < lines.indexOf(summary)
// One line per problem: no stack trace, no log4j output.
assert !lines.any { it =~ /^\s+at [\w.$]+\(/ } : 'a stack trace was printed'
assert !lines.any { it.contains('log4j') }

// The failing build changed nothing under src/ (see setup.groovy).
def after = []
new File(basedir, 'src').eachFileRecurse { file ->
    def digest = file.isFile() ? java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() : 'folder'
    after << "${basedir.toPath().relativize(file.toPath())} ${digest} ${file.lastModified()}"
}
def before = new File(basedir, 'src-before.txt').text
assert before.readLines().size() == 3 : before
assert after.sort().join('\n') == before
return true
