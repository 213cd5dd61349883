package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The relations between named documents, technologies and products that MS-WPO states and that the
 * built-in model did not state in any form before: one test per section, each relation with its
 * kind, its targets (in the order written) and the section that states it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class DocumentRelationsTest {

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	WpoTestSupport support;

	BuiltInModel model;

	@BeforeEach
	void load() {
		model = BuiltInModel.get(resourceSets.get(), support);
	}

	@Test
	void section1_2_glossaryTermsTakenFromOtherDocuments() {
		statement("MSMQ", RelationKind.SPECIFIED_BY, "1.2", "MS-MQOD");
		statement("hosted cache", RelationKind.SPECIFIED_BY, "1.2", "MS-PCHC");
		statement("distributed cache", RelationKind.SPECIFIED_BY, "1.2", "MS-CCROD");
	}

	@Test
	void section1_3_relationsStatedByTheTitlesOfReferences() {
		statement("NetBIOS", RelationKind.RUNS_OVER, "1.3", "UDP");
		statement("EDNSO", RelationKind.EXTENDS, "1.3", "DNS");
		statement("HTTP", RelationKind.SPECIFIED_BY, "1.3", "RFC2616");
		statement("HTTP", RelationKind.SPECIFIED_BY, "7.3.4", "RFC2068");
	}

	@Test
	void section2_2_1_2_comaConfiguresComPlusQueuedComponentsAndCifsShares() {
		statement("MS-COMA", RelationKind.MANAGES, "2.2.1.2", "MS-COM");
		statement("MS-COMA", RelationKind.MANAGES, "2.2.1.2", "MC-COMQC");
		statement("MS-COMA", RelationKind.MANAGES, "2.2.1.2", "MS-CIFS");
		assertEquals("COM+", model.element("MS-COM").getAliases().get(0));
	}

	@Test
	void section2_3_1_iManagedObjectIsAComInterfaceAndBothInterfacesBelongToDotNet() {
		statement("MS-IOI", RelationKind.PART_OF, "2.3.1", "COM");
		statement("MS-IOI", RelationKind.PART_OF, "2.3.1", ".NET Framework");
		statement("IRemoteDispatch", RelationKind.PART_OF, "2.3.1", ".NET Framework");
		statement("CLR", RelationKind.USES, "2.3.1", "COM");
		assertTrue(model.edges("MS-IOI", RelationKind.USES, "COM").isEmpty(), "the COM interface is stated as part-of");
	}

	@Test
	void section2_3_3_dcomOverHttpTakesOverFromRds() {
		Relation relation = statement("MS-DCOM", RelationKind.RUNS_OVER, "2.3.3", "MS-RPCE");
		assertEquals(List.of("HTTP"), names(relation.getVia()));
		assertTrue(model.relationSections("MS-RPCE", RelationKind.RUNS_OVER, "HTTP").contains("2.3.3"),
				"HTTP is one of MS-RPCE's own carriers");
	}

	@Test
	void section2_4_1_applicationHostProtocolManagesIis() {
		statement("MC-IISA", RelationKind.MANAGES, "2.4.1", "IIS");
	}

	@Test
	void section2_4_2_imsAdminBaseManagesIis() {
		statement("MS-IMSA", RelationKind.MANAGES, "2.4.2", "IIS");
	}

	@Test
	void section2_4_3_inetinfoRemoteProtocolManagesIis() {
		statement("MS-IRP", RelationKind.MANAGES, "2.4.3", "IIS");
	}

	@Test
	void section2_4_4_serviceControlProtocolManagesIis() {
		statement("MS-IISS", RelationKind.MANAGES, "2.4.4", "IIS");
	}

	@Test
	void section4_deviceProtocolsAndTheTechnologiesTheyUse() {
		statement("DLNA", RelationKind.USES, "4", "UPnP");
		statement("MS-ABTP", RelationKind.USES, "4", "Bluetooth");
		statement("MS-WFDAA", RelationKind.USES, "4", "Wi-Fi Direct");
		assertEquals(List.of("BT"), model.element("Bluetooth").getAliases());
		assertEquals(List.of("WFD"), model.element("Wi-Fi Direct").getAliases());
	}

	@Test
	void section6_3_dfsItsDescriptionItsHelperAndItsNamespaceManagement() {
		statement("DFS", RelationKind.SPECIFIED_BY, "6.3", "MSDFS");
		statement("MS-DFSRH", RelationKind.PART_OF, "6.3", "DFS");
		statement("MS-DFSNM", RelationKind.MANAGES, "6.3", "DFS");
	}

	@Test
	void section6_4_whereRedirectorsAndProviderSelectionAreDescribed() {
		statement("network redirector", RelationKind.SPECIFIED_BY, "6.4", "MSDN-WinDriverKit");
		statement("Multiple UNC Provider", RelationKind.SPECIFIED_BY, "6.4", "WININTERNALS");
	}

	@Test
	void section7_1_1_dhcpServerManagementProtocolManagesDhcp() {
		statement("MS-DHCPM", RelationKind.MANAGES, "7.1.1", "DHCP");
		assertTrue(model.relationSections("MS-DHCPM", RelationKind.RUNS_OVER, "RPC").contains("7.1.1"));
	}

	@Test
	void section7_1_2_ipamManagementProtocolsManageIpamAndDhcpServers() {
		statement("MS-IPAMM", RelationKind.MANAGES, "7.1.2", "IPAM");
		statement("MS-IPAMM2", RelationKind.MANAGES, "7.1.2", "IPAM");
		statement("MS-IPAMM2", RelationKind.MANAGES, "7.1.2", "DHCP");
		statement("IPAM", RelationKind.USES, "7.1.2", "DHCP", "DNS");
		assertTrue(model.edges("IPAM", RelationKind.SPECIFIED_BY, "MS-IPAMM").isEmpty(),
				"the IPAM protocols manage the IPAM data store rather than specify IPAM");
	}

	@Test
	void section7_1_4_nameResolutionProfilesAndImplementations() {
		statement("NetBIOS", RelationKind.SPECIFIED_BY, "7.1.4", "MS-NBTE");
		statement("WINS", RelationKind.PROFILE_OF, "7.1.4", "NBNS");
		statement("MS-LLMNRP", RelationKind.USES, "7.1.4", "TCP", "EDNSO");
		statement("RFC4795", RelationKind.REQUIRES, "7.1.4", "TCP", "EDNSO");
	}

	@Test
	void section7_3_1_netBiosOverTcpAndTheNetBiosCarriersOfRpc() {
		statement("NetBT", RelationKind.RUNS_OVER, "7.3.1", "TCP");
		Relation rpc = statement("MS-RPCE", RelationKind.RUNS_OVER, "7.3.1", "NetBIOS");
		assertEquals(List.of("IPX", "TCP", "NetBEUI"), names(rpc.getVia()));
		statement("MS-RPCE", RelationKind.RUNS_OVER, "7.3.1", "SMB", "TCP", "UDP", "SPX", "IPX", "AppleTalk");
	}

	@Test
	void section7_3_4_uriQueryHandlingAndInternetExplorer11OnWindows8_1() {
		Relation windows = statement("HTTP", RelationKind.USES, "7.3.4", "RFC3986");
		assertNull(windows.getCondition());
		Relation explorer = statement("Internet Explorer 11", RelationKind.USES, "7.3.4", "RFC3986");
		assertEquals(List.of("Windows 8.1"), explorer.getCondition().getProducts().stream().map(Product::getName).toList());
	}

	@Test
	void section7_4_1_ipsecPacketsTravelInIpOverHttpsTunnels() {
		statement("IPsec", RelationKind.USES, "7.4.1", "MS-IPHTTPS");
	}

	@Test
	void section7_5_1_directAccessTechnicalOverview() {
		statement("DirectAccess", RelationKind.SPECIFIED_BY, "7.5.1", "MSFT-DATO");
	}

	@Test
	void section7_5_2_securityAssociationsAndIpsecAuthentication() {
		statement("IPsec", RelationKind.USES, "7.5.2", "GSS", "certificate-based authentication", "shared key");
		statement("security association", RelationKind.SPECIFIED_BY, "7.5.2", "RFC4301");
		statement("security association", RelationKind.USES, "7.5.2", "SPD");
		statement("IPsec", RelationKind.USES, "7.5.2", "SPD");
		statement("GSS", RelationKind.SPECIFIED_BY, "7.5.2", "MS-AUTHSOD");
		statement("certificate-based authentication", RelationKind.SPECIFIED_BY, "7.5.2", "MS-CERSOD");
	}

	@Test
	void section7_5_3_theSpdIsManagedThroughGroupPolicyAndFeedsIke() {
		statement("MS-GPIPSEC", RelationKind.MANAGES, "7.5.3", "SPD");
		statement("MS-GPFAS", RelationKind.MANAGES, "7.5.3", "SPD");
		statement("IKE", RelationKind.USES, "7.5.3", "SPD");
		statement("security association", RelationKind.USES, "7.5.3", "ESP", "AH");
		assertTrue(model.edges("SPD", RelationKind.SPECIFIED_BY, "MS-GPIPSEC").isEmpty(),
				"the Group Policy extensions manage the SPD rather than specify it");
	}

	@Test
	void section7_5_4_policyFormatsOfTheSpdConfigureIkeAndAuthIp() {
		statement("SPD", RelationKind.SPECIFIED_BY, "7.5.4", "MS-GPIPEC", "MS-GPFAS");
		statement("MS-GPFAS", RelationKind.MANAGES, "7.5.4", "MS-AIPS");
		statement("MS-GPIPEC", RelationKind.MANAGES, "7.5.4", "IKE");
		statement("MS-GPIPEC", RelationKind.USES, "7.5.4", "Group Policy");
		assertTrue(model.edges("MS-GPIPEC", RelationKind.MANAGES, "MS-AIPS").isEmpty(),
				"the document says AuthIP policies are not supported in the MS-GPIPEC format");
	}

	@Test
	void section9_6_adfsInteroperatesWithTheWsArchitecture() {
		statement("AD FS", RelationKind.USES, "9.6", "MSDN-WSA");
	}

	@Test
	void section10_3_dnsServerManagementProtocolManagesDns() {
		statement("MS-DNSP", RelationKind.MANAGES, "10.3", "DNS");
	}

	@Test
	void section10_4_winsAdministrativeInterfaceManagesWins() {
		statement("MS-RAIW", RelationKind.MANAGES, "10.4", "WINS");
	}

	@Test
	void everyManagesRelationStartsAtAProtocolOrFormatDocument() {
		List<Relation> manages = model.relations.stream().filter(r -> r.getKind() == RelationKind.MANAGES).toList();
		assertEquals(18, manages.size());
		for (Relation relation : manages) {
			Element source = Relations.source(relation);
			assertTrue(source instanceof org.wpo.dsl.wpo.Specification, source.getName() + " manages");
		}
	}

	/**
	 * The one relation statement of that kind from source citing that section whose targets are
	 * exactly those given, in order; fails, listing what there is, when there is none.
	 */
	private Relation statement(String source, RelationKind kind, String section, String... targets) {
		Element from = model.element(source);
		List<Relation> candidates = model.relations.stream()
				.filter(r -> Relations.source(r) == from && r.getKind() == kind && r.getSection() != null
						&& section.equals(r.getSection().getName()))
				.toList();
		List<Relation> matching = candidates.stream().filter(r -> names(r.getTargets()).equals(Arrays.asList(targets)))
				.toList();
		assertEquals(1, matching.size(), source + " " + kind.getLiteral() + " " + Arrays.toString(targets) + " section "
				+ section + "; statements of that kind and section: "
				+ candidates.stream().map(r -> names(r.getTargets())).toList());
		return matching.get(0);
	}

	private static List<String> names(List<? extends Element> elements) {
		return elements.stream().map(Element::getName).toList();
	}
}
