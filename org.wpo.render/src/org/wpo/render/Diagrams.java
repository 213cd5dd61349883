package org.wpo.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.wpo.diagram.DiagramContent;
import org.wpo.diagram.DiagramKind;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.workspace.AtomicFiles;
import org.wpo.query.ModelIndex;

/**
 * The three diagrams of a model laid out and written as SVG files: what {@code wpo render} does,
 * and what a build plugin can call in a few lines.
 */
public final class Diagrams {

	private Diagrams() {
	}

	public static LaidOutDiagram areaMap(ModelIndex index) {
		return DiagramLayout.layout(DiagramContent.areaMap(index), "Area map");
	}

	public static LaidOutDiagram layerStack(ModelIndex index) {
		return DiagramLayout.layout(DiagramContent.layerStack(index), "Layer stack");
	}

	public static LaidOutDiagram stack(ModelIndex index, Element root) {
		return DiagramLayout.layout(DiagramContent.stack(index, root), "Protocol stack of " + root.getName());
	}

	public static LaidOutDiagram of(ModelIndex index, DiagramKind kind, Element root) {
		return switch (kind) {
		case AREA_MAP -> areaMap(index);
		case LAYER_STACK -> layerStack(index);
		case STACK -> stack(index, requireRoot(root));
		};
	}

	/** The SVG file name of a diagram: area-map.svg, layer-stack.svg, stack-NAME.svg. */
	public static String fileName(DiagramKind kind, Element root) {
		return kind == DiagramKind.STACK ? "stack-" + FileNames.safe(requireRoot(root).getName()) + ".svg"
				: kind.id() + ".svg";
	}

	/**
	 * Writes the diagrams of the given kinds into a folder, each file whole or not at all, and
	 * returns the files written in order.
	 *
	 * @param root the element of the protocol stack; needed only when kinds include it
	 */
	public static List<Path> write(ModelIndex index, Collection<DiagramKind> kinds, Element root, Path folder)
			throws IOException {
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (DiagramKind kind : kinds) {
			Path file = AtomicFiles.inside(folder, fileName(kind, root));
			AtomicFiles.write(file, SvgWriter.write(of(index, kind, root)));
			written.add(file);
		}
		return written;
	}

	private static Element requireRoot(Element root) {
		if (root == null) {
			throw new IllegalArgumentException("the protocol stack needs a root element");
		}
		return root;
	}
}
