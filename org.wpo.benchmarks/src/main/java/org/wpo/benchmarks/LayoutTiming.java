package org.wpo.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wpo.dsl.WpoStandaloneSetup;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.WorkspaceChecker;
import org.wpo.query.ModelIndex;
import org.wpo.render.Diagrams;
import org.wpo.render.LaidOutDiagram;
import org.wpo.render.SvgWriter;

/**
 * ELK layout and SVG writing of a layer-stack diagram of N nodes (a synthetic model whose every
 * element has a layer), timed after warm-up runs: median and range in milliseconds.
 */
public final class LayoutTiming {

	public record Result(int nodes, double layoutMedian, double layoutMin, double layoutMax, double svgMedian,
			int runs) {
	}

	public static Result measure(int nodes, int warmups, int runs) throws Exception {
		Path folder = new SyntheticModel(nodes, Math.max(1, nodes / 100), 42)
				.writeTo(Files.createTempDirectory("wpo-layout-"));
		CheckResult result = new WpoStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(WorkspaceChecker.class).check(List.of(folder.toString()));
		ModelIndex index = ModelIndex.of(result.resourceSet());
		List<Double> layout = new ArrayList<>();
		List<Double> svg = new ArrayList<>();
		for (int i = 0; i < warmups + runs; i++) {
			long start = System.nanoTime();
			LaidOutDiagram diagram = Diagrams.layerStack(index);
			long laidOut = System.nanoTime();
			String text = SvgWriter.write(diagram);
			long written = System.nanoTime();
			if (text.isEmpty()) {
				throw new IllegalStateException("no SVG");
			}
			if (i >= warmups) {
				layout.add((laidOut - start) / 1e6);
				svg.add((written - laidOut) / 1e6);
			}
		}
		layout.sort(Double::compare);
		svg.sort(Double::compare);
		return new Result(nodes, layout.get(layout.size() / 2), layout.get(0), layout.get(layout.size() - 1),
				svg.get(svg.size() / 2), runs);
	}

	public static void main(String[] args) throws Exception {
		for (String n : args) {
			System.out.println(measure(Integer.parseInt(n), 2, 5));
		}
	}
}
