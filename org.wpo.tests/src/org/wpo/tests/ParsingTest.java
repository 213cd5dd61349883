package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Specification;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class ParsingTest {

	@Inject
	WpoTestSupport support;

	@Test
	void parsesSpecificationWithQuotedShortName() {
		var set = support.load("a.wpo", """
				area 1 "References" {
					standard "SOAP1.1" "Simple Object Access Protocol (SOAP) 1.1"
				}
				""");
		Model model = support.model(set, "a.wpo");
		var area = (org.wpo.dsl.wpo.Area) model.getMembers().get(0);
		assertEquals("1", area.getName());
		assertEquals("SOAP1.1", ((Specification) area.getMembers().get(0)).getName());
		List<Issue> issues = support.validate(set);
		assertTrue(issues.isEmpty(), issues.toString());
	}
}
