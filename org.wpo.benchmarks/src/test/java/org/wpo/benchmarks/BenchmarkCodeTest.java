package org.wpo.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark code runs on a small model; this checks behaviour, never time. */
class BenchmarkCodeTest {

	@Test
	void syntheticModelIsReproducibleAndShaped() {
		SyntheticModel model = new SyntheticModel(500, 7);
		assertEquals(new SyntheticModel(500, 7).texts(), model.texts(), "same seed, same text");
		Map<String, String> texts = model.texts();
		assertEquals(6, texts.size(), "the layers file and N/100 model files");
		double perSpecification = (double) model.links().size() / model.specifications();
		assertTrue(perSpecification > 2.5 && perSpecification < 3.5, "about three relations each: " + perSpecification);
		for (SyntheticModel.Link link : model.links()) {
			if (link.kind().equals("runs-over")) {
				assertTrue(model.layer(link.target()) > model.layer(link.source()), "runs-over goes down: " + link);
			} else {
				assertTrue(link.target() < link.source(), "other relations point backwards: " + link);
			}
		}
	}

	@Test
	void loadBenchmarkValidatesTheSyntheticModelWithoutErrors() throws Exception {
		LoadBenchmark benchmark = new LoadBenchmark();
		benchmark.specifications = 300;
		benchmark.generate();
		var result = benchmark.loadLinkValidate();
		assertEquals(0, result.errors());
		assertEquals(300, result.counts().elements());
	}

	@Test
	void peerParsesTheSameNumberOfElements() throws Exception {
		PeerBenchmark peer = new PeerBenchmark();
		peer.specifications = 300;
		peer.generate();
		var workspace = peer.structurizrParse();
		assertEquals(new SyntheticModel(300, 42).links().size(), workspace.getModel().getRelationships().size());
	}

	@Test
	void queriesRunOnALoadedModel() throws Exception {
		QueryBenchmark queries = new QueryBenchmark();
		queries.specifications = 300;
		queries.load();
		assertTrue(queries.stack().byLayer().size() > 0);
		assertTrue(queries.impact().size() > 0);
	}

	@Test
	void layoutTimingLaysOutASmallLayerStack() throws Exception {
		LayoutTiming.Result result = LayoutTiming.measure(40, 0, 1);
		assertEquals(40, result.nodes());
		assertTrue(result.layoutMedian() > 0);
	}

	@Test
	void lspLatencyAnswersCompletionAndHoverOnTheBigFile() throws Exception {
		LspLatency.Result result = LspLatency.measure(5);
		assertTrue(result.lines() > 4000, "a file of about 5,000 lines: " + result.lines());
		assertEquals(5, result.requests());
		assertTrue(result.completionMedian() > 0 && result.hoverMedian() > 0);
	}

	@Test
	void aWrittenSectionReplacesItsOwnAndKeepsTheOthers(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("BENCHMARKS.md");
		Files.writeString(file, "# Benchmarks\n\n## A\n\nold a\n\n## B\n\nb\n");
		PeerRuns.write(file, "## A", "## A\n\nnew a\n");
		assertEquals("# Benchmarks\n\n## A\n\nnew a\n\n## B\n\nb\n", Files.readString(file));
		PeerRuns.write(file, "## C", "## C\n\nc\n");
		assertEquals("# Benchmarks\n\n## A\n\nnew a\n\n## B\n\nb\n\n## C\n\nc\n", Files.readString(file));
	}
}
