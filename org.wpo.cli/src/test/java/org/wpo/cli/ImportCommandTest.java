package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.wpo.Model;

/**
 * {@code wpo import}: the inverse of {@code wpo export --format xmi}, and one line on stderr with exit
 * status 2 for every XMI file it cannot or will not read, without reading any other file.
 */
class ImportCommandTest {

	private static final String SECRET = "wpo-secret-51d0e2";

	private static final String MODEL = "<wpo:Model xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:wpo=\"http://www.wpo.org/dsl/Wpo\" name=\"";

	@TempDir
	Path dir;

	private Path exportBuiltInModel() {
		Path xmi = dir.resolve("mswpo.xmi");
		WpoRun run = WpoRun.of("export", "--format", "xmi", "-o", xmi.toString());
		assertEquals(0, run.status(), run.toString());
		return xmi;
	}

	/** A refused import: exit 2, one line on stderr naming the file, nothing on stdout, nothing written. */
	private String refused(Path xmi) throws IOException {
		Path out = dir.resolve("out.wpo");
		WpoRun run = WpoRun.of("import", xmi.toString(), "-o", out.toString());
		assertEquals(2, run.status(), run.toString());
		assertEquals("", run.out(), run.toString());
		assertEquals(1, run.errLines().size(), run.toString());
		assertTrue(run.hasNoStackTrace(), run.toString());
		assertFalse(run.err().contains(SECRET), run.toString());
		assertFalse(Files.exists(out), "nothing is written");
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
		}
		String line = run.errLines().get(0);
		assertTrue(line.startsWith("wpo: " + xmi + ":"), line);
		return line.substring(("wpo: " + xmi + ":").length());
	}

	// ------------------------------------------------------------ the inverse of the export

	@Test
	void theBuiltInModelComesBackWithEqualContent() throws Exception {
		Path xmi = exportBuiltInModel();
		Path wpo = dir.resolve("mswpo.wpo");
		WpoRun run = WpoRun.of("import", xmi.toString(), "-o", wpo.toString());
		assertEquals(0, run.status(), run.toString());
		assertEquals(List.of("wrote " + wpo + ": model mswpo, 281 elements, 276 relations, 88 areas"), run.outLines());
		assertEquals("", run.err());

		XtextResourceSet set = Language.injector().getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createFileURI(wpo.toString()));
		resource.load(new ByteArrayInputStream(Files.readAllBytes(wpo)), null);
		EcoreUtil.resolveAll(set);
		assertEquals(List.of(), resource.getErrors());
		Model imported = (Model) resource.getContents().get(0);
		List<EObject> members = Language.checker().check(List.of()).resources().stream()
				.flatMap(r -> ((Model) r.getContents().get(0)).getMembers().stream()).map(EObject.class::cast).toList();
		assertTrue(EcoreUtil.equals(members, List.copyOf(imported.getMembers())));

		// Beside the built-in model its names would be taken twice; under another name it checks
		// like the built-in model: no errors and the same two warnings.
		Path renamed = Files.writeString(dir.resolve("copy.wpo"),
				Files.readString(wpo).replaceFirst("^model mswpo\n", "model copy\n"));
		WpoRun check = WpoRun.of("check", renamed.toString());
		assertEquals(0, check.status(), check.toString());
		String builtIn = WpoRun.of("check").outLines().stream().filter(l -> l.startsWith("checked")).findFirst().get();
		assertEquals("checked 1 file" + builtIn.substring(builtIn.indexOf("): ") + 1), check.outLines().get(2));
	}

	@Test
	void aUserModelOfTwoFilesExportsTheSameAfterItsImport() throws IOException {
		Fixtures.write(dir.resolve("acme/a.wpo"), """
				model acme
				import mswpo
				area 1 "Remote management" {
					protocol MS-ACME "ACME Management Protocol" {
						layer application
						runs-over DCOM section 1
						uses ACME-BUS note "for events"
						applies from "Windows Server 2008"
					}
				}
				""");
		Fixtures.write(dir.resolve("acme/b.wpo"), """
				model acme
				import mswpo
				technology ACME-BUS "An event bus" { area 1 runs-over TCP }
				extend MS-RPCE { extends MS-ACME }
				""");
		Path xmi = dir.resolve("acme.xmi");
		assertEquals(0, WpoRun.of("export", "--format", "xmi", "-o", xmi.toString(), dir.resolve("acme").toString())
				.status());
		WpoRun imported = WpoRun.of("import", xmi.toString());
		assertEquals(0, imported.status(), imported.toString());
		assertTrue(imported.out().startsWith("model acme\n\nimport mswpo\n\narea 1 \"Remote management\" {\n"),
				imported.out());
		Path wpo = Fixtures.write(dir.resolve("imported/acme.wpo"), imported.out());

		WpoRun check = WpoRun.of("check", wpo.toString());
		assertEquals(0, check.status(), check.toString());
		WpoRun before = WpoRun.of("export", "--format", "json", dir.resolve("acme").toString());
		WpoRun after = WpoRun.of("export", "--format", "json", wpo.toString());
		assertEquals(0, after.status(), after.toString());
		assertEquals(before.out(), after.out());
	}

	@Test
	void withoutOutputTheTextGoesToStdout() throws IOException {
		Path xmi = exportBuiltInModel();
		Path wpo = dir.resolve("mswpo.wpo");
		assertEquals(0, WpoRun.of("import", xmi.toString(), "-o", wpo.toString()).status());
		WpoRun run = WpoRun.of("import", xmi.toString());
		assertEquals(0, run.status(), run.toString());
		assertEquals("", run.err());
		assertEquals(Files.readString(wpo), run.out());
	}

	@Test
	void anExistingFileIsKeptUnlessForced() throws IOException {
		Path xmi = exportBuiltInModel();
		Path wpo = Files.writeString(dir.resolve("mine.wpo"), "model mine\n");
		WpoRun kept = WpoRun.of("import", xmi.toString(), "-o", wpo.toString());
		assertEquals(2, kept.status(), kept.toString());
		assertEquals(List.of("wpo: " + wpo + " exists; nothing written (--force replaces it)"), kept.errLines());
		assertEquals("model mine\n", Files.readString(wpo));

		WpoRun forced = WpoRun.of("import", xmi.toString(), "-o", wpo.toString(), "--force");
		assertEquals(0, forced.status(), forced.toString());
		assertTrue(Files.readString(wpo).startsWith("model mswpo\n"));
		try (var files = Files.list(dir)) {
			assertEquals(List.of("mine.wpo", "mswpo.xmi"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		WpoRun folder = WpoRun.of("import", xmi.toString(), "-o", dir.toString(), "--force");
		assertEquals(List.of("wpo: cannot write " + dir + " (a folder)"), folder.errLines());
		WpoRun alone = WpoRun.of("import", xmi.toString(), "--force");
		assertEquals(List.of("wpo: --force applies only with -o OUT"), alone.errLines());
	}

	// ------------------------------------------------------------ hostile files

	@Test
	void anExternalEntityIsRefusedAndTheSecretStaysUnread() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
		Path xmi = Files.writeString(dir.resolve("evil.xmi"), "<?xml version=\"1.0\"?>\n"
				+ "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n" + MODEL + "&e;\"/>\n");
		String line = refused(xmi);
		assertTrue(line.matches("2:[0-9]+: refused: a DOCTYPE declaration is not allowed .*"), line);
		// Printed to stdout, the secret would not be there either.
		WpoRun toStdout = WpoRun.of("import", xmi.toString());
		assertEquals(2, toStdout.status());
		assertFalse((toStdout.out() + toStdout.err()).contains(SECRET), toStdout.toString());
	}

	@Test
	void aParameterEntityInAnExternalDtdIsRefused() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
		Path dtd = Files.writeString(dir.resolve("evil.dtd"),
				"<!ENTITY % s SYSTEM \"" + secret.toUri() + "\">\n<!ENTITY all \"%s;\">\n");
		Path xmi = Files.writeString(dir.resolve("evil.xmi"), "<?xml version=\"1.0\"?>\n"
				+ "<!DOCTYPE x [<!ENTITY % d SYSTEM \"" + dtd.toUri() + "\"> %d;]>\n" + MODEL + "&all;\"/>\n");
		assertTrue(refused(xmi).matches("2:[0-9]+: refused: a DOCTYPE declaration is not allowed .*"));
		Path external = Files.writeString(dir.resolve("external.xmi"), "<?xml version=\"1.0\"?>\n"
				+ "<!DOCTYPE wpo:Model SYSTEM \"" + dtd.toUri() + "\">\n" + MODEL + "x\"/>\n");
		assertTrue(refused(external).matches("2:[0-9]+: refused: a DOCTYPE declaration is not allowed .*"));
	}

	@Test
	void billionLaughsIsRefused() throws IOException {
		StringBuilder entities = new StringBuilder("<!ENTITY a0 \"ha\">\n");
		for (int i = 1; i <= 9; i++) {
			entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
		}
		Path xmi = Files.writeString(dir.resolve("lol.xmi"),
				"<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n" + entities + "]>\n" + MODEL + "&a9;\"/>\n");
		assertTrue(refused(xmi).matches("2:[0-9]+: refused: a DOCTYPE declaration is not allowed .*"));
	}

	// ------------------------------------------------------------ wrong files

	@Test
	void malformedXmlIsOneLineWithItsPlace() throws IOException {
		Path xmi = Files.writeString(dir.resolve("bad.xmi"), "<?xml version=\"1.0\"?>\n" + MODEL + "x\">\n  <members\n");
		assertTrue(refused(xmi).matches("4:[0-9]+: malformed XML: .*"));
	}

	@Test
	void anXmiOfAnotherMetamodelIsOneLine() throws IOException {
		Path xmi = Files.writeString(dir.resolve("ecore.xmi"), "<?xml version=\"1.0\"?>\n<ecore:EPackage xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"p\"/>\n");
		assertTrue(refused(xmi).matches("2:[0-9]+: not an XMI document of the WPO model: it uses the metamodel"
				+ " http://www.eclipse.org/emf/2002/Ecore \\(expected http://www.wpo.org/dsl/Wpo\\)"));
	}

	@Test
	void anEmptyFileIsOneLine() throws IOException {
		Path xmi = Files.writeString(dir.resolve("empty.xmi"), "");
		assertEquals(" the file is empty, not an XMI document", refused(xmi));
	}

	@Test
	void aMissingFileIsOneLine() throws IOException {
		assertEquals(" cannot read the file (no such file)", refused(dir.resolve("missing.xmi")));
	}

	@Test
	void theCommandIsListedAndDocumented() {
		assertTrue(WpoRun.of("--help").out().contains("import"));
		WpoRun help = WpoRun.of("import", "--help");
		assertEquals(0, help.status());
		assertTrue(help.out().contains("Usage: wpo import [-hV] [--force] [-o=OUT] FILE"), help.out());
	}
}
