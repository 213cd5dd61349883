package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.ProductLines;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.ProductSet;
import org.wpo.dsl.wpo.Relation;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Product lines that run through several lists: a user's model continues the built-in products
 * with {@code products after}, or imports the optional model of later Windows releases; ranges run
 * across the lists, and a list that cannot continue its line says why.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class ProductLinesTest {

	@Inject
	Provider<XtextResourceSet> resourceSets;

	private XtextResourceSet load(String... namesAndTexts) {
		XtextResourceSet set = resourceSets.get();
		BuiltInLibrary.load(set);
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			Resource resource = set.createResource(URI.createURI("test:/" + namesAndTexts[i]));
			try {
				resource.load(new ByteArrayInputStream(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)), null);
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		}
		BuiltInLibrary.loadImported(set);
		EcoreUtil.resolveAll(set);
		return set;
	}

	private static Model model(XtextResourceSet set, String name) {
		return (Model) set.getResource(URI.createURI("test:/" + name), false).getContents().get(0);
	}

	private static Element element(Model model, String name) {
		return model.getMembers().stream().filter(Element.class::isInstance).map(Element.class::cast)
				.filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
	}

	private static List<String> names(Set<Product> products) {
		return products.stream().map(Product::getName).toList();
	}

	@Test
	void aRangeRunsFromBuiltInProductsIntoTheOptionalReleasesWhenImported() {
		XtextResourceSet set = load("user.wpo", """
				model user
				import mswpo
				import windows
				protocol MS-NEWER {
					applies from "Windows Server 2012 R2" to "Windows 11"
					uses MS-SMB2 only from "Windows Server 2019"
				}
				""");
		Element newer = element(model(set, "user.wpo"), "MS-NEWER");
		assertEquals(List.of("Windows Server 2012 R2", "Windows 10", "Windows Server 2016", "Windows Server 2019",
				"Windows Server 2022", "Windows 11"), names(Availability.of(newer).orElseThrow()));
		Relation uses = newer.getRelations().get(0);
		assertEquals(List.of("Windows Server 2019", "Windows Server 2022", "Windows 11", "Windows Server 2025"),
				names(Availability.of(uses).orElseThrow()));
		assertNull(Availability.problem(newer.getApplicabilities().get(0)));
	}

	@Test
	void aUsersOwnListContinuesTheBuiltInLineWhenTheOptionalReleasesAreNotImported() {
		XtextResourceSet set = load("user.wpo", """
				model user
				import mswpo
				products after "Windows Server 2012 R2" {
					product "Contoso OS 1"
					product "Contoso OS 2"
				}
				protocol MS-CONTOSO { applies from "Windows 8.1" to "Contoso OS 1" }
				""");
		Model user = model(set, "user.wpo");
		assertEquals(List.of("Windows 8.1", "Windows Server 2012 R2", "Contoso OS 1"),
				names(Availability.of(element(user, "MS-CONTOSO")).orElseThrow()));
		ProductSet own = (ProductSet) user.getMembers().get(0);
		assertNull(ProductLines.of(own).conflict(own));
		assertEquals(16, ProductLines.of(own).line(own.getProducts().get(1)).size());
	}

	@Test
	void twoListsThatContinueTheSameLineConflictAndTheSecondNamesTheFirst() {
		XtextResourceSet set = load("user.wpo", """
				model user
				import mswpo
				import windows
				products after "Windows Server 2012 R2" {
					product "Contoso OS 1"
				}
				""");
		ProductSet own = (ProductSet) model(set, "user.wpo").getMembers().get(0);
		ProductLines.Conflict conflict = ProductLines.of(own).conflict(own);
		assertTrue(conflict != null, "the user's list should conflict with the optional releases");
		assertEquals("the line after 'Windows Server 2012 R2' is already continued by the products list in"
				+ " windows-releases.wpo line 10; two lists cannot both continue it", conflict.reason());
	}

	@Test
	void aListCannotContinueAfterAProductThatIsNotTheLastOfItsLine() {
		XtextResourceSet set = load("user.wpo", """
				model user
				import mswpo
				products after "Windows 8" {
					product "Windows 8 Embedded"
				}
				protocol MS-RANGE { applies from "Windows 7" to "Windows 8 Embedded" }
				""");
		Model user = model(set, "user.wpo");
		ProductSet own = (ProductSet) user.getMembers().get(0);
		assertEquals("'Windows 8' is not the last product of its line ('Windows Server 2012' follows it in"
				+ " 00-layers-products.wpo line 29), so the line cannot continue after it",
				ProductLines.of(own).conflict(own).reason());
		Element range = element(user, "MS-RANGE");
		assertEquals("'Windows 7' and 'Windows 8 Embedded' belong to different product lines, so no range runs"
				+ " from one to the other (a products list continues a line with: products after \"LAST PRODUCT\""
				+ " { ... })", Availability.problem(range.getApplicabilities().get(0)));
	}

	@Test
	void theOptionalReleasesAreLoadedAndVisibleOnlyWhereImported() {
		XtextResourceSet alone = load("user.wpo", """
				model user
				import mswpo
				protocol MS-OLDER { applies from "Windows 10" }
				""");
		assertNull(alone.getResource(BuiltInLibrary.uriOf("windows-releases.wpo"), false));
		XtextResourceSet both = load("user.wpo", """
				model user
				import mswpo
				protocol MS-OLDER { applies from windows::"Windows 10" }
				""", "other.wpo", """
				model other
				import windows
				protocol MS-NEWER { applies from "Windows 10" }
				""");
		assertTrue(element(model(both, "user.wpo"), "MS-OLDER").getApplicabilities().get(0).getFrom().eIsProxy(),
				"not visible, even qualified, in a file that does not import it");
		assertEquals("Windows 10",
				element(model(both, "other.wpo"), "MS-NEWER").getApplicabilities().get(0).getFrom().getName());
	}
}
