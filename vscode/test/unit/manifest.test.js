'use strict';
// The extension's manifest, grammar and language against each other and against the language's
// own grammar (org.wpo.dsl's Wpo.xtext), so that a keyword added there and missed here fails.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { KEYWORDS } = require('../../src/names');

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const grammarText = fs.readFileSync(path.join(root, 'syntaxes', 'wpo.tmLanguage.json'), 'utf8');
const grammar = JSON.parse(grammarText);
const xtext = fs.readFileSync(path.join(root, '..', 'org.wpo.dsl', 'src', 'org', 'wpo', 'dsl', 'Wpo.xtext'), 'utf8');
// Keywords are the quoted words of the parser rules; the terminals after them quote single letters.
const rules = xtext.slice(0, xtext.indexOf('terminal '));
const xtextKeywords = [...new Set([...rules.matchAll(/'([a-z][a-z-]*)'/g)].map(m => m[1]))];

test('Wpo.xtext has the keywords this test expects to read', () => {
  assert.ok(xtextKeywords.includes('runs-over') && xtextKeywords.includes('technology') && xtextKeywords.length >= 40,
    xtextKeywords.join(' '));
});

test('every keyword of Wpo.xtext is in the TextMate grammar, as a whole word', () => {
  // A keyword stands in an alternation or group of a rule's regex: (model), |runs-over|, (in|from|to).
  const missing = xtextKeywords.filter(k => !new RegExp(`[(|]${k}[|)]`).test(grammarText));
  assert.deepEqual(missing, []);
});

test('every keyword of Wpo.xtext is a keyword for the stack command, and nothing else is', () => {
  assert.deepEqual([...KEYWORDS].sort(), [...xtextKeywords].sort());
});

test('the manifest points at files that exist and at the grammar by its scope name', () => {
  const lang = manifest.contributes.languages[0];
  const contributed = manifest.contributes.grammars[0];
  assert.equal(lang.id, 'wpo');
  assert.deepEqual(lang.extensions, ['.wpo']);
  assert.ok(fs.existsSync(path.join(root, lang.configuration)));
  assert.ok(fs.existsSync(path.join(root, contributed.path)));
  assert.equal(contributed.scopeName, grammar.scopeName);
});

test('every contributed command is registered by the extension, and every registered one contributed', () => {
  const source = fs.readFileSync(path.join(root, 'src', 'extension.js'), 'utf8');
  const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map(m => m[1]).sort();
  const contributed = manifest.contributes.commands.map(c => c.command).sort();
  assert.deepEqual(registered, contributed);
});

test('the language configuration: comments and braces as in the language', () => {
  const conf = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
  assert.equal(conf.comments.lineComment, '//');
  assert.deepEqual(conf.comments.blockComment, ['/*', '*/']);
  assert.deepEqual(conf.brackets, [['{', '}']]);
  const word = new RegExp(`^(?:${conf.wordPattern})$`);
  for (const name of ['MS-RPCE', '^layer', 'RFC768', '7.3.1', '_x']) {
    assert.match(name, word);
  }
  assert.doesNotMatch('MS RPCE', word);
});

test('dependencies are pinned to exact versions', () => {
  for (const deps of [manifest.dependencies, manifest.devDependencies]) {
    for (const [name, version] of Object.entries(deps)) {
      assert.match(version, /^\d+\.\d+\.\d+$/, name);
    }
  }
});
