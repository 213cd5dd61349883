package org.wpo.dsl.ide.fixes;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.wpo.dsl.validation.FeatureWords;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.UnknownFeature;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/** {@code wpo.unknown-word}: replace the unknown word with the closest relation kind or feature keyword. */
class ReplaceUnknownWord implements Fixer {

	@Inject
	private EObjectAtOffsetHelper atOffset;

	@Override
	public String code() {
		return WpoIssueCodes.UNKNOWN_WORD;
	}

	@Override
	public List<Fix> fixes(FixText text, int offset, int length) {
		UnknownFeature unknown = EcoreUtil2.getContainerOfType(
				atOffset.resolveContainedElementAt(text.resource, offset), UnknownFeature.class);
		if (unknown == null || unknown.getWord() == null) {
			return List.of();
		}
		String closest = FeatureWords.closest(unknown.getWord(), unknown.eContainer() instanceof Extension);
		INode word = Nodes.first(
				NodeModelUtils.findNodesForFeature(unknown, WpoPackage.eINSTANCE.getUnknownFeature_Word()));
		if (closest == null || word == null) {
			return List.of();
		}
		return List.of(new Fix("Replace '" + unknown.getWord() + "' with '" + closest + "'",
				List.of(text.replace(word, closest))));
	}
}
