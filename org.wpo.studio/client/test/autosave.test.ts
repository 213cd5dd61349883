import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AutosaveHost, FileBuffer, SaveAnswer, SaveRequest } from '../src/logic/autosave';

/** A host with a manual clock and a server whose answers the test gives. */
class FakeHost implements AutosaveHost {
    timers: { callback: () => void; ms: number; cancelled: boolean }[] = [];
    requests: SaveRequest[] = [];
    answers: ((answer: SaveAnswer) => void)[] = [];
    applied: string[] = [];
    failures: string[] = [];

    save(request: SaveRequest): Promise<SaveAnswer> {
        this.requests.push(request);
        return new Promise(resolve => this.answers.push(resolve));
    }
    setTimer(callback: () => void, ms: number) {
        const timer = { callback, ms, cancelled: false };
        this.timers.push(timer);
        return timer;
    }
    clearTimer(handle: unknown) {
        (handle as { cancelled: boolean }).cancelled = true;
    }
    applyText(_path: string, text: string) {
        this.applied.push(text);
    }
    changed() { }
    failed(_buffer: FileBuffer, message: string) {
        this.failures.push(message);
    }
    /** Runs the timers that are due (all pending ones). */
    tick() {
        const due = this.timers.filter(t => !t.cancelled);
        this.timers = [];
        due.forEach(t => t.callback());
    }
    answer(answer: SaveAnswer) {
        this.answers.shift()!(answer);
    }
}

const flushed = () => new Promise(resolve => setImmediate(resolve));

test('typing saves once after the pause, with the hash the text started from', async () => {
    const host = new FakeHost();
    const buffer = new FileBuffer('a.wpo', 'v0', 'v0', 'h0', false, host);
    buffer.edited('v01');
    buffer.edited('v012');
    assert.equal(buffer.state, 'dirty');
    assert.equal(host.timers.filter(t => !t.cancelled).length, 1);
    assert.equal(host.timers.find(t => !t.cancelled)!.ms, 400);
    host.tick();
    assert.equal(buffer.state, 'saving');
    assert.deepEqual(host.requests, [{ path: 'a.wpo', text: 'v012', baseHash: 'h0', force: false }]);
    host.answer({ kind: 'saved', hash: 'h1' });
    await flushed();
    assert.equal(buffer.state, 'clean');
    assert.equal(buffer.baseHash, 'h1');
});

test('typing back to the saved text cancels the save', () => {
    const host = new FakeHost();
    const buffer = new FileBuffer('a.wpo', 'v0', 'v0', 'h0', false, host);
    buffer.edited('v0x');
    buffer.edited('v0');
    assert.equal(buffer.state, 'clean');
    host.tick();
    assert.equal(host.requests.length, 0);
});

test('text typed during a save is saved next, from the new hash', async () => {
    const host = new FakeHost();
    const buffer = new FileBuffer('a.wpo', 'v0', 'v0', 'h0', false, host);
    buffer.edited('v1');
    host.tick();
    buffer.edited('v2');
    host.answer({ kind: 'saved', hash: 'h1' });
    await flushed();
    assert.equal(buffer.state, 'dirty');
    host.tick();
    assert.deepEqual(host.requests[1], { path: 'a.wpo', text: 'v2', baseHash: 'h1', force: false });
});

test('a clean buffer takes the disk text; the echo of its own save changes nothing', async () => {
    const host = new FakeHost();
    const buffer = new FileBuffer('a.wpo', 'v0', 'v0', 'h0', false, host);
    buffer.diskChanged('d1', 'hd1');
    assert.deepEqual(host.applied, ['d1']);
    assert.equal(buffer.baseHash, 'hd1');
    buffer.edited('v2');
    host.tick();
    buffer.diskChanged('v2', 'h2');
    assert.equal(buffer.state, 'saving');
    host.answer({ kind: 'saved', hash: 'h2' });
    await flushed();
    assert.equal(buffer.state, 'clean');
    assert.deepEqual(host.applied, ['d1']);
});

test('a disk change over unsaved text keeps both until the user chooses', async () => {
    const host = new FakeHost();
    const buffer = new FileBuffer('a.wpo', 'v0', 'v0', 'h0', false, host);
    buffer.edited('mine');
    buffer.diskChanged('theirs', 'ht');
    assert.equal(buffer.state, 'conflict');
    assert.equal(buffer.text, 'mine');
    assert.deepEqual(buffer.disk, { text: 'theirs', hash: 'ht' });
    host.tick();
    assert.equal(host.requests.length, 0, 'no autosave while in conflict');
    assert.equal(await buffer.flush(), false);
    assert.deepEqual(host.requests, []);
    buffer.edited('theirs');
    assert.equal(buffer.state, 'clean', 'typing the disk text ends the conflict');
    assert.equal(buffer.baseHash, 'ht');
});

test('overwrite saves with force over the disk hash; take-disk replaces the buffer', async () => {
    const host = new FakeHost();
    const one = new FileBuffer('a.wpo', 'v0', 'v0', 'h0', false, host);
    one.edited('mine');
    one.diskChanged('theirs', 'ht');
    const done = one.overwrite();
    assert.deepEqual(host.requests, [{ path: 'a.wpo', text: 'mine', baseHash: 'ht', force: true }]);
    host.answer({ kind: 'saved', hash: 'hm' });
    await done;
    assert.equal(one.state, 'clean');
    assert.equal(one.baseText, 'mine');

    const two = new FileBuffer('b.wpo', 'v0', 'v0', 'h0', false, host);
    two.edited('mine');
    two.diskChanged('theirs', 'ht');
    two.takeDisk();
    assert.equal(two.state, 'clean');
    assert.equal(two.text, 'theirs');
    assert.deepEqual(host.applied, ['theirs']);
});

test('a save answered with a conflict enters the conflict state', async () => {
    const host = new FakeHost();
    const buffer = new FileBuffer('a.wpo', 'v0', 'v0', 'h0', false, host);
    buffer.edited('mine');
    const flushing = buffer.flush();
    host.answer({ kind: 'conflict', diskText: 'theirs', diskHash: 'ht' });
    assert.equal(await flushing, false);
    assert.equal(buffer.state, 'conflict');
    assert.deepEqual(buffer.disk, { text: 'theirs', hash: 'ht' });
});

test('flush saves at once and waits, so that a gesture starts from the saved text', async () => {
    const host = new FakeHost();
    const buffer = new FileBuffer('a.wpo', 'v0', 'v0', 'h0', false, host);
    buffer.edited('v1');
    const flushing = buffer.flush();
    assert.equal(host.requests.length, 1);
    assert.equal(host.timers.filter(t => !t.cancelled).length, 0);
    host.answer({ kind: 'saved', hash: 'h1' });
    assert.equal(await flushing, true);
});

test('a read-only buffer never saves', () => {
    const host = new FakeHost();
    const buffer = new FileBuffer('mswpo (built-in)', 'v0', 'v0', 'h0', true, host);
    buffer.edited('v1');
    host.tick();
    assert.equal(buffer.state, 'clean');
    assert.equal(host.requests.length, 0);
});

test('a failed save stays dirty and is reported', async () => {
    const host = new FakeHost();
    host.save = () => Promise.reject(new Error('connection lost'));
    const buffer = new FileBuffer('a.wpo', 'v0', 'v0', 'h0', false, host);
    buffer.edited('v1');
    assert.equal(await buffer.flush(), false);
    assert.equal(buffer.state, 'dirty');
    assert.deepEqual(host.failures, ['connection lost']);
});
