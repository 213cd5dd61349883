package org.wpo.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.edit.EdgeRef;
import org.wpo.edit.Edit;
import org.wpo.edit.EditResult;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.WpoEditor;
import org.wpo.edit.operations.CreateArea;
import org.wpo.edit.operations.CreateRelation;
import org.wpo.edit.operations.CreateSpecification;
import org.wpo.edit.operations.CreateTechnology;
import org.wpo.edit.operations.DeleteEdge;
import org.wpo.edit.operations.DeleteElement;
import org.wpo.edit.operations.MoveToArea;
import org.wpo.edit.operations.MoveToLayer;
import org.wpo.edit.operations.ReconnectEdge;
import org.wpo.edit.operations.Rename;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * What a Sirius diagram holds of the model survives every tool, as Sirius sees it: a diagram refers to
 * its elements by URI ({@code file#fragment}); a tool saves the text; the session unloads the changed
 * resource (which turns every object the diagram holds into a proxy with the URI it had) and loads it
 * again in the same resource set; then the diagram resolves those URIs. Each captured URI, and each
 * proxy, must find the same element (same kind, qualified name; for a relation the same source, kind
 * and targets), unless the tool changed that very object; and never a neighbour.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class ElementUrisSurviveToolsTest {

	static final String A = """
			model acme
			import net

			area 90 "ACME management" {
				technology Old {
					layer wire
					runs-over Pipes
				}

				protocol MS-ACME "ACME Management Protocol" {
					layer app
					runs-over Pipes, Sockets
					requires MS-ACMS
				}

				protocol MS-ACMS "ACME Security" {
					layer app
					runs-over Sockets
				}

				technology Pipes {
					layer wire
				}
			}

			area 91 "ACME tools" {
				protocol MS-ACMT {
					layer app
					runs-over MS-ACME
				}
			}
			""";

	static final String B = """
			model net
			import acme
			import mswpo

			layers {
				layer app "Application"
				layer wire "Wire"
			}

			technology Spare {
				layer wire
			}

			area 92 "Networking" {
				technology Sockets {
					layer wire
					runs-over TCP
				}
			}

			extend MS-ACME {
				uses Sockets
			}
			""";

	static WpoEditor editor;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path project;

	Path a;
	Path b;
	XtextResourceSet session;

	@BeforeAll
	static void createEditor() {
		editor = WpoEditor.create();
	}

	@BeforeEach
	void load() throws IOException {
		a = project.resolve("a.wpo").toAbsolutePath().normalize();
		b = project.resolve("b.wpo").toAbsolutePath().normalize();
		Files.writeString(a, A);
		Files.writeString(b, B);
		session = resourceSets.get();
		BuiltInLibrary.load(session);
		resource(a);
		resource(b);
		EcoreUtil.resolveAll(session);
	}

	// ------------------------------------------------------------------ one test per tool

	@Test
	void createArea() {
		check(new CreateArea(at(area("90")), "90.1", null));
	}

	@Test
	void createSpecificationAtTheTopOfAFile() {
		check(new CreateSpecification(ObjectRef.file(a), SpecKind.PROTOCOL, "MS-NEW1", null, at(layer("app"))));
	}

	@Test
	void createTechnologyInAnArea() {
		check(new CreateTechnology(at(area("90")), "New technology 1", null));
	}

	@Test
	void drawARelation() {
		check(new CreateRelation(at(element("MS-ACMS")), RelationKind.USES, at(element("Pipes"))));
	}

	@Test
	void reconnectAnEdge() {
		// The edge MS-ACME -> Sockets of "runs-over Pipes, Sockets" now ends at mswpo's TCP.
		check(new ReconnectEdge(new EdgeRef.At(at(relation("MS-ACME", 0)), 1), ReconnectEdge.End.TARGET,
				ObjectRef.element("mswpo::TCP")), "relation element acme::MS-ACME runs-over [acme::Pipes, net::Sockets]");
	}

	@Test
	void deleteAnEdge() {
		check(new DeleteEdge(new EdgeRef.At(at(relation("MS-ACME", 1)), 0)),
				"relation element acme::MS-ACME requires [acme::MS-ACMS]");
	}

	@Test
	void renameAnElement() {
		// The renamed element and the relations that name it are what the rename changes.
		check(new Rename(at(element("Pipes")), "Tubes"), "element acme::Pipes",
				"relation element acme::Old runs-over [acme::Pipes]",
				"relation element acme::MS-ACME runs-over [acme::Pipes, net::Sockets]");
	}

	@Test
	void deleteTheFirstElementOfAnArea() {
		check(new DeleteElement(at(element("Old"))), "element acme::Old",
				"relation element acme::Old runs-over [acme::Pipes]");
	}

	@Test
	void deleteATopLevelElementAboveAnExtendBlock() {
		check(new DeleteElement(at(element("Spare"))), "element net::Spare");
	}

	@Test
	void moveAnElementToAnotherArea() {
		check(new MoveToArea(at(element("MS-ACMS")), at(area("91"))));
	}

	@Test
	void moveAnElementToAnotherLayer() {
		check(new MoveToLayer(at(element("MS-ACMS")), at(layer("wire"))));
	}

	// ------------------------------------------------------------------ the check

	/**
	 * Captures the URIs and the objects (as a diagram holds them), runs the edit, reloads the changed
	 * resources in place and resolves both. {@code changed} are the identities the edit changes.
	 */
	private void check(Edit edit, String... changed) {
		Map<String, String> byUri = new LinkedHashMap<>();
		Map<EObject, String> byObject = new LinkedHashMap<>();
		for (Path file : List.of(a, b)) {
			for (EObject object : (Iterable<EObject>) resource(file)::getAllContents) {
				String identity = identity(object);
				if (identity != null) {
					assertTrue(byUri.put(EcoreUtil.getURI(object).toString(), identity) == null,
							"two objects have the URI " + EcoreUtil.getURI(object));
					byObject.put(object, identity);
				}
			}
		}
		assertEquals(byUri.size(), Set.copyOf(byUri.values()).size(), "identities are unique");
		assertTrue(byUri.size() > 20, byUri::toString);

		EditResult result = editor.apply(List.of(a, b), edit);
		assertEquals(EditResult.Outcome.SAVED, result.outcome(), result.message());
		for (EditResult.FileChange change : result.changes()) {
			Resource resource = resource(change.file());
			resource.unload();
			try {
				resource.load(session.getLoadOptions());
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		}
		EcoreUtil.resolveAll(session);

		Set<String> expectedChanged = new TreeSet<>(List.of(changed));
		assertTrue(byUri.values().containsAll(expectedChanged), expectedChanged::toString);
		List<String> problems = new ArrayList<>();
		byUri.forEach((uri, identity) -> problems.addAll(
				problem("URI " + uri, identity, session.getEObject(URI.createURI(uri), true), byUri, expectedChanged)));
		byObject.forEach((object, identity) -> {
			EObject resolved = EcoreUtil.resolve(object, session);
			problems.addAll(problem("proxy " + EcoreUtil.getURI(object), identity, resolved.eIsProxy() ? null : resolved,
					byUri, expectedChanged));
		});
		assertEquals(List.of(), problems, result.message());
		// What the edit changed is gone under its old identity (so this test sees the changes it lists).
		Set<String> now = new TreeSet<>();
		for (Path file : List.of(a, b)) {
			for (EObject object : (Iterable<EObject>) resource(file)::getAllContents) {
				String identity = identity(object);
				if (identity != null) {
					now.add(identity);
				}
			}
		}
		for (String identity : expectedChanged) {
			assertTrue(!now.contains(identity), identity + " still exists");
		}
	}

	private static List<String> problem(String what, String identity, EObject found, Map<String, String> captured,
			Set<String> changed) {
		String foundIdentity = found == null ? null : identity(found);
		if (changed.contains(identity)) {
			if (foundIdentity != null && !foundIdentity.equals(identity) && captured.containsValue(foundIdentity)) {
				return List.of(what + " of " + identity + " now finds another object, " + foundIdentity);
			}
			return List.of();
		}
		if (!identity.equals(foundIdentity)) {
			return List.of(what + " of " + identity + " finds " + (foundIdentity == null ? "nothing" : foundIdentity));
		}
		return List.of();
	}

	/** What a diagram shows an object as: its kind and qualified name; a relation by source, kind, targets. */
	static String identity(EObject object) {
		if (object instanceof Model) {
			return "model " + object.eResource().getURI().lastSegment();
		}
		if (object instanceof Relation relation) {
			return "relation " + identity(relation.eContainer()) + " " + relation.getKind().getLiteral() + " "
					+ relation.getTargets().stream().map(ElementUrisSurviveToolsTest::qualifiedName).toList();
		}
		if (object instanceof Extension extension) {
			return "extend " + qualifiedName(extension.getTarget()) + " in " + object.eResource().getURI().lastSegment();
		}
		String kind = object instanceof Element ? "element" : object instanceof Area ? "area"
				: object instanceof Layer ? "layer" : object instanceof Product ? "product" : null;
		return kind == null ? null : kind + " " + qualifiedName(object);
	}

	private static String qualifiedName(EObject object) {
		if (object == null || object.eIsProxy()) {
			return "?";
		}
		return WpoQualifiedNameProvider.qualify(EcoreUtil2.getContainerOfType(object, Model.class),
				WpoQualifiedNameProvider.simpleName(object)).toString("::");
	}

	// ------------------------------------------------------------------ the model, as the tools name it

	private Resource resource(Path file) {
		return session.getResource(URI.createFileURI(file.toString()), true);
	}

	/** How a tool names an object it was given: its file and its URI fragment there, with its name. */
	private static ObjectRef at(EObject object) {
		Path file = Path.of(object.eResource().getURI().toFileString());
		return new ObjectRef.Located(file, object.eResource().getURIFragment(object),
				WpoQualifiedNameProvider.simpleName(object));
	}

	private <T extends EObject> T find(Class<T> type, String name) {
		for (Path file : List.of(a, b)) {
			for (EObject object : (Iterable<EObject>) resource(file)::getAllContents) {
				if (type.isInstance(object) && name.equals(WpoQualifiedNameProvider.simpleName(object))) {
					return type.cast(object);
				}
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " " + name);
	}

	private Element element(String name) {
		return find(Element.class, name);
	}

	private Area area(String name) {
		return find(Area.class, name);
	}

	private Layer layer(String name) {
		return find(Layer.class, name);
	}

	private Relation relation(String source, int index) {
		return element(source).getRelations().get(index);
	}
}
