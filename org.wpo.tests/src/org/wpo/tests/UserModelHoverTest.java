package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.ide.hover.Summary;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Product;

import com.google.inject.Inject;

/**
 * The hover of elements of a user's model on top of a library: relations with their via, condition
 * and source, and an element with what extend blocks add (aliases, remarks, sections, covers,
 * applicability and relations).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class UserModelHoverTest {

	@Inject
	WpoTestSupport support;

	private ResourceSet load() {
		return support.load("shelf.wpo", UserModelSamples.LIBRARY, "acme.wpo", UserModelSamples.USER);
	}

	private Summary hover(String name) {
		ResourceSet set = load();
		List<Element> found = set.getResources().stream()
				.flatMap(r -> EcoreUtil2.getAllContentsOfType(r.getContents().get(0), Element.class).stream())
				.filter(e -> e.getName().equals(name)).toList();
		assertEquals(1, found.size(), name);
		return Summary.of(found.get(0));
	}

	@Test
	void relationsShowTheirViaConditionAndSource() {
		assertEquals("""
				**protocol** `MS-ACME` — Acme Management Protocol

				- Status: current
				- Area: 1 Acme
				- Layer: none
				- Applies: not restricted
				- Sections: none
				- Relations: manages ZIP; runs-over RPC via named pipes only from Windows 10 (source MS-XYZ section 2.1); \
				uses ZIP, TCP only in Windows NT, Windows 11 (source RFC 1001); requires TCP only up to Windows 2000 \
				(source C706 section 3)
				- Model: acme""", hover("MS-ACME").toMarkdown());
	}

	@Test
	void anElementShowsWhatItsExtendBlocksAdd() {
		assertEquals("""
				**technology** `ZIP`

				- Status: current
				- Area: 2 Shelf
				- Layer: none
				- Applies: from Windows NT up to Windows 11 (by an extend block)
				- Also known as: Deflate archive, Zip file, PKZIP
				- Sections: 1 Acme
				- Relations: uses MS-ACME only from Windows 10
				- Model: shelf

				*Remark:* The library's remark.

				*Remark:* First remark.

				*Remark:* Second remark.""", hover("ZIP").toMarkdown());
		assertEquals("<b>overview</b> <code>MS-SHOV</code> — Shelf Overview<ul><li>Status: current</li>"
				+ "<li>Area: 2 Shelf</li><li>Layer: none</li><li>Applies: not restricted</li>"
				+ "<li>Also known as: Shelf overview</li><li>Sections: none</li><li>Covers: 2 Shelf, 1 Acme</li>"
				+ "<li>Model: shelf</li></ul>", hover("MS-SHOV").toHtml());
	}

	@Test
	void aProductIsPlacedAlongItsLineThroughTheListsThatContinueIt() {
		List<Product> products = load().getResources().stream()
				.flatMap(r -> EcoreUtil2.getAllContentsOfType(r.getContents().get(0), Product.class).stream()).toList();
		assertEquals(List.of("Windows NT", "Windows 2000", "Windows 10", "Windows 11"),
				products.stream().map(Product::getName).toList());
		assertEquals("""
				**product** `Windows 10` — Windows 10 (2015)

				- Order: 3rd of 4, from the oldest
				- After: Windows 2000
				- Model: acme""", Summary.of(products.get(2)).toMarkdown());
		assertEquals("""
				**product** `Windows 2000`

				- Order: 2nd of 4, from the oldest
				- Model: shelf""", Summary.of(products.get(1)).toMarkdown());
	}
}
