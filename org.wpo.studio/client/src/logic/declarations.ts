/**
 * Declarations of a file, from the language server's document symbols, as offsets: which
 * declaration holds the caret, and where a node's declaration is.
 */

export interface LspPosition { line: number; character: number; }
export interface LspRange { start: LspPosition; end: LspPosition; }
export interface DocumentSymbol {
    name: string;
    kind: number;
    range: LspRange;
    selectionRange: LspRange;
    children?: DocumentSymbol[];
}

export interface Declaration {
    name: string;
    from: number;
    to: number;
    nameFrom: number;
    nameTo: number;
    depth: number;
}

/** The offset of an LSP position in a text (lines split at \n; a \r before it counts as text). */
export function offsetOf(lineStarts: number[], length: number, position: LspPosition): number {
    if (position.line >= lineStarts.length) {
        return length;
    }
    const start = lineStarts[position.line];
    const end = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] - 1 : length;
    return Math.min(start + position.character, end);
}

export function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        starts.push(i + 1);
    }
    return starts;
}

/** Flattens the symbol tree into declarations with offsets, parents before children. */
export function declarations(text: string, symbols: DocumentSymbol[]): Declaration[] {
    const starts = lineStarts(text);
    const result: Declaration[] = [];
    const visit = (list: DocumentSymbol[], depth: number) => {
        for (const symbol of list) {
            result.push({
                name: symbol.name,
                from: offsetOf(starts, text.length, symbol.range.start),
                to: offsetOf(starts, text.length, symbol.range.end),
                nameFrom: offsetOf(starts, text.length, symbol.selectionRange.start),
                nameTo: offsetOf(starts, text.length, symbol.selectionRange.end),
                depth
            });
            visit(symbol.children ?? [], depth + 1);
        }
    };
    visit(symbols, 0);
    return result;
}

/**
 * The innermost declaration that holds the offset and whose name `accept` takes (so that the caret
 * inside a relation line selects the element it is written in), or null.
 */
export function declarationAt(list: Declaration[], offset: number, accept: (name: string) => boolean): Declaration | null {
    let best: Declaration | null = null;
    for (const d of list) {
        if (offset >= d.from && offset <= d.to && accept(d.name) && (best === null || d.depth >= best.depth)) {
            best = d;
        }
    }
    return best;
}

/** The declaration of a name (the first, outermost one). */
export function declarationOf(list: Declaration[], name: string): Declaration | null {
    let best: Declaration | null = null;
    for (const d of list) {
        if (d.name === name && (best === null || d.depth < best.depth)) {
            best = d;
        }
    }
    return best;
}
