package org.wpo.render;

import java.nio.charset.StandardCharsets;

/**
 * File names derived from model names. Letters, digits, '-' and '.' (not leading) are kept; every
 * other byte of the name's UTF-8 form becomes '_' and two hex digits, '_' itself included, so
 * that different names give different file names and no name can leave its folder or carry a
 * separator: "SOAP1.2-1/2003" becomes "SOAP1.2-1_2F2003".
 */
public final class FileNames {

	/** Longer names are cut and end with a hash of the whole name, to stay within file system limits. */
	static final int MAX_LENGTH = 120;

	private FileNames() {
	}

	public static String safe(String name) {
		StringBuilder out = new StringBuilder();
		byte[] bytes = (name == null ? "" : name).getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			boolean keep = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-'
					|| b == '.' && i > 0;
			if (keep) {
				out.append((char) b);
			} else {
				out.append('_').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
			}
		}
		if (out.length() == 0) {
			return "_";
		}
		if (out.length() > MAX_LENGTH) {
			return out.substring(0, MAX_LENGTH) + "_" + String.format("%08x", name.hashCode());
		}
		return out.toString();
	}
}
