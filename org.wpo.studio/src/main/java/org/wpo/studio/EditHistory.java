package org.wpo.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.wpo.edit.EditResult.FileChange;

/**
 * Undo and redo of the studio's saved edits: each step is the before and after text of the files an
 * edit changed. A step is undone only when every file still holds the text the edit wrote (and redone
 * only when every file holds the text from before), so that a change made since, in the editor or
 * by another program, is never overwritten; otherwise the step is refused with the reason and stays.
 */
final class EditHistory {

	/** What an undo or redo did: the files written (path, new text), or why nothing was. */
	record Outcome(boolean done, String message, List<FileChange> written) {
	}

	private final Deque<List<FileChange>> undo = new ArrayDeque<>();

	private final Deque<List<FileChange>> redo = new ArrayDeque<>();

	private final ModelFolders folders;

	EditHistory(ModelFolders folders) {
		this.folders = folders;
	}

	synchronized void record(List<FileChange> changes) {
		if (!changes.isEmpty()) {
			undo.push(List.copyOf(changes));
			redo.clear();
		}
	}

	synchronized Outcome undo() throws IOException {
		return step(undo, redo, true);
	}

	synchronized Outcome redo() throws IOException {
		return step(redo, undo, false);
	}

	private Outcome step(Deque<List<FileChange>> from, Deque<List<FileChange>> to, boolean back) throws IOException {
		String verb = back ? "undo" : "redo";
		if (from.isEmpty()) {
			return new Outcome(false, "Nothing to " + verb + ".", List.of());
		}
		List<FileChange> step = from.peek();
		for (FileChange change : step) {
			String expected = back ? change.after() : change.before();
			String now = TextFiles.read(change.file());
			if (!expected.equals(now)) {
				return new Outcome(false, "Cannot " + verb + ": " + folders.relative(change.file())
						+ " changed since; no file was changed.", List.of());
			}
		}
		List<FileChange> written = new ArrayList<>();
		for (FileChange change : step) {
			String text = back ? change.before() : change.after();
			TextFiles.write(change.file(), text);
			written.add(new FileChange(change.file(), back ? change.after() : change.before(), text));
		}
		from.pop();
		to.push(step);
		return new Outcome(true, (back ? "Undone" : "Redone") + ": " + files(step) + ".", written);
	}

	private String files(List<FileChange> step) {
		List<String> names = new ArrayList<>();
		for (FileChange change : step) {
			Path file = change.file();
			names.add(folders.relative(file));
		}
		return String.join(", ", names);
	}
}
