// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/** Wikidata ids of territories (by ISO 3166 code) and cities (by {@code city:} id) that CLDR names. */
final class PlaceQids {

	private static final Map<String, String> COUNTRIES = new HashMap<>();
	private static final Map<String, String> CITIES = new HashMap<>();

	static {
		String countries = "RU Q159 UA Q212 US Q30 KP Q423 KR Q884 CN Q148 FR Q142 IT Q38 DE Q183 ES Q29 PT Q45 GB Q145 " //$NON-NLS-1$
				+ "EG Q79 IR Q794 IQ Q796 SY Q858 IL Q801 PS Q219060 LB Q822 JO Q810 SA Q851 QA Q846 AE Q878 TR Q43 JP Q17 " //$NON-NLS-1$
				+ "IN Q668 BR Q155 MX Q96 CA Q16 DZ Q262 MA Q1028 TN Q948 LY Q1016 SD Q1049 YE Q805 ML Q912 NE Q1032 " //$NON-NLS-1$
				+ "NG Q1033 BE Q31 NL Q55 CH Q39 AT Q40 PL Q36 GR Q41 SE Q34 NO Q20 AF Q889 PK Q843 KW Q817 BH Q398 " //$NON-NLS-1$
				+ "OM Q842 AR Q414 CL Q298 CO Q739 VE Q717 CU Q241 AU Q408 ZA Q258 ET Q115 KE Q114 SO Q1045 BY Q184 " //$NON-NLS-1$
				+ "GE Q230 AM Q399 AZ Q227 KZ Q232 VN Q881 ID Q252 PH Q928 TH Q869 TW Q865 MN Q711 IE Q27 DK Q35 FI Q33 " //$NON-NLS-1$
				+ "HU Q28 RO Q218 BG Q219 RS Q403 HR Q224 CZ Q213 SK Q214 SI Q215 MR Q1025 TD Q657 SN Q1041 CD Q974 " //$NON-NLS-1$
				+ "RW Q1037 UG Q1036 TZ Q924 PE Q419 BO Q750 EC Q736 UY Q77 PY Q733 HT Q790 MT Q233 CY Q229 LU Q32 " //$NON-NLS-1$
				+ "VA Q237 EE Q191 LV Q211 LT Q37 MD Q217 IS Q189 NZ Q664 BD Q902 LK Q854 NP Q837 MM Q836 KH Q424 " //$NON-NLS-1$
				+ "LA Q819 MY Q833 SG Q334 ER Q986 DJ Q977 SS Q958 AO Q916 MZ Q1029 ZW Q954 GH Q117 CM Q1009 CI Q1008 " //$NON-NLS-1$
				+ "BF Q965 GN Q1006 TJ Q863 UZ Q265 KG Q813 TM Q874"; //$NON-NLS-1$
		String cities = "moscow Q649 pyongyang Q18808 kyiv Q1899 paris Q90 london Q84 rome Q220 berlin Q64 madrid Q2807 " //$NON-NLS-1$
				+ "lisbon Q597 new-york Q60 shanghai Q8686 tokyo Q1490 cairo Q85 baghdad Q1530 damascus Q3766 " //$NON-NLS-1$
				+ "beirut Q3820 tehran Q3616 jerusalem Q1218 riyadh Q3692 istanbul Q406 seoul Q8684 " //$NON-NLS-1$
				+ "dubai Q612 algiers Q3561 tunis Q3572 tripoli Q3579 khartoum Q1963 amman Q3805 kabul Q5838 " //$NON-NLS-1$
				+ "buenos-aires Q1486 sao-paulo Q174 mexico-city Q1489 caracas Q1533 havana Q1563 bogota Q2841 " //$NON-NLS-1$
				+ "lima Q2868 santiago Q2887 athens Q1524 warsaw Q270 prague Q1085 budapest Q1781 stockholm Q1754 " //$NON-NLS-1$
				+ "oslo Q585 copenhagen Q1748 helsinki Q1757 dublin Q1761 amsterdam Q727 minsk Q2280 tbilisi Q994 " //$NON-NLS-1$
				+ "baku Q9248 yerevan Q1953 sydney Q3130 toronto Q172 los-angeles Q65 chicago Q1297 vienna Q1741 " //$NON-NLS-1$
				+ "jakarta Q3630 manila Q1461 bangkok Q1861 kolkata Q1348 karachi Q8660 lagos Q8673 nairobi Q3870 " //$NON-NLS-1$
				+ "zurich Q72 rome Q220 belgrade Q3711 bucharest Q19660 sofia Q472 " //$NON-NLS-1$
				+ "zagreb Q1435 hong-kong Q8646 singapore Q334 casablanca Q7903"; //$NON-NLS-1$
		load(countries, COUNTRIES, ""); //$NON-NLS-1$
		load(cities, CITIES, "city:"); //$NON-NLS-1$
	}

	private PlaceQids() {
	}

	private static void load(String pairs, Map<String, String> into, String prefix) {
		String[] words = pairs.trim().split("\\s+"); //$NON-NLS-1$
		for (int i = 0; i + 1 < words.length; i += 2) {
			into.put(prefix + words[i], words[i + 1]);
		}
	}

	static @Nullable String country(String iso) {
		return COUNTRIES.get(iso);
	}

	static @Nullable String city(String id) {
		return CITIES.get(id);
	}
}
