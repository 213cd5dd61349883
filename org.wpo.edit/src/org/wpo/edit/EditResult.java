package org.wpo.edit;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of an edit. Only {@link Outcome#SAVED} changed files on disk; after any other outcome
 * every file holds exactly the bytes it held before.
 *
 * @param outcome what happened
 * @param message one sentence: what was done, or why nothing was
 * @param changes the files whose text changes (saved, or would be saved by a preview), before and after
 * @param issues  the validation issues of the model after the edit (empty when nothing was computed)
 */
public record EditResult(Outcome outcome, String message, List<FileChange> changes, List<EditIssue> issues) {

	public enum Outcome {
		/** The new texts were written. */
		SAVED,
		/** The new texts were computed and checked but, as asked, not written. */
		PREVIEWED,
		/** A precondition does not hold (an unknown name, a duplicate, a read-only file, ...). */
		REFUSED,
		/**
		 * The edit cannot be saved: the grammar cannot write the state, the written text would link
		 * differently or lose a comment, or the files cannot be written.
		 */
		FAILED
	}

	public record FileChange(Path file, String before, String after) {
	}

	/** A validation issue, positioned in the new text (line and column from 1). */
	public record EditIssue(Path file, int line, int column, String severity, String code, String message) {
		@Override
		public String toString() {
			return file.getFileName() + ":" + line + ":" + column + ": " + severity + ": " + code + ": " + message;
		}
	}

	public boolean saved() {
		return outcome == Outcome.SAVED;
	}

	static EditResult refused(String message) {
		return new EditResult(Outcome.REFUSED, message, List.of(), List.of());
	}

	static EditResult failed(String message) {
		return new EditResult(Outcome.FAILED, message, List.of(), List.of());
	}

	/** The new text of a file the edit changes, or null when it does not change it. */
	public String textOf(Path file) {
		for (FileChange change : changes) {
			if (change.file().equals(file)) {
				return change.after();
			}
		}
		return null;
	}

	/** The codes of the issues, "code@file:line" each, in order, for short assertions. */
	public List<String> issueCodes() {
		return issues.stream().map(i -> i.code() + "@" + i.file().getFileName() + ":" + i.line()).toList();
	}
}
