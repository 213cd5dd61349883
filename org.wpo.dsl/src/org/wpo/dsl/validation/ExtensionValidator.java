package org.wpo.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;

/**
 * What an {@code extend} block may say: it adds to an element declared elsewhere without
 * contradicting it, so it takes relations, aka, remark, sections, covers, and applies where the
 * element states none; status, layer, area and description (which the parser accepts so that this
 * can say why) are refused, as is a second applies.
 */
public class ExtensionValidator extends ComposedValidator {

	/** What an extend block accepts, in words, for the messages. */
	public static final String ACCEPTS = "relations, aka, remark, sections, covers, and applies where the element"
			+ " states none";

	@Check
	public void checkRefusedFeatures(Extension extension) {
		refuse(extension, WPO.getExtension_Status(), "status");
		refuse(extension, WPO.getExtension_Layer(), "layer");
		refuse(extension, WPO.getExtension_Area(), "area");
		refuse(extension, WPO.getExtension_Description(), "description");
	}

	private void refuse(Extension extension, EStructuralFeature feature, String keyword) {
		for (INode value : NodeModelUtils.findNodesForFeature(extension, feature)) {
			int start = keywordBefore(value, keyword);
			getMessageAcceptor().acceptError("An extend block cannot set '" + keyword + "' of '" + name(extension)
					+ "': it adds to the element where it is declared, and cannot change what it says there. extend"
					+ " accepts " + ACCEPTS + ".", extension, start, value.getEndOffset() - start,
					WpoIssueCodes.EXTEND_REFUSED_FEATURE, keyword);
		}
	}

	/** The offset of the keyword that introduces a value, or the value's own offset. */
	private static int keywordBefore(INode value, String keyword) {
		INode previous = value.getPreviousSibling();
		while (previous != null && previous instanceof ILeafNode hidden && hidden.isHidden()) {
			previous = previous.getPreviousSibling();
		}
		return previous != null && keyword.equals(previous.getText()) ? previous.getOffset() : value.getOffset();
	}

	@Check
	public void checkOneApplies(Extension extension) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(extension, WPO.getExtension_Applicabilities());
		for (int i = 1; i < nodes.size(); i++) {
			INode node = nodes.get(i);
			getMessageAcceptor().acceptError("The extend block of '" + name(extension) + "' says 'applies' more than"
					+ " once; an element applies to one set of products, so say it once.", extension,
					node.getOffset(), node.getLength(), WpoIssueCodes.REPEATED_FEATURE, "applies");
		}
	}

	@Check(CheckType.NORMAL)
	public void checkAppliesOnlyWhereNone(Extension extension) {
		Element target = extension.getTarget();
		if (extension.getApplicabilities().isEmpty() || target == null || target.eIsProxy()) {
			return;
		}
		Applicability added = extension.getApplicabilities().get(0);
		if (!target.getApplicabilities().isEmpty()) {
			Applicability original = target.getApplicabilities().get(0);
			error("'" + target.getName() + "' already says which products it applies to (applies "
					+ Labels.applicability(original) + ", " + Locations.of(original) + "); an extend block may add"
					+ " 'applies' only to an element that states none.", added, null,
					WpoIssueCodes.EXTEND_APPLIES_CONFLICT, target.getName());
			return;
		}
		for (Extension other : graph(extension).extensions(target)) {
			if (other == extension) {
				return;
			}
			if (!other.getApplicabilities().isEmpty()) {
				error("Another extend block of '" + target.getName() + "' already says which products it applies to"
						+ " (applies " + Labels.applicability(other.getApplicabilities().get(0)) + ", "
						+ Locations.of(other) + "); an element applies to one set of products, so say it once.",
						added, null, WpoIssueCodes.EXTEND_APPLIES_CONFLICT, target.getName());
				return;
			}
		}
	}

	private static String name(Extension extension) {
		Element target = extension.getTarget();
		if (target != null && !target.eIsProxy()) {
			return target.getName();
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(extension, WPO.getExtension_Target());
		return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
	}
}
