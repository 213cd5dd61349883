package org.wpo.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.wpo.dsl.ide.server.LibraryElements;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Status;
import org.wpo.dsl.wpo.WpoPackage;

/**
 * Colours every name by the kind of what it names, at its declaration and at each reference: the
 * style ids are the language server's semantic token types and modifiers (so clients colour them with
 * their theme), and the Eclipse editor defines a style for each id.
 */
public class WpoHighlighting extends DefaultSemanticHighlightingCalculator {

	/** Token types, by kind of declaration. */
	public static final String SPECIFICATION = "class";
	public static final String TECHNOLOGY = "interface";
	public static final String AREA = "namespace";
	public static final String LAYER = "enum";
	public static final String PRODUCT = "enumMember";

	/** Token modifiers. */
	public static final String DECLARATION = "declaration";
	public static final String DEPRECATED = "deprecated";
	public static final String BUILT_IN = "defaultLibrary";

	/** Every style id this calculator uses. */
	public static final List<String> STYLE_IDS = List.of(SPECIFICATION, TECHNOLOGY, AREA, LAYER, PRODUCT, DECLARATION,
			DEPRECATED, BUILT_IN);

	private static final WpoPackage WPO = WpoPackage.eINSTANCE;

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		String declared = type(object);
		if (declared != null) {
			for (INode node : NodeModelUtils.findNodesForFeature(object, nameFeature(object))) {
				highlightNode(acceptor, node, styles(object, true));
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
			List<EObject> targets = targets(object, reference);
			for (int i = 0; i < nodes.size() && i < targets.size(); i++) {
				EObject target = targets.get(i);
				if (target != null && !target.eIsProxy() && type(target) != null) {
					highlightNode(acceptor, nodes.get(i), styles(target, false));
				}
			}
		}
		return false;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> targets(EObject object, EReference reference) {
		Object value = object.eGet(reference, true);
		if (reference.isMany()) {
			return new ArrayList<>((List<? extends EObject>) value);
		}
		List<EObject> single = new ArrayList<>();
		single.add((EObject) value);
		return single;
	}

	private static org.eclipse.emf.ecore.EStructuralFeature nameFeature(EObject object) {
		if (object instanceof Element) {
			return WPO.getElement_Name();
		}
		if (object instanceof Area) {
			return WPO.getArea_Name();
		}
		if (object instanceof Layer) {
			return WPO.getLayer_Name();
		}
		return WPO.getProduct_Name();
	}

	/** The token type of a declaration, or null when it is not one. */
	public static String type(EObject object) {
		if (object instanceof Specification) {
			return SPECIFICATION;
		}
		if (object instanceof Element) {
			return TECHNOLOGY;
		}
		if (object instanceof Area) {
			return AREA;
		}
		if (object instanceof Layer) {
			return LAYER;
		}
		if (object instanceof Product) {
			return PRODUCT;
		}
		return null;
	}

	/** The type and modifiers of a name: declaration, deprecated (or obsolete), built in. */
	public static String[] styles(EObject target, boolean declaration) {
		List<String> styles = new ArrayList<>();
		styles.add(type(target));
		if (declaration) {
			styles.add(DECLARATION);
		}
		if (target instanceof Element element
				&& (element.getStatus() == Status.DEPRECATED || element.getStatus() == Status.OBSOLETE)) {
			styles.add(DEPRECATED);
		}
		if (LibraryElements.isBuiltIn(target)) {
			styles.add(BUILT_IN);
		}
		return styles.toArray(String[]::new);
	}
}
