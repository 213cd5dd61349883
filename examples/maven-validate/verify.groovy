// Run by the repository's build (maven-invoker-plugin in wpo-maven-plugin) after 'mvn verify' on a
// copy of this project; a user of the example can ignore it.
def lines = new File(basedir, 'build.log').readLines()

def expected = '[INFO] WPO: checked 2 files: 3 elements, 4 relations, 2 areas; 0 errors, 0 warnings'
assert lines.contains(expected) : "summary line missing: ${expected}"
assert lines.contains('[INFO] BUILD SUCCESS')
// A clean model: no diagnostic at all, and validate writes nothing.
assert !lines.any { it =~ /\.wpo:\d+:\d+: / } : 'unexpected diagnostics'
assert !new File(basedir, 'target/wpo').exists() : 'validate must not write files'
return true
