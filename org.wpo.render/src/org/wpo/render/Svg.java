package org.wpo.render;

/** Escaping and number formatting shared by the SVG and HTML writers. */
public final class Svg {

	private Svg() {
	}

	/**
	 * Text for an XML or HTML text node or attribute value: markup characters escaped, and the
	 * characters XML cannot carry at all (control characters, unpaired surrogates, U+FFFE, U+FFFF)
	 * replaced by U+FFFD. Quotes are escaped too, so the result is safe in either quoting.
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					out.append(c).append(text.charAt(++i));
				} else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE && !Character.isSurrogate(c)
						&& !(c >= 0x7F && c <= 0x9F))) {
					out.append(c);
				} else {
					out.append('\uFFFD');
				}
			}
			}
		}
		return out.toString();
	}

	/** A coordinate with at most one decimal, the same on every machine and in every locale. */
	public static String num(double value) {
		long tenths = Math.round(value * 10);
		if (tenths == 0) {
			return "0";
		}
		String sign = tenths < 0 ? "-" : "";
		long abs = Math.abs(tenths);
		return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
	}
}
