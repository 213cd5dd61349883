package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.wpo.dsl.validation.WpoIssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class BuiltInLibraryTest {

	/** The warnings the model keeps on purpose; each is explained in the library's README.md. */
	static final List<String> EXPECTED_WARNINGS = List.of(
			WpoIssueCodes.EMPTY_AREA + " Area '2.1' is empty: nothing is declared or placed in it, and no element cites it.",
			WpoIssueCodes.EMPTY_AREA + " Area '6.1' is empty: nothing is declared or placed in it, and no element cites it.");

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
		assertEquals(List.of(), errors.stream().map(BuiltInLibraryTest::describe).toList());
	}

	@Test
	void onlyTheDocumentedWarningsRemain() {
		BuiltInModel model = BuiltInModel.get(resourceSets.get(), support);
		List<String> warnings = model.issues.stream().filter(i -> i.getSeverity() == Severity.WARNING)
				.map(i -> i.getCode() + " " + i.getMessage()).sorted().toList();
		assertEquals(EXPECTED_WARNINGS, warnings);
	}

	@Test
	void readmeExplainsEveryRemainingWarning() throws IOException {
		String readme;
		try (InputStream in = BuiltInLibrary.open("README.md")) {
			readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		for (String warning : EXPECTED_WARNINGS) {
			String message = warning.substring(warning.indexOf(' ') + 1);
			assertTrue(readme.contains(message), "README.md does not quote the warning: " + message);
		}
	}

	@Test
	void libraryIsTheIndexedFilesWithoutTheExample() {
		List<String> files = BuiltInLibrary.fileNames();
		assertFalse(files.contains("example.wpo"));
		assertEquals("00-layers-products.wpo", files.get(0));
		assertEquals(13, files.size(), files.toString());
		assertEquals(java.util.Map.of("windows", "windows-releases.wpo"), BuiltInLibrary.optionalFiles());
	}

	static String describe(Issue i) {
		return i.getUriToProblem().trimFragment().lastSegment() + ":" + i.getLineNumber() + ":" + i.getColumn() + ": "
				+ i.getCode() + ": " + i.getMessage();
	}
}
