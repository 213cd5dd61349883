package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Model;
import org.wpo.export.XmiExport;
import org.wpo.export.XmiImport;
import org.wpo.export.XmiImportException;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The XMI import: the inverse of the XMI export for the built-in model and for a user model that
 * refers to it, and its refusals of hostile or wrong files, each one line with file, line and column.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class XmiImportTest {

	private static final String SECRET = "wpo-secret-7f3a9c";

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

	private static final String NAMESPACES = "xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:wpo=\"http://www.wpo.org/dsl/Wpo\"";

	@TempDir
	Path dir;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	WpoTestSupport support;

	@Inject
	XmiImport xmiImport;

	private Path file(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}

	private XmiImportException refused(String name, String text) throws IOException {
		Path xmi = file(name, text);
		XmiImportException e = assertThrows(XmiImportException.class, () -> xmiImport.read(xmi, name));
		assertTrue(e.getMessage().startsWith(name + ":"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
		assertFalse(e.getMessage().contains(SECRET), e.getMessage());
		return e;
	}

	private Model parse(XtextResourceSet set, String name, String text) throws IOException {
		Resource resource = set.createResource(URI.createURI("test:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return (Model) resource.getContents().get(0);
	}

	/** Severity, code and message of each issue, in order: what validation said, wherever it said it. */
	private static List<String> verdicts(List<Issue> issues) {
		return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + " " + i.getMessage()).sorted().toList();
	}

	// ------------------------------------------------------------ the inverse of the export

	@Test
	void theBuiltInModelComesBackAsOneFileWithEqualContent() throws Exception {
		XtextResourceSet originalSet = resourceSets.get();
		List<Resource> library = BuiltInLibrary.load(originalSet);
		EcoreUtil.resolveAll(originalSet);
		List<Issue> originalIssues = support.validate(originalSet);
		assertEquals(List.of(), originalIssues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList());

		Path xmi = file("mswpo.xmi", XmiExport.write(library));
		XmiImport.Imported imported = xmiImport.read(xmi, "mswpo.xmi");
		assertTrue(imported.text().startsWith("model mswpo\n\nlayers {\n\tlayer application \"Application Layer\"\n"),
				imported.text().substring(0, 200));

		// Parsed on its own (beside the built-in model its names would be duplicates), the text
		// has no syntax or linking problem and validates like the original: the same warnings.
		XtextResourceSet reparsedSet = resourceSets.get();
		Model reparsed = parse(reparsedSet, "mswpo.wpo", imported.text());
		EcoreUtil.resolveAll(reparsedSet);
		assertEquals(List.of(), reparsed.eResource().getErrors());
		assertEquals(verdicts(originalIssues), verdicts(support.validate(reparsedSet)));
		assertEquals(2, originalIssues.size(), originalIssues.toString());

		// One model of the thirteen files: their name, no imports, their members in order.
		assertEquals("mswpo", reparsed.getName());
		assertEquals(List.of(), reparsed.getImports());
		List<EObject> members = library.stream().flatMap(r -> ((Model) r.getContents().get(0)).getMembers().stream())
				.map(EObject.class::cast).toList();
		assertEquals(members.size(), reparsed.getMembers().size());
		assertTrue(EcoreUtil.equals(members, List.copyOf(reparsed.getMembers())));
		assertTrue(EcoreUtil.equals(members, List.copyOf(imported.model().getMembers())));
	}

	@Test
	void aUserModelKeepsItsImportAndItsReferencesIntoTheBuiltInModel() throws Exception {
		String text = """
				model acme

				import mswpo

				area 1 "Remote management" {
					protocol MS-ACME "ACME Management Protocol" {
						layer application
						status current
						description "Manages \\"ACME\\" appliances over DCOM."
						runs-over DCOM section 1
						uses mswpo::MS-RPCE note "for binding"
						applies from "Windows Server 2008"
					}
				}

				extend MS-RPCE {
					extends MS-ACME
				}
				""";
		XtextResourceSet originalSet = resourceSets.get();
		BuiltInLibrary.load(originalSet);
		Model original = parse(originalSet, "acme.wpo", text);
		EcoreUtil.resolveAll(originalSet);
		assertEquals(List.of(), support.validate(originalSet).stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.map(Issue::getMessage).toList());

		Path xmi = file("acme.xmi", XmiExport.write(List.of(original.eResource())));
		assertTrue(Files.readString(xmi).contains("wpo-library:/mswpo/"), "the export refers into the built-in model");
		XmiImport.Imported imported = xmiImport.read(xmi, "acme.xmi");
		// The same model, in the serializer's words: a feature equal to its default (status current)
		// is not in EMF's model, relations come after the other features, an alias (DCOM) is written
		// as the element's name, and a name the import makes visible without its qualifier.
		assertEquals("""
				model acme

				import mswpo

				area 1 "Remote management" {
					protocol MS-ACME "ACME Management Protocol" {
						layer application
						description "Manages \\"ACME\\" appliances over DCOM."
						applies from "Windows Server 2008"
						runs-over MS-DCOM section 1
						uses MS-RPCE note "for binding"
					}
				}

				extend MS-RPCE {
					extends MS-ACME
				}
				""", imported.text());
		assertTrue(EcoreUtil.equals(original, imported.model()));
	}

	@Test
	void theFilesOfOneModelBecomeOneFileAndReferencesBetweenThemStay() throws Exception {
		XtextResourceSet set = resourceSets.get();
		Model first = parse(set, "a.wpo", "model acme\nimport mswpo\narea 1 \"One\" { technology A { uses B } }\n");
		Model second = parse(set, "b.wpo", "model acme\nimport mswpo\ntechnology B { area 1 runs-over A }\n");
		EcoreUtil.resolveAll(set);
		Path xmi = file("acme.xmi", XmiExport.write(List.of(first.eResource(), second.eResource())));
		assertEquals("""
				model acme

				import mswpo

				area 1 "One" {
					technology A {
						uses B
					}
				}

				technology B {
					area 1
					runs-over A
				}
				""", xmiImport.read(xmi, "acme.xmi").text());
	}

	// ------------------------------------------------------------ hostile files

	@Test
	void anExternalEntityIsRefusedAndTheFileItNamesIsNotRead() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
		XmiImportException e = refused("xxe.xmi", HEAD
				+ "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<wpo:Model " + NAMESPACES + " name=\"&e;\"/>\n");
		assertEquals(2, e.line());
		assertTrue(e.column() > 0);
		assertTrue(e.getMessage().startsWith("xxe.xmi:2:" + e.column() + ": refused: a DOCTYPE declaration is not allowed"),
				e.getMessage());
	}

	@Test
	void aParameterEntityAndAnExternalDtdAreRefused() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
		Path dtd = Files.writeString(dir.resolve("evil.dtd"),
				"<!ENTITY % s SYSTEM \"" + secret.toUri() + "\">\n<!ENTITY all \"%s;\">\n");
		XmiImportException parameter = refused("pe.xmi", HEAD
				+ "<!DOCTYPE x [<!ENTITY % d SYSTEM \"" + dtd.toUri() + "\"> %d;]>\n"
				+ "<wpo:Model " + NAMESPACES + " name=\"&all;\"/>\n");
		assertEquals(2, parameter.line());
		assertTrue(parameter.reason().contains("DOCTYPE"), parameter.getMessage());
		XmiImportException external = refused("dtd.xmi", HEAD
				+ "<!DOCTYPE wpo:Model SYSTEM \"" + dtd.toUri() + "\">\n"
				+ "<wpo:Model " + NAMESPACES + " name=\"x\"/>\n");
		assertEquals(2, external.line());
		assertTrue(external.reason().contains("DOCTYPE"), external.getMessage());
	}

	@Test
	void billionLaughsIsRefusedBeforeAnyExpansion() throws Exception {
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			entities.append("<!ENTITY lol").append(i).append(" \"")
					.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
		}
		XmiImportException e = refused("lol.xmi", HEAD + "<!DOCTYPE lolz [\n" + entities + "]>\n"
				+ "<wpo:Model " + NAMESPACES + " name=\"&lol9;\"/>\n");
		assertEquals(2, e.line());
		assertTrue(e.reason().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void aReferenceToAnotherDocumentIsRefusedUnresolved() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.xmi"), SECRET);
		XmiImportException e = refused("href.xmi", HEAD + "<wpo:Model " + NAMESPACES + " name=\"x\">\n"
				+ "  <members xsi:type=\"wpo:Technology\" name=\"T\" layer=\"" + secret.toUri() + "#//@members.0\"/>\n"
				+ "</wpo:Model>\n");
		assertTrue(e.reason().startsWith("refused: it refers to " + secret.toUri() + ", another document"),
				e.getMessage());
	}

	@Test
	void neitherASchemaLocationNorAProxyInPlaceOfAnObjectIsFollowed() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.ecore"), SECRET);
		XmiImportException schema = refused("schema.xmi", HEAD + "<acme:Thing xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
				+ " xmlns:acme=\"http://acme.example/thing\" xsi:schemaLocation=\"http://acme.example/thing "
				+ secret.toUri() + "\"/>\n");
		assertEquals(2, schema.line());
		assertTrue(schema.reason().startsWith("not an XMI document of the WPO model: it uses the metamodel"
				+ " http://acme.example/thing"), schema.getMessage());
		XmiImportException root = refused("root.xmi", HEAD + "<xmi:XMI " + NAMESPACES + ">\n"
				+ "  <wpo:Model href=\"" + secret.toUri() + "#/\"/>\n</xmi:XMI>\n");
		assertTrue(root.reason().startsWith("refused: it refers to " + secret.toUri()), root.getMessage());
		XmiImportException member = refused("member.xmi", HEAD + "<wpo:Model " + NAMESPACES + " name=\"x\">\n"
				+ "  <members xsi:type=\"wpo:Technology\" href=\"" + secret.toUri() + "#/\"/>\n</wpo:Model>\n");
		assertTrue(member.reason().startsWith("refused: it refers to " + secret.toUri()), member.getMessage());
	}

	@Test
	void aReferenceIntoTheBuiltInModelMustNameAnObjectOfTheRightType() throws Exception {
		XmiImportException e = refused("type.xmi", HEAD + "<wpo:Model " + NAMESPACES + " name=\"x\">\n"
				+ "  <members xsi:type=\"wpo:Technology\" name=\"T\""
				+ " layer=\"wpo-library:/mswpo/00-layers-products.wpo#//@members.1/@products.0\"/>\n"
				+ "</wpo:Model>\n");
		assertTrue(e.reason().endsWith("which is no Layer of the built-in model"), e.getMessage());
	}

	// ------------------------------------------------------------ wrong files

	@Test
	void malformedXmlNamesLineAndColumn() throws Exception {
		XmiImportException e = refused("bad.xmi", HEAD + "<wpo:Model " + NAMESPACES + " name=\"x\">\n  <members\n"
				+ "</wpo:Model>\n");
		assertEquals(4, e.line());
		assertTrue(e.reason().startsWith("malformed XML: "), e.getMessage());
	}

	@Test
	void anXmiOfAnotherMetamodelIsNotAWpoModel() throws Exception {
		XmiImportException e = refused("ecore.xmi", HEAD + "<ecore:EPackage xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"p\"/>\n");
		assertEquals(2, e.line());
		assertEquals("not an XMI document of the WPO model: it uses the metamodel http://www.eclipse.org/emf/2002/Ecore"
				+ " (expected http://www.wpo.org/dsl/Wpo)", e.reason());
	}

	@Test
	void anUnknownAttributeOrClassIsNamedWithItsPlace() throws Exception {
		XmiImportException feature = refused("feature.xmi",
				HEAD + "<wpo:Model " + NAMESPACES + " name=\"x\" colour=\"red\"/>\n");
		assertEquals(2, feature.line());
		assertEquals("not a valid XMI document of the WPO model: feature 'colour' not found", feature.reason());
		XmiImportException root = refused("area.xmi", HEAD + "<wpo:Area " + NAMESPACES + " name=\"1\"/>\n");
		assertEquals("not a WPO model: a top-level element is of type Area, where an export has only Model elements",
				root.reason());
	}

	@Test
	void filesOfDifferentModelsAreRefused() throws Exception {
		XmiImportException e = refused("two.xmi", HEAD + "<xmi:XMI " + NAMESPACES + ">\n"
				+ "  <wpo:Model name=\"acme\"/>\n  <wpo:Model name=\"other\"/>\n</xmi:XMI>\n");
		assertEquals("it holds files of different models (acme, other); one .wpo file holds one model", e.reason());
	}

	@Test
	void aModelTheLanguageCannotWriteIsRefused() throws Exception {
		XmiImportException e = refused("empty-relation.xmi", HEAD + "<wpo:Model " + NAMESPACES + " name=\"x\">\n"
				+ "  <members xsi:type=\"wpo:Technology\" name=\"T\"><relations kind=\"uses\"/></members>\n"
				+ "</wpo:Model>\n");
		assertEquals("the model cannot be written as .wpo text: Relation.targets violates the lower bound: It holds"
				+ " 0 values, but at least 1 are required (at Model'x'.members[0]->Technology'T'.relations[0]->Relation)",
				e.reason());
	}

	@Test
	void anEmptyOrMissingFileIsOneLine() throws Exception {
		assertEquals("empty.xmi: the file is empty, not an XMI document", refused("empty.xmi", "").getMessage());
		XmiImportException missing = assertThrows(XmiImportException.class,
				() -> xmiImport.read(dir.resolve("missing.xmi"), "missing.xmi"));
		assertEquals("missing.xmi: cannot read the file (no such file)", missing.getMessage());
	}
}
