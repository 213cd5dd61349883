package org.wpo.render;

/** JSON string literals that are also safe inside an HTML page or a script file. */
final class Json {

	private Json() {
	}

	static String string(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		String clean = text;
		for (int i = 0; i < clean.length(); i++) {
			char c = clean.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029
						|| Character.isSurrogate(c) && !paired(clean, i)) {
					out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	private static boolean paired(String text, int i) {
		char c = text.charAt(i);
		return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
				: i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}
}
