package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Model;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The formatter and the serializer on the features of users' own models: a relation's via, only,
 * section, source and note stay on its line, an extend block has one feature a line, a products list
 * that continues a line keeps its after, and parse, serialize, parse keeps the content.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class UserModelFormatTest {

	@Inject
	FormatterTestHelper formatter;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	ISerializer serializer;

	private void assertFormatted(String input, String expected) {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(input);
			request.setExpectation(expected);
		});
	}

	@Test
	void laysOutEveryNewFeature() {
		assertFormatted("""
				model   acme import shelf
				products   after   "Windows 2000"{product "Windows 10" "Windows 10 (2015)" product "Windows 11"}
				area 1 "Acme" { protocol MS-ACME "Acme Management Protocol" { manages ZIP
				runs-over RPC   via   "named pipes"
				  only   from "Windows 10"   section 1
				  source MS-XYZ   section   2.1 note "Stated twice."
				uses ZIP ,TCP only in "Windows NT" ,  "Windows 11" source "RFC 1001" requires TCP only to "Windows 2000"
				source C706 section 3 } new   technology ZAP "Acme's own ZAP"
				technology RPC { runs-over "named pipes" , TCP } technology "named pipes" }
				extend ZIP { aka "Zip file" , "PKZIP" remark "First remark." remark "Second remark." sections 1
				applies from "Windows NT" to "Windows 11" uses MS-ACME only from "Windows 10" }
				extend MS-SHOV {aka "Shelf overview" covers 1}""", UserModelSamples.USER);
	}

	@Test
	void isIdempotentOnTheUserModel() {
		assertFormatted(UserModelSamples.USER, UserModelSamples.USER);
		assertFormatted(UserModelSamples.LIBRARY, UserModelSamples.LIBRARY);
	}

	@Test
	void anExtendBlockThatStatusOrLayerWouldBeRefusedForIsStillLaidOutOneFeatureALine() {
		// Validation refuses these features in an extend block; the file still formats, so that the
		// user sees the refusal on a tidy line.
		assertFormatted("""
				extend X {status legacy layer app area 1 description "d" covers 2,3 sections 4 , 5 aka "a"}""", """
				extend X {
					status legacy
					layer app
					area 1
					description "d"
					covers 2, 3
					sections 4, 5
					aka "a"
				}
				""");
	}

	@Test
	void aConditionOfEachFormStaysOnItsRelationsLine() {
		assertFormatted("""
				technology T {
				uses A only
				in "P1",
				"P2" note "n"
				uses B only from "P1" to "P2"
				uses C only to "P2" source "RFC 1001" section 4.2.1
				uses D via E,F source X
				}""", """
				technology T {
					uses A only in "P1", "P2" note "n"
					uses B only from "P1" to "P2"
					uses C only to "P2" source "RFC 1001" section 4.2.1
					uses D via E, F source X
				}
				""");
	}

	@Test
	void aNewSpecificationKeepsItsWord() {
		assertFormatted("new   protocol MS-X {status legacy}", """
				new protocol MS-X {
					status legacy
				}
				""");
	}

	private Model parse(XtextResourceSet set, String name, String text) throws IOException {
		Resource resource = set.createResource(URI.createURI("test:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return (Model) resource.getContents().get(0);
	}

	/** The user model serialized from a copy without node model, formatted. */
	private String serializedCopy(XtextResourceSet set, Model original) {
		Model copy = EcoreUtil.copy(original);
		Resource copyResource = set.createResource(URI.createURI("test:/copy.wpo"));
		copyResource.getContents().add(copy);
		try {
			return serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
		} finally {
			set.getResources().remove(copyResource);
		}
	}

	@Test
	void parseSerializeParseKeepsEveryFeature() throws IOException {
		XtextResourceSet first = resourceSets.get();
		parse(first, "shelf.wpo", UserModelSamples.LIBRARY);
		Model original = parse(first, "acme.wpo", UserModelSamples.USER);
		EcoreUtil.resolveAll(first);
		assertEquals(java.util.List.of(), original.eResource().getErrors());
		String serialized = serializedCopy(first, original);

		XtextResourceSet second = resourceSets.get();
		parse(second, "shelf.wpo", UserModelSamples.LIBRARY);
		Model reparsed = parse(second, "acme.wpo", serialized);
		EcoreUtil.resolveAll(second);
		assertEquals(java.util.List.of(), reparsed.eResource().getErrors(), serialized);
		assertEquals(RoundTripTest.describe(original), RoundTripTest.describe(reparsed), serialized);
		String described = RoundTripTest.describe(original);
		assertTrue(described.contains("sourceDocument = MS-XYZ\n") && described.contains("sourceSection = 2.1\n")
				&& described.contains("new = true\n") && described.contains("remarks = [First remark., Second remark.]\n"),
				described);
	}

	@Test
	void theSerializerWritesTheFeaturesAsTheFormatterLaysThemOut() throws IOException {
		XtextResourceSet set = resourceSets.get();
		parse(set, "shelf.wpo", UserModelSamples.LIBRARY);
		Model original = parse(set, "acme.wpo", UserModelSamples.USER);
		EcoreUtil.resolveAll(set);
		// The serializer writes one alias per aka line (the same aliases), and an apostrophe in a
		// string escaped (the same string), as it does in element bodies.
		String expected = UserModelSamples.USER.replace("\taka \"Zip file\", \"PKZIP\"\n",
				"\taka \"Zip file\"\n\taka \"PKZIP\"\n").replace("Acme's", "Acme\\'s");
		assertEquals(expected, serializedCopy(set, original));
	}
}
