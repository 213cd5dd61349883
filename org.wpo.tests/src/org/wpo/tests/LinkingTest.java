package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Model;

import com.google.inject.Inject;

/** Several files as one model: names across files, qualified names, aliases and imports. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class LinkingTest {

	@Inject
	WpoTestSupport support;

	private static Element element(Model model, int area, int index) {
		return (Element) ((Area) model.getMembers().get(area)).getMembers().get(index);
	}

	private static List<String> codes(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getCode()).toList();
	}

	@Test
	void unnamedFilesShareOneNamespace() {
		var set = support.load("a.wpo", """
				area 1 "A" { technology DCOM { runs-over RPC } }
				""", "b.wpo", """
				area 2 "B" { technology RPC }
				""");
		assertEquals(List.of(), support.validate(set));
		assertSame(element(support.model(set, "b.wpo"), 0, 0),
				element(support.model(set, "a.wpo"), 0, 0).getRelations().get(0).getTargets().get(0));
	}

	@Test
	void filesOfOneModelNameShareTheirNames() {
		var set = support.load("a.wpo", """
				model lib
				area 1 "A" { technology DCOM { runs-over RPC } }
				""", "b.wpo", """
				model lib
				area 2 "B" { technology RPC }
				""");
		assertEquals(List.of(), support.validate(set));
	}

	@Test
	void otherModelNeedsQualifiedNameOrImport() {
		String library = """
				model lib
				area 1 "A" { technology RPC { aka "MSRPC" } }
				""";
		var unqualified = support.load("lib.wpo", library, "user.wpo", """
				area 2 "B" { technology DCOM { runs-over RPC } }
				""");
		assertEquals(List.of("1:42 " + WpoIssueCodes.UNRESOLVED_REFERENCE), codes(support.validate(unqualified)));

		var qualified = support.load("lib.wpo", library, "user.wpo", """
				area 2 "B" { technology DCOM { runs-over lib::RPC } }
				""");
		assertEquals(List.of(), support.validate(qualified));

		var imported = support.load("lib.wpo", library, "user.wpo", """
				import lib
				area 2 "B" { technology DCOM { runs-over RPC, MSRPC section 1 } }
				""");
		assertEquals(List.of(), support.validate(imported));
		Element dcom = element(support.model(imported, "user.wpo"), 0, 0);
		Element rpc = element(support.model(imported, "lib.wpo"), 0, 0);
		assertSame(rpc, dcom.getRelations().get(0).getTargets().get(0));
		assertSame(rpc, dcom.getRelations().get(0).getTargets().get(1), "an alias names the same element");
	}

	@Test
	void ownNamesWinOverImportedOnes() {
		var set = support.load("lib.wpo", """
				model lib
				area 1 "A" { technology RPC "library" }
				""", "user.wpo", """
				model mine
				import lib
				area 2 "B" {
					new technology RPC "mine"
					technology DCOM { runs-over RPC }
				}
				""");
		assertEquals(List.of(), support.validate(set));
		Element dcom = element(support.model(set, "user.wpo"), 0, 1);
		assertEquals("mine", dcom.getRelations().get(0).getTargets().get(0).getTitle());
	}

	@Test
	void extendAddsRelationsToAnImportedElement() {
		var set = support.load("lib.wpo", """
				model lib
				area 1 "A" { technology RPC technology TCP }
				""", "user.wpo", """
				import lib
				extend RPC { runs-over TCP section lib::1 }
				""");
		assertEquals(List.of(), support.validate(set));
	}
}
