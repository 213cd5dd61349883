package org.wpo.edit.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.wpo.edit.Change;
import org.wpo.edit.internal.TextTokens.Tok;
import org.wpo.edit.internal.UserFiles.UserFile;

import com.google.inject.Inject;

/**
 * The comments of the user's files through an edit: which ones may go with what the edit deletes, and
 * whether the new texts still have every other one, once. Comments are counted by their text without
 * surrounding whitespace ({@link Tally}), here and where {@link LayoutKeeper} puts back the comments the
 * serializer lost or repeated.
 */
public class Comments {

	@Inject
	private TextTokens lexer;

	/** How many times each comment occurs, in the order first seen. */
	public static final class Tally {
		private final Map<String, Integer> counts = new LinkedHashMap<>();

		/** The comments among the tokens. */
		public static Tally of(List<Tok> tokens) {
			Tally tally = new Tally();
			tokens.forEach(tally::add);
			return tally;
		}

		/** Counts the token once more when it is a comment. */
		public void add(Tok token) {
			if (token.comment()) {
				counts.merge(key(token), 1, Integer::sum);
			}
		}

		/** Counts the token once less when it is a comment (the count may fall below zero). */
		public void remove(Tok token) {
			if (token.comment()) {
				counts.merge(key(token), -1, Integer::sum);
			}
		}

		public int count(Tok token) {
			return count(key(token));
		}

		public int count(String comment) {
			return counts.getOrDefault(comment, 0);
		}

		/** The comments counted, each once, without surrounding whitespace, in the order first seen. */
		public Set<String> comments() {
			return counts.keySet();
		}

		private static String key(Tok comment) {
			return comment.text().strip();
		}
	}

	/** The comments inside the objects the change removes, which may go with them: offsets by file. */
	public Map<Path, Set<Integer>> removable(Change change, Map<Path, UserFile> files,
			Map<Path, XtextResource> resources) {
		Map<Path, Set<Integer>> removable = new HashMap<>();
		for (EObject removed : change.removes()) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(removed);
			Path path = resources.entrySet().stream().filter(e -> e.getValue() == removed.eResource())
					.map(Map.Entry::getKey).findFirst().orElse(null);
			if (node == null || path == null) {
				continue;
			}
			String text = files.get(path).text();
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
					removable.computeIfAbsent(path, p -> new HashSet<>()).add(token.start());
				}
			}
		}
		return removable;
	}

	/**
	 * A comment of the original files that the new files no longer have although the edit does not
	 * delete it, or one they have twice; null when every comment is where it belongs.
	 */
	public String lost(Map<Path, UserFile> files, Map<Path, String> after, Map<Path, Set<Integer>> removable) {
		Tally balance = new Tally();
		Tally mayGo = new Tally();
		for (UserFile file : files.values()) {
			Set<Integer> offsets = removable.getOrDefault(file.path(), Set.of());
			for (Tok token : lexer.tokens(file.text())) {
				balance.add(token);
				if (offsets.contains(token.start())) {
					mayGo.add(token);
				}
			}
		}
		for (String text : after.values()) {
			lexer.tokens(text).forEach(balance::remove);
		}
		for (String comment : balance.comments()) {
			if (balance.count(comment) > mayGo.count(comment)) {
				return "'" + comment + "'";
			}
			if (balance.count(comment) < 0) {
				return "'" + comment + "' (it would be written twice)";
			}
		}
		return null;
	}
}
