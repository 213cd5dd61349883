package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.ResourceSetCache;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.validation.WpoResourceValidator;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.RelationKind;

import com.google.inject.Inject;

/**
 * Whole-model values are kept until a file changes, is added or is removed; while files are held
 * unchanged (a file's validation) only added and removed files are looked for.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class ResourceSetCacheTest {

	private static final String KEY = "test.count";

	@Inject
	WpoTestSupport support;

	@Inject
	IResourceValidator validator;

	private final AtomicInteger computed = new AtomicInteger();

	private Integer value(XtextResourceSet resourceSet) {
		return ResourceSetCache.get(resourceSet, KEY, computed::incrementAndGet);
	}

	@Test
	void aValueIsComputedOnceWhileNoFileChanges() {
		XtextResourceSet resourceSet = support.load("a.wpo", "model a\n", "b.wpo", "model b\n");
		assertEquals(1, value(resourceSet));
		assertEquals(1, value(resourceSet));
		assertEquals(1, ResourceSetCache.whileUnchanged(resourceSet, () -> value(resourceSet)));
		assertEquals(1, computed.get());
	}

	@Test
	void aChangedFileMakesItComputedAgain() {
		XtextResourceSet resourceSet = support.load("a.wpo", "model a\n", "b.wpo", "model b\n");
		assertEquals(1, value(resourceSet));
		XtextResource b = (XtextResource) resourceSet.getResource(URI.createURI("test:/b.wpo"), false);
		b.update(0, 0, "// a comment\n");
		assertEquals(2, value(resourceSet));
		assertEquals(2, value(resourceSet));
	}

	@Test
	void aFileChangedBetweenTwoValidationsIsSeen() {
		XtextResourceSet resourceSet = support.load("a.wpo", "model a\n");
		assertEquals(1, ResourceSetCache.whileUnchanged(resourceSet, () -> value(resourceSet)));
		XtextResource a = (XtextResource) resourceSet.getResources().get(0);
		a.update(0, 0, "// a comment\n");
		assertEquals(2, ResourceSetCache.whileUnchanged(resourceSet, () -> value(resourceSet)));
	}

	@Test
	void aFileAddedOrRemovedWhileHeldUnchangedIsSeen() {
		XtextResourceSet resourceSet = support.load("a.wpo", "model a\n");
		ResourceSetCache.whileUnchanged(resourceSet, () -> {
			assertEquals(1, value(resourceSet));
			Resource c = load(resourceSet, "c.wpo", "model c\n");
			assertEquals(2, value(resourceSet));
			assertEquals(2, value(resourceSet));
			resourceSet.getResources().remove(c);
			assertEquals(3, value(resourceSet));
			return null;
		});
		assertEquals(3, computed.get());
	}

	@Test
	void filesAreValidatedWithTheirSetHeldUnchanged() {
		assertInstanceOf(WpoResourceValidator.class, validator);
	}

	private static Resource load(XtextResourceSet resourceSet, String name, String text) {
		Resource resource = resourceSet.createResource(URI.createURI("test:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return resource;
	}

	/** A value that records the files it was told of. */
	private static final class Files implements ResourceSetCache.Growing {
		final java.util.List<String> names = new java.util.ArrayList<>();

		@Override
		public void added(java.util.List<Resource> files) {
			files.forEach(f -> names.add(f.getURI().lastSegment()));
		}
	}

	@Test
	void aGrowingValueTakesInAddedFilesAndIsDroppedOnAChange() {
		XtextResourceSet resourceSet = support.load("a.wpo", "model a\n");
		Files files = ResourceSetCache.get(resourceSet, "files", Files::new);
		assertEquals(1, value(resourceSet));
		load(resourceSet, "b.wpo", "model b\n");
		load(resourceSet, "c.wpo", "model c\n");
		assertSame(files, ResourceSetCache.get(resourceSet, "files", Files::new));
		assertEquals(java.util.List.of("b.wpo", "c.wpo"), files.names);
		assertEquals(2, value(resourceSet), "a value that cannot grow is computed again");
		((XtextResource) resourceSet.getResources().get(1)).update(0, 0, "// changed\n");
		assertNotSame(files, ResourceSetCache.get(resourceSet, "files", Files::new));
	}

	@Test
	void theRelationGraphTakesInAFileLoadedLater() {
		XtextResourceSet resourceSet = support.load("a.wpo", "technology A { runs-over B }\ntechnology B\n");
		Element a = (Element) ((Model) resourceSet.getResources().get(0).getContents().get(0)).getMembers().get(0);
		ModelGraph graph = ModelGraph.shared(a);
		assertEquals(1, graph.outgoing(a).size());
		load(resourceSet, "b.wpo", "extend A { uses B }\n");
		assertSame(graph, ModelGraph.shared(a));
		assertEquals(java.util.List.of(RelationKind.RUNS_OVER, RelationKind.USES),
				graph.outgoing(a).stream().map(ModelGraph.Edge::kind).toList());
	}
}
