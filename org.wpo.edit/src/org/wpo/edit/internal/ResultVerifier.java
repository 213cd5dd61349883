package org.wpo.edit.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.wpo.dsl.workspace.IssueConverter;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.edit.EditResult.EditIssue;
import org.wpo.edit.internal.UserFiles.UserFile;

import com.google.inject.Inject;

/**
 * Makes sure that no text is saved that does not say exactly what the edit meant: the new texts,
 * parsed in a fresh resource set, have no syntax error, no reference that no longer links, the model
 * the edit made and every comment of the original that the edit does not delete. Then validates them.
 */
public class ResultVerifier {

	@Inject
	private ModelLoader loader;

	@Inject
	private Comments comments;

	@Inject
	private IResourceValidator validator;

	/**
	 * @param after            the new text of every file
	 * @param unresolvedBefore the references that did not link before the edit, by file
	 * @param intended         the structural description of every file as the edit made it
	 * @param files            the files as read
	 * @param removable        the comments that may go with what the edit deletes
	 * @return the new texts, parsed and linked
	 */
	public Map<Path, XtextResource> verify(Map<Path, String> after, Map<Path, List<String>> unresolvedBefore,
			Map<Path, String> intended, Map<Path, UserFile> files, Map<Path, Set<Integer>> removable)
			throws Unsavable {
		Map<Path, XtextResource> reparsed = loader.loadLinked(after);
		for (Map.Entry<Path, XtextResource> entry : reparsed.entrySet()) {
			String syntaxError = ModelLoader.firstSyntaxError(entry.getValue());
			if (syntaxError != null) {
				throw new Unsavable("the language cannot write the result (" + entry.getKey().getFileName() + ": "
						+ syntaxError + ")");
			}
		}
		Map<Path, List<String>> unresolvedAfter = ModelLoader.unresolved(reparsed);
		for (Path path : reparsed.keySet()) {
			List<String> broken = new ArrayList<>(unresolvedAfter.get(path));
			unresolvedBefore.get(path).forEach(broken::remove);
			if (!broken.isEmpty()) {
				throw new Unsavable("references would no longer link (" + path.getFileName() + ": " + broken.get(0)
						+ ")");
			}
		}
		for (Map.Entry<Path, XtextResource> entry : reparsed.entrySet()) {
			String actual = ModelDescription.of(entry.getValue());
			String expected = intended.get(entry.getKey());
			if (!actual.equals(expected)) {
				throw new Unsavable("the saved text of " + entry.getKey().getFileName()
						+ " would not say what the edit made (" + ModelDescription.firstDifference(expected, actual)
						+ ")");
			}
		}
		String lostComment = comments.lost(files, after, removable);
		if (lostComment != null) {
			throw new Unsavable("the comment " + lostComment + " would be lost");
		}
		return reparsed;
	}

	/** The validation issues of the files, each named as `wpo check` names it, by file and position. */
	public List<EditIssue> issues(Map<Path, XtextResource> resources) {
		List<EditIssue> issues = new ArrayList<>();
		for (Map.Entry<Path, XtextResource> entry : resources.entrySet()) {
			for (Issue issue : validator.validate(entry.getValue(), CheckMode.ALL, CancelIndicator.NullImpl)) {
				WpoDiagnostic problem = IssueConverter.convert(entry.getKey().toString(), issue);
				issues.add(new EditIssue(entry.getKey(), problem.line(), problem.column(), problem.severity().label(),
						problem.code(), problem.message()));
			}
		}
		issues.sort(Comparator.comparing((EditIssue i) -> i.file().toString()).thenComparingInt(EditIssue::line)
				.thenComparingInt(EditIssue::column));
		return issues;
	}
}
