def lines = new File(basedir, 'build.log').readLines()
def start = lines.indexOf('[INFO] WPO: compared with baseline:')
assert start >= 0 : lines
assert lines.subList(start + 1, start + 5) == [
        '[INFO] 1 ACME',
        '[INFO]   added format MS-ACMEF "ACME Configuration File Format"',
        '[INFO]   MS-ACME status: current -> deprecated',
        '[INFO] 1 element added, 1 element change']
assert lines.contains('[INFO] WPO: wrote target/wpo/diff.md')
assert lines.contains('[INFO] BUILD SUCCESS')
assert new File(basedir, 'target/wpo/diff.md').getText('UTF-8') == '''### WPO model changes

1 element added, 1 element change.

#### 1 ACME

- added format MS-ACMEF "ACME Configuration File Format"
- MS-ACME status: current → deprecated
'''
return true
