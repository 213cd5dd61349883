import java.security.MessageDigest
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] WPO: checked 3 files: 1 element, 1 relation, 2 areas; 0 errors, 2 warnings')
assert lines.contains('[INFO] BUILD SUCCESS')

// Every file under src/ is as it was before the build (see setup.groovy): nothing written, touched or added.
def after = []
new File(basedir, 'src').eachFileRecurse { file ->
    def digest = file.isFile() ? MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() : 'folder'
    after << "${basedir.toPath().relativize(file.toPath())} ${digest} ${file.lastModified()}"
}
def before = new File(basedir, 'src-before.txt').text
assert before.readLines().size() == 7 : before
assert after.sort().join('\n') == before
return true
