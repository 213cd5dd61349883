package org.wpo.export;

import java.util.LinkedHashMap;
import java.util.Map;

import org.wpo.dsl.validation.WpoIssueCodes;

/**
 * The one home of the rule texts a SARIF log carries, one rule per issue code of
 * {@link WpoIssueCodes}: a short description, a full description, and help (what the rule checks,
 * why it matters, how to fix it, a short example) as plain text and as Markdown. GitHub's code
 * scanning requires the full description and the help of every rule.
 */
public final class SarifRules {

	/**
	 * One rule's texts.
	 *
	 * @param checks  what the rule checks, one sentence
	 * @param why     why it matters
	 * @param fix     how to fix it
	 * @param example a few lines of .wpo text that the rule reports
	 */
	record Rule(String id, String checks, String why, String fix, String example) {

		/** The rule's name from its code: "runs-over cycle" for wpo.runs-over-cycle. */
		String shortDescription() {
			return (id.startsWith("wpo.") ? id.substring(4) : id).replace('-', ' ');
		}

		String fullDescription() {
			return checks + " " + why;
		}

		String helpText() {
			return checks + "\n\nWhy: " + why + "\n\nHow to fix: " + fix + "\n\nExample:\n\n" + example;
		}

		String helpMarkdown() {
			return "**" + id + "**: " + checks + "\n\n**Why.** " + why + "\n\n**How to fix.** " + fix
					+ "\n\n**Example**\n\n```\n" + example + "\n```\n";
		}
	}

	private static final Map<String, Rule> RULES = new LinkedHashMap<>();

	private static void rule(String id, String checks, String why, String fix, String example) {
		RULES.put(id, new Rule(id, checks, why, fix, example));
	}

	static {
		rule(WpoIssueCodes.DUPLICATE_NAME, "Two elements of one model, or an element and an alias, share a name.",
				"A reference to that name could mean either, so the model cannot say which one is meant.",
				"Rename one of them, or merge the two declarations into one.",
				"protocol MS-ACME \"ACME\"\nprotocol MS-ACME \"ACME again\"");
		rule(WpoIssueCodes.SHORT_NAME_KIND, "A specification's short name does not fit its kind, or a technology"
				+ " is named like a specification.",
				"Short names follow the publisher's scheme (MS-... or MC-... for Microsoft, RFC and a number for"
						+ " the IETF); a mismatch usually means a wrong kind.",
				"Give the element the kind its name implies (standard for documents of other bodies), or"
						+ " correct the name; link a technology to its document with specified-by.",
				"protocol RFC-768 \"User Datagram Protocol\"");
		rule(WpoIssueCodes.INVALID_NAME, "A name is empty or contains '::', the separator of a model's name"
				+ " from an element's name.", "No reference could ever name such an element.",
				"Choose a non-empty name without '::'.", "technology \"Pipe::Named\"");
		rule(WpoIssueCodes.REPEATED_FEATURE, "An element states the same property (layer, status, description,"
				+ " ...) more than once.", "Only the last statement would count, which hides the first one.",
				"Keep one statement of the property.", "protocol MS-ACME \"ACME\" {\n\tstatus current\n\tstatus"
						+ " deprecated\n}");
		rule(WpoIssueCodes.RUNS_OVER_CYCLE, "A chain of runs-over relations leads back to where it started.",
				"A protocol stack cannot run over itself; the cycle makes every stack through it endless.",
				"Remove or reverse the runs-over relation that closes the cycle.",
				"technology A { runs-over B }\ntechnology B { runs-over A }");
		rule(WpoIssueCodes.REPLACES_CYCLE, "A chain of replaces relations leads back to where it started.",
				"Succession must have an order: nothing can be replaced by its own replacement.",
				"Remove the replaces relation that closes the cycle.",
				"protocol MS-NEW \"New\" { replaces MS-OLD }\nprotocol MS-OLD \"Old\" { replaces MS-NEW }");
		rule(WpoIssueCodes.LAYER_INVERSION, "An element runs over an element of a higher layer.",
				"Layers order a stack from the transport upwards; running over a higher layer inverts it and"
						+ " usually means a wrong layer or a wrong relation.",
				"Correct the layer of one of the two elements, or the direction of the relation.",
				"technology TCP { layer transport runs-over SMB2 }");
		rule(WpoIssueCodes.SELF_RELATION, "An element names itself as the target of one of its relations.",
				"A relation of an element with itself says nothing and is almost always a typing mistake.",
				"Name the intended target instead.", "protocol MS-ACME \"ACME\" { runs-over MS-ACME }");
		rule(WpoIssueCodes.APPLICABILITY_CONFLICT, "An element depends on an element that is not available in"
				+ " every product the first one applies to.",
				"The dependency would be missing on those products, so the model promises something Windows"
						+ " cannot deliver.",
				"Narrow the products the element applies to, or correct the target's applicability.",
				"protocol MS-ACME \"ACME\" {\n\tapplies from \"Windows NT\"\n\truns-over MS-SMB2\n}");
		rule(WpoIssueCodes.INVALID_APPLICABILITY, "An applicability range names an unknown product, or ends"
				+ " before it begins.", "Such a range selects no product, so the element would apply nowhere.",
				"Name products the model declares, the first one before the last.",
				"applies from \"Windows Server 2019\" to \"Windows 2000\"");
		rule(WpoIssueCodes.DEPRECATED_DEPENDENCY, "A current element depends on a deprecated or obsolete one.",
				"New work built on a retired element inherits its retirement.",
				"Depend on the element's replacement, or mark the dependent element deprecated too.",
				"protocol MS-ACME \"ACME\" { status current runs-over MS-OLD }");
		rule(WpoIssueCodes.UNPLACED_SPECIFICATION, "A specification is declared outside every area and names no"
				+ " area either.", "Every specification belongs to an area of the overview; without one it is"
						+ " missing from the areas' lists, diagrams and reports.",
				"Declare it inside an area, or add 'area' with the area's number to it.",
				"protocol MS-ACME \"ACME\" { layer application }");
		rule(WpoIssueCodes.EMPTY_AREA, "An area declares nothing, has nothing placed in it, and is cited by no"
				+ " element.", "An empty area is usually left over from an edit, or its members were placed"
						+ " elsewhere by mistake.",
				"Declare or place its members, or remove the area.", "area 7 \"Printing\"");
		rule(WpoIssueCodes.UNRESOLVED_REFERENCE, "A reference names no element visible from where it is written.",
				"The relation points nowhere, so every query, diagram and report through it is incomplete.",
				"Correct the name, declare the element, or import the model that declares it (import mswpo).",
				"technology Pipe { runs-over Nowhere }");
		rule(WpoIssueCodes.UNKNOWN_IMPORT, "An import names a model that no loaded file declares.",
				"Nothing is imported, so the names the file relies on do not resolve.",
				"Correct the model's name, or check the files that declare it as well.", "import acmee");
		rule(WpoIssueCodes.COVERS_ON_NON_OVERVIEW, "A specification that is not an overview document lists what"
				+ " it covers.", "Only overview documents cover other specifications; elsewhere 'covers'"
						+ " misstates the document's role.",
				"Move the list to the overview document, or make the element an overview.",
				"protocol MS-ACME \"ACME\" { covers MS-RPCE }");
		rule(WpoIssueCodes.PRODUCT_LINE_CONFLICT, "A products list continues a line after a product that is not the"
				+ " line's last, or after a product another list already continues.",
				"A product line has one order; two continuations would give two orders to every range across them.",
				"Continue the line after its last product, or merge the two lists.",
				"products after \"Windows 7\" { product \"Windows 10\" }");
		rule(WpoIssueCodes.REDECLARED_NAME, "An element, layer or product takes a name that a model the file imports"
				+ " already declares.",
				"References in the file would mean one thing and every query of the imported model the other.",
				"Add to the imported element with 'extend NAME { ... }', or mark a deliberate new element 'new';"
						+ " remove a layer or product that the imported model declares.",
				"import mswpo\nprotocol MS-SMB2 { runs-over TCP }");
		rule(WpoIssueCodes.DUPLICATE_RELATION, "The same relation (kind, targets, via and condition) is written twice"
				+ " in one element or extend block.", "The copy adds nothing and drifts from the original when one is"
						+ " edited.", "Remove the copy.", "technology SMB {\n\truns-over TCP\n\truns-over TCP\n}");
		rule(WpoIssueCodes.EXTEND_REFUSED_FEATURE, "An extend block sets status, layer, area or description.",
				"An extend block adds to an element declared elsewhere; it cannot change what the declaration says.",
				"Keep relations, aka, remark, sections, covers and applies in the extend block; change the rest where"
						+ " the element is declared.", "extend MS-SMB2 { status legacy }");
		rule(WpoIssueCodes.EXTEND_APPLIES_CONFLICT, "An extend block says which products an element applies to, while"
				+ " the element or another extend block already says it.",
				"An element applies to one set of products; a second statement would contradict or repeat the first.",
				"Remove the extend block's applies, or correct the original statement.",
				"extend MS-SMB2 { applies from \"Windows 8\" }");
		rule(WpoIssueCodes.UNKNOWN_WORD, "A word where a relation kind or a feature keyword belongs is none of them.",
				"The line says nothing the model can use; it is usually a misspelled kind.",
				"Write one of the relation kinds or feature keywords the message lists.",
				"protocol MS-ACME { depends-on MS-SMB2 }");
		rule(WpoIssueCodes.CONDITION_OUTSIDE_APPLICABILITY, "A relation's 'only' condition names products its source"
				+ " element does not apply to.", "The relation cannot hold where its element does not exist.",
				"Narrow the condition to the element's products, or widen the element's applies.",
				"protocol MS-ACME { applies from \"Windows 8\" uses MS-SMBD only in \"Windows 7\" }");
		rule(WpoIssueCodes.INVALID_VIA, "A relation's 'via' names an element that is not one of the target's own"
				+ " runs-over alternatives.", "'via' chooses among the target's carriers; any other element makes the"
						+ " stack through it wrong.", "Name one of the carriers the message lists.",
				"protocol MS-ACME { runs-over MS-RPCE via SMTP }");
		rule(WpoIssueCodes.MANAGES_CYCLE, "A chain of manages relations leads back to where it started.",
				"An element would end up administering itself, which the model refuses when written directly.",
				"Remove or reverse the manages relation that closes the cycle.",
				"protocol MS-A { manages MS-B }\nprotocol MS-B { manages MS-A }");
		rule(WpoIssueCodes.SYNTAX_ERROR, "The text does not follow the WPO language's grammar.",
				"The parser cannot read the rest of the construct, so its elements and relations are lost.",
				"Correct the text at the reported position; the message names what was expected.",
				"area 1 \"A\" {\n\tprotocol MS-ACME \"ACME\"");
		rule(WpoIssueCodes.UNTERMINATED_STRING, "A string opened with a quote is not closed on its line.",
				"Everything up to the next quote would become part of the string.",
				"Close the string with a quote.", "protocol MS-ACME \"ACME Management");
		rule(WpoIssueCodes.BINARY_FILE, "A .wpo file contains NUL bytes, so it is not text.",
				"A binary file is not a model; it was most likely given the extension by mistake.",
				"Rename or remove the file, or restore its text.", "(a file whose bytes include 0x00)");
		rule(WpoIssueCodes.INVALID_ENCODING, "A .wpo file is not valid UTF-8.",
				"WPO files are UTF-8; other encodings turn names with accents into different names.",
				"Save the file as UTF-8.", "area 1 \"Caf\u00e9\"   (saved as Latin-1)");
		rule(WpoIssueCodes.EMPTY_FILE, "A .wpo file contains no declarations.",
				"An empty file is usually an unfinished or truncated one.",
				"Write the model into it, or remove it.", "(a file of zero bytes, or only blanks)");
		rule(WpoIssueCodes.NESTING_TOO_DEEP, "Brackets in a file are nested deeper than the checker follows.",
				"Such depth is never meant and would exhaust the parser, so the file is not checked further.",
				"Close the brackets that were left open, or flatten the nesting.", "area 1 \"A\" { { { { ...");
		rule(WpoIssueCodes.LINK_LOOP, "A folder is reached again through a symbolic link while the checked"
				+ " folders are searched.", "Following the loop would search forever; the folder is searched"
						+ " once.", "Remove the link, or name folders that contain no loop.",
				"models/again -> ../models");
		rule(WpoIssueCodes.DUPLICATE_FILE, "The same file is named twice, directly or through a link.",
				"Checking it twice would report every declaration in it as a duplicate; it is checked once.",
				"Name each file or folder once.", "wpo check models models/acme.wpo");
		rule(WpoIssueCodes.BROKEN_LINK, "A symbolic link named like a .wpo file leads to no file.",
				"Its model cannot be read, so the check is incomplete; the other files are checked.",
				"Restore the file the link points to, or remove the link.", "models/acme.wpo -> ../gone.wpo");
		rule(WpoIssueCodes.UNCLASSIFIED, "A problem the parser or the model framework reported without a code.",
				"It still makes the model wrong or incomplete at the position reported.",
				"Read the message and correct the text at its position.", "(any text the message names)");
	}

	private SarifRules() {
	}

	/** The rule of a code; a code without texts of its own (a newer one) gets general texts. */
	static Rule of(String code) {
		Rule rule = RULES.get(code);
		return rule != null ? rule
				: new Rule(code, "A problem reported by the WPO checker with code " + code + ".",
						"It makes the model wrong or incomplete at the position reported.",
						"Read the message and correct the text at its position.", "(see the message)");
	}

	/** Whether the code has texts of its own. */
	public static boolean has(String code) {
		return RULES.containsKey(code);
	}
}
