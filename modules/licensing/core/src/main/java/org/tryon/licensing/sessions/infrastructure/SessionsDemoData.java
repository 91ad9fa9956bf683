package org.tryon.licensing.sessions.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.licensing.sessions.application.ExamSessions;
import org.tryon.licensing.sessions.application.SessionCommands.ScheduleSession;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * The demo's upcoming exam sessions (only with {@code tryon.demo=true}): journeyman electrician and the homeowner
 * electrical test at the county's sites, one delegated to the demo delegate {@code delegate} (107.1.5 C). Loaded
 * through the use case, once (nothing is loaded when an upcoming session exists), after the demo users exist.
 */
@ApplicationScoped
public class SessionsDemoData {

    private static final Logger LOG = Logger.getLogger(SessionsDemoData.class.getName());

    static final String SUTTLE = "Code Enforcement, 2145 Suttle Avenue";
    static final String ANNEX = "Hal Marshall Annex, 618 N College Street";
    static final String TRAINING = "Electrical training center, 3500 Arrowpoint Boulevard";

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    ExamSessions sessions;

    @Inject
    Clock clock;

    @jakarta.transaction.Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) SchemaMigrated migrated) {
        LocalDate today = LocalDate.now(clock);
        if (!demo
                || ((Number) em.createNativeQuery("select count(*) from lic_exam_session where session_date >= ?1")
                                        .setParameter(1, today)
                                        .getSingleResult())
                                .longValue()
                        > 0) {
            return;
        }
        schedule(
                "JOURNEYMAN-ELECTRICIAN",
                weekday(today.plusDays(14)),
                "09:00",
                SUTTLE,
                "Room 101",
                20,
                "Pat Proctor",
                null);
        schedule(
                "JOURNEYMAN-ELECTRICIAN",
                weekday(today.plusDays(28)),
                "09:00",
                SUTTLE,
                "Room 101",
                20,
                "Pat Proctor",
                null);
        schedule(
                "JOURNEYMAN-ELECTRICIAN",
                weekday(today.plusDays(21)),
                "08:30",
                TRAINING,
                "Lab 2",
                12,
                "Dell Delegate",
                "delegate");
        schedule(
                "HOMEOWNER-ELECTRICAL",
                weekday(today.plusDays(10)),
                "18:00",
                ANNEX,
                "Room 267",
                12,
                "Sam Proctor",
                null);
        schedule(
                "HOMEOWNER-ELECTRICAL",
                weekday(today.plusDays(24)),
                "18:00",
                ANNEX,
                "Room 267",
                12,
                "Sam Proctor",
                null);
        LOG.info("Demo exam sessions scheduled");
    }

    private void schedule(
            String type,
            LocalDate day,
            String at,
            String site,
            String room,
            int seats,
            String proctor,
            String delegate) {
        try {
            sessions.schedule(new ScheduleSession(type, day.toString(), at, site, room, seats, proctor, delegate));
        } catch (RuntimeException e) {
            LOG.warning("Demo session not scheduled (" + type + " on " + day + "): " + e.getMessage());
        }
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
