/** The smallest single replacement that turns one text into another: common prefix and suffix kept. */
export interface TextChange {
    from: number;
    to: number;
    insert: string;
}

function isHighSurrogate(code: number): boolean {
    return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
    return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The change from `before` to `after` as one replacement of the part between their common prefix
 * and common suffix, or null when they are equal. A surrogate pair is never split, so that the
 * change is valid text on both sides.
 */
export function minimalChange(before: string, after: string): TextChange | null {
    if (before === after) {
        return null;
    }
    const limit = Math.min(before.length, after.length);
    let start = 0;
    while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) {
        start++;
    }
    if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) {
        start--;
    }
    let endBefore = before.length;
    let endAfter = after.length;
    while (endBefore > start && endAfter > start
        && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
        endBefore--;
        endAfter--;
    }
    if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
        endBefore++;
        endAfter++;
    }
    return { from: start, to: endBefore, insert: after.slice(start, endAfter) };
}

/** Where a position lands after a change (positions after the replaced part shift with it). */
export function mapPosition(change: TextChange, position: number): number {
    if (position <= change.from) {
        return position;
    }
    if (position >= change.to) {
        return position + change.insert.length - (change.to - change.from);
    }
    return change.from + Math.min(position - change.from, change.insert.length);
}
