def lines = new File(basedir, 'build.log').readLines()
def index = { String start -> lines.findIndexOf { it.startsWith(start) } }

// Tycho built the bundle, and validate ran in the verify phase, after packaging.
assert index('[INFO] Tycho Version:  ') >= 0 : 'not a Tycho build'
def packaged = lines.findIndexOf { it ==~ /\[INFO\] --- tycho-packaging:.*:package-plugin .*/ }
def validated = lines.findIndexOf { it ==~ /\[INFO\] --- wpo:.*:validate \(default\) @ org\.wpo\.it\.tycho\.bundle ---/ }
assert packaged >= 0 && validated > packaged
[
    '[INFO] WPO: checked 1 file: 1 element, 1 relation, 1 area; 0 errors, 0 warnings',
    '[INFO] BUILD SUCCESS',
].each { assert lines.contains(it) : "missing line: ${it}" }
assert lines.indexOf('[INFO] WPO: checked 1 file: 1 element, 1 relation, 1 area; 0 errors, 0 warnings') == validated + 1
// The model went into the bundle as build.properties says.
def jar = new java.util.jar.JarFile(new File(basedir, 'target/org.wpo.it.tycho.bundle-1.0.0-SNAPSHOT.jar'))
try {
    assert jar.getEntry('model/acme.wpo') != null
} finally {
    jar.close()
}
return true
