package org.wpo.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * The whole benchmark suite in one run: JMH for load/link/validate, the peer and the queries;
 * repeated whole-process runs of {@code ./wpo check}; the peak heap of the largest model in a
 * fresh JVM. Writes BENCHMARKS.md with the machine it ran on and the command that reproduces it.
 * Usage: Suite REPOSITORY_ROOT [--quick]
 */
public final class Suite {

	record Measure(String what, double median, double min, double max, long samples, String unit) {
		String row() {
			return String.format("| %s | %s | %s – %s | %d |", what, format(median, unit), format(min, unit),
					format(max, unit), samples);
		}
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args[0]).toAbsolutePath();
		boolean quick = Arrays.asList(args).contains("--quick");
		String[] sizes = quick ? new String[] { "1000", "10000" } : new String[] { "1000", "10000", "100000" };
		Map<String, Measure> results = new LinkedHashMap<>();

		for (String size : sizes) {
			boolean large = size.equals("100000");
			// The peer takes about 35 s a parse at 10,000 and grows faster than linearly, so at 100,000
			// (hours a run) it is not run; the report says so.
			String include = LoadBenchmark.class.getSimpleName()
					+ (large ? "" : "|" + PeerBenchmark.class.getSimpleName());
			Options options = new OptionsBuilder().include(include).param("specifications", size).forks(1)
					.warmupIterations(size.equals("1000") ? 3 : 1).measurementIterations(size.equals("1000") ? 7 : 3)
					.jvmArgsAppend("-Xmx2g").build();
			for (RunResult result : new Runner(options).run()) {
				String name = result.getParams().getBenchmark().endsWith("structurizrParse") ? "peer" : "wpo";
				results.put(name + " " + size, measure(name + " " + size, result, "ms"));
			}
		}
		Options queries = new OptionsBuilder().include(QueryBenchmark.class.getSimpleName())
				.param("specifications", quick ? "10000" : "100000").forks(1).warmupIterations(3)
				.warmupTime(TimeValue.seconds(1)).measurementIterations(5).measurementTime(TimeValue.seconds(1))
				.jvmArgsAppend("-Xmx2g").build();
		for (RunResult result : new Runner(queries).run()) {
			String benchmark = result.getParams().getBenchmark();
			String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
			results.put(name, measure(name + " query, N = " + String.format("%,d", quick ? 10000 : 100000), result, "us"));
		}
		results.put("check", wholeProcess(root, quick ? 3 : 10));
		List<LayoutTiming.Result> layouts = new ArrayList<>();
		for (int nodes : quick ? new int[] { 100, 500 } : new int[] { 100, 500, 2000 }) {
			layouts.add(LayoutTiming.measure(nodes, 2, quick ? 3 : 7));
		}
		LspLatency.Result lsp = LspLatency.measure(quick ? 100 : 500);
		List<StudioLatency.Result> studio = List.of(StudioLatency.builtIn(quick ? 20 : 100),
				StudioLatency.synthetic(10_000, quick ? 5 : 20));
		String heap = peakHeap(quick ? 10000 : 100000);
		Path out = root.resolve("BENCHMARKS.md");
		Files.writeString(out, report(results, heap, sizes, quick, layouts, lsp, studio) + keptHistory(out),
				StandardCharsets.UTF_8);
		System.out.println("wrote " + out);
	}

	/** The hand-written part of BENCHMARKS.md (profiles, before and after), which a new run keeps. */
	static final String HISTORY = "## Profiles and fixes";

	private static String keptHistory(Path file) throws IOException {
		if (!Files.exists(file)) {
			return "";
		}
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int at = text.indexOf(HISTORY);
		return at < 0 ? "" : "\n" + text.substring(at);
	}

	private static Measure measure(String what, RunResult result, String unit) {
		Statistics statistics = result.getPrimaryResult().getStatistics();
		return new Measure(what, statistics.getPercentile(50), statistics.getMin(), statistics.getMax(),
				statistics.getN(), unit);
	}

	/** {@code ./wpo check} on the built-in model, as a whole process, after warm-up runs. */
	private static Measure wholeProcess(Path root, int runs) throws IOException, InterruptedException {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < runs + 2; i++) {
			long start = System.nanoTime();
			Process process = new ProcessBuilder(root.resolve("wpo").toString(), "check").directory(root.toFile())
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("./wpo check failed");
			}
			if (i >= 2) {
				millis.add((System.nanoTime() - start) / 1e6);
			}
		}
		millis.sort(Double::compare);
		return new Measure("./wpo check (built-in model, whole process)", millis.get(millis.size() / 2), millis.get(0),
				millis.get(millis.size() - 1), millis.size(), "ms");
	}

	/** Runs PeakHeap in a fresh JVM limited to 1 GiB and returns its report line. */
	private static String peakHeap(int n) throws IOException, InterruptedException {
		String classpath = System.getProperty("java.class.path");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-cp", classpath, PeakHeap.class.getName(), Integer.toString(n)).redirectErrorStream(true)
				.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(10, TimeUnit.MINUTES);
		return output.lines().filter(l -> l.startsWith("specifications=")).findFirst()
				.orElse("failed: " + output.lines().reduce((a, b) -> b).orElse(""));
	}

	private static String report(Map<String, Measure> r, String heap, String[] sizes, boolean quick,
			List<LayoutTiming.Result> layouts, LspLatency.Result lsp, List<StudioLatency.Result> studio)
			throws IOException {
		StringBuilder md = new StringBuilder("# Benchmarks\n\n");
		md.append("Measured on ").append(LocalDate.now()).append(" with `benchmarks/run")
				.append(quick ? " --quick" : "").append("` on ").append(machine()).append(".\n\n");
		md.append("Medians with the range of the measured runs; JMH single-shot runs in a fresh JVM after warm-up ")
				.append("runs (synthetic models: N specifications over N/100 files, seed 42, about three relations each).\n\n");
		md.append("| measurement | median | range | runs |\n| --- | --- | --- | --- |\n");
		for (String size : sizes) {
			md.append(r.get("wpo " + size).row().replaceFirst("wpo " + size,
					"load, link, validate N = " + String.format("%,d", Integer.parseInt(size)))).append('\n');
		}
		for (String size : sizes) {
			if (r.containsKey("peer " + size)) {
				md.append(r.get("peer " + size).row().replaceFirst("peer " + size,
						"peer: Structurizr DSL 5.0.3 parse N = " + String.format("%,d", Integer.parseInt(size))))
						.append('\n');
			} else {
				md.append("| peer: Structurizr DSL 5.0.3 parse N = ").append(String.format("%,d", Integer.parseInt(size)))
						.append(" | not run: about 35 s a parse at 10,000 and growing faster than linearly | | 0 |\n");
			}
		}
		md.append(r.get("stack").row()).append('\n').append(r.get("impact").row()).append('\n');
		md.append(r.get("check").row()).append('\n');
		for (LayoutTiming.Result layout : layouts) {
			md.append(String.format("| ELK layout of a layer stack, %,d nodes (then SVG writing: %.1f ms) | %.1f ms | %.1f – %.1f ms | %d |%n",
					layout.nodes(), layout.svgMedian(), layout.layoutMedian(), layout.layoutMin(), layout.layoutMax(),
					layout.runs()));
		}
		md.append(String.format("| language server completion, %,d-line file (99th percentile %.1f ms) | %.1f ms | | %d |%n",
				lsp.lines(), lsp.completionP99(), lsp.completionMedian(), lsp.requests()));
		md.append(String.format("| language server hover, %,d-line file (99th percentile %.1f ms) | %.1f ms | | %d |%n",
				lsp.lines(), lsp.hoverP99(), lsp.hoverMedian(), lsp.requests()));
		for (StudioLatency.Result s : studio) {
			md.append(String.format("| studio start, %s | %.0f ms | | 1 |%n", s.model(), s.startMillis()));
			md.append(String.format("| studio gesture to file written and %s diagram received, %s (99th percentile %.0f ms) | %.0f ms | | %d |%n",
					s.diagram(), s.model(), s.p99(), s.median(), s.gestures()));
			md.append(String.format("| studio typing pause (save) to %s diagram received, %s (99th percentile %.0f ms) | %.0f ms | | %d |%n",
					s.diagram(), s.model(), s.saveP99(), s.saveMedian(), s.gestures()));
		}
		md.append(String.format("%nStudio page (app.js, app.css, index.html, minified): %d kB.%n%n",
				StudioLatency.bundleKilobytes()));
		md.append("Peak heap (fresh JVM, -Xmx1g): `").append(heap).append("`\n\n");
		md.append("## Against the targets\n\n");
		if (!quick) {
			double scaling = r.get("wpo 100000").median() / r.get("wpo 10000").median();
			md.append(String.format("- Scaling 10,000 to 100,000: %.1f times (target: at most 12).%n", scaling));
			md.append(String.format("- 100,000 specifications: %.1f s (target: under 10 s).%n",
					r.get("wpo 100000").median() / 1000));
		}
		for (String size : sizes) {
			if (r.containsKey("peer " + size)) {
				md.append(String.format("- Peer ratio at N = %s: %.3f (ours divided by Structurizr's; target below 1).%n",
						size, r.get("wpo " + size).median() / r.get("peer " + size).median()));
			}
		}
		md.append(String.format("- `./wpo check` whole process: %.2f s (target: under 2 s).%n",
				r.get("check").median() / 1000));
		layouts.stream().filter(l -> l.nodes() == 500).findFirst().ifPresent(l -> md.append(String.format(
				"- ELK layout of 500 nodes: %.0f ms (target: under 1 s).%n", l.layoutMedian())));
		md.append(String.format("- Completion and hover 99th percentile: %.1f ms and %.1f ms (target: under 50 ms).%n",
				lsp.completionP99(), lsp.hoverP99()));
		return md.toString();
	}

	private static String machine() throws IOException {
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
				.findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
		String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
				.findFirst().map(l -> l.replaceAll("[^0-9]", "")).map(kb -> (Long.parseLong(kb) >> 20) + " GiB")
				.orElse("unknown memory");
		return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + ", Java "
				+ System.getProperty("java.version");
	}

	static String format(double value, String unit) {
		return unit.equals("ms") && value >= 1000 ? String.format("%.2f s", value / 1000)
				: String.format("%.1f %s", value, unit.equals("us") ? "µs" : unit);
	}

}
