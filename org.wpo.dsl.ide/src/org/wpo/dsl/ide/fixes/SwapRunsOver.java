package org.wpo.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/**
 * {@code wpo.layer-inversion}: swap the inverted runs-over, so that the target runs over the source;
 * where the target is declared in another file, through an {@code extend} block in this one.
 */
class SwapRunsOver implements Fixer {

	private static final WpoPackage WPO = WpoPackage.eINSTANCE;

	@Inject
	private EObjectAtOffsetHelper atOffset;

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private ReferenceNames references;

	@Override
	public String code() {
		return WpoIssueCodes.LAYER_INVERSION;
	}

	@Override
	public List<Fix> fixes(FixText text, int offset, int length) {
		RelationTarget found = RelationTarget.at(atOffset, text, offset, length);
		if (found == null || found.relation().getKind() != RelationKind.RUNS_OVER) {
			return List.of();
		}
		Element source = Relations.source(found.relation());
		Element target = found.target();
		if (source == null) {
			return List.of();
		}
		List<TextChange> changes = new ArrayList<>();
		changes.add(found.remove(text));
		// A single target takes its section and note along.
		String rest = "";
		if (found.nodes().size() == 1) {
			INode relationNode = NodeModelUtils.getNode(found.relation());
			rest = text.content.substring(found.nodes().get(0).getEndOffset(), relationNode.getEndOffset());
		}
		if (target.eResource() == text.resource) {
			String reference = references.referenceText(scopeProvider.getScope(target, WPO.getRelation_Targets()),
					source);
			if (reference == null) {
				return List.of();
			}
			changes.add(text.addFeature(target, "runs-over " + reference + rest, true));
		} else {
			Model model = (Model) text.resource.getContents().get(0);
			String targetReference = references.referenceText(scopeProvider.getScope(model, WPO.getExtension_Target()),
					target);
			String sourceReference = references.referenceText(scopeProvider.getScope(model, WPO.getRelation_Targets()),
					source);
			if (targetReference == null || sourceReference == null) {
				return List.of();
			}
			changes.add(text.appendTopLevel("extend " + targetReference + " {" + text.newline + FixText.INDENT
					+ "runs-over " + sourceReference + rest + text.newline + "}"));
		}
		changes.sort(Comparator.comparingInt(TextChange::offset));
		return List.of(new Fix("Swap: make " + target.getName() + " run over " + source.getName(), changes));
	}
}
