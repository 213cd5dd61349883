'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { nameAt } = require('../../src/names');

const line = '\t\truns-over mswpo::MS-RPCE, "Windows Server 2008", 7.3.1 section 2 // SMB later';

test('a hyphenated short name, caret inside, at its start and just after its end', () => {
  const start = line.indexOf('MS-RPCE');
  assert.equal(nameAt(line, start + 3), 'mswpo::MS-RPCE');
  assert.equal(nameAt(line, start), 'mswpo::MS-RPCE');
  assert.equal(nameAt(line, start + 'MS-RPCE'.length), 'mswpo::MS-RPCE');
});

test('the qualifier of a qualified name gives the whole qualified name', () => {
  assert.equal(nameAt(line, line.indexOf('mswpo') + 1), 'mswpo::MS-RPCE');
});

test('a quoted name is given without its quotes', () => {
  assert.equal(nameAt(line, line.indexOf('Server')), 'Windows Server 2008');
});

test('escapes in a quoted name are undone', () => {
  const text = 'uses "a \\"quoted\\" name"';
  assert.equal(nameAt(text, 8), 'a "quoted" name');
});

test('a section number is a name', () => {
  assert.equal(nameAt(line, line.indexOf('7.3.1') + 2), '7.3.1');
});

test('keywords, relation kinds, blanks and comments name nothing', () => {
  assert.equal(nameAt(line, line.indexOf('runs-over') + 2), undefined);
  assert.equal(nameAt(line, line.indexOf('section') + 1), undefined);
  assert.equal(nameAt(line, 0), undefined);
  assert.equal(nameAt(line, line.indexOf('SMB') + 1), undefined);
  assert.equal(nameAt('\tstatus current', 10), undefined);
});

test('an escaped keyword is a name, without its caret', () => {
  assert.equal(nameAt('uses ^layer', 8), 'layer');
});

test('a name that contains a keyword is one name', () => {
  assert.equal(nameAt('uses MS-area', 9), 'MS-area');
});

test('the declared name of an element', () => {
  const decl = '\tprotocol MS-ACME "ACME Management Protocol" {';
  assert.equal(nameAt(decl, decl.indexOf('ACME') + 1), 'MS-ACME');
  assert.equal(nameAt(decl, decl.indexOf('Management')), 'ACME Management Protocol');
});

test('names separated by blanks around :: are not joined', () => {
  assert.equal(nameAt('uses a :: b', 5), 'a');
});
