import assert from 'node:assert/strict';
import { test } from 'node:test';
import { covers, editsFor } from '../src/logic/workspace-edit';

const range = { start: { line: 3, character: 10 }, end: { line: 3, character: 17 } };

test('a diagnostic covers the caret on its range, ends included', () => {
    assert.equal(covers(range, { line: 3, character: 10 }), true);
    assert.equal(covers(range, { line: 3, character: 17 }), true);
    assert.equal(covers(range, { line: 3, character: 18 }), false);
    assert.equal(covers(range, { line: 2, character: 12 }), false);
    assert.equal(covers({ start: { line: 1, character: 5 }, end: { line: 4, character: 0 } }, { line: 2, character: 0 }), true);
});

test('the edits of one file come from changes and documentChanges; other files are noticed', () => {
    const edit = { range, newText: 'MS-LBASE' };
    assert.deepEqual(editsFor('file:///a.wpo', { changes: { 'file:///a.wpo': [edit] } }), { edits: [edit], elsewhere: false });
    assert.deepEqual(editsFor('file:///a.wpo', { changes: { 'file:///b.wpo': [edit] } }), { edits: [], elsewhere: true });
    assert.deepEqual(editsFor('file:///a.wpo', {
        documentChanges: [{ textDocument: { uri: 'file:///a.wpo', version: 3 }, edits: [edit] }]
    }), { edits: [edit], elsewhere: false });
    assert.deepEqual(editsFor('file:///a.wpo', { documentChanges: [{ kind: 'create', uri: 'file:///c.wpo' }] }),
        { edits: [], elsewhere: true });
    assert.deepEqual(editsFor('file:///a.wpo', undefined), { edits: [], elsewhere: false });
});
