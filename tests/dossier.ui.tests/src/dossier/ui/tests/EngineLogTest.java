// SPDX-License-Identifier: EPL-2.0
package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What the engines log through SLF4J (a contribution that cannot be created, a feed Rome cannot read) reaches the
 * platform log, and so the Error Log view, under the engine's id: the dossier.logging fragment is SLF4J's provider.
 */
class EngineLogTest {

	@Test
	void anEngineWarningReachesThePlatformLogUnderTheEnginesId() {
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			LoggerFactory.getLogger("dossier.entities").warn("recogniser contribution from {} ignored: {}", "com.example.broken", //$NON-NLS-1$
					"no class");
			LoggerFactory.getLogger("dossier.ingest").debug("not worth a line in the Error Log"); //$NON-NLS-1$
		} finally {
			Platform.removeLogListener(listener);
		}
		List<IStatus> ours = logged.stream().filter(status -> status.getPlugin().startsWith("dossier.")).toList();
		assertEquals(1, ours.size(), () -> "one entry, the warning: " + logged);
		assertEquals(IStatus.WARNING, ours.get(0).getSeverity());
		assertEquals("dossier.entities", ours.get(0).getPlugin());
		assertTrue(ours.get(0).getMessage().contains("com.example.broken ignored: no class"), ours.get(0).getMessage());
	}
}
