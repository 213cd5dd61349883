/** Highlighting of the WPO language: keywords, strings, comments (the language server does the rest). */
import { StreamLanguage } from '@codemirror/language';

const KEYWORDS = new Set(['model', 'import', 'area', 'description', 'protocol', 'format', 'algorithm', 'overview',
    'standard', 'technology', 'status', 'layer', 'remark', 'aka', 'sections', 'covers', 'applies', 'in', 'from', 'to',
    'section', 'note', 'extend', 'layers', 'products', 'product', 'current', 'legacy', 'deprecated', 'obsolete',
    'new', 'after', 'only', 'via', 'source',
    'runs-over', 'extends', 'profile-of', 'uses', 'requires', 'replaces', 'renamed-from', 'obsoletes', 'part-of',
    'specified-by', 'manages']);

export const wpoLanguage = StreamLanguage.define<{ comment: boolean }>({
    name: 'wpo',
    startState: () => ({ comment: false }),
    token(stream, state) {
        if (state.comment) {
            if (stream.skipTo('*/')) {
                stream.match('*/');
                state.comment = false;
            } else {
                stream.skipToEnd();
            }
            return 'comment';
        }
        if (stream.eatSpace()) {
            return null;
        }
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'comment';
        }
        if (stream.match('/*')) {
            state.comment = true;
            return 'comment';
        }
        if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) {
            return 'string';
        }
        const word = stream.match(/^[A-Za-z_][A-Za-z0-9_.\-]*/);
        if (word) {
            return KEYWORDS.has((word as RegExpMatchArray)[0]) ? 'keyword' : 'variableName';
        }
        if (stream.match(/^[0-9]+(\.[0-9]+)*/)) {
            return 'number';
        }
        stream.next();
        return 'punctuation';
    }
});
