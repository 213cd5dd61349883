/**
 * The studio page: joins the editor, the diagram and the server (PROTOCOL.md). The truth is the
 * files on disk; the editor's buffers autosave; a gesture flushes them, then asks for one edit.
 */
import { SModelRoot } from 'sprotty-protocol';
import { StudioConnection, webSocketTransport } from './connection';
import { DiagramPane, Tool } from './diagram/diagram-pane';
import { EditorPane } from './editor/editor-pane';
import { AutosaveHost, FileBuffer, SaveAnswer } from './logic/autosave';
import { declarationAt, declarationOf, declarations, DocumentSymbol } from './logic/declarations';
import { DiagramKind, EditOp, EditResult, FileInfo, FileText, NodeElement, Problem, StudioConfig } from './protocol';
import { Panels } from './ui/panels';

export class Studio {
    readonly buffers = new Map<string, FileBuffer>();
    readonly editor: EditorPane;
    readonly diagram: DiagramPane;
    readonly panels = new Panels();
    files: FileInfo[];
    private problems: Problem[] = [];
    private caretTimer: number | undefined;
    private symbolCache: { path: string; text: string; symbols: DocumentSymbol[] } | null = null;
    private stackRoot: string | null = null;
    /** Counts the gestures and edits under way (tests wait for 0). */
    busy = 0;

    constructor(readonly config: StudioConfig, readonly connection: StudioConnection) {
        this.files = [...config.files, config.builtIn];
        this.editor = new EditorPane(document.getElementById('editor')!, config.rootUri, {
            edited: (path, text) => this.buffers.get(path)?.edited(text),
            caretMoved: (path, offset) => this.caretMoved(path, offset),
            status: (message, error) => this.panels.status(message, error),
            display: async uri => {
                const file = this.files.find(f => f.uri === uri);
                if (file) {
                    await this.open(file);
                }
            }
        });
        this.diagram = new DiagramPane(document.getElementById('diagram-host')!, 'sprotty', {
            edit: op => this.edit(op),
            setPosition: (id, x, y) => this.setPosition(id, x, y),
            undo: () => void this.history('undo'),
            redo: () => void this.history('redo'),
            selected: node => void this.nodeSelected(node),
            status: (message, error) => this.panels.status(message, error),
            fileFor: container => this.fileFor(container),
            toolChanged: tool => this.toolChanged(tool)
        });
        connection.on('filesChanged', m => this.filesChanged(m.files as FileText[]));
        connection.on('updateModel', m => void this.diagram.show(m.newRoot as SModelRoot));
        connection.on('problems', m => this.showProblems(m.items as Problem[]));
        connection.on('error', m => this.panels.status('The studio refused a message: ' + m.message, true));
        connection.on('closed', () => this.panels.status('The studio has stopped; reload the page once it runs again.', true));
    }

    async start(): Promise<void> {
        const transport = await webSocketTransport(this.socketUrl('/lsp'));
        this.editor.client.connect(transport);
        await this.editor.client.initializing;
        const first = this.config.files.find(f => !f.readOnly) ?? this.config.builtIn;
        await this.open(first);
        await this.showDiagram('area-map');
    }

    socketUrl(path: string): string {
        const token = new URLSearchParams(location.search).get('token') ?? '';
        return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path + '?token=' + encodeURIComponent(token);
    }

    // ------------------------------------------------------------------ files and autosave

    private readonly autosaveHost: AutosaveHost = {
        save: async request => {
            const answer = await this.connection.request('saveFile', { ...request });
            if (answer.kind === 'saved') {
                return { kind: 'saved', hash: answer.hash } as SaveAnswer;
            }
            if (answer.kind === 'conflict') {
                return { kind: 'conflict', diskText: answer.diskText, diskHash: answer.diskHash } as SaveAnswer;
            }
            throw new Error(answer.message ?? 'the file was not saved');
        },
        setTimer: (callback, ms) => window.setTimeout(callback, ms),
        clearTimer: handle => window.clearTimeout(handle as number),
        applyText: (path, text) => this.editor.setText(path, text),
        changed: () => this.refreshFiles(),
        failed: (buffer, message) => this.panels.status(`${buffer.path} was not saved: ${message}`, true)
    };

    async open(file: FileInfo): Promise<void> {
        if (!this.buffers.has(file.path)) {
            const answer = await this.connection.request('openFile', { path: file.path });
            const text = String(answer.text ?? '');
            const readOnly = file.readOnly || answer.readOnly === true;
            this.buffers.set(file.path, new FileBuffer(file.path, text, text, String(answer.hash ?? ''), readOnly,
                this.autosaveHost));
            this.editor.show({ ...file, readOnly }, text);
        } else {
            this.editor.show(file);
        }
        this.refreshFiles();
    }

    private filesChanged(files: FileText[]): void {
        for (const changed of files) {
            const buffer = this.buffers.get(changed.path);
            if (changed.text === null || changed.hash === null) {
                this.panels.status(`${changed.path} was deleted on disk.`, true);
            } else if (buffer) {
                buffer.diskChanged(changed.text, changed.hash);
            } else if (!this.files.some(f => f.path === changed.path)) {
                this.files.splice(this.config.files.length, 0, { path: changed.path, uri: '', readOnly: false });
            }
        }
        this.refreshFiles();
    }

    private refreshFiles(): void {
        const states = new Map([...this.buffers].map(([path, buffer]) => [path, buffer.state as string]));
        this.panels.renderFiles(this.files, this.editor.current?.path ?? null, states, file => void this.open(file));
        const conflicted = [...this.buffers.values()].find(b => b.state === 'conflict');
        this.panels.conflict(conflicted?.path ?? null, () => conflicted?.takeDisk(), () => void conflicted?.overwrite());
    }

    /** Saves every buffer with unsaved text; false when one is in conflict or fails. */
    private async flushAll(): Promise<boolean> {
        for (const buffer of this.buffers.values()) {
            if (!buffer.readOnly && !(await buffer.flush())) {
                this.panels.status(`${buffer.path} has unsaved changes that conflict with the disk; resolve that first.`, true);
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ diagram gestures

    async edit(op: EditOp): Promise<void> {
        await this.run('edit', { ...op });
    }

    private async history(kind: 'undo' | 'redo'): Promise<void> {
        await this.run(kind, {});
    }

    private async run(kind: string, fields: Record<string, unknown>): Promise<void> {
        this.busy++;
        try {
            if (!(await this.flushAll())) {
                await this.diagram.restore();
                return;
            }
            const result = await this.connection.request(kind, fields) as unknown as EditResult;
            if (result.outcome === 'SAVED') {
                this.filesChanged(result.files ?? []);
                this.panels.status(result.message || 'Saved.');
            } else {
                this.panels.status(result.message || `The ${kind} was refused.`, true);
                await this.diagram.restore();
            }
        } catch (e) {
            this.panels.status(e instanceof Error ? e.message : String(e), true);
            await this.diagram.restore();
        } finally {
            this.busy--;
        }
    }

    private async setPosition(id: string, x: number, y: number): Promise<void> {
        this.busy++;
        try {
            const answer = await this.connection.request('setPosition', { diagram: this.diagram.kind, id, x, y });
            if (answer.kind === 'updateModel' && answer.newRoot) {
                await this.diagram.show(answer.newRoot as SModelRoot);
            }
        } catch (e) {
            this.panels.status(e instanceof Error ? e.message : String(e), true);
            await this.diagram.restore();
        } finally {
            this.busy--;
        }
    }

    async showDiagram(kind: DiagramKind, root?: string): Promise<void> {
        this.busy++;
        try {
            const answer = await this.connection.request('requestModel', kind === 'stack' ? { diagram: kind, root } : { diagram: kind });
            this.diagram.kind = kind;
            this.stackRoot = kind === 'stack' ? root ?? null : null;
            document.querySelectorAll<HTMLButtonElement>('[data-diagram]').forEach(b =>
                b.classList.toggle('current', b.dataset.diagram === kind));
            await this.diagram.show(answer.newRoot as SModelRoot);
        } catch (e) {
            this.panels.status(e instanceof Error ? e.message : String(e), true);
        } finally {
            this.busy--;
        }
    }

    get currentStackRoot(): string | null {
        return this.stackRoot;
    }

    private fileFor(container: NodeElement | null): string | null {
        const writable = (path: string | null | undefined) =>
            path ? this.files.find(f => f.path === path && !f.readOnly)?.path ?? null : null;
        if (container) {
            return writable(container.file as string | null);
        }
        return writable(this.editor.current?.path) ?? this.config.files.find(f => !f.readOnly)?.path ?? null;
    }

    private toolChanged(tool: Tool | null): void {
        document.querySelectorAll<HTMLElement>('[data-tool]').forEach(b => b.classList.toggle('current',
            tool !== null && b.dataset.tool === (tool.kind === 'palette' ? tool.item.kind : tool.kind)));
        if (tool?.kind === 'palette') {
            this.panels.status('Click an area or the background to place it.');
        } else if (tool?.kind === 'relation' && !tool.source) {
            this.panels.status(`${tool.relation}: click the source element, then the target.`);
        } else if (tool?.kind === 'reconnect') {
            this.panels.status(`Click the element the relation's ${tool.end} moves to.`);
        }
    }

    // ------------------------------------------------------------------ selection sync

    private async declarationsOfCurrent() {
        const path = this.editor.current?.path;
        if (!path) {
            return [];
        }
        const text = this.editor.textOf(path) ?? '';
        if (this.symbolCache?.path !== path || this.symbolCache.text !== text) {
            const symbols = await this.editor.symbols() as DocumentSymbol[];
            this.symbolCache = { path, text, symbols };
        }
        return declarations(text, this.symbolCache.symbols);
    }

    private caretMoved(path: string, offset: number): void {
        window.clearTimeout(this.caretTimer);
        this.caretTimer = window.setTimeout(async () => {
            const file = this.files.find(f => f.path === path);
            const fileOfNode = file?.readOnly ? null : path;
            const list = await this.declarationsOfCurrent();
            const found = declarationAt(list, offset, name => this.diagram.nodeNamed(name, fileOfNode) !== null);
            const node = found ? this.diagram.nodeNamed(found.name, fileOfNode) : null;
            if (node && !this.diagram.selection.has(node.id)) {
                this.diagram.select(node.id, false);
            }
        }, 150);
    }

    private async nodeSelected(node: NodeElement | null): Promise<void> {
        const edgeSelected = this.diagram.single()?.edge != null;
        document.querySelectorAll<HTMLButtonElement>('.needs-edge').forEach(b => b.disabled = !edgeSelected);
        (document.getElementById('show-stack') as HTMLButtonElement).disabled = !(node && node.type === 'node:element')
            && this.diagram.kind !== 'stack';
        if (!node || (node.type !== 'node:element' && node.type !== 'node:area')) {
            return;
        }
        const path = node.file ?? (node.editable === false ? this.config.builtIn.path : null);
        const file = this.files.find(f => f.path === path);
        if (!file || !node.name) {
            return;
        }
        if (this.editor.current?.path !== file.path) {
            await this.open(file);
        }
        const found = declarationOf(await this.declarationsOfCurrent(), node.name);
        if (found) {
            // The name is selected (typing then renames, it never replaces the declaration);
            // the whole declaration is scrolled into view.
            this.editor.reveal(found.nameFrom, found.nameTo, found.from);
        }
    }

    // ------------------------------------------------------------------ problems

    private showProblems(items: Problem[]): void {
        this.problems = items;
        this.panels.renderProblems(items, problem => void this.goTo(problem));
    }

    private async goTo(problem: Problem): Promise<void> {
        const file = this.files.find(f => f.path === problem.path);
        if (!file) {
            return;
        }
        await this.open(file);
        const doc = this.editor.view.state.doc;
        const line = doc.line(Math.max(1, Math.min(problem.line, doc.lines)));
        const at = Math.min(line.from + Math.max(0, problem.column - 1), line.to);
        this.editor.reveal(at, at);
        this.editor.view.focus();
    }

    get problemList(): Problem[] {
        return this.problems;
    }
}
