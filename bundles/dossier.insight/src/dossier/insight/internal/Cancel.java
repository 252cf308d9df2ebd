// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Checks for cancellation every {@value #EVERY} items of a pass. */
final class Cancel {

	static final int EVERY = 4096;

	private Cancel() {
	}

	static void check(int index, BooleanSupplier cancelled) {
		if (index % EVERY == 0 && cancelled.getAsBoolean()) {
			throw new CancellationException();
		}
	}
}
