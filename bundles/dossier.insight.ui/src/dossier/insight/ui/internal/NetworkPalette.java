// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.swt.graphics.RGB;

/**
 * The colours of the entity network: a colour per entity type, the Entity Editor's (Okabe–Ito, safe for colour
 * blindness), so that a type reads the same in the network and in an article.
 */
final class NetworkPalette {

	static final RGB PERSON = new RGB(0x00, 0x72, 0xb2);
	static final RGB PLACE = new RGB(0x00, 0x9e, 0x73);
	static final RGB ORG = new RGB(0xd5, 0x5e, 0x00);
	static final RGB OTHER = new RGB(0xcc, 0x79, 0xa7);

	private NetworkPalette() {
	}

	static RGB of(String type) {
		return switch (type) {
		case "PERSON" -> PERSON; //$NON-NLS-1$
		case "PLACE" -> PLACE; //$NON-NLS-1$
		case "ORG" -> ORG; //$NON-NLS-1$
		default -> OTHER;
		};
	}

	/** The type as the legend and the tooltip name it. */
	static String name(String type) {
		return switch (type) {
		case "PERSON" -> Messages.Network_type_person; //$NON-NLS-1$
		case "PLACE" -> Messages.Network_type_place; //$NON-NLS-1$
		case "ORG" -> Messages.Network_type_org; //$NON-NLS-1$
		default -> type;
		};
	}
}
