package org.wpo.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.UnknownFeature;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/**
 * {@code wpo.redeclared-name}: turn the declaration of a name an imported model already declares into
 * {@code extend NAME { ... }} with what an extend block takes (relations, aka, remark, sections,
 * covers, applies; status, layer, area, description and the title are left to the original), or
 * remove it when it adds nothing; or mark it {@code new}, a different element of this model.
 */
class RedeclaredToExtend implements Fixer {

	/** Keywords of the features an extend block takes over; the others start features left out. */
	private static final Set<String> KEPT = Set.of("aka", "remark", "sections", "covers");
	private static final Set<String> LEFT_OUT = Set.of("status", "layer", "area", "description");

	@Inject
	private EObjectAtOffsetHelper atOffset;

	@Override
	public String code() {
		return WpoIssueCodes.REDECLARED_NAME;
	}

	@Override
	public List<Fix> fixes(FixText text, int offset, int length) {
		Element element = EcoreUtil2.getContainerOfType(atOffset.resolveContainedElementAt(text.resource, offset),
				Element.class);
		if (element == null || element.isNew()) {
			return List.of();
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		INode name = Nodes.first(NodeModelUtils.findNodesForFeature(element, WpoPackage.eINSTANCE.getElement_Name()));
		List<Fix> fixes = new ArrayList<>();
		if (name != null && name.getOffset() == offset) {
			fixes.add(toExtend(text, element, node, NodeModelUtils.getTokenText(name)));
		}
		fixes.add(new Fix("Mark " + element.getName() + " as a new element of this model",
				List.of(text.insert(node.getOffset(), "new "))));
		return fixes;
	}

	private static Fix toExtend(FixText text, Element element, ICompositeNode node, String reference) {
		List<String> features = extendable(text, node);
		if (features.isEmpty()) {
			return new Fix("Remove the declaration of " + element.getName() + ": use the imported one",
					List.of(text.removeLines(node)));
		}
		boolean topLevel = element.eContainer() instanceof Model;
		String indent = topLevel ? text.indentAt(node.getOffset()) : "";
		StringBuilder extend = new StringBuilder("extend " + reference + " {");
		for (String feature : features) {
			extend.append(text.newline).append(indent).append(FixText.INDENT).append(feature);
		}
		extend.append(text.newline).append(indent).append("}");
		List<TextChange> changes = new ArrayList<>();
		if (topLevel) {
			changes.add(text.replace(node, extend.toString()));
		} else {
			changes.add(text.removeLines(node));
			changes.add(text.appendTopLevel(extend.toString()));
		}
		changes.sort(Comparator.comparingInt(TextChange::offset));
		return new Fix("Turn the declaration into 'extend " + reference + "'", changes);
	}

	/**
	 * The texts of the element's features that an extend block takes, as written, in their order:
	 * the body's tokens from its opening brace, split where a feature keyword or a relation, applies
	 * statement or unknown word starts.
	 */
	private static List<String> extendable(FixText text, ICompositeNode node) {
		List<INode> items = new ArrayList<>();
		flatten(node, items);
		List<String> features = new ArrayList<>();
		boolean inBody = false;
		boolean keep = false;
		int start = -1;
		int end = -1;
		for (INode item : items) {
			String token = item instanceof ILeafNode ? item.getText() : null;
			if (!inBody) {
				inBody = "{".equals(token);
				continue;
			}
			boolean whole = item instanceof ICompositeNode;
			boolean keyword = token != null && (KEPT.contains(token) || LEFT_OUT.contains(token));
			if (whole || keyword || "}".equals(token)) {
				if (keep) {
					features.add(text.content.substring(start, end));
				}
				keep = whole || keyword && KEPT.contains(token);
				start = item.getOffset();
			}
			end = item.getEndOffset();
		}
		return features;
	}

	/**
	 * The element's tokens (not blanks or comments) in order, with each relation, applies statement
	 * and unknown word as one node; the grammar's fragments and names are opened up.
	 */
	private static void flatten(ICompositeNode node, List<INode> items) {
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode leaf) {
				if (!leaf.isHidden()) {
					items.add(leaf);
				}
				continue;
			}
			EObject semantic = NodeModelUtils.findActualSemanticObjectFor(child);
			if (semantic instanceof Relation || semantic instanceof Applicability || semantic instanceof UnknownFeature) {
				items.add(child);
			} else {
				flatten((ICompositeNode) child, items);
			}
		}
	}
}
