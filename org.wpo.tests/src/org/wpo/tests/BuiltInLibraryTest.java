package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.tests.WpoInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class BuiltInLibraryTest {

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	WpoTestSupport support;

	@Test
	void builtInModelHasNoErrors() {
		XtextResourceSet set = resourceSets.get();
		var resources = BuiltInLibrary.load(set);
		assertFalse(resources.isEmpty());
		EcoreUtil.resolveAll(set);
		List<Issue> errors = support.validate(set).stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.collect(Collectors.toList());
		assertEquals(List.of(), errors.stream().map(i -> i.getUriToProblem().trimFragment().lastSegment() + ":"
				+ i.getLineNumber() + ":" + i.getColumn() + ": " + i.getCode() + ": " + i.getMessage()).toList());
	}
}
