import groovy.json.JsonSlurper

import javax.xml.parsers.DocumentBuilderFactory

def lines = new File(basedir, 'build.log').readLines()
def out = new File(basedir, 'target/wpo')

// The goals ran in their phases and said what they wrote.
[
    '[INFO] WPO: wrote target/wpo/wpo.json',
    '[INFO] WPO: wrote target/wpo/csv/specifications.csv',
    '[INFO] WPO: wrote target/wpo/csv/technologies.csv',
    '[INFO] WPO: wrote target/wpo/csv/relations.csv',
    '[INFO] WPO: wrote target/wpo/wpo.dot',
    '[INFO] WPO: wrote target/wpo/wpo.mmd',
    '[INFO] WPO: wrote target/wpo/wpo.puml',
    '[INFO] WPO: wrote target/wpo/wpo.graphml',
    '[INFO] WPO: wrote target/wpo/wpo.xmi',
    '[INFO] WPO: wrote target/wpo/wpo.sarif (0 errors, 1 warning)',
    "[WARNING] models/extra/planned.wpo:4:6: warning: wpo.empty-area: Area '2' is empty: nothing is declared or placed in it, and no element cites it.",
    '[INFO] WPO: checked 2 files: 1 element, 2 relations, 2 areas; 0 errors, 1 warning',
    '[INFO] BUILD SUCCESS',
].each { assert lines.contains(it) : "missing line: ${it}" }

// JSON: the model's own elements, with references into the built-in model by short name.
def json = new JsonSlurper().parse(new File(out, 'wpo.json'))
assert json.specifications*.shortName == ['MS-ACME']
assert json.areas*.id == ['acme::1', 'acme::2']

// CSV: a header and one row per specification.
def specificationRows = new File(out, 'csv/specifications.csv').readLines()
assert specificationRows.size() == 2
assert specificationRows[1].contains('MS-ACME')
assert new File(out, 'csv/relations.csv').readLines().size() == 3

// Graph formats: the shape each reader expects.
assert new File(out, 'wpo.dot').text.startsWith('digraph')
assert new File(out, 'wpo.mmd').text.contains('MS-ACME')
def plantuml = new File(out, 'wpo.puml').text
assert plantuml.startsWith('@startuml') && plantuml.trim().endsWith('@enduml')
def xml = { String name ->
    def factory = DocumentBuilderFactory.newInstance()
    factory.namespaceAware = true
    factory.newDocumentBuilder().parse(new File(out, name)).documentElement
}
def graphml = xml('wpo.graphml')
assert graphml.localName == 'graphml'
assert graphml.getElementsByTagNameNS('*', 'node').length >= 3
def xmi = xml('wpo.xmi')
assert xmi.localName == 'XMI'
def specifications = []
def members = xmi.getElementsByTagName('members')
for (int i = 0; i < members.length; i++) {
    def member = members.item(i)
    if (member.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type') == 'wpo:Specification') {
        specifications << member.getAttribute('name')
    }
}
assert specifications == ['MS-ACME']

// SARIF 2.1.0: one result, located relative to the project.
def sarif = new JsonSlurper().parse(new File(out, 'wpo.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'wpo.empty-area'
assert results[0].level == 'warning'
def location = results[0].locations[0].physicalLocation
assert location.artifactLocation.uri == 'models/extra/planned.wpo'
assert location.region.startLine == 4
assert location.region.startColumn == 6

// Nothing was written beside the sources, and no temporary file was left behind.
def sources = []
new File(basedir, 'models').eachFileRecurse { sources << it.path.substring(basedir.path.length() + 1) }
assert sources.sort() == ['models/core', 'models/core/acme.wpo', 'models/extra', 'models/extra/planned.wpo']
def written = []
out.eachFileRecurse { if (it.isFile()) written << it.name }
assert written.sort() == ['relations.csv', 'specifications.csv', 'technologies.csv', 'wpo.dot', 'wpo.graphml',
        'wpo.mmd', 'wpo.puml', 'wpo.sarif', 'wpo.json', 'wpo.xmi'].sort()
return true
