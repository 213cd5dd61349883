package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;
import org.wpo.edit.EditResult;
import org.wpo.edit.EditResult.Outcome;
import org.wpo.services.sirius.WpoDiagramServices;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The viewpoint's Java services as Sirius calls them: on objects of a loaded model, with diagram views
 * for the tools that pass one. The views are stand-ins with the names and features of Sirius's own
 * classes (DEdge.sourceNode/targetNode, DNode.target, DSemanticDiagram.target), which
 * ViewpointConsistencyTest checks against Sirius's metamodel. After each tool the model is loaded
 * again from the files, as the Sirius session reloads them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class DiagramServicesTest {

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path project;

	Path a;
	Path b;
	XtextResourceSet session;

	/** Records what the services report to the workbench. */
	final List<List<Path>> saves = new ArrayList<>();
	final List<EditResult> reports = new ArrayList<>();

	final WpoDiagramServices services = new WpoDiagramServices() {
		@Override
		protected void saved(List<Path> files) {
			saves.add(files);
		}

		@Override
		protected void report(EditResult result) {
			reports.add(result);
		}
	};

	@BeforeEach
	void writeProject() throws IOException {
		Files.writeString(project.resolve(".project"), "<projectDescription/>\n");
		a = project.resolve("a.wpo");
		b = project.resolve("models").resolve("b.wpo");
		Files.createDirectories(b.getParent());
		Files.writeString(a, EditOperationsTest.A);
		Files.writeString(b, EditOperationsTest.B);
		// A copy in build output is not part of the model.
		Files.createDirectories(project.resolve("target"));
		Files.writeString(project.resolve("target/a.wpo"), EditOperationsTest.A);
		reload();
	}

	/** Loads the two files (and the built-in model) as a Sirius session does. */
	private void reload() throws IOException {
		session = resourceSets.get();
		BuiltInLibrary.load(session);
		for (Path file : List.of(a, b)) {
			session.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		}
		EcoreUtil.resolveAll(session);
	}

	private Model model(Path file) {
		return (Model) session.getResource(URI.createFileURI(file.toAbsolutePath().toString()), false).getContents()
				.get(0);
	}

	private Element element(String name) {
		for (Resource resource : session.getResources()) {
			for (EObject object : (Iterable<EObject>) resource::getAllContents) {
				if (object instanceof Element element && name.equals(element.getName())) {
					return element;
				}
			}
		}
		throw new AssertionError(name);
	}

	private Area area(String name) {
		for (Path file : List.of(a, b)) {
			for (EObject object : (Iterable<EObject>) () -> model(file).eAllContents()) {
				if (object instanceof Area area && name.equals(area.getName())) {
					return area;
				}
			}
		}
		throw new AssertionError(name);
	}

	private Layer layer(String name) {
		return services.layerLanes(model(b)).stream().filter(l -> l.getName().equals(name)
				&& l.eResource() == model(b).eResource()).findFirst().orElseThrow();
	}

	// ------------------------------------------------------------------ views, as Sirius makes them

	private static final EPackage VIEWS = EcoreFactory.eINSTANCE.createEPackage();
	private static final EClass DNODE = viewClass("DNode", "target");
	private static final EClass DSEMANTIC_DIAGRAM = viewClass("DSemanticDiagram", "target");
	private static final EClass DEDGE = viewClass("DEdge", "sourceNode", "targetNode");

	static {
		VIEWS.setName("views");
		VIEWS.setNsURI("test:views");
		VIEWS.getEClassifiers().addAll(List.of(DNODE, DSEMANTIC_DIAGRAM, DEDGE));
		((EReference) DSEMANTIC_DIAGRAM.getEStructuralFeature("target")).setContainment(false);
		EReference children = EcoreFactory.eINSTANCE.createEReference();
		children.setName("ownedDiagramElements");
		children.setEType(EcorePackage.Literals.EOBJECT);
		children.setUpperBound(-1);
		children.setContainment(true);
		DSEMANTIC_DIAGRAM.getEStructuralFeatures().add(children);
	}

	private static EClass viewClass(String name, String... references) {
		EClass eClass = EcoreFactory.eINSTANCE.createEClass();
		eClass.setName(name);
		for (String reference : references) {
			EReference feature = EcoreFactory.eINSTANCE.createEReference();
			feature.setName(reference);
			feature.setEType(EcorePackage.Literals.EOBJECT);
			eClass.getEStructuralFeatures().add(feature);
		}
		return eClass;
	}

	private static EObject view(EClass type, Map<String, EObject> values) {
		EObject view = EcoreUtil.create(type);
		values.forEach((feature, value) -> view.eSet(type.getEStructuralFeature(feature), value));
		return view;
	}

	private static EObject edge(Element source, Element target) {
		return view(DEDGE, Map.of("sourceNode", view(DNODE, Map.of("target", source)), "targetNode",
				view(DNODE, Map.of("target", target))));
	}

	/** A lane of a diagram whose semantic root is the model of {@code file}. */
	@SuppressWarnings("unchecked")
	private EObject laneInDiagramOf(Path file, Layer layer) {
		EObject diagram = view(DSEMANTIC_DIAGRAM, Map.of("target", model(file)));
		EObject lane = view(DNODE, Map.of("target", layer));
		((List<EObject>) diagram.eGet(DSEMANTIC_DIAGRAM.getEStructuralFeature("ownedDiagramElements"))).add(lane);
		return lane;
	}

	private Relation relation(String source, int index) {
		return element(source).getRelations().get(index);
	}

	// ------------------------------------------------------------------ what the diagrams show

	@Test
	void queriesFollowDiagramContent() {
		assertEquals(List.of("MS-ACME", "MS-ACMS", "Pipes"), names(services.areaElements(area("90"))));
		assertEquals(List.of("MS-ACME", "MS-ACMS"), names(services.laneElements(layer("app"))));
		assertEquals(List.of("Pipes", "Sockets"), names(services.laneElements(layer("wire"))));
		assertEquals("90 ACME management", services.areaLabel(area("90")));
		assertEquals("Wire", services.layerLabel(layer("wire")));
		List<String> stack = names(services.stackElements(element("MS-ACME")));
		assertEquals("MS-ACME", stack.get(0));
		assertTrue(stack.containsAll(List.of("Pipes", "Sockets", "MS-ACMS", "TCP")), stack.toString());
		assertEquals("protocol/current", services.styleKey(element("MS-ACME")));
		assertEquals("protocol/legacy", services.styleKey(element("MS-ACMS")));
		assertEquals("technology/deprecated", services.styleKey(element("Pipes")));
		assertEquals(element("MS-ACME"), services.relationSource(relation("MS-ACME", 0)));
		assertTrue(services.isKind(relation("MS-ACME", 1), "requires"));
		assertEquals(false, services.isStandard(element("Sockets")));
		assertTrue(services.layerStackRelations(model(a)).contains(relation("MS-ACME", 0)));
		assertTrue(services.mapRelations(model(a)).contains(relation("Sockets", 0)));
	}

	private static List<String> names(List<? extends EObject> objects) {
		return objects.stream().map(o -> o instanceof Element e ? e.getName() : ((Area) o).getName()).toList();
	}

	// ------------------------------------------------------------------ tools

	@Test
	void renameByDirectEditSavesEveryFileOfTheProjectAndTellsTheWorkbench() throws IOException {
		String message = services.rename(element("Pipes"), " Tubes ");
		assertEquals("Done: rename 'Pipes' to 'Tubes', changing a.wpo, b.wpo.", message);
		assertEquals(EditOperationsTest.A.replace("Pipes", "Tubes"), Files.readString(a));
		assertEquals(EditOperationsTest.B.replace("Pipes", "Tubes"), Files.readString(b));
		assertEquals(List.of(List.of(a.toAbsolutePath().normalize(), b.toAbsolutePath().normalize())), saves);
		// The copy in build output was not part of the model.
		assertEquals(EditOperationsTest.A, Files.readString(project.resolve("target/a.wpo")));
	}

	@Test
	void drawReconnectAndDeleteAnEdge() throws IOException {
		assertEquals(Outcome.SAVED, outcome(services.createRelation(element("MS-ACMS"), element("Pipes"), "uses")));
		assertEquals(EditOperationsTest.once(EditOperationsTest.A, "\t\truns-over Sockets\n\t}\n",
				"\t\truns-over Sockets\n\t\tuses Pipes\n\t}\n"), Files.readString(a));
		reload();
		// The edge MS-ACME -> Sockets of "runs-over Pipes ,  Sockets": its target moves to MS-ACMS.
		Relation runsOver = relation("MS-ACME", 0);
		assertEquals(Outcome.SAVED, outcome(services.reconnectRelation(runsOver, edge(element("MS-ACME"),
				element("Sockets")), element("Sockets"), element("MS-ACMS"))));
		assertTrue(Files.readString(a).contains("runs-over Pipes ,  MS-ACMS section 90"));
		reload();
		// And its source end, dragged from MS-ACME to Pipes' neighbour Sockets.
		runsOver = relation("MS-ACME", 0);
		assertEquals(Outcome.SAVED, outcome(services.reconnectRelation(runsOver, edge(element("MS-ACME"),
				element("Pipes")), element("MS-ACME"), element("MS-ACMS"))));
		assertTrue(Files.readString(a).contains("runs-over MS-ACMS section 90"), Files.readString(a));
		assertTrue(Files.readString(a).contains("\t\tuses Pipes\n\t\truns-over Pipes section 90\n"), Files.readString(a));
		reload();
		assertEquals(Outcome.SAVED, outcome(services.deleteRelation(relation("MS-ACMS", 1),
				edge(element("MS-ACMS"), element("Pipes")))));
		assertTrue(!Files.readString(a).contains("uses Pipes"), Files.readString(a));
	}

	@Test
	void createAreaSpecificationAndTechnology() throws IOException {
		assertEquals("Done: create area '90.1' in '90', changing a.wpo.", services.createArea(area("90")));
		reload();
		assertEquals(Outcome.SAVED, outcome(services.createSpecification(area("90.1"), null, "format")));
		assertTrue(Files.readString(a).contains("\tarea 90.1 {\n\t\tformat MS-NEW1\n\t}\n"), Files.readString(a));
		reload();
		// On a lane of the layer stack of a.wpo: at the top level of a.wpo, in that layer.
		assertEquals(Outcome.SAVED, outcome(services.createTechnology(layer("wire"), laneInDiagramOf(a, layer("wire")))));
		assertTrue(Files.readString(a).endsWith("}\n\ntechnology \"New technology 1\" {\n\tlayer wire\n}\n"),
				Files.readString(a));
		reload();
		assertEquals(Outcome.REFUSED, outcome(services.createSpecification(area("90"), null, "protocl")));
		assertEquals("Cannot edit: unknown specification kind 'protocl'.", reports.get(reports.size() - 1).message());
	}

	@Test
	void dropOnAnAreaOrALaneMovesTheElement() throws IOException {
		assertEquals(Outcome.SAVED, outcome(services.moveToLayer(element("MS-ACMS"), layer("wire"))));
		assertEquals(EditOperationsTest.once(EditOperationsTest.A, "\t\tlayer app\n\t\tstatus legacy",
				"\t\tlayer wire\n\t\tstatus legacy"), Files.readString(a));
		reload();
		// Sockets is declared in area 91 of b.wpo and area 90 is in a.wpo: it moves to the top level of
		// its own file and is placed with "area".
		assertEquals(Outcome.SAVED, outcome(services.moveToArea(element("Sockets"), area("90"))));
		assertEquals("""
				model net
				import acme
				import mswpo

				layers {
					layer app "Application"
					layer wire "Wire"
				}

				area 91 "Networking" {
				}

				extend MS-ACME {
					uses Sockets  /* optional */
				}

				technology Sockets {
					layer wire
					runs-over acme::Pipes   // tunnelled
					runs-over TCP
					area 90
				}
				""", Files.readString(b));
	}

	@Test
	void refusalsAreReportedAndChangeNothing() throws IOException {
		assertEquals(Outcome.REFUSED, outcome(services.deleteElement(element("Pipes"))));
		assertEquals(Outcome.REFUSED, outcome(services.rename(element("MS-RPCE"), "MS-RPCX")));
		assertEquals(Outcome.REFUSED, outcome(services.moveToLayer(element("Pipes"), layer("wire"))));
		assertEquals(List.of(), saves);
		assertEquals(EditOperationsTest.A, Files.readString(a));
		assertEquals(EditOperationsTest.B, Files.readString(b));
	}

	/** The outcome of the tool that produced this message, as reported to the workbench. */
	private Outcome outcome(String message) {
		EditResult last = reports.get(reports.size() - 1);
		assertEquals(last.message(), message);
		return last.outcome();
	}
}
