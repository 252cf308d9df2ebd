package dossier.licence;

/**
 * Third-party material inside an article (an agency photograph, an item used with permission): in general not
 * covered by the article's licence (CC BY-SA 4.0 preamble: licensors "should clearly mark any material not
 * subject to the license").
 *
 * @param credit the credit as found ("© GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images")
 * @param holder the rights holder(s) it names
 * @param ownLicence the item's own licence when its credit states one (a CC-licensed photo), else null
 */
public record ThirdPartyItem(Evidence credit, String holder, LicenceId ownLicence) {
}
