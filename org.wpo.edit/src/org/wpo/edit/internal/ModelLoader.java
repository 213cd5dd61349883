package org.wpo.edit.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.wpo.dsl.library.BuiltInLibrary;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parses texts of .wpo files into resources of the editor's own instance of the language. */
public class ModelLoader {

	private static final String UTF8 = "UTF-8";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	/**
	 * The texts parsed, each as the file of its path, in one new resource set with the built-in
	 * model (read-only), every reference resolved.
	 */
	public Map<Path, XtextResource> loadLinked(Map<Path, String> texts) {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("wpo", resourceFactory);
		BuiltInLibrary.load(resourceSet);
		Map<Path, XtextResource> resources = new LinkedHashMap<>();
		texts.forEach((path, text) -> resources.put(path, load(resourceSet, path, text)));
		BuiltInLibrary.loadImported(resourceSet);
		EcoreUtil.resolveAll(resourceSet);
		return resources;
	}

	/** The text parsed alone, in a resource set of its own, nothing linked. */
	public XtextResource loadAlone(Path path, String text) {
		return load(resourceSets.get(), path, text);
	}

	private XtextResource load(XtextResourceSet resourceSet, Path path, String text) {
		XtextResource resource = (XtextResource) resourceFactory.createResource(URI.createFileURI(path.toString()));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new LazyStringInputStream(text, UTF8), Map.of(XtextResource.OPTION_ENCODING, UTF8));
		} catch (IOException e) {
			throw new IllegalStateException("cannot parse " + path.getFileName(), e);
		}
		return resource;
	}

	/** The first syntax error of a resource, as "line N: message", or null when it has none. */
	public static String firstSyntaxError(XtextResource resource) {
		for (INode node : resource.getParseResult().getSyntaxErrors()) {
			return "line " + node.getStartLine() + ": " + node.getSyntaxErrorMessage().getMessage();
		}
		return null;
	}

	/** The messages of the references that do not link, by file. */
	public static Map<Path, List<String>> unresolved(Map<Path, XtextResource> resources) {
		Map<Path, List<String>> result = new LinkedHashMap<>();
		resources.forEach((path, resource) -> result.put(path, resource.getErrors().stream()
				.filter(XtextLinkingDiagnostic.class::isInstance).map(Resource.Diagnostic::getMessage).toList()));
		return result;
	}
}
