package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.Specification;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Compares the built-in model with the text of MS-WPO (system property {@code wpo.seed}). Skipped,
 * with a message, when the document is absent.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class LibraryDocumentTest {

	/**
	 * Single-word bracketed tokens that are not specifications: the link texts [here] of section 1.3,
	 * the index entries [overview] and [networking], and the index links [Glossary] and [References]
	 * to sections 1.2 and 1.3. See the library's README.md.
	 */
	static final Set<String> NOT_SPECIFICATIONS = Set.of("here", "overview", "networking", "Glossary", "References");

	/** A short name: one word that is neither a section number nor a link address. */
	static final Pattern SHORT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9.\\-/]*");
	static final Pattern SECTION_NUMBER = Pattern.compile("\\d+(\\.\\d+)*");
	static final Pattern WORD = Pattern.compile("[a-z0-9]+");
	static final int SHARED_WORDS = 8;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	WpoTestSupport support;

	SeedDocument document;
	BuiltInModel model;

	@BeforeEach
	void load() {
		document = SeedDocument.get();
		model = BuiltInModel.get(resourceSets.get(), support);
	}

	/** Sorts every bracketed token into one class; those that name specifications must be in the model. */
	@Test
	void everyBracketedTokenIsAccountedFor() {
		Set<String> specifications = new TreeSet<>();
		Set<String> otherWords = new TreeSet<>();
		for (String token : document.bracketedTokens()) {
			if (SECTION_NUMBER.matcher(token).matches() || token.startsWith("http://") || token.startsWith("https://")
					|| token.contains(" ")) {
				continue; // a link to a section, a link address, or the text of a cross-reference or index link
			}
			assertTrue(SHORT_NAME.matcher(token).matches(), "unclassified bracketed token [" + token + "]");
			if (NOT_SPECIFICATIONS.contains(token)) {
				otherWords.add(token);
			} else {
				specifications.add(token);
			}
		}
		assertEquals(new TreeSet<>(NOT_SPECIFICATIONS), otherWords);
		List<String> missing = specifications.stream()
				.filter(t -> !(model.elements.get(t) instanceof Specification)).toList();
		assertEquals(List.of(), missing, "bracketed short names that the model lacks as specifications");
		assertEquals(187, specifications.size(), "bracketed specification tokens: " + specifications);
	}

	@Test
	void everyShortNameWrittenWithoutBracketsIsInTheModel() {
		Set<String> plain = new TreeSet<>();
		for (String line : document.lines) {
			Matcher m = SeedDocument.PLAIN_SHORT_NAME.matcher(line);
			while (m.find()) {
				plain.add(m.group(1));
			}
		}
		assertEquals(Set.of("MS-ADFSOAL", "MS-ADFSP", "MS-ADFSPIP"), plain);
		for (String name : plain) {
			assertTrue(model.elements.get(name) instanceof Specification, name);
		}
	}

	/** Each specification lists every section in which the document names it. */
	@Test
	void specificationsCiteEverySectionThatNamesThem() {
		Set<String> names = model.specifications().stream().map(Element::getName).collect(Collectors.toSet());
		List<String> missing = new ArrayList<>();
		document.sectionsOf(names).forEach((name, sections) -> {
			Specification specification = model.specification(name);
			Set<String> cited = specification.getSections().stream().map(Area::getName).collect(Collectors.toSet());
			cited.add(BuiltInModel.home(specification).getName());
			for (String section : sections) {
				if (!section.equals("13") && !cited.contains(section)) {
					missing.add(name + " is named in section " + section);
				}
			}
		});
		assertEquals(List.of(), missing);
	}

	/** The area tree is the document's numbered sections, with the exact titles and nesting. */
	@Test
	void areasAreTheNumberedSectionsOfChapters1To12() {
		Map<String, String> titles = new LinkedHashMap<>();
		model.areas.values().forEach(a -> titles.put(a.getName(), a.getTitle()));
		assertEquals(new TreeSet<>(document.headings.keySet()), new TreeSet<>(titles.keySet()));
		document.headings.forEach((number, title) -> assertEquals(title, titles.get(number), "title of " + number));
		for (Area area : model.areas.values()) {
			String name = area.getName();
			String parent = area.eContainer() instanceof Area p ? p.getName() : null;
			String expected = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : null;
			assertEquals(expected, parent, "parent of area " + name);
		}
		assertEquals(88, titles.size());
	}

	/** Titles in the protocol tables ("name TAB [short name]") carry over exactly. */
	@Test
	void titlesOfTheProtocolTablesCarryOver() {
		Pattern row = Pattern.compile("^([^\\t\\[][^\\t]*?)\\s*\\t\\[?(M[SC]-[A-Z0-9]+)\\]?\\s*(\\t.*)?$");
		Map<String, String> rows = new LinkedHashMap<>();
		for (String line : document.lines) {
			Matcher m = row.matcher(line);
			if (m.matches()) {
				rows.put(m.group(2), m.group(1));
			}
		}
		assertEquals(81, rows.size(), rows.keySet().toString());
		rows.forEach((name, title) -> assertEquals(title, model.specification(name).getTitle(), name));
	}

	/** Every reference listed in section 1.3 is a specification of area 1.3 with the quoted title. */
	@Test
	void referencesOfSection1_3CarryOverWithTheirTitles() {
		Pattern reference = Pattern.compile("^(?:- )?\\[([^\\]]+)\\] [^\"]*\"([^\"]+)\"");
		int count = 0;
		for (String line : document.section("1.3")) {
			Matcher m = reference.matcher(line);
			if (m.find()) {
				count++;
				Specification specification = model.specification(m.group(1));
				// The citation style may end the quoted title with a period (as for MSDN-WSA); it is not part of the title.
				String title = m.group(2).endsWith(".") ? m.group(2).substring(0, m.group(2).length() - 1) : m.group(2);
				assertEquals(title, specification.getTitle(), m.group(1));
				assertEquals("1.3", BuiltInModel.home(specification).getName(), m.group(1));
			}
		}
		assertEquals(40, count);
	}

	/** The products are the list of section 11.1, in its order, without " operating system". */
	@Test
	void productsAreTheListOfSection11_1() {
		List<String> listed = document.section("11.1").stream().filter(l -> l.startsWith("- "))
				.map(l -> l.substring(2).strip()).toList();
		assertEquals(listed, model.products.stream().map(Product::getTitle).toList());
		for (Product product : model.products) {
			assertEquals(product.getTitle().replace(" operating system", ""), product.getName());
		}
	}

	/** Names, aliases and titles of elements are the document's words: each occurs in the text. */
	@Test
	void namesAliasesAndTitlesOccurInTheDocument() {
		String text = document.flatText().toLowerCase(Locale.ROOT);
		List<String> absent = new ArrayList<>();
		Consumer<String> check = s -> {
			if (s != null && !text.contains(s.toLowerCase(Locale.ROOT))) {
				absent.add(s);
			}
		};
		for (Element element : model.elements.values()) {
			check.accept(element.getName());
			check.accept(element.getTitle());
			element.getAliases().forEach(check);
		}
		assertEquals(List.of(), absent);
	}

	/**
	 * Descriptions, remarks and notes are written in the project's own words: none shares a run of
	 * eight or more consecutive words with the document.
	 */
	@Test
	void proseSharesNoRunOfEightWordsWithTheDocument() {
		List<String> documentWords = words(String.join(" ", document.lines));
		Set<List<String>> runs = new HashSet<>();
		for (int i = 0; i + SHARED_WORDS <= documentWords.size(); i++) {
			runs.add(documentWords.subList(i, i + SHARED_WORDS));
		}
		Map<String, String> prose = new LinkedHashMap<>();
		for (Area area : model.areas.values()) {
			prose.put("description of area " + area.getName(), area.getDescription());
		}
		for (Element element : model.elements.values()) {
			prose.put("description of " + element.getName(), element.getDescription());
			prose.put("remark of " + element.getName(), element.getRemark());
		}
		for (Relation relation : model.relations) {
			prose.put("note of a relation of " + org.wpo.dsl.model.Relations.source(relation).getName() + " to "
					+ relation.getTargets().stream().map(Element::getName).toList(), relation.getNote());
		}
		List<String> copied = new ArrayList<>();
		prose.forEach((where, text) -> {
			if (text == null) {
				return;
			}
			List<String> w = words(text);
			for (int i = 0; i + SHARED_WORDS <= w.size(); i++) {
				if (runs.contains(w.subList(i, i + SHARED_WORDS))) {
					copied.add(where + ": \"" + String.join(" ", w.subList(i, i + SHARED_WORDS)) + "\"");
					break;
				}
			}
		});
		assertEquals(List.of(), copied);
		assertTrue(prose.size() > 300, "too little prose was checked: " + prose.size());
	}

	/** The test above really detects copying: a sentence of the document fails it. */
	@Test
	void copyDetectionFindsASentenceOfTheDocument() {
		List<String> documentWords = words(String.join(" ", document.lines));
		Set<List<String>> runs = new HashSet<>();
		for (int i = 0; i + SHARED_WORDS <= documentWords.size(); i++) {
			runs.add(documentWords.subList(i, i + SHARED_WORDS));
		}
		List<String> copied = words("SSRP is always implemented over the User Datagram Protocol defined in RFC768.");
		assertTrue(runs.contains(copied.subList(0, SHARED_WORDS)));
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (m.find()) {
			words.add(m.group());
		}
		return words;
	}
}
