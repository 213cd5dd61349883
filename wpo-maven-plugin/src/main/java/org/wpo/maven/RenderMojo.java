package org.wpo.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.wpo.diagram.DiagramKind;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ModelIndex;
import org.wpo.render.Diagrams;

/**
 * Draws the model as SVG into {@code target/wpo/diagrams/}, laid out by ELK as {@code wpo render}
 * does: the area map and the layer stack, and the protocol stack of each element named in
 * {@code roots}.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class RenderMojo extends PictureMojo {

	/** Short names of the elements whose protocol stack is drawn too. */
	@Parameter(property = "wpo.roots")
	List<String> roots = new ArrayList<>();

	@Override
	String goal() {
		return "render";
	}

	@Override
	String folder() {
		return "diagrams";
	}

	@Override
	List<Path> write(ModelIndex index, Path folder) throws IOException, MojoExecutionException {
		List<Path> written = new ArrayList<>(
				Diagrams.write(index, EnumSet.of(DiagramKind.AREA_MAP, DiagramKind.LAYER_STACK), null, folder));
		for (String name : roots) {
			Element root = index.find(name).orElseThrow(() -> new MojoExecutionException("WPO: unknown element '"
					+ name + "' in <roots>; closest names: " + String.join(", ", index.closest(name, 5))));
			written.addAll(Diagrams.write(index, EnumSet.of(DiagramKind.STACK), root, folder));
		}
		return written;
	}
}
