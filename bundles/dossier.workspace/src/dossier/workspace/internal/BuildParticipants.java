// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jdt.annotation.Nullable;

import dossier.workspace.CorpusBuildParticipant;
import dossier.workspace.DossierWorkspace;

/** The contributions to {@code dossier.buildParticipants}, created lazily and in order. */
final class BuildParticipants {

	record Participant(String id, String name, int order, CorpusBuildParticipant implementation) {
	}

	private static volatile @Nullable List<Participant> participants;

	private BuildParticipants() {
	}

	static List<Participant> all() {
		List<Participant> result = participants;
		if (result == null) {
			result = read();
			participants = result;
		}
		return result;
	}

	private static List<Participant> read() {
		List<Participant> result = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(DossierWorkspace.BUILD_PARTICIPANTS_POINT)) {
			try {
				Object implementation = element.createExecutableExtension("class"); //$NON-NLS-1$
				if (implementation instanceof CorpusBuildParticipant participant) {
					result.add(new Participant(element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
							order(element.getAttribute("order")), participant)); //$NON-NLS-1$
				} else {
					ILog.of(BuildParticipants.class).error("Build participant " + element.getAttribute("id") //$NON-NLS-1$ //$NON-NLS-2$
							+ " does not implement " + CorpusBuildParticipant.class.getName()); //$NON-NLS-1$
				}
			} catch (CoreException e) {
				ILog.of(BuildParticipants.class).log(e.getStatus());
			}
		}
		result.sort(Comparator.comparingInt(Participant::order).thenComparing(Participant::id));
		return List.copyOf(result);
	}

	private static int order(String value) {
		try {
			return value == null ? 100 : Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			return 100;
		}
	}
}
