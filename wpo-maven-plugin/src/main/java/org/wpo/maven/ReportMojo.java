package org.wpo.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.wpo.query.ModelIndex;
import org.wpo.render.ReportSite;

/** Writes the static HTML report of the model into {@code target/wpo/report/}, as {@code wpo report} does. */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ReportMojo extends PictureMojo {

	@Override
	String goal() {
		return "report";
	}

	@Override
	String folder() {
		return "report";
	}

	@Override
	List<Path> write(ModelIndex index, Path folder) throws IOException {
		return ReportSite.write(index, folder);
	}
}
