import java.io.File;

import com.structurizr.Workspace;
import com.structurizr.dsl.StructurizrDslParser;

/**
 * Parses one Structurizr DSL workspace file, as its command line would, and prints how many software
 * systems and relationships it holds. Exit status 0 when it parsed.
 */
public final class StructurizrParse {

	public static void main(String[] args) throws Exception {
		StructurizrDslParser parser = new StructurizrDslParser();
		parser.parse(new File(args[0]));
		Workspace workspace = parser.getWorkspace();
		System.out.println("software systems: " + workspace.getModel().getSoftwareSystems().size()
				+ ", relationships: " + workspace.getModel().getRelationships().size());
	}
}
