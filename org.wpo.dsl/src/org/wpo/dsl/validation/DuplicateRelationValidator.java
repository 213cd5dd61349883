package org.wpo.dsl.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;

/**
 * A relation written twice in one element or one {@code extend} block: the same kind, the same
 * targets (in any order), the same {@code via} and the same {@code only} condition. The copy (the
 * later one) is a warning; its section, note and source do not make it another relation.
 */
public class DuplicateRelationValidator extends ComposedValidator {

	@Check
	public void checkNoCopy(Element element) {
		checkNoCopy(element.getRelations());
	}

	@Check
	public void checkNoCopy(Extension extension) {
		checkNoCopy(extension.getRelations());
	}

	/** What makes two relations the same, or null when a name in it is not resolved. */
	private record Key(RelationKind kind, Set<EObject> targets, Set<EObject> via, Set<EObject> in, EObject from,
			EObject to) {

		static Key of(Relation relation) {
			Set<EObject> targets = resolved(relation.getTargets());
			Set<EObject> via = resolved(relation.getVia());
			Applicability condition = relation.getCondition();
			if (targets == null || via == null) {
				return null;
			}
			if (condition == null) {
				return new Key(relation.getKind(), targets, via, Set.of(), null, null);
			}
			Set<EObject> in = resolved(condition.getProducts());
			boolean unresolved = in == null || condition.getFrom() != null && condition.getFrom().eIsProxy()
					|| condition.getTo() != null && condition.getTo().eIsProxy();
			return unresolved ? null
					: new Key(relation.getKind(), targets, via, in, condition.getFrom(), condition.getTo());
		}

		private static Set<EObject> resolved(List<? extends EObject> objects) {
			Set<EObject> result = new HashSet<>();
			for (EObject object : objects) {
				if (object == null || object.eIsProxy()) {
					return null;
				}
				result.add(object);
			}
			return result;
		}
	}

	private void checkNoCopy(List<Relation> relations) {
		Map<Key, Relation> first = new HashMap<>();
		for (Relation relation : relations) {
			Key key = Key.of(relation);
			if (key == null) {
				continue;
			}
			Relation original = first.putIfAbsent(key, relation);
			if (original != null) {
				Element source = Relations.source(relation);
				String targets = relation.getTargets().stream().map(t -> "'" + t.getName() + "'")
						.collect(Collectors.joining(", "));
				String subject = source == null ? "" : "'" + source.getName() + "' ";
				warning(subject + relation.getKind().getLiteral() + " " + targets + " a second time (as on line "
						+ Locations.line(original) + "); remove the copy.", relation, null,
						WpoIssueCodes.DUPLICATE_RELATION, relation.getKind().getLiteral());
			}
		}
	}
}
