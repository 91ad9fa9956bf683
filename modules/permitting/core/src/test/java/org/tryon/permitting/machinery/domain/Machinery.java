package org.tryon.permitting.machinery.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.module.domain.Act;

/** Records of 108.10 G as the unit tests need them, with the ids the database would give. */
final class Machinery {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 4);
    static final Act INSPECTOR = new Act(TODAY, Instant.parse("2026-11-04T15:00:00Z"), "inspector", "Field inspector");
    static final Act CHIEF =
            new Act(TODAY, Instant.parse("2026-11-04T16:00:00Z"), "tca", "Trade code administrator (Trade Chief)");
    static final MachineryDeclaration.PermitRef PERMIT =
            new MachineryDeclaration.PermitRef(7, "E-2026-000007", PermitStatus.ISSUED);
    static final MachineryDeclaration.Signature SIGNED = new MachineryDeclaration.Signature(
            "Dana Reyes", "Plant manager", SignerCapacity.OFFICER, TODAY.minusDays(2));

    private static long ids = 100;

    private Machinery() {}

    static MachineryDeclaration declaration(int sequence) {
        return withId(MachineryDeclaration.received(
                PERMIT,
                sequence,
                "Carolina Extrusions LLC",
                "PO Box 12, Charlotte, NC 28206",
                "Aluminium window profiles",
                "Billets are heated, extruded, cut and packed",
                SIGNED,
                INSPECTOR));
    }

    static MachineryItem item(int number) {
        return withId(MachineryItem.declared(
                declaration(1),
                number,
                new MachineryItem.Equipment(
                        "Extrusion press " + number,
                        "12 ft x 6 ft x 8 ft",
                        42000,
                        "Building B",
                        "Press hall",
                        "Extrudes heated billets into profiles"),
                null));
    }

    static MachineryItem initiallyExcepted() {
        MachineryItem item = item(2);
        item.determineInitially(
                DeterminationOutcome.EXCEPTED, ExceptionGround.VENTILATION, "Roof exhaust fan", INSPECTOR);
        return item;
    }

    static MachineryEscalation referral(MachineryItem item, EscalationCause cause) {
        MachineryEscalation escalation = withId(new MachineryEscalation(
                7, cause, "Owner says the fan extracts process fumes", "Chief Morgan", INSPECTOR));
        item.refer(escalation.getId(), cause);
        return escalation;
    }

    static MachineryEscalation visited(MachineryEscalation escalation) {
        escalation.recordSiteVisit(TODAY, "Inspector Lee", "Chief Morgan", ChiefTitle.TRADE_CHIEF, null, CHIEF);
        return escalation;
    }

    /** An item whose exception the trade chief made final (G.3 D). */
    static MachineryItem finallyExcepted() {
        MachineryItem item = initiallyExcepted();
        item.determineFinally(
                visited(referral(item, EscalationCause.OWNER_DISAGREES)),
                DeterminationOutcome.EXCEPTED,
                ExceptionGround.VENTILATION,
                "General room exhaust",
                CHIEF);
        return item;
    }

    /** Gives {@code entity} the next id, as storing it would: the id may be declared by a superclass (an appeal's). */
    static <T> T withId(T entity) {
        try {
            Class<?> type = entity.getClass();
            while (java.util.Arrays.stream(type.getDeclaredFields())
                    .noneMatch(f -> f.getName().equals("id"))) {
                type = type.getSuperclass();
            }
            Field id = type.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, ++ids);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
