// The render goal drew the area map, the layer stack and MS-ACME's stack; the report goal wrote a site.
def diagrams = new File(basedir, 'target/wpo/diagrams')
assert diagrams.list().sort() == ['area-map.svg', 'layer-stack.svg', 'stack-MS-ACME.svg']
def stack = new File(diagrams, 'stack-MS-ACME.svg').text
assert stack.startsWith('<?xml') || stack.startsWith('<svg')
assert stack.contains('MS-ACME') && stack.contains('MS-DCOM')
def index = new File(basedir, 'target/wpo/report/index.html')
assert index.isFile() && index.text.contains('<html')
def pages = []
new File(basedir, 'target/wpo/report').eachFileRecurse { if (it.name.endsWith('.html')) pages << it.text }
assert pages.any { it.contains('MS-ACME') }
def log = new File(basedir, 'build.log').text
assert log.contains('WPO: wrote 3 files into target/wpo/diagrams')
assert log =~ /WPO: wrote \d+ files into target\/wpo\/report/
assert !log.contains('Exception')
return true
