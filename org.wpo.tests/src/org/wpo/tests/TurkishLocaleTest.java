package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.query.ModelIndex;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Name look-ups of the built-in model under a Turkish default locale, where "I".toLowerCase() is a
 * dotless "ı" and "i".toUpperCase() a dotted "İ": the closest names of a mistyped name must be the
 * same as under any other locale.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class TurkishLocaleTest {

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	WpoTestSupport support;

	private Locale before;

	@BeforeEach
	void turkish() {
		before = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
	}

	@AfterEach
	void restore() {
		Locale.setDefault(before);
	}

	private ModelIndex index() {
		return ModelIndex.of(BuiltInModel.get(resourceSets.get(), support).resourceSet);
	}

	@Test
	void theLocaleIsTurkish() {
		assertEquals("\u0131", "I".toLowerCase(), "the test runs where 'I' lowers to a dotless i");
	}

	@Test
	void namesWithAnIAreFoundIgnoringCase() {
		ModelIndex index = index();
		assertEquals("MS-CIFS", index.find("ms-cifs").orElseThrow().getName());
		assertEquals("WININTERNALS", index.find("wininternals").orElseThrow().getName());
		assertEquals("NetBIOS", index.find("NETBIOS").orElseThrow().getName());
	}

	@Test
	void closestNamesOfAMistypedNameWithAnI() {
		ModelIndex index = index();
		List<String> cifs = index.closest("cifs", 5);
		assertTrue(cifs.contains("MS-CIFS"), "a name containing the one typed is suggested: " + cifs);
		List<String> internals = index.closest("wininternal", 5);
		assertEquals("WININTERNALS", internals.get(0), internals.toString());
		List<String> netbios = index.closest("netbois", 5);
		assertTrue(netbios.contains("NetBIOS"), netbios.toString());
	}

	@Test
	void theSameSuggestionsAsUnderTheRootLocale() {
		ModelIndex index = index();
		List<String> typed = List.of("cifs", "wininternal", "netbois", "ms-rpci", "ipv", "mailslots", "ms-dfsnmi");
		Locale.setDefault(Locale.ROOT);
		List<List<String>> root = typed.stream().map(name -> index.closest(name, 5)).toList();
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
		assertEquals(root, typed.stream().map(name -> index.closest(name, 5)).toList());
	}
}
