import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StudioConnection } from '../src/connection';

/** A browser WebSocket stand-in: the test opens it and plays the server's frames. */
class FakeSocket {
    static last: FakeSocket | null = null;
    sent: any[] = [];
    private readonly handlers = new Map<string, ((event: any) => void)[]>();

    constructor(readonly url: string) {
        FakeSocket.last = this;
    }

    addEventListener(type: string, handler: (event: any) => void): void {
        this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
    }

    send(data: string): void {
        this.sent.push(JSON.parse(data));
    }

    fire(type: string, event: any = {}): void {
        for (const handler of this.handlers.get(type) ?? []) {
            handler(event);
        }
    }

    receive(message: object): void {
        this.fire('message', { data: JSON.stringify(message) });
    }
}

async function connect(): Promise<{ connection: StudioConnection; socket: FakeSocket }> {
    (globalThis as any).WebSocket = FakeSocket;
    const opening = StudioConnection.open('ws://127.0.0.1:1/studio?token=t');
    const socket = FakeSocket.last!;
    socket.fire('open');
    return { connection: await opening, socket };
}

test('an updateModel that carries the requestId answers the setPosition; broadcasts go to the listeners', async () => {
    const { connection, socket } = await connect();
    const heard: string[] = [];
    for (const kind of ['updateModel', 'problems', 'filesChanged']) {
        connection.on(kind, m => heard.push(m.kind + (m.requestId ? ' ' + m.requestId : '')));
    }
    const answer = connection.request('setPosition', { diagram: 'area-map', id: 'element:lab::X', x: 1, y: 2 });
    const requestId = socket.sent[0].requestId;
    assert.equal(socket.sent[0].kind, 'setPosition');
    // Another client's change arrives first: broadcasts, without a requestId.
    socket.receive({ kind: 'filesChanged', files: [], cause: 'save' });
    socket.receive({ kind: 'updateModel', newRoot: { type: 'graph', id: 'area-map', children: [] } });
    socket.receive({ kind: 'problems', items: [] });
    socket.receive({ kind: 'updateModel', requestId, newRoot: { type: 'graph', id: 'area-map', children: [{ id: 'moved' }] } });
    const answered = await answer;
    assert.equal(answered.kind, 'updateModel');
    assert.deepEqual(answered.newRoot.children, [{ id: 'moved' }]);
    assert.deepEqual(heard, ['filesChanged', 'updateModel', 'problems']);
});

test('an error with the requestId rejects the request; the connection keeps serving', async () => {
    const { connection, socket } = await connect();
    const refused = connection.request('requestModel', { diagram: 'stack' });
    socket.receive({ kind: 'error', requestId: socket.sent[0].requestId, message: 'the stack diagram needs a root element' });
    await assert.rejects(refused, /needs a root element/);
    const next = connection.request('requestModel', { diagram: 'area-map' });
    socket.receive({ kind: 'setModel', requestId: socket.sent[1].requestId, newRoot: { type: 'graph', id: 'area-map' } });
    assert.equal((await next).kind, 'setModel');
});
