package org.wpo.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.workspace.IssueConverter;
import org.wpo.dsl.workspace.SourceText;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.dsl.wpo.WpoPackage;
import org.wpo.edit.EditResult.EditIssue;
import org.wpo.edit.EditResult.FileChange;
import org.wpo.edit.EditResult.Outcome;
import org.wpo.edit.internal.EditRuntimeModule;
import org.wpo.edit.internal.LayoutKeeper;
import org.wpo.edit.internal.ModelDescription;
import org.wpo.edit.internal.StagedFiles;
import org.wpo.edit.internal.TextTokens;
import org.wpo.edit.internal.TextTokens.Tok;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Applies an {@link Edit} to the .wpo files of a model and saves it, changing as little text as it
 * can. The steps, each of which may stop the edit with every file untouched:
 * <ol>
 * <li>read and parse the files (with the built-in model, read-only); refuse files with syntax
 * errors;</li>
 * <li>let the edit check its precondition on the loaded model;</li>
 * <li>apply it while Xtext's change serializer records it, which yields text replacements for every
 * file, including the references to a renamed object in other files;</li>
 * <li>keep the original layout wherever the serializer re-wrote text the edit did not change
 * ({@link LayoutKeeper});</li>
 * <li>parse the new texts in a fresh resource set and require: no syntax error, no reference that
 * no longer links, the same model as the one the edit made, and every comment still there;</li>
 * <li>write all changed files through temporary files moved into place.</li>
 * </ol>
 * Nothing here throws to the caller: every outcome is an {@link EditResult}.
 */
public final class WpoEditor {

	private static final String UTF8 = "UTF-8";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private Provider<IChangeSerializer> changeSerializers;

	@Inject
	private IResourceValidator validator;

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> formatterRequests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	@Inject
	private TextTokens lexer;

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

	/** One user file as read from disk. */
	private record Source(Path path, byte[] bytes, boolean byteOrderMark, String text) {
	}

	private EditResult run(Collection<Path> paths, Edit edit, boolean write) {
		try {
			return runChecked(paths, edit, write);
		} catch (Refusal refusal) {
			return EditResult.refused("Cannot " + edit.description() + ": " + refusal.getMessage() + ".");
		} catch (RuntimeException | StackOverflowError e) {
			return EditResult.failed("Cannot " + edit.description() + ": " + reason(e) + "; no file was changed.");
		}
	}

	private EditResult runChecked(Collection<Path> paths, Edit edit, boolean write) throws Refusal {
		Map<Path, Source> sources = read(paths);

		// 1. Load.
		XtextResourceSet resourceSet = newResourceSet();
		Map<Path, XtextResource> resources = new LinkedHashMap<>();
		for (Source source : sources.values()) {
			resources.put(source.path(), load(resourceSet, source.path(), source.text()));
		}
		EcoreUtil.resolveAll(resourceSet);
		for (Map.Entry<Path, XtextResource> entry : resources.entrySet()) {
			if (entry.getValue().getParseResult().hasSyntaxErrors()) {
				throw new Refusal(entry.getKey().getFileName() + " has syntax errors ("
						+ firstSyntaxError(entry.getValue()) + "); fix them in the text first");
			}
		}
		Map<Path, List<String>> unresolvedBefore = unresolved(resources);

		// 2. Precondition.
		EditModel model = new EditModel(resourceSet, resources);
		Change change = edit.prepare(model);
		Map<Path, java.util.Set<Integer>> removableComments = removableComments(change, sources, resources);

		// 3. Record the change and let the serializer write it.
		Map<Path, String> serialized;
		try {
			serialized = serialize(resources, change);
		} catch (RuntimeException e) {
			return EditResult.failed("Cannot " + edit.description() + ": the language cannot write the changed model ("
					+ reason(e) + "); no file was changed.");
		}
		Map<Path, String> expected = new LinkedHashMap<>();
		for (Map.Entry<Path, XtextResource> entry : resources.entrySet()) {
			expected.put(entry.getKey(), ModelDescription.of(entry.getValue()));
		}

		// 4. Keep the user's layout.
		Map<Path, String> after = new LinkedHashMap<>();
		for (Source source : sources.values()) {
			String text = serialized.get(source.path());
			after.put(source.path(), text == null || text.equals(source.text()) ? source.text()
					: LayoutKeeper.merge(lexer, source.text(), text, format(source.path(), text),
							removableComments.getOrDefault(source.path(), java.util.Set.of())));
		}

		// 5. Check the new texts.
		XtextResourceSet check = newResourceSet();
		Map<Path, XtextResource> reparsed = new LinkedHashMap<>();
		for (Map.Entry<Path, String> entry : after.entrySet()) {
			reparsed.put(entry.getKey(), load(check, entry.getKey(), entry.getValue()));
		}
		EcoreUtil.resolveAll(check);
		for (Map.Entry<Path, XtextResource> entry : reparsed.entrySet()) {
			if (entry.getValue().getParseResult().hasSyntaxErrors()) {
				return EditResult.failed("Cannot " + edit.description() + ": the language cannot write the result ("
						+ entry.getKey().getFileName() + ": " + firstSyntaxError(entry.getValue())
						+ "); no file was changed.");
			}
		}
		Map<Path, List<String>> unresolvedAfter = unresolved(reparsed);
		for (Path path : reparsed.keySet()) {
			List<String> broken = new ArrayList<>(unresolvedAfter.get(path));
			unresolvedBefore.get(path).forEach(broken::remove);
			if (!broken.isEmpty()) {
				return EditResult.failed("Cannot " + edit.description() + ": references would no longer link ("
						+ path.getFileName() + ": " + broken.get(0) + "); no file was changed.");
			}
		}
		for (Map.Entry<Path, XtextResource> entry : reparsed.entrySet()) {
			String actual = ModelDescription.of(entry.getValue());
			String intended = expected.get(entry.getKey());
			if (!actual.equals(intended)) {
				return EditResult.failed("Cannot " + edit.description() + ": the saved text of "
						+ entry.getKey().getFileName() + " would not say what the edit made ("
						+ ModelDescription.firstDifference(intended, actual) + "); no file was changed.");
			}
		}
		String lostComment = lostComment(sources, after, removableComments);
		if (lostComment != null) {
			return EditResult.failed("Cannot " + edit.description() + ": the comment " + lostComment
					+ " would be lost; no file was changed.");
		}

		// 6. Report and save.
		List<FileChange> changes = new ArrayList<>();
		Map<Path, byte[]> contents = new LinkedHashMap<>();
		Map<Path, byte[]> originals = new HashMap<>();
		for (Source source : sources.values()) {
			String text = after.get(source.path());
			if (!text.equals(source.text())) {
				changes.add(new FileChange(source.path(), source.text(), text));
				contents.put(source.path(), SourceText.encode(text, source.byteOrderMark()));
				originals.put(source.path(), source.bytes());
			}
		}
		List<EditIssue> issues = validate(reparsed);
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

	private Map<Path, Source> read(Collection<Path> paths) throws Refusal {
		if (paths.isEmpty()) {
			throw new Refusal("no model file was given");
		}
		Map<Path, Source> sources = new LinkedHashMap<>();
		for (Path given : paths) {
			Path path = given.toAbsolutePath().normalize();
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(path);
			} catch (IOException e) {
				throw new Refusal("cannot read " + given + " (" + e.getClass().getSimpleName() + ")");
			}
			SourceText decoded = SourceText.decode(given.toString(), bytes);
			for (WpoDiagnostic problem : decoded.problems()) {
				if (problem.severity() == WpoDiagnostic.Severity.ERROR) {
					throw new Refusal(given.getFileName() + " is not a WPO text the editor can change: "
							+ problem.message());
				}
			}
			sources.put(path, new Source(path, bytes, SourceText.startsWithByteOrderMark(bytes),
					decoded.text() == null ? "" : decoded.text()));
		}
		return sources;
	}

	private XtextResourceSet newResourceSet() {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("wpo", resourceFactory);
		BuiltInLibrary.load(resourceSet);
		return resourceSet;
	}

	private XtextResource load(XtextResourceSet resourceSet, Path path, String text) {
		XtextResource resource = (XtextResource) resourceFactory.createResource(URI.createFileURI(path.toString()));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new LazyStringInputStream(text, UTF8), Map.of(XtextResource.OPTION_ENCODING, UTF8));
		} catch (IOException e) {
			throw new IllegalStateException("cannot parse " + path.getFileName(), e);
		}
		return resource;
	}

	/** Runs the edit's change under Xtext's change serializer; the new text of every file. */
	private Map<Path, String> serialize(Map<Path, XtextResource> resources, Change change) {
		IChangeSerializer serializer = changeSerializers.get();
		serializer.setUpdateCrossReferences(change.updatesReferences());
		serializer.setUpdateRelatedFiles(change.updatesReferences());
		boolean first = true;
		for (XtextResource resource : resources.values()) {
			// Every file is recorded, so that objects may move between files and references anywhere
			// may be rewritten; the change itself runs once.
			if (first) {
				serializer.addModification(resource, r -> change.apply().run());
				first = false;
			} else {
				serializer.addModification(resource, r -> {
				});
			}
		}
		List<IEmfResourceChange> changes = new ArrayList<>();
		serializer.applyModifications(changes::add);
		Map<URI, Path> byUri = new HashMap<>();
		resources.forEach((path, resource) -> byUri.put(resource.getURI(), path));
		Map<Path, String> texts = new LinkedHashMap<>();
		for (IEmfResourceChange change2 : changes) {
			Path path = byUri.get(change2.getOldURI());
			if (!(change2 instanceof ITextDocumentChange textChange)) {
				throw new IllegalStateException("the serializer produced a change that is not text");
			}
			if (path == null) {
				if (!textChange.getReplacements().isEmpty()) {
					throw new IllegalStateException("the edit would change " + change2.getOldURI().lastSegment()
							+ ", which is read-only");
				}
				continue;
			}
			String original = resources.get(path).getParseResult().getRootNode().getText();
			texts.put(path, applyReplacements(original, textChange.getReplacements()));
		}
		return texts;
	}

	private static String applyReplacements(String text, List<ITextReplacement> replacements) {
		List<ITextReplacement> sorted = new ArrayList<>(replacements);
		sorted.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
		StringBuilder result = new StringBuilder(text);
		int limit = text.length();
		for (ITextReplacement replacement : sorted) {
			int end = replacement.getOffset() + replacement.getLength();
			if (end > limit) {
				throw new IllegalStateException("the serializer's replacements overlap");
			}
			result.replace(replacement.getOffset(), end, replacement.getReplacementText());
			limit = replacement.getOffset();
		}
		return result.toString();
	}

	/** The text laid out entirely by the language's formatter. */
	private String format(Path path, String text) {
		XtextResourceSet scratch = resourceSets.get();
		XtextResource resource = load(scratch, path, text);
		if (resource.getParseResult().hasSyntaxErrors()) {
			return text;
		}
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = formatterRequests.get();
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		List<ITextReplacement> replacements = formatters.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}

	private static Map<Path, List<String>> unresolved(Map<Path, XtextResource> resources) {
		Map<Path, List<String>> result = new LinkedHashMap<>();
		resources.forEach((path, resource) -> result.put(path, resource.getErrors().stream()
				.filter(XtextLinkingDiagnostic.class::isInstance).map(Resource.Diagnostic::getMessage).toList()));
		return result;
	}

	private static String firstSyntaxError(XtextResource resource) {
		for (INode node : resource.getParseResult().getSyntaxErrors()) {
			return "line " + node.getStartLine() + ": " + node.getSyntaxErrorMessage().getMessage();
		}
		return "unknown";
	}

	/** The comments inside the objects the change removes, which may go with them: offsets by file. */
	private Map<Path, java.util.Set<Integer>> removableComments(Change change, Map<Path, Source> sources,
			Map<Path, XtextResource> resources) {
		Map<Path, java.util.Set<Integer>> removable = new HashMap<>();
		for (EObject removed : change.removes()) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(removed);
			Path path = resources.entrySet().stream().filter(e -> e.getValue() == removed.eResource())
					.map(Map.Entry::getKey).findFirst().orElse(null);
			if (node == null || path == null) {
				continue;
			}
			String text = sources.get(path).text();
			List<Tok> tokens = lexer.tokens(text);
			int from = 0;
			for (Tok token : tokens) {
				if (!token.comment() && token.end() <= node.getOffset()) {
					from = token.end();
				}
			}
			int to = node.getEndOffset();
			int lineEnd = text.indexOf('\n', to);
			for (Tok token : tokens) {
				boolean inside = token.start() >= from && token.end() <= to;
				boolean trailing = token.start() >= to && (lineEnd < 0 || token.start() < lineEnd);
				if (token.comment() && (inside || trailing)) {
					removable.computeIfAbsent(path, p -> new java.util.HashSet<>()).add(token.start());
				}
			}
		}
		return removable;
	}

	/**
	 * A comment of the original files that the new files no longer have although the edit does not
	 * delete it, or one they have twice; null when every comment is where it belongs.
	 */
	private String lostComment(Map<Path, Source> sources, Map<Path, String> after,
			Map<Path, java.util.Set<Integer>> removable) {
		Map<String, Integer> balance = new LinkedHashMap<>();
		Map<String, Integer> mayGo = new HashMap<>();
		for (Source source : sources.values()) {
			java.util.Set<Integer> offsets = removable.getOrDefault(source.path(), java.util.Set.of());
			for (Tok token : lexer.tokens(source.text())) {
				if (token.comment()) {
					balance.merge(token.text().strip(), 1, Integer::sum);
					if (offsets.contains(token.start())) {
						mayGo.merge(token.text().strip(), 1, Integer::sum);
					}
				}
			}
		}
		for (String text : after.values()) {
			lexer.tokens(text).stream().filter(Tok::comment)
					.forEach(t -> balance.merge(t.text().strip(), -1, Integer::sum));
		}
		for (Map.Entry<String, Integer> entry : balance.entrySet()) {
			if (entry.getValue() > mayGo.getOrDefault(entry.getKey(), 0)) {
				return "'" + entry.getKey() + "'";
			}
			if (entry.getValue() < 0) {
				return "'" + entry.getKey() + "' (it would be written twice)";
			}
		}
		return null;
	}

	private List<EditIssue> validate(Map<Path, XtextResource> resources) {
		List<EditIssue> issues = new ArrayList<>();
		for (Map.Entry<Path, XtextResource> entry : resources.entrySet()) {
			for (Issue issue : validator.validate(entry.getValue(), CheckMode.ALL, CancelIndicator.NullImpl)) {
				// As `wpo check` names it: the same code, severity word, position and message.
				WpoDiagnostic problem = IssueConverter.convert(entry.getKey().toString(), issue);
				issues.add(new EditIssue(entry.getKey(), problem.line(), problem.column(), problem.severity().label(),
						problem.code(), problem.message()));
			}
		}
		issues.sort(Comparator.comparing((EditIssue i) -> i.file().toString()).thenComparingInt(EditIssue::line)
				.thenComparingInt(EditIssue::column));
		return issues;
	}

	private static String names(List<FileChange> changes) {
		return String.join(", ", changes.stream().map(c -> c.file().getFileName().toString()).toList());
	}

	private static String reason(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName()
				: message.lines().findFirst().orElse(message);
	}
}
