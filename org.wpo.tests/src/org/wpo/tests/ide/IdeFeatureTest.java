package org.wpo.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Installing org.wpo.feature from the update site gives a working diagram editor: p2 installs what
 * the feature requires and what its bundles require, and nothing of WPO Studio requires Sirius's UI
 * (the diagram editor, viewpoint selection, the Modeling perspective) or its Xtext integration (a
 * resource set with live scopes, and saving Xtext resources without the serializer's concrete-syntax
 * validation); so the feature must require those features itself, at the versions the sites the
 * update site names provide.
 */
class IdeFeatureTest {

	/** The Sirius that Eclipse 2025-03 ships (its release repository aggregates Sirius 7.4.7). */
	static final String SIRIUS = "7.4.7";

	static final String RELEASE = "https://download.eclipse.org/releases/2025-03/";

	/**
	 * The bundles of the features the feature requires, as those features' feature.xml list them
	 * (Xtext 2.42, Sirius 7.4): only those this test relies on.
	 */
	static final Map<String, List<String>> FEATURE_BUNDLES = Map.of(
			"org.eclipse.xtext.runtime", List.of("org.eclipse.xtext", "org.eclipse.xtext.util", "org.eclipse.xtext.builder"),
			"org.eclipse.xtext.ui", List.of("org.eclipse.xtext.ui", "org.eclipse.xtext.ui.shared",
					"org.eclipse.xtext.ui.codetemplates.ui", "org.eclipse.xtext.ide"),
			"org.eclipse.xtext.xbase.lib", List.of("org.eclipse.xtext.xbase.lib"),
			"org.eclipse.sirius.runtime.ide.ui", List.of("org.eclipse.sirius.ui", "org.eclipse.sirius.diagram.ui",
					"org.eclipse.sirius.common.ui"),
			// runtime.ide.ui includes org.eclipse.sirius.runtime, whose bundles these are.
			"org.eclipse.sirius.runtime", List.of("org.eclipse.sirius", "org.eclipse.sirius.diagram"),
			"org.eclipse.sirius.runtime.aql", List.of("org.eclipse.sirius.common.acceleo.aql"),
			"org.eclipse.sirius.runtime.ide.xtext", List.of("org.eclipse.sirius.common.xtext"));

	static Path root;
	static Element feature;
	static Map<String, String> requiredFeatures;
	static String xtext;

	@BeforeAll
	static void read() throws Exception {
		root = IdeFiles.root();
		feature = IdeFiles.xml(root.resolve("org.wpo.feature/feature.xml")).getDocumentElement();
		requiredFeatures = new TreeMap<>();
		for (Element imported : IdeFiles.elements(feature, "import")) {
			if (!imported.getAttribute("feature").isEmpty()) {
				requiredFeatures.put(imported.getAttribute("feature"),
						imported.getAttribute("version") + " " + imported.getAttribute("match"));
			}
		}
		Matcher property = Pattern.compile("<xtext-version>([^<]+)</xtext-version>").matcher(Files.readString(root.resolve("pom.xml")));
		assertTrue(property.find());
		xtext = property.group(1);
	}

	@Test
	void theFeatureRequiresTheDiagramEditorAqlAndSiriusXtextIntegration() {
		for (String sirius : List.of("org.eclipse.sirius.runtime.ide.ui", "org.eclipse.sirius.runtime.aql",
				"org.eclipse.sirius.runtime.ide.xtext")) {
			assertEquals(SIRIUS + " compatible", requiredFeatures.get(sirius), sirius + " in " + requiredFeatures);
		}
		// What makes the diagram editor work is in them: the editor, viewpoint selection, the AQL
		// interpreter, the Xtext resource set and saving policy.
		Set<String> installed = new TreeSet<>();
		requiredFeatures.keySet().forEach(f -> installed.addAll(FEATURE_BUNDLES.getOrDefault(f, List.of())));
		if (requiredFeatures.containsKey("org.eclipse.sirius.runtime.ide.ui")) {
			installed.addAll(FEATURE_BUNDLES.get("org.eclipse.sirius.runtime"));
		}
		assertTrue(installed.containsAll(List.of("org.eclipse.sirius.diagram.ui", "org.eclipse.sirius.ui",
				"org.eclipse.sirius.common.acceleo.aql", "org.eclipse.sirius.common.xtext")), installed::toString);
	}

	@Test
	void theFeatureRequiresXtextsRuntimeAndUiNotItsSdk() {
		assertEquals(xtext + " compatible", requiredFeatures.get("org.eclipse.xtext.runtime"));
		assertEquals(xtext + " compatible", requiredFeatures.get("org.eclipse.xtext.ui"));
		assertEquals(xtext + " compatible", requiredFeatures.get("org.eclipse.xtext.xbase.lib"));
		assertTrue(requiredFeatures.keySet().stream().noneMatch(f -> f.endsWith(".sdk")), requiredFeatures::toString);
	}

	@Test
	void everyOutsideBundleTheEditorBundlesRequireComesWithARequiredFeatureOrThePlatform() throws Exception {
		Set<String> fromFeatures = new TreeSet<>();
		requiredFeatures.keySet().forEach(f -> fromFeatures.addAll(FEATURE_BUNDLES.getOrDefault(f, List.of())));
		if (requiredFeatures.containsKey("org.eclipse.sirius.runtime.ide.ui")) {
			fromFeatures.addAll(FEATURE_BUNDLES.get("org.eclipse.sirius.runtime"));
		}
		for (Element plugin : IdeFiles.elements(feature, "import")) {
			if (!plugin.getAttribute("plugin").isEmpty()) {
				fromFeatures.add(plugin.getAttribute("plugin"));
			}
		}
		List<String> problems = new ArrayList<>();
		for (String bundle : List.of("org.wpo.dsl.ui", "org.wpo.design")) {
			Path folder = root.resolve(bundle);
			for (String required : IdeFiles.mandatory(IdeFiles.manifest(folder).getValue("Require-Bundle"))) {
				boolean ours = required.startsWith("org.wpo.");
				// The Eclipse IDE the feature is installed into has the platform and EMF's core;
				// p2 brings the rest of EMF from the release repository the site names.
				boolean platform = required.startsWith("org.eclipse.ui") || required.startsWith("org.eclipse.core.")
						|| required.startsWith("org.eclipse.jface") || required.equals("org.eclipse.swt")
						|| required.equals("org.eclipse.compare") || required.startsWith("org.eclipse.emf.");
				if (!ours && !platform && !fromFeatures.contains(required)) {
					problems.add(bundle + " requires " + required + ", which no required feature brings");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void theSitesNamedAreThoseOfTheVersionsRequired() throws Exception {
		Document category = IdeFiles.xml(root.resolve("org.wpo.site/category.xml"));
		Set<String> sites = new TreeSet<>();
		IdeFiles.elements(category, "repository-reference").forEach(r -> sites.add(r.getAttribute("location")));
		assertEquals(Set.of(RELEASE, "https://download.eclipse.org/modeling/tmf/xtext/updates/releases/" + xtext + "/",
				"https://download.eclipse.org/lsp4j/updates/releases/1.0.0/"), sites);
		// The build's target takes Sirius from the same release repository, at the same version.
		Document target = IdeFiles.xml(root.resolve("org.wpo.target.ide/org.wpo.target.ide.target"));
		for (Element location : IdeFiles.elements(target, "location")) {
			boolean sirius = IdeFiles.elements(location, "unit").stream()
					.anyMatch(u -> u.getAttribute("id").startsWith("org.eclipse.sirius."));
			if (sirius) {
				assertEquals(List.of(RELEASE), IdeFiles.elements(location, "repository").stream()
						.map(r -> r.getAttribute("location")).toList());
			}
		}
		String targetText = Files.readString(root.resolve("org.wpo.target.ide/org.wpo.target.ide.target"));
		for (String unit : List.of("org.eclipse.sirius.runtime.ide.ui.feature.group",
				"org.eclipse.sirius.runtime.aql.feature.group", "org.eclipse.sirius.runtime.ide.xtext.feature.group")) {
			assertTrue(targetText.contains("<unit id=\"" + unit + "\""), unit);
		}
	}
}
