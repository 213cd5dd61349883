'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const { settings, invocation, describeFailure } = require('../../src/launch');

function run(inv) {
  return new Promise(resolve => execFile(inv.command, inv.args, inv.options,
    (error, stdout, stderr) => resolve({ error, stdout, stderr, exitCode: error && typeof error.code === 'number' ? error.code : (error ? undefined : 0) })));
}

function script(body) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpo-vscode-'));
  const file = path.join(dir, 'wpo');
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

test('settings: blank values fall back to wpo on the PATH and no JAVA_HOME', () => {
  assert.deepEqual(settings(() => '  '), { command: 'wpo', javaHome: '' });
  assert.deepEqual(settings(k => ({ command: ' /opt/wpo/wpo ', javaHome: '/jdk' })[k]), { command: '/opt/wpo/wpo', javaHome: '/jdk' });
});

test('the launcher gets its arguments and the JAVA_HOME of the setting', async () => {
  const wpo = script('echo "$JAVA_HOME|$*"');
  const result = await run(invocation({ command: wpo, javaHome: '/opt/jdk-25' }, ['lsp'], { PATH: process.env.PATH, JAVA_HOME: '/old' }));
  assert.equal(result.stdout, '/opt/jdk-25|lsp\n');
  const kept = await run(invocation({ command: wpo, javaHome: '' }, ['stack', 'MS-COMA'], { PATH: process.env.PATH, JAVA_HOME: '/old' }));
  assert.equal(kept.stdout, '/old|stack MS-COMA\n');
});

test('a launcher path that does not exist is named with the setting to change', async () => {
  const cfg = { command: '/nowhere/wpo-studio/wpo', javaHome: '' };
  const result = await run(invocation(cfg, ['--version'], process.env));
  assert.equal(result.error.code, 'ENOENT');
  assert.equal(describeFailure(cfg, result.error, result.stderr, result.exitCode),
    'WPO: the launcher /nowhere/wpo-studio/wpo does not exist. Set "wpo.command" to the absolute path of wpo-studio/wpo.');
});

test('a launcher name that is not on the PATH', async () => {
  const cfg = { command: 'wpo-not-installed-here', javaHome: '' };
  const result = await run(invocation(cfg, ['--version'], { PATH: '/nonexistent' }));
  assert.equal(describeFailure(cfg, result.error, result.stderr, result.exitCode),
    'WPO: "wpo-not-installed-here" is not on the PATH. Set "wpo.command" to the absolute path of wpo-studio/wpo.');
});

test('a launcher that is not executable', async () => {
  const file = script('echo hi');
  fs.chmodSync(file, 0o644);
  const cfg = { command: file, javaHome: '' };
  const result = await run(invocation(cfg, ['--version'], process.env));
  assert.match(describeFailure(cfg, result.error, result.stderr, result.exitCode), /^WPO: the launcher .* is not executable/);
});

test('no Java: the shell cannot find java', async () => {
  const cfg = { command: script('exec java-that-is-missing -jar wpo.jar "$@"'), javaHome: '' };
  const result = await run(invocation(cfg, ['--version'], process.env));
  assert.equal(result.exitCode, 127);
  assert.equal(describeFailure(cfg, result.error, result.stderr, result.exitCode),
    'WPO: no Java found to run wpo. Install Java 17 or later, or set "wpo.javaHome" to a JDK 17 or later.');
});

test("the launcher's own line about Java is passed on", async () => {
  const cfg = { command: script('echo "wpo: needs Java 17 or later; /usr/bin/java is Java 11" >&2; exit 2'), javaHome: '' };
  const result = await run(invocation(cfg, ['--version'], process.env));
  assert.equal(describeFailure(cfg, result.error, result.stderr, result.exitCode),
    'WPO: needs Java 17 or later; /usr/bin/java is Java 11');
});

test('an old Java that the launcher did not catch', () => {
  const stderr = 'Error: LinkageError occurred while loading main class org.wpo.cli.Wpo\n\tjava.lang.UnsupportedClassVersionError: org/wpo/cli/Wpo has been compiled by a more recent version of the Java Runtime';
  assert.equal(describeFailure({ command: 'wpo' }, undefined, stderr, 1),
    'WPO: the Java that runs wpo is older than 17. Set "wpo.javaHome" to a JDK 17 or later.');
});

test('a failure that is not about Java or the launcher is left to the caller', () => {
  assert.equal(describeFailure({ command: 'wpo' }, undefined, 'something else\n', 3), undefined);
});
