package org.wpo.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What Xtext writes for Eclipse when its Eclipse metadata is on, compared with what the repository
 * holds. The build runs GenerateWpoEclipseMetaData.mwe2 (GenerateWpoEclipse.mwe2 with
 * createEclipseMetaData on) into org.wpo.dsl/target/eclipse-metadata: its plugin.xml files, its
 * MANIFEST.MF files and the editor's generated UI module are the reference. So the metamodel is
 * registered with EMF in Eclipse (generated_package), which the viewpoint's metamodel reference and
 * EMF tools need before Xtext happens to load the package, and the hand-written editor matches the
 * code the -Pide build generates.
 */
class EclipseMetaDataTest {

	/**
	 * Extensions of the generated editor plugin.xml that the repository's leaves out on purpose, with
	 * why: "point class" -> reason.
	 */
	static final Map<String, String> LEFT_OUT = Map.of(
			"org.eclipse.ui.handlers org.wpo.dsl.ui.WpoExecutableExtensionFactory:org.eclipse.xtext.ui.generator.trace.OpenGeneratedFileHandler",
			"the language generates no files, so there is no generated file to open",
			"org.eclipse.ui.propertyPages org.wpo.dsl.ui.WpoExecutableExtensionFactory:org.eclipse.xtext.builder.preferences.BuilderPreferencePage",
			"the per-project compiler page configures generator output, which the language has none of;"
					+ " the builder's workspace preference page is declared");

	static Path root;
	static Path generated;

	@BeforeAll
	static void find() throws Exception {
		root = IdeFiles.root();
		generated = root.resolve("org.wpo.dsl/target/eclipse-metadata");
		assumeTrue(Files.isRegularFile(generated.resolve("org.wpo.dsl/plugin.xml")),
				"the build did not run GenerateWpoEclipseMetaData.mwe2 (it was run with -Dexec.skip)");
	}

	@Test
	void theMetamodelIsRegisteredInPluginXmlAsTheGeneratorRegistersIt() throws Exception {
		Set<String> expected = generatedPackages(generated.resolve("org.wpo.dsl/plugin.xml"));
		assertEquals(Set.of("http://www.wpo.org/dsl/Wpo org.wpo.dsl.wpo.WpoPackage model/generated/Wpo.genmodel"),
				expected);
		Path pluginXml = root.resolve("org.wpo.dsl/plugin.xml");
		assertTrue(Files.isRegularFile(pluginXml), "org.wpo.dsl has no plugin.xml: the metamodel is not registered");
		assertEquals(expected, generatedPackages(pluginXml));
		String buildProperties = Files.readString(root.resolve("org.wpo.dsl/build.properties"));
		assertTrue(buildProperties.contains("plugin.xml") && buildProperties.contains("model/"), buildProperties);
		// An extension needs a singleton bundle.
		assertTrue(IdeFiles.manifest(root.resolve("org.wpo.dsl")).getValue("Bundle-SymbolicName")
				.replace(" ", "").contains("singleton:=true"));
		// The viewpoint names the metamodel by the URI registered.
		String odesign = Files.readString(root.resolve("org.wpo.design/description/wpo.odesign"));
		assertTrue(odesign.contains("href=\"http://www.wpo.org/dsl/Wpo#/\""), "the .odesign's metamodel reference");
	}

	private static Set<String> generatedPackages(Path pluginXml) throws Exception {
		Set<String> packages = new TreeSet<>();
		for (Element extension : IdeFiles.elements(IdeFiles.xml(pluginXml), "extension")) {
			if (extension.getAttribute("point").equals("org.eclipse.emf.ecore.generated_package")) {
				for (Element p : IdeFiles.elements(extension, "package")) {
					packages.add(p.getAttribute("uri") + " " + p.getAttribute("class") + " " + p.getAttribute("genModel"));
				}
			}
		}
		return packages;
	}

	@Test
	void theEditorsPluginXmlDeclaresEveryExtensionTheGeneratorDeclares() throws Exception {
		Set<String> ours = extensions(root.resolve("org.wpo.dsl.ui/plugin.xml"));
		Set<String> theirs = extensions(generated.resolve("org.wpo.dsl.ui/plugin.xml"));
		assertTrue(theirs.size() > 20, theirs::toString);
		List<String> missing = new ArrayList<>();
		for (String extension : theirs) {
			if (!ours.contains(extension) && !LEFT_OUT.containsKey(extension)) {
				missing.add(extension);
			}
		}
		assertEquals(List.of(), missing);
	}

	/** Each extension as its point and the classes it names (one entry per class), or its point alone. */
	private static Set<String> extensions(Path pluginXml) throws Exception {
		Set<String> extensions = new TreeSet<>();
		for (Element extension : IdeFiles.elements(IdeFiles.xml(pluginXml), "extension")) {
			String point = extension.getAttribute("point");
			List<Element> all = IdeFiles.elements(extension, "*");
			boolean named = false;
			for (Element element : all) {
				if (!element.getAttribute("class").isEmpty()) {
					extensions.add(point + " " + element.getAttribute("class"));
					named = true;
				}
			}
			if (!named) {
				extensions.add(point);
			}
		}
		return extensions;
	}

	@Test
	void everyOverrideOfTheUiModuleOverridesAGeneratedMethod() throws Exception {
		Path abstractModule = generated.resolve("org.wpo.dsl.ui/src-gen/org/wpo/dsl/ui/AbstractWpoUiModule.java");
		Set<String> generatedMethods = methods(Files.readString(abstractModule), false);
		assertTrue(generatedMethods.contains("provideIAllContainersState"), generatedMethods::toString);
		Set<String> overrides = methods(Files.readString(root.resolve("org.wpo.dsl.ui/src/org/wpo/dsl/ui/WpoUiModule.java")), true);
		assertTrue(!overrides.isEmpty());
		Set<String> unknown = new TreeSet<>(overrides);
		unknown.removeAll(generatedMethods);
		assertEquals(Set.of(), unknown, "@Override on methods the generated AbstractWpoUiModule does not have");
	}

	private static Set<String> methods(String source, boolean overridesOnly) {
		Pattern method = Pattern.compile((overridesOnly ? "@Override\\s+" : "") + "public\\s+[^;{=(]+?\\s(\\w+)\\s*\\(");
		Set<String> names = new TreeSet<>();
		Matcher matcher = method.matcher(source);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	@Test
	void theMetaDataWorkflowIsTheEclipseWorkflowWithMetaDataOn() throws Exception {
		Path folder = root.resolve("org.wpo.dsl/src/org/wpo/dsl");
		String eclipse = body(Files.readString(folder.resolve("GenerateWpoEclipse.mwe2")));
		String metaData = body(Files.readString(folder.resolve("GenerateWpoEclipseMetaData.mwe2")));
		assertEquals(eclipse.replace("createEclipseMetaData = false", "createEclipseMetaData = true")
				.replace("var rootPath = \"..\"\n", "var rootPath = \"..\"\nvar grammarRoot = \"..\"\n")
				.replace("file:${rootPath}/org.wpo.dsl/src", "file:${grammarRoot}/org.wpo.dsl/src"), metaData);
		assertTrue(Files.readString(root.resolve("org.wpo.dsl/pom.xml")).contains("GenerateWpoEclipseMetaData.mwe2"));
	}

	/** A workflow without its module line and comments. */
	private static String body(String workflow) {
		return workflow.lines().filter(l -> !l.strip().startsWith("//") && !l.startsWith("module "))
				.filter(l -> !l.isBlank()).map(l -> l + "\n").reduce("", String::concat);
	}
}
