package org.wpo.edit.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResource;
import org.wpo.edit.Change;
import org.wpo.edit.internal.UserFiles.UserFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Turns a change of the loaded model into the new texts of the files: Xtext's change serializer
 * records the change and writes text replacements for every file (the references to a renamed object
 * in other files too); then {@link LayoutKeeper} gives the result back the user's layout wherever the
 * serializer re-wrote text the edit did not change.
 */
public class ChangeRecorder {

	@Inject
	private Provider<IChangeSerializer> changeSerializers;

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> formatterRequests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	@Inject
	private ModelLoader loader;

	@Inject
	private TextTokens lexer;

	/**
	 * Runs the change once, while the serializer records it; the serializer's new text of every file it
	 * changes. The loaded model holds the change afterwards.
	 */
	public Map<Path, String> record(Map<Path, XtextResource> resources, Change change) throws Unsavable {
		try {
			return serialize(resources, change);
		} catch (RuntimeException e) {
			throw new Unsavable("the language cannot write the changed model (" + Unsavable.reason(e) + ")");
		}
	}

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
		for (IEmfResourceChange resourceChange : changes) {
			Path path = byUri.get(resourceChange.getOldURI());
			if (!(resourceChange instanceof ITextDocumentChange textChange)) {
				throw new IllegalStateException("the serializer produced a change that is not text");
			}
			if (path == null) {
				if (!textChange.getReplacements().isEmpty()) {
					throw new IllegalStateException("the edit would change "
							+ resourceChange.getOldURI().lastSegment() + ", which is read-only");
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

	/**
	 * The new text of every file: the original where the serializer changed nothing, else the
	 * serializer's text in the user's layout.
	 *
	 * @param removable the comments that may go with what the edit deletes, by file
	 */
	public Map<Path, String> keepLayout(Map<Path, UserFile> files, Map<Path, String> serialized,
			Map<Path, Set<Integer>> removable) {
		Map<Path, String> after = new LinkedHashMap<>();
		for (UserFile file : files.values()) {
			String text = serialized.get(file.path());
			after.put(file.path(), text == null || text.equals(file.text()) ? file.text()
					: LayoutKeeper.merge(lexer, file.text(), text, format(file.path(), text),
							removable.getOrDefault(file.path(), Set.of())));
		}
		return after;
	}

	/** The text laid out entirely by the language's formatter. */
	private String format(Path path, String text) {
		XtextResource resource = loader.loadAlone(path, text);
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
}
