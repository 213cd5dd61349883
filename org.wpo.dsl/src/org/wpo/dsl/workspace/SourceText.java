package org.wpo.dsl.workspace;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.wpo.dsl.parser.NestingLimit;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.workspace.WpoDiagnostic.Severity;

/**
 * The text of a .wpo file decoded from its bytes, with the problems of the bytes themselves: binary
 * content, invalid UTF-8, no content at all. These are found before parsing so that they are
 * reported once, at the offending byte, instead of as a flood of syntax errors. A text nested deeper
 * than {@link #MAX_NESTING} braces is not parsed either: the parser descends once per level and
 * would run out of stack.
 *
 * @param text     the text to parse, or null when the file is binary and must not be parsed
 * @param problems the problems of the bytes, with positions
 */
public record SourceText(String text, List<WpoDiagnostic> problems) {

	private static final int BYTE_ORDER_MARK_LENGTH = 3;

	/** The deepest nesting of braces a file may have ({@link NestingLimit#MAX_NESTING}). */
	public static final int MAX_NESTING = NestingLimit.MAX_NESTING;

	public boolean parseable() {
		return text != null;
	}

	/** Decodes the bytes of the file named {@code displayPath} in diagnostics. */
	public static SourceText decode(String displayPath, byte[] bytes) {
		ByteBuffer input = ByteBuffer.wrap(bytes);
		if (startsWithByteOrderMark(bytes)) {
			// Editors hide the mark, so columns on line 1 are counted without it.
			input.position(BYTE_ORDER_MARK_LENGTH);
		}
		List<WpoDiagnostic> problems = new ArrayList<>();
		int nul = indexOfNul(bytes, input.position());
		String utf16 = nul >= 0 ? utf16(bytes) : null;
		if (utf16 != null) {
			problems.add(new WpoDiagnostic(displayPath, 1, 1, Severity.ERROR, WpoIssueCodes.INVALID_ENCODING,
					"This file is encoded as " + utf16 + "; WPO files are UTF-8: save it as UTF-8."));
			return new SourceText(null, problems);
		}
		if (nul >= 0) {
			TextPosition at = positionOfByte(input.duplicate(), nul);
			problems.add(new WpoDiagnostic(displayPath, at.line(), at.column(), Severity.ERROR,
					WpoIssueCodes.BINARY_FILE, "This is a binary file, not a WPO text: it contains a NUL byte at byte offset "
							+ nul + "."));
			return new SourceText(null, problems);
		}
		Decoded strict = decodeStrictly(input.duplicate());
		String text;
		if (strict.badByteOffset < 0) {
			text = strict.text;
		} else {
			TextPosition at = TextPosition.of(strict.text, strict.text.length());
			problems.add(new WpoDiagnostic(displayPath, at.line(), at.column(), Severity.ERROR,
					WpoIssueCodes.INVALID_ENCODING, String.format("Invalid UTF-8: byte 0x%02X at byte offset %d is"
							+ " not part of a valid UTF-8 character; save the file as UTF-8.",
							bytes[strict.badByteOffset] & 0xff, strict.badByteOffset)));
			// The rest is still checked; the bad bytes read as U+FFFD, usually inside a string or comment.
			text = new String(bytes, input.position(), bytes.length - input.position(), StandardCharsets.UTF_8);
		}
		if (text.isBlank()) {
			problems.add(new WpoDiagnostic(displayPath, 1, 1, Severity.WARNING, WpoIssueCodes.EMPTY_FILE,
					"The file is empty: it declares nothing."));
		}
		int tooDeep = NestingLimit.offsetBeyond(text);
		if (tooDeep >= 0) {
			TextPosition at = TextPosition.of(text, tooDeep);
			problems.add(new WpoDiagnostic(displayPath, at.line(), at.column(), Severity.ERROR,
					WpoIssueCodes.NESTING_TOO_DEEP, NestingLimit.MESSAGE + "; the file is not checked further."));
			return new SourceText(null, problems);
		}
		return new SourceText(text, problems);
	}

	/**
	 * Names the UTF-16 encoding of a file that has NUL bytes because it is UTF-16 text (a UTF-16 byte
	 * order mark, or at its start mostly characters whose other byte is NUL), or null.
	 */
	private static String utf16(byte[] bytes) {
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
			return "UTF-16 (little-endian, with a byte order mark)";
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
			return "UTF-16 (big-endian, with a byte order mark)";
		}
		int pairs = Math.min(bytes.length / 2, 256);
		if (pairs < 2) {
			return null;
		}
		// Mostly ASCII text: in UTF-16, every other byte is zero.
		int little = 0;
		int big = 0;
		for (int i = 0; i < pairs; i++) {
			byte first = bytes[2 * i];
			byte second = bytes[2 * i + 1];
			if (first != 0 && second == 0) {
				little++;
			} else if (first == 0 && second != 0) {
				big++;
			}
		}
		if (little * 4 >= pairs * 3) {
			return "UTF-16 (little-endian, without a byte order mark)";
		}
		return big * 4 >= pairs * 3 ? "UTF-16 (big-endian, without a byte order mark)" : null;
	}

	/** Whether the bytes begin with UTF-8's byte order mark, which the text does not include. */
	public static boolean startsWithByteOrderMark(byte[] bytes) {
		return bytes.length >= BYTE_ORDER_MARK_LENGTH && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
				&& (bytes[2] & 0xff) == 0xBF;
	}

	/** The bytes of a text, with UTF-8's byte order mark in front when the file had one. */
	public static byte[] encode(String text, boolean byteOrderMark) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		if (!byteOrderMark) {
			return body;
		}
		byte[] withMark = new byte[body.length + BYTE_ORDER_MARK_LENGTH];
		withMark[0] = (byte) 0xEF;
		withMark[1] = (byte) 0xBB;
		withMark[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withMark, BYTE_ORDER_MARK_LENGTH, body.length);
		return withMark;
	}

	private static int indexOfNul(byte[] bytes, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	/** The text position of a byte, decoding what comes before it leniently. */
	private static TextPosition positionOfByte(ByteBuffer input, int offset) {
		String before = new String(input.array(), input.position(), offset - input.position(), StandardCharsets.UTF_8);
		return TextPosition.of(before, before.length());
	}

	/** The text up to the first undecodable byte, and that byte's offset (or -1 when all is valid). */
	private record Decoded(String text, int badByteOffset) {
	}

	private static Decoded decodeStrictly(ByteBuffer input) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer output = CharBuffer.allocate(input.remaining() + 1);
		CoderResult result = decoder.decode(input, output, true);
		if (!result.isError()) {
			result = decoder.flush(output);
		}
		output.flip();
		return new Decoded(output.toString(), result.isError() ? input.position() : -1);
	}
}
