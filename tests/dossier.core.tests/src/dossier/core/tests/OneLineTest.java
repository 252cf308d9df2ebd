// SPDX-License-Identifier: EPL-2.0
package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

import dossier.core.OneLine;

/** How a problem is said in one line, everywhere Dossier reports one. */
class OneLineTest {

	@Test
	void linesBecomeOneAndALibrarysTroubleshootingLinkIsLeftOut() {
		assertEquals("Unterminated object at line 3 column 7 path $.entities[0]",
				OneLine.of("Unterminated object at line 3 column 7 path $.entities[0]\n"
						+ "See https://github.com/google/gson/blob/main/Troubleshooting.md#malformed-json"));
		assertEquals("first line second line", OneLine.of("  first line \r\n   second line\n"));
		assertEquals("", OneLine.of((String) null));
	}

	@Test
	void aLongMessageIsCutWithAnEllipsis() {
		String line = OneLine.of("x".repeat(1000));
		assertEquals(OneLine.MAX + 1, line.length());
		assertEquals('…', line.charAt(OneLine.MAX));
	}

	@Test
	void aProblemWithoutAMessageIsNamedByItsKind() {
		assertEquals("NullPointerException", OneLine.of(new NullPointerException()));
		assertEquals("IllegalStateException", OneLine.of(new IllegalStateException(" ")));
	}

	@Test
	void aWrapperThatSaysNothingOfItsOwnLetsItsCauseSpeak() {
		NoSuchFileException missing = new NoSuchFileException("/corpus/entities/catalogue.json");
		assertEquals("/corpus/entities/catalogue.json", OneLine.of(new UncheckedIOException(missing)));
		assertEquals("/corpus/entities/catalogue.json", OneLine.of(new RuntimeException(missing)));
		assertEquals("/corpus/entities/catalogue.json", OneLine.of(new IllegalStateException(null, missing)));
		// a wrapper with words of its own says them
		assertEquals("cannot store the index", OneLine.of(new IOException("cannot store the index", missing)));
	}
}
