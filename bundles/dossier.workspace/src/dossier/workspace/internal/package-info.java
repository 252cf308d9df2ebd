// SPDX-License-Identifier: EPL-2.0
@NonNullByDefault
package dossier.workspace.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
