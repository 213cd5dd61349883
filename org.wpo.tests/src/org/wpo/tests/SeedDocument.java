package org.wpo.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * The text of the overview document the model is written from, MS-WPO.txt, read from the path in
 * the system property {@code wpo.seed}. Tests that need it call {@link #get()}, which skips them
 * (never passes them) when the file is absent.
 */
final class SeedDocument {

	static final String PROPERTY = "wpo.seed";

	private static final Pattern HEADING = Pattern.compile("^(\\d+(?:\\.\\d+)*) (\\S.*)$");
	/** A bracketed token without nested brackets, once the escaping backslashes are removed. */
	static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]+)\\]");
	/** A Microsoft short name written without brackets. */
	static final Pattern PLAIN_SHORT_NAME = Pattern.compile("(?<![\\w\\[-])(M[SC]-[A-Z0-9]+)(?![\\w\\]-])");

	private static SeedDocument instance;

	final Path path;
	/** The lines with the markup's escaping backslashes removed. */
	final List<String> lines;
	/** For each line, the number of the section it belongs to, or "front" before chapter 1. */
	final List<String> sectionOfLine = new ArrayList<>();
	/** Numbered headings of chapters 1 to 12 in document order: number to title. */
	final Map<String, String> headings = new LinkedHashMap<>();
	/** Index of the first line of the body (the heading of chapter 1) and of the index (chapter 13). */
	final int bodyStart;
	final int indexStart;

	private SeedDocument(Path path) {
		this.path = path;
		try {
			this.lines = Files.readAllLines(path, StandardCharsets.UTF_8).stream().map(l -> l.replace("\\", ""))
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		this.bodyStart = lines.lastIndexOf("1 Introduction");
		this.indexStart = lines.lastIndexOf("13 Index");
		if (bodyStart < 0 || indexStart < bodyStart) {
			throw new AssertionError("Cannot find the body of the document in " + path);
		}
		String section = "front";
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (i >= bodyStart && i < indexStart && !line.contains("\t")) {
				Matcher m = HEADING.matcher(line);
				if (m.matches()) {
					section = m.group(1);
					headings.put(section, m.group(2));
				}
			}
			if (i >= indexStart) {
				section = "13";
			}
			sectionOfLine.add(section);
		}
	}

	/** The document, or a skipped test when it cannot be found. */
	static synchronized SeedDocument get() {
		String location = System.getProperty(PROPERTY);
		Assumptions.assumeTrue(location != null && !location.isBlank(),
				"Skipped: the system property " + PROPERTY + " that locates MS-WPO.txt is not set,"
						+ " so the model cannot be compared with the document.");
		Path path = Path.of(location).toAbsolutePath().normalize();
		Assumptions.assumeTrue(Files.isRegularFile(path),
				"Skipped: the overview document MS-WPO.txt is absent (looked for " + path
						+ "), so the model cannot be compared with the document.");
		if (instance == null || !instance.path.equals(path)) {
			instance = new SeedDocument(path);
		}
		return instance;
	}

	/** The whole text with whitespace runs and bold markers collapsed, for phrase look-ups. */
	String flatText() {
		return String.join(" ", lines).replace("**", "").replaceAll("\\s+", " ");
	}

	/** Every bracketed token of the document, in order of first appearance. */
	Set<String> bracketedTokens() {
		Set<String> tokens = new LinkedHashSet<>();
		for (String line : lines) {
			Matcher m = BRACKETED.matcher(line);
			while (m.find()) {
				tokens.add(m.group(1));
			}
		}
		return tokens;
	}

	/** For each short name (bracketed or not) in the body, the sections in which it occurs. */
	Map<String, Set<String>> sectionsOf(Set<String> shortNames) {
		Map<String, Set<String>> result = new LinkedHashMap<>();
		for (int i = 0; i < indexStart; i++) {
			String line = lines.get(i);
			String section = sectionOfLine.get(i);
			Set<String> found = new LinkedHashSet<>();
			Matcher m = BRACKETED.matcher(line);
			while (m.find()) {
				found.add(m.group(1));
			}
			m = PLAIN_SHORT_NAME.matcher(line);
			while (m.find()) {
				found.add(m.group(1));
			}
			for (String token : found) {
				if (shortNames.contains(token) && !section.equals("front")) {
					result.computeIfAbsent(token, t -> new LinkedHashSet<>()).add(section);
				}
			}
		}
		return result;
	}

	/** The lines of one numbered section (without its heading). */
	List<String> section(String number) {
		List<String> result = new ArrayList<>();
		for (int i = bodyStart; i < indexStart; i++) {
			if (sectionOfLine.get(i).equals(number) && !lines.get(i).equals(number + " " + headings.get(number))) {
				result.add(lines.get(i));
			}
		}
		return result;
	}
}
