package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.diagram.DiagramContent;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Model;
import org.wpo.query.ModelIndex;
import org.wpo.services.DiagramQueries;
import org.wpo.services.sirius.WpoDiagramServices;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The model index and the diagrams' content are computed once per state of a resource set's WPO
 * files, however often a diagram refresh asks, and again after any of them changes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class DiagramQueriesTest {

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path dir;

	XtextResourceSet session;

	@BeforeEach
	void load() throws IOException {
		Path a = dir.resolve("a.wpo");
		Path b = dir.resolve("b.wpo");
		Files.writeString(a, EditOperationsTest.A);
		Files.writeString(b, EditOperationsTest.B);
		session = resourceSets.get();
		BuiltInLibrary.load(session);
		for (Path file : List.of(a, b)) {
			session.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(session);
	}

	private Element acme() {
		return DiagramQueries.index(session).find("MS-ACME").orElseThrow();
	}

	@Test
	void callsOnAnUnchangedResourceSetReuseTheIndexAndTheContent() {
		ModelIndex index = DiagramQueries.index(session);
		DiagramContent areaMap = DiagramQueries.areaMap(session);
		DiagramContent layerStack = DiagramQueries.layerStack(session);
		DiagramContent stack = DiagramQueries.stack(session, acme());

		// As a refresh calls the services: once per area, lane and element shown.
		WpoDiagramServices services = new WpoDiagramServices();
		services.stackElements(acme());
		services.laneElements(index.layers().get(0));
		services.mapRelations((Model) acme().eResource().getContents().get(0));

		assertSame(index, DiagramQueries.index(session));
		assertSame(areaMap, DiagramQueries.areaMap(session));
		assertSame(layerStack, DiagramQueries.layerStack(session));
		assertSame(stack, DiagramQueries.stack(session, acme()));
	}

	@Test
	void aChangedFileGivesANewIndexAndNewContent() {
		ModelIndex index = DiagramQueries.index(session);
		DiagramContent areaMap = DiagramQueries.areaMap(session);
		DiagramContent stack = DiagramQueries.stack(session, acme());

		acme().setName("MS-ACMX");

		ModelIndex changed = DiagramQueries.index(session);
		assertNotSame(index, changed);
		assertTrue(changed.find("MS-ACME").isEmpty());
		assertEquals("MS-ACMX", changed.find("MS-ACMX").orElseThrow().getName());
		assertNotSame(areaMap, DiagramQueries.areaMap(session));
		assertNotSame(stack, DiagramQueries.stack(session, changed.find("MS-ACMX").orElseThrow()));
		assertSame(changed, DiagramQueries.index(session));
	}

	@Test
	void anAddedFileGivesANewIndexAndAChangedDiagramResourceDoesNot() throws IOException {
		ModelIndex index = DiagramQueries.index(session);

		// A Sirius session keeps its diagrams in the same resource set; they change on every refresh.
		Resource diagrams = new ResourceImpl(URI.createFileURI(dir.resolve("representations.aird").toString()));
		session.getResources().add(diagrams);
		diagrams.getContents().add(EcoreFactory.eINSTANCE.createEAnnotation());
		assertSame(index, DiagramQueries.index(session));

		Path c = dir.resolve("c.wpo");
		Files.writeString(c, "model more\nimport acme\narea 92 \"More\" {\n\ttechnology Wires\n}\n");
		session.getResource(URI.createFileURI(c.toString()), true);
		ModelIndex added = DiagramQueries.index(session);
		assertNotSame(index, added);
		assertEquals("Wires", added.find("Wires").orElseThrow().getName());
	}
}
