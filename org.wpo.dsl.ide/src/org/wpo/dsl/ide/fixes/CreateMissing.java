package org.wpo.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.TextRegion;
import org.wpo.dsl.naming.WpoQualifiedNameConverter;
import org.wpo.dsl.validation.ShortNames;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.LayerSet;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.ProductSet;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/**
 * {@code wpo.unresolved-reference}: write one of the closest visible names instead
 * ({@link UseClosestName}), or create the missing element (a protocol for a Microsoft short name,
 * a standard for an RFC's, else a technology) beside the declaration that refers to it, or the missing
 * area, layer or product.
 */
class CreateMissing implements Fixer {

	private static final WpoPackage WPO = WpoPackage.eINSTANCE;

	@Inject
	private IValueConverterService valueConverters;

	@Inject
	private EObjectAtOffsetHelper atOffset;

	@Inject
	private LinkingHelper linkingHelper;

	@Inject
	private UseClosestName useClosestName;

	@Override
	public String code() {
		return WpoIssueCodes.UNRESOLVED_REFERENCE;
	}

	@Override
	public List<Fix> fixes(FixText text, int offset, int length) {
		INode node = atOffset.getCrossReferenceNode(text.resource, new TextRegion(offset, length));
		if (node == null || !(node.getGrammarElement() instanceof CrossReference crossReference)) {
			return List.of();
		}
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
		EReference reference = GrammarUtil.getReference(crossReference, owner.eClass());
		String written = linkingHelper.getCrossRefNodeAsString(node, true);
		if (reference == null || written == null || written.isEmpty()) {
			return List.of();
		}
		List<Fix> fixes = new ArrayList<>(useClosestName.fixes(text, node, owner, reference, written));
		Fix create = create(text, owner, reference, written);
		if (create != null) {
			fixes.add(create);
		}
		return fixes;
	}

	/** The fix that creates what the reference names, or null when it cannot be created here. */
	private Fix create(FixText text, EObject owner, EReference reference, String written) {
		Model model = (Model) text.resource.getContents().get(0);
		String name = written;
		int qualifier = written.lastIndexOf(WpoQualifiedNameConverter.DELIMITER);
		if (qualifier >= 0) {
			// Only a name of this file's own model can be created here.
			if (!written.substring(0, qualifier).equals(model.getName())) {
				return null;
			}
			name = written.substring(qualifier + WpoQualifiedNameConverter.DELIMITER.length());
		}
		if (reference.getEReferenceType() == WPO.getElement()) {
			return createElement(text, owner, name);
		}
		if (reference.getEReferenceType() == WPO.getArea()) {
			String declaration = "area " + valueConverters.toString(name, "AreaName");
			return new Fix("Create area " + name, List.of(text.appendTopLevel(declaration)));
		}
		if (reference.getEReferenceType() == WPO.getLayer()) {
			LayerSet set = EcoreUtil2.getAllContentsOfType(model, LayerSet.class).stream().findFirst().orElse(null);
			return addToList(text, set, "layers", "layer", name);
		}
		if (reference.getEReferenceType() == WPO.getProduct()) {
			ProductSet set = EcoreUtil2.getAllContentsOfType(model, ProductSet.class).stream().findFirst().orElse(null);
			return addToList(text, set, "products", "product", name);
		}
		return null;
	}

	private Fix createElement(FixText text, EObject owner, String name) {
		String keyword = ShortNames.MICROSOFT.matcher(name).matches() ? "protocol"
				: ShortNames.RFC.matcher(name).matches() ? "standard" : "technology";
		String declaration = keyword + " " + valueConverters.toString(name, "Name");
		String label = "Create " + keyword + " " + name;
		// Beside the declaration that refers to it: in the same area, or at the top level.
		EObject beside = owner;
		while (beside != null && !(beside.eContainer() instanceof Area || beside.eContainer() instanceof Model)) {
			beside = beside.eContainer();
		}
		if (beside == null) {
			return new Fix(label, List.of(text.appendTopLevel(declaration)));
		}
		INode node = NodeModelUtils.getNode(beside);
		String indent = text.indentAt(node.getOffset());
		return new Fix(label, List.of(text.insert(node.getEndOffset(), text.newline + indent + declaration)));
	}

	private Fix addToList(FixText text, EObject set, String listKeyword, String keyword, String name) {
		String entry = keyword + " " + valueConverters.toString(name, "Name");
		if (set == null) {
			String block = listKeyword + " {" + text.newline + FixText.INDENT + entry + text.newline + "}";
			return new Fix("Create a " + keyword + " list with " + keyword + " " + name,
					List.of(text.appendTopLevel(block)));
		}
		INode node = NodeModelUtils.getNode(set);
		ILeafNode close = Nodes.lastLeaf(node, "}");
		String indent = text.indentAt(node.getOffset());
		int at = text.endOfLastToken(close.getOffset());
		return new Fix("Add " + keyword + " " + name + " to the " + keyword + " list",
				List.of(text.insert(at, text.newline + indent + FixText.INDENT + entry)));
	}
}
