/**
 * The item bank (107.1.5 C, C.2): items and their versions (an administered version never changes), their review,
 * imports and exports (IMS QTI 2.1, CSV), content outlines per certificate type, forms assembled by an outline and
 * locked, the log of every view and export of the confidential items, and the demo item bank.
 *
 * <p>Tables {@code lic_item}, {@code lic_item_version}, {@code lic_item_option}, {@code lic_content_outline},
 * {@code lic_content_outline_area}, {@code lic_form}, {@code lic_form_item}, {@code lic_item_access}. REST roots
 * {@code /licensing/items}, {@code /licensing/item-outlines}, {@code /licensing/forms}; screens {@code /licensing/items},
 * {@code items-view}, {@code items-edit}, {@code items-outlines}, {@code items-transfer}, {@code items-access-log},
 * {@code forms}, {@code forms-view}. Fires {@code ItemBankDemoLoaded} (observed by {@code statistics}).
 */
package org.tryon.licensing.itembank;
