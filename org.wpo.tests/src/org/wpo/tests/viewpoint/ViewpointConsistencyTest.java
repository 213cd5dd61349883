package org.wpo.tests.viewpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.services.sirius.WpoDiagramServices;

/**
 * The "WPO Architecture" viewpoint (org.wpo.design/description/wpo.odesign), checked headless: it
 * loads with plain EMF against Sirius's own metamodel as a valid viewpoint specification, like the
 * sample .odesign from Sirius that serves as positive control; its domain classes, features, service
 * calls and styles are those of the WPO model, of org.wpo.services' services and of DiagramStyle; and
 * the check fails when the file is wrong.
 */
class ViewpointConsistencyTest {

	/** The namespace of the control's metamodel, which lives in Sirius's tests and is not here. */
	static final String STATEMACHINE = "http://www.eclipse.org/sirius/tests/sample/xtext/Statemachine";

	static Path root;
	static Path odesign;
	static SiriusMetamodel sirius;

	@TempDir
	Path temporary;

	static Path siriusFolder;

	@BeforeAll
	static void loadSiriusMetamodel() {
		String property = System.getProperty("wpo.root");
		root = Paths.get(property != null ? property : System.getProperty("user.dir")).toAbsolutePath().normalize();
		odesign = root.resolve("org.wpo.design/description/wpo.odesign");
		siriusFolder = root.resolve(SiriusMetamodel.FOLDER);
		sirius = SiriusMetamodel.load(siriusFolder);
	}

	@BeforeEach
	void requireViewpoint() {
		assertTrue(Files.isRegularFile(odesign), "missing " + odesign);
	}

	private static List<String> meaning(Path file) {
		List<String> skipped = new ArrayList<>();
		ViewpointCheck.Loaded loaded = ViewpointCheck.load(sirius, file, Set.of(), skipped);
		assertEquals(List.of(), loaded.problems());
		// org.wpo.design is not built here; its service class only inherits WpoDiagramServices' services
		// (see theDesignBundlesServiceClassOnlyConnectsTheEditServicesToTheWorkbench).
		return ViewpointCheck.meaning(sirius, loaded.resource(),
				java.util.Map.of("org.wpo.design.WpoServices", WpoDiagramServices.class));
	}

	/** A copy of the viewpoint with one piece of text replaced (it must occur). */
	private Path variant(String from, String to, boolean all) throws IOException {
		String text = Files.readString(odesign);
		assertTrue(text.contains(from), from);
		Path copy = temporary.resolve("variant.odesign");
		Files.writeString(copy, all ? text.replace(from, to) : text.replaceFirst(Pattern.quote(from),
				Matcher.quoteReplacement(to)));
		return copy;
	}

	// ------------------------------------------------------------------ loading

	@Test
	void siriusSampleLoadsAsAValidViewpointSpecification() {
		List<String> skipped = new ArrayList<>();
		ViewpointCheck.Loaded loaded = ViewpointCheck.load(sirius,
				sirius.folder().resolve("samples/statemachine.odesign"), Set.of(STATEMACHINE), skipped);
		assertEquals(List.of(), loaded.problems());
		// The only reference that cannot resolve here: the sample's own metamodel.
		assertEquals(List.of("StateMachine/StateMachineDiagram.metamodel -> " + STATEMACHINE
				+ "#/ (metamodel not available here)"), skipped);
	}

	@Test
	void wpoViewpointLoadsWithEveryReferenceResolvedAndNoDiagnosticError() {
		List<String> skipped = new ArrayList<>();
		ViewpointCheck.Loaded loaded = ViewpointCheck.load(sirius, odesign, Set.of(), skipped);
		assertEquals(List.of(), loaded.problems());
		assertEquals(List.of(), skipped);
		assertNotNull(loaded.resource());
	}

	@Test
	void aDanglingReferenceFailsTheLoad() throws IOException {
		Path broken = variant("[name='AM_Reconnect']", "[name='AM_Reconect']", true);
		List<String> problems = ViewpointCheck.load(sirius, broken, Set.of(), new ArrayList<>()).problems();
		assertFalse(problems.isEmpty());
		assertTrue(problems.stream().anyMatch(p -> p.contains("AM_Reconect")), problems.toString());
	}

	// ------------------------------------------------------------------ meaning

	@Test
	void domainClassesFeaturesServicesToolsFiltersAndStylesAreConsistent() {
		assertEquals(List.of(), meaning(odesign));
	}

	@Test
	void aMisspeltFeatureFailsTheCheck() throws IOException {
		Path misspelt = variant("semanticCandidatesExpression=\"feature:members\"",
				"semanticCandidatesExpression=\"feature:memebrs\"", false);
		assertEquals(List.of("WPOArchitecture/AreaMap/Default/AM_Area: semanticCandidatesExpression \"feature:memebrs\": Model has no"
				+ " feature 'memebrs'"), meaning(misspelt));
	}

	@Test
	void aMisspeltNavigationInAqlFailsTheCheck() throws IOException {
		Path misspelt = variant("aql:self.name + ' stack'", "aql:self.nmae + ' stack'", false);
		assertEquals(List.of("WPOArchitecture/ProtocolStack: titleExpression \"aql:self.nmae + ' stack'\": Specification has no"
				+ " feature 'nmae'"), meaning(misspelt));
	}

	@Test
	void aServiceCalledWithTheWrongArgumentsFailsTheCheck() throws IOException {
		Path wrong = variant("aql:source.createRelation(target, 'uses')", "aql:source.createRelation('uses')", false);
		assertEquals(List.of("WPOArchitecture/AreaMap/Relations/AMR_Tools/AM_DrawUses/InitEdgeCreationOperation/ChangeContext: browseExpression"
				+ " \"aql:source.createRelation('uses')\": no service createRelation(Element, String); there are"
				+ " createRelation(Element, Element, String)",
				// The diagram then has no tool that draws uses edges.
				"WPOArchitecture/AreaMap: has no tool to draw uses"), meaning(wrong));
	}

	@Test
	void anUnknownServiceFailsTheCheck() throws IOException {
		Path wrong = variant("aql:self.areaElements()", "aql:self.areaElement()", false);
		assertEquals(List.of("WPOArchitecture/AreaMap/Default/AM_Area/AM_Element: semanticCandidatesExpression"
				+ " \"aql:self.areaElement()\": no service named areaElement"), meaning(wrong));
	}

	@Test
	void aDomainClassOutsideTheWpoMetamodelFailsTheCheck() throws IOException {
		Path wrong = variant("domainClass=\"wpo::Layer\"", "domainClass=\"wpo::Layr\"", false);
		List<String> problems = meaning(wrong);
		assertTrue(problems.contains("WPOArchitecture/LayerStack/Default/LS_Stack/LS_Lane: domain class 'wpo::Layr' is not a class of"
				+ " the WPO metamodel"), problems.toString());
	}

	@Test
	void aColorThatIsNotDiagramStylesFailsTheCheck() throws IOException {
		Path wrong = variant("red=\"59\" green=\"110\" blue=\"165\" name=\"wpo-3B6EA5\"",
				"red=\"60\" green=\"110\" blue=\"165\" name=\"wpo-3B6EA5\"", false);
		List<String> problems = meaning(wrong);
		// The protocol's current border, in each of the three diagrams.
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(p -> p.endsWith(
				"protocol/current border: #3C6EA5 where DiagramStyle has #3B6EA5")), problems.toString());
	}

	@Test
	void managesEdgesAreDrawnFilteredAndStyledLikeDiagramStyle() throws IOException {
		String text = Files.readString(odesign);
		assertTrue(text.contains("preconditionExpression=\"aql:self.isKind('manages')\""));
		assertTrue(text.contains("aql:source.createRelation(target, 'manages')"));
		assertTrue(text.contains("name=\"AM_HideManages\" label=\"Hide manages\""));
		// Drawn like specified-by (a dotted line), manages would be a style DiagramStyle does not give.
		Path dotted = variant("lineStyle=\"dash\" sourceArrow=\"NoDecoration\" targetArrow=\"Dot\"",
				"lineStyle=\"dot\" sourceArrow=\"NoDecoration\" targetArrow=\"Dot\"", false);
		assertEquals(List.of("WPOArchitecture/AreaMap/Relations/AM_Manages: manages edge line: dot where DiagramStyle gives dash"),
				meaning(dotted));
	}

	@Test
	void anAreaMapWithoutManagesEdgesFailsTheCheck() throws IOException {
		Path without = variant("aql:self.isKind('manages')", "aql:self.isKind('manage')", false);
		List<String> problems = meaning(without);
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("WPOArchitecture/AreaMap: draws the relation kinds")
				&& p.contains("not [runs-over, extends, profile-of, uses, requires, replaces, renamed-from, obsoletes,"
						+ " part-of, specified-by, manages]")), problems.toString());
	}

	@Test
	void aToolThatChangesTheModelWithoutAServiceFailsTheCheck() throws IOException {
		Path wrong = variant("browseExpression=\"aql:container.createArea()\"", "browseExpression=\"var:container\"",
				false);
		assertEquals(List.of("WPOArchitecture/AreaMap/Default/AM_Tools/AM_CreateArea: calls no Java service; every tool's logic lives"
				+ " in a service"), meaning(wrong));
	}

	// ------------------------------------------------------------------ the services' side

	@Test
	void theDesignBundlesServiceClassOnlyConnectsTheEditServicesToTheWorkbench() throws IOException {
		String source = Files.readString(root.resolve("org.wpo.design/src/org/wpo/design/WpoServices.java"),
				StandardCharsets.UTF_8);
		assertTrue(source.contains("import org.wpo.services.sirius.WpoDiagramServices;"));
		assertTrue(source.contains("public class WpoServices extends WpoDiagramServices {"));
		// Members of the class itself (one tab in): a nested helper's public methods are no services.
		Matcher publicMethod = Pattern.compile("\\n\\tpublic\\s+(?!class)[\\w<>\\[\\], ]+\\s+\\w+\\s*\\(")
				.matcher(source);
		assertFalse(publicMethod.find(), "the design bundle declares a service of its own");
		assertTrue(Files.readString(odesign).contains("<ownedJavaExtensions qualifiedClassName=\"org.wpo.design.WpoServices\"/>"));
	}

	@Test
	void theViewsTheServicesReadHaveTheFeaturesTheyRead() {
		EClass edge = sirius.eClass(SiriusMetamodel.DIAGRAM_NS, "DEdge");
		assertNotNull(edge.getEStructuralFeature("sourceNode"));
		assertNotNull(edge.getEStructuralFeature("targetNode"));
		for (String view : List.of("DNode", "DNodeContainer", "DNodeListElement", "DSemanticDiagram")) {
			assertNotNull(sirius.eClass(SiriusMetamodel.DIAGRAM_NS, view).getEStructuralFeature("target"), view);
		}
	}
}
