package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.export.JsonExport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON export validates against its schema (wpo.schema.json in org.wpo.export), for the built-in
 * model and for a user's model that continues the product line, extends built-in elements and writes
 * relations with via, a condition and a source; and the schema refuses an export whose keys differ.
 */
class JsonSchemaTest {

	@TempDir
	Path dir;

	private final ObjectMapper mapper = new ObjectMapper();

	private JsonSchema schema() throws Exception {
		JsonNode node;
		try (InputStream in = JsonExport.class.getResourceAsStream("wpo.schema.json")) {
			node = mapper.readTree(in);
		}
		return JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node);
	}

	private JsonNode export(String... paths) throws Exception {
		List<String> args = new java.util.ArrayList<>(List.of("export", "--format", "json"));
		args.addAll(List.of(paths));
		WpoRun run = WpoRun.of(args.toArray(String[]::new));
		assertEquals(0, run.status(), run.toString());
		return mapper.readTree(run.out());
	}

	@Test
	void theBuiltInModelsExportValidates() throws Exception {
		assertEquals(Set.of(), schema().validate(export()));
	}

	@Test
	void aUserModelWithTheNewFeaturesValidates() throws Exception {
		Fixtures.write(dir.resolve("model/acme.wpo"), """
				model acme
				import mswpo
				products after "Windows Server 2012 R2" { product "Windows 10" }
				area 99 "Remote management" {
					protocol MS-ACME "ACME Management Protocol" {
						manages MS-SMB2
						runs-over MS-RPCE via "named pipes" only from "Windows 10" section 99 source MS-XYZ section 2.1
						uses TCP only in "Windows Server 2012 R2", "Windows 10" source "RFC 1001"
					}
				}
				extend TCP { aka "Transmission Control" remark "Carries MS-ACME." applies from "Windows NT" }
				""");
		JsonNode json = export(dir.resolve("model").toString());
		assertEquals(Set.of(), schema().validate(json));

		ObjectNode renamed = (ObjectNode) json.get("relations").get(0);
		renamed.set("comment", renamed.remove("note"));
		Set<ValidationMessage> problems = schema().validate(json);
		assertFalse(problems.isEmpty(), "a renamed key is refused");
	}
}
