// SPDX-License-Identifier: EPL-2.0
package dossier.examples.vessels;

/**
 * IMO ship identification numbers: seven digits, the last a check digit. The first six digits are multiplied by
 * 7, 6, 5, 4, 3, 2; the last digit of the sum is the check digit (the IMO ship identification number scheme). So "IMO 9074729"
 * is valid (9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139) and "IMO 9074728" is a typo.
 */
public final class ImoNumber {

	private ImoNumber() {
	}

	/**
	 * Whether {@code digits} is a valid IMO number. Any Unicode decimal digits count (Arabic-Indic ٩٠٧٤٧٢٩ is the
	 * same number as 9074729).
	 */
	public static boolean isValid(CharSequence digits) {
		String ascii = toAscii(digits);
		if (ascii == null || ascii.length() != 7) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 6; i++) {
			sum += (ascii.charAt(i) - '0') * (7 - i);
		}
		return sum % 10 == ascii.charAt(6) - '0';
	}

	/** The number in ASCII digits, or null when {@code digits} holds anything but decimal digits. */
	public static String toAscii(CharSequence digits) {
		StringBuilder ascii = new StringBuilder(digits.length());
		for (int i = 0; i < digits.length(); i++) {
			int value = Character.digit(digits.charAt(i), 10);
			if (value < 0) {
				return null;
			}
			ascii.append((char) ('0' + value));
		}
		return ascii.toString();
	}
}
