package org.wpo.dsl.ui.outline;

import org.eclipse.xtext.ui.editor.outline.IOutlineNode;
import org.eclipse.xtext.ui.editor.outline.impl.DefaultOutlineTreeProvider;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;

/**
 * The outline as the language server shows it: areas and what they contain, the layer and product
 * lists, extensions; elements, layers and products are leaves (their relations and applicability are
 * not outlined), imports are left out.
 */
public class WpoOutlineTreeProvider extends DefaultOutlineTreeProvider {

	protected boolean _isLeaf(Element element) {
		return true;
	}

	protected boolean _isLeaf(Extension extension) {
		return true;
	}

	protected boolean _isLeaf(Layer layer) {
		return true;
	}

	protected boolean _isLeaf(Product product) {
		return true;
	}

	protected void _createNode(IOutlineNode parent, Import anImport) {
		// Imports are not declarations.
	}

	protected void _createNode(IOutlineNode parent, Relation relation) {
		// Relations belong to the element's hover, not to the outline.
	}

	protected void _createNode(IOutlineNode parent, Applicability applicability) {
		// Likewise.
	}
}
