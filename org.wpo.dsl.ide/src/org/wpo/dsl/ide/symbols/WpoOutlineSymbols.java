package org.wpo.dsl.ide.symbols;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The outline's symbol tree, at most {@link #MAX_DEPTH} levels deep: the symbols below that depth
 * are listed, in the order of the text, as children of their ancestor at that depth. A file may nest
 * areas 2,000 deep, and writing such a tree as JSON (recursively, one call per level) overflowed the
 * stack, so the outline request failed; no outline view shows that many levels anyway.
 */
public class WpoOutlineSymbols extends HierarchicalDocumentSymbolService {

	/** The deepest level of the outline, counting top-level symbols as level 1. */
	public static final int MAX_DEPTH = 64;

	@Override
	public List<DocumentSymbol> getSymbols(XtextResource resource, CancelIndicator cancelIndicator) {
		List<DocumentSymbol> symbols = super.getSymbols(resource, cancelIndicator);
		Deque<DocumentSymbol> level = new ArrayDeque<>(symbols);
		for (int depth = 1; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
			Deque<DocumentSymbol> next = new ArrayDeque<>();
			for (DocumentSymbol symbol : level) {
				if (symbol.getChildren() != null) {
					next.addAll(symbol.getChildren());
				}
			}
			level = next;
		}
		for (DocumentSymbol deepest : level) {
			deepest.setChildren(descendants(deepest));
		}
		return symbols;
	}

	/** All symbols below one, in the order of the text, each without children. */
	private static List<DocumentSymbol> descendants(DocumentSymbol symbol) {
		List<DocumentSymbol> flat = new ArrayList<>();
		Deque<DocumentSymbol> todo = new ArrayDeque<>();
		pushChildren(symbol, todo);
		while (!todo.isEmpty()) {
			DocumentSymbol next = todo.pop();
			pushChildren(next, todo);
			next.setChildren(new ArrayList<>());
			flat.add(next);
		}
		return flat;
	}

	private static void pushChildren(DocumentSymbol symbol, Deque<DocumentSymbol> todo) {
		List<DocumentSymbol> children = symbol.getChildren();
		if (children != null) {
			for (int i = children.size() - 1; i >= 0; i--) {
				todo.push(children.get(i));
			}
		}
	}
}
