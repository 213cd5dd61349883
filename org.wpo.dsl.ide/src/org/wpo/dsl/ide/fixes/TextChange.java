package org.wpo.dsl.ide.fixes;

import org.eclipse.emf.common.util.URI;

/**
 * Replaces {@code length} characters at {@code offset} of one file with {@code text}; an insertion
 * has length 0, a deletion empty text. Offsets refer to the file as it was when the fix was computed.
 */
public record TextChange(URI uri, int offset, int length, String text) {
}
