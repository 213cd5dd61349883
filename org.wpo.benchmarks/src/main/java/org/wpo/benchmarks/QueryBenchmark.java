package org.wpo.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.wpo.dsl.WpoStandaloneSetup;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.WorkspaceChecker;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ImpactQuery;
import org.wpo.query.ModelIndex;
import org.wpo.query.StackQuery;

/** The stack and impact queries on a loaded synthetic model. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {

	@Param({ "100000" })
	public int specifications;

	private ModelIndex index;
	private Element top;
	private Element bottom;

	@Setup(Level.Trial)
	public void load() throws Exception {
		Path folder = new SyntheticModel(specifications, 42).writeTo(Files.createTempDirectory("wpo-bench-"));
		CheckResult result = new WpoStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(WorkspaceChecker.class).check(List.of(folder.toString()));
		index = ModelIndex.of(result.resourceSet());
		// The last specification sits high in the graph; the first one low, with many dependents.
		top = index.find(SyntheticModel.name(specifications - 1)).orElseThrow();
		bottom = index.find(SyntheticModel.name(0)).orElseThrow();
	}

	@Benchmark
	public StackQuery.Result stack() {
		return StackQuery.run(index, top);
	}

	@Benchmark
	public ImpactQuery.Result impact() {
		return ImpactQuery.run(index, bottom);
	}
}
