package org.wpo.tests.viewpoint;

import static org.wpo.tests.viewpoint.SiriusObjects.path;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Loads an .odesign with plain EMF against Sirius's metamodel as Sirius would, and lists what is
 * wrong with loading it: load errors, unresolved references (including {@code environment:/viewpoint}
 * colors) and EMF Diagnostician errors.
 */
final class OdesignLoader {

	private OdesignLoader() {
	}

	/**
	 * Loads an .odesign as Sirius would and lists every load error, unresolved reference and
	 * Diagnostician error. References to metamodels that are not available here (named by their
	 * namespace URI in {@code unavailableMetamodels}) are reported apart, in {@code skipped}.
	 */
	static ViewpointCheck.Loaded load(SiriusMetamodel sirius, Path odesign, Set<String> unavailableMetamodels,
			List<String> skipped) {
		ResourceSet set = new ResourceSetImpl();
		set.setPackageRegistry(new EPackageRegistryImpl(sirius.resourceSet().getPackageRegistry()));
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		set.getURIConverter().getURIMap().putAll(sirius.resourceSet().getURIConverter().getURIMap());
		// Everything the check reads is local; a reference to the web fails at once instead of waiting.
		set.getURIConverter().getURIHandlers().add(0, new URIHandlerImpl() {
			@Override
			public boolean canHandle(URI uri) {
				return "http".equals(uri.scheme()) || "https".equals(uri.scheme());
			}

			@Override
			public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
				throw new IOException("not read from the network: " + uri);
			}
		});
		List<String> problems = new ArrayList<>();
		Resource resource;
		try {
			resource = set.getResource(URI.createFileURI(odesign.toString()), true);
		} catch (RuntimeException e) {
			problems.add("cannot load " + odesign.getFileName() + ": " + e.getMessage());
			return new ViewpointCheck.Loaded(null, problems);
		}
		resource.getErrors().forEach(e -> problems.add("load error: " + e.getMessage()));
		EcoreUtil.resolveAll(set);
		for (Resource other : set.getResources()) {
			if (other != resource && !unavailableMetamodels.contains(other.getURI().toString())) {
				other.getErrors().forEach(e -> problems.add("load error in " + other.getURI() + ": " + e.getMessage()));
			}
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer
				.find(set);
		Set<EObject> allowed = new LinkedHashSet<>();
		unresolved.forEach((proxy, settings) -> {
			URI uri = EcoreUtil.getURI(proxy);
			for (EStructuralFeature.Setting setting : settings) {
				String where = path(setting.getEObject()) + "." + setting.getEStructuralFeature().getName();
				if (unavailableMetamodels.contains(uri.trimFragment().toString())
						&& "metamodel".equals(setting.getEStructuralFeature().getName())) {
					allowed.add(proxy);
					skipped.add(where + " -> " + uri + " (metamodel not available here)");
				} else {
					problems.add("unresolved reference " + where + " -> " + uri);
				}
			}
		});
		if (resource.getContents().isEmpty()) {
			problems.add("the file holds nothing");
			return new ViewpointCheck.Loaded(resource, problems);
		}
		EObject group = resource.getContents().get(0);
		supplySystemColors(group, set);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(group);
		collectErrors(diagnostic, allowed, problems);
		return new ViewpointCheck.Loaded(resource, problems);
	}

	/**
	 * Sirius computes the group's system color palette (a required, transient feature) from
	 * {@code environment:/viewpoint}; plain EMF cannot, so the check supplies it the same way.
	 */
	private static void supplySystemColors(EObject group, ResourceSet set) {
		EStructuralFeature palette = group.eClass().getEStructuralFeature("systemColorsPalette");
		if (palette == null) {
			return;
		}
		Resource environment = set.getResource(URI.createURI("environment:/viewpoint"), true);
		EObject root = environment.getContents().get(0);
		group.eSet(palette, root.eGet(root.eClass().getEStructuralFeature("systemColors")));
	}

	private static void collectErrors(Diagnostic diagnostic, Set<EObject> allowedProxies, List<String> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				boolean allowed = diagnostic.getData().stream()
						.anyMatch(d -> d instanceof EObject o && allowedProxies.contains(o));
				if (!allowed) {
					problems.add("Diagnostician: " + diagnostic.getMessage());
				}
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectErrors(child, allowedProxies, problems);
		}
	}
}
