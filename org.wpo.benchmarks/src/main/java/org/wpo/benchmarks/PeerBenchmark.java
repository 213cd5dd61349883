package org.wpo.benchmarks;

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

import com.structurizr.Workspace;
import com.structurizr.dsl.StructurizrDslParser;

/**
 * The peer: the Structurizr DSL parser on a workspace with the same elements and relationships as
 * the synthetic WPO model of the same size and seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PeerBenchmark {

	@Param({ "1000", "10000", "100000" })
	public int specifications;

	private String dsl;

	@Setup(Level.Trial)
	public void generate() {
		dsl = new SyntheticModel(specifications, 42).structurizr();
	}

	@Benchmark
	public Workspace structurizrParse() throws Exception {
		StructurizrDslParser parser = new StructurizrDslParser();
		parser.parse(dsl);
		Workspace workspace = parser.getWorkspace();
		if (workspace.getModel().getSoftwareSystems().size() != specifications) {
			throw new IllegalStateException("the peer parsed " + workspace.getModel().getSoftwareSystems().size());
		}
		return workspace;
	}
}
