package org.wpo.dsl.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.wpo.dsl.wpo.RelationKind;

/**
 * What a keyword means, for completion and hover: every relation kind ({@link RelationKinds}) and
 * the keywords that qualify a relation or a declaration ({@code via}, {@code only}, {@code source},
 * {@code new}, {@code after}).
 */
public final class KeywordTexts {

	private static final Map<String, String> OTHERS = new LinkedHashMap<>();

	static {
		OTHERS.put("via", "via: names which of the target's own alternative carriers this relation uses,"
				+ " as in runs-over RPC via \"named pipes\"");
		OTHERS.put("only", "only: the relation holds only in some products: only from A, only to B,"
				+ " only from A to B, only in A, B");
		OTHERS.put("source", "source: cites the document, outside the model, that states the relation,"
				+ " and optionally its section: source MS-XYZ section 2.1");
		OTHERS.put("new", "new: declares a deliberate new element whose name an imported model also declares;"
				+ " references in this model go to the new element");
		OTHERS.put("after", "after: continues the product line after the named product, so that ranges"
				+ " run across both lists: products after \"Windows Server 2012 R2\" { ... }");
	}

	private KeywordTexts() {
	}

	/** The text of a keyword as written, or null for a keyword without one. */
	public static String of(String keyword) {
		RelationKind kind = RelationKind.get(keyword);
		if (kind != null && kind.getLiteral().equals(keyword)) {
			return RelationKinds.of(kind).text();
		}
		return OTHERS.get(keyword);
	}
}
