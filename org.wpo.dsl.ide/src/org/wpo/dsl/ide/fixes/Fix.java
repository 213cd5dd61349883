package org.wpo.dsl.ide.fixes;

import java.util.List;

/**
 * One way to fix a problem: what it does, in words, and the text changes that do it. Changes do not
 * overlap; apply them to a file from the last offset to the first.
 */
public record Fix(String label, List<TextChange> changes) {

	public Fix {
		changes = List.copyOf(changes);
	}
}
