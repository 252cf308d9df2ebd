// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.entities.EntityEngine;

/**
 * No method on the recognisers' per-word path may grow past 8,000 bytes of bytecode: HotSpot never compiles a method
 * above that size ({@code -XX:HugeMethodLimit}, on by default) and runs it interpreted. {@code LatinNames.candidate} once
 * grew past it with one more rule and the whole chain ran at half speed (7.7–8.2 s against 4.2–4.6 s a pass of the
 * benchmark) while every test passed. A new rule for a long cascade goes into a method of its own.
 */
class MethodSizeTest {

	/** HotSpot's {@code HugeMethodLimit}. */
	private static final int HUGE_METHOD = 8000;

	@ParameterizedTest
	@ValueSource(classes = { LatinNames.class, OpenNames.class, ArabicNames.class, ContextRules.class, NameEvidence.class,
			Gazetteer.class, AhoCorasick.class, PartialNames.class, Words.class, EntityEngine.class })
	void everyMethodStaysBelowTheSizeHotSpotCompiles(Class<?> type) throws IOException {
		Map<String, Integer> sizes = codeSizes(type);
		assertTrue(!sizes.isEmpty(), "no method read from " + type.getName());
		for (Map.Entry<String, Integer> method : sizes.entrySet()) {
			assertTrue(method.getValue() < HUGE_METHOD, () -> type.getSimpleName() + "." + method.getKey() + " has " + method.getValue()
					+ " bytes of bytecode: HotSpot will not compile it (limit " + HUGE_METHOD + "); move part of it into a method of its own");
		}
	}

	/**
	 * Each method's code length, read from the class file as the JVM specification lays it out (chapter 4): the
	 * constant pool, then the fields, then the methods and their {@code Code} attributes.
	 */
	private static Map<String, Integer> codeSizes(Class<?> type) throws IOException {
		String file = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class"; //$NON-NLS-1$
		try (InputStream stream = type.getResourceAsStream(file); DataInputStream in = new DataInputStream(stream)) {
			in.readInt(); // magic
			in.readInt(); // minor and major version
			int count = in.readUnsignedShort();
			String[] utf8 = new String[count];
			for (int i = 1; i < count; i++) {
				int tag = in.readUnsignedByte();
				switch (tag) {
				case 1 -> utf8[i] = in.readUTF();
				case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
				case 15 -> in.skipNBytes(3);
				case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
				case 5, 6 -> {
					in.skipNBytes(8);
					i++; // a long or a double takes two entries
				}
				default -> throw new IOException("unknown constant pool tag " + tag + " in " + file); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			in.skipNBytes(6); // access flags, this class, super class
			in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
			int fields = in.readUnsignedShort();
			for (int i = 0; i < fields; i++) {
				in.skipNBytes(6);
				skipAttributes(in);
			}
			Map<String, Integer> sizes = new LinkedHashMap<>();
			int methods = in.readUnsignedShort();
			for (int i = 0; i < methods; i++) {
				in.skipNBytes(2);
				String name = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
				int attributes = in.readUnsignedShort();
				for (int a = 0; a < attributes; a++) {
					String attribute = utf8[in.readUnsignedShort()];
					int length = in.readInt();
					if ("Code".equals(attribute)) { //$NON-NLS-1$
						in.skipNBytes(4); // max stack, max locals
						sizes.put(name, in.readInt());
						in.skipNBytes(length - 8L);
					} else {
						in.skipNBytes(length);
					}
				}
			}
			return sizes;
		}
	}

	private static void skipAttributes(DataInputStream in) throws IOException {
		int attributes = in.readUnsignedShort();
		for (int a = 0; a < attributes; a++) {
			in.skipNBytes(2);
			in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
		}
	}
}
