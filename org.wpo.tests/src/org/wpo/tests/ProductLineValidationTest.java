package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/**
 * Product lines across files ({@code products after P}): a list continues after the last product of
 * its line only, one list per place; failing and passing, with code, object and position.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class ProductLineValidationTest {

	private static final WpoPackage WPO = WpoPackage.eINSTANCE;

	private static final String BASE = UserModelValidationTest.BASE;

	@Inject
	WpoTestSupport support;

	@Inject
	ValidationTestHelper helper;

	private static int offset(String text, String marker, int occurrence) {
		return ValidationTest.offset(text, marker, occurrence);
	}

	private Model user(String text) {
		return support.model(support.load("base.wpo", BASE, "main.wpo", text), "main.wpo");
	}

	private List<Issue> issues(String text) {
		return support.validate(support.load("base.wpo", BASE, "main.wpo", text));
	}

	private static List<String> lines(List<Issue> issues) {
		return UserModelValidationTest.lines(issues);
	}

	@Test
	void productsAfterAProductThatIsNotTheLast() {
		String text = """
				model lab
				import base
				products after "Windows 8" { product "Windows 8.1" }
				""";
		Model model = user(text);
		helper.assertError(model, WPO.getProductSet(), WpoIssueCodes.PRODUCT_LINE_CONFLICT,
				offset(text, "\"Windows 8\"", 0), 11, "This products list cannot continue the line after 'Windows 8':"
						+ " 'Windows 8' is not the last product of its line ('Windows 10' follows it in base.wpo line 5),"
						+ " so the line cannot continue after it.");
	}

	@Test
	void twoListsContinuingOneLineIsOneErrorNamingBoth() {
		var set = support.load("base.wpo", BASE, "a.wpo", """
				model lab
				import base
				products after "Windows 10" { product "Windows 11" }
				""", "b.wpo", """
				model other
				import base
				products after "Windows 10" {
					product "Windows Server 2016"
				}
				""");
		assertEquals(List.of("b.wpo:3:16 wpo.product-line-conflict This products list cannot continue the line"
				+ " after 'Windows 10': the line after 'Windows 10' is already continued by the products list in a.wpo"
				+ " line 3; two lists cannot both continue it."), lines(support.validate(set)));
	}

	@Test
	void listsThatContinueEachOtherInACircle() {
		String text = """
				products after "Windows 20" { product "Windows 30" }
				products after "Windows 30" { product "Windows 20" }
				""";
		Model model = support.model(support.load("main.wpo", text), "main.wpo");
		helper.assertError(model, WPO.getProductSet(), WpoIssueCodes.PRODUCT_LINE_CONFLICT,
				offset(text, "\"Windows 20\"", 0), 12, "This products list cannot continue the line after 'Windows 20':"
						+ " no line reaches 'Windows 20' (the lists continue each other in a circle).");
	}

	@Test
	void continuingAfterTheLastProductAllowsRangesAcrossBothLists() {
		assertEquals(List.of(), issues("""
				model lab
				import base
				products after "Windows 10" { product "Windows 11" }
				area 9 "Mine" {
					protocol MS-MINE { applies from "Windows 8" to "Windows 11" }
				}
				"""));
	}

	@Test
	void productsAfterAnUnknownProductIsOneUnresolvedReference() {
		List<Issue> issues = issues("""
				model lab
				import base
				products after "Windows 12" { product "Windows 13" }
				""");
		assertEquals(List.of(WpoIssueCodes.UNRESOLVED_REFERENCE), issues.stream().map(Issue::getCode).toList(),
				lines(issues)::toString);
	}
}
