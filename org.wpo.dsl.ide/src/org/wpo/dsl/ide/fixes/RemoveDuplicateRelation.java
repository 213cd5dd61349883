package org.wpo.dsl.ide.fixes;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.Relation;

import com.google.inject.Inject;

/** {@code wpo.duplicate-relation}: remove the copy of a relation written twice. */
class RemoveDuplicateRelation implements Fixer {

	@Inject
	private EObjectAtOffsetHelper atOffset;

	@Override
	public String code() {
		return WpoIssueCodes.DUPLICATE_RELATION;
	}

	@Override
	public List<Fix> fixes(FixText text, int offset, int length) {
		Relation relation = EcoreUtil2.getContainerOfType(atOffset.resolveContainedElementAt(text.resource, offset),
				Relation.class);
		if (relation == null) {
			return List.of();
		}
		String targets = relation.getTargets().stream().map(t -> t.eIsProxy() ? "?" : t.getName())
				.collect(Collectors.joining(", "));
		return List.of(new Fix("Remove the copy of '" + relation.getKind().getLiteral() + " " + targets + "'",
				List.of(text.removeLines(NodeModelUtils.getNode(relation)))));
	}
}
