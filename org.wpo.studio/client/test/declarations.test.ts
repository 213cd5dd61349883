import assert from 'node:assert/strict';
import { test } from 'node:test';
import { declarationAt, declarationOf, declarations, DocumentSymbol, lineStarts, offsetOf } from '../src/logic/declarations';

const text = [
    'model acme',                       // 0
    'area 1 "Management" {',            // 1
    '\tprotocol MS-ACME "ACME" {',      // 2
    '\t\truns-over MS-DCOM',            // 3
    '\t}',                              // 4
    '\tformat MS-ACMEF',                // 5
    '}',                                // 6
    ''
].join('\n');

function range(l1: number, c1: number, l2: number, c2: number) {
    return { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } };
}

const symbols: DocumentSymbol[] = [{
    name: '1', kind: 3, range: range(1, 0, 6, 1), selectionRange: range(1, 5, 1, 6), children: [
        { name: 'MS-ACME', kind: 5, range: range(2, 1, 4, 2), selectionRange: range(2, 10, 2, 17) },
        { name: 'MS-ACMEF', kind: 5, range: range(5, 1, 5, 16), selectionRange: range(5, 8, 5, 16) }
    ]
}];

test('LSP positions become offsets, clamped to their line', () => {
    const starts = lineStarts(text);
    assert.equal(offsetOf(starts, text.length, { line: 2, character: 10 }), text.indexOf('MS-ACME'));
    assert.equal(offsetOf(starts, text.length, { line: 0, character: 99 }), 'model acme'.length);
    assert.equal(offsetOf(starts, text.length, { line: 40, character: 0 }), text.length);
});

test('the caret inside a relation line selects the element it is written in', () => {
    const list = declarations(text, symbols);
    const caret = text.indexOf('MS-DCOM') + 2;
    assert.equal(declarationAt(list, caret, () => true)?.name, 'MS-ACME');
});

test('the caret between elements selects the area', () => {
    const list = declarations(text, symbols);
    const caret = text.indexOf('\t}') + 2 + 1;
    assert.equal(declarationAt(list, caret, () => true)?.name, '1');
});

test('a declaration the diagram does not show is passed over for its container', () => {
    const list = declarations(text, symbols);
    const caret = text.indexOf('MS-ACMEF') + 3;
    assert.equal(declarationAt(list, caret, name => name !== 'MS-ACMEF')?.name, '1');
    assert.equal(declarationAt(list, 0, () => true), null);
});

test('a node reveals the whole declaration and its name', () => {
    const found = declarationOf(declarations(text, symbols), 'MS-ACME')!;
    assert.equal(text.slice(found.from, found.to), 'protocol MS-ACME "ACME" {\n\t\truns-over MS-DCOM\n\t}');
    assert.equal(text.slice(found.nameFrom, found.nameTo), 'MS-ACME');
    assert.equal(declarationOf(declarations(text, symbols), 'nothing'), null);
});
