package org.wpo.dsl.model;

import java.util.EnumSet;
import java.util.Set;

import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;

/** Facts about relations that validation, queries and exports share. */
public final class Relations {

	/** Kinds by which an element depends on what it points at. */
	public static final Set<RelationKind> DEPENDENCY_KINDS = EnumSet.of(RelationKind.RUNS_OVER,
			RelationKind.REQUIRES);

	private Relations() {
	}

	/** The element a relation starts from: the element that holds it, or the one an extension extends. */
	public static Element source(Relation relation) {
		if (relation.eContainer() instanceof Element element) {
			return element;
		}
		if (relation.eContainer() instanceof Extension extension) {
			Element target = extension.getTarget();
			return target == null || target.eIsProxy() ? null : target;
		}
		return null;
	}

	/** The keyword of a relation kind as written in the language, such as runs-over. */
	public static String keyword(RelationKind kind) {
		return kind.getLiteral();
	}
}
