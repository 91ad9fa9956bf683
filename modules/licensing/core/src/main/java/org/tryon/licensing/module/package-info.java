/**
 * What belongs to the whole licensing module rather than to one feature: trades, certificate types with their kinds
 * on a day ({@code CertificateKind}, {@code CertificateKindPeriod}) and candidates (107.1.5 C, 109), the
 * effective-dated exam rules every feature reads ({@code ExamRule}, {@code ExamRuleBook}; 106), the county's clock
 * text, the schema, the demo certificates (which span certificates, delegation and candidates), the menu, the
 * candidate screens and the module's REST root. The features are {@code eligibility}, {@code itembank},
 * {@code sessions}, {@code checkin}, {@code delivery}, {@code scoring}, {@code statistics}, {@code certificates} and
 * {@code delegation}; docs/modules/licensing.md maps them.
 *
 * <p>Tables {@code lic_trade}, {@code lic_certificate_type}, {@code lic_certificate_kind}, {@code lic_candidate},
 * {@code lic_exam_rule}; registers all {@code lic_*} and the migrations in {@code db/migration/licensing}. REST root
 * {@code /licensing}; screens {@code /licensing/candidates}, {@code candidate}.
 */
package org.tryon.licensing.module;
