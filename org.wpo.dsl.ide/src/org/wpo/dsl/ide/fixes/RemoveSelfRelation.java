package org.wpo.dsl.ide.fixes;

import java.util.List;

import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.wpo.dsl.validation.WpoIssueCodes;

import com.google.inject.Inject;

/** {@code wpo.self-relation}: remove the relation to itself (the target, or the relation if it is the only one). */
class RemoveSelfRelation implements Fixer {

	@Inject
	private EObjectAtOffsetHelper atOffset;

	@Override
	public String code() {
		return WpoIssueCodes.SELF_RELATION;
	}

	@Override
	public List<Fix> fixes(FixText text, int offset, int length) {
		RelationTarget target = RelationTarget.at(atOffset, text, offset, length);
		if (target == null) {
			return List.of();
		}
		String name = target.target().getName();
		String kind = target.relation().getKind().getLiteral();
		String label = target.relation().getTargets().size() == 1 ? "Remove the relation '" + kind + " " + name + "'"
				: "Remove '" + name + "' from " + kind;
		return List.of(new Fix(label, List.of(target.remove(text))));
	}
}
