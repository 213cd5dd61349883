package org.wpo.services.sirius;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The .wpo files of the model a diagram shows, which a tool's edit reads and may change. */
final class ModelFiles {

	private ModelFiles() {
	}

	/**
	 * The file-backed .wpo files loaded with an object and every .wpo file under the folder that holds
	 * the Eclipse project (.project) of its file, or its folder; build output and hidden folders hold
	 * copies, not the model.
	 */
	static List<Path> of(EObject context) {
		Set<Path> files = new LinkedHashSet<>();
		ResourceSet resourceSet = context.eResource() == null ? null : context.eResource().getResourceSet();
		if (resourceSet != null) {
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				Path file = fileOf(resource);
				if (file != null && file.toString().endsWith(".wpo")) {
					files.add(file);
				}
			}
		}
		Path own = fileOf(context.eResource());
		if (own != null) {
			Path root = own.getParent();
			for (Path folder = root; folder != null; folder = folder.getParent()) {
				if (Files.exists(folder.resolve(".project"))) {
					root = folder;
					break;
				}
			}
			Path top = root;
			try (Stream<Path> walk = Files.walk(top)) {
				walk.filter(p -> p.toString().endsWith(".wpo") && Files.isRegularFile(p))
						.filter(p -> !isOutputOrHidden(top.relativize(p)))
						.map(p -> p.toAbsolutePath().normalize()).sorted().forEach(files::add);
			} catch (IOException e) {
				// The files loaded with the model are still known.
			}
		}
		return new ArrayList<>(files);
	}

	/** The file of a resource, when it is one (platform:/resource URIs resolve in Eclipse). */
	static Path fileOf(Resource resource) {
		if (resource == null || resource.getURI() == null) {
			return null;
		}
		URI uri = CommonPlugin.resolve(resource.getURI());
		return uri.isFile() ? Paths.get(uri.toFileString()).toAbsolutePath().normalize() : null;
	}

	private static boolean isOutputOrHidden(Path relative) {
		for (int i = 0; i < relative.getNameCount() - 1; i++) {
			String segment = relative.getName(i).toString();
			if (segment.startsWith(".") || segment.equals("target") || segment.equals("bin")) {
				return true;
			}
		}
		return false;
	}
}
