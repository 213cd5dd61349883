package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

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
import org.wpo.dsl.model.ResourceSetCache;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.validation.WpoResourceValidator;

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
}
