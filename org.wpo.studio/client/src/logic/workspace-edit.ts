/** The parts of LSP code actions the editor needs, without the DOM: where a fix applies, what it changes. */
import { LspPosition, LspRange } from './declarations';

export interface LspTextEdit { range: LspRange; newText: string; }

export interface LspDiagnostic { range: LspRange; message: string; code?: string | number; [key: string]: unknown; }

function before(a: LspPosition, b: LspPosition): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** Whether a diagnostic's range holds the position (its ends included, so the caret just after a word counts). */
export function covers(range: LspRange, position: LspPosition): boolean {
    return before(range.start, position) && before(position, range.end);
}

/**
 * The text edits a workspace edit makes to one file (from `changes` or `documentChanges`), and
 * whether it also changes other files.
 */
export function editsFor(uri: string, edit: unknown): { edits: LspTextEdit[]; elsewhere: boolean } {
    const result: LspTextEdit[] = [];
    let elsewhere = false;
    const e = (edit ?? {}) as { changes?: Record<string, LspTextEdit[]>; documentChanges?: unknown[] };
    for (const [target, edits] of Object.entries(e.changes ?? {})) {
        if (target === uri) {
            result.push(...edits);
        } else if (edits.length > 0) {
            elsewhere = true;
        }
    }
    for (const change of e.documentChanges ?? []) {
        const document = change as { textDocument?: { uri: string }; edits?: LspTextEdit[] };
        if (document.textDocument && document.edits) {
            if (document.textDocument.uri === uri) {
                result.push(...document.edits);
            } else {
                elsewhere = true;
            }
        } else {
            elsewhere = true;
        }
    }
    return { edits: result, elsewhere };
}
