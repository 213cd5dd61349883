/**
 * The autosave and conflict state of one file's editor buffer (PROTOCOL.md, "Where the truth
 * lives"): typing makes it dirty and schedules a save after a pause; a save names the disk text it
 * started from (baseHash); a change on disk replaces a clean buffer, and with unsaved text it makes a
 * conflict that keeps both texts until the user takes the disk's text or overwrites it.
 */

export type BufferState = 'clean' | 'dirty' | 'saving' | 'conflict';

export interface SaveRequest {
    path: string;
    text: string;
    baseHash: string;
    force: boolean;
}

export type SaveAnswer =
    | { kind: 'saved'; hash: string }
    | { kind: 'conflict'; diskText: string; diskHash: string };

export interface AutosaveHost {
    save(request: SaveRequest): Promise<SaveAnswer>;
    setTimer(callback: () => void, milliseconds: number): unknown;
    clearTimer(handle: unknown): void;
    /** Puts a text into the editor's buffer of the file (as a minimal change). */
    applyText(path: string, text: string): void;
    /** The state changed (for the status line and the conflict banner). */
    changed(buffer: FileBuffer): void;
    /** A save failed for another reason than a conflict. */
    failed(buffer: FileBuffer, message: string): void;
}

export const AUTOSAVE_PAUSE = 400;

export class FileBuffer {
    state: BufferState = 'clean';
    /** The disk's text and hash while in conflict. */
    disk: { text: string; hash: string } | null = null;
    private timer: unknown = null;
    private sending: string | null = null;
    private inFlight: Promise<void> | null = null;
    private failures = 0;

    constructor(readonly path: string, public text: string, public baseText: string, public baseHash: string,
        readonly readOnly: boolean, private readonly host: AutosaveHost, readonly pause = AUTOSAVE_PAUSE) {
    }

    /** The user changed the buffer to `text`. */
    edited(text: string): void {
        this.text = text;
        if (this.readOnly) {
            return;
        }
        if (this.state === 'conflict') {
            if (this.disk && text === this.disk.text) {
                this.becomeClean(this.disk.text, this.disk.hash);
            }
            return;
        }
        if (this.state === 'saving') {
            return;
        }
        if (text === this.baseText) {
            this.cancelTimer();
            this.setState('clean');
            return;
        }
        this.setState('dirty');
        this.schedule();
    }

    /** The file on disk now holds `text` (an edit's result, an undo, or another program's change). */
    diskChanged(text: string, hash: string): void {
        if (this.state === 'saving') {
            // Our own save's echo, or a change the server answers our save with a conflict for.
            return;
        }
        if (text === this.baseText) {
            this.baseHash = hash;
            return;
        }
        if (this.state === 'clean') {
            this.baseText = text;
            this.baseHash = hash;
            this.text = text;
            this.host.applyText(this.path, text);
            this.host.changed(this);
            return;
        }
        if (text === this.text) {
            this.becomeClean(text, hash);
            return;
        }
        this.cancelTimer();
        this.disk = { text, hash };
        this.setState('conflict');
    }

    /** Saves now if there is unsaved text and waits for the answer; true when the buffer is then clean. */
    async flush(): Promise<boolean> {
        const failures = this.failures;
        for (let attempt = 0; attempt < 3; attempt++) {
            while (this.inFlight) {
                await this.inFlight;
            }
            if (this.state !== 'dirty' || this.failures !== failures) {
                break;
            }
            this.cancelTimer();
            await this.save(false);
        }
        return this.state === 'clean';
    }

    /** Resolves a conflict by replacing the buffer with the disk's text. */
    takeDisk(): void {
        if (this.state !== 'conflict' || !this.disk) {
            return;
        }
        const disk = this.disk;
        this.text = disk.text;
        this.host.applyText(this.path, disk.text);
        this.becomeClean(disk.text, disk.hash);
    }

    /** Resolves a conflict by writing the buffer over the disk's text. */
    async overwrite(): Promise<void> {
        if (this.state !== 'conflict' || !this.disk) {
            return;
        }
        this.baseHash = this.disk.hash;
        this.baseText = this.disk.text;
        await this.save(true);
    }

    private async save(force: boolean): Promise<void> {
        const sent = this.text;
        this.sending = sent;
        this.setState('saving');
        const done = (async () => {
            try {
                const answer = await this.host.save({ path: this.path, text: sent, baseHash: this.baseHash, force });
                this.sending = null;
                if (answer.kind === 'saved') {
                    this.baseText = sent;
                    this.baseHash = answer.hash;
                    this.disk = null;
                    if (this.text === sent) {
                        this.setState('clean');
                    } else {
                        this.setState('dirty');
                        this.schedule();
                    }
                } else if (answer.diskText === this.text) {
                    this.becomeClean(answer.diskText, answer.diskHash);
                } else {
                    this.disk = { text: answer.diskText, hash: answer.diskHash };
                    this.setState('conflict');
                }
            } catch (e) {
                this.sending = null;
                this.failures++;
                this.setState('dirty');
                this.host.failed(this, e instanceof Error ? e.message : String(e));
            }
        })();
        this.inFlight = done;
        try {
            await done;
        } finally {
            if (this.inFlight === done) {
                this.inFlight = null;
            }
        }
    }

    /** The text being saved, while a save is under way. */
    get pendingText(): string | null {
        return this.sending;
    }

    private becomeClean(text: string, hash: string): void {
        this.cancelTimer();
        this.baseText = text;
        this.baseHash = hash;
        this.disk = null;
        this.setState('clean');
    }

    private schedule(): void {
        this.cancelTimer();
        this.timer = this.host.setTimer(() => {
            this.timer = null;
            if (this.state === 'dirty') {
                void this.save(false);
            }
        }, this.pause);
    }

    private cancelTimer(): void {
        if (this.timer !== null) {
            this.host.clearTimer(this.timer);
            this.timer = null;
        }
    }

    private setState(state: BufferState): void {
        this.state = state;
        this.host.changed(this);
    }
}
