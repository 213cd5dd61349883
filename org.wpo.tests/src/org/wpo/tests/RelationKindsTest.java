package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wpo.dsl.model.KeywordTexts;
import org.wpo.dsl.model.RelationKinds;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.query.ImpactQuery;
import org.wpo.query.StackQuery;

/**
 * The meaning and direction of each relation kind have one home, {@link RelationKinds}; the README's
 * table of kinds says the same, and names the queries that follow each kind as they do.
 */
class RelationKindsTest {

	/** One row of the README's table: kind, meaning, direction, followed by. */
	private record Row(String kind, String meaning, String direction, String queries) {
	}

	private static List<Row> readmeTable() throws Exception {
		String root = System.getProperty("wpo.root", Path.of("..").toString());
		List<String> lines = Files.readAllLines(Path.of(root, "README.md"));
		int heading = lines.indexOf("### Relation kinds");
		assertTrue(heading >= 0, "README.md has no section 'Relation kinds'");
		List<Row> rows = new ArrayList<>();
		for (String line : lines.subList(heading, lines.size())) {
			if (line.startsWith("| `")) {
				String[] cells = line.substring(1, line.length() - 1).split(" \\| ");
				assertEquals(4, cells.length, line);
				rows.add(new Row(cells[0].strip().replace("`", ""), cells[1].strip(), cells[2].strip(), cells[3].strip()));
			} else if (!rows.isEmpty()) {
				break;
			}
		}
		return rows;
	}

	@Test
	void theReadmeTableSaysWhatCompletionAndHoverSay() throws Exception {
		List<Row> rows = readmeTable();
		assertEquals(Arrays.stream(RelationKind.values()).map(RelationKind::getLiteral).toList(),
				rows.stream().map(Row::kind).toList());
		for (Row row : rows) {
			RelationKinds.Description description = RelationKinds.of(RelationKind.get(row.kind()));
			assertEquals(description.meaning(), row.meaning(), row.kind());
			assertEquals(description.direction(), row.direction(), row.kind());
		}
	}

	@Test
	void theReadmeTableNamesTheQueriesThatFollowEachKind() throws Exception {
		for (Row row : readmeTable()) {
			RelationKind kind = RelationKind.get(row.kind());
			List<String> queries = Arrays.stream(row.queries().replaceAll("\\(.*\\)", "").split(","))
					.map(String::strip).toList();
			assertEquals(StackQuery.STACK_KINDS.contains(kind), queries.contains("stack"), row.toString());
			assertEquals(ImpactQuery.DEPENDENCY_KINDS.contains(kind), queries.contains("impact"), row.toString());
			assertTrue(queries.contains("path"), row.toString());
		}
		assertEquals("impact, path (not followed by stack)",
				readmeTable().stream().filter(r -> r.kind().equals("manages")).findFirst().orElseThrow().queries());
	}

	@Test
	void everyKindAndTheQualifyingKeywordsHaveAText() {
		assertEquals("runs-over: the source is carried by the target (runs over it, is built or layered on it);"
				+ " from the carried element down to its carrier; several targets are alternatives",
				KeywordTexts.of("runs-over"));
		for (RelationKind kind : RelationKind.values()) {
			assertTrue(KeywordTexts.of(kind.getLiteral()).startsWith(kind.getLiteral() + ": "), kind::toString);
		}
		for (String keyword : List.of("via", "only", "source", "new", "after")) {
			assertTrue(KeywordTexts.of(keyword).startsWith(keyword + ": "), keyword);
		}
		assertEquals(null, KeywordTexts.of("status"));
		assertEquals(null, KeywordTexts.of("RUNS_OVER"));
	}
}
