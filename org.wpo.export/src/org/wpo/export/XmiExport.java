package org.wpo.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The EMF model itself as one XMI document: a copy of every file's root, so that references between
 * files become references inside the document.
 */
public final class XmiExport {

	private XmiExport() {
	}

	public static String write(List<Resource> resources) {
		List<EObject> roots = new ArrayList<>();
		resources.forEach(r -> roots.addAll(r.getContents()));
		Collection<EObject> copies = EcoreUtil.copyAll(roots);
		XMIResourceImpl xmi = new XMIResourceImpl(URI.createURI("wpo-export:/model.xmi"));
		xmi.getContents().addAll(copies);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			xmi.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_FORMATTED, true));
		} catch (IOException e) {
			throw new UncheckedIOException("The XMI document could not be written", e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}
}
