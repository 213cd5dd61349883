package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.edit.Change;
import org.wpo.edit.EdgeRef;
import org.wpo.edit.Edit;
import org.wpo.edit.EditModel;
import org.wpo.edit.EditResult;
import org.wpo.edit.EditResult.Outcome;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.Refusal;
import org.wpo.edit.WpoEditor;
import org.wpo.edit.operations.CreateArea;
import org.wpo.edit.operations.CreateRelation;
import org.wpo.edit.operations.CreateSpecification;
import org.wpo.edit.operations.CreateTechnology;
import org.wpo.edit.operations.DeleteEdge;
import org.wpo.edit.operations.DeleteElement;
import org.wpo.edit.operations.MoveToArea;
import org.wpo.edit.operations.MoveToLayer;
import org.wpo.edit.operations.ReconnectEdge;
import org.wpo.edit.operations.Rename;

/**
 * Every editing operation of the diagram tools, applied to a model of two files with comments and
 * uneven layout, saved to disk: the exact text of each file afterwards (so that comments, untouched
 * layout and minimality are proven), the validation codes of the result, and for each refusal or
 * impossible save, the reason and files left byte for byte as they were.
 */
class EditOperationsTest {

	/** The first file: comments of both kinds, aligned comments, a blank line, spaces before a comma. */
	static final String A = """
			// ACME appliances: the protocols of the management stack.
			model acme
			import net

			/* Chapter 90 holds everything ACME ships. */
			area 90 "ACME management" {
				description "Appliance management."

				protocol MS-ACME "ACME Management Protocol" {
					layer app      // the top layer
					status current
					runs-over Pipes ,  Sockets section 90
					requires MS-ACMS
				}

				protocol MS-ACMS "ACME Security" {
					layer app
					status legacy
					runs-over Sockets
				}

				// Old transport, kept for reference.
				technology Pipes {
					layer wire
					status deprecated
				}
			}
			""";

	/** The second file: layers, a qualified reference with a trailing comment, an extend block. */
	static final String B = """
			model net
			import acme
			import mswpo

			layers {
				layer app "Application"
				layer wire "Wire"
			}

			area 91 "Networking" {
				technology Sockets {
					layer wire
					runs-over acme::Pipes   // tunnelled
					runs-over TCP
				}
			}

			extend MS-ACME {
				uses Sockets  /* optional */
			}
			""";

	/** The fixture's own warnings: current elements that run over the deprecated Pipes. */
	static final List<String> BASELINE = List.of("wpo.deprecated-dependency@a.wpo:12",
			"wpo.deprecated-dependency@b.wpo:13");

	static WpoEditor editor;

	@TempDir
	Path dir;

	Path a;
	Path b;

	@BeforeAll
	static void createEditor() {
		editor = WpoEditor.create();
	}

	@BeforeEach
	void writeFiles() throws IOException {
		a = dir.resolve("a.wpo");
		b = dir.resolve("b.wpo");
		Files.writeString(a, A);
		Files.writeString(b, B);
		// An old time stamp, so that a write would show even within the file system's resolution.
		Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000_000_000L));
		Files.setLastModifiedTime(b, FileTime.fromMillis(1_000_000_000_000L));
	}

	private EditResult apply(Edit edit) {
		return editor.apply(List.of(a, b), edit);
	}

	/** The text with {@code from}, which must occur exactly once, replaced. */
	static String once(String text, String from, String to) {
		int at = text.indexOf(from);
		assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "not exactly once: " + from);
		return text.substring(0, at) + to + text.substring(at + from.length());
	}

	/** Saved; both files now hold exactly these texts; the result lists exactly the changed files. */
	private void assertSaved(EditResult result, String expectedA, String expectedB, List<String> issues)
			throws IOException {
		assertEquals(Outcome.SAVED, result.outcome(), result.message());
		assertEquals(expectedA, Files.readString(a));
		assertEquals(expectedB, Files.readString(b));
		List<Path> changed = result.changes().stream().map(EditResult.FileChange::file).toList();
		List<Path> expectedChanged = new java.util.ArrayList<>();
		if (!expectedA.equals(A)) {
			expectedChanged.add(a.toAbsolutePath().normalize());
		}
		if (!expectedB.equals(B)) {
			expectedChanged.add(b.toAbsolutePath().normalize());
		}
		assertEquals(expectedChanged, changed);
		assertEquals(issues, result.issueCodes(), result.issues().toString());
		assertUnchangedIfSame(a, A, expectedA);
		assertUnchangedIfSame(b, B, expectedB);
	}

	/** A file the edit does not change is not written at all. */
	private static void assertUnchangedIfSame(Path file, String before, String after) throws IOException {
		if (before.equals(after)) {
			assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(file), file.toString());
		}
	}

	/** Nothing was saved: the outcome, the reason, and both files byte for byte and untouched. */
	private void assertNothingSaved(EditResult result, Outcome outcome, String message) throws IOException {
		assertEquals(outcome, result.outcome(), result.message());
		assertEquals(message, result.message());
		assertArrayEquals(A.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(a));
		assertArrayEquals(B.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(b));
		assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(a));
		assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(b));
		assertEquals(List.of(), result.changes());
	}

	private static List<String> baselineWith(String... more) {
		List<String> issues = new java.util.ArrayList<>(BASELINE);
		issues.addAll(List.of(more));
		issues.sort(java.util.Comparator.comparing((String s) -> s.substring(s.indexOf('@')))
				.thenComparing(s -> Integer.parseInt(s.substring(s.lastIndexOf(':') + 1))));
		return issues;
	}

	// ------------------------------------------------------------------ the fixture

	@Test
	void fixtureParsesAndHasOnlyItsKnownWarnings() throws IOException {
		EditResult result = editor.preview(List.of(a, b), new Edit() {
			@Override
			public String description() {
				return "change nothing";
			}

			@Override
			public Change prepare(EditModel model) {
				return Change.of(() -> {
				});
			}
		});
		assertEquals(Outcome.PREVIEWED, result.outcome(), result.message());
		assertEquals("Nothing to change: change nothing leaves every file as it is.", result.message());
		assertEquals(BASELINE, result.issueCodes());
	}

	// ------------------------------------------------------------------ creating areas and elements

	@Test
	void createAreaAtTopLevelAddsItAfterABlankLine() throws IOException {
		EditResult result = apply(new CreateArea(ObjectRef.file(a), "92", "Storage"));
		assertSaved(result, A + "\narea 92 \"Storage\"\n", B, baselineWith("wpo.empty-area@a.wpo:29"));
		assertEquals("Done: create area '92' in file a.wpo, changing a.wpo.", result.message());
	}

	@Test
	void createNestedArea() throws IOException {
		EditResult result = apply(new CreateArea(ObjectRef.area("90"), "90.1", "Appliance files"));
		assertSaved(result, once(A, "\t\tstatus deprecated\n\t}\n}\n",
				"\t\tstatus deprecated\n\t}\n\tarea 90.1 \"Appliance files\"\n}\n"), B,
				baselineWith("wpo.empty-area@a.wpo:27"));
	}

	@Test
	void createSpecificationInAnArea() throws IOException {
		EditResult result = apply(new CreateSpecification(ObjectRef.area("90"), SpecKind.FORMAT, "MS-ACMF",
				"ACME File Format"));
		assertSaved(result, once(A, "\t\tstatus deprecated\n\t}\n}\n",
				"\t\tstatus deprecated\n\t}\n\tformat MS-ACMF \"ACME File Format\"\n}\n"), B, BASELINE);
	}

	@Test
	void createSpecificationInALayerAtTheTopLevelOfAFile() throws IOException {
		EditResult result = apply(new CreateSpecification(ObjectRef.file(b), SpecKind.PROTOCOL, "MS-NETX", null,
				ObjectRef.layer("wire")));
		assertSaved(result, A, B + "\nprotocol MS-NETX {\n\tlayer wire\n}\n",
				baselineWith("wpo.unplaced-specification@b.wpo:22"));
	}

	@Test
	void createTechnologyWithANameThatNeedsQuotes() throws IOException {
		EditResult result = apply(new CreateTechnology(ObjectRef.area("91"), "Shared memory", null));
		assertSaved(result, A, once(B, "\t\truns-over TCP\n\t}\n}\n",
				"\t\truns-over TCP\n\t}\n\ttechnology \"Shared memory\"\n}\n"), BASELINE);
	}

	@Test
	void createSpecificationWhoseNameDoesNotFitItsKindIsSavedAndReported() throws IOException {
		EditResult result = apply(new CreateSpecification(ObjectRef.area("91"), SpecKind.PROTOCOL, "ACME-X", null));
		assertSaved(result, A, once(B, "\t\truns-over TCP\n\t}\n}\n",
				"\t\truns-over TCP\n\t}\n\tprotocol ACME-X\n}\n"), baselineWith("wpo.short-name-kind@b.wpo:16"));
	}

	@Test
	void createRefusesATakenNameAndALibraryParent() throws IOException {
		assertNothingSaved(apply(new CreateTechnology(ObjectRef.area("91"), "Sockets", null)), Outcome.REFUSED,
				"Cannot create technology 'Sockets' in area '91': the name 'Sockets' is already used by technology"
						+ " 'Sockets' in b.wpo.");
		assertNothingSaved(apply(new CreateArea(ObjectRef.file(a), "90", null)), Outcome.REFUSED,
				"Cannot create area '90' in file a.wpo: the name '90' is already used by area '90' in a.wpo.");
		assertNothingSaved(apply(new CreateArea(ObjectRef.area("mswpo::7"), "7.9", null)), Outcome.REFUSED,
				"Cannot create area '7.9' in area 'mswpo::7': area '7' is in 07-networking.wpo, which is read-only"
						+ " here (the built-in model or a file not given to the editor).");
	}

	// ------------------------------------------------------------------ drawing edges

	@Test
	void drawRelationAppendsALineToTheSourceBody() throws IOException {
		EditResult result = apply(new CreateRelation(ObjectRef.element("MS-ACMS"), RelationKind.RUNS_OVER,
				ObjectRef.element("Pipes")));
		assertSaved(result, once(A, "\t\truns-over Sockets\n\t}\n", "\t\truns-over Sockets\n\t\truns-over Pipes\n\t}\n"),
				B, BASELINE);
	}

	@Test
	void drawEachRelationKind() throws IOException {
		for (RelationKind kind : RelationKind.VALUES) {
			writeFiles();
			EditResult result = apply(new CreateRelation(ObjectRef.element("MS-ACMS"), kind,
					ObjectRef.element("Sockets")));
			if (kind == RelationKind.RUNS_OVER) {
				assertNothingSaved(result, Outcome.REFUSED, "Cannot draw runs-over from 'MS-ACMS' to 'Sockets':"
						+ " 'MS-ACMS' already runs-over 'Sockets'.");
				continue;
			}
			assertSaved(result, once(A, "\t\truns-over Sockets\n\t}\n",
					"\t\truns-over Sockets\n\t\t" + kind.getLiteral() + " Sockets\n\t}\n"), B, BASELINE);
		}
	}

	@Test
	void drawRelationFromALibraryElementGoesIntoAnExtendBlock() throws IOException {
		EditResult result = apply(new CreateRelation(ObjectRef.element("MS-RPCE"), RelationKind.USES,
				ObjectRef.element("Sockets"), b));
		assertSaved(result, A, B + "\nextend MS-RPCE {\n\tuses Sockets\n}\n", BASELINE);
	}

	@Test
	void drawRelationIntoAnExistingExtendBlock() throws IOException {
		EditResult result = apply(new CreateRelation(ObjectRef.element("MS-ACME"), RelationKind.REQUIRES,
				ObjectRef.element("Sockets")));
		// MS-ACME's own file is editable: the relation goes into its body, not into b.wpo's extend block.
		assertSaved(result, once(A, "\t\trequires MS-ACMS\n", "\t\trequires MS-ACMS\n\t\trequires Sockets\n"), B,
				BASELINE);
	}

	@Test
	void drawRefusesSelfRelationsDuplicatesAndUnknownNames() throws IOException {
		assertNothingSaved(apply(new CreateRelation(ObjectRef.element("Pipes"), RelationKind.USES,
				ObjectRef.element("Pipes"))), Outcome.REFUSED,
				"Cannot draw uses from 'Pipes' to 'Pipes': 'Pipes' cannot uses itself.");
		assertNothingSaved(apply(new CreateRelation(ObjectRef.element("MS-ACME"), RelationKind.USES,
				ObjectRef.element("Sockets"))), Outcome.REFUSED,
				"Cannot draw uses from 'MS-ACME' to 'Sockets': 'MS-ACME' already uses 'Sockets'.");
		assertNothingSaved(apply(new CreateRelation(ObjectRef.element("MS-ACME"), RelationKind.USES,
				ObjectRef.element("Sockest"))), Outcome.REFUSED,
				"Cannot draw uses from 'MS-ACME' to 'Sockest': there is no specification or technology named"
						+ " 'Sockest'.");
		assertNothingSaved(apply(new CreateRelation(ObjectRef.element("MS-RPCE"), RelationKind.USES,
				ObjectRef.element("Sockets"))), Outcome.REFUSED,
				"Cannot draw uses from 'MS-RPCE' to 'Sockets': 'MS-RPCE' is in 07-networking.wpo, which is"
						+ " read-only, and no file was given for an 'extend MS-RPCE' block.");
	}

	@Test
	void drawRefusesARunsOverOrReplacesEdgeThatWouldCloseACycle() throws IOException {
		// MS-ACME runs over Pipes; MS-ACMS runs over Sockets (in the other file), which runs over Pipes.
		assertNothingSaved(apply(new CreateRelation(ObjectRef.element("Pipes"), RelationKind.RUNS_OVER,
				ObjectRef.element("MS-ACME"))), Outcome.REFUSED,
				"Cannot draw runs-over from 'Pipes' to 'MS-ACME': it would close a cycle through runs-over:"
						+ " Pipes -> MS-ACME -> Pipes.");
		assertNothingSaved(apply(new CreateRelation(ObjectRef.element("Pipes"), RelationKind.RUNS_OVER,
				ObjectRef.element("MS-ACMS"))), Outcome.REFUSED,
				"Cannot draw runs-over from 'Pipes' to 'MS-ACMS': it would close a cycle through runs-over:"
						+ " Pipes -> MS-ACMS -> Sockets -> Pipes.");
	}

	@Test
	void drawRefusesAReplacesCycleButNotACycleOfOtherKinds() throws IOException {
		EditResult first = apply(new CreateRelation(ObjectRef.element("MS-ACMS"), RelationKind.REPLACES,
				ObjectRef.element("MS-ACME")));
		String replaced = once(A, "\t\truns-over Sockets\n\t}\n", "\t\truns-over Sockets\n\t\treplaces MS-ACME\n\t}\n");
		assertSaved(first, replaced, B, BASELINE);
		EditResult refused = apply(new CreateRelation(ObjectRef.element("MS-ACME"), RelationKind.REPLACES,
				ObjectRef.element("MS-ACMS")));
		assertEquals(Outcome.REFUSED, refused.outcome(), refused.message());
		assertEquals("Cannot draw replaces from 'MS-ACME' to 'MS-ACMS': it would close a cycle through replaces:"
				+ " MS-ACME -> MS-ACMS -> MS-ACME.", refused.message());
		assertEquals(replaced, Files.readString(a));
		assertEquals(List.of(), refused.changes());
		// requires has no cycle rule: MS-ACMS requiring MS-ACME, which requires MS-ACMS, is drawn.
		assertEquals(Outcome.SAVED, apply(new CreateRelation(ObjectRef.element("MS-ACMS"), RelationKind.REQUIRES,
				ObjectRef.element("MS-ACME"))).outcome());
	}

	// ------------------------------------------------------------------ reconnecting edges

	@Test
	void reconnectTargetKeepsTheTrailingComment() throws IOException {
		EditResult result = apply(new ReconnectEdge(EdgeRef.between("Sockets", RelationKind.RUNS_OVER, "Pipes"),
				ReconnectEdge.End.TARGET, ObjectRef.element("UDP")));
		assertSaved(result, A, once(B, "runs-over acme::Pipes   // tunnelled", "runs-over UDP   // tunnelled"),
				List.of("wpo.deprecated-dependency@a.wpo:12"));
	}

	@Test
	void reconnectTargetOfOneOfSeveralAlternatives() throws IOException {
		EditResult result = apply(new ReconnectEdge(EdgeRef.between("MS-ACME", RelationKind.RUNS_OVER, "Sockets"),
				ReconnectEdge.End.TARGET, ObjectRef.element("MS-ACMS")));
		assertSaved(result, once(A, "runs-over Pipes ,  Sockets section 90", "runs-over Pipes ,  MS-ACMS section 90"),
				B, BASELINE);
	}

	@Test
	void reconnectSourceMovesTheRelationToAnotherFile() throws IOException {
		EditResult result = apply(new ReconnectEdge(EdgeRef.between("MS-ACME", RelationKind.REQUIRES, "MS-ACMS"),
				ReconnectEdge.End.SOURCE, ObjectRef.element("Sockets")));
		assertSaved(result, once(A, "\t\trequires MS-ACMS\n", ""),
				once(B, "\t\truns-over TCP\n", "\t\truns-over TCP\n\t\trequires MS-ACMS\n"), BASELINE);
	}

	@Test
	void reconnectSourceOfOneAlternativeSplitsTheRelationKeepingItsSection() throws IOException {
		EditResult result = apply(new ReconnectEdge(EdgeRef.between("MS-ACME", RelationKind.RUNS_OVER, "Pipes"),
				ReconnectEdge.End.SOURCE, ObjectRef.element("MS-ACMS")));
		String expected = once(A, "runs-over Pipes ,  Sockets section 90", "runs-over Sockets section 90");
		expected = once(expected, "\t\truns-over Sockets\n\t}\n", "\t\truns-over Sockets\n\t\truns-over Pipes section 90\n\t}\n");
		assertSaved(result, expected, B, List.of("wpo.deprecated-dependency@b.wpo:13"));
	}

	@Test
	void reconnectRefusesAnEdgeThatExistsAlreadyOrLoops() throws IOException {
		assertNothingSaved(apply(new ReconnectEdge(EdgeRef.between("MS-ACME", RelationKind.RUNS_OVER, "Pipes"),
				ReconnectEdge.End.TARGET, ObjectRef.element("Sockets"))), Outcome.REFUSED,
				"Cannot reconnect the target of 'MS-ACME' runs-over 'Pipes' to 'Sockets': 'MS-ACME' already"
						+ " runs-over 'Sockets'.");
		assertNothingSaved(apply(new ReconnectEdge(EdgeRef.between("MS-ACME", RelationKind.RUNS_OVER, "Pipes"),
				ReconnectEdge.End.TARGET, ObjectRef.element("MS-ACME"))), Outcome.REFUSED,
				"Cannot reconnect the target of 'MS-ACME' runs-over 'Pipes' to 'MS-ACME': 'MS-ACME' cannot"
						+ " runs-over itself.");
		assertNothingSaved(apply(new ReconnectEdge(EdgeRef.between("MS-ACME", RelationKind.USES, "Pipes"),
				ReconnectEdge.End.TARGET, ObjectRef.element("MS-ACMS"))), Outcome.REFUSED,
				"Cannot reconnect the target of 'MS-ACME' uses 'Pipes' to 'MS-ACMS': 'MS-ACME' has no uses"
						+ " relation to 'Pipes'.");
	}

	@Test
	void reconnectRefusesAnEdgeThatWouldCloseACycle() throws IOException {
		// MS-ACMS runs over Sockets: Sockets' edge to Pipes moved to end at MS-ACMS closes a cycle.
		assertNothingSaved(apply(new ReconnectEdge(EdgeRef.between("Sockets", RelationKind.RUNS_OVER, "Pipes"),
				ReconnectEdge.End.TARGET, ObjectRef.element("MS-ACMS"))), Outcome.REFUSED,
				"Cannot reconnect the target of 'Sockets' runs-over 'Pipes' to 'MS-ACMS': it would close a cycle"
						+ " through runs-over: Sockets -> MS-ACMS -> Sockets.");
		// Sockets runs over Pipes: MS-ACME's edge to Sockets moved to start at Pipes closes a cycle.
		assertNothingSaved(apply(new ReconnectEdge(EdgeRef.between("MS-ACME", RelationKind.RUNS_OVER, "Sockets"),
				ReconnectEdge.End.SOURCE, ObjectRef.element("Pipes"))), Outcome.REFUSED,
				"Cannot reconnect the source of 'MS-ACME' runs-over 'Sockets' to 'Pipes': it would close a cycle"
						+ " through runs-over: Pipes -> Sockets -> Pipes.");
	}

	// ------------------------------------------------------------------ deleting edges

	@Test
	void deleteARelationRemovesItsLine() throws IOException {
		EditResult result = apply(new DeleteEdge(EdgeRef.between("MS-ACME", RelationKind.REQUIRES, "MS-ACMS")));
		assertSaved(result, once(A, "\t\trequires MS-ACMS\n", ""), B, BASELINE);
	}

	@Test
	void deleteOneOfSeveralAlternativesRemovesOnlyThatTarget() throws IOException {
		EditResult result = apply(new DeleteEdge(EdgeRef.between("MS-ACME", RelationKind.RUNS_OVER, "Pipes")));
		assertSaved(result, once(A, "runs-over Pipes ,  Sockets section 90", "runs-over Sockets section 90"), B,
				List.of("wpo.deprecated-dependency@b.wpo:13"));
	}

	@Test
	void deleteTheLastRelationOfAnExtendBlockRemovesTheBlock() throws IOException {
		EditResult result = apply(new DeleteEdge(EdgeRef.between("MS-ACME", RelationKind.USES, "Sockets")));
		assertSaved(result, A, once(B, "\nextend MS-ACME {\n\tuses Sockets  /* optional */\n}\n", ""), BASELINE);
	}

	@Test
	void deleteARelationOfAnExtendBlockKeepsTheBlockWhileItSaysMore() throws IOException {
		String withMore = once(B, "\tuses Sockets  /* optional */\n",
				"\tuses Sockets  /* optional */\n\trequires Sockets\n\taka \"ACME\"\n");
		Files.writeString(b, withMore);
		EditResult result = apply(new DeleteEdge(EdgeRef.between("MS-ACME", RelationKind.USES, "Sockets")));
		String expected = once(withMore, "\tuses Sockets  /* optional */\n", "");
		assertEquals(Outcome.SAVED, result.outcome(), result.message());
		assertEquals(expected, Files.readString(b));

		result = apply(new DeleteEdge(EdgeRef.between("MS-ACME", RelationKind.REQUIRES, "Sockets")));
		assertEquals(Outcome.SAVED, result.outcome(), result.message());
		assertEquals(once(expected, "\trequires Sockets\n", ""), Files.readString(b),
				"the alias keeps the block");
	}

	@Test
	void deleteRefusesAnEdgeOfTheBuiltInModel() throws IOException {
		assertNothingSaved(apply(new DeleteEdge(EdgeRef.between("MS-RPCE", RelationKind.RUNS_OVER, "HTTP"))),
				Outcome.REFUSED, "Cannot delete 'MS-RPCE' runs-over 'HTTP': the relation is in 07-networking.wpo,"
						+ " which is read-only here (the built-in model or a file not given to the editor).");
	}

	// ------------------------------------------------------------------ deleting declarations

	@Test
	void createThenDeleteGivesBackTheOriginalTextExactly() throws IOException {
		assertEquals(Outcome.SAVED, apply(new CreateTechnology(ObjectRef.area("91"), "Spare", null)).outcome());
		EditResult result = apply(new DeleteElement(ObjectRef.element("Spare")));
		assertEquals(Outcome.SAVED, result.outcome(), result.message());
		assertEquals(A, Files.readString(a));
		assertEquals(B, Files.readString(b));
		assertEquals(BASELINE, result.issueCodes());
	}

	@Test
	void deleteAnElementTakesItsCommentWithItOnceNothingRefersToIt() throws IOException {
		assertNothingSaved(apply(new DeleteElement(ObjectRef.element("Pipes"))), Outcome.REFUSED,
				"Cannot delete 'Pipes': technology 'Pipes' is still referred to in a.wpo line 12; remove the"
						+ " references first.");
		assertEquals(Outcome.SAVED,
				apply(new DeleteEdge(EdgeRef.between("MS-ACME", RelationKind.RUNS_OVER, "Pipes"))).outcome());
		assertEquals(Outcome.SAVED,
				apply(new DeleteEdge(EdgeRef.between("Sockets", RelationKind.RUNS_OVER, "Pipes"))).outcome());
		EditResult result = apply(new DeleteElement(ObjectRef.element("Pipes")));
		assertEquals(Outcome.SAVED, result.outcome(), result.message());
		assertEquals("""
				// ACME appliances: the protocols of the management stack.
				model acme
				import net

				/* Chapter 90 holds everything ACME ships. */
				area 90 "ACME management" {
					description "Appliance management."

					protocol MS-ACME "ACME Management Protocol" {
						layer app      // the top layer
						status current
						runs-over Sockets section 90
						requires MS-ACMS
					}

					protocol MS-ACMS "ACME Security" {
						layer app
						status legacy
						runs-over Sockets
					}
				}
				""", Files.readString(a));
		assertEquals(once(B, "\t\truns-over acme::Pipes   // tunnelled\n", ""), Files.readString(b));
		assertEquals(List.of(), result.issueCodes());
	}

	@Test
	void deleteRefusesAnAreaThatHoldsDeclarations() throws IOException {
		assertNothingSaved(apply(new DeleteElement(ObjectRef.area("90"))), Outcome.REFUSED,
				"Cannot delete area '90': area '90' holds 3 declaration(s); move or delete them first.");
	}

	// ------------------------------------------------------------------ renaming

	@Test
	void renameChangesTheNameAndEveryReferenceInEveryFileAndNothingElse() throws IOException {
		EditResult result = apply(new Rename(ObjectRef.element("Pipes"), "Named pipes"));
		String expectedA = A.replace("Pipes", "\"Named pipes\"");
		String expectedB = once(B, "acme::Pipes", "acme::\"Named pipes\"");
		assertSaved(result, expectedA, expectedB, BASELINE);
		// Only the name and the three references to it changed, in both files.
		assertEquals(A, Files.readString(a).replace("\"Named pipes\"", "Pipes"));
		assertEquals(B, Files.readString(b).replace("\"Named pipes\"", "Pipes"));
		assertEquals(3, count(Files.readString(a) + Files.readString(b), "\"Named pipes\""));
	}

	@Test
	void renameASpecificationUpdatesTheExtendBlockInTheOtherFile() throws IOException {
		EditResult result = apply(new Rename(ObjectRef.element("MS-ACME"), "MS-ACMX"));
		assertSaved(result, once(A, "protocol MS-ACME ", "protocol MS-ACMX "), once(B, "extend MS-ACME", "extend MS-ACMX"),
				BASELINE);
	}

	@Test
	void renameAnAreaUpdatesItsSectionReferences() throws IOException {
		EditResult result = apply(new Rename(ObjectRef.area("90"), "95"));
		assertSaved(result, once(once(A, "area 90 ", "area 95 "), "section 90", "section 95"), B, BASELINE);
		assertEquals(A, Files.readString(a).replace(" 95", " 90"));
	}

	@Test
	void renameALayerUpdatesEveryLayerLine() throws IOException {
		EditResult result = apply(new Rename(ObjectRef.layer("wire"), "link-layer"));
		assertSaved(result, A.replace("layer wire", "layer link-layer"), B.replace("layer wire", "layer link-layer"),
				BASELINE);
		assertEquals(B, Files.readString(b).replace("link-layer", "wire"));
	}

	@Test
	void renameRefusesATakenNameAnEmptyNameAndTheBuiltInModel() throws IOException {
		assertNothingSaved(apply(new Rename(ObjectRef.element("MS-ACMS"), "MS-ACME")), Outcome.REFUSED,
				"Cannot rename 'MS-ACMS' to 'MS-ACME': the name 'MS-ACME' is already used by protocol 'MS-ACME' in"
						+ " a.wpo.");
		assertNothingSaved(apply(new Rename(ObjectRef.element("Pipes"), "Pipes")), Outcome.REFUSED,
				"Cannot rename 'Pipes' to 'Pipes': it is already named 'Pipes'.");
		assertNothingSaved(apply(new Rename(ObjectRef.element("Pipes"), " ")), Outcome.REFUSED,
				"Cannot rename 'Pipes' to ' ': the name is empty.");
		assertNothingSaved(apply(new Rename(ObjectRef.element("MS-RPCE"), "MS-RPCX")), Outcome.REFUSED,
				"Cannot rename 'MS-RPCE' to 'MS-RPCX': protocol 'MS-RPCE' is in 07-networking.wpo, which is"
						+ " read-only here (the built-in model or a file not given to the editor).");
	}

	@Test
	void renameToANameThatWouldCaptureAnotherReferenceIsNotSaved() throws IOException {
		// In a.wpo (namespace acme) "Sockets" means net::Sockets. Were acme's Pipes renamed Sockets, the
		// file's own namespace would come first and that reference would silently change its target.
		EditResult result = apply(new Rename(ObjectRef.element("Pipes"), "Sockets"));
		assertEquals(Outcome.FAILED, result.outcome(), result.message());
		assertTrue(result.message().startsWith("Cannot rename 'Pipes' to 'Sockets': the saved text of a.wpo would"
				+ " not say what the edit made (expected 'targets = ['Sockets' (file:"), result.message());
		assertNothingSaved(result, Outcome.FAILED, result.message());
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}

	// ------------------------------------------------------------------ moving

	@Test
	void moveIntoAnAreaOfTheSameFileMovesTheDeclarationWithItsText() throws IOException {
		assertEquals(Outcome.SAVED, apply(new CreateArea(ObjectRef.area("90"), "90.1", "Appliance files")).outcome());
		EditResult result = apply(new MoveToArea(ObjectRef.element("MS-ACMS"), ObjectRef.area("90.1")));
		assertEquals(Outcome.SAVED, result.outcome(), result.message());
		assertEquals("""
				// ACME appliances: the protocols of the management stack.
				model acme
				import net

				/* Chapter 90 holds everything ACME ships. */
				area 90 "ACME management" {
					description "Appliance management."

					protocol MS-ACME "ACME Management Protocol" {
						layer app      // the top layer
						status current
						runs-over Pipes ,  Sockets section 90
						requires MS-ACMS
					}

					// Old transport, kept for reference.
					technology Pipes {
						layer wire
						status deprecated
					}
					area 90.1 "Appliance files" {
						protocol MS-ACMS "ACME Security" {
							layer app
							status legacy
							runs-over Sockets
						}
					}
				}
				""", Files.readString(a));
		assertEquals(B, Files.readString(b));
		assertEquals(BASELINE, result.issueCodes());
	}

	@Test
	void moveToAnAreaOfAnotherFilePlacesTheElementWithAreaAndKeepsItsComment() throws IOException {
		EditResult result = apply(new MoveToArea(ObjectRef.element("Pipes"), ObjectRef.area("91")));
		assertSaved(result, """
				// ACME appliances: the protocols of the management stack.
				model acme
				import net

				/* Chapter 90 holds everything ACME ships. */
				area 90 "ACME management" {
					description "Appliance management."

					protocol MS-ACME "ACME Management Protocol" {
						layer app      // the top layer
						status current
						runs-over Pipes ,  Sockets section 90
						requires MS-ACMS
					}

					protocol MS-ACMS "ACME Security" {
						layer app
						status legacy
						runs-over Sockets
					}
				}

				// Old transport, kept for reference.
				technology Pipes {
					layer wire
					status deprecated
					area 91
				}
				""", B, BASELINE);
	}

	@Test
	void moveAnElementPlacedWithAreaChangesOnlyThatLine() throws IOException {
		assertEquals(Outcome.SAVED, apply(new MoveToArea(ObjectRef.element("Pipes"), ObjectRef.area("91"))).outcome());
		String before = Files.readString(a);
		EditResult result = apply(new MoveToArea(ObjectRef.element("Pipes"), ObjectRef.area("90")));
		assertEquals(Outcome.SAVED, result.outcome(), result.message());
		assertEquals(once(before, "\tarea 91\n", "\tarea 90\n"), Files.readString(a));
	}

	@Test
	void moveToAnotherLayer() throws IOException {
		EditResult result = apply(new MoveToLayer(ObjectRef.element("MS-ACME"), ObjectRef.layer("wire")));
		// MS-ACME now shares the layer of what it runs over: no layer inversion.
		assertSaved(result, once(A, "layer app      // the top layer", "layer wire      // the top layer"), B,
				BASELINE);
	}

	@Test
	void moveToALayerAddsTheLineWhereThereWasNone() throws IOException {
		EditResult result = apply(new MoveToLayer(ObjectRef.element("MS-ACME"), ObjectRef.layer("mswpo::session")));
		assertSaved(result, once(A, "layer app      // the top layer", "layer mswpo::session      // the top layer"),
				B, BASELINE);
		writeFiles();
		Files.writeString(b, B.replace("\t\tlayer wire\n\t\truns-over acme", "\t\truns-over acme"));
		String textB = Files.readString(b);
		result = apply(new MoveToLayer(ObjectRef.element("Sockets"), ObjectRef.layer("app")));
		assertEquals(Outcome.SAVED, result.outcome(), result.message());
		assertEquals(once(textB, "\t\truns-over TCP\n", "\t\truns-over TCP\n\t\tlayer app\n"), Files.readString(b));
	}

	@Test
	void moveRefusesWhereTheElementIsAlready() throws IOException {
		assertNothingSaved(apply(new MoveToArea(ObjectRef.element("Pipes"), ObjectRef.area("90"))), Outcome.REFUSED,
				"Cannot move 'Pipes' to area '90': 'Pipes' is already in area '90'.");
		assertNothingSaved(apply(new MoveToLayer(ObjectRef.element("Pipes"), ObjectRef.layer("wire"))),
				Outcome.REFUSED, "Cannot move 'Pipes' to layer 'wire': 'Pipes' is already in layer 'wire'.");
	}

	// ------------------------------------------------------------------ the file's own conventions

	@Test
	void newTextFollowsTheFileLineSeparatorIndentationAndByteOrderMark() throws IOException {
		String text = "model acme\r\nimport net\r\n\r\narea 90 \"ACME management\" {\r\n"
				+ "    technology Pipes {\r\n        layer wire\r\n    }\r\n}\r\n";
		byte[] mark = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		Files.write(a, concat(mark, text.getBytes(StandardCharsets.UTF_8)));
		EditResult result = apply(new CreateRelation(ObjectRef.element("Pipes"), RelationKind.USES,
				ObjectRef.element("Sockets")));
		assertEquals(Outcome.SAVED, result.outcome(), result.message());
		String expected = "model acme\r\nimport net\r\n\r\narea 90 \"ACME management\" {\r\n"
				+ "    technology Pipes {\r\n        layer wire\r\n        uses Sockets\r\n    }\r\n}\r\n";
		assertArrayEquals(concat(mark, expected.getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(a));
		// b.wpo extends MS-ACME, which this a.wpo does not declare: an error before the edit, kept.
		assertEquals(List.of("wpo.unresolved-reference@b.wpo:18"), result.issueCodes());
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	@Test
	void aSaveLeavesNoTemporaryFileBehind() throws IOException {
		assertEquals(Outcome.SAVED, apply(new Rename(ObjectRef.element("Pipes"), "Tubes")).outcome());
		try (var files = Files.list(dir)) {
			assertEquals(List.of("a.wpo", "b.wpo"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void aFileChangedOnDiskMeanwhileIsNotOverwritten() throws IOException {
		Path target = a.toAbsolutePath().normalize();
		String problem = org.wpo.edit.internal.StagedFiles.write(
				java.util.Map.of(target, "new".getBytes(StandardCharsets.UTF_8)),
				java.util.Map.of(target, "what the edit read".getBytes(StandardCharsets.UTF_8)));
		assertEquals("a.wpo changed on disk while the edit was being made; nothing was saved", problem);
		assertArrayEquals(A.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(a));
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count());
		}
	}

	// ------------------------------------------------------------------ saves that cannot be made

	/** An edit that does anything to the loaded model, for states no operation produces. */
	private static Edit raw(String description, java.util.function.Function<EditModel, Runnable> change) {
		return new Edit() {
			@Override
			public String description() {
				return description;
			}

			@Override
			public Change prepare(EditModel model) throws Refusal {
				return Change.of(change.apply(model));
			}
		};
	}

	@Test
	void aStateTheGrammarCannotWriteLeavesEveryFileUntouched() throws IOException {
		// A relation needs at least one target; the serializer cannot write one without.
		EditResult result = apply(raw("empty a relation", model -> {
			Element acms = uncheckedElement(model, "MS-ACMS");
			return () -> acms.getRelations().get(0).getTargets().clear();
		}));
		assertNothingSaved(result, Outcome.FAILED, "Cannot empty a relation: the language cannot write the changed"
				+ " model (Could not serialize Relation:); no file was changed.");
	}

	@Test
	void anEditThatBreaksLinkingLeavesEveryFileUntouched() throws IOException {
		// A rename that does not rewrite the references to the renamed technology.
		EditResult result = apply(raw("rename Pipes but not the references to it", model -> {
			Element pipes = uncheckedElement(model, "Pipes");
			return () -> pipes.setName("Tubes");
		}));
		assertNothingSaved(result, Outcome.FAILED, "Cannot rename Pipes but not the references to it: references"
				+ " would no longer link (a.wpo: Unresolved reference: no specification or technology named 'Pipes'"
				+ " is visible here.); no file was changed.");
	}

	@Test
	void filesWithSyntaxErrorsAreNotEdited() throws IOException {
		Files.writeString(b, B.replace("layer wire \"Wire\"", "layer wire \"Wire"));
		byte[] broken = Files.readAllBytes(b);
		EditResult result = apply(new Rename(ObjectRef.element("MS-ACMS"), "MS-ACMT"));
		assertEquals(Outcome.REFUSED, result.outcome());
		assertEquals("Cannot rename 'MS-ACMS' to 'MS-ACMT': b.wpo has syntax errors (line 7: Unterminated string:"
				+ " a string must end with a double quote on the line where it starts.); fix them in the text first.",
				result.message());
		assertArrayEquals(A.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(a));
		assertArrayEquals(broken, Files.readAllBytes(b));
	}

	@Test
	void previewComputesTheTextsAndWritesNothing() throws IOException {
		EditResult result = editor.preview(List.of(a, b), new Rename(ObjectRef.element("Pipes"), "Tubes"));
		assertEquals(Outcome.PREVIEWED, result.outcome());
		assertEquals("Would rename 'Pipes' to 'Tubes', changing a.wpo, b.wpo.", result.message());
		assertEquals(A.replace("Pipes", "Tubes"), result.textOf(a.toAbsolutePath().normalize()));
		assertEquals(B.replace("Pipes", "Tubes"), result.textOf(b.toAbsolutePath().normalize()));
		assertArrayEquals(A.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(a));
		assertArrayEquals(B.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(b));
		assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(a));
	}

	private static Element uncheckedElement(EditModel model, String name) {
		try {
			return model.element(ObjectRef.element(name));
		} catch (Refusal e) {
			throw new AssertionError(e);
		}
	}

	private static Area uncheckedArea(EditModel model, String name) {
		try {
			return model.area(ObjectRef.area(name));
		} catch (Refusal e) {
			throw new AssertionError(e);
		}
	}
}
