package org.wpo.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.wpo.dsl.wpo.Model;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads several .wpo texts as one model and validates them, as the command line does. */
public class WpoTestSupport {

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	@Inject
	private IResourceValidator validator;

	/** A model of several files: pairs of file name and text. */
	public XtextResourceSet load(String... namesAndTexts) {
		XtextResourceSet resourceSet = resourceSetProvider.get();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			Resource resource = resourceSet.createResource(URI.createURI("test:/" + namesAndTexts[i]));
			try {
				resource.load(new java.io.ByteArrayInputStream(
						namesAndTexts[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	public Model model(XtextResourceSet resourceSet, String name) {
		return (Model) resourceSet.getResource(URI.createURI("test:/" + name), false).getContents().get(0);
	}

	/** Every issue of every file, syntax, linking and validation alike. */
	public List<Issue> validate(XtextResourceSet resourceSet) {
		List<Issue> issues = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			issues.addAll(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		}
		return issues;
	}

	public List<Issue> validate(String text) {
		return validate(load("main.wpo", text));
	}

	public static String text(XtextResource resource) {
		return resource.getParseResult().getRootNode().getText();
	}
}
