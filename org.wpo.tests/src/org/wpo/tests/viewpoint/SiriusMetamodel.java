package org.wpo.tests.viewpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.wpo.dsl.wpo.WpoPackage;

/**
 * Sirius's own metamodel, loaded with plain EMF from the .ecore files in org.wpo.tests/sirius-metamodel
 * (copies of Sirius's files under the EPL 2.0, see the README there; Sirius itself is not on Maven Central): its packages are registered dynamically in a resource set
 * that then reads .odesign files as Sirius does, with {@code environment:/viewpoint} mapped to
 * Sirius's Environment.odesign and the WPO metamodel registered under its namespace URI.
 */
public final class SiriusMetamodel {

	/** Where the files are, relative to the project's root. */
	public static final String FOLDER = "org.wpo.tests/sirius-metamodel";

	public static final String VIEWPOINT_ECORE = "org.eclipse.sirius.model/model/viewpoint.ecore";
	public static final String DIAGRAM_ECORE = "org.eclipse.sirius.diagram.model/model/diagram.ecore";
	public static final String ENVIRONMENT = "org.eclipse.sirius.model/model/Environment.odesign";

	public static final String DESCRIPTION_NS = "http://www.eclipse.org/sirius/description/1.1.0";
	public static final String DIAGRAM_NS = "http://www.eclipse.org/sirius/diagram/1.1.0";
	public static final String DIAGRAM_DESCRIPTION_NS = "http://www.eclipse.org/sirius/diagram/description/1.1.0";

	private final Path folder;
	private final ResourceSet resourceSet = new ResourceSetImpl();

	private SiriusMetamodel(Path folder) {
		this.folder = folder;
	}

	/** Loads the Sirius packages from the folder; every reference inside them must resolve. */
	public static SiriusMetamodel load(Path folder) {
		if (!isPresent(folder)) {
			throw new IllegalStateException("Sirius's metamodel files are not in " + folder
					+ " (they belong to the project: see " + FOLDER + "/README.md)");
		}
		SiriusMetamodel metamodel = new SiriusMetamodel(folder);
		ResourceSet set = metamodel.resourceSet;
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("odesign", new XMIResourceFactoryImpl());
		// The .ecore files name Ecore's data types by their platform URI; that is EcorePackage itself.
		set.getPackageRegistry().put("platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore", EcorePackage.eINSTANCE);
		set.getPackageRegistry().put(WpoPackage.eNS_URI, WpoPackage.eINSTANCE);
		for (String file : new String[] { VIEWPOINT_ECORE, DIAGRAM_ECORE }) {
			Resource resource = set.getResource(URI.createFileURI(folder.resolve(file).toString()), true);
			for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				if (all.next() instanceof EPackage ePackage) {
					set.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
				}
			}
		}
		EcoreUtil.resolveAll(set);
		for (Resource resource : set.getResources()) {
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException(resource.getURI() + ": " + resource.getErrors());
			}
		}
		set.getURIConverter().getURIMap().put(URI.createURI("environment:/viewpoint"),
				URI.createFileURI(folder.resolve(ENVIRONMENT).toString()));
		return metamodel;
	}

	public static boolean isPresent(Path folder) {
		return Files.isRegularFile(folder.resolve(VIEWPOINT_ECORE)) && Files.isRegularFile(folder.resolve(DIAGRAM_ECORE))
				&& Files.isRegularFile(folder.resolve(ENVIRONMENT));
	}

	public Path folder() {
		return folder;
	}

	public ResourceSet resourceSet() {
		return resourceSet;
	}

	/** A Sirius class by package namespace URI and name. */
	public EClass eClass(String nsUri, String name) {
		EPackage ePackage = resourceSet.getPackageRegistry().getEPackage(nsUri);
		if (ePackage == null || !(ePackage.getEClassifier(name) instanceof EClass eClass)) {
			throw new IllegalArgumentException("no Sirius class " + name + " in " + nsUri);
		}
		return eClass;
	}
}
