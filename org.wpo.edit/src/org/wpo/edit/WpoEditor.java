package org.wpo.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.wpo.dsl.wpo.WpoPackage;
import org.wpo.edit.EditResult.EditIssue;
import org.wpo.edit.EditResult.FileChange;
import org.wpo.edit.EditResult.Outcome;
import org.wpo.edit.internal.ChangeRecorder;
import org.wpo.edit.internal.Comments;
import org.wpo.edit.internal.EditRuntimeModule;
import org.wpo.edit.internal.LayoutKeeper;
import org.wpo.edit.internal.ModelDescription;
import org.wpo.edit.internal.ModelLoader;
import org.wpo.edit.internal.ResultVerifier;
import org.wpo.edit.internal.StagedFiles;
import org.wpo.edit.internal.Unsavable;
import org.wpo.edit.internal.UserFiles;
import org.wpo.edit.internal.UserFiles.UserFile;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Applies an {@link Edit} to the .wpo files of a model and saves it, changing as little text as it
 * can. The steps, each of which may stop the edit with every file untouched:
 * <ol>
 * <li>read the files ({@link UserFiles}) and parse them with the built-in model, read-only
 * ({@link ModelLoader}); refuse files with syntax errors;</li>
 * <li>let the edit check its precondition on the loaded model;</li>
 * <li>apply it while Xtext's change serializer records it, which yields text replacements for every
 * file, including the references to a renamed object in other files ({@link ChangeRecorder});</li>
 * <li>keep the original layout wherever the serializer re-wrote text the edit did not change
 * ({@link LayoutKeeper});</li>
 * <li>parse the new texts in a fresh resource set and require: no syntax error, no reference that
 * no longer links, the same model as the one the edit made, and every comment still there
 * ({@link ResultVerifier}, {@link Comments});</li>
 * <li>write all changed files through temporary files moved into place ({@link StagedFiles}).</li>
 * </ol>
 * Nothing here throws to the caller: every outcome is an {@link EditResult}.
 */
public final class WpoEditor {

	@Inject
	private ModelLoader loader;

	@Inject
	private ChangeRecorder recorder;

	@Inject
	private Comments comments;

	@Inject
	private ResultVerifier verifier;

	/** An editor with its own instance of the language, registering nothing globally. */
	public static WpoEditor create() {
		// What every instance of the language registers, each only where absent: the grammar's file
		// format and the Xtext and WPO metamodels.
		org.eclipse.xtext.common.TerminalsStandaloneSetup.doSetup();
		WpoPackage.eINSTANCE.getNsURI();
		EditRuntimeModule module = new EditRuntimeModule();
		Injector injector = Guice.createInjector(module);
		IResourceServiceProvider services = injector.getInstance(IResourceServiceProvider.class);
		module.serviceProviders().getExtensionToFactoryMap().put("wpo", services);
		return injector.getInstance(WpoEditor.class);
	}

	/** Applies the edit to the files and saves the files it changes. */
	public EditResult apply(Collection<Path> files, Edit edit) {
		return run(files, edit, true);
	}

	/** Computes and checks what the edit would write, and writes nothing. */
	public EditResult preview(Collection<Path> files, Edit edit) {
		return run(files, edit, false);
	}

	private EditResult run(Collection<Path> paths, Edit edit, boolean write) {
		try {
			return runChecked(paths, edit, write);
		} catch (Refusal refusal) {
			return EditResult.refused("Cannot " + edit.description() + ": " + refusal.getMessage() + ".");
		} catch (Unsavable unsavable) {
			return EditResult.failed("Cannot " + edit.description() + ": " + unsavable.getMessage()
					+ "; no file was changed.");
		} catch (RuntimeException | StackOverflowError e) {
			return EditResult.failed("Cannot " + edit.description() + ": " + Unsavable.reason(e)
					+ "; no file was changed.");
		}
	}

	private EditResult runChecked(Collection<Path> paths, Edit edit, boolean write) throws Refusal, Unsavable {
		// 1. Read and load.
		Map<Path, UserFile> files = UserFiles.read(paths);
		Map<Path, String> before = new LinkedHashMap<>();
		files.forEach((path, file) -> before.put(path, file.text()));
		Map<Path, XtextResource> resources = loader.loadLinked(before);
		for (Map.Entry<Path, XtextResource> entry : resources.entrySet()) {
			String syntaxError = ModelLoader.firstSyntaxError(entry.getValue());
			if (syntaxError != null) {
				throw new Refusal(entry.getKey().getFileName() + " has syntax errors (" + syntaxError
						+ "); fix them in the text first");
			}
		}
		Map<Path, List<String>> unresolvedBefore = ModelLoader.unresolved(resources);

		// 2. Precondition.
		EditModel model = new EditModel((XtextResourceSet) resources.values().iterator().next().getResourceSet(),
				resources);
		Change change = edit.prepare(model);
		Map<Path, Set<Integer>> removable = comments.removable(change, files, resources);

		// 3. Record the change and let the serializer write it; 4. keep the user's layout.
		Map<Path, String> serialized = recorder.record(resources, change);
		Map<Path, String> intended = new LinkedHashMap<>();
		resources.forEach((path, resource) -> intended.put(path, ModelDescription.of(resource)));
		Map<Path, String> after = recorder.keepLayout(files, serialized, removable);

		// 5. Check the new texts.
		Map<Path, XtextResource> reparsed = verifier.verify(after, unresolvedBefore, intended, files, removable);

		// 6. Report and save.
		return save(files, after, verifier.issues(reparsed), edit, write);
	}

	private static EditResult save(Map<Path, UserFile> files, Map<Path, String> after, List<EditIssue> issues,
			Edit edit, boolean write) {
		List<FileChange> changes = new ArrayList<>();
		Map<Path, byte[]> contents = new LinkedHashMap<>();
		Map<Path, byte[]> originals = new HashMap<>();
		for (UserFile file : files.values()) {
			String text = after.get(file.path());
			if (!text.equals(file.text())) {
				changes.add(new FileChange(file.path(), file.text(), text));
				contents.put(file.path(), file.encode(text));
				originals.put(file.path(), file.bytes());
			}
		}
		if (changes.isEmpty()) {
			return new EditResult(write ? Outcome.SAVED : Outcome.PREVIEWED,
					"Nothing to change: " + edit.description() + " leaves every file as it is.", changes, issues);
		}
		if (!write) {
			return new EditResult(Outcome.PREVIEWED, "Would " + edit.description() + ", changing " + names(changes)
					+ ".", changes, issues);
		}
		String problem = StagedFiles.write(contents, originals);
		if (problem != null) {
			return EditResult.failed("Cannot " + edit.description() + ": " + problem + ".");
		}
		return new EditResult(Outcome.SAVED, "Done: " + edit.description() + ", changing " + names(changes) + ".",
				changes, issues);
	}

	private static String names(List<FileChange> changes) {
		return String.join(", ", changes.stream().map(c -> c.file().getFileName().toString()).toList());
	}
}
