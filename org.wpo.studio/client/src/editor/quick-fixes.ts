/**
 * Quick fixes in the browser editor (lsp-client 6.3 has no code actions): Ctrl+. asks the language
 * server for the code actions of the diagnostics at the caret, offers their titles in a small menu
 * and applies the chosen one's edit to the file (one undo step).
 */
import { LSPClient, LSPPlugin } from '@codemirror/lsp-client';
import { EditorView } from '@codemirror/view';
import { covers, editsFor, LspDiagnostic } from '../logic/workspace-edit';
import { chooseAt } from '../ui/overlay';

interface CodeAction { title: string; edit?: unknown; command?: { command: string; arguments?: unknown[] } | string; }

export class QuickFixes {
    private readonly diagnostics = new Map<string, LspDiagnostic[]>();

    constructor(private readonly status: (message: string, error?: boolean) => void) {
    }

    /** Keeps the raw diagnostics (codes and data, which the fixes need); the lint display goes on. */
    readonly onDiagnostics = (_client: LSPClient, params: { uri: string; diagnostics?: LspDiagnostic[] }): boolean => {
        this.diagnostics.set(params.uri, params.diagnostics ?? []);
        return false;
    };

    readonly run = (view: EditorView): boolean => {
        void this.offer(view);
        return true;
    };

    private async offer(view: EditorView): Promise<void> {
        const plugin = LSPPlugin.get(view);
        if (!plugin) {
            return;
        }
        const head = view.state.selection.main.head;
        const position = plugin.toPosition(head);
        const here = (this.diagnostics.get(plugin.uri) ?? []).filter(d => covers(d.range, position));
        if (here.length === 0) {
            this.status('No problem at the caret to fix.');
            return;
        }
        plugin.client.sync();
        let actions: (CodeAction | null)[];
        try {
            actions = await plugin.client.request<unknown, (CodeAction | null)[] | null>('textDocument/codeAction', {
                textDocument: { uri: plugin.uri }, range: here[0].range, context: { diagnostics: here, only: ['quickfix'] }
            }) ?? [];
        } catch (e) {
            this.status('The language server offers no fix: ' + (e instanceof Error ? e.message : String(e)), true);
            return;
        }
        const usable = actions.filter((a): a is CodeAction => a !== null && typeof a.title === 'string');
        if (usable.length === 0) {
            this.status('The language server has no quick fix for: ' + here[0].message);
            return;
        }
        const coords = view.coordsAtPos(head);
        const chosen = await chooseAt({ left: coords?.left ?? 100, top: (coords?.bottom ?? 100) + 2 },
            usable.map(a => a.title));
        if (chosen === null) {
            view.focus();
            return;
        }
        this.apply(view, plugin, usable[chosen]);
    }

    private apply(view: EditorView, plugin: LSPPlugin, action: CodeAction): void {
        if (action.edit) {
            const { edits, elsewhere } = editsFor(plugin.uri, action.edit);
            if (elsewhere) {
                this.status(`"${action.title}" changes other files; make it in an editor that opens them all.`, true);
                return;
            }
            view.dispatch({
                changes: edits.map(e => ({
                    from: plugin.fromPosition(e.range.start), to: plugin.fromPosition(e.range.end), insert: e.newText
                })),
                userEvent: 'input.quickfix'
            });
            this.status(`Fixed: ${action.title}.`);
        }
        const command = typeof action.command === 'string' ? null : action.command;
        if (command) {
            void plugin.client.request('workspace/executeCommand', { command: command.command, arguments: command.arguments });
        }
        view.focus();
    }
}
