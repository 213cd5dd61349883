'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { renderArgs, reportArgs, stackArgs, outcome } = require('../../src/cli');

test('render and report write into a folder of the workspace folder, or an absolute one', () => {
  assert.deepEqual(renderArgs('/ws', 'wpo-diagrams'), ['render', '--out', '/ws/wpo-diagrams', '/ws']);
  assert.deepEqual(reportArgs('/ws', '/tmp/site'), ['report', '--out', '/tmp/site', '/ws']);
});

test('stack names the element, then the model folder', () => {
  assert.deepEqual(stackArgs('mswpo::MS-COMA', '/ws'), ['stack', 'mswpo::MS-COMA', '/ws']);
});

test('exit status 0 is done, 1 model errors, 2 the first line of stderr', () => {
  assert.deepEqual(outcome(0, 'MS-COMA\n', ''), { ok: true, text: 'MS-COMA\n' });
  assert.equal(outcome(1, '', '').message, 'WPO: the model has errors (see Problems or Output → WPO).');
  assert.equal(outcome(2, '', '\nwpo: unknown name MS-COM; closest: MS-COMA\nmore\n').message,
    'WPO: unknown name MS-COM; closest: MS-COMA');
  assert.equal(outcome(3, '', '').message, 'WPO: wpo exited with status 3.');
});
