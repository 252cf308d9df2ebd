// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal;

import java.nio.charset.StandardCharsets;

/** Tests on the first bytes of a source, before an importer is chosen. */
public final class Heads {

	private Heads() {
	}

	/** Nothing but white space (or NULs) after an optional UTF-8 byte order mark. */
	public static boolean isBlank(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
				&& (bytes[2] & 0xff) == 0xbf ? 3 : 0;
		for (int i = start; i < bytes.length; i++) {
			byte b = bytes[i];
			if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0) {
				return false;
			}
		}
		return true;
	}

	/** A UTF-16 head (by its byte order mark) transcoded to UTF-8, so that sniffers can look for ASCII markup. */
	public static byte[] sniffable(byte[] head) {
		if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
			return new String(head, 2, head.length - 2 & ~1, StandardCharsets.UTF_16LE)
					.getBytes(StandardCharsets.UTF_8);
		}
		if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
			return new String(head, 2, head.length - 2 & ~1, StandardCharsets.UTF_16BE)
					.getBytes(StandardCharsets.UTF_8);
		}
		return head;
	}
}
