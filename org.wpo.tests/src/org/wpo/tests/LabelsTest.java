package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.ide.hover.Summary;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.query.ModelIndex;
import org.wpo.render.ReportSite;

import com.google.inject.Inject;

/**
 * The one wording of areas, layers and applies statements, the ids of declarations and the text
 * of qualified names, and that the hover and the report use them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class LabelsTest {

	@Inject
	WpoTestSupport support;

	private ModelIndex index() {
		XtextResourceSet set = support.load("sample.wpo", Samples.ALL_CONSTRUCTS, "other.wpo", Samples.OTHER,
				"plain.wpo", "technology Loose { layer Nowhere area Nowhere applies to Nowhere }\n");
		return ModelIndex.of(set);
	}

	private static Element element(ModelIndex index, String name) {
		return index.find(name).orElseThrow();
	}

	private static Area area(ModelIndex index, String name) {
		return index.areas().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Layer layer(ModelIndex index, String name) {
		return index.layers().stream().filter(l -> l.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void areasAndLayers() {
		ModelIndex index = index();
		assertEquals("2.2.1 Component Object Model (COM)", Labels.area(area(index, "2.2.1")));
		assertEquals("application (Application layer)", Labels.layer(layer(index, "application")));
		assertEquals("session", Labels.layer(layer(index, "session")));
		assertEquals("Application layer", Labels.layerHeading(layer(index, "application")));
		assertEquals("session", Labels.layerHeading(layer(index, "session")));
		Element loose = element(index, "Loose");
		assertEquals("?", Labels.area(loose.getArea()), "an area that is not found");
		assertEquals("?", Labels.layer(loose.getLayer()), "a layer that is not found");
	}

	@Test
	void applicabilityReadsUpToForTheEndOfARange() {
		ModelIndex index = index();
		assertEquals("from Windows 2000 up to Windows Server 2003",
				Labels.applicability(element(index, "MS-COMA").getApplicabilities().get(0)));
		assertEquals("up to Windows 2000", Labels.applicability(element(index, "MS-ADOD").getApplicabilities().get(0)));
		assertEquals("from Windows NT", Labels.applicability(element(index, "DCOM").getApplicabilities().get(0)));
		assertEquals("in Windows NT, Windows 2000", Labels.applicability(element(index, "MS-XCA").getApplicabilities().get(0)));
		assertEquals("up to ?", Labels.applicability(element(index, "Loose").getApplicabilities().get(0)));
	}

	@Test
	void theHoverAndTheReportWordApplicabilityAlike() {
		ModelIndex index = index();
		Summary hover = Summary.of(element(index, "MS-ADOD"));
		assertTrue(hover.toMarkdown().contains("- Applies: up to Windows 2000\n"), hover.toMarkdown());
		String page = ReportSite.files(index).get("element-MS-ADOD.html");
		assertTrue(page.contains("<dt>Applies to</dt><dd>up to Windows 2000 (Windows NT, Windows 2000)</dd>"), page);
	}

	@Test
	void idsAreQualifiedNamesJoinedByTheConverter() {
		ModelIndex index = index();
		assertEquals("sample::MS-COMA", ModelNames.id(element(index, "MS-COMA")));
		assertEquals("sample::2.2.1", ModelNames.id(area(index, "2.2.1")));
		assertEquals("sample::session", ModelNames.id(layer(index, "session")));
		assertEquals("Loose", ModelNames.id(element(index, "Loose")), "a file without a model name");
		assertEquals("MS-COMA", ModelNames.name(element(index, "MS-COMA")));
		assertEquals("protocol", ModelNames.kind(element(index, "MS-COMA")));
		assertEquals("technology", ModelNames.kind(element(index, "DCOM")));
		assertEquals("area", ModelNames.kind(area(index, "2.2.1")));
		assertEquals("mswpo::MS-RPCE", WpoQualifiedNameProvider.qualifiedName("mswpo", "MS-RPCE"));
		assertEquals("MS-RPCE", WpoQualifiedNameProvider.qualifiedName((String) null, "MS-RPCE"));
		assertEquals(element(index, "MS-COMA"), index.find("sample::MS-COMA").orElseThrow());
		assertTrue(ModelNames.isSectionNumber("7.3.1"));
		assertTrue(!ModelNames.isSectionNumber("7.") && !ModelNames.isSectionNumber("Calls"));
	}
}
