package org.wpo.benchmarks;

/**
 * The synthetic model's elements and relationships as a LikeC4 model, for the peer comparison: one
 * element of kind {@code protocol} per specification, tagged with its layer (layer_NAME: a bare #link would read as a link), and one relationship
 * per relation, titled with its kind. LikeC4 derives nothing beyond what is written, as WPO.
 */
public final class LikeC4Model {

	private LikeC4Model() {
	}

	public static String of(SyntheticModel model) {
		StringBuilder c4 = new StringBuilder("specification {\n\telement protocol\n");
		for (String layer : SyntheticModel.LAYERS) {
			c4.append("\ttag layer_").append(layer).append('\n');
		}
		c4.append("}\n\nmodel {\n");
		for (int i = 0; i < model.specifications(); i++) {
			c4.append("\ts").append(i).append(" = protocol '").append(SyntheticModel.name(i))
					.append("' {\n\t\t#layer_").append(SyntheticModel.LAYERS[model.layer(i)])
					.append("\n\t\tdescription 'Synthetic protocol ").append(i).append("'\n\t}\n");
		}
		for (SyntheticModel.Link link : model.links()) {
			c4.append("\ts").append(link.source()).append(" -> s").append(link.target()).append(" '")
					.append(link.kind()).append("'\n");
		}
		return c4.append("}\n").toString();
	}
}
