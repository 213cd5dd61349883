package org.wpo.dsl.ui.labeling;

import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.xtext.ui.label.DefaultEObjectLabelProvider;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.naming.WpoResourceDescriptionStrategy;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.LayerSet;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.ProductSet;

import com.google.inject.Inject;

/** Labels and icons by kind, for the outline and the editor: "protocol MS-RPCE", "7.3.1 RPC", ... */
public class WpoLabelProvider extends DefaultEObjectLabelProvider {

	@Inject
	public WpoLabelProvider(AdapterFactoryLabelProvider delegate) {
		super(delegate);
	}

	String text(Element element) {
		return WpoResourceDescriptionStrategy.kind(element) + " " + element.getName();
	}

	String text(Area area) {
		return Labels.area(area);
	}

	String text(Layer layer) {
		return layer.getName();
	}

	String text(Product product) {
		return product.getName();
	}

	String text(LayerSet layers) {
		return "layers";
	}

	String text(ProductSet products) {
		return "products";
	}

	String text(Extension extension) {
		return "extend " + (extension.getTarget() == null || extension.getTarget().eIsProxy() ? "?"
				: extension.getTarget().getName());
	}

	String image(Element element) {
		return WpoImages.of(element);
	}

	String image(Area area) {
		return WpoImages.AREA;
	}

	String image(Layer layer) {
		return WpoImages.LAYER;
	}

	String image(LayerSet layers) {
		return WpoImages.LAYER;
	}

	String image(Product product) {
		return WpoImages.PRODUCT;
	}

	String image(ProductSet products) {
		return WpoImages.PRODUCT;
	}

	String image(Extension extension) {
		return WpoImages.EXTENSION;
	}
}
