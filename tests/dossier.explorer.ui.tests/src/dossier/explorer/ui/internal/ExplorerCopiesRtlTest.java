// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

/**
 * {@link ExplorerCopiesTest} in a workbench started with {@code -dir rtl} (the pom's "mirrored-workbench"
 * execution): the Copies column and the grouping by original read the same in a mirrored Explorer.
 */
class ExplorerCopiesRtlTest {

	@Test
	void copiesAndGroupingByOriginalInTheMirroredWorkbench() throws Exception {
		assertEquals(SWT.RIGHT_TO_LEFT, Window.getDefaultOrientation(), "the workbench was started with -dir rtl");
		ExplorerCopiesTest.check("ExplorerCopiesRtl");
	}
}
