// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.entities.internal.AhoCorasick;

/** The automaton under the gazetteers: a trie walked from chosen starts, and a full scan with failure links. */
class AhoCorasickTest {

	private static final List<String> KEYS = List.of("ab", "abcde", "abcdf", "x", "xyz", "كيم جونغ أون", "كيم جونغ إيل", "كيم");

	private static List<String> walk(String text, int from) {
		List<String> found = new ArrayList<>();
		AhoCorasick.trie(KEYS).walk(text, from, text.length(), (key, end) -> found.add(KEYS.get(key) + "@" + end));
		return found;
	}

	@Test
	void aWalkReportsEveryKeyStartingThereShortestFirst() {
		assertEquals(List.of("ab@2", "abcde@5"), walk("abcde", 0));
		assertEquals(List.of("ab@2", "abcdf@5"), walk("abcdfg", 0));
		assertEquals(List.of("ab@2"), walk("abcdz", 0));
		assertEquals(List.of("x@1", "xyz@3"), walk("xyz", 0), "a key inside the path of a longer one");
		assertEquals(List.of("x@1"), walk("xy", 0), "the text ends inside a name");
		assertEquals(List.of("x@3"), walk("abx", 2));
		assertEquals(List.of("كيم@3", "كيم جونغ أون@12"), walk("كيم جونغ أون", 0));
		assertEquals(List.of("كيم@3", "كيم جونغ إيل@12"), walk("كيم جونغ إيل وصل", 0));
		assertEquals(List.of(), walk("zab", 0));
	}

	@Test
	void aTrieOfManyNamesFindsEachOfThemWhole() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			names.add("name" + i + " of " + (i * 7919 % 5000));
		}
		AhoCorasick trie = AhoCorasick.trie(names);
		for (int i = 0; i < 5000; i += 37) {
			String text = names.get(i) + " said";
			List<Integer> ends = new ArrayList<>();
			int index = i;
			trie.walk(text, 0, text.length(), (key, end) -> {
				if (key == index) {
					ends.add(end);
				}
			});
			assertEquals(List.of(names.get(i).length()), ends, names.get(i));
		}
	}

	@Test
	void aScanReportsOverlappingOccurrences() {
		List<String> found = new ArrayList<>();
		new AhoCorasick(KEYS).scan("zabcdexyz", 0, 9, (key, end) -> found.add(KEYS.get(key) + "@" + end));
		assertEquals(List.of("ab@3", "abcde@6", "x@7", "xyz@9"), found);
	}
}
