// Before the build: the bytes and modification time of every file under src/, which validate must not change.
import java.security.MessageDigest
def lines = []
new File(basedir, 'src').eachFileRecurse { file ->
    def digest = file.isFile() ? MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() : 'folder'
    lines << "${basedir.toPath().relativize(file.toPath())} ${digest} ${file.lastModified()}"
}
new File(basedir, 'src-before.txt').text = lines.sort().join('\n')
return true
