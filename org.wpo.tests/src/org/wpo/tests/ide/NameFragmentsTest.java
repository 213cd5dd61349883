package org.wpo.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The URI fragments of a .wpo file's objects: by kind and name (see WpoFragmentProvider), unique in a
 * file even where names are duplicated, encoded so that any name fits into a URI, and resolved back to
 * the same object; EMF's positional fragments still resolve.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class NameFragmentsTest {

	static final String TEXT = """
			model acme
			import mswpo

			layers {
				layer app
			}

			products {
				product "Windows Server 2008"
			}

			area 1 "First" {
				protocol MS-A {
					layer app
					runs-over "a/b~c", "a/b~c"
					runs-over "a/b~c"
					uses mswpo::SMB
					applies from "Windows Server 2008"
				}
				technology "a/b~c"
				area 1.1 {
					technology "Über 100%"
				}
			}

			area 2 {
				protocol MS-A
			}

			extend MS-A {
				uses "Über 100%"
			}
			""";

	@Inject
	Provider<XtextResourceSet> resourceSets;

	Resource resource;

	@BeforeEach
	void load() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		resource = resourceSet.createResource(URI.createURI("file:/project/acme.wpo"));
		resource.load(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
	}

	@Test
	void fragmentsNameTheObjects() {
		List<String> fragments = new ArrayList<>();
		for (EObject object : (Iterable<EObject>) resource::getAllContents) {
			fragments.add(resource.getURIFragment(object));
		}
		assertEquals(List.of("/", "import:mswpo", "layers", "layer:app", "products",
				"product:Windows%20Server%202008", "area:1", "element:MS-A", "element:MS-A/applies",
				"element:MS-A/runs-over:a%2Fb%7Ec", "element:MS-A/runs-over:a%2Fb%7Ec~1",
				"element:MS-A/uses:mswpo::SMB",
				"element:a%2Fb%7Ec", "area:1.1", "element:%C3%9Cber%20100%25", "area:2", "element:MS-A~1",
				"extend:MS-A", "extend:MS-A/uses:%C3%9Cber%20100%25"), fragments);
	}

	@Test
	void everyFragmentIsUniqueAndFindsItsObject() {
		Set<String> seen = new HashSet<>();
		int count = 0;
		for (EObject object : (Iterable<EObject>) resource::getAllContents) {
			String fragment = resource.getURIFragment(object);
			assertTrue(seen.add(fragment), fragment);
			assertSame(object, resource.getEObject(fragment), fragment);
			count++;
		}
		assertEquals(19, count);
	}

	@Test
	void fragmentsWrittenOtherwiseOrByPositionStillResolve() {
		EObject duplicate = resource.getEObject("element:MS-A~1");
		assertEquals("2", ((org.wpo.dsl.wpo.Area) duplicate.eContainer()).getName());
		// Not encoded where it could have been, as a reader might have decoded it.
		assertSame(resource.getEObject("product:Windows%20Server%202008"), resource.getEObject("product:Windows Server 2008"));
		assertSame(resource.getEObject("element:%C3%9Cber%20100%25"), resource.getEObject("element:Über 100%25"));
		// EMF's positional fragments, as older diagrams hold them.
		assertSame(resource.getEObject("element:MS-A"), resource.getEObject("//@members.2/@members.0"));
		assertSame(resource.getContents().get(0), resource.getEObject("/"));
		assertNull(resource.getEObject("element:MS-B"));
		assertNull(resource.getEObject("element:MS-A~2"));
		assertNull(resource.getEObject("element:MS-A/requires:MS-A"));
		assertNull(resource.getEObject("element:MS-A/runs-over:a%2Fb%7Ec~2"));
	}

	@Test
	void aResourceBeingUnloadedGivesItsObjectsTheirNameFragments() {
		EObject element = resource.getEObject("element:MS-A~1");
		EObject relation = resource.getEObject("extend:MS-A/uses:%C3%9Cber%20100%25");
		resource.unload();
		assertTrue(element.eIsProxy() && relation.eIsProxy());
		assertEquals("file:/project/acme.wpo#element:MS-A~1", ((org.eclipse.emf.ecore.InternalEObject) element)
				.eProxyURI().toString());
		assertEquals("file:/project/acme.wpo#extend:MS-A/uses:%C3%9Cber%20100%25",
				((org.eclipse.emf.ecore.InternalEObject) relation).eProxyURI().toString());
	}
}
