/**
 * The text editor: one CodeMirror 6 view whose state is swapped per file, each state carrying the
 * language server plugin of @codemirror/lsp-client for its file URI (so completion, hover,
 * diagnostics, go to definition, rename and formatting are the language server's).
 */
import { LSPClient, LSPPlugin, Workspace, WorkspaceFile, languageServerExtensions } from '@codemirror/lsp-client';
import { EditorSelection, EditorState, Text, TransactionSpec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { indentUnit } from '@codemirror/language';
import { basicSetup } from 'codemirror';
import { minimalChange } from '../logic/text-diff';
import { FileInfo } from '../protocol';
import { QuickFixes } from './quick-fixes';
import { wpoLanguage } from './wpo-language';

export interface EditorHost {
    /** The user changed the text of a file. */
    edited(path: string, text: string): void;
    /** The caret moved (by the user) in a file. */
    caretMoved(path: string, offset: number): void;
    /** The language server wants another file shown (go to definition). */
    display(uri: string): Promise<void>;
    status(message: string, error?: boolean): void;
}

class StudioFile implements WorkspaceFile {
    constructor(readonly uri: string, readonly languageId: string, public version: number, public doc: Text,
        readonly view: EditorView) {
    }

    getView(): EditorView {
        return this.view;
    }
}

/** The client's workspace: the one open file of the editor; other files are shown on request. */
class StudioWorkspace extends Workspace {
    files: StudioFile[] = [];
    private versions: Record<string, number> = {};
    display: (uri: string) => Promise<EditorView | null> = async () => null;

    private nextVersion(uri: string): number {
        return this.versions[uri] = (this.versions[uri] ?? -1) + 1;
    }

    syncFiles() {
        const result = [];
        for (const file of this.files) {
            const plugin = LSPPlugin.get(file.view);
            if (!plugin || plugin.uri !== file.uri) {
                continue;
            }
            const changes = plugin.unsyncedChanges;
            if (!changes.empty) {
                result.push({ changes, file, prevDoc: file.doc });
                file.doc = file.view.state.doc;
                file.version = this.nextVersion(file.uri);
                plugin.clear();
            }
        }
        return result;
    }

    openFile(uri: string, languageId: string, view: EditorView): void {
        if (this.getFile(uri)) {
            return;
        }
        const file = new StudioFile(uri, languageId, this.nextVersion(uri), view.state.doc, view);
        this.files.push(file);
        this.client.didOpen(file);
    }

    closeFile(uri: string): void {
        const file = this.getFile(uri);
        if (file) {
            this.files = this.files.filter(f => f !== file);
            this.client.didClose(uri);
        }
    }

    override displayFile(uri: string): Promise<EditorView | null> {
        return this.display(uri);
    }
}

export class EditorPane {
    readonly view: EditorView;
    readonly client: LSPClient;
    private readonly states = new Map<string, EditorState>();
    private readonly files = new Map<string, FileInfo>();
    current: FileInfo | null = null;
    private applying = 0;

    private readonly fixes: QuickFixes;

    constructor(parent: HTMLElement, rootUri: string, private readonly host: EditorHost) {
        this.fixes = new QuickFixes(host.status);
        this.client = new LSPClient({
            notificationHandlers: { 'textDocument/publishDiagnostics': this.fixes.onDiagnostics },
            rootUri,
            // The first answer waits for the built-in model to load, which takes seconds.
            timeout: 30000,
            workspace: client => {
                const workspace = new StudioWorkspace(client);
                workspace.display = async uri => {
                    await this.host.display(uri);
                    return this.current?.uri === uri ? this.view : null;
                };
                return workspace;
            },
            extensions: languageServerExtensions()
        });
        this.view = new EditorView({ parent, state: EditorState.create({ doc: '' }) });
    }

    private extensions(file: FileInfo) {
        return [
            keymap.of([{ key: 'Mod-.', run: this.fixes.run, preventDefault: true }]),
            basicSetup,
            wpoLanguage,
            // WPO files indent with tabs (the formatter's unit).
            indentUnit.of('\t'),
            this.client.plugin(file.uri, 'wpo'),
            EditorState.readOnly.of(file.readOnly),
            EditorView.editable.of(!file.readOnly),
            EditorView.contentAttributes.of({ spellcheck: 'false', 'aria-label': 'Text of ' + file.path }),
            EditorView.updateListener.of(update => {
                if (this.applying > 0) {
                    return;
                }
                if (update.docChanged) {
                    this.host.edited(file.path, update.state.doc.toString());
                }
                if (update.selectionSet && update.transactions.some(t => t.isUserEvent('select') || t.docChanged)) {
                    this.host.caretMoved(file.path, update.state.selection.main.head);
                }
            })
        ];
    }

    /** Shows a file; its text is given the first time (later the buffer, with its undo history, is kept). */
    show(file: FileInfo, text?: string): void {
        this.files.set(file.path, file);
        if (this.current) {
            this.states.set(this.current.path, this.view.state);
        }
        let state = this.states.get(file.path);
        if (!state) {
            state = EditorState.create({ doc: text ?? '', extensions: this.extensions(file) });
            this.states.set(file.path, state);
        }
        this.current = file;
        this.view.setState(state);
    }

    has(path: string): boolean {
        return this.states.has(path);
    }

    textOf(path: string): string | null {
        if (this.current?.path === path) {
            return this.view.state.doc.toString();
        }
        return this.states.get(path)?.doc.toString() ?? null;
    }

    /** Puts a text into a file's buffer as the smallest change, so the cursor and the rest stay. */
    setText(path: string, text: string): void {
        const before = this.textOf(path);
        if (before === null) {
            return;
        }
        const change = minimalChange(before, text);
        if (!change) {
            return;
        }
        const spec: TransactionSpec = { changes: change, annotations: [] };
        this.applying++;
        try {
            if (this.current?.path === path) {
                this.view.dispatch(spec);
            } else {
                const state = this.states.get(path)!;
                this.states.set(path, state.update(spec).state);
            }
        } finally {
            this.applying--;
        }
    }

    /**
     * Selects a range of the current file and scrolls it (or `top`, where it starts) into view,
     * without moving the diagram's selection.
     */
    reveal(from: number, to: number, top = from): void {
        this.applying++;
        try {
            const length = this.view.state.doc.length;
            this.view.dispatch({
                selection: EditorSelection.single(Math.min(from, length), Math.min(to, length)),
                effects: EditorView.scrollIntoView(Math.min(top, length), { y: 'center' })
            });
        } finally {
            this.applying--;
        }
    }

    /** The language server's document symbols of the current file. */
    async symbols(): Promise<unknown[]> {
        if (!this.current) {
            return [];
        }
        this.client.sync();
        const result = await this.client.request<unknown, unknown[] | null>('textDocument/documentSymbol',
            { textDocument: { uri: this.current.uri } });
        return result ?? [];
    }
}
