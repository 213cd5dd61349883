package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Model;
import org.wpo.export.XmiExport;
import org.wpo.export.XmiImport;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The XMI export and import of a user's model on top of the built-in one with the features of users'
 * own models: a continued product line, the manages kind, a relation's via, condition and source, a
 * new element, and an extend block with aliases, a remark, sections, applicability and a relation.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class UserModelXmiTest {

	static final String MODEL = """
			model acme

			import mswpo

			products after "Windows Server 2012 R2" {
				product "Windows 10"
			}

			area 1 "Remote management" {
				protocol MS-ACME "ACME Management Protocol" {
					manages MS-SMB2
					runs-over MS-RPCE via "named pipes" only from "Windows 10" section 1 source MS-XYZ section 2.1
					uses TCP only in "Windows Server 2012 R2", "Windows 10" source "RFC 1001" note "for discovery"
				}
				new technology SMB "Acme SMB"
			}

			extend TCP {
				aka "Transmission Control"
				remark "Carries MS-ACME."
				sections 1
				applies from "Windows NT"
				uses MS-ACME only to "Windows 10"
			}
			""";

	@TempDir
	Path dir;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	XmiImport xmiImport;

	@Test
	void theNewFeaturesComeBackAsTheyWereWritten() throws Exception {
		XtextResourceSet set = resourceSets.get();
		BuiltInLibrary.load(set);
		Resource resource = set.createResource(URI.createURI("test:/acme.wpo"));
		resource.load(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(set);
		assertEquals(List.of(), resource.getErrors());
		Model original = (Model) resource.getContents().get(0);

		String xmi = XmiExport.write(List.of(resource));
		assertTrue(xmi.contains("sourceDocument=\"MS-XYZ\" sourceSection=\"2.1\""), xmi);
		assertTrue(xmi.contains("kind=\"manages\""), xmi);
		assertTrue(xmi.contains("new=\"true\""), xmi);
		Path file = Files.writeString(dir.resolve("acme.xmi"), xmi);
		XmiImport.Imported imported = xmiImport.read(file, "acme.xmi");
		assertEquals(MODEL, imported.text());
		assertTrue(EcoreUtil.equals(original, imported.model()));
	}

	@Test
	void anImportedFileParsesBackWithoutProblems() throws IOException, Exception {
		XtextResourceSet set = resourceSets.get();
		BuiltInLibrary.load(set);
		Resource resource = set.createResource(URI.createURI("test:/acme.wpo"));
		resource.load(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(set);
		Path file = Files.writeString(dir.resolve("acme.xmi"), XmiExport.write(List.of(resource)));
		String text = xmiImport.read(file, "acme.xmi").text();

		XtextResourceSet again = resourceSets.get();
		BuiltInLibrary.load(again);
		Resource reparsed = again.createResource(URI.createURI("test:/again.wpo"));
		reparsed.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(again);
		assertEquals(List.of(), reparsed.getErrors());
		assertEquals(RoundTripTest.describe(resource.getContents().get(0)),
				RoundTripTest.describe(reparsed.getContents().get(0)));
	}
}
