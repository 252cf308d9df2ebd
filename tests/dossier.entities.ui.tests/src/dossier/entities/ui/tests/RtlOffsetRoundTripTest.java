// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.core.model.TextDirection;
import dossier.entities.ui.internal.text.MentionStyles;
import dossier.entities.ui.internal.text.MentionTextViewer;
import dossier.tests.common.Workbench;

/**
 * Right-to-left is first class: selecting a word with the mouse or the keyboard in the Text page's widget yields
 * exactly the word's offsets in the article text, for Arabic, mixed Arabic/Latin/digits, and emoji.
 */
class RtlOffsetRoundTripTest {

	private Shell shell;
	private MentionTextViewer viewer;

	@BeforeEach
	void openViewer() {
		shell = new Shell(Workbench.display());
		shell.setLayout(new FillLayout());
		shell.setSize(900, 400);
		viewer = new MentionTextViewer(shell, MentionStyles.defaults(), EditorsUI.getSharedTextColors());
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	/**
	 * Words: maximal runs of letters, digits and marks, a number's decimal point included ("4.0"), with their
	 * offsets.
	 */
	private static List<int[]> words(String text) {
		List<int[]> words = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			if (Character.isLetterOrDigit(cp)) {
				int start = i;
				while (i < text.length() && (Character.isLetterOrDigit(text.codePointAt(i))
						|| Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK
						|| (text.charAt(i) == '.' || text.charAt(i) == ',') && i + 1 < text.length()
								&& Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
					i += Character.charCount(text.codePointAt(i));
				}
				words.add(new int[] { start, i });
			} else {
				i += Character.charCount(cp);
			}
		}
		return words;
	}

	private StyledText show(String text) {
		viewer.setInput(text, TextDirection.firstStrong(text, TextDirection.LTR), List.of());
		Workbench.processEvents();
		return viewer.widget();
	}

	@ParameterizedTest
	@ValueSource(strings = { "زار الرئيس الروسي كوريا الشمالية للمرة الأولى منذ عام 2000.",
			"الرئيس الروسي، فلاديمير بوتين, يقوم بزيارة CC-BY-SA 4.0 إلى بيونغ يانغ في 19 يونيو 2024!",
			"قال Putin إن 24 سنة مرت منذ زيارة Kim Jong Il، وفي عام ٢٠٢٤ زار بيونغ يانغ.",
			"emoji 😀 بوتين 👍🏽 Kim 🇰🇵 كيم جونغ أون 😀 ok",
			"English first: Vladimir Putin met كيم جونغ أون in Pyongyang (بيونغ يانغ) on 19 June." })
	void doubleClickingAWordSelectsExactlyItsOffsets(String text) {
		StyledText widget = show(text);
		for (int[] word : words(text)) {
			if (!Character.isLetterOrDigit(text.codePointAt(word[0])) || isEmojiRun(text, word)) {
				continue;
			}
			Rectangle bounds = widget.getTextBounds(word[0], word[1] - 1);
			Point inside = new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
			click(widget, inside, 1);
			click(widget, inside, 2);
			Point selection = widget.getSelection();
			String selected = widget.getSelectionText().strip();
			assertEquals(text.substring(word[0], word[1]), selected, "double-click on '" + text.substring(word[0], word[1]) + "'");
			int start = text.indexOf(selected, selection.x);
			assertEquals(word[0], start, "start of " + selected);
			assertEquals(word[1], start + selected.length(), "end of " + selected);
		}
	}

	private static boolean isEmojiRun(String text, int[] word) {
		return Character.getType(text.codePointAt(word[0])) == Character.OTHER_SYMBOL;
	}

	private static void click(StyledText widget, Point point, int count) {
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.button = 1;
			event.count = count;
			event.x = point.x;
			event.y = point.y;
			event.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
			widget.notifyListeners(type, event);
		}
		Workbench.processEvents();
	}

	@ParameterizedTest
	@ValueSource(strings = { "زار الرئيس الروسي كوريا الشمالية للمرة الأولى منذ عام 2000.",
			"قال Putin إن 24 سنة مرت منذ زيارة Kim Jong Il، وفي عام ٢٠٢٤ زار بيونغ يانغ.",
			"emoji 😀 بوتين 👍🏽 Kim 🇰🇵 كيم جونغ أون 😀 ok" })
	void shiftArrowSelectionOverAWordYieldsExactlyItsOffsets(String text) {
		StyledText widget = show(text);
		for (int[] word : words(text)) {
			widget.setCaretOffset(word[0]);
			widget.setSelection(word[0]);
			int steps = 0;
			while (widget.getCaretOffset() < word[1] && steps++ < 100) {
				widget.invokeAction(ST.SELECT_COLUMN_NEXT);
			}
			Point selection = widget.getSelection();
			assertEquals(word[0], selection.x, "start of " + text.substring(word[0], word[1]));
			assertEquals(word[1], selection.y, "end of " + text.substring(word[0], word[1]));
			assertEquals(text.substring(word[0], word[1]), widget.getSelectionText());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "emoji 😀 بوتين 👍🏽 Kim 🇰🇵 كيم جونغ أون 😀 ok",
			"زار الرئيس الروسي كوريا الشمالية للمرة الأولى منذ عام 2000.\nThe Russian president (2000).",
			"قال Putin إن 24 سنة مرت منذ زيارة Kim Jong Il، وفي عام ٢٠٢٤ زار بيونغ يانغ." })
	void clickingEitherHalfOfACharacterPutsTheCaretOnItsOwnEdges(String text) {
		StyledText widget = show(text);
		for (int offset = 0; offset < text.length(); offset += Character.charCount(text.codePointAt(offset))) {
			char c = text.charAt(offset);
			if (c == '\n' || Character.isWhitespace(c) || Character.getType(text.codePointAt(offset)) == Character.OTHER_SYMBOL
					|| Character.getType(text.codePointAt(offset)) == Character.NON_SPACING_MARK
					|| Character.getType(text.codePointAt(offset)) == Character.MODIFIER_SYMBOL) {
				continue; // emoji clusters and marks are hit as part of their cluster
			}
			int after = offset + Character.charCount(text.codePointAt(offset));
			Rectangle bounds = widget.getTextBounds(offset, after - 1);
			if (bounds.width < 4) {
				continue; // joined Arabic letters can be too narrow to aim at; the word tests cover them
			}
			int y = bounds.y + bounds.height / 2;
			int left = widget.getOffsetAtPoint(new Point(bounds.x + bounds.width / 4, y));
			int right = widget.getOffsetAtPoint(new Point(bounds.x + bounds.width - 1 - bounds.width / 4, y));
			// the half nearer the character's start gives its offset, the other half the offset after it
			assertEquals(Set.of(offset, after), Set.of(left, right),
					"character '" + c + "' at " + offset + " in: " + text);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "زار الرئيس الروسي كوريا الشمالية.", "The Russian president." })
	void arabicParagraphsAreRightAlignedAndLatinOnesLeftAligned(String text) {
		StyledText widget = show(text + "\n" + "Latin line\nسطر عربي");
		assertEquals(TextDirection.firstStrong(text, TextDirection.LTR) == TextDirection.RTL ? SWT.RIGHT : SWT.LEFT,
				widget.getLineAlignment(0));
		assertEquals(SWT.LEFT, widget.getLineAlignment(1));
		assertEquals(SWT.RIGHT, widget.getLineAlignment(2));
		Rectangle arabic = widget.getTextBounds(text.length() + 12, text.length() + 12);
		assertTrue(arabic.x > widget.getClientArea().width / 2, "the Arabic line sits on the right: " + arabic);
		assertTrue(widget.getWordWrap(), "long paragraphs wrap (wrapping is off only while the lines are aligned)");
	}
}
