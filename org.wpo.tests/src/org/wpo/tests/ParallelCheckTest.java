package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.WorkspaceChecker;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.dsl.workspace.WpoDiagnostic.Severity;

import com.google.inject.Inject;

/**
 * Files are parsed on several threads: the outcome is that of parsing them one after the other, in
 * the order of their paths, with links across files and the problems of single files in place.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class ParallelCheckTest {

	private static final int FILES = 40;

	@Inject
	WorkspaceChecker checker;

	@TempDir
	Path dir;

	@Test
	void manyFilesGiveTheOutcomeOfParsingThemInOrder() throws Exception {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < FILES; i++) {
			String name = String.format("f%02d.wpo", i);
			names.add(dir.resolve(name).toString());
			// Each file runs over the previous file's protocol, so linking needs every file.
			String runsOver = i == 0 ? "TCP" : String.format("MS-P%02d", i - 1);
			String text = "model chain\nimport mswpo\narea " + (i + 1) + " \"Area " + i + "\" {\n"
					+ String.format("\tprotocol MS-P%02d \"Protocol %d\" {\n", i, i) + "\t\tlayer application\n"
					+ "\t\truns-over " + runsOver + "\n\t}\n}\n";
			if (i == 7) {
				text = text.replace("\t\tlayer application\n", "\t\tlayer application\n\t\tuses MS-NOWHERE\n");
			}
			if (i == 23) {
				text = text.replace("\t}\n}\n", "\t}\n");
			}
			Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
		}
		Files.write(dir.resolve("f40.wpo"), new byte[] { 'a', 0, 'b' });
		names.add(dir.resolve("f40.wpo").toString());
		String folder = dir.toString();

		CheckResult first = checker.check(List.of(folder));
		CheckResult second = checker.check(List.of(folder));

		assertEquals(names, first.files());
		List<String> loaded = first.resources().stream().map(r -> Path.of(r.getURI().toFileString()).toString()).toList();
		assertEquals(names.subList(0, FILES), loaded);
		List<Resource> inSet = first.resourceSet().getResources();
		assertEquals(first.resources(), inSet.subList(inSet.size() - FILES, inSet.size()));
		List<WpoDiagnostic> expected = List.of(
				new WpoDiagnostic(names.get(7), 6, 8, Severity.ERROR, "wpo.unresolved-reference",
						"Unresolved reference: no specification or technology named 'MS-NOWHERE' is visible here.",
						6, 18),
				new WpoDiagnostic(names.get(23), 7, 3, Severity.ERROR, "wpo.syntax-error",
						"mismatched input '<EOF>' expecting '}'", 8, 1),
				new WpoDiagnostic(names.get(40), 1, 2, Severity.ERROR, "wpo.binary-file",
						"This is a binary file, not a WPO text: it contains a NUL byte at byte offset 1."));
		assertEquals(expected, first.diagnostics());
		assertEquals(expected, second.diagnostics());
		for (Resource resource : first.resources()) {
			assertSame(first.resourceSet(), resource.getResourceSet());
			assertTrue(resource.isLoaded());
		}
	}

	@Test
	void aFileWithInvalidBytesKeepsItsPlaceAmongTheOthers() throws Exception {
		Files.writeString(dir.resolve("a.wpo"), "model m\nimport mswpo\narea 1 \"A\" {\n}\n");
		byte[] b = "model m\nimport mswpo\narea 3 \"B?\" {\n}\n".getBytes(StandardCharsets.US_ASCII);
		b[b.length - 7] = (byte) 0xE9;
		Files.write(dir.resolve("b.wpo"), b);
		Files.writeString(dir.resolve("c.wpo"), "model m\nimport mswpo\narea 2 \"C\" {\n}\n");

		CheckResult result = checker.check(List.of(dir.toString()));

		assertEquals(List.of("a.wpo", "b.wpo", "c.wpo"),
				result.files().stream().map(f -> Path.of(f).getFileName().toString()).toList());
		assertEquals(List.of("a.wpo", "b.wpo", "c.wpo"), result.resources().stream()
				.map(r -> Path.of(r.getURI().toFileString()).getFileName().toString()).toList());
		assertEquals(List.of("wpo.empty-area", "wpo.invalid-encoding"), result.diagnostics().stream()
				.filter(d -> d.file().endsWith("b.wpo")).map(WpoDiagnostic::code).toList());
	}
}
