/**
 * The `/studio` WebSocket of PROTOCOL.md: requests carry a requestId and resolve with the answer
 * that repeats it; every other message goes to the listeners of its kind.
 */
import { Transport } from '@codemirror/lsp-client';

type Message = { kind: string; requestId?: string; [key: string]: any };
type Listener = (message: Message) => void;

export class StudioConnection {
    private nextId = 1;
    private readonly waiting = new Map<string, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
    private readonly listeners = new Map<string, Listener[]>();

    private constructor(private readonly socket: WebSocket) {
        socket.addEventListener('message', event => this.receive(String(event.data)));
        socket.addEventListener('close', () => {
            for (const { reject } of this.waiting.values()) {
                reject(new Error('the studio closed the connection'));
            }
            this.waiting.clear();
            this.emit({ kind: 'closed' });
        });
    }

    static open(url: string): Promise<StudioConnection> {
        return new Promise((resolve, reject) => {
            const socket = new WebSocket(url);
            socket.addEventListener('open', () => resolve(new StudioConnection(socket)), { once: true });
            socket.addEventListener('error', () => reject(new Error('cannot connect to ' + url.replace(/\?.*/, ''))),
                { once: true });
        });
    }

    on(kind: string, listener: Listener): void {
        const list = this.listeners.get(kind) ?? [];
        list.push(listener);
        this.listeners.set(kind, list);
    }

    /** Sends a request and waits for the message that answers it. */
    request(kind: string, fields: Record<string, unknown> = {}): Promise<Message> {
        const requestId = 'c' + this.nextId++;
        return new Promise((resolve, reject) => {
            this.waiting.set(requestId, { resolve, reject });
            this.socket.send(JSON.stringify({ ...fields, kind, requestId }));
        });
    }

    private receive(data: string): void {
        let message: Message;
        try {
            message = JSON.parse(data);
        } catch {
            return;
        }
        const pending = message.requestId !== undefined ? this.waiting.get(message.requestId) : undefined;
        // Broadcasts (filesChanged, problems, another client's updateModel) carry no requestId; an
        // updateModel that does is the answer to this client's setPosition.
        if (pending) {
            this.waiting.delete(message.requestId!);
            if (message.kind === 'error') {
                pending.reject(new Error(message.message ?? 'the studio refused the request'));
            } else {
                pending.resolve(message);
            }
            return;
        }
        this.emit(message);
    }

    private emit(message: Message): void {
        for (const listener of this.listeners.get(message.kind) ?? []) {
            listener(message);
        }
    }
}

/** @codemirror/lsp-client's transport over a browser WebSocket: one JSON-RPC message per frame. */
export function webSocketTransport(url: string): Promise<Transport> {
    return new Promise((resolve, reject) => {
        const socket = new WebSocket(url);
        const handlers: ((value: string) => void)[] = [];
        socket.addEventListener('message', event => {
            for (const handler of handlers) {
                handler(String(event.data));
            }
        });
        socket.addEventListener('open', () => resolve({
            send: message => socket.send(message),
            subscribe: handler => { handlers.push(handler); },
            unsubscribe: handler => {
                const index = handlers.indexOf(handler);
                if (index >= 0) {
                    handlers.splice(index, 1);
                }
            }
        }), { once: true });
        socket.addEventListener('error', () => reject(new Error('cannot connect to the language server')), { once: true });
    });
}
