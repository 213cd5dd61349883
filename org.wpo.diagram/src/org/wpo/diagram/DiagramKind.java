package org.wpo.diagram;

/** The three diagrams of a WPO model, by the name the command line and the viewpoint use. */
public enum DiagramKind {

	/** Areas as nested containers with the specifications and technologies they hold. */
	AREA_MAP("area-map"),
	/** One lane per layer in the model's order, elements in their layer, runs-over edges. */
	LAYER_STACK("layer-stack"),
	/** One element and everything it runs over, extends, is a profile of or requires. */
	STACK("stack");

	private final String id;

	DiagramKind(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static DiagramKind of(String id) {
		for (DiagramKind kind : values()) {
			if (kind.id.equals(id)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown diagram '" + id + "' (area-map, layer-stack or stack)");
	}
}
