// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import dossier.workspace.licence.LicenceMarkers;

/** The quick fixes of a licence problem marker, by its rule. */
public class LicenceResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		String rule = marker.getAttribute(LicenceMarkers.RULE, ""); //$NON-NLS-1$
		for (LicenceFix fix : LicenceFix.values()) {
			if (fix.rules.contains(rule)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String rule = marker.getAttribute(LicenceMarkers.RULE, ""); //$NON-NLS-1$
		List<IMarkerResolution> resolutions = new ArrayList<>();
		for (LicenceFix fix : LicenceFix.values()) {
			if (fix.rules.contains(rule)) {
				resolutions.add(new LicenceResolution(fix, marker));
			}
		}
		return resolutions.toArray(IMarkerResolution[]::new);
	}
}
