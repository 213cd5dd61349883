package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Status;
import org.wpo.dsl.wpo.Technology;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Facts of MS-WPO that the built-in model must state, checked without the document itself. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class LibraryFactsTest {

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	WpoTestSupport support;

	BuiltInModel model;

	@BeforeEach
	void load() {
		model = BuiltInModel.get(resourceSets.get(), support);
	}

	// ------------------------------------------------------------------ relations and stacks

	/** Relations the text states, each with the section that states it. */
	@ParameterizedTest(name = "{0} {1} {2} (section {3})")
	@CsvSource(delimiter = '|', textBlock = """
			MS-COMA            | runs-over    | MS-DCOM             | 2.2.1.2
			MS-COMEV           | runs-over    | MS-DCOM             | 2.2.1.3
			MS-COMT            | runs-over    | MS-DCOM             | 2.2.1.4
			MS-IMSA            | runs-over    | MS-DCOM             | 2.4.2
			MS-IMSA            | runs-over    | MS-RPCE             | 2.4.2
			MC-IISA            | runs-over    | MS-DCOM             | 2.4.1
			MS-IISS            | runs-over    | MS-DCOM             | 2.4.4
			MS-IRP             | runs-over    | MS-RPCE             | 2.4.3
			MS-OAUT            | runs-over    | MS-DCOM             | 2.3.2
			MS-COM             | runs-over    | MS-DCOM             | 2.2.1.1
			MS-DCOM            | runs-over    | MS-RPCE             | 7.3.2
			MS-RPCE            | runs-over    | SMB                 | 7.3.1
			MS-RPCE            | runs-over    | TCP                 | 7.3.1
			MS-RPCE            | runs-over    | UDP                 | 7.3.1
			MS-RPCE            | runs-over    | SPX                 | 7.3.1
			MS-RPCE            | runs-over    | IPX                 | 7.3.1
			MS-RPCE            | runs-over    | NetBIOS             | 7.3.1
			MS-RPCE            | runs-over    | AppleTalk           | 7.3.1
			MS-RPCE            | runs-over    | named pipes         | 7.4.2.1
			MS-RPCE            | runs-over    | HTTP                | 2.3.3
			MS-RPCH            | runs-over    | HTTP                | 7.3.1
			NetBIOS            | runs-over    | IPX                 | 7.3.1
			NetBIOS            | runs-over    | TCP                 | 7.3.1
			NetBIOS            | runs-over    | NetBEUI             | 7.3.1
			MC-SQLR            | runs-over    | UDP                 | 2.3.5
			UDP                | runs-over    | IPv4                | 2.3.5
			UDP                | runs-over    | IPv6                | 2.3.5
			MS-ADTG            | runs-over    | HTTP                | 2.3.3
			MC-SMP             | runs-over    | TLS                 | 2.3.4
			MC-SMP             | runs-over    | SSL                 | 2.3.4
			MC-COMQC           | runs-over    | MS-MQMP             | 2.2.1.5
			named pipes        | runs-over    | SMB                 | 7.4.2.1
			named pipes        | runs-over    | SMB2                | 7.4.2.1
			named pipes        | runs-over    | MS-CIFS             | 7.4.2.1
			MS-IPHTTPS         | runs-over    | HTTPS               | 7.4.1
			MS-FAX             | runs-over    | RPC                 | 6.6
			MS-DHCPM           | runs-over    | RPC                 | 7.1.1
			IRemoteDispatch    | runs-over    | MS-DCOM             | 2.3.1.1
			Peer-to-peer grouping | runs-over | MS-PPGRH            | 7.3.5
			MS-COM             | extends      | MS-DCOM             | 2.2.1.1
			MS-PCCRTP          | extends      | HTTP                | 7.3.4
			MS-SIP             | extends      | SIP                 | 3.1
			MS-RPCE            | extends      | C706                | 7.3.1
			MS-RPCH            | extends      | MS-RPCE             | 7.3.1
			MS-RPCL            | extends      | C706                | 7.3.1
			MS-SMB             | extends      | MS-CIFS             | 6.4
			MS-AIPS            | extends      | IKE                 | 7.5.2
			MS-MWBE            | extends      | MS-MWBF             | 9.6
			MS-DHCPE           | extends      | DHCP                | 7.1.1
			MS-DHCPF           | extends      | IETF-DHCFOP-12      | 7.1.1
			MS-IPAMM2          | extends      | MS-IPAMM            | 7.1.2
			MS-PPSEC           | extends      | MS-PPGRH            | 7.3.5
			MS-UPMC            | extends      | UPnP                | 4
			MS-IRDA            | extends      | IROBEX              | 7.6
			RFC4109            | extends      | RFC2409             | 7.5.2
			MS-TLSP            | profile-of   | RFC5246             | 7.2.1
			MS-LLMNRP          | profile-of   | RFC4795             | 7.1.4
			MS-PTPT            | profile-of   | RFC2637             | 7.6
			MS-MDM             | profile-of   | OMA-DMP1.2.1        | 4
			MS-IRDA            | profile-of   | IROBEX              | 7.6
			MS-COM             | requires     | MS-DTCO             | 2.2.1.1
			MC-COMQC           | requires     | C706                | 2.2.1.5
			MC-COMQC           | requires     | MS-OAUT             | 2.2.1.5
			MC-COMQC           | requires     | MS-MQMP             | 2.2.1.5
			MC-COMQC           | requires     | MS-MQMQ             | 2.2.1.5
			RFC4795            | requires     | TCP                 | 7.1.4
			RFC4795            | requires     | EDNSO               | 7.1.4
			MS-MDM             | requires     | MS-MDE              | 4
			MS-TDS             | uses         | MC-SMP              | 2.3.4
			MS-COMEV           | uses         | MS-OAUT             | 2.2.1.3
			MS-COMEV           | uses         | MS-COMA             | 2.2.1.3
			MS-COMT            | uses         | MS-COMEV            | 2.2.1.4
			MS-COMA            | uses         | MS-CIFS             | 2.2.1.2
			MS-OAUT            | uses         | MS-COM              | 2.3.2
			MS-DVRE            | uses         | MS-DVRD             | 4
			MS-ADFSSWAP        | uses         | MS-MWBF             | 9.6
			MS-FRS2            | uses         | MS-RDC              | 6.3
			MS-FRS1            | uses         | SMB                 | 6.3
			DirectAccess       | uses         | IPsec               | 7.5.1
			SOAP               | uses         | XML                 | 7.3.3
			MC-NBFSE           | uses         | SOAP                | 7.3.3
			MS-SWSB            | uses         | SOAP                | 7.3.3
			MS-RAIW            | uses         | IPv4                | 10.4
			MS-FRS2            | replaces     | MS-FRS1             | 6.3
			SOAP               | replaces     | MS-ADTG             | 2.3.3
			MS-DCOM            | replaces     | MS-ADTG             | 2.3.3
			MS-SMTPNTLM        | renamed-from | MS-SMTP             | 12
			MS-COMT            | obsoletes    | MS-COMA             | 2.2.1.4
			MS-CIFS            | part-of      | SMB                 | 6.4
			MS-ADFSOAL         | part-of      | AD FS               | 9.6
			MS-ADFSPIP         | part-of      | AD FS               | 9.6
			MS-ADFSP           | part-of      | AD FS               | 9.6
			MS-IISS            | part-of      | IIS                 | 2.4
			SMB                | specified-by | MS-SMB              | 6.4
			SMB                | specified-by | MS-CIFS             | 6.4
			SMB2               | specified-by | MS-SMB2             | 6.4
			UDP                | specified-by | RFC768              | 2.3.5
			TCP                | specified-by | RFC793              | 7.1.4
			IPv4               | specified-by | RFC791              | 2.3.5
			IPv6               | specified-by | RFC2460             | 2.3.5
			DNS                | specified-by | RFC1034             | 7.1.4
			DNS                | specified-by | RFC1035             | 7.1.4
			DHCP               | specified-by | RFC2131             | 7.1.1
			NetBIOS            | specified-by | RFC1001             | 7.1.4
			NetBIOS            | specified-by | RFC1002             | 7.1.4
			LLMNR              | specified-by | RFC4795             | 7.1.4
			IPsec              | specified-by | RFC4301             | 7.5.1
			IKE                | specified-by | RFC2409             | 7.5.2
			IKE                | specified-by | RFC4306             | 7.5.2
			HTTP               | specified-by | RFC2068             | 7.3.4
			TLS                | specified-by | RFC5246             | 7.2.1
			TLS                | specified-by | RFC2246             | 2.3.4
			SSL                | specified-by | SSL3                | 2.3.4
			RPC                | specified-by | C706                | 7.3.1
			RPC                | specified-by | MS-RPCE             | 7.3.1
			named pipes        | specified-by | MS-SMB2             | 7.4.2.1
			mailslot           | specified-by | MS-MAIL             | 7.4.2.2
			ESP                | specified-by | RFC4303             | 7.5.3
			AH                 | specified-by | RFC4302             | 7.5.3
			PPTP               | specified-by | RFC2637             | 7.6
			MARS               | specified-by | MSDN-MARS           | 2.3.4
			W32Time            | specified-by | MS-W32T             | 10.3
			""")
	void relationIsStatedWithItsSection(String source, String kind, String target, String section) {
		RelationKind relationKind = RelationKind.get(kind);
		assertNotNull(relationKind, kind);
		Set<String> sections = model.relationSections(source, relationKind, target);
		assertFalse(sections.isEmpty(), source + " " + kind + " " + target + " is missing");
		assertTrue(sections.contains(section), source + " " + kind + " " + target + " cites " + sections);
	}

	/** Protocol stacks: chains of runs-over from a protocol down to a transport. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			MS-COMA > MS-DCOM > MS-RPCE > TCP
			MS-COMEV > MS-DCOM > MS-RPCE > UDP
			MS-IISS > MS-DCOM > MS-RPCE > SMB
			MC-IISA > MS-DCOM > MS-RPCE > named pipes > SMB2
			MS-COM > MS-DCOM > MS-RPCE > NetBIOS > NetBEUI
			MS-OAUT > MS-DCOM > MS-RPCE > AppleTalk
			MC-SQLR > UDP > IPv6
			MS-ADTG > HTTP
			MC-COMQC > MS-MQMP
			""")
	void stackRunsDownTheLayers(String stack) {
		List<String> names = Arrays.stream(stack.split(">")).map(String::strip).toList();
		for (int i = 0; i + 1 < names.size(); i++) {
			assertFalse(model.edges(names.get(i), RelationKind.RUNS_OVER, names.get(i + 1)).isEmpty(),
					names.get(i) + " does not run over " + names.get(i + 1));
		}
		List<Element> path = model.graph.path(model.element(names.get(0)), model.element(names.get(names.size() - 1)),
				RelationKind.RUNS_OVER);
		assertFalse(path.isEmpty());
		assertEquals(names.size(), path.size(), "a shorter runs-over path exists: " + path.stream().map(Element::getName).toList());
	}

	@Test
	void relationCountsPerKind() {
		Map<RelationKind, Long> statements = model.relations.stream()
				.collect(Collectors.groupingBy(Relation::getKind, TreeMap::new, Collectors.counting()));
		Map<RelationKind, Long> targets = model.relations.stream().collect(Collectors.groupingBy(Relation::getKind,
				TreeMap::new, Collectors.summingLong(r -> r.getTargets().size())));
		assertEquals("{runs-over=33, extends=32, profile-of=6, uses=54, requires=7, replaces=3, renamed-from=1,"
				+ " obsoletes=1, part-of=41, specified-by=48, manages=18}", statements.toString());
		assertEquals("{runs-over=44, extends=33, profile-of=6, uses=63, requires=9, replaces=3, renamed-from=1,"
				+ " obsoletes=1, part-of=41, specified-by=57, manages=18}", targets.toString());
		assertEquals(244, model.relations.size());
		assertEquals(276L, targets.values().stream().mapToLong(Long::longValue).sum(), targets.toString());
	}

	@Test
	void everyRelationCitesTheSectionThatStatesIt() {
		List<String> without = new ArrayList<>();
		for (Relation relation : model.relations) {
			if (relation.getSection() == null) {
				without.add(Relations.source(relation).getName() + " " + relation.getKind().getLiteral() + " "
						+ relation.getTargets().stream().map(Element::getName).toList());
			}
		}
		assertEquals(List.of(), without);
	}

	// ------------------------------------------------------------------ layers

	@ParameterizedTest(name = "{0} is at the {1} layer")
	@CsvSource(delimiter = '|', textBlock = """
			TLS          | presentation
			SSL          | presentation
			MS-TLSP      | presentation
			RPC          | session
			MS-RPCE      | session
			MS-DCOM      | session
			SOAP         | session
			HTTP         | session
			MS-PNRP      | session
			MS-IPHTTPS   | transport
			named pipes  | transport
			mailslot     | transport
			SMB          | transport
			SMB2         | transport
			TCP          | transport
			UDP          | transport
			IPsec        | network
			DirectAccess | network
			MS-AIPS      | network
			IPv4         | network
			MS-PTPT      | link
			MS-PPPI      | link
			MC-SQLR      | application
			MC-SMP       | application
			MS-ADTG      | application
			""")
	void elementIsAtTheLayerTheDocumentPlacesItIn(String name, String layer) {
		Layer actual = model.element(name).getLayer();
		assertNotNull(actual, name + " has no layer");
		assertEquals(layer, actual.getName());
	}

	@Test
	void microsoftSpecificationsOfTheLayerSectionsHaveTheirSectionsLayer() {
		Map<String, String> layerOfSection = Map.of("7.2", "presentation", "7.3", "session", "7.4", "transport",
				"7.5", "network", "7.6", "link");
		List<String> wrong = new ArrayList<>();
		for (Specification specification : model.specifications()) {
			Area home = BuiltInModel.home(specification);
			String expected = layerOfSection.entrySet().stream()
					.filter(e -> home.getName().equals(e.getKey()) || home.getName().startsWith(e.getKey() + "."))
					.map(Map.Entry::getValue).findFirst().orElse(null);
			boolean microsoft = specification.getName().matches("M[SC]-.*");
			if (expected != null && microsoft) {
				Layer layer = specification.getLayer();
				if (layer == null || !layer.getName().equals(expected)) {
					wrong.add(specification.getName() + " in " + home.getName() + ": " + (layer == null ? "none" : layer.getName()));
				}
			}
		}
		assertEquals(List.of(), wrong);
	}

	@Test
	void layersAreOrderedFromApplicationToLink() {
		assertEquals(List.of("application", "presentation", "session", "transport", "network", "link"),
				model.layers.stream().map(Layer::getName).toList());
	}

	// ------------------------------------------------------------------ products and applicability

	@Test
	void productsAreThoseOfSection11_1InOrder() {
		List<String> names = List.of("Windows NT", "Windows 2000", "Windows 2000 Server", "Windows XP",
				"Windows Server 2003", "Windows Server 2003 R2", "Windows Vista", "Windows Server 2008", "Windows 7",
				"Windows Server 2008 R2", "Windows 8", "Windows Server 2012", "Windows 8.1", "Windows Server 2012 R2");
		assertEquals(names, model.products.stream().map(Product::getName).toList());
		for (Product product : model.products) {
			assertEquals(product.getName() + " operating system", product.getTitle());
		}
	}

	@ParameterizedTest(name = "{0} applies in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			MS-RPCL     | Windows NT, Windows 2000, Windows XP, Windows Server 2003
			MS-IPAMM2   | Windows Server 2012 R2
			DirectAccess| Windows 7, Windows Server 2008 R2, Windows 8, Windows Server 2012, Windows 8.1, Windows Server 2012 R2
			CBAC        | Windows Server 2012, Windows Server 2012 R2
			AD RMS      | Windows Server 2008 R2, Windows 8, Windows Server 2012, Windows 8.1, Windows Server 2012 R2
			Internet Explorer 11 | Windows 8.1
			MS-FRS2     | Windows 2000 Server, Windows XP, Windows Server 2003, Windows Server 2003 R2, Windows Vista, Windows Server 2008, Windows 7, Windows Server 2008 R2, Windows 8, Windows Server 2012, Windows 8.1, Windows Server 2012 R2
			""")
	void applicabilityFollowsTheText(String name, String products) {
		List<String> expected = Arrays.stream(products.split(",")).map(String::strip).toList();
		assertEquals(Optional.of(expected), BuiltInModel.products(model.element(name)));
	}

	@Test
	void comAndComPlusApplyFromTheirFirstReleases() {
		assertEquals("Windows NT", model.element("COM").getApplicabilities().get(0).getFrom().getName());
		assertEquals("Windows 2000", model.element("COM+").getApplicabilities().get(0).getFrom().getName());
		assertEquals(model.products.size(), BuiltInModel.products(model.element("MS-WPO")).orElseThrow().size());
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			MS-RPCL    | legacy
			MS-ADTG    | legacy
			MS-FRS1    | legacy
			MS-PPPI    | deprecated
			shared key | deprecated
			""")
	void statusFollowsTheText(String name, String status) {
		Element element = model.element(name);
		assertTrue(BuiltInModel.statusSet(element), name + " states no status");
		assertEquals(Status.get(status), element.getStatus());
	}

	@Test
	void onlyTheElementsTheTextQualifiesHaveAStatus() {
		List<String> withStatus = model.elements.values().stream().filter(BuiltInModel::statusSet)
				.map(Element::getName).sorted().toList();
		assertEquals(List.of("MS-ADTG", "MS-FRS1", "MS-PPPI", "MS-RPCL", "shared key"), withStatus);
	}

	// ------------------------------------------------------------------ specifications and areas

	@Test
	void specificationCountsPerChapter() {
		Map<String, Long> counts = new TreeMap<>();
		for (Specification specification : model.specifications()) {
			counts.merge(BuiltInModel.chapter(BuiltInModel.home(specification)).getName(), 1L, Long::sum);
		}
		Map<String, Long> expected = new TreeMap<>(Map.of("1", 66L, "2", 22L, "3", 14L, "4", 12L, "6", 11L, "7", 42L,
				"8", 1L, "9", 9L, "10", 16L, "12", 1L));
		assertEquals(expected, counts);
	}

	@Test
	void specificationCountsPerKind() {
		Map<SpecKind, Long> counts = model.specifications().stream()
				.collect(Collectors.groupingBy(Specification::getKind, TreeMap::new, Collectors.counting()));
		assertEquals(Map.of(SpecKind.PROTOCOL, 108L, SpecKind.FORMAT, 6L, SpecKind.ALGORITHM, 1L,
				SpecKind.OVERVIEW, 28L, SpecKind.STANDARD, 51L), counts);
		assertEquals(87L, model.elements.values().stream().filter(Technology.class::isInstance).count());
	}

	@Test
	void everySpecificationIsPlacedInANumberedAreaAndCitesASection() {
		List<String> wrong = new ArrayList<>();
		for (Specification specification : model.specifications()) {
			Area home = BuiltInModel.home(specification);
			if (home == null || !home.getName().matches("\\d+(\\.\\d+)*")) {
				wrong.add(specification.getName() + " is in no numbered area");
			}
			if (specification.getSections().isEmpty()) {
				wrong.add(specification.getName() + " cites no section");
			}
		}
		assertEquals(List.of(), wrong);
	}

	@Test
	void everyAreaAndElementIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		model.areas.values().stream().filter(a -> a.getDescription() == null || a.getDescription().isBlank())
				.forEach(a -> undescribed.add("area " + a.getName()));
		model.elements.values().stream().filter(e -> e.getDescription() == null || e.getDescription().isBlank())
				.forEach(e -> undescribed.add(e.getName()));
		assertEquals(List.of(), undescribed);
	}

	@Test
	void descriptionsHaveOneOrTwoSentences() {
		List<String> long_ = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		model.areas.values().forEach(a -> texts.add(a.getDescription()));
		model.elements.values().forEach(e -> texts.add(e.getDescription()));
		for (String text : texts) {
			long sentences = Arrays.stream(text.split("(?<=[.!?])\\s+")).filter(s -> !s.isBlank()).count();
			if (sentences > 2) {
				long_.add(text);
			}
		}
		assertEquals(List.of(), long_);
	}

	/** The eighteen overview documents of the table in section 1.1 and the areas they cover. */
	@Test
	void overviewDocumentsOfSection1_1CoverTheirAreas() {
		Map<String, String> covers = new LinkedHashMap<>();
		covers.put("MS-ADOD", "5, 5.1");
		covers.put("MS-AUTHSOD", "9.1, 9.2");
		covers.put("MS-AZOD", "9.1, 9.3, 9.5");
		covers.put("MS-CCROD", "6.2");
		covers.put("MS-CERSOD", "9.1, 9.4");
		covers.put("MS-FASOD", "6.4");
		covers.put("MS-FSMOD", "6.3, 6.5");
		covers.put("MS-GPOD", "10.1");
		covers.put("MS-MQOD", "2.2.3");
		covers.put("MS-MSSOD", "3.2");
		covers.put("MS-NAPOD", "7.1.3");
		covers.put("MS-NETOD", "7.7");
		covers.put("MS-PRSOD", "6.6");
		covers.put("MS-RMSOD", "9.1, 9.8");
		covers.put("MS-STOROD", "6.7");
		covers.put("MS-TPSOD", "2.2.2");
		covers.put("MS-WMOD", "10.1");
		covers.put("MS-WSUSOD", "10.1");
		assertEquals(18, covers.size());
		for (var entry : covers.entrySet()) {
			Specification overview = model.specification(entry.getKey());
			assertEquals(SpecKind.OVERVIEW, overview.getKind(), entry.getKey());
			assertEquals("1.1", BuiltInModel.home(overview).getName(), entry.getKey());
			assertEquals(entry.getValue(), overview.getCovers().stream().map(Area::getName).collect(Collectors.joining(", ")),
					entry.getKey());
		}
		for (String later : List.of("MS-RDSOD", "MS-OCSPROT", "MS-GRVPROT", "MS-OXPROTO", "MS-SPFEPO", "MS-SPBEPO", "MS-FSO")) {
			assertEquals(SpecKind.OVERVIEW, model.specification(later).getKind(), later);
			assertFalse(model.specification(later).getCovers().isEmpty(), later);
		}
	}

	@ParameterizedTest(name = "{0} names {1}")
	@CsvSource(delimiter = '|', textBlock = """
			COM+   | MS-COM
			COMA   | MS-COMA
			COMEV  | MS-COMEV
			COMT   | MS-COMT
			COMQC  | MC-COMQC
			SSRP   | MC-SQLR
			SMP    | MC-SMP
			RDS    | MS-ADTG
			DCOM   | MS-DCOM
			CIFS   | MS-CIFS
			AuthIP | MS-AIPS
			PNRP   | MS-PNRP
			FRS    | MS-FRS1
			RDC    | MS-RDC
			""")
	void abbreviationsOfTheTextAreAliases(String alias, String name) {
		assertSame(model.element(name), model.element(alias));
	}

	@Test
	void documentErrorsAreModeledAsWrittenWithARemark() {
		for (String name : List.of("MS-GPIPEC", "MS-ADFSSWAP", "EDNSO", "MS-PTPT", "MC-IISA", "MS-SMTPNTLM", "MS-FRS2",
				"MS-DNSP", "MS-WPO", "OAuth", "AD RMS")) {
			String remark = model.element(name).getRemark();
			assertTrue(remark != null && !remark.isBlank(), name + " has no remark");
		}
		assertTrue(model.element("MS-GPIPEC").getRemark().contains("MS-GPIPSEC"));
	}
}
