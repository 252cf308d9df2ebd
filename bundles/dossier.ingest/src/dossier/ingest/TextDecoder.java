// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import dossier.ingest.internal.Messages;

/**
 * Turns bytes into text the way a browser would: a byte order mark first, then the charset the container
 * declares (an HTTP {@code Content-Type} in a WARC record), then an HTML/XML declaration ({@code <meta charset>},
 * {@code <?xml encoding?>}), then valid UTF-8, then ICU's statistical detection, finally windows-1252.
 * Undecodable bytes become U+FFFD and a warning; decoding never fails.
 */
public final class TextDecoder {

	/** The text, the charset used and how it was chosen ({@code "windows-1256 (meta)"}), and warnings. */
	public record Decoded(String text, String charset, List<String> warnings) {
		public Decoded {
			warnings = List.copyOf(warnings);
		}
	}

	private static final Pattern META_CHARSET = Pattern.compile(
			"<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern XML_ENCODING = Pattern.compile(
			"^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	private TextDecoder() {
	}

	/**
	 * Decodes {@code bytes}.
	 *
	 * @param declared the charset a container declared (HTTP header), or null
	 */
	public static Decoded decode(byte[] bytes, @Nullable String declared) {
		List<String> warnings = new ArrayList<>();
		// 1. byte order mark
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return decodeWith(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)", warnings); //$NON-NLS-1$
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return decodeWith(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)", warnings); //$NON-NLS-1$
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return decodeWith(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)", warnings); //$NON-NLS-1$
		}
		// 1b. UTF-16 without a byte order mark, recognised by its pattern of high bytes
		Charset utf16 = utf16WithoutBom(bytes);
		if (utf16 != null) {
			return decodeWith(bytes, 0, utf16, utf16.name() + " (no BOM, detected)", warnings); //$NON-NLS-1$
		}
		// 2. the container's declaration
		Charset charset = charset(declared, warnings);
		if (charset != null) {
			return decodeWith(bytes, 0, charset, charset.name() + " (declared)", warnings); //$NON-NLS-1$
		}
		// 3. the document's own declaration, read as ASCII from its head
		String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
		Matcher xml = XML_ENCODING.matcher(head);
		Matcher meta = META_CHARSET.matcher(head);
		String inDocument = xml.find() ? xml.group(1) : meta.find() ? meta.group(1) : null;
		charset = charset(inDocument, warnings);
		if (charset != null) {
			// a page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML standard reads it as UTF-8)
			if (charset.name().startsWith("UTF-16")) { //$NON-NLS-1$
				charset = StandardCharsets.UTF_8;
			}
			return decodeWith(bytes, 0, charset, charset.name() + " (in document)", warnings); //$NON-NLS-1$
		}
		// 4. valid UTF-8 (which includes plain ASCII)
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return new Decoded(text, "UTF-8", warnings); //$NON-NLS-1$
		} catch (CharacterCodingException e) {
			// not UTF-8: detect
		}
		// 5. UTF-8 with a few broken sequences (a truncated download, a bad copy): keep it UTF-8
		int[] counts = utf8Counts(bytes);
		// (one broken byte in an Italian text with a handful of accents is still that text, not windows-1252 mojibake)
		if (counts[0] >= 3 && counts[1] * 20 <= counts[0] || counts[0] >= 2 && counts[1] * 4 <= counts[0]) {
			return decodeWith(bytes, 0, StandardCharsets.UTF_8, "UTF-8 (mostly valid)", warnings); //$NON-NLS-1$
		}
		// 6. statistical detection
		try {
			CharsetDetector detector = new CharsetDetector();
			detector.setText(bytes);
			CharsetMatch match = detector.detect();
			if (match != null && match.getConfidence() >= 20 && Charset.isSupported(match.getName())) {
				// browsers read ISO-8859-1 as windows-1252 (curly quotes and the euro sign live in 0x80-0x9F)
				String name = match.getName().equalsIgnoreCase("ISO-8859-1") ? "windows-1252" : match.getName(); //$NON-NLS-1$ //$NON-NLS-2$
				return decodeWith(bytes, 0, Charset.forName(name),
						name + " (detected, confidence " + match.getConfidence() + ")", warnings); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (RuntimeException e) {
			// fall through to the last resort
		}
		// 7. last resort: UTF-8 with replacements
		return decodeWith(bytes, 0, StandardCharsets.UTF_8, "UTF-8 (fallback)", warnings); //$NON-NLS-1$
	}

	/**
	 * UTF-16LE or UTF-16BE when the bytes look like UTF-16 without a byte order mark, else null: at one parity of
	 * positions nearly every byte is the high byte of a Latin (0x00) or Arabic (0x06) character, at the other almost
	 * none is.
	 */
	public static @Nullable Charset utf16WithoutBom(byte[] bytes) {
		int n = Math.min(bytes.length, 4096) & ~1;
		if (n < 8) {
			return null;
		}
		int[] high = new int[2];
		int[] printable = new int[2];
		for (int i = 0; i < n; i++) {
			int b = bytes[i] & 0xff;
			if (b == 0x00 || b == 0x06) {
				high[i & 1]++;
			}
			if (b >= 0x20 || b == '\n' || b == '\r' || b == '\t') {
				printable[i & 1]++;
			}
		}
		int half = n / 2;
		// the low bytes must read as text too (letters, spaces, punctuation), not as a binary format's small numbers
		if (high[1] * 10 >= half * 8 && high[0] * 10 <= half * 2 && printable[0] * 10 >= half * 9) {
			return StandardCharsets.UTF_16LE;
		}
		if (high[0] * 10 >= half * 8 && high[1] * 10 <= half * 2 && printable[1] * 10 >= half * 9) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static @Nullable Charset charset(@Nullable String name, List<String> warnings) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String n = name.strip().toLowerCase(Locale.ROOT);
		// what browsers read for these labels
		if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			n = "windows-1252"; //$NON-NLS-1$
		} else if (n.equals("iso-8859-6")) { //$NON-NLS-1$
			n = "iso-8859-6"; //$NON-NLS-1$
		}
		try {
			return Charset.forName(n);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			warnings.add(Messages.format("unknownCharset", name)); //$NON-NLS-1$
			return null;
		}
	}

	private static Decoded decodeWith(byte[] bytes, int offset, Charset charset, String how, List<String> warnings) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		try {
			return new Decoded(decoder.decode(input).toString(), how, warnings);
		} catch (CharacterCodingException e) {
			// decode again, counting what is replaced
		}
		CharsetDecoder replacing = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer output = CharBuffer.allocate((int) (input.remaining() * (double) replacing.maxCharsPerByte()) + 16);
		int replaced = 0;
		while (true) {
			var result = replacing.decode(input, output, true);
			if (result.isUnderflow()) {
				replacing.flush(output);
				break;
			}
			if (result.isOverflow()) {
				CharBuffer bigger = CharBuffer.allocate(output.capacity() * 2 + 16);
				output.flip();
				bigger.put(output);
				output = bigger;
				continue;
			}
			// malformed or unmappable: one U+FFFD for the offending bytes
			input.position(input.position() + result.length());
			if (!output.hasRemaining()) {
				CharBuffer bigger = CharBuffer.allocate(output.capacity() * 2 + 16);
				output.flip();
				bigger.put(output);
				output = bigger;
			}
			output.put('\uFFFD');
			replaced++;
		}
		output.flip();
		warnings.add(Messages.format("undecodable", replaced, charset.name())); //$NON-NLS-1$
		return new Decoded(output.toString(), how, warnings);
	}

	/** {valid multi-byte sequences, invalid bytes} of {@code bytes} read as UTF-8. */
	static int[] utf8Counts(byte[] bytes) {
		int valid = 0;
		int invalid = 0;
		int i = 0;
		while (i < bytes.length) {
			int b = bytes[i] & 0xff;
			if (b < 0x80) {
				i++;
				continue;
			}
			int length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
			boolean ok = length > 0 && i + length <= bytes.length;
			for (int k = 1; ok && k < length; k++) {
				ok = (bytes[i + k] & 0xc0) == 0x80;
			}
			if (ok && length > 0 && b < 0xf5) {
				valid++;
				i += length;
			} else {
				invalid++;
				i++;
			}
		}
		return new int[] { valid, invalid };
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
