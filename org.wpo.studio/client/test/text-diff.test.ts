import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapPosition, minimalChange } from '../src/logic/text-diff';

function apply(text: string, change: { from: number; to: number; insert: string } | null): string {
    return change ? text.slice(0, change.from) + change.insert + text.slice(change.to) : text;
}

test('equal texts need no change', () => {
    assert.equal(minimalChange('model a\n', 'model a\n'), null);
});

test('an inserted line is the only change', () => {
    const before = 'protocol A {\n\tlayer application\n}\n';
    const after = 'protocol A {\n\tlayer application\n\truns-over B\n}\n';
    const change = minimalChange(before, after);
    assert.deepEqual(change, { from: 32, to: 32, insert: '\truns-over B\n' });
    assert.equal(apply(before, change), after);
});

test('a renamed word replaces only the differing characters', () => {
    const change = minimalChange('runs-over MS-RPCE // keep\n', 'runs-over MS-DCOM // keep\n');
    assert.deepEqual(change, { from: 13, to: 17, insert: 'DCOM' });
});

test('a deletion keeps prefix and suffix', () => {
    const before = 'a\nb\nc\n';
    const change = minimalChange(before, 'a\nc\n');
    assert.equal(apply(before, change), 'a\nc\n');
    assert.equal(change!.insert, '');
    assert.equal(change!.to - change!.from, 2);
});

test('repeated text is not split ambiguously beyond the edit', () => {
    const before = 'xx';
    const after = 'xxx';
    const change = minimalChange(before, after);
    assert.equal(apply(before, change), after);
    assert.deepEqual(change, { from: 2, to: 2, insert: 'x' });
});

test('a surrogate pair is never split', () => {
    const before = 'a\u{1F600}b';
    const after = 'a\u{1F601}b';
    const change = minimalChange(before, after)!;
    assert.equal(apply(before, change), after);
    assert.equal(change.from, 1);
    assert.equal(change.to, 3);
    assert.equal(change.insert, '\u{1F601}');
});

test('the caret keeps its place before, after and inside a change', () => {
    const change = { from: 10, to: 14, insert: 'ABCDEFGH' };
    assert.equal(mapPosition(change, 3), 3);
    assert.equal(mapPosition(change, 20), 24);
    assert.equal(mapPosition(change, 12), 12);
    assert.equal(mapPosition({ from: 10, to: 20, insert: '' }, 15), 10);
});
